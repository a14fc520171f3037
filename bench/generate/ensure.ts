/** The corpus file of a size, generated (deterministically) when missing: bench/out/<size>.jsonl. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchSize } from '../types.js';
import { CORPUS_SIZES, DEFAULT_SEED } from './sizes.js';
import { writeCorpusJsonl } from './write.js';

export const corpusPath = (size: BenchSize): string => fileURLToPath(new URL(`../out/${size}.jsonl`, import.meta.url));

export async function ensureCorpus(size: BenchSize, log: (s: string) => void): Promise<string> {
  const path = corpusPath(size);
  if (!existsSync(path)) {
    log(`generating the ${size} corpus (${CORPUS_SIZES[size].stances.toLocaleString('en-US')} stances) into ${path} ...`);
    await writeCorpusJsonl(path, { seed: DEFAULT_SEED, size: CORPUS_SIZES[size] });
  }
  return path;
}
