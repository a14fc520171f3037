/**
 * The raw relations the sentence rules emit, and the one function that emits them: every pair of a
 * source and a target actor, never an actor with itself, coreference lowering the confidence.
 */
import type { RelationType } from '../../../core/vocabulary.js';
import type { ArticleActor } from '../actors/registry.js';
import type { Mention } from '../actors/types.js';

export interface RawRelation {
  source: ArticleActor;
  type: RelationType;
  target: ArticleActor;
  confidence: number;
  method: string;
  negated: boolean;
  /** The evidence sentence's offsets, set by index.ts (0 until then; created with the object: one shape). */
  start: number;
  end: number;
}

export const actorCount = (ms: Mention[]): number => ms.reduce((n, m) => n + m.actors.length, 0);

/** Coordinated subjects as one mention per actor ("the two sides" stands for two actors). */
export function mutualMentions(subj: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of subj) {
    if (m.actors.length <= 1) out.push(m);
    else for (const a of m.actors) out.push({ ...m, actors: [a] });
  }
  return out;
}

export function add(
  out: RawRelation[],
  src: Mention[],
  type: RelationType,
  tgt: Mention[],
  conf: number,
  method: string,
  negated: boolean,
): void {
  for (const s of src)
    for (const t of tgt) {
      const coref = s.coref || t.coref;
      for (const a of s.actors)
        for (const b of t.actors) {
          if (a.id === b.id || (a.type === 'Topic' && type !== 'DISCUSSED')) continue;
          // "Xi called on both sides to ...": a pair phrase includes the speaker's own country, not a target.
          if (t.coref && t.actors.length > 1 && a.represents === b.id) continue;
          out.push({ source: a, type, target: b, confidence: round(conf * (coref ? 0.9 : 1)), method, negated, start: 0, end: 0 });
        }
    }
}
const round = (x: number) => Math.round(x * 100) / 100;
