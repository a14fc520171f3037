/**
 * "Correa had already been to Peru, Brazil and Venezuela": a visit. Only "been" right before "to"
 * ("had been committed to the cause" is no visit), only countries, only a stated fact.
 */
import type { Ctx } from '../actors/types.js';
import type { Token } from '../text/tokens.js';
import { subjectsAt } from './cue-args.js';
import { add, type RawRelation } from './emit.js';
import type { Frame } from './frame.js';
import { modality } from './modality.js';
import { objects } from './objects.js';

export function beenToRelations(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  for (let k = 1; k < f.toks.length - 1; k++) {
    if ((f.toks[k] as Token).l !== 'been' || (f.toks[k + 1] as Token).l !== 'to') continue;
    const mod = modality(f, k, ctx.cues, false);
    if (mod.kind !== 'fact' || mod.future || mod.passive) continue;
    const places = objects(f, k + 2, { preps: [''] }).filter((m) => m.actors.some((a) => a.type === 'Country'));
    if (places.length > 0) add(out, subjectsAt(f, k), 'VISITED', places, 0.75, 'pattern:been-to', mod.negated);
  }
}
