/**
 * The statement that reads the whole graph under the viewer's filters (graph/stances-filtered: one
 * branch per relation type, each reading its id index in order and stopping at the limit). Its list
 * parameters are always sent as lists (every value when unfiltered) so that Neo4j plans this large
 * statement once per date-filter shape, not once per combination of null parameters.
 */
import neo4j from 'neo4j-driver';
import type { GraphFilters } from '../../core/graph-contract.js';
import { ENTITY_TYPES, POLARITIES, RELATION_TYPES } from '../../core/vocabulary.js';
import { statementOf } from '../cypher-file.js';

const STATEMENT = statementOf('graph/stances-filtered');

export function wholeGraphStatement(filters: GraphFilters, limit: number): { cypher: string; params: Record<string, unknown> } {
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
