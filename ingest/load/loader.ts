/**
 * Streams extractions into Neo4j in batches of whole articles (bounded memory: the batch being
 * written plus the one being built), reporting progress. Each batch is one transaction (see
 * write-batch.ts); while Neo4j writes one batch, the next is parsed and mapped, so Node and Neo4j
 * work in parallel with one batch in flight. The country-level roll-up is rebuilt at the end if a
 * batch made it stale.
 */
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { ensureRollup, rollupIsValid } from './rollup.js';
import { articleBatches } from './batches.js';
import type { ArticleRows } from './rows.js';
import { type BatchResult, writeBatch } from './write-batch.js';

export interface LoadOptions {
  /** Flush a batch once it holds this many stances + entity rows (default DEFAULT_BATCH_ROWS, batches.ts). */
  batchStances?: number;
  /** ... or this many articles (default DEFAULT_BATCH_ARTICLES). */
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
  /** Whether the country-level roll-up had to be rebuilt at the end. */
  rollupRebuilt?: boolean;
}

export async function loadExtractions(
  db: Db,
  extractions: AsyncIterable<Extraction> | Iterable<Extraction>,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const summary: LoadSummary = { articles: 0, written: 0, unchanged: 0, replaced: 0, stances: 0, batches: 0, seconds: 0 };
  let inFlight: Promise<void> | null = null;

  const record = (size: number, result: BatchResult) => {
    summary.articles += size;
    summary.written += result.written;
    summary.unchanged += result.unchanged;
    summary.replaced += result.replaced;
    summary.stances += result.stances;
    summary.batches += 1;
    summary.seconds = (performance.now() - started) / 1000;
    options.onBatch?.({ ...summary });
  };

  const flush = async (rows: ArticleRows[]) => {
    if (inFlight) await inFlight;
    inFlight = writeBatch(db, rows).then((result) => record(rows.length, result));
    inFlight.catch(() => {}); // awaited before the next batch or at the end; this only avoids an unhandled-rejection crash meanwhile
  };

  // Records the roll-up state before anything is written (valid on an empty graph), so that only a
  // batch that replaces stances, or a graph loaded before the roll-up existed, triggers a rebuild.
  await rollupIsValid(db);
  try {
    const limits = { maxRows: options.batchStances, maxArticles: options.batchArticles };
    for await (const batch of articleBatches(extractions, limits)) await flush(batch);
  } finally {
    if (inFlight) await inFlight;
  }
  summary.rollupRebuilt = await ensureRollup(db);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
