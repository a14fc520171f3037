/** The benchmark table (metric, value, target, verdict) and bench/results.json. */
import { writeFileSync } from 'node:fs';
import type { MachineInfo } from './machine.js';
import type { BenchSize } from './types.js';

export interface SuiteOutcome {
  name: string;
  ok: boolean;
  seconds: number;
  error?: string;
}
export interface Results {
  size: BenchSize;
  machine: MachineInfo;
  metrics: Record<string, number>;
  suites: SuiteOutcome[];
}

const ANCHORED = ['stances-of', 'stances-between', 'ego-network', 'article-claims', 'timeline', 'shortest-path'];
const WHOLE = ['country-level', 'most-active', 'contested-topics', 'stats'];

/** The targets as checks on the metrics: [label, pass?] (absent when a metric is missing). */
export function targetChecks(m: Record<string, number>, size: BenchSize): Record<string, string> {
  const out: Record<string, string> = {};
  const check = (key: string, text: string, ok: boolean) => {
    out[key] = `${ok ? 'ok' : 'MISSED'} (${text})`;
  };
  if (m['load.batched_stances_per_s'] !== undefined)
    check('load.batched_stances_per_s', '≥ 50,000/s', m['load.batched_stances_per_s'] >= 50_000);
  if (m['load.batched_vs_naive'] !== undefined) check('load.batched_vs_naive', '≥ 20×', m['load.batched_vs_naive'] >= 20);
  if (m['load.import_tool_vs_batched'] !== undefined) check('load.import_tool_vs_batched', '≤ 3×', m['load.import_tool_vs_batched'] <= 3);
  if (m['load.reingest_vs_first'] !== undefined) check('load.reingest_vs_first', '≥ 1×', m['load.reingest_vs_first'] >= 1);
  if (m['load.reingest_changed_nothing'] !== undefined)
    check('load.reingest_changed_nothing', '= 1', m['load.reingest_changed_nothing'] === 1);
  const floor = m['queries.floor.p95_ms'];
  const scope = size === 'large' ? '' : ` (target is for large)`;
  for (const name of ANCHORED) {
    const p95 = m[`queries.${name}.p95_ms`];
    if (p95 === undefined) continue;
    check(
      `queries.${name}.p95_ms`,
      `≤ 50 ms and ≤ 5× floor${scope}; ${floor ? (p95 / floor).toFixed(1) : '?'}× floor`,
      p95 <= 50 && (!floor || p95 <= 5 * floor),
    );
  }
  for (const name of WHOLE) {
    const p95 = m[`queries.${name}.p95_ms`];
    if (p95 !== undefined) check(`queries.${name}.p95_ms`, `≤ 500 ms${scope}`, p95 <= 500);
  }
  const ratio = m['extract.sentences_per_s'] && m['extract.tokenize_only_sentences_per_s'];
  if (m['extract.sentences_per_s'] !== undefined)
    check(
      'extract.sentences_per_s',
      `≥ 5,000/s and ≤ 4× the tokenizing floor; ${ratio ? (m['extract.tokenize_only_sentences_per_s']! / m['extract.sentences_per_s']).toFixed(1) : '?'}× floor`,
      m['extract.sentences_per_s'] >= 5_000 && (!ratio || m['extract.tokenize_only_sentences_per_s']! <= 4 * m['extract.sentences_per_s']),
    );
  if (m['viewer.first_render_ms'] !== undefined) check('viewer.first_render_ms', '≤ 2,000 ms', m['viewer.first_render_ms'] <= 2_000);
  if (m['viewer.max_long_task_ms'] !== undefined)
    check('viewer.max_long_task_ms', '≤ 50 ms while the layout runs', m['viewer.max_long_task_ms'] <= 50);
  for (const key of ['api.errors', 'api.under_ingest_errors', 'api.ingest_under_reads_failed'])
    if (m[key] !== undefined) check(key, '= 0', m[key] === 0);
  return out;
}

const format = (v: number) =>
  Number.isInteger(v) || Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toFixed(Math.abs(v) >= 10 ? 1 : 2);

export function table(results: Results): string {
  const checks = targetChecks(results.metrics, results.size);
  const rows = Object.entries(results.metrics).map(([k, v]) => [k, format(v), checks[k] ?? '']);
  const width = Math.max(...rows.map((r) => r[0]!.length), 6);
  const vwidth = Math.max(...rows.map((r) => r[1]!.length), 5);
  const lines = rows.map(([k, v, c]) => `${k!.padEnd(width)}  ${v!.padStart(vwidth)}  ${c}`);
  const failed = results.suites.filter((s) => !s.ok).map((s) => `suite ${s.name} FAILED: ${s.error}`);
  const m = results.machine;
  return [
    `stancegraph bench, size ${results.size}, ${m.date}, commit ${m.gitCommit ?? '?'}`,
    `machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}; Neo4j heap ${m.neo4jHeap ?? '?'}, page cache ${m.neo4jPagecache ?? '?'}`,
    '',
    `${'metric'.padEnd(width)}  ${'value'.padStart(vwidth)}  target`,
    ...lines,
    ...failed,
  ].join('\n');
}

export function writeResults(path: string, results: Results): void {
  writeFileSync(path, `${JSON.stringify({ ...results, targets: targetChecks(results.metrics, results.size) }, null, 2)}\n`);
}
