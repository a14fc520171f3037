/**
 * Reads gold articles from disk: every `<slug>.txt` with a `<slug>.json` beside it is one gold
 * article. The gold JSON is checked against its text (schema, references, offsets) before use, so
 * a broken gold file stops the evaluation instead of silently skewing it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Extraction, ExtractionSchema } from '../../core/extraction.js';
import { badInput } from '../../core/errors.js';
import { checkGoldExtraction } from './gold-check.js';

export interface GoldArticle {
  set: string;
  slug: string;
  text: string;
  gold: Extraction;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw badInput(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

export function readGoldDir(dir: string, set: string): GoldArticle[] {
  if (!existsSync(dir)) throw badInput(`gold directory not found: ${dir}`);
  const slugs = readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && existsSync(join(dir, name.replace(/\.txt$/, '.json'))))
    .map((name) => name.replace(/\.txt$/, ''))
    .sort();
  return slugs.map((slug) => {
    const text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
    const jsonPath = join(dir, `${slug}.json`);
    const { extraction, problems } = checkGoldExtraction(readJson(jsonPath), text);
    if (!extraction || problems.length > 0) {
      throw badInput(`${jsonPath}: not a valid gold file: ${problems.slice(0, 3).join('; ')}`);
    }
    return { set, slug, text, gold: extraction };
  });
}

/** A prediction file for a gold article: `DIR/<slug>.json`, else `DIR/<set>/<slug>.json`. */
export function readPrediction(dir: string, article: GoldArticle): Extraction | null {
  const candidates = [join(dir, `${article.slug}.json`), join(dir, article.set, `${article.slug}.json`)];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) return null;
  const parsed = ExtractionSchema.safeParse(readJson(path));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`${path}: not an Extraction JSON (${issue?.path.join('.')}: ${issue?.message})`);
  }
  return parsed.data as Extraction;
}

export function emptyExtraction(article: GoldArticle): Extraction {
  return { article: { id: article.gold.article.id }, actors: [], relations: [] };
}
