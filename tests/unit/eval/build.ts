/** Compact builders for Extraction values used by the scorer tests. */
import type { Actor, Extraction, Relation } from '../../../core/extraction.js';
import type { RelationType } from '../../../core/vocabulary.js';

export function actor(id: string, name: string, aliases: string[] = []): Actor {
  return { id, name, type: 'Country', aliases, represents: null, role: null };
}

/** "a CRITICIZED b" or "a CRITICIZED b !" (negated). */
export function relation(spec: string): Relation {
  const [source = '', type = '', target = '', negation] = spec.split(' ');
  return {
    source,
    type: type as RelationType,
    target,
    evidence: spec,
    start: 0,
    end: spec.length,
    confidence: 1,
    negated: negation === '!',
    method: 'manual',
  };
}

export function extraction(actors: Actor[], relations: string[]): Extraction {
  return { article: { id: 'test' }, actors, relations: relations.map(relation) };
}

export const COUNTRIES = [
  actor('united-states', 'United States', ['U.S.', 'US', 'Washington']),
  actor('china', 'China', ['Beijing']),
  actor('russia', 'Russia', ['Moscow']),
  actor('ukraine', 'Ukraine', ['Kyiv']),
];
