import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

/** "source TYPE target" strings, negated ones marked. */
const all = (text: string, date = '2008-09-11') =>
  extract(text, date).relations.map((r) => `${r.source} ${r.type} ${r.target}${r.negated ? ' NEG' : ''}`);

describe('cues with the target between the verb and the rest of the phrase', () => {
  it('reads "put X on notice" as a threat and "held X responsible" as an accusation', () => {
    const r = all('Turkey put Damascus on notice on Tuesday. Washington held Moscow responsible for the attack.');
    expect(r).toContain('turkey THREATENED syria');
    expect(r).toContain('united-states ACCUSED russia');
  });

  it('reads an expulsion with the envoy in the middle: "ordered the U.S. ambassador out", "declared X persona non grata"', () => {
    const r = all(
      'President Evo Morales ordered the U.S. ambassador out of the country. Bolivia declared Philip Goldberg persona non grata.',
    );
    expect(r).toContain('evo-morales SANCTIONED united-states');
    expect(r).toContain('bolivia SANCTIONED philip-goldberg');
  });

  it('finds the tail after modifiers: "gave Ukraine its full backing"', () => {
    expect(all('The European Union gave Ukraine its full backing.')).toContain('european-union SUPPORTS ukraine');
  });

  it('keeps a negation in front of the verb: "did not hold Iran responsible"', () => {
    expect(all('Britain did not hold Iran responsible.')).toContain('united-kingdom ACCUSED iran NEG');
  });

  it('reads nothing without the tail, or with the target after it', () => {
    const r = all('Turkey put its troops on alert. Israel held Gaza for decades.');
    expect(r.filter((x) => x.includes('THREATENED') || x.includes('ACCUSED'))).toEqual([]);
  });
});

describe('a "no" inside a multi-word cue', () => {
  it('negates "held no talks with" and "signed no agreement with"', () => {
    const r = all('Israel held no talks with Hamas. Turkey signed no agreement with Syria.', '2024-01-10');
    expect(r).toContain('israel MET_WITH hamas NEG');
    expect(r).not.toContain('israel MET_WITH hamas');
    expect(r).toContain('turkey AGREED_WITH syria NEG');
  });
});

describe('money given with the recipient in the middle', () => {
  it('reads "gives Bolivia more than $100 million a year" as aid, and "no firm promise of aid" as none', () => {
    const r = all('Washington still gives Bolivia more than $100 million a year. Putin had given Yanukovych no firm promise of aid.');
    expect(r).toContain('united-states AIDED bolivia');
    expect(r).not.toContain('vladimir-putin AIDED viktor-yanukovych');
  });
});
