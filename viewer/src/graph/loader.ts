/**
 * The graph of each level, fetched once in the compact contract. The first fetch starts before the
 * page's panels are built (main.ts), so the download overlaps their set-up; a failed fetch is forgotten
 * so the next call retries.
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
