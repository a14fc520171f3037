/**
 * Arguments of a cue: its subject(s) to the left inside the clause (coordinated subjects included,
 * inherited across "and <verb>" / participles, antecedents of "who/which"), and its object(s) to the
 * right, introduced directly or by the cue's prepositions, with coordination ("X and Y", "such as").
 */
import type { Mention } from '../actors/types.js';
import { COORD, DETS, PREPS } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { clauseOf } from './clauses.js';
import type { Frame } from './frame.js';

const NESTED = new Set(['with', 'of', 'for', 'to', 'against', 'on', 'over', 'about', 'toward', 'towards', 'into']);
const LIST_MARKERS = /\b(?:such as|including|as well as|along with|together with|like)\b/;

/** The token before position i, skipping determiners. */
export function before(toks: Token[], i: number): number {
  let p = i - 1;
  while (p >= 0 && DETS.has((toks[p] as Token).l)) p--;
  return p;
}

export function inPP(f: Frame, m: Mention): boolean {
  const p = before(f.toks, m.i);
  if (p < 0) return false;
  const t = f.toks[p] as Token;
  // "for X to <verb>" makes X the subject of the infinitive.
  if (t.l === 'for' && f.toks[m.j]?.l === 'to') return false;
  // "which like France hold veto power": a comparison, not a subject.
  return PREPS.has(t.l) || t.l === 'like' || t.l === 'unlike';
}

export function subjects(f: Frame, at: number, depth = 0): Mention[] {
  const c = f.cl[clauseOf(f.cl, at)];
  if (!c) return [];
  const cands = f.mentions.filter(
    (m) =>
      m.i >= c.start &&
      m.j <= at &&
      m.actors.length > 0 &&
      !inPP(f, m) &&
      !m.poss &&
      m.kind !== 'place' &&
      f.toks[m.i - 1]?.t !== '-' &&
      f.toks[m.j]?.t !== '-',
  );
  if (cands.length === 0) {
    const ci = f.cl.indexOf(c);
    if (depth < 4 && ci > 0 && c.inherits) {
      // The subject of the previous clause's predicate, not its last name ("X denounced US aid and condemned ...").
      const prev = f.cl[ci - 1] as { start: number; end: number };
      let v = prev.start;
      while (v < prev.end && !f.sc.isVerb[v]) v++;
      return subjects(f, v < prev.end ? v : prev.end - 1, depth + 1);
    }
    if (c.opener === 'which' || c.opener === 'who') {
      const ante = f.mentions.filter((m) => m.j <= c.start - 1 && m.actors.length > 0);
      const last = ante[ante.length - 1];
      if (!last || last.j < c.start - 3) return [];
      // "China and Russia, which ...": the whole coordination is the antecedent.
      const out = [last];
      for (let k = ante.length - 2; k >= 0; k--) {
        const a = ante[k] as Mention;
        const gap = (out[0] as Mention).i - a.j;
        if (gap < 1 || gap > 2 || !f.toks.slice(a.j, (out[0] as Mention).i).every((t) => COORD.has(t.l))) break;
        out.unshift(a);
      }
      return out;
    }
    return [];
  }
  let k = cands.length - 1;
  const out = [cands[k] as Mention];
  while (k > 0) {
    const a = cands[k - 1] as Mention;
    const between = f.toks.slice(a.j, (cands[k] as Mention).i).map((t) => t.l);
    if (between.length > 0 && between.length <= 3 && between.every((w) => COORD.has(w) || w === 'as' || w === 'well')) {
      out.unshift(a);
      k--;
    } else break;
  }
  return out;
}

export interface ObjectOptions {
  preps: string[];
  /** Accept Topic mentions anywhere in the object region (DISCUSSED). */
  topicsAnywhere?: boolean;
  /** Stop before this token (the clause end by default). */
  limit?: number;
  /** Only contiguous coordination ("X and Y"), no lists introduced by "such as" / "as well as". */
  noLists?: boolean;
  /** The preposition that introduced the object region (nominal cues: "meetings with"). */
  lead?: string;
}

/** ", with", "and with", ", and with": the same preposition again, one more object. */
function repeatsPrep(between: string, prep: string): boolean {
  return (
    between === prep || between === `, ${prep}` || between === `and ${prep}` || between === `, and ${prep}` || between === `or ${prep}`
  );
}

