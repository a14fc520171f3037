/**
 * Parses cached on disk, one JSON file (a ParsedArticle) per article under
 * `$STANCEGRAPH_HOME/parse-cache/`, named by sha256(PARSE_VERSION, parser id, text). Files are written
 * atomically (temporary file + rename). A file that cannot be read, is not a valid ParsedArticle of
 * this version and parser, or whose sentences are no longer the coder's (the splitter changed) is a
 * miss: it is parsed again and overwritten, never an error.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { homePaths } from '../../../db/home.js';
import { coderSentences } from './parse-article.js';
import { PARSE_VERSION, type ParsedArticle, ParsedArticleSchema } from './types.js';

export function defaultParseCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(homePaths(env).home, 'parse-cache');
}

export function parseCacheKey(parserId: string, text: string): string {
  return createHash('sha256').update(`${PARSE_VERSION}\n${parserId}\n`).update(text).digest('hex');
}

export class ParseCache {
  constructor(readonly dir: string) {}

  fileFor(parserId: string, text: string): string {
    return join(this.dir, `${parseCacheKey(parserId, text)}.json`);
  }

  /** The cached parse of `text` by `parserId`, or null (absent, unreadable, corrupt, stale). */
  async read(parserId: string, text: string): Promise<ParsedArticle | null> {
    let raw: string;
    try {
      raw = await readFile(this.fileFor(parserId, text), 'utf8');
    } catch {
      return null;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
    const parsed = ParsedArticleSchema.safeParse(value);
    if (!parsed.success || parsed.data.parser !== parserId) return null;
    return fitsCoderSentences(parsed.data, text) ? parsed.data : null;
  }

  /** Writes atomically: a reader sees the old file or the new one, never half of one. */
  async write(text: string, parse: ParsedArticle): Promise<void> {
    const file = this.fileFor(parse.parser, text);
    const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
    await mkdir(this.dir, { recursive: true });
    try {
      await writeFile(tmp, JSON.stringify(parse));
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
}

/** Same sentence spans as the coder's splitter gives today, and every token inside its sentence. */
function fitsCoderSentences(parse: ParsedArticle, text: string): boolean {
  const spans = coderSentences(text);
  if (spans.length !== parse.sentences.length) return false;
  return parse.sentences.every(
    (s, i) => s.start === spans[i]!.start && s.end === spans[i]!.end && s.tokens.every(([a, b]) => s.start <= a && a <= b && b <= s.end),
  );
}
