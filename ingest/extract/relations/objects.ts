/**
 * Objects of a cue: the actors to its right, introduced directly or by the cue's prepositions, with
 * coordination ("X and Y", "with X, with Y"), lists ("such as", "including"), modifiers and
 * quantities before the noun ("unwavering U.S. support", "23 Russian diplomats"); the doer of an act
 * noun ("the decision by Israel"); nested complements ("cooperation with X").
 */
import { isActNoun, isHostileActNoun } from '../actors/acts.js';
import type { Mention } from '../actors/types.js';
import { COORD, DETS, PREPS } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { clauseOf } from './clauses.js';
import type { Frame } from './frame.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const NUMBER_LIKE = /^[\d$.,%]+$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

const NESTED = new Set(['with', 'of', 'for', 'to', 'against', 'on', 'over', 'about', 'toward', 'towards', 'into']);

/** The token before position i, skipping determiners. */
export function before(toks: Token[], i: number): number {
  let p = i - 1;
  while (p >= 0 && DETS.has((toks[p] as Token).l)) p--;
  return p;
}

/**
 * The actor named right after the word at k: the mention at `from`, after determiners up to `last`
 * ("ordered the U.S. ambassador out", "hoped that the United States can"), when it is not a possessive.
 */
export function namedAfter(f: Frame, k: number, from: number, last: number): Mention | null {
  let p = from;
  while (p < f.toks.length && p <= last && DETS.has((f.toks[p] as Token).l)) p++;
  const mi = f.mentionAt[p] ?? -1;
  const m = mi >= 0 ? (f.mentions[mi] as Mention) : null;
  return m && m.i > k && m.actors.length > 0 && !m.poss ? m : null;
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

/** The gap between two actors: tokens [from, to) (read in place, no word array is built). */
const wordAt = (toks: Token[], k: number, to: number): string | undefined => (k < to ? (toks[k] as Token).l : undefined);

/** ", with", "and with", ", and with": the same preposition again, one more object. */
function repeatsPrep(toks: Token[], from: number, to: number, prep: string): boolean {
  const n = to - from;
  if (n <= 0 || (toks[to - 1] as Token).l !== prep) return false;
  if (n === 1) return true;
  const w0 = (toks[from] as Token).l;
  if (n === 2) return w0 === ',' || w0 === 'and' || w0 === 'or';
  return n === 3 && w0 === ',' && (toks[from + 1] as Token).l === 'and';
}

/** 1-4 words, at least one of them and/or/comma, none a preposition of NOT_COORD. */
function coordinationGap(toks: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || n > 4) return false;
  let coord = false;
  for (let k = from; k < to; k++) {
    const w = (toks[k] as Token).l;
    if (NOT_COORD.has(w)) return false;
    if (w === 'and' || w === 'or' || w === ',') coord = true;
    // "visited Australia last week, and the former vice president": a time adjunct ends the list.
    else if (TIME_WORDS.has(w)) return false;
  }
  return coord;
}

const TIME_WORDS = new Set(['last', 'next', 'week', 'month', 'year', 'yesterday', 'today', 'tomorrow', 'ago', 'earlier', 'weekend']);

const NOT_COORD = new Set(['of', 'for', 'to', 'with', 'from', 'in', 'on']);

/** "such as", "including", "as well as", "along with", "together with", "like". */
function isListMarker(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (toks[k] as Token).l;
    const nx = wordAt(toks, k + 1, to);
    if (w === 'including' || w === 'like' || w === 'notably' || w === 'namely') return true;
    if (w === 'among' && (nx === 'them' || nx === 'whom')) return true;
    if ((w === 'such' && nx === 'as') || ((w === 'along' || w === 'together') && nx === 'with')) return true;
    if (w === 'as' && nx === 'well' && wordAt(toks, k + 2, to) === 'as') return true;
  }
  return false;
}

/**
 * The objects of a verb cue by its own prepositions (no other option), remembered for the frame's
 * latest cue: the salience pass (index.ts) and the cue's relation rule ask the same question.
 */
export function cueObjects(f: Frame, from: number, preps: string[]): Mention[] {
  const memo = f.objMemo;
  if (memo !== undefined && memo.from === from && memo.preps === preps) return memo.out;
  const out = objects(f, from, { preps });
  f.objMemo = { from, preps, out };
  return out;
}