export function objects(f: Frame, from: number, opts: ObjectOptions): Mention[] {
  const c = f.cl[clauseOf(f.cl, Math.max(0, from - 1))];
  const end = Math.min(opts.limit ?? Number.MAX_SAFE_INTEGER, c ? c.end : f.toks.length);
  const direct = opts.preps.includes('');
  const out: Mention[] = [];
  let prevM: Mention | null = null;
  let prevOk = false;
  // The preposition that introduced the first object ("with" in "with X, with Y and with Z").
  let lead: string | null = opts.lead ?? null;
  for (const m of f.mentions) {
    if (m.i < from || m.j > end || m.actors.length === 0) continue;
    // "Egypt's Muslim Brotherhood": the possessed actor, not its possessor, is the object.
    const last = out[out.length - 1];
    if (last && last === prevM && last.poss && last.kind !== 'pronoun' && last.kind !== 'we' && m.i === last.j + 1) {
      out[out.length - 1] = m;
      prevM = m;
      continue;
    }
    let newPredicate = false;
    for (let k = from; k < m.i; k++) if (f.sc.isVerb[k]) newPredicate = true;
    if (newPredicate) break;
    let ok = false;
    let p = before(f.toks, m.i);
    while (
      p >= from &&
      f.mentionAt[p] === -1 &&
      (isModifierWord(f.toks[p] as Token) || DETS.has((f.toks[p] as Token).l)) &&
      !f.sc.isVerb[p]
    )
      p--;
    const pt = f.toks[p];
    const between =
      prevM && m.i - prevM.j < 12
        ? f.toks
            .slice(prevM.j, m.i)
            .map((t) => t.l)
            .join(' ')
        : prevM
          ? '- - - - - - - - - - - -'
          : '';
    if (prevM && LIST_MARKERS.test(between)) ok = !opts.noLists && out.length > 0;
    else if (prevM && lead && repeatsPrep(between, lead)) ok = prevOk;
    else if (
      prevM &&
      between.length > 0 &&
      between.split(' ').length <= 4 &&
      /(?:^|\s)(?:and|or|,)(?:\s|$)/.test(between) &&
      !/\b(?:of|for|to|with|from|in|on)\b/.test(between)
    )
      ok = prevOk;
    else if (p < from) ok = direct && out.length === 0;
    else if (pt && PREPS.has(pt.l)) {
      if (opts.preps.includes(pt.l)) ok = out.length === 0 || p === from;
      else if (p > from && out.length === 0 && direct && NESTED.has(pt.l) && !PREPS.has((f.toks[p - 1] as Token).l)) ok = true;
    }
    if (!ok && opts.topicsAnywhere && m.actors[0]?.type === 'Topic') ok = true;
    // "our interests", "its influence": a possessive pronoun is not itself the object.
    if (ok && m.poss && (m.kind === 'pronoun' || m.kind === 'we')) ok = false;
    if (ok && out.length === 0 && !lead && pt && PREPS.has(pt.l)) lead = pt.l;
    if (ok) out.push(m);
    prevM = m;
    prevOk = ok;
  }
  return out;
}

/** Lower-case words that can sit between a modifier and its noun ("unwavering U.S. support"). */
export function isModifierWord(t: Token): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(t.t) && !PREPS.has(t.l) && !DETS.has(t.l) && !COORD.has(t.l) && t.l !== 'to' && t.l !== 'not';
}

/** The first actor of each "that"-clause from `at` on ("that NATO was ..., and that the US ..."). */
export function thatSubjects(f: Frame, at: number): Mention[] {
  const out: Mention[] = [];
  for (let k = at; k < f.toks.length; k++) {
    if ((f.toks[k] as Token).l !== 'that' || (k > at && f.toks[k - 1]?.l !== 'and')) continue;
    let p = k + 1;
    while (p < f.toks.length && DETS.has((f.toks[p] as Token).l)) p++;
    const mi = f.mentionAt[p] ?? -1;
    if (mi >= 0 && !(f.mentions[mi] as Mention).poss) out.push(f.mentions[mi] as Mention);
  }
  return out;
}
