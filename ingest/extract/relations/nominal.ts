/**
 * Noun cues ("support for", "a meeting with", "criticism from"): the source is a possessor or
 * modifier ("China's support", "U.S. sanctions"), an agent ("support from China"), the subject of a
 * light verb ("held talks with", "reiterated support for") or, for a reaction ("drawing criticism
 * from X"), the reacting X against the clause's subject; the target follows the cue's preposition.
 */
import type { RelationType } from '../../../core/vocabulary.js';
import { isSymmetric, polarityOf } from '../../../core/vocabulary.js';
import type { ArticleActor } from '../actors/registry.js';
import type { Ctx, Mention } from '../actors/types.js';
import { AUX, DAYS_MONTHS, DETS, HYPO_SUBORD, NEG } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { frontedSubject, subjects } from './args.js';
import { before, isModifierWord, objects } from './objects.js';
import { clauseOf } from './clauses.js';
import type { Frame } from './frame.js';
import { LIGHT, LIGHT_PREPS } from './light-verbs.js';
import { claimedContent, modality, nounHedged, nounNegated } from './modality.js';
import { MODAL } from '../lexicon/word-flags.js';
import type { NounHit } from './scan.js';
import type { RawRelation } from './emit.js';
import { ABOUT, countryModifiers, topicObject, topicType } from './topic-args.js';
import { outBefore, participleBy, undoneBy } from './noun-context.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const CAPITAL_ING_WORD = /^\p{Lu}\p{Ll}+ing$/u;

type Add = (out: RawRelation[], src: Mention[], type: RelationType, tgt: Mention[], conf: number, method: string, negated: boolean) => void;

/** Verbs of a reaction drawn by an act: "drawing criticism from X", "faced protests from X", "ran into resistance from X". */
const REACTIONS = new Set(
  'draw drew drawn drawing draws prompt prompted prompting prompts spark sparked sparking sparks trigger triggered triggering provoke provoked provoking earn earned earning attract attracted attracting face faced faces facing bring brought bringing brings receive received receiving encounter encountered meet met into under'.split(
    ' ',
  ),
);

/** Nouns that carry a noun cue: "expressions of support", "messages of solidarity". */
const EXPRESSIONS = new Set([
  'expressions',
  'expression',
  'messages',
  'message',
  'words',
  'statements',
  'pledges',
  'offers',
  'show',
  'gestures',
]);

/** A hypothetical modal (would, could, might ...) among tokens [from, to): one bit test per token. */
function modalBetween(flags: number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (((flags[k] as number) & MODAL) !== 0) return true;
  return false;
}