export function objects(f: Frame, at: number, opts: ObjectOptions): Mention[] {
  // "denounced what he called a U.S.-backed coup": the object follows the free relative's verb.
  const from = f.toks[at]?.l === 'what' ? afterFreeRelative(f, at) : at;
  const c = f.cl[clauseOf(f.cl, Math.max(0, from - 1))];
  const end = Math.min(opts.limit ?? Number.MAX_SAFE_INTEGER, c ? c.end : f.toks.length);
  const direct = opts.preps.includes('');
  const out: Mention[] = [];
  let prevM: Mention | null = null;
  let prevOk = false;
  // Tokens [from, scanned) have been checked for predicates; the first one found is predicateAt.
  let scanned = from;
  let predicateAt = -1;
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
    // A predicate between the cue and this mention ends the object region.
    if (m.i > scanned) {
      for (let k = scanned; k < m.i && predicateAt < 0; k++) if (f.sc.isVerb[k]) predicateAt = k;
      scanned = m.i;
    }
    if (predicateAt >= 0 && predicateAt < m.i) break;
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
    // The words between the previous actor and this one, tokens [g, m.i) (none when far apart).
    const gap = prevM !== null && m.i - prevM.j < 12;
    const g = prevM ? prevM.j : 0;
    // "talks with its partners, including X", "members of his Cabinet, among them X": the list names the objects.
    // (Right after the preposition too: "a meeting with senior ministers, among them X".)
    // "at Pakistan, Iran's eastern neighbour": an appositive possessor describes the object, it is none.
    if (gap && m.poss && m.i - g === 1 && f.toks[g]?.t === ',' && prevOk && f.toks[m.j]?.cap === false) {
      prevM = m;
      continue;
    }
    const listGap = gap || (prevM === null && opts.lead !== undefined && m.i - from < 12);
    if (listGap && isListMarker(f.toks, prevM ? g : from, m.i))
      ok = !opts.noLists && (out.length > 0 || (opts.lead !== undefined && (prevM === null || prevM.poss)));
    else if (gap && lead && repeatsPrep(f.toks, g, m.i, lead)) ok = prevOk;
    else if (gap && coordinationGap(f.toks, g, m.i)) {
      // "... against Fiji, and New Zealand warned ...": the subject of a new clause ends the objects.
      if (prevOk && f.sc.isVerb[m.j] === 1) break;
      ok = prevOk;
    } else if (p < from) ok = direct && out.length === 0;
    else if (pt && PREPS.has(pt.l)) {
      if (opts.preps.includes(pt.l)) ok = out.length === 0 || p === from;
      // "welcomed the decision by Israel to ...": the doer of the act is the object.
      else if (pt.l === 'by' && direct && out.length === 0 && actNounBefore(f, p, from)) ok = true;
      // "cooperation with X" right after the cue, not "met for three hours on the sidelines of the G20 summit".
      else if (
        p > from &&
        out.length === 0 &&
        direct &&
        NESTED.has(pt.l) &&
        !PREPS.has((f.toks[p - 1] as Token).l) &&
        // "condemned the attack on Ukraine": the victim of a hostile act is not the one condemned.
        !(pt.l !== 'with' && victimComplement(f.toks, p)) &&
        !adjunctFirst(f.toks, from, p, opts.preps)
      )
        ok = true;
    }
    if (!ok && opts.topicsAnywhere && m.actors[0]?.type === 'Topic') ok = true;
    // "our interests", "its influence": a possessive pronoun is not itself the object.
    if (ok && m.poss && (m.kind === 'pronoun' || m.kind === 'we')) ok = false;
    if (ok && out.length === 0 && !lead && pt && PREPS.has(pt.l)) lead = pt.l;
    if (ok) out.push(m);
    // "X, the president of the Commission, and Y": the complement of an apposition keeps the list going.
    prevOk = ok || (prevOk && pt?.l === 'of' && prevM !== null && f.toks[prevM.j]?.t !== ',' && isAppositionOf(f, prevM));
    prevM = m;
  }
  return out;
}

/**
 * An act noun ends right before the "by" at p: "the decision by Israel", or "the removal of the
 * memorial in Tallinn by Estonia", "the crackdown on protesters by Belarus" (its complement between).
 */
