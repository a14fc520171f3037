/**
 * The asynchronous step before the pure coder: every one of the coder's own sentences
 * (text/sentences.ts `splitParagraphs`) goes to a dependency parser as `text.slice(start, end)`, and
 * each response is validated here, at the boundary, then shifted from sentence-relative to absolute
 * UTF-16 offsets. A response that does not fit its sentence is refused with one line naming the
 * sentence and the field, never passed on to the coder.
 */
import { z } from 'zod';
import { StanceGraphError } from '../../../core/errors.js';
import { type Span, splitParagraphs } from '../text/sentences.js';
import { DepEdgeSchema, PARSE_VERSION, type ParsedArticle, type ParsedSentence, ParsedTokenSchema } from './types.js';

/** Parses one sentence at a time; a JSON-lines sidecar (nlp/java-parser.ts) in the product. */
export interface SentenceParser {
  /** The parser and its settings: ParsedArticle.parser, and part of the parse-cache key. */
  readonly id: string;
  /** The raw response for one sentence: `{tokens, edges}` with offsets relative to `text`, or `{error}`. */
  parseSentence(text: string): Promise<unknown>;
}

const ResponseSchema = z.object({ tokens: z.array(ParsedTokenSchema), edges: z.array(DepEdgeSchema) });
const ErrorResponseSchema = z.object({ error: z.string() });

/** The coder's sentences in article order: those of every reporting paragraph. */
export function coderSentences(text: string): Span[] {
  return splitParagraphs(text).flatMap((paragraph) => paragraph.sentences);
}

export async function parseArticle(text: string, parser: SentenceParser): Promise<ParsedArticle> {
  const spans = coderSentences(text);
  const responses = await Promise.all(spans.map((span) => parser.parseSentence(text.slice(span.start, span.end))));
  return {
    version: PARSE_VERSION,
    parser: parser.id,
    sentences: spans.map((span, i) => sentenceFromResponse(responses[i], span, i, text)),
  };
}

/** "sentence 3 (chars 120-245, "The plane was shot…")": how errors name a sentence. */
export function describeSentence(index: number, span: Span, text: string): string {
  const body = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const excerpt = body.length > 40 ? `${body.slice(0, 40)}…` : body;
  return `sentence ${index + 1} (chars ${span.start}-${span.end}, ${JSON.stringify(excerpt)})`;
}

function refuse(index: number, span: Span, text: string, problem: string): StanceGraphError {
  return new StanceGraphError('RUNTIME', `parser response for ${describeSentence(index, span, text)}: ${problem}`);
}

/**
 * Validates one response against its sentence (`span`, the `index`-th coder sentence of `text`) and
 * returns it with absolute offsets. Checks the shape (types.ts), that every token lies inside the
 * sentence, in order and without overlap, and that every edge points at a token of the sentence.
 */
export function sentenceFromResponse(raw: unknown, span: Span, index: number, text: string): ParsedSentence {
  const failed = ErrorResponseSchema.safeParse(raw);
  if (failed.success) throw refuse(index, span, text, `the parser failed: ${failed.data.error}`);
  const parsed = ResponseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field =
      issue.path.length > 0 ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '(response)';
    throw refuse(index, span, text, `${field.replace(/^\./, '')}: ${issue.message}`);
  }
  const { tokens, edges } = parsed.data;
  const length = span.end - span.start;
  let previousEnd = 0;
  tokens.forEach(([s, e], t) => {
    if (s > e || e > length)
      throw refuse(index, span, text, `tokens[${t}]: span [${s}, ${e}] is not inside the sentence (length ${length})`);
    if (s < previousEnd) throw refuse(index, span, text, `tokens[${t}]: starts at ${s}, before the previous token ends (${previousEnd})`);
    previousEnd = e;
  });
  edges.forEach(([head, dep], k) => {
    if (head >= tokens.length || dep >= tokens.length)
      throw refuse(index, span, text, `edges[${k}]: [${head}, ${dep}] points past the ${tokens.length} tokens`);
  });
  return shiftSentence(span, tokens, edges);
}

/** Sentence-relative token offsets -> absolute offsets in the article. */
export function shiftSentence(span: Span, tokens: ParsedSentence['tokens'], edges: ParsedSentence['edges']): ParsedSentence {
  return {
    start: span.start,
    end: span.end,
    tokens: tokens.map(([s, e, pos, lemma, ner]) => [s + span.start, e + span.start, pos, lemma, ner]),
    edges,
  };
}
