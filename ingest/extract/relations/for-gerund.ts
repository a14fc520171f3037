/**
 * "Lucinschi thanked the United States for backing Moldova's effort", "Castro berated both governments
 * for supporting the resolution": the object of a praise or a rebuke did the act the gerund names,
 * a fact the evaluation presupposes. (An accusation "of doing" is a claim and stays one.)
 */
import type { Mention } from '../actors/types.js';
import { DETS } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import type { Frame } from './frame.js';
import { objects } from './objects.js';
import { EVALUATION_TYPES, type VerbHit } from './scan.js';

/** The doers of the gerund cue `hit` after "<evaluation> <X> for", or null. */
export function gerundDoers(f: Frame, hit: VerbHit): Mention[] | null {
  if (!hit.form.endsWith('ing') || f.toks[hit.i - 1]?.l !== 'for') return null;
  const mi = f.mentionAt[hit.i - 2] ?? -1;
  if (mi < 0) return null;
  const m = f.mentions[mi] as Mention;
  if (m.poss || m.actors.length === 0) return null;
  // The evaluation verb before the object list (skipping determiners and the list itself).
  let p = m.i - 1;
  while (
    p >= 0 &&
    (DETS.has((f.toks[p] as Token).l) || f.mentionAt[p] !== -1 || (f.toks[p] as Token).l === 'and' || (f.toks[p] as Token).t === ',')
  )
    p--;
  const evaluation = f.sc.verbs.find((v) => v.j - 1 === p && EVALUATION_TYPES.has(v.cue.type));
  if (!evaluation) return null;
  const doers = objects(f, evaluation.j, { preps: [''], limit: hit.i - 1 });
  return doers.length > 0 ? doers : null;
}
