import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../core/extraction.js';
import { extract, triples } from './helpers.js';

const topic = (x: Extraction, id: string) => x.actors.find((a) => a.id === id && a.type === 'Topic');

describe('topic noun phrases as stance targets', () => {
  it('makes the object noun phrase of a rejection a Topic named without its determiner', () => {
    const x = extract('Argentina rejected the fisheries agreement on Monday.');
    expect(triples(x)).toContain('argentina OPPOSES fisheries-agreement');
    expect(topic(x, 'fisheries-agreement')?.aliases).toContain('the fisheries agreement');
  });
  it('keeps an "of" complement in the name and drops a trailing relative clause', () => {
    const x = extract('Chile endorsed the expansion of the marine reserve that Peru had proposed.');
    expect(triples(x)).toContain('chile SUPPORTS expansion-of-the-marine-reserve');
    const t = topic(x, 'expansion-of-the-marine-reserve');
    expect(t?.aliases).toEqual(expect.arrayContaining(['expansion of the marine reserve that Peru had proposed', 'expansion']));
  });
  it('adds the pre-modified head and the bare head when a modifier is capitalised', () => {
    const x = extract('Norway backed an Arctic shipping moratorium.');
    expect(triples(x)).toContain('norway SUPPORTS arctic-shipping-moratorium');
    expect(topic(x, 'arctic-shipping-moratorium')?.aliases).toEqual(expect.arrayContaining(['shipping moratorium', 'moratorium']));
  });
  it('does not add the bare head when no modifier is capitalised', () => {
    const x = extract('Norway backed a temporary shipping moratorium.');
    expect(topic(x, 'temporary-shipping-moratorium')?.aliases).not.toContain('moratorium');
  });
  it('resolves a later "the plan" to the last Topic with that head noun and records the short form', () => {
    const x = extract('Ghana backed a debt relief plan on Friday. Nigeria criticized the plan a day later.');
    expect(triples(x)).toContain('nigeria CRITICIZED debt-relief-plan');
    expect(topic(x, 'debt-relief-plan')?.aliases).toContain('the plan');
  });
  it('codes a stance on a possessed policy against the policy, named with its owner ("Ottawa\'s plan")', () => {
    const x = extract("Denmark rejected Ottawa's plan for the island.");
    expect(triples(x)).toContain('denmark OPPOSES plan-for-the-island');
    expect(triples(x)).not.toContain('denmark OPPOSES canada');
    expect(topic(x, 'plan-for-the-island')?.aliases).toEqual(expect.arrayContaining(["Ottawa's plan", 'Ottawa plan']));
  });
  it('still codes criticism of an owned act against its owner ("condemned Russia\'s annexation of Crimea")', () => {
    expect(triples(extract("Stoltenberg condemned Russia's annexation of Crimea."))).toContain('jens-stoltenberg CRITICIZED russia');
  });
  it('codes a measure named with its imposer against the imposer, not as a Topic', () => {
    const x = extract('Cuba condemned the US sanctions against its airline.');
    expect(triples(x)).toContain('cuba CRITICIZED united-states');
    expect(x.actors.some((a) => a.type === 'Topic')).toBe(false);
  });
  it('codes an owned topic against both the topic and the owner country', () => {
    const t = triples(extract('Serbia denounced the German aid plan for Kosovo.'));
    expect(t).toEqual(expect.arrayContaining(['serbia CRITICIZED german-aid-plan-for-kosovo', 'serbia CRITICIZED germany']));
  });
  it('gives a Topic to a reduced relative "a resolution, backed by X," and to the vote against it', () => {
    const x = extract('The assembly voted down a resolution, backed by Brazil, that demanded a ceasefire.');
    expect(triples(x)).toEqual(expect.arrayContaining(['brazil SUPPORTS resolution']));
    expect(topic(x, 'resolution')?.aliases).toContain('a resolution , backed by Brazil');
  });
  it('does not take "the border question" for a border Topic', () => {
    const x = extract('Mongolia called for the border question to be settled.');
    expect(x.actors.some((a) => a.type === 'Topic')).toBe(false);
  });
});

describe('DISCUSSED', () => {
  it('reads "talks on X" held by two parties as both discussing X', () => {
    const t = triples(extract('Kenya and Uganda held talks on the railway project agreement.'));
    expect(t).toEqual(expect.arrayContaining(['kenya DISCUSSED railway-project-agreement', 'uganda DISCUSSED railway-project-agreement']));
  });
  it('reads "A met B to discuss X" as a meeting and both sides discussing X', () => {
    const t = triples(extract('Narendra Modi met Olaf Scholz to discuss the water-sharing treaty.'));
    expect(t).toEqual(
      expect.arrayContaining([
        'narendra-modi MET_WITH olaf-scholz',
        'narendra-modi DISCUSSED water-sharing-treaty',
        'olaf-scholz DISCUSSED water-sharing-treaty',
      ]),
    );
  });
  it('reads "A held talks with B on X" as both sides discussing X', () => {
    const t = triples(extract('Narendra Modi held talks with Olaf Scholz on the water-sharing treaty.'));
    expect(t).toEqual(
      expect.arrayContaining(['narendra-modi DISCUSSED water-sharing-treaty', 'olaf-scholz DISCUSSED water-sharing-treaty']),
    );
  });
  it('reads "addressed" and "exchanged views on" a topic phrase as DISCUSSED', () => {
    expect(triples(extract('Finland addressed the visa policy at the meeting.'))).toContain('finland DISCUSSED visa-policy');
    expect(triples(extract('Japan exchanged views on the fishing dispute.'))).toContain('japan DISCUSSED fishing-dispute');
  });
  it('reads "the two discussed" after "X received Y" in the same sentence as both of them', () => {
    const t = triples(extract('Emmanuel Macron received Olaf Scholz in Paris, and the two discussed the pension reform.'));
    expect(t).toEqual(expect.arrayContaining(['emmanuel-macron DISCUSSED pension-reform', 'olaf-scholz DISCUSSED pension-reform']));
  });
});

