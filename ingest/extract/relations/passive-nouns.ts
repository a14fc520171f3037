/**
 * Accurate mode: a noun cue carried by a verb out of the usual order, read from the parse's arcs.
 * "Tough sanctions were imposed on Mali by the bloc": the noun is the passive subject, its target the
 * verb's obl:<the noun's preposition>, the agent the source. "Syria was given a final warning by
 * Turkey": the noun is the object, its target the passive subject. "the embargo it has imposed on
 * Macedonia": the verb is a relative clause on the noun, its subject the source. Without a parse
 * nothing is read.
 */
import { isSymmetric } from '../../../core/vocabulary.js';
import type { Mention } from '../actors/types.js';
import type { Ctx } from '../actors/types.js';
import { type DepArc, type DepView, kidsBy } from '../parse/align.js';
import { mentionsAt } from '../parse/dep-args.js';
import type { Frame } from './frame.js';
import { modality, nounNegated } from './modality.js';
import type { NounHit } from './scan.js';
import { add, type RawRelation } from './emit.js';

/** The noun cue whose words hold parser token k, if any. */
function nounAt(f: Frame, d: DepView, k: number): NounHit | undefined {
  const t = d.first[k] as number;
  return f.sc.nouns.find((h) => t >= h.i && t < h.j);
}

export function passiveNouns(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  const d = f.dep;
  if (!d) return;
  for (let v = 0; v < d.kids.length; v++) {
    const patients = kidsBy(d, v, 'nsubj:pass');
    if (patients.length === 0 || !(d.pos[v] as string).startsWith('VBN')) continue;
    const mod = modality(f, d.first[v] as number, ctx.cues, true);
    if (mod.kind !== 'fact' || mod.negated || mod.future) continue;
    const agents = kidsBy(d, v, 'obl:agent');
    for (const subj of patients) {
      const noun = nounAt(f, d, subj);
      if (noun) {
        // "sanctions were imposed on Mali by the bloc"
        const on = (d.kids[v] as DepArc[]).filter((a) => noun.cue.obj.some((p) => a.rel === `obl:${p}`)).map((a) => a.at);
        emit(out, f, noun, mentionsAt(f, agents), mentionsAt(f, on), 'passive-noun');
        continue;
      }
      // "Syria was given a final warning by Turkey" (the parser may hang "by Turkey" on the noun)
      for (const o of kidsBy(d, v, 'obj')) {
        const given = nounAt(f, d, o);
        if (!given) continue;
        const by = agents.length > 0 ? agents : kidsBy(d, o, 'nmod:by');
        emit(out, f, given, mentionsAt(f, by), mentionsAt(f, [subj]), 'passive-given');
      }
    }
  }
}

/** Verbs that carry out what their noun names ("imposed sanctions"), not those that undo it ("lifted"). */
const CARRIERS = new Set([
  'impose',
  'slap',
  'level',
  'lodge',
  'issue',
  'deliver',
  'file',
  'voice',
  'express',
  'launch',
  'stage',
  'conduct',
  'extend',
  'offer',
  'provide',
  'give',
  'send',
  'make',
]);

/** "the embargo (that) Greece imposed on Macedonia": a relative clause of a carrier verb on a noun cue. */
export function relativeNouns(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  const d = f.dep;
  if (!d) return;
  for (let k = 0; k < d.kids.length; k++) {
    const noun = nounAt(f, d, k);
    if (!noun) continue;
    for (const v of kidsBy(d, k, 'acl:relcl')) {
      if (!CARRIERS.has(d.lemma[v] as string)) continue;
      const mod = modality(f, d.first[v] as number, ctx.cues, true);
      if (mod.kind !== 'fact' || mod.negated || mod.future) continue;
      const by = kidsBy(d, v, 'obl:agent');
      const doers = by.length > 0 ? by : kidsBy(d, v, 'nsubj');
      const on = [...(d.kids[v] as DepArc[]), ...(d.kids[k] as DepArc[])]
        .filter((a) => noun.cue.obj.some((p) => a.rel === `obl:${p}` || a.rel === `nmod:${p}`))
        .map((a) => a.at);
      emit(out, f, noun, mentionsAt(f, doers), mentionsAt(f, on), 'relative-noun');
    }
  }
}

function emit(out: RawRelation[], f: Frame, noun: NounHit, source: Mention[], target: Mention[], how: string): void {
  if (source.length === 0 || target.length === 0 || isSymmetric(noun.cue.type) || f.mentionAt[noun.i] !== -1) return;
  // "No warning was given to Lebanon by Israel."
  if (nounNegated(f.toks, noun.i)) return;
  add(out, source, noun.cue.type, target, 0.7, `parse:${how}-${noun.cue.rule}`, false);
}
