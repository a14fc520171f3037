/**
 * Reads article files: `.txt` (optional first line ` date YYYY-MM-DD `, paragraphs separated by blank
 * lines), `.json` (one record or an array), `.jsonl` (one record per line). Every failure is a
 * `badInput` with one readable line naming the file and, where it applies, the line and field.
 *
 * Text offsets: for `.txt` the article text is the file content after a UTF-8 BOM (CRLF kept), so
 * relation offsets point into the file as the user sees it; the date line stays in the text and the
 * extractor skips it.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ArticleText } from '../../core/extraction.js';
import { badInput } from '../../core/errors.js';
import { articleId } from '../extract/assemble.js';
import { DEFAULT_MAX_BYTES, decodeText } from './decode.js';
import { ArticleRecordSchema, describeIssue } from './schema.js';

export interface ArticleInput extends ArticleText {
  /** Where it came from: the file, or file:line for JSONL. */
  origin: string;
}

export interface ReadOptions {
  maxBytes?: number;
}

const DATE_LINE = /^[ \t]*date[ \t]+(\S+)[ \t]*(?:\r?\n|$)/i;

export async function readArticleFile(path: string, opts: ReadOptions = {}): Promise<ArticleInput[]> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw badInput(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof Error && e.name === 'StanceGraphError') throw e;
    throw badInput(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > max) throw badInput(`${path}: file too large (${mb(size)} MB, limit ${mb(max)} MB)`);
  const text = decodeText(await readFile(path), path);
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return readJson(text, path);
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(text, path);
  return [readTxt(text, path)];
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0);

function readTxt(text: string, path: string): ArticleInput {
  const m = DATE_LINE.exec(text);
  let date: string | null = null;
  if (m) {
    const parsed = ArticleRecordSchema.shape.date.safeParse(m[1]);
    if (!parsed.success) throw badInput(`${path}:1: date line \`${m[1]}\`: ${describeIssue(parsed.error).replace(/^record: /, '')}`);
    date = parsed.data;
    if (text.slice(m[0].length).trim().length === 0) throw badInput(`${path}: no article text after the date line`);
  }
  return { text, id: articleId(text), date, title: null, source: null, url: null, origin: path };
}

function toInput(value: unknown, where: string): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badInput(`${where}: expected a JSON object {date, text, ...}`);
  const r = ArticleRecordSchema.safeParse(value);
  if (!r.success) throw badInput(`${where}: ${describeIssue(r.error)}`);
  const rec = r.data;
  return {
    text: rec.text,
    id: rec.id ?? articleId(rec.text),
    title: rec.title ?? null,
    date: rec.date,
    source: rec.source ?? null,
    url: rec.url ?? null,
    origin: where,
  };
}

function readJson(text: string, path: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw badInput(`${path}: malformed JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (Array.isArray(data)) {
    if (data.length === 0) throw badInput(`${path}: empty array, no article records`);
    return data.map((v, k) => toInput(v, `${path}[${k}]`));
  }
  return [toInput(data, path)];
}

function readJsonl(text: string, path: string): ArticleInput[] {
  const out: ArticleInput[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, k) => {
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw badInput(`${path}:${k + 1}: malformed JSON line (${(e as Error).message.split('\n')[0]})`);
    }
    out.push(toInput(v, `${path}:${k + 1}`));
  });
  if (out.length === 0) throw badInput(`${path}: no records`);
  return out;
}
