/**
 * Where the relation rules look for topic noun phrases (relations/topics.ts): the object of a stance
 * cue, the subject of a passive stance ("the resolution was vetoed by Russia"), and the meeting
 * whose purpose a "to discuss X" states.
 */
import type { RelationType } from '../../../core/vocabulary.js';
import type { Mention } from '../actors/types.js';
import type { Ctx } from '../actors/types.js';
import { isAdverb } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { clauseOf } from './clauses.js';
import type { Frame } from './frame.js';
import type { VerbHit } from './scan.js';
import { topicAt } from './topics.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const LOWER_ASCII_WORD = /^[a-z-]+$/;

/** Prepositions that give the subject matter of talks: "talks on X", "met over X". */
export const ABOUT = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** Cue types whose object can be a policy, bill, plan, visit or dispute. */
const TOPIC_TYPES = new Set<RelationType>(['SUPPORTS', 'OPPOSES', 'DISCUSSED', 'CRITICIZED', 'PRAISED', 'AGREED_WITH']);

interface CueLike {
  type: RelationType;
  obj: string[];
  topic: RelationType | null;
  targets?: string[] | null;
}

/** Agreeing to a plan is support for it; praise of a plan ("hailed the accord") stays praise, as annotators code it. */
export function topicType(type: RelationType, target: Mention): RelationType {
  if (target.kind !== 'description' || target.actors[0]?.type !== 'Topic') return type;
  return type === 'AGREED_WITH' ? 'SUPPORTS' : type;
}

/** The topic noun phrase right after a cue (after its preposition when it takes one). */
export function topicObject(f: Frame, ctx: Ctx, hit: { i: number; j: number; cue: CueLike }, limit?: number): Mention | null {
  const { cue } = hit;
  if (!TOPIC_TYPES.has(cue.type) && !cue.topic && !cue.targets?.includes('Topic')) return null;
  let s = hit.j;
  while (s < f.toks.length && isAdverb((f.toks[s] as Token).l)) s++;
  const t = f.toks[s];
  if (!t) return null;
  if (cue.obj.includes(t.l) && t.l !== '') s++;
  else if (!cue.obj.includes('')) return null;
  const c = f.cl[clauseOf(f.cl, Math.max(0, hit.j - 1))];
  const owned = cue.type === 'SUPPORTS' || cue.type === 'OPPOSES';
  const m = topicAt(f, ctx, s, Math.min(limit ?? f.toks.length, c ? Math.max(c.end, s + 16) : f.toks.length), owned);
  // A border is discussed or disputed; "blocked the border" is a closure, not a stance on a topic.
  if (m && cue.type !== 'DISCUSSED' && m.head !== undefined && PLACES.has((f.toks[m.head] as Token).l)) return null;
  return m;
}

const PLACES = new Set(['border', 'borders']);

/** The topic phrase that opens the clause of a passive cue: "The plan was rejected by Moscow". */
export function topicSubject(f: Frame, ctx: Ctx, hit: VerbHit): Mention[] {
  if (!TOPIC_TYPES.has(hit.cue.type)) return [];
  const c = f.cl[clauseOf(f.cl, hit.i)];
  if (!c) return [];
  const m = topicAt(f, ctx, c.start, hit.i);
  return m ? [m] : [];
}

/** "A met B to discuss X": the meeting cue a purpose infinitive belongs to, or null. */
export function meetingPurpose(f: Frame, hit: VerbHit): VerbHit | null {
  for (let k = f.sc.verbs.length - 1; k >= 0; k--) {
    const v = f.sc.verbs[k] as VerbHit;
    if (v.i >= hit.i || hit.i - v.j > 12) continue;
    if (v.cue.type !== 'MET_WITH') return null;
    for (let p = v.j; p < hit.i - 1; p++) if ((f.toks[p] as Token).t === ',' || (f.toks[p] as Token).l === 'and') return null;
    return v;
  }
  return null;
}

/** Countries named as modifiers inside a topic phrase ("US aid to Taiwan"): the owners of the topic. */
export function countryModifiers(f: Frame, tp: Mention): Mention[] {
  const out: Mention[] = [];
  const end = tp.head ?? tp.j;
  for (const m of f.mentions) {
    const type = m.actors[0]?.type;
    if (m.i >= tp.i && m.j <= end && !m.poss && (type === 'Country' || type === 'Organization')) out.push(m);
  }
  return out;
}

/** "held talks with B on X", "met B over X": the topic of a meeting, or null. */
export function meetingTopic(f: Frame, ctx: Ctx, hit: VerbHit): Mention | null {
  const c = f.cl[clauseOf(f.cl, hit.i)];
  const end = Math.min(c ? c.end : f.toks.length, hit.j + 14);
  for (let k = hit.j; k < end; k++) {
    if (f.sc.isVerb[k]) return null;
    if (ABOUT.has((f.toks[k] as Token).l)) return topicAt(f, ctx, k + 1, f.toks.length) ?? situationTarget(f, k + 1);
  }
  return null;
}

const AGREEMENTS = new Set(['agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'pact', 'treaty', 'treaties']);

/** "endorsed an association agreement with the EU": the partner named after "with" in an agreement Topic. */
export function agreementPartners(f: Frame, tp: Mention): Mention[] {
  let k = tp.i;
  while (k < tp.j && !AGREEMENTS.has((f.toks[k] as Token).l)) k++;
  if (k >= tp.j || f.toks[k + 1]?.l !== 'with') return [];
  return f.mentions.filter((m) => m.i > k + 1 && m.j <= tp.j && m.actors[0]?.type !== 'Topic' && m.kind !== 'place');
}

/** "signed a free trade deal with X", "ratified an agreement with X": the deal itself as a Topic. */
export function signedAgreement(f: Frame, ctx: Ctx, hit: VerbHit): Mention | null {
  if (hit.cue.type !== 'AGREED_WITH' || hit.cue.rest.length === 0 || !AGREEMENTS.has(f.toks[hit.j - 1]?.l ?? '')) return null;
  return topicAt(f, ctx, hit.i + 1, f.toks.length);
}

/** Nouns whose "of/in X" complement names what is talked about: "the situation in Syria". */
const SITUATION = new Set(['situation', 'future', 'fate', 'status']);
const SITUATION_PREPS = new Set(['in', 'of', 'on', 'around']);

/** "the (security) situation in Syria", "the future of the Gaza Strip": the place or topic, or null. */
export function situationTarget(f: Frame, from: number): Mention | null {
  let k = from;
  if (f.toks[k]?.l === 'the') k++;
  for (let n = 0; n < 3 && k < f.toks.length; n++, k++) {
    const t = f.toks[k] as Token;
    if (SITUATION.has(t.l)) break;
    if (t.cap || f.sc.isVerb[k] || !LOWER_ASCII_WORD.test(t.t)) return null;
  }
  if (!SITUATION.has(f.toks[k]?.l ?? '') || !SITUATION_PREPS.has(f.toks[k + 1]?.l ?? '')) return null;
  let p = k + 2;
  if (f.toks[p]?.l === 'the') p++;
  const m = f.mentions[f.mentionAt[p] ?? -1];
  const type = m?.actors[0]?.type;
  return m && !m.poss && (type === 'Country' || type === 'Topic') ? m : null;
}