export function nounRelation(f: Frame, ctx: Ctx, hit: NounHit, out: RawRelation[], add: Add): void {
  const { toks } = f;
  const { cue } = hit;
  // "Damascus's alleged support for Kurdish rebels": a claim, not a stated fact.
  if (nounHedged(toks, hit.i)) return;
  const negated = nounNegated(toks, hit.i);
  const hostile = polarityOf(cue.type) === 'hostile';
  // "suspended its cooperation with X", "cancelled talks with X": the act ends, it does not take place.
  if (!hostile && undoneBy(toks, hit.i)) return;
  // "refused to rule out trade sanctions against Fiji", "did not rule out military strikes on X": a threat.
  if (hostile && outBefore(toks, hit.i) && notRuledOut(f, ctx, hit, out, add)) return;
  const c0 = f.cl[clauseOf(f.cl, hit.i)];
  if (c0 && (HYPO_SUBORD.has(c0.opener) || claimedContent(toks, c0) || modalBetween(f.flags, c0.start, hit.i))) return;
  // Source: possessor or modifier right before ("China's support", "U.S. support", "Russian-Chinese").
  let p = hit.i - 1;
  for (
    let n = 0;
    n < 3 &&
    p >= 0 &&
    isModifierWord(toks[p] as Token) &&
    f.mentionAt[p] === -1 &&
    !f.sc.isVerb[p] &&
    !AUX.has((toks[p] as Token).l) &&
    !REACTIONS.has((toks[p] as Token).l) &&
    (toks[p] as Token).l !== 'whose';
    n++
  )
    p--;
  if (toks[p]?.l === "'s") p--;
  // "received expressions of support from X": the reaction verb stands before "expressions of".
  if (toks[p]?.l === 'of' && EXPRESSIONS.has(toks[p - 1]?.l ?? '') && REACTIONS.has(toks[p - 2]?.l ?? '')) p -= 2;
  let src: Mention[] = [];
  let how = 'nominal';
  const mi = p >= 0 ? (f.mentionAt[p] ?? -1) : -1;
  if (mi >= 0) {
    const m = f.mentions[mi] as Mention;
    src = [m];
    const q = m.i - 1;
    const other = q > 0 ? (f.mentionAt[q - 1] ?? -1) : -1;
    if (other >= 0 && (toks[q]?.t === '-' || toks[q]?.l === 'and')) src.unshift(f.mentions[other] as Mention);
  }
  const c = f.cl[clauseOf(f.cl, hit.i)];
  const end = c ? c.end : toks.length;
  // Agent after the noun: "support from China".
  let agents: Mention[] = [];
  if (src.length === 0 && cue.agent.includes(toks[hit.j]?.l ?? '')) {
    agents = objects(f, hit.j, { preps: [toks[hit.j]?.l as string], limit: end, noLists: true });
    src = agents.slice(0, 1);
  }
  // "sanctions imposed by the EU on Belarus", "the strikes carried out by X against Y": the by-agent.
  let searchFrom = hit.j;
  if (src.length === 0) {
    const by = participleBy(toks, hit.j, hostile);
    if (by > 0) {
      agents = objects(f, by, { preps: ['by'], limit: end });
      src = agents;
      // The target follows the by-phrase ("imposed by the EU on Belarus") or precedes it ("levelled against X by Y").
      if (agents.length > 0 && by <= hit.j + 2) searchFrom = (agents[agents.length - 1] as Mention).j;
    }
  }
  // "a meeting of Prime Minister X with ...": the meeting's convener follows "of".
  if (src.length === 0 && cue.type === 'MET_WITH' && toks[hit.j]?.l === 'of') {
    agents = objects(f, hit.j, { preps: ['of'], limit: end, noLists: true });
    src = agents.slice(0, 1);
  }
  // Target: the first of the cue's prepositions within the noun phrase.
  let tgt: Mention[] = [];
  for (let k = searchFrom; k < Math.min(end, searchFrom + 10); k++) {
    const t = toks[k] as Token;
    if (f.sc.isVerb[k] || t.t === ';' || t.t === ',') break;
    // "talks on Thursday with X": a date, not the subject of the talks.
    if (t.l === 'on' && DAYS_MONTHS.has(toks[k + 1]?.l ?? '')) continue;
    if (cue.obj.includes(t.l) || (cue.type === 'MET_WITH' && ABOUT.has(t.l))) {
      const tp = topicObject(f, ctx, { i: hit.i, j: k + 1, cue: { type: cue.type, obj: [''], topic: cue.topic } }, end);
      if (ABOUT.has(t.l) && cue.type === 'MET_WITH') {
        if (tp) tgt = [tp];
        break;
      }
      // "complaints about US policy": an owned policy in a concern is the owner (the actor rules).
      const owners = tp ? countryModifiers(f, tp) : [];
      tgt =
        tp && !(cue.topic && owners.length > 0)
          ? [tp, ...owners]
          : objects(f, k + 1, { preps: [''], limit: end, noLists: cue.type !== 'MET_WITH', lead: t.l });
      if (t.l === 'between' && tgt.length >= 2) {
        src = [tgt[0] as Mention];
        tgt = tgt.slice(1);
      }
      break;
    }
  }
  // "Armenia and Azerbaijan are in talks", "X and Y had been in negotiations": the coordinated subject meets.
  if (src.length === 0 && tgt.length === 0 && isSymmetric(cue.type) && toks[before(toks, hit.i)]?.l === 'in') {
    const pair = subjects(f, hit.i);
    if (pair.length === 2) src = pair;
  }
  if (src.length === 2 && tgt.length === 0 && (isSymmetric(cue.type) || cue.type === 'AGREED_WITH')) {
    add(out, [src[0] as Mention], cue.type, [src[1] as Mention], negated ? 0.5 : 0.7, `nominal:${cue.rule}`, negated);
    if (cue.type === 'AGREED_WITH')
      add(out, [src[1] as Mention], cue.type, [src[0] as Mention], negated ? 0.5 : 0.7, `nominal:${cue.rule}`, negated);
    return;
  }
  if (cue.targets) tgt = tgt.filter((m) => m.actors.some((a) => cue.targets?.includes(a.type)));
  // "Mongolia faced criticism from Beijing over the visit": the subject drew the reaction, not the visit.
  if (agents.length > 0 && REACTIONS.has(toks[p]?.l ?? '') && tgt.every((m) => m.actors[0]?.type === 'Topic')) {
    if (subjects(f, p).some((m) => !src.includes(m))) tgt = [];
  }
  // "..., drawing sharp criticism from Somalia": a reaction to the clause's own subject.
  if (tgt.length === 0 && src.length > 0) {
    let r = hit.i - 1;
    while (r > p && !REACTIONS.has((toks[r] as Token).l)) r--;
    if (r > p || REACTIONS.has(toks[p]?.l ?? '')) {
      // "drawing condemnation from Seoul and Tokyo": every reacting party.
      if (agents.length > 1) src = agents;
      tgt = subjects(f, Math.max(r, p)).filter((m) => !src.includes(m));
    }
  }
  if (tgt.length === 0) return;
  // "X, whose appeal for ...": the antecedent of "whose" owns the noun.
  if (src.length === 0 && toks[p]?.l === 'whose') {
    const ante = f.mentionAt[toks[p - 1]?.t === ',' ? p - 2 : p - 1] ?? -1;
    if (ante >= 0) src = [f.mentions[ante] as Mention];
  }
  if (src.length === 0) {
    // The noun is the object of the clause's predicate: "during a meeting with", "reiterated support for".
    let left = hit.i - 1;
    while (left >= 0 && (DETS.has((toks[left] as Token).l) || isModifierWord(toks[left] as Token)) && !LIGHT.has((toks[left] as Token).l))
      left--;
    const lt = toks[left];
    if (!lt || (c && left < c.start) || !(LIGHT.has(lt.l) || LIGHT_PREPS.has(lt.l))) return;
    // "will supply arms to Israel", "could offer support": a planned or hypothetical act.
    if (LIGHT.has(lt.l) && modality(f, left, ctx.cues, false).kind !== 'fact') return;
    if (LIGHT.has(lt.l) && (toks[left - 1]?.l === 'will' || toks[left - 1]?.l === "'ll")) return;
    src = LIGHT_PREPS.has(lt.l) ? predicateSubjects(f, left, c?.start ?? 0) : subjects(f, hit.i);
    // "In a rebuke to X, Y expelled ...": a fronted phrase belongs to the subject of the main clause.
    if (src.length === 0 && (left === 0 || (left === 1 && CAPITAL_ING_WORD.test(toks[0]?.t ?? ''))) && LIGHT_PREPS.has(lt.l)) {
      let k = hit.j;
      while (k < toks.length && toks[k]?.t !== ',') k++;
      let v = k + 1;
      while (v < toks.length && !f.sc.isVerb[v] && !f.sc.speech.some((h) => h.i === v)) v++;
      if (k < toks.length && v < toks.length) src = subjects(f, v).filter((m) => m.i > k);
      // "In talks with A and B, the Ukrainian president renewed his appeal": the main clause's subject.
      if (src.length === 0 && cue.type === 'MET_WITH') src = frontedSubject(f, hit.j);
    }
    how = 'nominal';
  }
  if (src.length === 0) return;
  // "a meeting of X with A, B and C", "talks with A and B": one meeting, so every pair of participants.
  if (cue.type === 'MET_WITH' && tgt.length > 1 && !negated) {
    // (Not "talks with its partners, including A and B": examples of partners, not one meeting.)
    if (!exampleList(toks, hit.j, (tgt[tgt.length - 1] as Mention).i)) meetingParticipants(tgt, add, out, cue.rule);
    // The partners are what a later "them" / "the two" stands for.
    const pair: ArticleActor[] = [];
    for (const t of tgt) if (t.actors.length === 1 && !pair.includes(t.actors[0] as ArticleActor)) pair.push(t.actors[0] as ArticleActor);
    if (pair.length > 1) ctx.topicGroup = pair;
  }
  for (const t of tgt) {
    const type =
      (cue.topic && t.actors[0]?.type === 'Topic') || (cue.type === 'MET_WITH' && t.kind === 'description' && t.actors[0]?.type === 'Topic')
        ? (cue.topic ?? 'DISCUSSED')
        : topicType(cue.type, t);
    add(out, src, type, [t], negated ? 0.5 : 0.7, `${how}:${cue.rule}`, negated);
  }
}

