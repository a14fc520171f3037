/**
 * The statements that read a selection's stances under the viewer's filters, with their parameters,
 * shared by selectSubgraph and streamSubgraph. The whole graph (graph/stances-filtered: one
 * branch per relation type, each reading its id index in order and stopping at the limit). Its list
 * parameters are always sent as lists (every value when unfiltered) so that Neo4j plans this large
 * statement once per date-filter shape, not once per combination of null parameters.
 */
import neo4j from 'neo4j-driver';
import type { GraphFilters } from '../../core/graph-contract.js';
import { ENTITY_TYPES, POLARITIES, RELATION_TYPES } from '../../core/vocabulary.js';
import { statementOf } from '../cypher-file.js';

const STATEMENT = statementOf('graph/stances-filtered');
const BY_IDS = statementOf('graph/stances-by-ids');

type Statement = { cypher: string; params: Record<string, unknown> };

export function wholeGraphStatement(filters: GraphFilters, limit: number): Statement {
  return {
    cypher: STATEMENT,
    params: {
      ...filters,
      types: filters.types ?? [...RELATION_TYPES],
      polarity: filters.polarity ?? [...POLARITIES],
      entityTypes: filters.entityTypes ?? [...ENTITY_TYPES],
      limit: neo4j.int(limit),
    },
  };
}

/** The given stances (an ego network's or a canned query's) that pass the filters. */
export function stancesByIdsStatement(filters: GraphFilters, limit: number, ids: string[]): Statement {
  return { cypher: BY_IDS, params: { ...filters, limit: neo4j.int(limit), ids } };
}
