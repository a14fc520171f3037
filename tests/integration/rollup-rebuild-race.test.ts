/**
 * A roll-up rebuild runs while other loaders write: one loader replaces changed articles (which
 * makes the roll-up stale and rebuilds it at the end) while a second keeps adding articles in small
 * transactions, and several rebuilds are asked for at once. Nothing may fail, and once every loader
 * has finished the roll-up and activity counts must equal a rebuild from scratch: no stance counted
 * twice or lost, no Rollup node left out.
 * Uses a synthetic corpus with its own ids and removes it afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { loadExtractions } from '../../ingest/load/loader.js';
import { removeArticles } from '../../ingest/load/remove.js';
import { rebuildRollup, rollupIsValid } from '../../ingest/load/rollup.js';
import { testDb } from '../support/db.js';
import { expectDerivedExact } from '../support/derived.js';
import { expectActorsNew, syntheticCorpus } from '../support/synthetic.js';

const SIZE = { articles: 300, stances: 3_000, entities: 120 };
const SEED = 9_127;
const { corpus, articleIds, entityIds } = syntheticCorpus(SIZE, SEED, 'rebuild-race-test');
let db: Db;

/** The same article with one stance fewer: a new content hash, so loading it replaces its stances. */
function changed(extraction: Extraction, round: number): Extraction {
  const keep = extraction.relations.filter((_, i) => i !== round % Math.max(1, extraction.relations.length));
  return { ...extraction, article: { ...extraction.article, title: `${extraction.article.title} (revised ${round})` }, relations: keep };
}

beforeAll(async () => {
  db = testDb();
  await expectActorsNew(db, entityIds);
});
afterAll(async () => {
  await removeArticles(db, articleIds, entityIds);
  await db.close();
});

describe('a roll-up rebuild while other loaders write', () => {
  it('leaves the roll-up exact after replacements, new articles and simultaneous rebuilds', async () => {
    const settled = corpus.slice(0, 100);
    const incoming = corpus.slice(100);
    await loadExtractions(db, settled, { batchArticles: 20 });

    const replacing = async () => {
      for (let round = 1; round <= 4; round++)
        await loadExtractions(
          db,
          settled.slice(round * 10, round * 10 + 10).map((e) => changed(e, round)),
          { batchArticles: 5 },
        );
    };
    const results = await Promise.allSettled([
      replacing(),
      loadExtractions(db, incoming, { batchArticles: 4 }),
      rebuildRollup(db),
      new Promise((resolve) => setTimeout(resolve, 300)).then(() => rebuildRollup(db)),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);

    expect(await rollupIsValid(db), 'every loader has finished, so the roll-up must be marked exact').toBe(true);
    await expectDerivedExact(db);
  }, 180_000);
});