/** "refused to / would not / did not rule out <hostile noun> against X": the subject THREATENED X. */
function notRuledOut(f: Frame, ctx: Ctx, hit: NounHit, out: RawRelation[], add: Add): boolean {
  const { toks } = f;
  let r = hit.i - 1;
  while (r > 0 && r > hit.i - 5 && isModifierWord(toks[r] as Token) && toks[r]?.l !== 'out') r--;
  if (toks[r]?.l !== 'out' || !RULE.has(toks[r - 1]?.l ?? '')) return false;
  const rule = r - 1;
  let gov = rule;
  // "refused (on Saturday) to rule out".
  for (let g = rule - 2; toks[rule - 1]?.l === 'to' && g >= Math.max(0, rule - 5) && gov === rule; g--)
    if (ctx.cues.refuse.has((toks[g] as Token).l)) gov = g;
  if (gov === rule && !NEG.has(toks[rule - 1]?.l ?? '') && !NEG.has(toks[rule - 2]?.l ?? '')) return false;
  const k = toks[hit.j]?.l ?? '';
  if (!hit.cue.obj.includes(k)) return false;
  const tgt = objects(f, hit.j, { preps: [k], noLists: true });
  const src = subjects(f, gov);
  if (src.length === 0 || tgt.length === 0) return false;
  add(out, src, 'THREATENED', tgt, 0.6, `threat:not-ruled-out-${hit.cue.rule}`, false);
  return true;
}
const RULE = new Set(['rule', 'rules', 'ruled', 'ruling']);

