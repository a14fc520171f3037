/**
 * Streams extractions into Neo4j in batches of whole articles (bounded memory: one batch held at a
 * time), reporting progress. Each batch is one transaction; see write-batch.ts.
 */
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { type ArticleRows, articleRows } from './rows.js';
import { type BatchResult, writeBatch } from './write-batch.js';

export interface LoadOptions {
  /** Flush a batch once it holds this many stances (default 10,000). */
  batchStances?: number;
  /** ... or this many articles (default 2,000). */
  batchArticles?: number;
  onBatch?: (progress: LoadSummary) => void;
}

export interface LoadSummary {
  articles: number;
  written: number;
  unchanged: number;
  replaced: number;
  stances: number;
  batches: number;
  seconds: number;
}

export async function loadExtractions(db: Db, extractions: AsyncIterable<Extraction> | Iterable<Extraction>, options: LoadOptions = {}): Promise<LoadSummary> {
  const maxStances = options.batchStances ?? 10_000;
  const maxArticles = options.batchArticles ?? 2_000;
  const started = performance.now();
  const summary: LoadSummary = { articles: 0, written: 0, unchanged: 0, replaced: 0, stances: 0, batches: 0, seconds: 0 };
  let batch: ArticleRows[] = [];
  let batchStances = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const result: BatchResult = await writeBatch(db, batch);
    summary.articles += batch.length;
    summary.written += result.written;
    summary.unchanged += result.unchanged;
    summary.replaced += result.replaced;
    summary.stances += result.stances;
    summary.batches += 1;
    summary.seconds = (performance.now() - started) / 1000;
    batch = [];
    batchStances = 0;
    options.onBatch?.({ ...summary });
  };

  for await (const extraction of extractions) {
    const rows = articleRows(extraction);
    batch.push(rows);
    batchStances += rows.stances.length + rows.entities.length;
    if (batchStances >= maxStances || batch.length >= maxArticles) await flush();
  }
  await flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
