import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../ingest/extract/text/sentences.js';
import { tokenize } from '../../../ingest/extract/text/tokens.js';

const sentences = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('does not split after titles and dotted abbreviations like Gen., Mr. and U.S.', () => {
    const t = 'Gen. Mark Milley met Mr. Smith in the U.S. Capitol. The U.S. envoy left.';
    expect(sentences(t)).toEqual(['Gen. Mark Milley met Mr. Smith in the U.S. Capitol.', 'The U.S. envoy left.']);
  });
  it('splits after a dotted acronym when a typical sentence opener follows', () => {
    expect(sentences('China sanctioned firms from the U.S. The move angered Washington.')).toHaveLength(2);
  });
  it('keeps a middle initial inside the sentence', () => {
    expect(sentences('John F. Kennedy met Nikita Khrushchev. They talked.')).toHaveLength(2);
  });
});

describe('paragraphs and captions', () => {
  it('skips the date line, AP photo captions and bylines', () => {
    const t =
      ' date 2024-04-26 \n\nBy JOHN DOE\n\nBlinken met Xi.\n\nBlinken meets Wang Yi in Beijing. (AP Photo/Mark Schiefelbein)\n\nWang praised Blinken.';
    const ps = splitParagraphs(t).map((p) => t.slice(p.start, p.end));
    expect(ps).toEqual(['Blinken met Xi.', 'Wang praised Blinken.']);
  });
  it('removes the dateline from the first paragraph', () => {
    const t = 'BEIJING (AP) — Blinken met Xi on Friday.';
    const [p] = splitParagraphs(t);
    expect(t.slice(p?.start, p?.end)).toBe('Blinken met Xi on Friday.');
  });
  it('tolerates CRLF line endings', () => {
    const t = 'Blinken met Xi.\r\n\r\nWang praised Blinken.\r\n';
    expect(splitParagraphs(t)).toHaveLength(2);
  });
});

describe('tokenizer', () => {
  it('splits clitics and hyphenated compounds and keeps offsets exact', () => {
    const t = "China's Russian-Chinese ties didn't change.";
    const toks = tokenize(t, 0, t.length);
    expect(toks.map((x) => x.t)).toEqual(['China', "'s", 'Russian', '-', 'Chinese', 'ties', 'did', "n't", 'change', '.']);
    for (const x of toks) expect(t.slice(x.s, x.e)).toBe(x.t);
  });
});
