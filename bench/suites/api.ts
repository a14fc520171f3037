/**
 * A bounded load test of the read-only API on loopback: 50 concurrent clients for 30 s (10 s at size
 * small; STANCEGRAPH_BENCH_API_SECONDS overrides) on /api/graph, /api/entities/:id and /api/search.
 */
import type { BenchContext } from '../types.js';
import { createApp } from '../../server/app.js';

const CLIENTS = 50;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  if (!ctx.db) throw new Error('the api suite needs the bench database');
  const seconds = Number(process.env.STANCEGRAPH_BENCH_API_SECONDS ?? (ctx.size === 'small' ? 10 : 30));
  const app = createApp({ db: ctx.db });
  const base = (await app.listen(0)).url.replace(/\/$/, '');
  try {
    const graph = (await (await fetch(`${base}/api/graph?limit=200`)).json()) as {
      graph: { nodes: { key: string; attributes: { label: string } }[] };
    };
    const nodes = graph.graph.nodes.slice(0, 100);
    if (nodes.length === 0) throw new Error('the bench database has no entities');
    const paths = (i: number) => {
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
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + seconds * 1000;
    ctx.log(`api: ${CLIENTS} clients for ${seconds} s on ${base}`);
    const client = async (id: number) => {
      let i = id;
      while (performance.now() < until) {
        const started = performance.now();
        try {
          const res = await fetch(`${base}${paths(i)}`);
          await res.arrayBuffer();
          if (!res.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
        i += CLIENTS;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95_ms: Math.round(percentile(latencies, 95) * 10) / 10,
      p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
      errors,
      requests_per_s: Math.round(latencies.length / elapsed),
    };
  } finally {
    await app.close();
  }
}
