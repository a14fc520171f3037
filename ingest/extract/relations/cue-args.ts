/**
 * The arguments of a verb cue: from the dependency parse when the article was parsed (accurate
 * mode) and the parse has the arc, else from the punctuation rules. The parse wins where both answer:
 * on articles the rules were not written against it finds subjects and objects more often right.
 */
import type { Mention } from '../actors/types.js';
import { depAgents, depObjects, depSubjects } from '../parse/dep-args.js';
import { subjects } from './args.js';
import type { Frame } from './frame.js';
import { cueObjects, objects } from './objects.js';
import type { VerbHit } from './scan.js';

function either(f: Frame, parsed: () => Mention[] | null, rules: () => Mention[]): Mention[] {
  const d = f.dep ? parsed() : null;
  return d && d.length > 0 ? d : rules();
}

/** Who does the cue's act ("X met Y"; the patient of a passive: "Y was criticized by X"). */
export function cueSubjects(f: Frame, hit: VerbHit): Mention[] {
  return either(
    f,
    () => depSubjects(f, hit.i, hit.j),
    () => subjects(f, hit.i),
  );
}

/** The subjects of the verb at token k, from the parse when it names them (slotted cues, hopes). */
export function subjectsAt(f: Frame, k: number): Mention[] {
  return either(
    f,
    () => depSubjects(f, k, k + 1),
    () => subjects(f, k),
  );
}

/** The by-agents of a passive cue. */
export function passiveAgents(f: Frame, hit: VerbHit): Mention[] {
  return either(
    f,
    () => depAgents(f, hit.i, hit.j),
    () => objects(f, hit.j, { preps: ['by'] }),
  );
}

/** The objects of an active cue by its own prepositions. */
export function cueObjectsOf(f: Frame, hit: VerbHit): Mention[] {
  return either(
    f,
    () => depObjects(f, hit.i, hit.j, hit.cue.obj),
    () => cueObjects(f, hit.j, hit.cue.obj),
  );
}
