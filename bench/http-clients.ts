/**
 * Concurrent HTTP clients for load tests: each client requests its next path as soon as the previous
 * answer is read, until `stop()` says so. Counts as an error every network failure and every status
 * the caller does not accept (default: anything but 2xx), keeping the first one for the report.
 */
import { percentile } from './queries/time.js';

export interface ClientsOptions {
  base: string;
  clients: number;
  /** The path of the i-th request (i runs over all clients). */
  path: (i: number) => string;
  stop: () => boolean;
  accept?: (status: number, path: string) => boolean;
}

export interface ClientsResult {
  /** Milliseconds, sorted ascending. */
  latencies: number[];
  errors: number;
  firstError: string | null;
  seconds: number;
}

export async function runClients(options: ClientsOptions): Promise<ClientsResult> {
  const accept = options.accept ?? ((status: number) => status >= 200 && status < 300);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const fail = (message: string) => {
    errors++;
    firstError ??= message;
  };
  const client = async (id: number) => {
    for (let i = id; !options.stop(); i += options.clients) {
      const path = options.path(i);
      const started = performance.now();
      try {
        const res = await fetch(`${options.base}${path}`);
        const body = await res.text();
        if (!accept(res.status, path)) fail(`${path}: HTTP ${res.status} ${body.slice(0, 200)}`);
      } catch (error) {
        fail(`${path}: ${(error as Error).message}`);
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.clients }, (_, id) => client(id)));
  latencies.sort((a, b) => a - b);
  return { latencies, errors, firstError, seconds: (performance.now() - started) / 1000 };
}

/** p50/p95/p99 (ms, one decimal), error count and throughput of a run. */
export function summarise(result: ClientsResult): Record<string, number> {
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    p50_ms: round(percentile(result.latencies, 50)),
    p95_ms: round(percentile(result.latencies, 95)),
    p99_ms: round(percentile(result.latencies, 99)),
    errors: result.errors,
    requests: result.latencies.length,
    requests_per_s: Math.round(result.latencies.length / result.seconds),
  };
}
