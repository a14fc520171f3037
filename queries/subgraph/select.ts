/**
 * Selects a subgraph (the whole graph, an ego network, or a canned query's result) under the viewer's
 * filters, and returns it in the graph contract. Shared by GET /api/graph, /api/export and `export`.
 */
import type { GraphFilters, GraphPayload } from '../../core/graph-contract.js';
import { ROW_EDGE_COLUMNS, ROW_NODE_COLUMNS } from '../../core/graph-contract.js';
import { asDbError, type Db } from '../../db/connection.js';
import { statementOf } from '../cypher-file.js';
import { type Plain, toPlain } from '../plain.js';
import { type QueryResult, runQuery } from '../run.js';
import { type EntityRecord, StanceGraphBuilder, type StanceRecord } from './build.js';
import { stancesByIdsStatement, wholeGraphStatement } from './stance-statements.js';

const Q = {
  entities: statementOf('graph/entities-by-ids'),
};

export type Selection =
  | { kind: 'all' }
  | { kind: 'around'; actor: string; depth: number }
  | { kind: 'query'; name: string; params: Record<string, unknown> };

/** Entity and stance ids named by a query's rows (see ROW_*_COLUMNS). */
export function idsOfRows(result: Pick<QueryResult, 'rows'>): { stanceIds: string[]; entityIds: string[] } {
  const stanceIds = new Set<string>();
  const entityIds = new Set<string>();
  const add = (set: Set<string>, v: Plain | undefined) => {
    if (typeof v === 'string') set.add(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') set.add(x);
  };
  for (const row of result.rows) {
    for (const c of ROW_EDGE_COLUMNS) add(stanceIds, row[c]);
    for (const c of ROW_NODE_COLUMNS) add(entityIds, row[c]);
  }
  return { stanceIds: [...stanceIds], entityIds: [...entityIds] };
}

async function readRecords(db: Db, cypher: string, params: Record<string, unknown>): Promise<Record<string, Plain>[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => {
        const rows: Record<string, Plain>[] = [];
        for await (const record of tx.run(cypher, params))
          rows.push(Object.fromEntries(record.keys.map((k) => [k, toPlain(record.get(k))])));
        return rows;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    throw asDbError(error);
  } finally {
    await session.close();
  }
}

/** The stance and entity ids an ego network or a canned query names; null for the whole graph (also used by stream.ts). */
export async function selectionIds(
  db: Db,
  selection: Selection,
  filters: GraphFilters,
): Promise<{ stanceIds: string[]; entityIds: string[] } | null> {
  if (selection.kind === 'around') {
    return idsOfRows(
      await runQuery(
        db,
        'ego-network',
        { actor: selection.actor, depth: selection.depth, limit: filters.limit },
        { maxRows: filters.limit },
      ),
    );
  }
  if (selection.kind === 'query') return idsOfRows(await runQuery(db, selection.name, selection.params, { maxRows: filters.limit }));
  return null;
}

export async function selectSubgraph(db: Db, selection: Selection, filters: GraphFilters): Promise<GraphPayload> {
  const builder = new StanceGraphBuilder();
  const ids = await selectionIds(db, selection, filters);
  const { cypher, params } = ids
    ? stancesByIdsStatement(filters, filters.limit + 1, ids.stanceIds)
    : wholeGraphStatement(filters, filters.limit + 1);
  const rows = await readRecords(db, cypher, params);
  const truncated = rows.length > filters.limit;
  for (const row of rows.slice(0, filters.limit)) builder.addStance(row as unknown as StanceRecord);
  if (ids && filters.level === 'person') {
    const missing = ids.entityIds.filter((id) => !builder.graph.hasNode(id));
    if (missing.length > 0) {
      for (const row of await readRecords(db, Q.entities, { ids: missing })) builder.addEntity(row.entity as unknown as EntityRecord);
    }
  }
  return builder.toPayload(truncated);
}
