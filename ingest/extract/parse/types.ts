/**
 * The contract between the optional dependency parser (nlp/, a CoreNLP sidecar JVM) and the pure
 * coder. `parseArticle` (async, I/O) produces a ParsedArticle for the coder's own sentences
 * (text/sentences.ts `splitParagraphs`); `extractArticle({ ..., parse })` (pure) reads it. Offsets are
 * UTF-16 offsets into the whole article text, as everywhere else in the Extraction JSON.
 */
import { z } from 'zod';

/** Bumped when the shape or the parser's settings change: cached parses of another version are ignored. */
export const PARSE_VERSION = 1;

/** One parser token: [start, end, part-of-speech tag (Penn), lemma, NER tag ("O" for none)]. */
export const ParsedTokenSchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.string(),
  z.string(),
  z.string(),
]);
export type ParsedToken = z.infer<typeof ParsedTokenSchema>;

/**
 * One dependency edge of the enhanced++ graph (Universal Dependencies): [head, dependent, relation],
 * indices into the sentence's tokens, head -1 for the root. Relations keep their enhanced suffixes
 * ("obl:with", "nsubj:xsubj", "conj:and"); a token may have several heads.
 */
export const DepEdgeSchema = z.tuple([z.number().int().min(-1), z.number().int().nonnegative(), z.string()]);
export type DepEdge = z.infer<typeof DepEdgeSchema>;

/** The parse of one coder sentence, keyed by the sentence's span in the article. */
export const ParsedSentenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  tokens: z.array(ParsedTokenSchema),
  edges: z.array(DepEdgeSchema),
});
export type ParsedSentence = z.infer<typeof ParsedSentenceSchema>;

export const ParsedArticleSchema = z.object({
  version: z.literal(PARSE_VERSION),
  /** The parser and its settings, e.g. "corenlp-4.5.10 pos,lemma,ner(lite),depparse". */
  parser: z.string(),
  sentences: z.array(ParsedSentenceSchema),
});
export type ParsedArticle = z.infer<typeof ParsedArticleSchema>;
