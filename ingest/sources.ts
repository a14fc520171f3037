/**
 * Turns one input file into extractions: Extraction JSON files load as they are (validated), article
 * files (.txt, .json/.jsonl records with `text`) go through the extractor. A file is parsed whole
 * before any of it is loaded, so a bad file is refused whole. Given an ArticleParser (`--parser
 * corenlp`), each article is parsed first and the extractor reads the parse.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Extraction } from '../core/extraction.js';
import { badInput } from '../core/errors.js';
import type { ArticleParser } from '../nlp/index.js';
import { parseJsonText, validateExtraction } from './load/parse-extraction.js';

const isExtractionShaped = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'relations' in value && 'actors' in value;

/**
 * The largest article text the extractor is given (bytes of UTF-8). A news article is tens of KB; a
 * 4 MB text already yields ~15,000 stances in one transaction (about a minute), so anything bigger is
 * refused with a clear message instead of running for many minutes as one huge transaction.
 */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;
/** Extraction .json files (and small .jsonl) are read whole; beyond this, JSONL (streamed) is the way. */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function extractArticlesOf(path: string, parser: ArticleParser | undefined): Promise<Extraction[]> {
  const { readArticleFile } = await import('./read/index.js');
  const { extractArticle } = await import('./extract/index.js');
  const { parseFor } = await import('../nlp/index.js');
  if (extname(path).toLowerCase() === '.txt') {
    const size = (await stat(path)).size;
    if (size > MAX_ARTICLE_BYTES)
      throw badInput(`${path}: article too large (${mb(size)} MB, limit ${mb(MAX_ARTICLE_BYTES)} MB per article); split it into articles`);
  }
  const articles = await readArticleFile(path);
  for (const article of articles) {
    const size = Buffer.byteLength(article.text);
    if (size > MAX_ARTICLE_BYTES)
      throw badInput(`${article.origin}: text: article too large (${mb(size)} MB, limit ${mb(MAX_ARTICLE_BYTES)} MB per article)`);
  }
  const out: Extraction[] = [];
  for (const article of articles) out.push(extractArticle({ ...article, parse: await parseFor(parser, article.text, article.origin) }));
  return out;
}

/** File-system failures (unreadable, vanished, a folder named like a file) become one-line BAD_INPUT errors. */
export async function extractionsOfFile(path: string, parser?: ArticleParser): Promise<Extraction[]> {
  try {
    return await extractionsOfReadableFile(path, parser);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw badInput(`${path}: cannot read (${code})`);
    throw error;
  }
}

async function extractionsOfReadableFile(path: string, parser: ArticleParser | undefined): Promise<Extraction[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt') return extractArticlesOf(path, parser);
  if (ext !== '.json' && ext !== '.jsonl') throw badInput(`${path}: unsupported file type "${ext}" (expected .json, .jsonl or .txt)`);
  const size = (await stat(path)).size;
  if (size > MAX_WHOLE_FILE_BYTES)
    throw badInput(
      `${path}: file too large to read whole (${mb(size)} MB, limit ${mb(MAX_WHOLE_FILE_BYTES)} MB); use Extraction JSONL, which is streamed`,
    );
  const buffer = await readFile(path);
  if (buffer.length === 0) throw badInput(`${path}: empty file`);
  const nul = buffer.indexOf(0);
  if (nul >= 0) throw badInput(`${path}: binary file (NUL byte at offset ${nul}), expected UTF-8 JSON`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw badInput(`${path}: not valid UTF-8`);
  }
  if (ext === '.json') {
    const value = parseJsonText(text, path);
    if (isExtractionShaped(value)) return [validateExtraction(value, path)];
    if (Array.isArray(value) && value.length > 0 && value.every(isExtractionShaped)) {
      return value.map((item, i) => validateExtraction(item, `${path}[${i}]`));
    }
    return extractArticlesOf(path, parser);
  }
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '');
  if (first && isExtractionShaped(safeParse(first))) {
    return lines.flatMap((line, i) =>
      line.trim() === '' ? [] : [validateExtraction(parseJsonText(line, `${path}:${i + 1}`), `${path}:${i + 1}`)],
    );
  }
  return extractArticlesOf(path, parser);
}

function safeParse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
