/**
 * The relation rules for one sentence: verb cues (active and passive), noun cues, refusals and
 * threats, reported speech and evaluations. Produces raw relations between article actors.
 */
import type { RelationType } from '../../../core/vocabulary.js';
import { isSymmetric, polarityOf } from '../../../core/vocabulary.js';
import type { ArticleActor } from '../actors/registry.js';
import type { Ctx, Mention } from '../actors/types.js';
import { isParticiple } from '../lexicon/inflect.js';
import { subjects, thatSubjects } from './args.js';
import { objects } from './objects.js';
import type { Frame } from './frame.js';
import { type Modality, modality, noInside } from './modality.js';
import { verdictAfter } from './verdict.js';
import type { VerbHit } from './scan.js';
import { type Attribution, evaluation, speakerHolds } from './speech.js';
import { nounRelation } from './nominal.js';
import { toldContacts } from './told.js';
import { attendance } from './attendance.js';
import { passiveNouns, relativeNouns } from './passive-nouns.js';
import { carriedNouns } from './carried-nouns.js';
import { gerundDoers } from './for-gerund.js';
import { actorCount, add, mutualMentions, type RawRelation } from './emit.js';
import { participleRelative, signedDeal } from './relatives.js';
import { infinitiveAt, interviewer, verbalObject } from './verbal.js';
import { slottedRelations } from './slotted.js';
import { roleRelations } from './roles.js';
import { requestRelations } from './requests.js';
import { presenceRelations } from './presence.js';
import { beenToRelations } from './been-to.js';
import { threatFallback } from './threat-fallback.js';
import { obligedActors } from './obligations.js';
import { cueObjectsOf, cueSubjects, passiveAgents } from './cue-args.js';
import {
  agreementPartners,
  countryModifiers,
  meetingPurpose,
  meetingTopic,
  signedAgreement,
  situationTarget,
  topicObject,
  topicSubject,
  topicType,
} from './topic-args.js';

export function sentenceRelations(f: Frame, ctx: Ctx, at: Attribution | null): RawRelation[] {
  const out: RawRelation[] = [];
  for (const hit of f.sc.verbs) verbRelation(f, ctx, hit, out);
  for (const hit of f.sc.nouns) if (f.mentionAt[hit.i] === -1) nounRelation(f, ctx, hit, out, add);
  for (const c of toldContacts(f, ctx.cues)) {
    add(out, c.source, 'MET_WITH', [c.target], 0.7, 'pattern:told', false);
    if (c.directive) add(out, c.source, 'URGED', [c.target], 0.75, 'pattern:told-to', false);
  }
  if (at?.speakerMention) {
    // "X said Y was responsible for / behind the attack": an allegation; else an evaluation is criticism.
    const blamed = evaluation(f, at, ctx.cues, ctx.cues.blame);
    const m = blamed ?? evaluation(f, at, ctx.cues);
    if (m)
      add(
        out,
        [at.speakerMention],
        blamed ? 'ACCUSED' : 'CRITICIZED',
        [m],
        0.65,
        blamed ? 'speech:said-responsible' : 'speech:said-criticized',
        false,
      );
  }
  if (at?.speakerMention && at.speaker.length === 1) speakerHolds(out, at.speaker[0] as ArticleActor);
  // "Athens had to lift the embargo, he said": a demand.
  if (at?.speakerMention) add(out, [at.speakerMention], 'URGED', obligedActors(f, at), 0.65, 'speech:said-must', false);
  attendance(f, ctx, out);
  passiveNouns(f, ctx, out);
  relativeNouns(f, ctx, out);
  carriedNouns(f, ctx, out);
  slottedRelations(f, ctx, out);
  roleRelations(f, ctx, out);
  requestRelations(f, ctx, out);
  presenceRelations(f, ctx, out);
  beenToRelations(f, ctx, out);
  threatFallback(f, ctx, out);
  return out;
}

const NO_TOPIC = new Set<RelationType>(['MET_WITH', 'VISITED', 'URGED', 'PRAISED', 'COOPERATES_WITH', 'AGREED_WITH']);

