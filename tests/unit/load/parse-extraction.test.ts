import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonText, validateExtraction } from '../../../ingest/load/parse-extraction.js';

const sample = () => JSON.parse(readFileSync(new URL('../../../data/sample/2024-04-26-blinken-beijing.json', import.meta.url), 'utf8'));

describe('validating Extraction JSON', () => {
  it('accepts the hand-checked sample', () => {
    const extraction = validateExtraction(sample(), 'sample.json');
    expect(extraction.relations.length).toBeGreaterThan(20);
  });

  it('names the file and the field of a wrong type', () => {
    const bad = sample();
    bad.relations[3].confidence = 'high';
    expect(() => validateExtraction(bad, 'f.json')).toThrow(/^f\.json: relations\[3\]\.confidence: /);
  });

  it('refuses an unknown relation type', () => {
    const bad = sample();
    bad.relations[0].type = 'LOVES';
    expect(() => validateExtraction(bad, 'f.json')).toThrow(/f\.json: relations\[0\]\.type/);
  });

  it('refuses a relation to an undeclared actor, and a duplicate actor id', () => {
    const bad = sample();
    bad.relations[1].target = 'nobody';
    expect(() => validateExtraction(bad, 'f.json')).toThrow('f.json: relations[1].target: "nobody" is not a declared actor');
    const dup = sample();
    dup.actors.push({ ...dup.actors[0] });
    expect(() => validateExtraction(dup, 'f.json')).toThrow(/duplicate actor id/);
  });

  it('refuses offsets that do not fit the evidence or the text', () => {
    const bad = sample();
    bad.relations[0].end += 5;
    expect(() => validateExtraction(bad, 'f.json')).toThrow(/relations\[0\]\.end: offsets .* span/);
    const withText = sample();
    withText.article.text = 'short';
    expect(() => validateExtraction(withText, 'f.json')).toThrow(/outside the text|not found in the text/);
  });

  it('refuses a date that does not exist', () => {
    const bad = sample();
    bad.article.date = '2024-02-30';
    expect(() => validateExtraction(bad, 'f.json')).toThrow(/article\.date: not a real calendar date/);
  });

  it('reports the line and column of a JSON syntax error', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n  "b": }', 'f.json')).toThrow(/^f\.json:3:\d+: invalid JSON/);
  });
});
