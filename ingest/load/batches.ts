/**
 * How the loader groups articles into transactions: whole articles (an article is never split), a
 * batch closed once it holds `maxRows` stance + entity rows or `maxArticles` articles. Streams: only
 * the batch being built is held.
 */
import type { Extraction } from '../../core/extraction.js';
import { type ArticleRows, articleRows } from './rows.js';

export const DEFAULT_BATCH_ROWS = 10_000;
export const DEFAULT_BATCH_ARTICLES = 2_000;

export interface BatchLimits {
  maxRows?: number;
  maxArticles?: number;
}

export async function* articleBatches(
  extractions: AsyncIterable<Extraction> | Iterable<Extraction>,
  { maxRows = DEFAULT_BATCH_ROWS, maxArticles = DEFAULT_BATCH_ARTICLES }: BatchLimits = {},
): AsyncGenerator<ArticleRows[]> {
  let batch: ArticleRows[] = [];
  let rows = 0;
  for await (const extraction of extractions) {
    const article = articleRows(extraction);
    batch.push(article);
    rows += article.stances.length + article.entities.length;
    if (rows >= maxRows || batch.length >= maxArticles) {
      yield batch;
      batch = [];
      rows = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
