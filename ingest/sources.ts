/**
 * Turns one input file into extractions: Extraction JSON files load as they are (validated), article
 * files (.txt, .json/.jsonl records with `text`) go through the extractor. A file is parsed whole
 * before any of it is loaded, so a bad file is refused whole.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Extraction } from '../core/extraction.js';
import { badInput } from '../core/errors.js';
import { parseJsonText, validateExtraction } from './load/parse-extraction.js';

const isExtractionShaped = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'relations' in value && 'actors' in value;

async function extractArticlesOf(path: string): Promise<Extraction[]> {
  const { readArticleFile } = await import('./read/index.js');
  const { extractArticle } = await import('./extract/index.js');
  const articles = await readArticleFile(path);
  return articles.map((article) => extractArticle(article));
}

export async function extractionsOfFile(path: string): Promise<Extraction[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt') return extractArticlesOf(path);
  if (ext !== '.json' && ext !== '.jsonl') throw badInput(`${path}: unsupported file type "${ext}" (expected .json, .jsonl or .txt)`);
  const buffer = await readFile(path);
  if (buffer.length === 0) throw badInput(`${path}: empty file`);
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
    return extractArticlesOf(path);
  }
  const lines = text.split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '');
  if (first && isExtractionShaped(safeParse(first))) {
    return lines.flatMap((line, i) => (line.trim() === '' ? [] : [validateExtraction(parseJsonText(line, `${path}:${i + 1}`), `${path}:${i + 1}`)]));
  }
  return extractArticlesOf(path);
}

function safeParse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
