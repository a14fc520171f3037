/**
 * Is the cue a fact? Looks at the auxiliary chain before the cue ("did not", "would", "has also")
 * and at the verb governing an infinitive ("refused to back", "threatened to impose", "wants to").
 * Hypotheticals (would/could/might, "if" clauses, wants/plans/seeks to) are not facts.
 */
import { AUX, BE, CHAIN, HYPO_SUBORD, isAdverb, MODAL_HYPO, NEG } from '../actors/words.js';
import type { Cues } from '../lexicon/cues.js';
import type { Token } from '../text/tokens.js';
import { clauseOf } from './clauses.js';
import type { Frame } from './frame.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const KEEP_ING = new Set(['keep', 'keeps', 'kept', 'keeping', 'continue', 'continues', 'continued', 'continuing']);
const GERUND_ADJUNCT = new Set(['after', 'before', 'by', 'upon', 'without', 'while', 'when']);
const MESSAGE_NOUN = /^(?:letter|message|statement|note|call|envoy|delegation)s?$/;

const CLAIMED = new Set(
  'accusations accusation allegations allegation claims claim reports report rumours rumors suggestions suggestion speculation denied denies deny denying'.split(
    ' ',
  ),
);

/** "rejected accusations that it had supplied weapons", "denied that ...": a claim, not a fact. */
export function claimedContent(toks: Token[], c: { opener: string; start: number }): boolean {
  return (c.opener === 'that' || c.opener === 'said') && c.start >= 2 && CLAIMED.has((toks[c.start - 2] as Token).l);
}

export type Modality =
  | { kind: 'fact'; negated: boolean; future: boolean; passive: boolean; keep: boolean; pledge?: boolean }
  | { kind: 'refusal'; negated: boolean; declared?: boolean }
  /** `vow`: "vowed to" (a promise when the act is cooperative), not "threatened to". */
  | { kind: 'threat'; vow: boolean }
  | { kind: 'hypothetical' };

export function modality(f: Frame, i: number, cues: Cues, isParticiple: boolean): Modality {
  const toks = f.toks;
  const c = f.cl[clauseOf(f.cl, i)];
  if (c && HYPO_SUBORD.has(c.opener)) return { kind: 'hypothetical' };
  if (c && claimedContent(toks, c)) return { kind: 'hypothetical' };
  // "it will keep pressing Pyongyang", "continued shelling": the gerund has the modality of keep/continue.
  if (KEEP_ING.has(toks[i - 1]?.l ?? '') && toks[i]?.l.endsWith('ing')) {
    const m = modality(f, i - 1, cues, false);
    return m.kind === 'fact' ? { ...m, keep: true } : m;
  }
  // "X would decide ..., after consulting Y": an adjunct gerund shares the main predicate's modality.
  if (GERUND_ADJUNCT.has(toks[i - 1]?.l ?? '') && toks[i]?.l.endsWith('ing')) {
    for (let k = i - 2; k >= 0; k--) {
      const l = (toks[k] as Token).l;
      if (l === ';' || f.sc.speech.some((h) => h.i === k)) break;
      if (MODAL_HYPO.has(l)) return { kind: 'hypothetical' };
      if (l === 'will' || l === "'ll") return { kind: 'fact', negated: false, future: true, passive: false, keep: false };
    }
  }
  let negated = false;
  let future = false;
  let passive = false;
  let p = i - 1;
  for (; p >= 0; p--) {
    const t = toks[p] as Token;
    // A word of a name is no auxiliary: "Theresa May praised ...".
    if ((f.mentionAt[p] as number) >= 0) return { kind: 'fact', negated, future, passive, keep: false };
    if (NEG.has(t.l)) negated = true;
    // "France would not back", "we will not accept": a declared refusal, not a hypothesis or a plan.
    else if (negated && (t.l === 'would' || t.l === 'will' || t.l === 'wo') && p === i - 2)
      return { kind: 'refusal', negated: false, declared: true };
    else if (MODAL_HYPO.has(t.l)) return { kind: 'hypothetical' };
    else if (t.l === 'will' || t.l === 'wo' || t.l === "'ll") future = true;
    else if (BE.has(t.l)) passive = passive || isParticiple;
    else if (t.l === 'to') break;
    else if (!(AUX.has(t.l) || CHAIN.has(t.l) || isAdverb(t.l) || t.l === 'longer'))
      return { kind: 'fact', negated, future, passive, keep: false };
  }
  if (p < 0 || (toks[p] as Token).l !== 'to') return { kind: 'fact', negated, future, passive, keep: false };
  // An infinitive: what governs it?
  let g = p - 1;
  while (g >= 0 && (CHAIN.has((toks[g] as Token).l) || isAdverb((toks[g] as Token).l))) g--;
  const gov = toks[g];
  if (!gov) return { kind: 'hypothetical' };
  let govNeg = false;
  for (let q = g - 1; q >= Math.max(0, g - 3); q--) if (NEG.has((toks[q] as Token).l)) govNeg = true;
  if (cues.refuse.has(gov.l)) return govNeg ? { kind: 'fact', negated, future, passive, keep: true } : { kind: 'refusal', negated };
  if (cues.threatenTo.has(gov.l)) return govNeg ? { kind: 'hypothetical' } : { kind: 'threat', vow: !gov.l.startsWith('threat') };
  if (cues.keepTo.has(gov.l) && !govNeg) return { kind: 'fact', negated, future, passive, keep: true, pledge: cues.pledgeTo.has(gov.l) };
  // A purpose infinitive after an act of communication: "wrote to X to condemn Y" states the condemnation.
  if (purposeOfAct(toks, g, cues)) return { kind: 'fact', negated, future, passive, keep: true };
  return { kind: 'hypothetical' };
}

