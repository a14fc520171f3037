/**
 * A bounded load test of the read-only API on loopback: 50 concurrent clients for 30 s (10 s at size
 * small; STANCEGRAPH_BENCH_API_SECONDS overrides) on /api/graph, /api/entities/:id and /api/search,
 * first alone, then while a loader ingests new articles about the same actors (no request may fail,
 * the load must not fail or deadlock). The ingested articles are removed afterwards.
 */
import type { Extraction } from '../../core/extraction.js';
import { loadExtractions } from '../../ingest/load/loader.js';
import { validateExtraction } from '../../ingest/load/parse-extraction.js';
import { removeArticles } from '../../ingest/load/remove.js';
import { createApp } from '../../server/app.js';
import { generateCorpus } from '../generate/corpus.js';
import { CORPUS_SIZES, DEFAULT_SEED } from '../generate/sizes.js';
import { runClients, summarise } from '../http-clients.js';
import type { BenchContext } from '../types.js';

const CLIENTS = 50;
/** Articles ingested during the second phase (same actors as the loaded corpus, other article ids). */
const INGEST_ARTICLES = 2_000;

function* ingestCorpus(size: BenchContext['size']): Generator<Extraction> {
  const full = CORPUS_SIZES[size];
  const articles = Math.min(INGEST_ARTICLES, full.articles);
  const slice = { entities: full.entities, articles, stances: Math.round((full.stances / full.articles) * articles) };
  for (const e of generateCorpus({ seed: DEFAULT_SEED, size: slice, idPrefix: 'api-ingest' })) yield validateExtraction(e, 'api-ingest');
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  if (!ctx.db) throw new Error('the api suite needs the bench database');
  const db = ctx.db;
  const seconds = Number(process.env.STANCEGRAPH_BENCH_API_SECONDS ?? (ctx.size === 'small' ? 10 : 30));
  const app = createApp({ db, log: (line) => ctx.log(`api server: ${line}`) });
  const base = (await app.listen(0)).url.replace(/\/$/, '');
  try {
    const graph = (await (await fetch(`${base}/api/graph?limit=200`)).json()) as {
      graph: { nodes: { key: string; attributes: { label: string } }[] };
    };
    const nodes = graph.graph.nodes.slice(0, 100);
    if (nodes.length === 0) throw new Error('the bench database has no entities');
    const path = (i: number) => {
      const node = nodes[i % nodes.length]!;
      switch (i % 3) {
        case 0:
          return `/api/graph?limit=500&polarity=${['hostile', 'cooperative', 'neutral'][Math.floor(i / 3) % 3]}`;
        case 1:
          return `/api/entities/${encodeURIComponent(node.key)}`;
        default:
          return `/api/search?q=${encodeURIComponent(node.attributes.label.split(' ')[0]!)}`;
      }
    };

    // Warm-up: each kind of request once, so that query plans and the JIT are ready before timing.
    for (let i = 0; i < 9; i++) await (await fetch(`${base}${path(i)}`)).arrayBuffer();
    ctx.log(`api: ${CLIENTS} clients for ${seconds} s on ${base}`);
    const until = performance.now() + seconds * 1000;
    const alone = await runClients({ base, clients: CLIENTS, path, stop: () => performance.now() >= until });
    if (alone.firstError) ctx.log(`api: first error: ${alone.firstError}`);

    const corpus = [...ingestCorpus(ctx.size)];
    ctx.log(`api: the same clients while ${corpus.length} articles are ingested`);
    let loading = true;
    const reads = runClients({ base, clients: CLIENTS, path, stop: () => !loading });
    let ingest: Awaited<ReturnType<typeof loadExtractions>> | null = null;
    let ingestFailed = 0;
    try {
      ingest = await loadExtractions(db, corpus);
    } catch (error) {
      ingestFailed = 1;
      ctx.log(`api: ingest under load failed: ${(error as Error).message}`);
    } finally {
      loading = false;
    }
    const underIngest = await reads;
    if (underIngest.firstError) ctx.log(`api: first error under ingest: ${underIngest.firstError}`);
    await removeArticles(
      db,
      corpus.map((e) => e.article.id),
      [...new Set(corpus.flatMap((e) => e.actors.map((a) => a.id)))],
    );

    const idle = summarise(alone);
    const busy = summarise(underIngest);
    return {
      ...idle,
      under_ingest_p50_ms: busy.p50_ms!,
      under_ingest_p95_ms: busy.p95_ms!,
      under_ingest_p99_ms: busy.p99_ms!,
      under_ingest_errors: busy.errors!,
      under_ingest_requests: busy.requests!,
      under_ingest_vs_alone_p95: Math.round((busy.p95_ms! / Math.max(idle.p95_ms!, 0.1)) * 100) / 100,
      ingest_under_reads_stances_per_s: ingest ? Math.round(ingest.stances / ingest.seconds) : 0,
      ingest_under_reads_failed: ingestFailed,
    };
  } finally {
    await app.close();
  }
}
