/**
 * The contract between `npm run bench` (bench/main.ts) and its suites (bench/suites/<name>.ts).
 * A suite exports `async function run(ctx: BenchContext): Promise<Record<string, number>>`; the keys
 * it returns are metric names without the suite prefix, e.g. { sentences_per_s: 1234 } from the
 * `extract` suite becomes `extract.sentences_per_s` in bench/results.json.
 */
import type { Db } from '../db/connection.js';

export type BenchSize = 'small' | 'medium' | 'large';
export const BENCH_SIZES: readonly BenchSize[] = ['small', 'medium', 'large'];

export interface BenchContext {
  size: BenchSize;
  /** One progress line (goes to stderr). */
  log: (s: string) => void;
  /** The benchmark's database, loaded with the synthetic corpus of `size` (absent if it could not start). */
  db?: Db;
}

export type SuiteRun = (ctx: BenchContext) => Promise<Record<string, number>>;
