/**
 * The boundary between the parser sidecar and the coder: each sentence's response is validated
 * (errors name the sentence and the field) and its offsets shifted from the sentence to the article.
 */
import { describe, expect, it } from 'vitest';
import { coderSentences, parseArticle, type SentenceParser, sentenceFromResponse } from '../../../ingest/extract/parse/parse-article.js';
import { PARSE_VERSION } from '../../../ingest/extract/parse/types.js';

const text = 'date 2024-04-26\n\nChina protested. The plane was shot down.\n\nMoscow agreed.';
const second = { start: 34, end: 58 }; // "The plane was shot down."

function refusal(raw: unknown, span = second, index = 1): string {
  try {
    sentenceFromResponse(raw, span, index, text);
  } catch (error) {
    expect((error as { code?: string }).code).toBe('RUNTIME');
    return (error as Error).message;
  }
  throw new Error('the response was accepted');
}

describe('the coder sentences sent to the parser', () => {
  it('are the sentences of every paragraph, after the date line, in article order', () => {
    expect(coderSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'China protested.',
      'The plane was shot down.',
      'Moscow agreed.',
    ]);
    expect(text.slice(second.start, second.end)).toBe('The plane was shot down.');
  });
});

describe('a parser response', () => {
  const tokens = [
    [0, 3, 'DT', 'the', 'O'],
    [4, 9, 'NN', 'plane', 'O'],
    [10, 13, 'VBD', 'be', 'O'],
    [14, 18, 'VBN', 'shoot', 'O'],
    [19, 23, 'RP', 'down', 'O'],
    [23, 24, '.', '.', 'O'],
  ];
  const edges = [
    [-1, 3, 'root'],
    [3, 1, 'nsubj:pass'],
  ];

  it('is shifted to absolute offsets that slice the article to each token, edges unchanged', () => {
    const s = sentenceFromResponse({ tokens, edges }, second, 1, text);
    expect(s.start).toBe(34);
    expect(s.end).toBe(58);
    expect(s.tokens.map(([a, b]) => text.slice(a, b))).toEqual(['The', 'plane', 'was', 'shot', 'down', '.']);
    expect(s.tokens[3]).toEqual([48, 52, 'VBN', 'shoot', 'O']);
    expect(s.edges).toEqual(edges);
  });

  it('with a field of the wrong type is refused naming the sentence and the field', () => {
    const bad = tokens.map((t, i) => (i === 1 ? ['4', 9, 'NN', 'plane', 'O'] : t));
    const message = refusal({ tokens: bad, edges });
    expect(message).toContain('sentence 2 (chars 34-58, "The plane was shot down.")');
    expect(message).toMatch(/tokens\[1\]\[0\]: .*number/);
  });

  it('without edges is refused naming the missing field', () => {
    expect(refusal({ tokens })).toMatch(/sentence 2 .*: edges: /);
  });

  it('with a token ending past its sentence is refused', () => {
    const bad = [...tokens.slice(0, 5), [23, 25, '.', '.', 'O']];
    expect(refusal({ tokens: bad, edges })).toMatch(/sentence 2 .*tokens\[5\]: span \[23, 25\] is not inside the sentence \(length 24\)/);
  });

  it('with overlapping tokens is refused', () => {
    const bad = [tokens[0], [2, 9, 'NN', 'plane', 'O'], ...tokens.slice(2)];
    expect(refusal({ tokens: bad, edges })).toMatch(/tokens\[1\]: starts at 2, before the previous token ends \(3\)/);
  });

  it('with an edge pointing past the tokens is refused', () => {
    expect(refusal({ tokens, edges: [...edges, [3, 6, 'obl']] })).toMatch(/edges\[2\]: \[3, 6\] points past the 6 tokens/);
  });

  it('that reports the parser failed is refused with the parser message', () => {
    expect(refusal({ error: 'OutOfMemoryError: Java heap space' })).toMatch(
      /sentence 2 .*: the parser failed: OutOfMemoryError: Java heap space$/,
    );
  });

  it('that is not an object is refused', () => {
    expect(refusal('{"tokens":[]}')).toMatch(/sentence 2 .*: \(response\): /);
  });
});

/** A real (if trivial) sentence parser: one token per run of non-space characters, no edges. */
class WhitespaceParser implements SentenceParser {
  readonly id = 'whitespace';
  readonly seen: string[] = [];
  async parseSentence(sentence: string): Promise<unknown> {
    this.seen.push(sentence);
    return { tokens: [...sentence.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length, 'X', m[0], 'O']), edges: [] };
  }
}

describe('parseArticle', () => {
  it('sends each coder sentence as its own text and returns one parse per sentence with absolute offsets', async () => {
    const parser = new WhitespaceParser();
    const parse = await parseArticle(text, parser);
    expect(parser.seen).toEqual(['China protested.', 'The plane was shot down.', 'Moscow agreed.']);
    expect(parse.version).toBe(PARSE_VERSION);
    expect(parse.parser).toBe('whitespace');
    expect(parse.sentences.map((s) => text.slice(s.start, s.end))).toEqual(parser.seen);
    expect(parse.sentences[2]!.tokens.map(([a, b]) => text.slice(a, b))).toEqual(['Moscow', 'agreed.']);
  });

  it('of an article without sentences sends nothing', async () => {
    const parser = new WhitespaceParser();
    expect((await parseArticle('date 2024-04-26\n\n  \n', parser)).sentences).toEqual([]);
    expect(parser.seen).toEqual([]);
  });
});