const OF_LIKE = new Set(['of', 'on', 'against', 'to', 'in']);
function actNounBefore(f: Frame, p: number, from: number): boolean {
  if (p - 1 >= from && isActNoun(f.toks[p - 1]?.l ?? '')) return true;
  for (let k = p - 1; k > from && k >= p - 8; k--) {
    const t = f.toks[k] as Token;
    if (t.t === ',' || t.t === ';' || t.l === 'and' || t.l === 'by' || f.sc.isVerb[k]) return false;
    if (OF_LIKE.has(t.l) && k - 1 >= from && isActNoun(f.toks[k - 1]?.l ?? '')) return true;
    // "the accusations levelled against Saudi Arabia by X": a participle between the act and its complement.
    if (OF_LIKE.has(t.l) && k - 2 >= from && f.toks[k - 1]?.l.endsWith('ed') && isActNoun(f.toks[k - 2]?.l ?? '')) return true;
  }
  return false;
}

/** The preposition at p follows a hostile act or a charge, maybe through a participle ("accusations levelled against"). */
function victimComplement(toks: Token[], p: number): boolean {
  const w = toks[p - 1]?.l ?? '';
  return isHostileActNoun(w) || (w.endsWith('ed') && isHostileActNoun(toks[p - 2]?.l ?? ''));
}

const CALLED = new Set([
  'called',
  'calls',
  'call',
  'described',
  'describes',
  'termed',
  'terms',
  'dubbed',
  'labelled',
  'labeled',
  'saw',
  'sees',
]);

/** The token after "what <actor> called (as)" at `at`, or `at` itself. */
function afterFreeRelative(f: Frame, at: number): number {
  const mi = f.mentionAt[at + 1] ?? -1;
  let k = mi >= 0 ? (f.mentions[mi] as Mention).j : at + 1;
  if (f.toks[k]?.l === 'had' || f.toks[k]?.l === 'has') k++;
  if (!CALLED.has(f.toks[k]?.l ?? '')) return at;
  return f.toks[k + 1]?.l === 'as' ? k + 2 : k + 1;
}

/** A description standing for the actor named right before it ("Barroso, the president"). */
function isAppositionOf(f: Frame, m: Mention): boolean {
  const k = f.toks[m.i - 1]?.t === ',' ? (f.mentionAt[m.i - 2] ?? -1) : -1;
  return k >= 0 && m.kind === 'description' && (f.mentions[k] as Mention).actors[0] === m.actors[0];
}

/** The object region opens with an adjunct ("met for three hours on Monday on the sidelines of ..."). */
function adjunctFirst(toks: Token[], from: number, to: number, preps: string[]): boolean {
  const l = toks[from]?.l ?? '';
  if (!PREPS.has(l) || preps.includes(l)) return false;
  for (let k = from + 1; k < to; k++) if (PREPS.has((toks[k] as Token).l)) return true;
  return false;
}

const QUANTITY_NOUNS = new Set(
  'number numbers dozens hundreds thousands scores millions group handful couple pair batch planeloads planeload tons tonnes shipment shipments consignment members staff most some several all many each one two three four five six seven eight nine ten'.split(
    ' ',
  ),
);

/** Numbers and quantity phrases inside an object: "expelled 23 Russian diplomats", "the same number of British diplomats". */
function isQuantity(toks: Token[], p: number): boolean {
  const t = toks[p] as Token;
  if (NUMBER_LIKE.test(t.t) || t.l === 'million' || t.l === 'billion' || t.l === 'same') return true;
  return t.l === 'of' && QUANTITY_NOUNS.has(toks[p - 1]?.l ?? '');
}

/** Lower-case words that can sit between a modifier and its noun ("unwavering U.S. support"). */
export function isModifierWord(t: Token): boolean {
  return isLowerWord(t.t) && !PREPS.has(t.l) && !DETS.has(t.l) && !COORD.has(t.l) && t.l !== 'to' && t.l !== 'not';
}

/** LOWER_WORD.test(s) (lower-case letters, hyphens after the first), ASCII answered without the regex. */
function isLowerWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    if (c === 45 && k > 0) continue;
    return c > 127 ? LOWER_WORD.test(s) : false;
  }
  return true;
}
