import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('unnamed sources and groups', () => {
  it('reads demonym + state group noun as the state', () => {
    expect(triples(extract('Chinese security agents arrested Liu Xiaobo.'))).toContain('china COERCED liu-xiaobo');
    expect(triples(extract('Western diplomats criticized Iran.'))).toContain('the-west CRITICIZED iran');
  });
  it('keeps rebels and activists apart from their country', () => {
    const t = triples(extract('Somali rebels attacked Kenyan peacekeepers on Friday.'));
    expect(t).toContain('somali-rebels ATTACKED kenya');
    expect(t).not.toContain('somalia ATTACKED kenya');
  });
  it('does not turn a private person into a country', () => {
    expect(triples(extract('A Turkish court jailed a German journalist.'))).toEqual([]);
  });
  it('lets "they" stand for a plural group phrase of the sentence', () => {
    expect(triples(extract('Indian officials said they opposed Pakistan.'))).toContain('india OPPOSES pakistan');
  });
  it('takes the possessed actor as the object, not its possessor', () => {
    const t = triples(extract("Jordan expelled the leaders of Egypt's Muslim Brotherhood."));
    expect(t).toContain('jordan SANCTIONED muslim-brotherhood');
    expect(t).not.toContain('jordan SANCTIONED egypt');
  });
});

describe('cue precision', () => {
  it('does not read a noun compound as an event', () => {
    expect(triples(extract('Russian attack helicopters flew over Kharkiv.'))).toEqual([]);
    expect(triples(extract('The protest movement against Serbia grew.'))).toEqual([]);
  });
  it('does not read a noun after a preposition as a verb', () => {
    expect(triples(extract('Canada advised against travel to Haiti.'))).toEqual([]);
  });
  it('does not code a plan as a fact', () => {
    expect(triples(extract('Germany will supply tanks to Poland.'))).toEqual([]);
  });
  it('codes an announced hostile act as a threat', () => {
    expect(triples(extract('Iranian officials said they will attack Israel.'))).toEqual(['iran THREATENED israel']);
  });
});

describe('reported speech and claims', () => {
  it('reads "said Y was responsible for" as an accusation', () => {
    expect(triples(extract('Kenya said Somalia was responsible for the raid.'))).toEqual(['kenya ACCUSED somalia']);
  });
  it('reads "agreed to lift sanctions on Y" as an agreement with Y', () => {
    expect(triples(extract('Brazil agreed to lift sanctions on Venezuela.'))).toEqual(['brazil AGREED_WITH venezuela']);
  });
  it('states the purpose of a letter, with the addressee left out', () => {
    const t = triples(extract('Spain wrote to the African Union to condemn Morocco.'));
    expect(t).toEqual(['spain CRITICIZED morocco']);
  });
  it('reads a reduced passive with its agent', () => {
    expect(triples(extract('Moldova, backed by Romania, rejected the plan.'))).toContain('romania SUPPORTS moldova');
  });
  it('gives a fronted rebuke to the subject of the main clause', () => {
    expect(triples(extract('In a rebuke to Ankara, Athens recalled its ambassador.'))).toContain('greece CRITICIZED turkey');
  });
});
