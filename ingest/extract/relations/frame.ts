/** Everything the relation rules know about one sentence. */
import type { Mention } from '../actors/types.js';
import type { Token } from '../text/tokens.js';
import type { Clause } from './clauses.js';
import type { Scan } from './scan.js';

export interface Frame {
  toks: Token[];
  mentions: Mention[];
  /** Token index -> index into mentions, or -1. */
  mentionAt: Int16Array;
  sc: Scan;
  cl: Clause[];
  /** Topic noun phrases made into Topic mentions by the relation rules (relations/topics.ts). */
  topics?: Mention[];
  /** subjects() per cue position (relations/args.ts); cleared when the mentions change. */
  subjMemo?: Map<number, Mention[]>;
}

export function mentionIndex(n: number, mentions: Mention[]): Int16Array {
  const at = new Int16Array(n).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.i; i < m.j; i++) at[i] = k;
  });
  return at;
}
