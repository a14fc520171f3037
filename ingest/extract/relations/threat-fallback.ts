/**
 * "China has threatened to take Taiwan back by force", "Turkey threatened to cut off water to Syria":
 * a threat whose infinitive is no cue of its own still threatens the actor it acts on. (Cued
 * infinitives, "threatened to invade Taiwan", are read by the verb rules as threats already.)
 */
import type { Ctx } from '../actors/types.js';
import type { Token } from '../text/tokens.js';
import { subjectsAt } from './cue-args.js';
import { add, type RawRelation } from './emit.js';
import type { Frame } from './frame.js';
import { modality } from './modality.js';
import { objects } from './objects.js';
import { infinitiveAt } from './verbal.js';

export function threatFallback(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  for (let k = 0; k < f.toks.length - 2; k++) {
    // The threat verbs before "to" of the lexicon (`threatenTo`), not the vows (as modality.ts reads them).
    const l = (f.toks[k] as Token).l;
    if (!ctx.cues.threatenTo.has(l) || !l.startsWith('threat') || (f.toks[k + 1] as Token).l !== 'to' || !infinitiveAt(f.toks, k + 2))
      continue;
    if (f.sc.verbs.some((v) => v.i === k + 2)) continue;
    const mod = modality(f, k, ctx.cues, false);
    if (mod.kind !== 'fact' || mod.future || mod.passive) continue;
    const targets = objects(f, k + 3, { preps: ['', 'to', 'against', 'on', 'at', 'off'], limit: k + 11 });
    if (targets.length > 0) add(out, subjectsAt(f, k), 'THREATENED', targets.slice(0, 1), 0.65, 'threat:threatened-to', mod.negated);
  }
}
