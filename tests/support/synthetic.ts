/** A small synthetic corpus with its own ids for integration tests that load and remove their data. */
import { expect } from 'vitest';
import { generateCorpus } from '../../bench/generate/corpus.js';
import { createUniverse, type Universe } from '../../bench/generate/universe.js';
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { validateExtraction } from '../../ingest/load/parse-extraction.js';

export interface SyntheticCorpus {
  universe: Universe;
  corpus: Extraction[];
  articleIds: string[];
  entityIds: string[];
}

export function syntheticCorpus(
  size: { articles: number; stances: number; entities: number },
  seed: number,
  idPrefix: string,
): SyntheticCorpus {
  const universe = createUniverse(size.entities, seed);
  const corpus = [...generateCorpus({ seed, size, idPrefix }, universe)].map((e) => validateExtraction(e, 'synthetic'));
  return { universe, corpus, articleIds: corpus.map((e) => e.article.id), entityIds: universe.entities.map((e) => e.id) };
}

/** Fails unless none of the corpus's actors is in the database yet (so removing them later removes only the test's data). */
export async function expectActorsNew(db: Db, entityIds: string[]): Promise<void> {
  const clash = await db.driver.executeQuery(
    'MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n',
    { ids: entityIds },
    { database: db.database },
  );
  expect(clash.records[0]!.get('n').toNumber(), 'the synthetic actors must be new to the test database').toBe(0);
}
