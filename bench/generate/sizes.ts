/** How big each benchmark corpus is. Stances per article average stances / articles. */
import type { BenchSize } from '../types.js';

export interface CorpusSize {
  stances: number;
  entities: number;
  articles: number;
}

export const CORPUS_SIZES: Record<BenchSize, CorpusSize> = {
  small: { stances: 10_000, entities: 2_000, articles: 1_000 },
  medium: { stances: 100_000, entities: 10_000, articles: 10_000 },
  large: { stances: 1_000_000, entities: 50_000, articles: 100_000 },
};

export const DEFAULT_SEED = 20240426;