/**
 * The infinitive at g+2 is the purpose of a finished act: its governor is an object (a name or a noun,
 * not a verb) of a communication verb earlier in the clause chain, "has written to Milosevic to condemn",
 * "sent a letter to the UN to protest", or it continues one ("... and to condemn").
 */
function purposeOfAct(toks: Token[], g: number, cues: Cues): boolean {
  const gov = toks[g] as Token;
  if (gov.l === 'and' || gov.l === ',') {
    // "to express X and to condemn Y": the previous infinitive decides.
    for (let q = g - 1; q > 0 && q > g - 15; q--) if ((toks[q] as Token).l === 'to') return purposeOfAct(toks, q - 1, cues);
    return false;
  }
  if (!gov.cap && !MESSAGE_NOUN.test(gov.l)) return false;
  for (let q = g - 1; q >= 0 && q > g - 12; q--) {
    const l = (toks[q] as Token).l;
    // "called on Israel to withdraw": a request, its content is not done.
    if (cues.purposeVia.has(l)) return toks[q + 1]?.l !== 'on' && toks[q + 1]?.l !== 'upon';
    if (l === ',' || l === ';' || l === 'that') return false;
  }
  return false;
}

/** Negation or hypothesis in front of a noun cue: "no support for", "without support from". */
export function nounNegated(toks: Token[], i: number): boolean {
  for (let p = i - 1; p >= Math.max(0, i - 3); p--) {
    const l = (toks[p] as Token).l;
    if (l === 'no' || l === 'without' || l === 'lack' || l === 'not') return true;
  }
  return false;
}

const HEDGES = new Set(['alleged', 'suspected', 'purported', 'supposed', 'rumoured', 'rumored']);

/** A hedge right before a noun cue (a modifier may sit between): "alleged support for", "suspected attack". */
export function nounHedged(toks: Token[], i: number): boolean {
  return HEDGES.has(toks[i - 1]?.l ?? '') || HEDGES.has(toks[i - 2]?.l ?? '');
}

/** A "no" among the words [from, to) of a multi-word cue: "held no talks with". */
export function noInside(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((toks[k] as Token).l === 'no') return true;
  return false;
}
