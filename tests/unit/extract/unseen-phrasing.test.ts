import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('contact, sanctions and aid phrasings', () => {
  it('reads "X told Y" about a named person as a meeting, and "told reporters" as none', () => {
    const t = triples(extract('Syrian President Hafez al-Assad told visiting U.S. envoy Dennis Ross that peace was near.', '1996-01-05'));
    expect(t).toContain('hafez-al-assad MET_WITH dennis-ross');
    expect(triples(extract('Blinken told reporters the talks were useful.'))).toEqual([]);
  });
  it('reads breaking off relations, recalling an ambassador and suspending a member as sanctions', () => {
    expect(triples(extract('Venezuela broke off diplomatic relations with Colombia on Thursday.'))).toContain(
      'venezuela SANCTIONED colombia',
    );
    expect(triples(extract('Nigeria recalled its ambassador from South Africa.'))).toContain('nigeria SANCTIONED south-africa');
    expect(triples(extract('The Organization of American States suspended Honduras after the coup.'))).toContain(
      'organization-of-american-states SANCTIONED honduras',
    );
  });
  it('finds the expelled country behind a number ("23 Russian diplomats", "the same number of British diplomats")', () => {
    const t = triples(
      extract('Britain expelled 23 Russian diplomats. Russia retaliated by expelling the same number of British diplomats.'),
    );
    expect(t).toEqual(expect.arrayContaining(['united-kingdom SANCTIONED russia', 'russia SANCTIONED united-kingdom']));
  });
  it('lets quantities sit between an aid verb and its noun, but not a plan', () => {
    expect(triples(extract('Russia sent two planeloads of humanitarian aid to Serbia.'))).toContain('russia AIDED serbia');
    expect(triples(extract('Japan pledged $500 million in aid to Indonesia.'))).toContain('japan AIDED indonesia');
    expect(triples(extract('Germany will send tanks to Ukraine.'))).toEqual([]);
  });
  it('codes reciprocal acts both ways', () => {
    const t = triples(extract('India and Pakistan exchanged fire along the Line of Control on Sunday.'));
    expect(t).toEqual(expect.arrayContaining(['india ATTACKED pakistan', 'pakistan ATTACKED india']));
    const s = triples(extract('Ethiopia signed an agreement with Somaliland.'));
    expect(s).toEqual(expect.arrayContaining(['ethiopia AGREED_WITH somaliland', 'somaliland AGREED_WITH ethiopia']));
  });
});

describe('argument finding', () => {
  it('takes the subject before an apposition or a participle phrase', () => {
    const t = triples(
      extract(
        'Secretary of State Antony Blinken, speaking in Phnom Penh on the sidelines of a meeting, condemned the drills and urged Beijing to halt them.',
      ),
    );
    expect(t).toContain('antony-blinken URGED china');
  });
  it('reads a subordinate clause after "since" as a clause, not a prepositional phrase', () => {
    expect(triples(extract('Zelensky met Modi for the first time since Russia invaded Ukraine.'))).toContain('russia ATTACKED ukraine');
  });
  it('gives "and called on" to the speaker, not to the subject of the reported clause', () => {
    const t = triples(
      extract(
        'Kremlin spokesman Dmitry Peskov told reporters that Russia had nothing to do with it and called on the West to produce proof.',
      ),
    );
    expect(t).toContain('dmitry-peskov URGED the-west');
    expect(t).not.toContain('russia URGED the-west');
  });
  it('resolves "it" before a cue verb to the latest country or organisation', () => {
    const t = triples(
      extract('The State Department criticised Beijing on Monday. It also imposed visa restrictions on Chinese officials.'),
    );
    expect(t).toContain('united-states SANCTIONED china');
  });
  it('reads a possessive state noun ("Azerbaijan\'s forces") as the state', () => {
    expect(triples(extract("Azerbaijan's forces shot down a Russian military helicopter."))).toContain('azerbaijan ATTACKED russia');
  });
  it('reads "talks between X and Y" at the start of a sentence as a meeting', () => {
    expect(triples(extract('Talks between Armenia and Azerbaijan resumed in Moscow on Monday.'))).toContain('armenia MET_WITH azerbaijan');
  });
});

describe('acts standing for their doers', () => {
  it('resolves "the decision" to the doer of the latest act', () => {
    const t = triples(
      extract('The United States expelled 60 Russian diplomats on Monday. Foreign Minister Sergei Lavrov slammed the decision.'),
    );
    expect(t).toContain('sergey-lavrov CRITICIZED united-states');
  });
  it('makes the by-agent of an act noun its doer, as object and as passive subject', () => {
    expect(triples(extract('Jordan welcomed the decision by Israel to release prisoners.'))).toContain('jordan PRAISED israel');
    const t = triples(extract('The nuclear test by North Korea was condemned by Japan and South Korea.'));
    expect(t).toEqual(expect.arrayContaining(['japan CRITICIZED north-korea', 'south-korea CRITICIZED north-korea']));
  });
  it('reads "in a move condemned by X" and "drawing criticism from X" as reactions to the subject', () => {
    const t = triples(extract('Kim Jong Un oversaw a missile test, in a move condemned by Seoul and Tokyo.'));
    expect(t).toEqual(expect.arrayContaining(['south-korea CRITICIZED kim-jong-un', 'japan CRITICIZED kim-jong-un']));
    expect(triples(extract('Ethiopia signed an agreement with Somaliland, drawing sharp criticism from Somalia.'))).toContain(
      'somalia CRITICIZED ethiopia',
    );
  });
  it('does not code the content of a rejected accusation or of a promise to act', () => {
    expect(triples(extract("South Africa's government rejected accusations that it had supplied weapons to Russia."))).toEqual([]);
    expect(
      triples(extract("Qatar has pledged to expel leaders of Egypt's Muslim Brotherhood.")).filter((x) => x.includes('SANCTIONED')),
    ).toEqual([]);
  });
});
