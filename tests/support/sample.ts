/** The sample dataset as integration tests see it: data/sample/*.json loaded into the test database. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../../core/extraction.js';
import { type Db, withDb } from '../../db/connection.js';
import { applySchema } from '../../db/schema.js';
import { loadExtractions } from '../../ingest/load/loader.js';
import { validateExtraction } from '../../ingest/load/parse-extraction.js';

export const SAMPLE_JSON = fileURLToPath(new URL('../../data/sample/2024-04-26-blinken-beijing.json', import.meta.url));
export const SAMPLE_TXT = fileURLToPath(new URL('../../data/sample/2024-04-26-blinken-beijing.txt', import.meta.url));

export function sampleExtraction(): Extraction {
  return validateExtraction(JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')), SAMPLE_JSON);
}

export async function wipe(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Empties the database (when asked) and loads the sample, so a suite can count on exact figures. */
export async function loadSample(options: { wipe: boolean }): Promise<void> {
  await withDb(async (db) => {
    await applySchema(db);
    if (options.wipe) await wipe(db);
    await loadExtractions(db, [sampleExtraction()]);
  });
}
