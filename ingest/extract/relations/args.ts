/**
 * Arguments of a cue: its subject(s) to the left inside the clause (coordinated subjects included,
 * inherited across "and <verb>" / participles, antecedents of "who/which"). Its objects, to the
 * right: relations/objects.ts.
 */
import { isActNoun } from '../actors/acts.js';
import type { Mention } from '../actors/types.js';
import { AUX, BE, CHAIN, COORD, DETS, PREPS, SUBORD } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { type Clause, clauseOf } from './clauses.js';
import type { Frame } from './frame.js';
import { before, isModifierWord } from './objects.js';

/** Documents whose relative clause states their adopter's position ("a resolution that condemns X"). */
const DOCUMENTS = new Set(['resolution', 'statement', 'declaration', 'communique', 'communiqué', 'text', 'motion', 'letter']);
const ADOPTING = new Set(
  'adopted passed approved issued released signed endorsed unveiled published sent delivered sponsored backed drafted circulated tabled'.split(
    ' ',
  ),
);

/** The document noun at k is the object of an adopting verb ("adopted a resolution", "issued a joint statement"). */
function adoptedDocument(toks: Token[], k: number): boolean {
  if (!DOCUMENTS.has(toks[k]?.l ?? '')) return false;
  let v = k - 1;
  while (v > 0 && v > k - 4 && (DETS.has((toks[v] as Token).l) || isModifierWord(toks[v] as Token)) && !ADOPTING.has((toks[v] as Token).l))
    v--;
  return ADOPTING.has(toks[v]?.l ?? '');
}
const FRONT_GERUND = new Set(['in', 'after', 'before', 'by', 'while', 'upon', 'on', 'since']);

export function inPP(f: Frame, m: Mention): boolean {
  const p = before(f.toks, m.i);
  if (p < 0) return false;
  const t = f.toks[p] as Token;
  // "for X to <verb>" makes X the subject of the infinitive.
  if (t.l === 'for' && f.toks[m.j]?.l === 'to') return false;
  // "the nuclear test by North Korea (was condemned)": the by-agent of an act noun is its doer.
  if (t.l === 'by' && isActNoun(f.toks[p - 1]?.l ?? '') && !f.sc.isVerb[p - 1]) return false;
  // "since Russia invaded Ukraine", "after Britain expelled ...": a subordinator opening a clause.
  if (SUBORD.has(t.l) && opensClause(f.cl, p + 1, t.l)) return false;
  // "which like France hold veto power": a comparison, not a subject.
  if (PREPS.has(t.l) || t.l === 'like' || t.l === 'unlike') return true;
  // "with Barroso, the president of the Commission, and Van Rompuy": coordination and apposition
  // inside a prepositional phrase, when no predicate follows (", and China said" starts a clause).
  if (t.l === 'and' || t.l === 'or' || t.t === ',') {
    const q = t.t !== ',' && f.toks[p - 1]?.t === ',' ? p - 1 : p;
    const prev = f.mentionAt[q - 1] ?? -1;
    const pm = prev >= 0 ? (f.mentions[prev] as Mention) : null;
    if (pm && pm.j === q && pm !== m && (t.t !== ',' || pm.actors[0] === m.actors[0]) && !followedByPredicate(f, m.j)) return inPP(f, pm);
  }
  return false;
}

function followedByPredicate(f: Frame, j: number): boolean {
  const t = f.toks[j];
  if (!t) return true;
  return f.sc.isVerb[j] === 1 || AUX.has(t.l) || BE.has(t.l) || (t.l.endsWith('ed') && !t.cap) || t.t === '.';
}

function opensClause(cl: Clause[], start: number, opener: string): boolean {
  for (const c of cl) if (c.start === start && c.opener === opener) return true;
  return false;
}

