/**
 * Load benchmark on the synthetic corpus of the run's size, into the benchmark database (which must
 * start empty): the batched loader's first load, a re-ingest of the same corpus (must change
 * nothing), the naive one-statement-per-stance path on a 2,000-stance sample, the transactional floor
 * (only the stance relationships, in the loader's batches, on a 50,000-stance sample; see
 * bench/load/stances-only.ts), and Neo4j's offline import tool on the same data written as CSV into
 * an empty database (the limit).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { runImportTool } from '../../db/import-tool.js';
import { loadExtractions, type LoadSummary } from '../../ingest/load/loader.js';
import { streamExtractionsJsonl } from '../../ingest/stream-jsonl.js';
import { MEMORY_BY_SIZE } from '../db.js';
import { validateExtraction } from '../../ingest/load/parse-extraction.js';
import { generateCorpus } from '../generate/corpus.js';
import { ensureCorpus } from '../generate/ensure.js';
import { DEFAULT_SEED } from '../generate/sizes.js';
import { graphCounts } from '../graph-counts.js';
import { writeImportCsv } from '../load/import-csv.js';
import { naiveLoad } from '../load/naive.js';
import { stancesOnlyLoad } from '../load/stances-only.js';
import type { BenchContext } from '../types.js';

const NAIVE_SAMPLE = 2_000;
const STANCES_ONLY_SAMPLE = 50_000;
const WARMUP = { stances: 5_000, entities: 1_000, articles: 500 };

/** Runs every measured path once on a small throw-away corpus, then empties the database: the JVM's
 * JIT and Neo4j's query plans are warm for all paths alike before anything is timed. */
async function warmUp(db: Db, log: (s: string) => void): Promise<void> {
  const started = performance.now();
  const corpus = () =>
    (function* () {
      for (const e of generateCorpus({ seed: DEFAULT_SEED + 1, size: WARMUP, idPrefix: 'warmup' })) yield validateExtraction(e, 'warm-up');
    })();
  await loadExtractions(db, corpus());
  await loadExtractions(db, corpus());
  await naiveLoad(db, [...corpus()].slice(0, 30), 200);
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  log(
    `warm-up (every path once on ${WARMUP.stances} throw-away stances, then emptied) took ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function load(db: Db, path: string, log: (s: string) => void, label: string): Promise<LoadSummary> {
  let last = 0;
  const summary = await loadExtractions(db, streamExtractionsJsonl(path), {
    onBatch: (s) => {
      if (s.seconds - last < 10) return;
      last = s.seconds;
      log(
        `${label}: ${s.articles.toLocaleString('en-US')} articles, ${s.stances.toLocaleString('en-US')} stances written, ${Math.round(s.articles / s.seconds)} articles/s`,
      );
    },
  });
  log(
    `${label}: ${summary.articles} articles (${summary.written} written, ${summary.unchanged} unchanged) in ${summary.seconds.toFixed(1)} s`,
  );
  return summary;
}

async function firstArticles(path: string, stances: number): Promise<Extraction[]> {
  const out: Extraction[] = [];
  let n = 0;
  for await (const e of streamExtractionsJsonl(path)) {
    out.push(e);
    n += e.relations.length;
    if (n >= stances) break;
  }
  return out;
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const db = ctx.db;
  if (!db) throw new Error('the load suite needs the benchmark database');
  const path = await ensureCorpus(ctx.size, ctx.log);
  const before = await graphCounts(db);
  if (before.stances > 0)
    throw new Error(`the benchmark database is not empty (${before.stances} stances); the load suite needs an empty one`);

  await warmUp(db, ctx.log);
  const first = await load(db, path, ctx.log, 'batched load');
  const loaded = await graphCounts(db);
  const again = await load(db, path, ctx.log, 're-ingest');
  const after = await graphCounts(db);
  const unchanged = JSON.stringify(after) === JSON.stringify(loaded) && again.written === 0;
  if (!unchanged) ctx.log(`re-ingest CHANGED the graph: ${JSON.stringify(loaded)} -> ${JSON.stringify(after)}`);

  const sample = await firstArticles(path, NAIVE_SAMPLE);
  const naive = await naiveLoad(db, sample, NAIVE_SAMPLE);
  ctx.log(`naive: ${naive.stances} stances in ${naive.seconds.toFixed(1)} s`);
  const floor = await stancesOnlyLoad(db, await firstArticles(path, STANCES_ONLY_SAMPLE));
  ctx.log(`stances only (the transactional floor): ${floor.stances} stances in ${floor.seconds.toFixed(1)} s`);
  const cleaned = JSON.stringify(await graphCounts(db)) === JSON.stringify(loaded);

  const metrics: Record<string, number> = {
    batched_stances_per_s: loaded.stances / first.seconds,
    batched_seconds: first.seconds,
    reingest_stances_per_s: loaded.stances / again.seconds,
    reingest_seconds: again.seconds,
    reingest_changed_nothing: unchanged ? 1 : 0,
    naive_stances_per_s: naive.stances / naive.seconds,
    stances_only_stances_per_s: floor.stances / floor.seconds,
    samples_cleaned_up: cleaned ? 1 : 0,
  };
  metrics.stances_only_vs_batched = metrics.stances_only_stances_per_s! / metrics.batched_stances_per_s!;
  metrics.batched_vs_naive = metrics.batched_stances_per_s! / metrics.naive_stances_per_s!;
  metrics.reingest_vs_first = metrics.reingest_stances_per_s! / metrics.batched_stances_per_s!;

  const dir = mkdtempSync(join(tmpdir(), 'stancegraph-import-'));
  try {
    const csvStarted = performance.now();
    const files = await writeImportCsv(join(dir), streamExtractionsJsonl(path));
    ctx.log(
      `import tool: CSV written in ${((performance.now() - csvStarted) / 1000).toFixed(1)} s; importing ${files.stances} stances ...`,
    );
    const home = join(dir, 'home');
    const result = await runImportTool(home, files, process.env.STANCEGRAPH_NEO4J_HEAP ?? MEMORY_BY_SIZE[ctx.size].heap, ctx.log);
    const own = /IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms/.exec(result.output);
    metrics.import_tool_stances_per_s = files.stances / result.seconds;
    metrics.import_tool_seconds = result.seconds;
    if (own) metrics.import_tool_reported_seconds = Number(own[1] ?? 0) * 60 + Number(own[2]) + Number(own[3]) / 1000;
    metrics.import_tool_vs_batched = metrics.import_tool_stances_per_s / metrics.batched_stances_per_s!;
    metrics.import_tool_vs_stances_only = metrics.import_tool_stances_per_s / metrics.stances_only_stances_per_s!;
  } catch (error) {
    ctx.log(`import tool: not measured (${(error as Error).message})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return metrics;
}
