/**
 * Parameters for run i of a canned query: every parameter filled by its declared type (actor from the
 * hubs on even runs, the tail on odd ones; article ids; defaults otherwise), with a few per-query
 * variations (ego-network at depth 2, most-active by each polarity, timeline date ranges, pairs that
 * share stances for two-actor queries).
 */
import type { CypherFile } from '../../queries/cypher-file.js';
import { pick } from '../generate/random.js';
import { actorFor, type Samples } from './samples.js';

const POLARITIES = [null, 'cooperative', 'neutral', 'hostile'];
const RANGES: [string | null, string | null][] = [
  [null, null],
  ['2020', '2021'],
  ['2022-03', null],
  [null, '2019-12-31'],
];

export function paramsFor(query: CypherFile, s: Samples, i: number): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const actorParams = query.params.filter((p) => p.type === 'actor' && p.default === undefined);
  if (actorParams.length === 2 && i % 2 === 0 && s.pairs.length > 0) {
    const [a, b] = pick(s.random, s.pairs);
    params[actorParams[0]!.name] = a;
    params[actorParams[1]!.name] = b;
  }
  for (const spec of query.params) {
    if (spec.name in params) continue;
    if (spec.type === 'actor' && spec.default === undefined) params[spec.name] = actorFor(s, i + (spec === actorParams[1] ? 1 : 0));
    else if (spec.type === 'actor') params[spec.name] = i % 3 === 0 ? pick(s.random, s.countries) : undefined;
    else if (spec.type === 'article') params[spec.name] = pick(s.random, s.articles);
  }
  if (query.name === 'ego-network') params.depth = 2;
  if (query.name === 'most-active') params.polarity = POLARITIES[i % POLARITIES.length];
  if (query.name === 'timeline') [params.from, params.to] = RANGES[i % RANGES.length]!;
  for (const key of Object.keys(params)) if (params[key] === undefined || params[key] === null) delete params[key];
  return params;
}