describe('stance nouns, refusals and the speaker of a national position', () => {
  it('reads "called for" and "an appeal for" a topic phrase as support', () => {
    expect(triples(extract('Mexico called for further talks.'))).toContain('mexico SUPPORTS further-talks');
    const t = triples(extract("Canada's trade minister, Anita Marlowe, whose appeal for tariff reforms won applause, left early."));
    expect(t).toContain('anita-marlowe SUPPORTS tariff-reforms');
  });
  it('reads "X would not back a proposal" as opposition, held by the speaker too', () => {
    const t = triples(extract('Ali Sabry said Sri Lanka would not back the fishing treaty.'));
    expect(t).toContain('sri-lanka OPPOSES fishing-treaty');
  });
  it('gives the stance of a country to its minister who states it', () => {
    const t = triples(extract("Japan's foreign minister, Kenji Arata, said Japan would not back the whaling moratorium."));
    expect(t).toEqual(expect.arrayContaining(['japan OPPOSES whaling-moratorium', 'kenji-arata OPPOSES whaling-moratorium']));
  });
  it('keeps "would not support <country>" negated rather than opposition', () => {
    const t = triples(extract('Portugal said it would not support Morocco.'));
    expect(t.filter((x) => x.includes('OPPOSES') || x.includes('SUPPORTS'))).toEqual([]);
  });
  it('reads "voted in favour of" and "stands firmly against" as support and opposition', () => {
    expect(triples(extract('Ireland voted in favour of the fisheries resolution.'))).toContain('ireland SUPPORTS fisheries-resolution');
    expect(triples(extract('Hungary stands firmly against the migration pact.'))).toContain('hungary OPPOSES migration-pact');
  });
  it('keeps the coordinated antecedent of "which" as the subject ("X and Y, which like Z ...")', () => {
    const t = triples(extract('China and Russia, which like France hold a veto, called for new elections.'));
    expect(t).toEqual(expect.arrayContaining(['china SUPPORTS new-elections', 'russia SUPPORTS new-elections']));
    expect(t.some((x) => x.startsWith('france'))).toBe(false);
  });
  it('reads "ratified an agreement with X" as support for the agreement too', () => {
    const x = extract('Georgia ratified a customs agreement with the European Union on Tuesday.');
    expect(triples(x)).toEqual(
      expect.arrayContaining(['georgia AGREED_WITH european-union', 'georgia SUPPORTS customs-agreement-with-the-european-union']),
    );
    expect(x.actors.find((a) => a.id === 'customs-agreement-with-the-european-union')?.aliases).toContain('customs agreement');
  });
  it('reads "endorsed an agreement with X" as agreement with X too', () => {
    const t = triples(extract('Moldovan lawmakers endorsed a trade agreement with Romania.'));
    expect(t).toEqual(expect.arrayContaining(['moldova SUPPORTS trade-agreement-with-romania', 'moldova AGREED_WITH romania']));
  });
  it('adds "<Name> <head>" for a name complement ("war against Iraq" -> "Iraq war")', () => {
    const x = extract('Germany stands firmly against a war against Iraq.');
    expect(triples(x)).toContain('germany OPPOSES war-against-iraq');
    expect(x.actors.find((a) => a.id === 'war-against-iraq')?.aliases).toContain('Iraq war');
  });
  it('reads welcoming a topic phrase as praise of it (as the round-12 annotators code "hailed the accord")', () => {
    expect(triples(extract('Chile welcomed the regional peace plan.'))).toContain('chile PRAISED regional-peace-plan');
    expect(triples(extract('Chile accepted the regional peace plan.'))).toContain('chile SUPPORTS regional-peace-plan');
  });
  it('makes no Topic of a vague bare head with nothing to refer to ("the issue")', () => {
    const x = extract('Poland discussed the issue with Lithuania.');
    expect(x.actors.some((a) => a.type === 'Topic')).toBe(false);
  });
  it('takes a border as a discussed topic but not as the object of a closure', () => {
    expect(triples(extract('India and Nepal discussed the border.'))).toContain('india DISCUSSED border');
    expect(triples(extract('Turkey blocked the border with Syria.')).some((x) => x.includes('border'))).toBe(false);
  });
  it('reads "will not give in to X" as opposing X', () => {
    const t = triples(extract('Cuban officials said they will not give in to American demands on trade.'));
    expect(t).toContain('cuba OPPOSES united-states');
  });
  it('reads "charged that X ..., and that Y ..." as accusing both X and Y', () => {
    const t = triples(extract('Hugo Chavez charged that Colombia was hiding rebels, and that the United States paid for the raids.'));
    expect(t).toEqual(expect.arrayContaining(['hugo-chavez ACCUSED colombia', 'hugo-chavez ACCUSED united-states']));
  });
  it('reads "X, who is on a visit to Y," as X visiting Y', () => {
    const t = triples(extract('Lula received Pedro Sanchez, who is on a visit to Brazil, in Brasilia on Monday.'));
    expect(t).toContain('pedro-sanchez VISITED brazil');
  });
  it('does not look for the target of a noun cue past a comma', () => {
    const t = triples(extract('Argentina places great importance on the visit, and Javier Milei looks forward to working with Chile.'));
    expect(t.some((x) => x.includes('VISITED'))).toBe(false);
  });
});
