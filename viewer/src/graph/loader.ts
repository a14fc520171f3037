/**
 * The graph of each level, fetched once in the compact contract. The page's first fetch starts in
 * boot.ts, before the viewer's code has loaded, so the download overlaps loading it and building the
 * panels; a failed fetch is forgotten so the next call retries.
 */
import type { CompactGraphPayload, Level } from '../../../core/graph-contract.js';
import { api } from '../api/client.js';

export class GraphLoader {
  private readonly payloads = new Map<Level, Promise<CompactGraphPayload>>();

  constructor(private readonly limit: number) {}

  get(level: Level): Promise<CompactGraphPayload> {
    const known = this.payloads.get(level);
    if (known) return known;
    const start = performance.now();
    const payload = api.graph(new URLSearchParams({ level, limit: String(this.limit) })).then((p) => {
      performance.measure('stancegraph:fetch', { start, end: performance.now() });
      return p;
    });
    this.payloads.set(level, payload);
    payload.catch(() => this.payloads.delete(level));
    return payload;
  }
}

let page: GraphLoader | null = null;

/** The page's loader (one per page; `limit` from the URL, 20,000 by default). */
export function pageGraphs(): GraphLoader {
  page ??= new GraphLoader(Number(new URLSearchParams(location.search).get('limit') ?? 20_000) || 20_000);
  return page;
}
