/**
 * The streaming twin of selectSubgraph: the same selection and filters, but stance rows come one at
 * a time from an open READ transaction (the driver pulls in batches with back-pressure), so an
 * export of a million stances never holds them all. Rows arrive in stance id order. Opening resolves
 * the selection first (unknown actor or query -> NOT_FOUND), before anything is written.
 */
import neo4j from 'neo4j-driver';
import type { GraphFilters } from '../../core/graph-contract.js';
import { asDbError, type Db } from '../../db/connection.js';
import { statementOf } from '../cypher-file.js';
import { type Plain, toPlain } from '../plain.js';
import type { EntityRecord, StanceRecord } from './build.js';
import { type Selection, selectionIds } from './select.js';
import { stancesByIdsStatement, wholeGraphStatement } from './stance-statements.js';

const Q = {
  entities: statementOf('graph/entities-by-ids'),
};

export const DEFAULT_STREAM_TIMEOUT_MS = 15 * 60_000;

export interface SubgraphStream {
  /** At most `filters.limit` stances, in id order. Iterate once. */
  stances: AsyncIterable<StanceRecord>;
  /** After iterating: true when the selection had more stances than the limit. */
  truncated(): boolean;
  /** After iterating: entities the selection names that no streamed stance touched (person level only). */
  isolatedEntities(has: (id: string) => boolean): Promise<EntityRecord[]>;
}

async function* readStream(
  db: Db,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): AsyncGenerator<Record<string, Plain>> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize: 2000 });
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    try {
      for await (const record of tx.run(cypher, params)) {
        yield Object.fromEntries(record.keys.map((k) => [k, toPlain(record.get(k))]));
      }
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    throw asDbError(error);
  } finally {
    await session.close();
  }
}

export async function streamSubgraph(
  db: Db,
  selection: Selection,
  filters: GraphFilters,
  options: { timeoutMs?: number } = {},
): Promise<SubgraphStream> {
  const ids = await selectionIds(db, selection, filters);
  const timeoutMs = options.timeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS;
  const { cypher, params } = ids
    ? stancesByIdsStatement(filters, filters.limit + 1, ids.stanceIds)
    : wholeGraphStatement(filters, filters.limit + 1);
  let truncated = false;
  async function* stances(): AsyncGenerator<StanceRecord> {
    let count = 0;
    for await (const row of readStream(db, cypher, params, timeoutMs)) {
      if (count === filters.limit) {
        truncated = true;
        break;
      }
      count += 1;
      yield row as unknown as StanceRecord;
    }
  }
  return {
    stances: stances(),
    truncated: () => truncated,
    async isolatedEntities(has) {
      if (!ids || filters.level !== 'person') return [];
      const missing = ids.entityIds.filter((id) => !has(id));
      if (missing.length === 0) return [];
      const out: EntityRecord[] = [];
      for await (const row of readStream(db, Q.entities, { ids: missing }, timeoutMs)) out.push(row.entity as unknown as EntityRecord);
      return out;
    },
  };
}
