/**
 * The opt-in "accurate mode" parser as one object: `openParser()` -> `{ parse(text), close() }`.
 * Parses come from the on-disk cache when it has them (no JVM at all), otherwise from the CoreNLP
 * sidecar, started on the first miss and kept for the next articles. `withArticleParser` gives the
 * CLI and eval `undefined` for `--parser rules` (today's behaviour, no JVM).
 */
import { resolve } from 'node:path';
import { isStanceGraphError, StanceGraphError } from '../core/errors.js';
import { homePaths } from '../db/home.js';
import { ParseCache, defaultParseCacheDir } from '../ingest/extract/parse/cache.js';
import { parseArticle } from '../ingest/extract/parse/parse-article.js';
import type { ParsedArticle } from '../ingest/extract/parse/types.js';
import { CORENLP_PARSER_ID, JavaParser } from './java-parser.js';

/** The values of `--parser` (and STANCEGRAPH_PARSER). */
export const PARSER_CHOICES = ['rules', 'corenlp'] as const;
export type ParserChoice = (typeof PARSER_CHOICES)[number];

export interface ParserStats {
  cacheHits: number;
  cacheMisses: number;
  /** Request lines (sentences) written to the JVM. */
  sentencesParsed: number;
  /** Cache files that could not be written (the parse itself was still returned). */
  cacheWriteErrors: number;
}

export interface ArticleParser {
  readonly id: string;
  parse(text: string): Promise<ParsedArticle>;
  readonly stats: ParserStats;
  close(): Promise<void>;
}

export interface OpenParserOptions {
  /** Where parses are cached; null: no cache. Default `$STANCEGRAPH_HOME/parse-cache`. */
  cacheDir?: string | null;
  /** Progress and warnings (stderr in the CLI). */
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
}

export function openParser(options: OpenParserOptions = {}): ArticleParser {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const cache = options.cacheDir === null ? null : new ParseCache(options.cacheDir ?? defaultParseCacheDir(env));
  const stats: ParserStats = { cacheHits: 0, cacheMisses: 0, sentencesParsed: 0, cacheWriteErrors: 0 };
  let java: Promise<JavaParser> | null = null;
  let closed = false;
  const started = () => {
    if (closed) throw new StanceGraphError('RUNTIME', 'the CoreNLP parser was closed');
    if (!java) {
      java = JavaParser.start({ logFile: resolve(homePaths(env).home, 'parser.log'), log, env, startTimeoutMs: options.startTimeoutMs });
    }
    return java;
  };

  return {
    id: CORENLP_PARSER_ID,
    stats,
    async parse(text) {
      const cached = cache ? await cache.read(CORENLP_PARSER_ID, text) : null;
      if (cached) {
        stats.cacheHits++;
        return cached;
      }
      stats.cacheMisses++;
      const parser = await started();
      const parse = await parseArticle(text, parser);
      stats.sentencesParsed = parser.requests;
      if (cache) {
        try {
          await cache.write(text, parse);
        } catch (error) {
          if (stats.cacheWriteErrors++ === 0) log(`warning: cannot write the parse cache in ${cache.dir}: ${(error as Error).message}`);
        }
      }
      return parse;
    },
    async close() {
      closed = true;
      const running = java;
      java = null;
      if (running) await running.then((parser) => parser.close()).catch(() => {});
    },
  };
}

/** Runs `fn` with the chosen parser (undefined for `rules`) and closes it afterwards, whatever happens. */
export async function withArticleParser<T>(
  choice: ParserChoice,
  fn: (parser: ArticleParser | undefined) => Promise<T>,
  options: OpenParserOptions = {},
): Promise<T> {
  if (choice === 'rules') return fn(undefined);
  const parser = openParser(options);
  try {
    return await fn(parser);
  } finally {
    await parser.close();
  }
}

/** The parse the extractor gets for one article (undefined without a parser); an error names the article. */
export async function parseFor(parser: ArticleParser | undefined, text: string, origin: string): Promise<ParsedArticle | undefined> {
  if (!parser) return undefined;
  try {
    return await parser.parse(text);
  } catch (error) {
    if (!isStanceGraphError(error)) throw error;
    throw new StanceGraphError(error.code, `${origin}: ${error.message}`, { cause: error });
  }
}
