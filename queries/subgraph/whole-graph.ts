/**
 * Which statement reads the whole graph under the viewer's filters. At person level (the default)
 * graph/stances-person-level reads each relation type's id index in order and stops at the limit, so
 * its cost is bounded by the limit; its list parameters are always sent as lists (all values when
 * unfiltered) so that Neo4j plans it once per date-filter shape, not once per combination of nulls.
 * At country level, where rolling endpoints up can drop rows after the limit, graph/stances-filtered
 * scans and sorts every stance.
 */
import neo4j from 'neo4j-driver';
import type { GraphFilters } from '../../core/graph-contract.js';
import { ENTITY_TYPES, POLARITIES, RELATION_TYPES } from '../../core/vocabulary.js';
import { statementOf } from '../cypher-file.js';

const PERSON_LEVEL = statementOf('graph/stances-person-level');
const ANY_LEVEL = statementOf('graph/stances-filtered');

export function wholeGraphStatement(filters: GraphFilters, limit: number): { cypher: string; params: Record<string, unknown> } {
  const params = { ...filters, limit: neo4j.int(limit) };
  if (filters.level !== 'person') return { cypher: ANY_LEVEL, params };
  return {
    cypher: PERSON_LEVEL,
    params: {
      ...params,
      types: filters.types ?? [...RELATION_TYPES],
      polarity: filters.polarity ?? [...POLARITIES],
      entityTypes: filters.entityTypes ?? [...ENTITY_TYPES],
    },
  };
}
