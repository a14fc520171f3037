/**
 * The units that are scored: per article, the distinct (source, type, target) triples of its
 * non-negated relations, and the same at polarity level (cooperative / neutral / hostile).
 * Symmetric types (MET_WITH, COOPERATES_WITH) are stored with their ends in sorted order, so that
 * "A met B" and "B met A" are one triple.
 */
import type { Extraction } from '../../core/extraction.js';
import { isSymmetric, type Polarity, polarityOf, type RelationType } from '../../core/vocabulary.js';

export interface Triple {
  source: string;
  type: RelationType;
  target: string;
}

export interface PolarityTriple {
  source: string;
  polarity: Polarity;
  target: string;
  /** True when it comes from a symmetric type: its direction does not matter. */
  symmetric: boolean;
}

function orderedEnds(source: string, target: string, symmetric: boolean): [string, string] {
  return symmetric && target < source ? [target, source] : [source, target];
}

export function typedTriples(extraction: Pick<Extraction, 'relations'>): Triple[] {
  const byKey = new Map<string, Triple>();
  for (const relation of extraction.relations) {
    if (relation.negated) continue;
    const [source, target] = orderedEnds(relation.source, relation.target, isSymmetric(relation.type));
    const key = `${source}\u0000${relation.type}\u0000${target}`;
    if (!byKey.has(key)) byKey.set(key, { source, type: relation.type, target });
  }
  return [...byKey.values()];
}

export function polarityTriples(triples: readonly Triple[]): PolarityTriple[] {
  const byKey = new Map<string, PolarityTriple>();
  for (const triple of triples) {
    const symmetric = isSymmetric(triple.type);
    const polarity = polarityOf(triple.type);
    const key = `${triple.source}\u0000${polarity}\u0000${triple.target}\u0000${symmetric}`;
    if (!byKey.has(key)) byKey.set(key, { source: triple.source, polarity, target: triple.target, symmetric });
  }
  return [...byKey.values()];
}

export function formatTriple(triple: Triple): string {
  return `${triple.source} ${triple.type} ${triple.target}`;
}