function verbRelation(f: Frame, ctx: Ctx, hit: VerbHit, out: RawRelation[]): void {
  const { cue } = hit;
  // "pledged to respect the truce": the infinitive's own cue states the stance (as a pledge), not "pledged to".
  if (f.toks[hit.j]?.l === 'to' && f.sc.verbs.some((v) => v.i === hit.j + 1)) return;
  const participle = isParticiple(hit.form, cue.base);
  // "thanked X for backing Y": X backed Y (a fact the thanks presuppose).
  const doers = gerundDoers(f, hit);
  const mod: Modality = doers
    ? { kind: 'fact', negated: false, future: false, passive: false, keep: false }
    : modality(f, hit.i, ctx.cues, participle);
  // "A met B to discuss X": both sides of the meeting discussed X.
  const meeting = cue.type === 'DISCUSSED' && f.toks[hit.i - 1]?.l === 'to' ? meetingPurpose(f, hit) : null;
  const met = meeting ? modality(f, meeting.i, ctx.cues, false) : null;
  const purpose = meeting && met?.kind === 'fact' && !met.negated && !met.future;
  if (mod.kind === 'hypothetical' && !purpose) return;
  let subj =
    doers ?? (purpose && meeting ? [...subjects(f, meeting.i), ...objects(f, meeting.j, { preps: meeting.cue.obj })] : cueSubjects(f, hit));
  if (participleRelative(f, hit, mod, participle, out)) return;
  // "Hanoi was firmly opposed to the move": a stance, not a passive.
  const opposedTo = hit.form === 'opposed' && f.toks[hit.j]?.l === 'to' && mod.kind === 'fact' && mod.passive;
  const passive = mod.kind === 'fact' && mod.passive && cue.passive && !opposedTo;
  let objs: Mention[];
  let method = `pattern:${cue.rule}`;
  if (passive) {
    const agent = passiveAgents(f, hit);
    if (agent.length === 0) return;
    // "The memorandum was signed by X and Y": the signatories agreed with each other.
    if (signedDeal(f, hit, agent, out)) return;
    if (subj.length === 0) subj = topicSubject(f, ctx, hit);
    objs = subj;
    subj = agent;
    method = `passive:${cue.rule}`;
  } else {
    const topicsAnywhere = cue.type === 'DISCUSSED' || cue.topic === 'DISCUSSED';
    objs = opposedTo
      ? objects(f, hit.j, { preps: ['to'] })
      : topicsAnywhere
        ? objects(f, hit.j, { preps: cue.obj, topicsAnywhere })
        : cueObjectsOf(f, hit);
  }
  // "charged that NATO was exploiting ..., and that the United States ...": the accused are the subjects of the that-clauses.
  // "demanded that Syria hand over ...": the request is addressed to the that-clause's subject.
  // "expressed concern that Iranian meddling had not stopped", "complained that X ...": the concern is about X.
  if ((cue.type === 'ACCUSED' || cue.type === 'URGED' || cue.type === 'CRITICIZED') && !passive && f.toks[hit.j]?.l === 'that')
    objs = thatSubjects(f, hit.j);
  objs = objs.filter((m) => (m.kind !== 'place' || cue.type === 'VISITED') && !(cue.type === 'MET_WITH' && interviewer(f, m)));
  // "pledged to open China's economy": the infinitive's object is no object of the pledge.
  if (f.toks[hit.j]?.l === 'to' && infinitiveAt(f.toks, hit.j + 1)) objs = [];
  // DISCUSSED takes a topic ("discussed Taiwan"), not the people or countries in the talks.
  if (cue.type === 'DISCUSSED') {
    objs = objs.filter((m) => m.actors[0]?.type === 'Topic');
    // "discussed the situation in Syria": the place the situation is in.
    const place = objs.length === 0 ? situationTarget(f, cue.obj.includes(f.toks[hit.j]?.l ?? '') ? hit.j + 1 : hit.j) : null;
    if (place) objs = [place];
  }
  // Meetings, visits, requests and praise are between actors, not with topics ("Line of Actual Control").
  if (!cue.topic && NO_TOPIC.has(cue.type)) objs = objs.filter((m) => m.actors[0]?.type !== 'Topic');
  if (!passive) {
    // "backed the resolution calling for ...", "discussed the state visit": a topic noun phrase.
    const tp = topicObject(f, ctx, hit);
    // A country named as modifier owns the topic: "denounced US aid to Taiwan" is against both.
    if (tp) objs = [tp, ...countryModifiers(f, tp), ...objs.filter((m) => m.i >= tp.j && m.actors[0]?.type === 'Topic')];
  }
  if (cue.targets) objs = objs.filter((m) => m.actors.some((a) => cue.targets?.includes(a.type)));
  if (subj.length === 0) return;
  let conf = passive ? 0.8 : 0.85;
  let negated = false;
  let type = cue.type;
  // "attacked the policies of the United States", "clashed bitterly over a decision": a verbal attack.
  if (type === 'ATTACKED' && verbalObject(f, hit.j)) {
    type = 'CRITICIZED';
    method = `pattern:${cue.rule}-words`;
  }
  // "dismissed Mugabe's victory as a grab for power", "rejected the claims as baseless": a rejection with a verdict.
  if (type === 'OPPOSES' && mod.kind === 'fact' && !mod.negated && verdictAfter(f, hit.j)) {
    type = 'CRITICIZED';
    method = `pattern:${cue.rule}-as`;
  }
  if (mod.kind === 'refusal') {
    if (polarityOf(type) === 'hostile') negated = true;
    else {
      type = 'OPPOSES';
      method = `refusal:refused-${cue.rule}`;
    }
  } else if (mod.kind === 'threat') {
    if (polarityOf(type) === 'hostile') {
      type = 'THREATENED';
      method = `threat:threatened-${cue.rule}`;
    } else if (mod.vow && type !== 'MET_WITH' && type !== 'VISITED') {
      // "vowed to support Kyiv": a commitment towards the target, as "pledged to" (not "to defend the country": its own).
      type = 'AGREED_WITH';
      method = `pledge:vowed-to-${cue.rule}`;
      objs = objs.filter((o) => !subj.some((m) => m.actors.some((a) => a.represents === o.actors[0]?.id)));
    } else return;
  } else if (mod.kind === 'fact') {
    // "held no talks with", "signed no agreement with": a "no" inside the cue negates it.
    negated = mod.negated || noInside(f.toks, hit.i + 1, hit.j);
    const hostile = polarityOf(type) === 'hostile';
    if (mod.future && hostile && !negated && f.sc.speech.some((h) => h.i < hit.i)) {
      // "X said they will attack Y": an announced hostile act is a threat.
      type = 'THREATENED';
      method = `threat:will-${cue.rule}`;
    } else if (mod.future) return; // "will meet", "will supply": a plan, not yet a fact.
    // "pledged to expel X": a promised hostile act is not yet done.
    if (mod.pledge && hostile) return;
    if (mod.pledge && !hostile && type !== 'AGREED_WITH') {
      // "agreed to lift sanctions on Iran", "pledged to help Kyiv": a commitment towards the target.
      type = 'AGREED_WITH';
      method = `pledge:agreed-to-${cue.rule}`;
    }
    if (mod.keep) conf *= 0.85;
  }
  if (mod.kind === 'fact' && !negated) {
    // "ratified an agreement with X": support for the agreement; "endorsed an agreement with X": agreement with X.
    // "X and Y signed a pact", "X signed a deal with Y": an agreement with a partner, not support for a policy.
    const partnered = BILATERAL.has(cue.rule) && (actorCount(subj) > 1 || objs.some((m) => m.actors[0]?.type !== 'Topic'));
    const deal = partnered ? null : signedAgreement(f, ctx, hit);
    if (deal) add(out, subj, 'SUPPORTS', [deal], conf * 0.9, `signed:${cue.rule}`, false);
    const tp = objs[0]?.actors[0]?.type === 'Topic' && objs[0].kind === 'description' ? objs[0] : null;
    if (tp && type === 'SUPPORTS') add(out, subj, 'AGREED_WITH', agreementPartners(f, tp), conf * 0.9, `agreement:${cue.rule}`, false);
  }
  if (type === 'MET_WITH' && mod.kind === 'fact' && !negated) {
    // "A held talks with B on X": both sides discussed X.
    const tp = meetingTopic(f, ctx, hit);
    if (tp)
      add(
        out,
        [...mutualMentions(subj), ...objs.filter((m) => m.actors[0]?.type !== 'Topic')],
        'DISCUSSED',
        [tp],
        conf * 0.9,
        `meeting-topic:${cue.rule}`,
        false,
      );
  }
  const reciprocal = type === 'AGREED_WITH' || cue.mutual;
  if (objs.length === 0 && actorCount(subj) > 1 && (isSymmetric(type) || reciprocal)) {
    // "X and Y met": every pair; "X and Y agreed", "the two sides agreed": both directions.
    const mutual = type === 'AGREED_WITH' ? `mutual:${cue.rule}` : method;
    const ms = mutualMentions(subj);
    for (let a = 0; a < ms.length; a++)
      for (let b = 0; b < ms.length; b++) {
        if (a === b || (b < a && !reciprocal)) continue;
        add(out, [ms[a] as Mention], type, [ms[b] as Mention], conf * 0.9, mutual, negated);
      }
    return;
  }
  // "The US claimed that ISIL had attacked Iraq": a claimed hostile act is an accusation by the claimant.
  const claim = polarityOf(type) === 'hostile' && !negated ? f.sc.speech.find((h) => CLAIMS.has(h.base) && h.j <= hit.i) : undefined;
  if (claim) {
    const claimant = subjects(f, claim.i).filter((m) => !subj.includes(m));
    if (claimant.length > 0 && objs.length > 0) add(out, claimant, 'ACCUSED', subj, conf * 0.85, `claim:${cue.rule}`, false);
    return;
  }
  for (const o of objs) {
    const t = cue.topic && o.actors[0]?.type === 'Topic' ? cue.topic : topicType(type, o);
    // "would not back the resolution" rejects a proposal, "will not give in to X" opposes X;
    // "would not support Israel" is only negated.
    if (mod.kind === 'refusal' && mod.declared && o.actors[0]?.type !== 'Topic' && cue.type !== 'CONCEDED')
      add(out, subj, cue.type, [o], conf, `pattern:${cue.rule}`, true);
    else {
      add(out, subj, t, [o], conf, method, negated);
      // "X clashed with Y", "X signed an agreement with Y": the act is reciprocal.
      if ((cue.mutual || BILATERAL.has(cue.rule)) && o.actors[0]?.type !== 'Topic')
        add(out, [o], t, subj, conf * 0.9, `mutual:${cue.rule}`, negated);
    }
  }
}

/** Speech verbs whose content is an allegation, not a reported fact. */
const CLAIMS = new Set(['claim', 'allege']);

/** Agreements made with a partner bind both sides (DESIGN.md guideline: both directions). */
const BILATERAL = new Set(['signed-deal', 'reached-deal']);
