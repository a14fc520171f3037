/**
 * Hopes addressed to another actor are requests (PLOVER REQUEST; the sample's "We hope that the United
 * States can also view ..."): "China hoped its neighbour would honour ...". The actor named right after
 * "hope"/"wish" (and "that") must be followed by a modal and an active verb: X URGED that actor. Not
 * "want"/"expect" ("they expected him to come away with ...": a prediction; PETR2 codes no
 * "wants X to"), not a passive ("hoped French officials would be indicted": about them, not to them).
 */
import type { Ctx, Mention } from '../actors/types.js';
import type { Token } from '../text/tokens.js';
import { subjectsAt } from './cue-args.js';
import type { Frame } from './frame.js';
import { modality } from './modality.js';
import { namedAfter } from './objects.js';
import { add, type RawRelation } from './emit.js';

const WISHES = new Set(['hope', 'hopes', 'hoped', 'wish', 'wishes', 'wished']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', "'ll", 'might']);

function addressee(f: Frame, k: number): Mention | null {
  const m = namedAfter(f, k, f.toks[k + 1]?.l === 'that' ? k + 2 : k + 1, k + 4);
  if (!m || m.kind === 'we' || m.kind === 'place') return null;
  const after = f.toks[m.j + 1]?.l ?? '';
  return MODALS.has(f.toks[m.j]?.l ?? '') && after !== 'be' && after !== 'been' ? m : null;
}

export function requestRelations(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  for (let k = 0; k < f.toks.length; k++) {
    if (!WISHES.has((f.toks[k] as Token).l) || f.mentionAt[k] !== -1) continue;
    const target = addressee(f, k);
    if (!target) continue;
    // "it was hoped": no wisher; "will hope": not stated.
    const mod = modality(f, k, ctx.cues, false);
    if (mod.kind !== 'fact' || mod.passive || mod.future) continue;
    add(out, subjectsAt(f, k), 'URGED', [target], 0.65, 'request:hoped-that', mod.negated);
  }
}
