/**
 * Runs a canned query in a READ transaction with a timeout and a row cap, and returns plain rows.
 * Actor and article parameters are resolved first (id, name or alias).
 */
import type { QueryResult } from '../core/query-contract.js';
import type { Db } from '../db/connection.js';
import { asDbError } from '../db/connection.js';
import { cannedQuery } from './catalogue.js';
import { bindParams, type ParamValue } from './params.js';
import { type Plain, toPlain } from './plain.js';
import { resolveActor, resolveArticle } from './resolve.js';

export interface QueryOptions {
  timeoutMs?: number;
  maxRows?: number;
}

export type { QueryResult };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ROWS = 10_000;

export async function resolveParams(db: Db, name: string, raw: Record<string, unknown>): Promise<Record<string, ParamValue>> {
  const query = cannedQuery(name);
  const bound = bindParams(query, raw);
  for (const spec of query.params) {
    const value = bound[spec.name];
    if (typeof value !== 'string') continue;
    if (spec.type === 'actor') bound[spec.name] = await resolveActor(db, value);
    if (spec.type === 'article') bound[spec.name] = await resolveArticle(db, value);
  }
  return bound;
}

export async function runQuery(db: Db, name: string, raw: Record<string, unknown>, options: QueryOptions = {}): Promise<QueryResult> {
  const query = cannedQuery(name);
  const params = await resolveParams(db, name, raw);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => {
        const columns: string[] = [];
        const rows: Record<string, Plain>[] = [];
        let truncated = false;
        for (const statement of query.statements) {
          const result = tx.run(statement, params);
          for await (const record of result) {
            if (rows.length >= maxRows) {
              truncated = true;
              break;
            }
            if (columns.length === 0) columns.push(...record.keys.map(String));
            rows.push(Object.fromEntries(record.keys.map((k) => [k, toPlain(record.get(k))])));
          }
        }
        return { name, columns, rows, truncated, params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toPlain(v)])) };
      },
      { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
    );
  } catch (error) {
    throw asDbError(error);
  } finally {
    await session.close();
  }
}
