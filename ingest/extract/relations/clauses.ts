/**
 * Clause boundaries inside a sentence, without a parser: punctuation (; : — parentheses),
 * subordinators (because, although, while, if, as ...), relative pronouns (who, which), "but", and
 * "and"/"," before a new predicate ("met X and reiterated support", ", stressing ..."). A clause that
 * starts with such a predicate inherits the subject of the clause before it.
 */
import { SUBORD } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import type { Scan } from './scan.js';

export interface Clause {
  start: number;
  end: number;
  /** The word that opened the clause ("if", "which", "and", ...), or "" for the first clause. */
  opener: string;
  /** The clause continues the predicate chain of the previous one (VP coordination, participle). */
  inherits: boolean;
}

const AUX_CHAIN = new Set(['has', 'had', 'have', 'was', 'were', 'is', 'are', 'been', 'be', 'being', 'will', 'would', 'did', 'not']);
const HARD = new Set([';', ':', '—', '–', '(', ')']);

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
  const speechEnd = new Uint8Array(toks.length + 1);
  const speechAt = new Uint8Array(toks.length + 1);
  for (const h of sc.speech) {
    speechEnd[h.j] = 1;
    speechAt[h.i] = 1;
  }
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    const prev = toks[i - 1] as Token;
    const next = toks[i + 1];
    // "wrote to X to condemn Y": the addressee, not the content, follows the speech verb.
    if (speechEnd[i] === 1 && t.t !== ',' && t.t !== '.' && t.l !== 'to') {
      cut(st, i, 'said', false, t.l === 'that' ? 1 : 0);
      continue;
    }
    if (t.t === ',') {
      // Post-posed attribution: "..., Blinken said" / "..., said X".
      let k = i + 1;
      while (k < toks.length && k <= i + 8 && !sc.isVerb[k]) k++;
      if (speechAt[k] === 1) {
        cut(st, i, ',said', false, 1);
        continue;
      }
    }
    if (HARD.has(t.t)) {
      cut(st, i, t.t, false, 1);
      continue;
    }
    if (t.l === 'but' || t.l === 'that' || t.l === 'which' || t.l === 'who' || t.l === 'whom' || t.l === 'where' || t.l === 'nor') {
      cut(st, i, t.l, false, 1);
      continue;
    }
    if (SUBORD.has(t.l)) {
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
      if (
        (t.l === 'after' || t.l === 'before' || t.l === 'since' || t.l === 'until') &&
        next &&
        !/^(?:the|he|she|they|it|we|[A-Z])/.test(next.t)
      )
        continue;
      cut(st, i, t.l, false, 1);
      continue;
    }
    if ((t.l === 'and' || t.t === ',') && next) {
      // A new predicate follows: "and reiterated", ", stressing", "and also urged".
      let k = i + 1;
      // Adverbs and auxiliaries: "and also urged", "and had been accused by".
      while (
        k < toks.length &&
        k < i + 5 &&
        (/ly$|^also$|^then$|^later$/.test((toks[k] as Token).l) || AUX_CHAIN.has((toks[k] as Token).l))
      )
        k++;
      const nk = toks[k];
      if (nk && sc.isVerb[k] && (t.l === 'and' || /ing$/.test(nk.l))) cut(st, i, t.l, true, 1);
      else if (nk && t.t === ',' && /ing$/.test(nk.l) && /^\p{Ll}/u.test(nk.t)) cut(st, i, ',', true, 1);
    }
  }
  cut(st, toks.length, '', false, 0);
  return st.out;
}

export function clauseOf(cl: Clause[], i: number): number {
  for (let c = 0; c < cl.length; c++) if (i >= (cl[c] as Clause).start && i < (cl[c] as Clause).end) return c;
  return cl.length - 1;
}