/** Can m be the subject of a predicate at `at` in clause c (left of it, not in a PP, not possessive)? */
function subjectCandidate(f: Frame, m: Mention, c: Clause, at: number): boolean {
  // (The cheap tests first; inPP last.)
  return (
    m.i >= c.start &&
    m.j <= at &&
    m.actors.length > 0 &&
    !m.poss &&
    m.kind !== 'place' &&
    f.toks[m.i - 1]?.t !== '-' &&
    f.toks[m.j]?.t !== '-' &&
    !inPP(f, m) &&
    !inReducedRelative(f, m, at)
  );
}

/** Irregular participles that open a reduced relative ("put forward by", "led by", "drawn up by"). */
const IRREGULAR_PARTICIPLES = new Set(['put', 'led', 'drawn', 'written', 'made', 'held', 'sent', 'brought', 'set', 'taken', 'given']);

/**
 * "The text, put forward by Argentina, Brazil and Canada, urged Ortega": m sits in a participle phrase
 * set off by commas ("<participle> ... by ...,") before the predicate at `at`; it is no subject.
 */
function inReducedRelative(f: Frame, m: Mention, at: number): boolean {
  // Left of m: only a list of actors back to "by" ("by Argentina, Brazil and").
  let by = m.i - 1;
  while (by >= 0 && f.toks[by]?.l !== 'by') {
    const t = f.toks[by] as Token;
    if (!(f.mentionAt[by] !== -1 || t.t === ',' || COORD.has(t.l) || DETS.has(t.l)) || by < m.i - 40) return false;
    by--;
  }
  // Then the participle right after a comma, at most three words before "by" ("put forward by").
  let comma = by - 1;
  while (comma >= 0 && comma >= by - 4 && f.toks[comma]?.t !== ',') comma--;
  const w = f.toks[comma + 1];
  if (comma < 0 || f.toks[comma]?.t !== ',' || !w || !(w.l.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w.l))) return false;
  for (let q = m.j; q < at; q++) if (f.toks[q]?.t === ',') return true;
  return false;
}

/** "X and Y", "X, Y and Z", "X as well as Y": only coordination words (and "the") between two subjects. */
function coordinates(toks: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || n > 3) return false;
  let coord = false;
  for (let k = from; k < to; k++) {
    const w = (toks[k] as Token).l;
    if (COORD.has(w)) coord = true;
    else if (w !== 'as' && w !== 'well' && w !== 'the') return false;
  }
  return coord;
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
  const cands: Mention[] = [];
  for (const m of f.mentions) if (subjectCandidate(f, m, c, at)) cands.push(m);
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
    // "In denouncing Pyongyang's action, the government ...", "After meeting Putin, Xi said ...": a
    // fronted gerund belongs to the main clause's subject.
    if (depth === 0 && at <= 2 && at > 0 && FRONT_GERUND.has((f.toks[at - 1] as Token).l) && (f.toks[at] as Token).l.endsWith('ing'))
      return frontedSubject(f, at);
    // "adopted a resolution that upholds Ukraine's territorial integrity": the document speaks for its adopter.
    if ((c.opener === 'which' || c.opener === 'that') && depth === 0 && adoptedDocument(f.toks, c.start - 2))
      return subjects(f, c.start - 2, depth + 1);
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
    if (coordinates(f.toks, a.j, (cands[k] as Mention).i)) {
      out.unshift(a);
      k--;
    } else break;
  }
  return out;
}

/**
 * The subject of the main clause after a fronted phrase: the first actor that follows a comma and is
 * followed by a lower-case word that is no preposition, determiner or conjunction (its predicate).
 */
export function frontedSubject(f: Frame, from: number): Mention[] {
  const { toks } = f;
  for (const m of f.mentions) {
    if (m.i <= from || toks[m.i - 1]?.t !== ',' || m.actors.length === 0 || m.poss) continue;
    const nx = toks[m.j];
    if (!nx || nx.cap || !isModifierWord(nx) || PREPS.has(nx.l) || nx.l === 'who' || nx.l === 'which') continue;
    return [m];
  }
  return [];
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
