/**
 * Arguments of a cue: its subject(s) to the left inside the clause (coordinated subjects included,
 * inherited across "and <verb>" / participles, antecedents of "who/which"), and its object(s) to the
 * right, introduced directly or by the cue's prepositions, with coordination ("X and Y", "such as").
 */
import { isActNoun } from '../actors/acts.js';
import type { Mention } from '../actors/types.js';
import { AUX, CHAIN, COORD, DETS, PREPS, SUBORD } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { type Clause, clauseOf } from './clauses.js';
import type { Frame } from './frame.js';

const NESTED = new Set(['with', 'of', 'for', 'to', 'against', 'on', 'over', 'about', 'toward', 'towards', 'into']);

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
  // "the nuclear test by North Korea (was condemned)": the by-agent of an act noun is its doer.
  if (t.l === 'by' && isActNoun(f.toks[p - 1]?.l ?? '') && !f.sc.isVerb[p - 1]) return false;
  // "since Russia invaded Ukraine", "after Britain expelled ...": a subordinator opening a clause.
  if (SUBORD.has(t.l) && f.cl.some((c) => c.start === p + 1 && c.opener === t.l)) return false;
  // "which like France hold veto power": a comparison, not a subject.
  return PREPS.has(t.l) || t.l === 'like' || t.l === 'unlike';
}

/**
 * "Pelosi, the most senior U.S. official to visit Taiwan, met Tsai", "Blinken, speaking in Phnom
 * Penh, condemned ...": the subject before an apposition or participle phrase set off by commas.
 */
function appositiveSubject(f: Frame, at: number): Mention[] | null {
  let p = at - 1;
  while (p > 0 && (CHAIN.has((f.toks[p] as Token).l) || AUX.has((f.toks[p] as Token).l))) p--;
  if (f.toks[p]?.t !== ',') return null;
  for (let q = p - 2; q > 0 && q > p - 30; q--) {
    const t = f.toks[q] as Token;
    if (t.t === ';' || t.t === ':' || t.l === 'said' || t.l === 'says') return null;
    if (t.t !== ',') continue;
    const mi = f.mentionAt[q - 1] ?? -1;
    if (mi < 0) continue;
    const m = f.mentions[mi] as Mention;
    if (m.j !== q || m.poss || m.actors.length === 0 || m.kind === 'place' || inPP(f, m)) return null;
    // "China and Russia, which like France hold veto power, called for ...": the whole coordination.
    const out = [m];
    for (let n = mi - 1; n >= 0; n--) {
      const a = f.mentions[n] as Mention;
      const gap = f.toks.slice(a.j, (out[0] as Mention).i).map((t) => t.l);
      if (a.actors.length === 0 || gap.length === 0 || gap.length > 2 || !gap.every((w) => COORD.has(w))) break;
      out.unshift(a);
    }
    return out;
  }
  return null;
}

export function subjects(f: Frame, at: number, depth = 0): Mention[] {
  if (depth > 0) return findSubjects(f, at, depth);
  const memo = f.subjMemo ?? new Map<number, Mention[]>();
  f.subjMemo = memo;
  let hit = memo.get(at);
  if (hit === undefined) {
    hit = findSubjects(f, at, 0);
    memo.set(at, hit);
  }
  return hit;
}

