import { describe, expect, it } from 'vitest';
import { summarize } from '../../../ingest/eval/aggregate.js';
import { prf, scoreArticle } from '../../../ingest/eval/score.js';
import { actor, COUNTRIES, extraction } from './build.js';

const gold = (relations: string[]) => extraction(COUNTRIES, relations);

describe('scoreArticle', () => {
  it('gives a prediction identical to the gold a perfect score at both levels', () => {
    const relations = ['china CRITICIZED united-states', 'russia ATTACKED ukraine'];
    const score = scoreArticle(gold(relations), gold(relations));
    expect(prf(score.typed)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(score.polarity)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('matches MET_WITH in either direction', () => {
    const score = scoreArticle(gold(['china MET_WITH russia']), gold(['russia MET_WITH china']));
    expect(score.typed).toEqual({ nGold: 1, nPred: 1, tpPred: 1, tpGold: 1 });
  });

  it('matches a symmetric relation whose extracted ids sort the other way round from the gold ids', () => {
    // Extracted ends sort as (a-us, z-china) but map to (united-states, china); gold sorts as (china, united-states).
    const extracted = extraction([actor('a-us', 'US'), actor('z-china', 'China')], ['z-china MET_WITH a-us']);
    const score = scoreArticle(gold(['united-states MET_WITH china']), extracted);
    expect(score.typed.tpGold).toBe(1);
  });

  it('matches COOPERATES_WITH in either direction', () => {
    const score = scoreArticle(gold(['russia COOPERATES_WITH china']), gold(['china COOPERATES_WITH russia']));
    expect(score.typed.tpPred).toBe(1);
  });

  it('does not match a directed relation whose ends are swapped', () => {
    const score = scoreArticle(gold(['china CRITICIZED united-states']), gold(['united-states CRITICIZED china']));
    expect(score.typed.tpPred).toBe(0);
    expect(score.polarity.tpPred).toBe(0);
  });

  it('counts a symmetric relation once whichever way round it is written', () => {
    const score = scoreArticle(gold(['china MET_WITH russia', 'russia MET_WITH china']), gold([]));
    expect(score.typed.nGold).toBe(1);
  });

  it('ignores negated extracted relations', () => {
    const score = scoreArticle(gold(['china CRITICIZED ukraine']), gold(['china CRITICIZED ukraine !']));
    expect(score.typed).toEqual({ nGold: 1, nPred: 0, tpPred: 0, tpGold: 0 });
  });

  it('does not expect negated gold relations', () => {
    const score = scoreArticle(gold(['china CRITICIZED ukraine !']), gold(['china CRITICIZED ukraine']));
    expect(score.typed).toEqual({ nGold: 0, nPred: 1, tpPred: 0, tpGold: 0 });
  });

  it('maps extracted actors onto gold actors through case- and punctuation-folded aliases', () => {
    const extracted = extraction([actor('beijing', 'BEIJING'), actor('us', 'u.s.')], ['beijing CRITICIZED us']);
    const score = scoreArticle(gold(['china CRITICIZED united-states']), extracted);
    expect(score.typed.tpPred).toBe(1);
  });

  it('maps an undeclared extracted actor by its id alone', () => {
    const extracted = extraction([], ['washington AIDED kyiv']);
    expect(scoreArticle(gold(['united-states AIDED ukraine']), extracted).typed.tpGold).toBe(1);
  });

  it('prefers an exact name match over a shared alias', () => {
    const people = [actor('wang-yi', 'Wang Yi', ['Wang']), actor('wang-wenbin', 'Wang Wenbin', ['Wang']), ...COUNTRIES];
    const goldArticle = extraction(people, ['wang-yi CRITICIZED united-states']);
    const extracted = extraction(people, ['wang-wenbin CRITICIZED united-states']);
    expect(scoreArticle(goldArticle, extracted).typed.tpPred).toBe(0);
  });

  it('scores a wrong type with the right polarity at polarity level only', () => {
    const score = scoreArticle(gold(['china CRITICIZED united-states']), gold(['china ACCUSED united-states']));
    expect(prf(score.typed).f1).toBe(0);
    expect(prf(score.polarity).f1).toBe(1);
  });

  it('lets a symmetric neutral relation satisfy a neutral gold relation in either direction at polarity level', () => {
    const score = scoreArticle(gold(['russia URGED china']), gold(['china MET_WITH russia']));
    expect(score.polarity.tpGold).toBe(1);
    expect(score.typed.tpGold).toBe(0);
  });

  it('agrees with a small example computed by hand', () => {
    // gold: 4 triples. extracted: 5 distinct triples (one duplicate, one negated ignored).
    // typed matches: MET_WITH (reversed), CRITICIZED, AIDED -> P = 3/5, R = 3/4, F1 = 2/3.
    // polarity: ACCUSED vs gold OPPOSES (both hostile, china->ukraine) also matches -> P = 4/5, R = 4/4.
    const goldArticle = gold([
      'united-states MET_WITH china',
      'china CRITICIZED united-states',
      'united-states AIDED ukraine',
      'china OPPOSES ukraine',
    ]);
    const extracted = gold([
      'china MET_WITH united-states',
      'china CRITICIZED united-states',
      'china CRITICIZED united-states',
      'united-states AIDED ukraine',
      'china ACCUSED ukraine',
      'russia PRAISED china',
      'russia ATTACKED ukraine !',
    ]);
    const score = scoreArticle(goldArticle, extracted);
    expect(score.typed).toEqual({ nGold: 4, nPred: 5, tpPred: 3, tpGold: 3 });
    const typed = prf(score.typed);
    expect(typed.precision).toBeCloseTo(0.6);
    expect(typed.recall).toBeCloseTo(0.75);
    expect(typed.f1).toBeCloseTo(2 / 3);
    expect(score.polarity).toEqual({ nGold: 4, nPred: 5, tpPred: 4, tpGold: 4 });
    expect(score.byType.CRITICIZED).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.byType.ACCUSED).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.byType.OPPOSES).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.byType.PRAISED).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.falseNegatives).toEqual([{ source: 'china', type: 'OPPOSES', target: 'ukraine' }]);
  });

  it('counts precision on extracted triples and recall on gold triples', () => {
    // Two extracted actors both map to China: two correct extracted triples, one gold triple found.
    const extracted = extraction(
      [actor('china', 'China'), actor('beijing', 'Beijing'), ...COUNTRIES.slice(0, 1)],
      ['china CRITICIZED united-states', 'beijing CRITICIZED united-states'],
    );
    const score = scoreArticle(gold(['china CRITICIZED united-states', 'china AIDED russia']), extracted);
    expect(score.typed).toEqual({ nGold: 2, nPred: 2, tpPred: 2, tpGold: 1 });
  });

  it('gives an empty prediction zero precision and recall when gold is not empty', () => {
    expect(prf(scoreArticle(gold(['china AIDED russia']), gold([])).typed)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('summarize', () => {
  it('micro-averages by summing counts before dividing', () => {
    const perfect = scoreArticle(gold(['china AIDED russia']), gold(['china AIDED russia']));
    const poor = scoreArticle(gold(['china AIDED russia', 'russia ATTACKED ukraine', 'china MET_WITH russia']), gold([]));
    const total = summarize('dev', [
      { set: 'dev', slug: 'a', score: perfect },
      { set: 'dev', slug: 'b', score: poor },
    ]);
    expect(total.typed).toEqual({ nGold: 4, nPred: 1, tpPred: 1, tpGold: 1 });
    expect(prf(total.typed).recall).toBeCloseTo(0.25);
    expect(total.byType.ATTACKED.fn).toBe(1);
  });
});
