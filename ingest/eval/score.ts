/**
 * Extraction quality as DESIGN.md defines it. Per article: precision = extracted triples that
 * match a gold triple / extracted triples; recall = gold triples matched by some extracted triple /
 * gold triples; F1. The same at polarity level. Totals are micro-averaged (counts are summed over
 * articles before dividing). Negated relations never count; symmetric types match either way round.
 */
import type { Extraction } from '../../core/extraction.js';
import { isSymmetric, RELATION_TYPES, type RelationType } from '../../core/vocabulary.js';
import { type ActorMapper, mapActors } from './match.js';
import { type PolarityTriple, polarityTriples, type Triple, typedTriples } from './triples.js';

export interface Counts {
  nGold: number;
  nPred: number;
  /** Extracted triples that match at least one gold triple. */
  tpPred: number;
  /** Gold triples matched by at least one extracted triple. */
  tpGold: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Per relation type: tp and fp count extracted triples, fn counts gold triples not found. */
export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export type ByType = Record<RelationType, TypeCounts>;

export interface ArticleScore {
  typed: Counts;
  polarity: Counts;
  byType: ByType;
  falsePositives: Triple[];
  falseNegatives: Triple[];
}

export const emptyCounts = (): Counts => ({ nGold: 0, nPred: 0, tpPred: 0, tpGold: 0 });

export function emptyByType(): ByType {
  return Object.fromEntries(RELATION_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }])) as ByType;
}

/** Conventions for empty sets: nothing extracted and nothing expected is perfect; nothing
 *  extracted while something was expected has precision 0. */
export function prf(counts: Counts): Prf {
  const precision = counts.nPred === 0 ? (counts.nGold === 0 ? 1 : 0) : counts.tpPred / counts.nPred;
  const recall = counts.nGold === 0 ? 1 : counts.tpGold / counts.nGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function endsMatch(map: ActorMapper, predSource: string, predTarget: string, gold: { source: string; target: string }) {
  return map(predSource).has(gold.source) && map(predTarget).has(gold.target);
}

function typedMatch(map: ActorMapper, pred: Triple, gold: Triple): boolean {
  if (pred.type !== gold.type) return false;
  if (endsMatch(map, pred.source, pred.target, gold)) return true;
  return isSymmetric(gold.type) && endsMatch(map, pred.target, pred.source, gold);
}

function polarityMatch(map: ActorMapper, pred: PolarityTriple, gold: PolarityTriple): boolean {
  if (pred.polarity !== gold.polarity) return false;
  if (endsMatch(map, pred.source, pred.target, gold)) return true;
  return (pred.symmetric || gold.symmetric) && endsMatch(map, pred.target, pred.source, gold);
}

interface Matching<T> {
  counts: Counts;
  matchedPred: boolean[];
  matchedGold: boolean[];
  pred: T[];
  gold: T[];
}

function matchSets<T>(gold: T[], pred: T[], matches: (pred: T, gold: T) => boolean): Matching<T> {
  const matchedPred = pred.map(() => false);
  const matchedGold = gold.map(() => false);
  pred.forEach((predicted, i) => {
    gold.forEach((expected, j) => {
      if (matches(predicted, expected)) {
        matchedPred[i] = true;
        matchedGold[j] = true;
      }
    });
  });
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  const counts = { nGold: gold.length, nPred: pred.length, tpPred: count(matchedPred), tpGold: count(matchedGold) };
  return { counts, matchedPred, matchedGold, pred, gold };
}

function countByType(typed: Matching<Triple>): ByType {
  const byType = emptyByType();
  typed.pred.forEach((triple, i) => {
    byType[triple.type][typed.matchedPred[i] ? 'tp' : 'fp'] += 1;
  });
  typed.gold.forEach((triple, j) => {
    if (!typed.matchedGold[j]) byType[triple.type].fn += 1;
  });
  return byType;
}

/** Scores one article's extraction against its gold extraction. */
export function scoreArticle(gold: Extraction, extracted: Extraction): ArticleScore {
  const map = mapActors(gold, extracted);
  const goldTriples = typedTriples(gold);
  const predTriples = typedTriples(extracted);
  const typed = matchSets(goldTriples, predTriples, (p, g) => typedMatch(map, p, g));
  const polarity = matchSets(polarityTriples(goldTriples), polarityTriples(predTriples), (p, g) => polarityMatch(map, p, g));
  return {
    typed: typed.counts,
    polarity: polarity.counts,
    byType: countByType(typed),
    falsePositives: predTriples.filter((_, i) => !typed.matchedPred[i]),
    falseNegatives: goldTriples.filter((_, j) => !typed.matchedGold[j]),
  };
}

export function addCounts(left: Counts, right: Counts): Counts {
  return {
    nGold: left.nGold + right.nGold,
    nPred: left.nPred + right.nPred,
    tpPred: left.tpPred + right.tpPred,
    tpGold: left.tpGold + right.tpGold,
  };
}

export function addByType(left: ByType, right: ByType): ByType {
  const sum = emptyByType();
  for (const type of RELATION_TYPES) {
    sum[type] = {
      tp: left[type].tp + right[type].tp,
      fp: left[type].fp + right[type].fp,
      fn: left[type].fn + right[type].fn,
    };
  }
  return sum;
}
