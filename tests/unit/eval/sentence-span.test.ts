import { describe, expect, it } from 'vitest';
import { occurrencesOf, sentenceSpanCovering } from '../../../ingest/eval/sentence-span.js';

function sentenceAround(text: string, fragment: string): string {
  const at = text.indexOf(fragment);
  const span = sentenceSpanCovering(text, at, at + fragment.length);
  return text.slice(span.start, span.end);
}

describe('sentenceSpanCovering', () => {
  const text =
    ' date 2024-04-26 \n\nThe U.S. envoy met Mr. Lee in Seoul. Then George W. Bush spoke.\n\n"We object," he said. China agreed.';

  it('expands a fragment to the whole sentence around it', () => {
    expect(sentenceAround(text, 'envoy met')).toBe('The U.S. envoy met Mr. Lee in Seoul.');
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(sentenceAround(text, 'George')).toBe('Then George W. Bush spoke.');
  });

  it('keeps the closing quote and stops at the paragraph', () => {
    expect(sentenceAround(text, 'We object')).toBe('"We object," he said.');
    expect(sentenceAround(text, 'China agreed')).toBe('China agreed.');
  });

  it('covers every sentence a fragment spans', () => {
    expect(sentenceAround(text, 'Seoul. Then')).toBe('The U.S. envoy met Mr. Lee in Seoul. Then George W. Bush spoke.');
  });
});

describe('occurrencesOf', () => {
  it('finds overlapping and repeated occurrences', () => {
    expect(occurrencesOf('aaa', 'aa')).toEqual([0, 1]);
    expect(occurrencesOf('abc', '')).toEqual([]);
  });
});
