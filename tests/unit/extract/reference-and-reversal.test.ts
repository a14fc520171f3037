import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.js';

describe('reported speech and reference across sentences', () => {
  it('gives a paragraph speaker only to quoted sentences, not to the next actor statement', () => {
    const t = triples(
      extract(
        "Foreign Secretary Dominic Raab said London would act. China's foreign ministry rejected the criticism as interference.",
        '2020-07-01',
      ),
    );
    expect(t.some((x) => x.startsWith('dominic-raab CRITICIZED'))).toBe(false);
  });
  it('reads the object of "denounced what he called X" past the free relative, and goes on with "and blamed"', () => {
    const t = triples(extract('Maduro denounced what he called a U.S.-backed coup and blamed Washington for the crisis.', '2019-02-12'));
    expect(t).toEqual(expect.arrayContaining(['nicolas-maduro CRITICIZED united-states', 'nicolas-maduro ACCUSED united-states']));
  });
  it('does not let "both sides" make a speaker urge his own country', () => {
    const t = triples(
      extract(
        'Chinese President Xi Jinping met U.S. Secretary of State Rex Tillerson. He called on both sides to expand trade.',
        '2017-09-30',
      ),
    );
    expect(t).not.toContain('xi-jinping URGED china');
  });
  it('lifts a ministry spokesperson in the pair in focus to the country for "both countries"', () => {
    const t = triples(
      extract(
        'Chinese Foreign Ministry spokesman Lu Kang criticized Manila for its complaint. Japan and Australia urged both countries to show restraint.',
        '2016-07-13',
      ),
    );
    expect(t).toEqual(expect.arrayContaining(['japan URGED china', 'japan URGED philippines']));
  });
  it('takes "they" after a sentence whose subject was a plural group phrase as that group', () => {
    const t = triples(
      extract(
        'Venezuelan opposition leader Juan Guaido met Nicolas Maduro. Mexican diplomats met with both men in Montevideo. They urged Caracas to start a dialogue.',
        '2019-02-12',
      ),
    );
    expect(t).toContain('mexico URGED venezuela');
  });
  it('gives "the move" without a remembered act to the acting subject of the sentence before', () => {
    const t = triples(
      extract('President Vladimir Putin signed a treaty absorbing Crimea. The European Union condemned the move.', '2014-03-18'),
    );
    expect(t).toContain('european-union CRITICIZED vladimir-putin');
  });
});

describe('cues that undo, and names around cues', () => {
  it('reads a cooperative noun under "suspended", "cancelled" or "called off" as no cooperation', () => {
    expect(triples(extract('Canada suspended its extradition treaty with Hong Kong.', '2020-07-04'))).toEqual([]);
    expect(triples(extract('Nigeria cancelled talks with Ghana.', '2020-01-01'))).toEqual([]);
    expect(triples(extract('Russia froze its cooperation with NATO.', '2014-04-01'))).toEqual([]);
  });
  it('reads "shook hands" as a meeting, also after a name ending in a lower-case syllable ("Moon Jae-in")', () => {
    const t = triples(extract('Kim Jong Un and Moon Jae-in shook hands at the border.', '2018-04-27'));
    expect(t).toContain('kim-jong-un MET_WITH moon-jae-in');
  });
  it('reads a capital before a capitalised organisation word as the name of a body ("the Lima Group")', () => {
    const t = triples(extract('Juan Guaido thanked the Lima Group for its support.', '2019-02-12'));
    expect(t).toContain('juan-guaido PRAISED lima-group');
    expect(t).not.toContain('juan-guaido PRAISED peru');
  });
});