function exampleList(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = (toks[k] as Token).l;
    if (l === 'including' || (l === 'such' && toks[k + 1]?.l === 'as')) return true;
  }
  return false;
}

/** Every pair of the other participants of a meeting (the DESIGN.md guideline: a meeting of several parties). */
function meetingParticipants(tgt: Mention[], add: Add, out: RawRelation[], rule: string): void {
  const people = tgt.filter((m) => m.actors.length === 1 && m.actors[0]?.type !== 'Topic');
  for (let a = 0; a < people.length; a++)
    for (let b = a + 1; b < people.length; b++)
      if (people[a]?.actors[0] !== people[b]?.actors[0])
        add(out, [people[a] as Mention], 'MET_WITH', [people[b] as Mention], 0.6, `nominal:${rule}-participants`, false);
}

/**
 * "voiced support for Ukraine's bid to join the EU during a visit to Kyiv": a prepositional phrase
 * belongs to the clause's predicate, so its subject is the subject of the nearest cue verb before it
 * (not the object of "join"); "Primakov reiterated Moscow's opposition ... during a meeting with X":
 * the speaker of a speech verb used with a noun object.
 */
function predicateSubjects(f: Frame, prep: number, start: number): Mention[] {
  for (let k = prep - 1; k >= start; k--) if (f.sc.isVerb[k]) return subjects(f, k);
  const own = subjects(f, prep);
  if (own.length > 0 || start === 0) return own;
  const speech = f.sc.speech.find((h) => h.i === start - 1);
  return speech ? subjects(f, speech.i) : own;
}
