/** One-line error messages for bad Extraction JSON: a JSONL line's column, the offending value. */
import { describe, expect, it } from 'vitest';
import { parseJsonText, validateExtraction } from '../../../ingest/load/parse-extraction.js';

const extraction = (relation: Record<string, unknown>) => ({
  article: { id: 'a1' },
  actors: [
    { id: 'x', name: 'X', type: 'Country' },
    { id: 'y', name: 'Y', type: 'Country' },
  ],
  relations: [{ source: 'x', type: 'CRITICIZED', target: 'y', evidence: 'X criticized Y.', start: 0, end: 15, ...relation }],
});

describe('bad input messages', () => {
  it('a broken JSONL line is located by its column, not by a second line number', () => {
    expect(() => parseJsonText('{"article": {"id": "a', 'f.jsonl:7')).toThrow(/^f\.jsonl:7: column \d+: invalid JSON \(/);
  });

  it('a broken multi-line JSON file is located by line and column', () => {
    expect(() => parseJsonText('{\n  "a": ', 'f.json')).toThrow(/^f\.json:2:\d+: invalid JSON \(/);
  });

  it('a wrong value is quoted after the field that holds it', () => {
    expect(() => validateExtraction(extraction({ type: 'HUGGED' }), 'f.json')).toThrow(/^f\.json: relations\[0\]\.type: .*, got "HUGGED"$/);
    expect(() => validateExtraction(extraction({ start: '0' }), 'f.json')).toThrow(/^f\.json: relations\[0\]\.start: .*, got "0"$/);
  });

  it('a missing field names the field and quotes nothing', () => {
    const value = extraction({});
    delete (value.relations[0] as Record<string, unknown>).evidence;
    expect(() => validateExtraction(value, 'f.json')).toThrow(/^f\.json: relations\[0\]\.evidence: /);
    expect(() => validateExtraction(value, 'f.json')).not.toThrow(/got/);
  });

  it('a very long wrong value is shortened', () => {
    expect(() => validateExtraction(extraction({ type: 'X'.repeat(500) }), 'f.json')).toThrow(/got "X{56}\.\.\.$/);
  });
});
