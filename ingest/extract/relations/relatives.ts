/**
 * Participle phrases after a comma or an act noun, read before the main verb rules:
 * - "a resolution, backed by Russia," / "Ukraine, backed by the West,": the by-agent acts on the head;
 * - "An agreement, signed by Russia and Moldova in 1994,": the signatories agree with each other;
 * - "..., in a move condemned by Seoul and Tokyo": the by-agent acts on the main clause's subject.
 */
import { isActNoun } from '../actors/acts.js';
import type { Mention } from '../actors/types.js';
import type { Token } from '../text/tokens.js';
import { inPP } from './args.js';
import { actorCount, add, mutualMentions, type RawRelation } from './emit.js';
import type { Frame } from './frame.js';
import type { Modality } from './modality.js';
import { objects } from './objects.js';
import type { VerbHit } from './scan.js';
import { topicType } from './topic-args.js';

/** Nouns of a signed agreement ("An agreement, signed by X and Y,"). */
const DEALS = new Set([
  'agreement',
  'accord',
  'treaty',
  'pact',
  'deal',
  'protocol',
  'protocols',
  'memorandum',
  'declaration',
  'convention',
]);

/** Emits the relations of a participle relative at `hit`; true when the cue was one (nothing else to read). */
export function participleRelative(f: Frame, hit: VerbHit, mod: Modality, participle: boolean, out: RawRelation[]): boolean {
  const { cue } = hit;
  // A reduced relative: "a resolution, backed by Russia," / "Ukraine, backed by the West,".
  const reduced =
    mod.kind === 'fact' && !mod.passive && cue.passive && participle && f.toks[hit.i - 1]?.t === ',' && f.toks[hit.j]?.l === 'by';
  // "..., in a move condemned by Seoul and Tokyo": the act of the main clause's subject.
  const actRelative =
    mod.kind === 'fact' &&
    cue.passive &&
    participle &&
    f.toks[hit.j]?.l === 'by' &&
    isActNoun(f.toks[hit.i - 1]?.l ?? '') &&
    (f.toks[hit.i - 2]?.l === 'a' || f.toks[hit.i - 2]?.l === 'the');
  if (actRelative) {
    const agent = objects(f, hit.j, { preps: ['by'] });
    const doer = f.mentions.find((m) => m.i < hit.i - 2 && m.actors.length > 0 && !m.poss && m.kind !== 'place' && !inPP(f, m));
    if (agent.length > 0 && doer) add(out, agent, cue.type, [doer], 0.7, `passive:act-${cue.rule}`, false);
    return true;
  }
  if (reduced) {
    // The relative ends at its closing comma: "Troops, backed by Botswana, entered Lesotho" (not Lesotho).
    const close = f.toks.findIndex((t, k) => k > hit.j && (t.t === ',' || t.t === ';'));
    const agent = objects(f, hit.j, { preps: ['by'], limit: close < 0 ? undefined : close });
    const head = f.mentionAt[hit.i - 2] ?? -1;
    const target = head >= 0 ? (f.mentions[head] as Mention) : f.topics?.find((m) => m.j === hit.i - 1);
    if (agent.length > 0 && target) add(out, agent, topicType(cue.type, target), [target], 0.75, `passive:reduced-${cue.rule}`, false);
    // "An agreement, signed by Russia and Moldova in 1994,": the signatories agreed with each other.
    else if (DEALS.has(f.toks[hit.i - 2]?.l ?? '')) signedDeal(f, hit, agent, out);
    return true;
  }
  return false;
}

/**
 * A signing by several agents of a deal named before the verb ("An agreement, signed by X and Y,",
 * "The memorandum was signed ... by X and Y"): AGREED_WITH both ways; true when it was one.
 */
export function signedDeal(f: Frame, hit: VerbHit, agents: Mention[], out: RawRelation[]): boolean {
  if (hit.cue.base !== 'sign' || actorCount(agents) < 2) return false;
  let k = hit.i - 1;
  while (k >= 0 && k > hit.i - 6 && !DEALS.has((f.toks[k] as Token).l)) k--;
  if (k < 0 || !DEALS.has((f.toks[k] as Token).l)) return false;
  const ms = mutualMentions(agents);
  for (const a of ms) for (const b of ms) if (a !== b) add(out, [a], 'AGREED_WITH', [b], 0.7, 'agreement:signed-by', false);
  return true;
}
