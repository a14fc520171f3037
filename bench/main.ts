/**
 * `npm run bench [-- --size small|medium|large] [--only load,queries]`: starts its own Neo4j (unless
 * NEO4J_URI is set), loads the synthetic corpus, runs the suites bench/suites/<name>.ts (load and
 * queries first, then any other suite file present), prints a table and writes bench/results.json.
 * A failing suite is reported and the others still run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { startBenchDb } from './db.js';
import { ensureCorpus } from './generate/ensure.js';
import { graphCounts } from './graph-counts.js';
import { machineInfo } from './machine.js';
import { type Results, type SuiteOutcome, table, writeResults } from './report.js';
import { BENCH_SIZES, type BenchContext, type BenchSize, type SuiteRun } from './types.js';
import { loadExtractions } from '../ingest/load/loader.js';
import { streamExtractionsJsonl } from '../ingest/stream-jsonl.js';

const SUITES_DIR = fileURLToPath(new URL('./suites/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const FIRST = ['load', 'queries'];

const program = new Command('bench')
  .option('--size <size>', `corpus size: ${BENCH_SIZES.join(', ')}`, 'small')
  .option('--only <names>', 'comma-separated suites to run (default: all present)')
  .option('--out <file>', 'results file', RESULTS)
  .parse();
const opts = program.opts<{ size: string; only?: string; out: string }>();
if (!(BENCH_SIZES as readonly string[]).includes(opts.size)) program.error(`--size must be one of ${BENCH_SIZES.join(', ')}`);
const size = opts.size as BenchSize;
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

const present = readdirSync(SUITES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
const ordered = [...FIRST.filter((n) => present.includes(n)), ...present.filter((n) => !FIRST.includes(n)).sort()];
const only = opts.only
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of only ?? [])
  if (!present.includes(name)) program.error(`no suite bench/suites/${name}.ts (present: ${present.join(', ')})`);
const selected = only ? ordered.filter((n) => only.includes(n)) : ordered;

const bench = await startBenchDb(size, log);
const metrics: Record<string, number> = {};
const suites: SuiteOutcome[] = [];
try {
  if (!selected.includes('load')) {
    const counts = await graphCounts(bench.db);
    if (counts.stances === 0) {
      log(`loading the ${size} corpus (load suite not selected, so not measured) ...`);
      await loadExtractions(bench.db, streamExtractionsJsonl(await ensureCorpus(size, log)));
    }
  }
  const ctx: BenchContext = { size, log, db: bench.db };
  for (const name of selected) {
    const started = performance.now();
    log(`suite ${name} ...`);
    try {
      const file = `${SUITES_DIR}${name}.ts`;
      if (!existsSync(file)) throw new Error(`${file} is missing`);
      const mod = (await import(pathToFileURL(file).href)) as { run?: SuiteRun };
      if (typeof mod.run !== 'function') throw new Error(`bench/suites/${name}.ts does not export run(ctx)`);
      const out = await mod.run(ctx);
      for (const [key, value] of Object.entries(out)) metrics[`${name}.${key}`] = value;
      suites.push({ name, ok: true, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      const message = (error as Error).message?.split('\n')[0] ?? String(error);
      log(`suite ${name} FAILED: ${message}`);
      suites.push({ name, ok: false, seconds: (performance.now() - started) / 1000, error: message });
    }
  }
  const counts = await graphCounts(bench.db);
  metrics['graph.stances'] = counts.stances;
  metrics['graph.entities'] = counts.entities;
  metrics['graph.articles'] = counts.articles;
} finally {
  await bench.stop();
}
const results: Results = { size, machine: machineInfo(bench), metrics, suites };
writeResults(opts.out, results);
process.stdout.write(`${table(results)}\n\nwritten to ${opts.out}\n`);
