/**
 * Slotted cues: the target sits between the verb and the rest of the phrase ("held Moscow responsible",
 * "put Damascus on notice", "ordered the ambassador out", "gave Kyiv its full backing"). The target is
 * the actor named right after the verb (after determiners); the source is the verb's subject (from the
 * parse in accurate mode). Lexicon: `slotted` in data/dictionary/verbs.json.
 */
import type { Ctx } from '../actors/types.js';
import { isParticiple } from '../lexicon/inflect.js';
import type { Token } from '../text/tokens.js';
import { subjectsAt } from './cue-args.js';
import type { Frame } from './frame.js';
import { modality, noInside } from './modality.js';
import { matchRest } from './scan.js';
import { namedAfter } from './objects.js';
import { add, type RawRelation } from './sentence.js';

export function slottedRelations(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  const table = ctx.cues.slotted;
  for (let k = 0; k < f.toks.length; k++) {
    const cs = table.get((f.toks[k] as Token).l);
    if (!cs || f.mentionAt[k] !== -1) continue;
    const target = namedAfter(f, k, k + 1, k + 3);
    if (!target) continue;
    const cue = cs.find((c) => matchRest(f.toks, target.j, c.tail) >= 0);
    if (!cue || (cue.targets && !target.actors.some((a) => cue.targets?.includes(a.type)))) continue;
    const mod = modality(f, k, ctx.cues, isParticiple((f.toks[k] as Token).l, cue.base));
    if (mod.kind !== 'fact' || mod.future || mod.passive) continue;
    // "had given the Ukrainian leader no firm promise of aid": a "no" before the tail negates it.
    const negated = mod.negated || noInside(f.toks, target.j, matchRest(f.toks, target.j, cue.tail));
    add(out, subjectsAt(f, k), cue.type, [target], 0.8, `slotted:${cue.rule}`, negated);
  }
}
