/** Applies cypher/schema/*.cypher (constraints and indexes); idempotent, run by `db start` and `ingest`. */
import { join } from 'node:path';
import { CYPHER_DIR, readCypherDir } from '../queries/cypher-file.js';
import type { Db } from './connection.js';

export async function applySchema(db: Db): Promise<number> {
  let count = 0;
  for (const file of readCypherDir(join(CYPHER_DIR, 'schema'))) {
    for (const statement of file.statements) {
      await db.driver.executeQuery(statement, {}, { database: db.database });
      count += 1;
    }
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.database });
  return count;
}
