/** Everything the relation rules know about one sentence. */
import type { Mention } from '../actors/types.js';
import type { DepView } from '../parse/align.js';
import type { Token } from '../text/tokens.js';
import type { Clause } from './clauses.js';
import type { Scan } from './scan.js';

export interface Frame {
  toks: Token[];
  /** Word-class flags per token (lexicon/word-flags.ts). */
  flags: number[];
  mentions: Mention[];
  /** Token index -> index into mentions, or -1. */
  mentionAt: number[];
  sc: Scan;
  cl: Clause[];
  /** Topic noun phrases made into Topic mentions by the relation rules (relations/topics.ts). */
  topics?: Mention[];
  /** The dependency parse laid over the tokens (accurate mode), or undefined. */
  dep?: DepView;
  /** subjects() per cue position (relations/args.ts); cleared when the mentions change. */
  subjMemo?: Map<number, Mention[]>;
  /** The latest cueObjects() answer (relations/objects.ts); cleared with subjMemo. */
  objMemo?: { from: number; preps: string[]; out: Mention[] };
}

/** Plain arrays for the per-sentence tables: typed arrays over 64 bytes are allocated off-heap (slow). */
export function mentionIndex(n: number, mentions: Mention[]): number[] {
  const at: number[] = new Array(n);
  for (let i = 0; i < n; i++) at[i] = -1;
  mentions.forEach((m, k) => {
    for (let i = m.i; i < m.j; i++) at[i] = k;
  });
  return at;
}