function findSubjects(f: Frame, at: number, depth: number, clause?: Clause): Mention[] {
  const c = clause ?? f.cl[clauseOf(f.cl, at)];
  if (!c) return [];
  const appos = depth === 0 && f.sc.isVerb[at] ? appositiveSubject(f, at) : null;
  if (appos) return appos;
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
      let prev = f.cl[ci - 1] as Clause;
      let v = prev.start;
      while (v < prev.end && !f.sc.isVerb[v]) v++;
      // "Peskov said Russia had nothing to do with it and called on ...": the speaker, not the
      // subject of a reported clause without a cue, goes on with "and called on".
      for (let back = ci - 2; v >= prev.end && (prev.opener === 'said' || prev.opener === 'that') && back >= 0; back--) {
        prev = f.cl[back] as Clause;
        v = prev.start;
        while (v < prev.end && !f.sc.isVerb[v]) v++;
      }
      // A clause without a predicate ("Secretary of State Antony Blinken, speaking ..."): its last actor.
      return v < prev.end ? subjects(f, v, depth + 1) : findSubjects(f, prev.end, depth + 1, prev);
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
    if (
      between.length > 0 &&
      between.length <= 3 &&
      between.some((w) => COORD.has(w)) &&
      between.every((w) => COORD.has(w) || w === 'as' || w === 'well' || w === 'the')
    ) {
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
function repeatsPrep(gap: string[], prep: string): boolean {
  if (gap[gap.length - 1] !== prep) return false;
  if (gap.length === 1) return true;
  if (gap.length === 2) return gap[0] === ',' || gap[0] === 'and' || gap[0] === 'or';
  return gap.length === 3 && gap[0] === ',' && gap[1] === 'and';
}

const NOT_COORD = new Set(['of', 'for', 'to', 'with', 'from', 'in', 'on']);

function wordsBetween(toks: Token[], i: number, j: number): string[] {
  const out: string[] = [];
  for (let k = i; k < j; k++) out.push((toks[k] as Token).l);
  return out;
}

/** "such as", "including", "as well as", "along with", "together with", "like". */
function isListMarker(gap: string[]): boolean {
  for (let k = 0; k < gap.length; k++) {
    const w = gap[k];
    const nx = gap[k + 1];
    if (w === 'including' || w === 'like') return true;
    if ((w === 'such' && nx === 'as') || ((w === 'along' || w === 'together') && nx === 'with')) return true;
    if (w === 'as' && nx === 'well' && gap[k + 2] === 'as') return true;
  }
  return false;
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
      (isModifierWord(f.toks[p] as Token) || DETS.has((f.toks[p] as Token).l) || isQuantity(f.toks, p)) &&
      !f.sc.isVerb[p]
    )
      p--;
    const pt = f.toks[p];
    // The words between the previous actor and this one (none when far apart).
    const gap = prevM && m.i - prevM.j < 12 ? wordsBetween(f.toks, prevM.j, m.i) : null;
    if (gap && isListMarker(gap)) ok = !opts.noLists && out.length > 0;
    else if (gap && lead && repeatsPrep(gap, lead)) ok = prevOk;
    else if (
      gap &&
      gap.length > 0 &&
      gap.length <= 4 &&
      gap.some((w) => w === 'and' || w === 'or' || w === ',') &&
      !gap.some((w) => NOT_COORD.has(w))
    )
      ok = prevOk;
    else if (p < from) ok = direct && out.length === 0;
    else if (pt && PREPS.has(pt.l)) {
      if (opts.preps.includes(pt.l)) ok = out.length === 0 || p === from;
      // "welcomed the decision by Israel to ...": the doer of the act is the object.
      else if (pt.l === 'by' && direct && out.length === 0 && isActNoun(f.toks[p - 1]?.l ?? '') && p - 1 >= from) ok = true;
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

const QUANTITY_NOUNS = new Set(
  'number numbers dozens hundreds thousands scores millions group handful couple pair batch planeloads planeload tons tonnes shipment shipments consignment members staff most some several all many each one two three four five six seven eight nine ten'.split(
    ' ',
  ),
);

/** Numbers and quantity phrases inside an object: "expelled 23 Russian diplomats", "the same number of British diplomats". */
function isQuantity(toks: Token[], p: number): boolean {
  const t = toks[p] as Token;
  if (/^[\d$.,%]+$/.test(t.t) || t.l === 'million' || t.l === 'billion' || t.l === 'same') return true;
  return t.l === 'of' && QUANTITY_NOUNS.has(toks[p - 1]?.l ?? '');
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
