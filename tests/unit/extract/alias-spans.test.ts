import { describe, expect, it } from 'vitest';
import { Registry } from '../../../ingest/extract/actors/registry.js';
import { tokenize } from '../../../ingest/extract/text/tokens.js';

const toks = (t: string) => tokenize(t, 0, t.length);

describe('aliases recorded from token spans', () => {
  it('records each new surface once in first-seen order; a touch skips the name, a direct alias keeps it', () => {
    const reg = new Registry(null);
    const a = reg.named('Antony Blinken', 'Person', '');
    const s1 = toks('Secretary of State Antony Blinken said');
    const s2 = toks('Antony Blinken and Secretary of State Antony Blinken');
    reg.touchSpan(a, s1, 0, 5);
    reg.touchSpan(a, s2, 0, 2);
    reg.touchSpan(a, s2, 3, 8);
    expect([...a.aliases]).toEqual(['Secretary of State Antony Blinken']);
    reg.addAliasSpan(a, s2, 0, 2);
    expect([...a.aliases]).toEqual(['Secretary of State Antony Blinken', 'Antony Blinken']);
    expect(a.mentions).toBe(4);
  });
  it('tells apart spans whose words differ only in case or hyphen spacing', () => {
    const reg = new Registry(null);
    const a = reg.named('Ban Ki-moon', 'Person', '');
    reg.touchSpan(a, toks('UN chief Ban Ki-moon'), 2, 6);
    reg.touchSpan(a, toks('un chief Ban Ki-moon'), 0, 6);
    reg.touchSpan(a, toks('UN chief Ban Ki-moon'), 0, 6);
    expect([...a.aliases]).toEqual(['un chief Ban Ki-moon', 'UN chief Ban Ki-moon']);
  });
});
