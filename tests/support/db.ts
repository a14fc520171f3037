/** Opens the integration test database (set up by global-setup.ts) for one suite. */
import { type Db, openDb } from '../../db/connection.js';
import { runQuery } from '../../queries/run.js';
import type { Plain } from '../../queries/plain.js';

export function testDb(): Db {
  return openDb();
}

export async function rows(db: Db, name: string, params: Record<string, unknown> = {}): Promise<Record<string, Plain>[]> {
  return (await runQuery(db, name, params)).rows;
}
