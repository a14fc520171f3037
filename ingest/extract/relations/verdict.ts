/** Verdicts after a rejection: "dismissed Mugabe's victory as a grab for power" is criticism, not only opposition. */
import { EVALUATIVE } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import { clauseOf } from './clauses.js';
import type { Frame } from './frame.js';

/** "... as <evaluative word>" within the clause after the object (lexicon/word-flags.ts EVALUATIVE). */
export function verdictAfter(f: Frame, from: number): boolean {
  const c = f.cl[clauseOf(f.cl, from)];
  const end = Math.min(c ? c.end : f.toks.length, from + 14);
  for (let k = from; k < end; k++) {
    if ((f.toks[k] as Token).l !== 'as') continue;
    for (let e = k + 1; e < Math.min(f.toks.length, k + 6); e++) if (((f.flags[e] as number) & EVALUATIVE) !== 0) return true;
    return false;
  }
  return false;
}
