/**
 * Clause boundaries inside a sentence, without a parser: punctuation (; : — parentheses),
 * subordinators (because, although, while, if, as ...), relative pronouns (who, which), "but", and
 * "and"/"," before a new predicate ("met X and reiterated support", ", stressing ..."). A clause that
 * starts with such a predicate inherits the subject of the clause before it.
 */
import { CLAUSE_WORD, HARD_PUNCT, SUBORDINATOR, tokenFlags } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import type { Scan } from './scan.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const CLAUSE_OPENER_START = /^(?:the|he|she|they|it|we|[A-Z])/;
const ADVERB_LIKE = /ly$|^also$|^then$|^later$/;
const ING_END = /ing$/;
const LOWER_START = /^\p{Ll}/u;
/** "-ing" words that are prepositions, not participles: ", including X" continues the phrase. */
const ING_PREPOSITIONS = new Set(['including', 'according', 'regarding', 'concerning', 'excluding', 'following', 'notwithstanding']);

export interface Clause {
  start: number;
  end: number;
  /** The word that opened the clause ("if", "which", "and", ...), or "" for the first clause. */
  opener: string;
  /** The clause continues the predicate chain of the previous one (VP coordination, participle). */
  inherits: boolean;
}

const AUX_CHAIN = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'been', 'be', 'being', 'will', 'would', 'did', 'not']);

/** Does a speech verb end (h.j) or start (h.i) at token k? The hits are few: a scan, no table. */
function speechEndsAt(sc: Scan, k: number): boolean {
  for (const h of sc.speech) if (h.j === k) return true;
  return false;
}
function speechStartsAt(sc: Scan, k: number): boolean {
  for (const h of sc.speech) if (h.i === k) return true;
  return false;
}

interface Cutter {
  out: Clause[];
  start: number;
  opener: string;
  inherits: boolean;
}

function cut(st: Cutter, at: number, nextOpener: string, nextInherits: boolean, skip: number): void {
  if (at > st.start) st.out.push({ start: st.start, end: at, opener: st.opener, inherits: st.inherits });
  st.start = at + skip;
  st.opener = nextOpener;
  st.inherits = nextInherits;
}

export function clauses(toks: Token[], sc: Scan): Clause[] {
  const st: Cutter = { out: [], start: 0, opener: '', inherits: false };
  const flags = tokenFlags(toks);
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    const fl = flags[i] as number;
    const prev = toks[i - 1] as Token;
    const next = toks[i + 1];
    // "wrote to X to condemn Y": the addressee, not the content, follows the speech verb.
    if (speechEndsAt(sc, i) && t.t !== ',' && t.t !== '.' && t.l !== 'to') {
      cut(st, i, 'said', false, t.l === 'that' ? 1 : 0);
      continue;
    }
    if (t.t === ',' && sc.speech.length > 0) {
      // Post-posed attribution: "..., Blinken said" / "..., said X" (only with a speech verb).
      let k = i + 1;
      while (k < toks.length && k <= i + 8 && !sc.isVerb[k]) k++;
      if (speechStartsAt(sc, k)) {
        cut(st, i, ',said', false, 1);
        continue;
      }
    }
    // Hard punctuation: ; : — – ( ).
    if ((fl & HARD_PUNCT) !== 0) {
      cut(st, i, t.t, false, 1);
      continue;
    }
    // but, that, which, who, whom, where, nor.
    if ((fl & CLAUSE_WORD) !== 0) {
      cut(st, i, t.l, false, 1);
      continue;
    }
    if ((fl & SUBORDINATOR) !== 0) {
      if (
        t.l === 'as' &&
        (prev.l === 'well' ||
          prev.l === 'such' ||
          prev.l === 'as' ||
          next?.l === 'well' ||
          next?.l === 'a' ||
          next?.l === 'an' ||
          next?.l === 'part')
      )
        continue;
      if ((t.l === 'after' || t.l === 'before' || t.l === 'since' || t.l === 'until') && next && !CLAUSE_OPENER_START.test(next.t))
        continue;
      cut(st, i, t.l, false, 1);
      continue;
    }
    if ((t.l === 'and' || t.t === ',') && next) {
      // A new predicate follows: "and reiterated", ", stressing", "and also urged".
      let k = i + 1;
      // Adverbs and auxiliaries: "and also urged", "and had been accused by".
      while (k < toks.length && k < i + 5 && (ADVERB_LIKE.test((toks[k] as Token).l) || AUX_CHAIN.has((toks[k] as Token).l))) k++;
      const nk = toks[k];
      if (nk && sc.isVerb[k] && (t.l === 'and' || ING_END.test(nk.l))) cut(st, i, t.l, true, 1);
      else if (nk && t.t === ',' && ING_END.test(nk.l) && LOWER_START.test(nk.t) && !ING_PREPOSITIONS.has(nk.l)) cut(st, i, ',', true, 1);
    }
  }
  cut(st, toks.length, '', false, 0);
  return st.out;
}

export function clauseOf(cl: Clause[], i: number): number {
  for (let c = 0; c < cl.length; c++) if (i >= (cl[c] as Clause).start && i < (cl[c] as Clause).end) return c;
  return cl.length - 1;
}
