import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

const met = (t: string[], a: string, b: string) => t.includes(`${a} MET_WITH ${b}`) || t.includes(`${b} MET_WITH ${a}`);

describe('summit prose', () => {
  it('reads "was greeted by X" after an arrival as a meeting', () => {
    const t = triples(extract('Xi Jinping arrived in Moscow on Wednesday and was greeted at the Kremlin by Vladimir Putin.', '2019-06-05'));
    expect(met(t, 'xi-jinping', 'vladimir-putin')).toBe(true);
  });
  it('does not take a summit named in an adjunct ("on the sidelines of the G20 summit") as the one met', () => {
    const t = triples(
      extract(
        'U.S. President Joe Biden and Chinese President Xi Jinping met for three hours on Monday on the sidelines of the G20 summit.',
        '2022-11-14',
      ),
    );
    expect(met(t, 'joe-biden', 'xi-jinping')).toBe(true);
    expect(t.some((x) => x.includes('g20'))).toBe(false);
  });
  it('reads "both leaders" as the people when the pair in focus holds a country', () => {
    const t = triples(
      extract(
        'Joe Biden met Xi Jinping in Bali. Xi also criticized U.S. export controls. Both leaders agreed that a nuclear war must never be fought.',
        '2022-11-14',
      ),
    );
    expect(t).toEqual(expect.arrayContaining(['joe-biden AGREED_WITH xi-jinping', 'xi-jinping AGREED_WITH joe-biden']));
  });
  it('gives a gerund after "will keep" the future of "keep" (no fact)', () => {
    expect(triples(extract('Japan will keep pressing North Korea for an explanation.', '1998-09-01'))).toEqual([]);
  });
  it('reads "dismissed X as <verdict>" as criticism', () => {
    expect(triples(extract("The European Union dismissed Lukashenko's victory as a sham.", '2020-08-20'))).toContain(
      'european-union CRITICIZED alexander-lukashenko',
    );
  });
  it('keeps an unknown sentence-initial name before an apposition or participle phrase ("Hasina, speaking in Delhi, thanked")', () => {
    expect(triples(extract('Hasina, speaking in Delhi, thanked Modi for his support.', '2022-09-06'))).toContain(
      'hasina PRAISED narendra-modi',
    );
  });
  it('reads a noun cue with a reduced relative and its by-agent ("Sanctions imposed by the EU on Belarus")', () => {
    expect(triples(extract('Sanctions imposed by the European Union on Belarus took effect on Monday.', '2021-06-24'))).toContain(
      'european-union SANCTIONED belarus',
    );
    expect(triples(extract('Aid sent by Japan to Turkey arrived on Tuesday.', '2023-02-10'))).toContain('japan AIDED turkey');
  });
});

describe('fronted phrases and the dateline', () => {
  it('gives a fronted gerund with its object to the main clause subject ("After meeting Putin, Xi ...")', () => {
    const t = triples(extract('After meeting Putin in Moscow, Xi praised Russia.', '2019-06-05'));
    expect(met(t, 'xi-jinping', 'vladimir-putin')).toBe(true);
    expect(triples(extract("In denouncing Pyongyang's launch, Japan called for a review.", '1998-09-01'))).toContain(
      'japan CRITICIZED north-korea',
    );
  });
  it('reads a bare "the government" as the dateline country, but not "the government headquarters"', () => {
    expect(triples(extract('SEOUL — The government condemned Pyongyang on Monday.', '2016-01-06'))).toContain(
      'south-korea CRITICIZED north-korea',
    );
    const t = triples(extract('SEOUL — Protesters stormed the government headquarters and accused the president of lying.', '2016-11-06'));
    expect(t.some((x) => x.startsWith('south-korea'))).toBe(false);
  });
});
