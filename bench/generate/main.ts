/**
 * `node bin/run.mjs bench/generate/main.ts --size large --out bench/out/large.jsonl [--seed N]`:
 * writes the synthetic corpus as Extraction JSONL, streaming (respects back-pressure).
 */
import { Command } from 'commander';
import { BENCH_SIZES, type BenchSize } from '../types.js';
import { CORPUS_SIZES, DEFAULT_SEED } from './sizes.js';
import { writeCorpusJsonl } from './write.js';

const program = new Command('bench-generate')
  .option('--size <size>', `corpus size: ${BENCH_SIZES.join(', ')}`, 'small')
  .option('--out <file>', 'output JSONL file (default bench/out/<size>.jsonl)')
  .option('--seed <n>', 'random seed', String(DEFAULT_SEED))
  .parse();
const opts = program.opts<{ size: string; out?: string; seed: string }>();
if (!(BENCH_SIZES as readonly string[]).includes(opts.size)) program.error(`--size must be one of ${BENCH_SIZES.join(', ')}`);
const size = opts.size as BenchSize;
const out = opts.out ?? `bench/out/${size}.jsonl`;
const started = performance.now();
const written = await writeCorpusJsonl(out, { seed: Number(opts.seed), size: CORPUS_SIZES[size] });
process.stderr.write(
  `wrote ${written.articles} articles, ${written.stances} stances to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
