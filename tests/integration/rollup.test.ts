/**
 * The derived data the loader keeps up to date batch by batch (country-level Rollup nodes, per-entity
 * activity counts) must equal what a full rebuild from the stances gives, after every kind of load:
 * new actors, a person who gains a country after taking stances, a new person with a country, and a
 * changed article that replaces its stances. Uses its own ids and removes them afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { loadExtractions } from '../../ingest/load/loader.js';
import { rebuildRollup } from '../../ingest/load/rollup.js';
import { testDb } from '../support/db.js';

const ARTICLES = ['rollup-test-1', 'rollup-test-2', 'rollup-test-3'];
const ENTITIES = ['zz-testland', 'zz-otherland', 'zz-zed', 'zz-yan'];
let db: Db;

const actors = {
  testland: { id: 'zz-testland', name: 'Testland', type: 'Country' as const, aliases: [] },
  otherland: { id: 'zz-otherland', name: 'Otherland', type: 'Country' as const, aliases: [] },
  zed: { id: 'zz-zed', name: 'Zed Tester', type: 'Person' as const, aliases: [] },
  yan: { id: 'zz-yan', name: 'Yan Tester', type: 'Person' as const, aliases: [] },
};

function article(id: string, date: string, list: Extraction['actors'], relations: [string, string, string][]): Extraction {
  return {
    article: { id, title: id, date, source: 'test', url: null },
    actors: list,
    relations: relations.map(([source, type, target], i) => ({
      source,
      type,
      target,
      evidence: `Sentence ${i} of ${id}.`,
      start: i * 20,
      end: i * 20 + 15,
      confidence: 0.9,
      negated: false,
      method: 'test',
    })),
  } as Extraction;
}

/** Every Rollup node and every entity's activity counts (absent = 0: entities that never took a stance), in a stable order. */
async function derived(): Promise<{ rollups: unknown[]; activity: unknown[] }> {
  const q = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
  const rollups = await q(
    'MATCH (g:Rollup) RETURN g.key AS key, g.stances AS n, g.first AS first, g.last AS last, size(g.stanceIds) AS ids ORDER BY key',
  );
  const activity = await q(
    'MATCH (e:Entity) RETURN e.id AS id, coalesce(e.activeTotal, 0) AS t, coalesce(e.activeCooperative, 0) AS c, ' +
      'coalesce(e.activeNeutral, 0) AS n, coalesce(e.activeHostile, 0) AS h ORDER BY id',
  );
  return { rollups: rollups.records.map((r) => r.toObject()), activity: activity.records.map((r) => r.toObject()) };
}

/** Asserts the incrementally kept state equals a rebuild from scratch. */
async function expectExact(): Promise<void> {
  const incremental = await derived();
  await rebuildRollup(db);
  expect(incremental).toEqual(await derived());
}

async function remove(): Promise<void> {
  const run = (cypher: string, params: Record<string, unknown>) => db.driver.executeQuery(cypher, params, { database: db.database });
  await run('MATCH ()-[r]->() WHERE r.articleId IN $ids DELETE r', { ids: ARTICLES });
  await run('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids: ARTICLES });
  await run('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: ENTITIES });
  await rebuildRollup(db);
}

beforeAll(async () => {
  db = testDb();
  await remove();
});
afterAll(async () => {
  await remove();
  await db.close();
});

describe('derived counts kept by the loader', () => {
  it('match a rebuild after new actors and stances are added', async () => {
    const first = article(
      'rollup-test-1',
      '2024-01-02',
      [actors.testland, actors.otherland, actors.zed],
      [
        ['zz-zed', 'CRITICIZED', 'zz-testland'],
        ['zz-otherland', 'MET_WITH', 'zz-testland'],
        ['zz-otherland', 'CRITICIZED', 'zz-testland'],
      ],
    );
    const summary = await loadExtractions(db, [first]);
    expect(summary.stances).toBe(3);
    expect(summary.rollupRebuilt).toBe(false);
    await expectExact();
  });

  it('match a rebuild after a person who already took stances is given a country', async () => {
    const second = article(
      'rollup-test-2',
      '2024-02-03',
      [actors.testland, actors.otherland, { ...actors.zed, represents: 'zz-otherland', role: 'envoy' }],
      [['zz-zed', 'PRAISED', 'zz-testland']],
    );
    const summary = await loadExtractions(db, [second]);
    expect(summary.rollupRebuilt).toBe(true);
    await expectExact();
  });

  it('match a rebuild after a new person with a country takes stances, batch by batch', async () => {
    const third = article(
      'rollup-test-3',
      '2024-03-04',
      [actors.testland, actors.otherland, { ...actors.yan, represents: 'zz-testland' }],
      [
        ['zz-yan', 'SUPPORTS', 'zz-otherland'],
        ['zz-yan', 'CRITICIZED', 'zz-otherland'],
        ['zz-otherland', 'CRITICIZED', 'zz-yan'],
      ],
    );
    const summary = await loadExtractions(db, [third], { batchArticles: 1 });
    expect(summary.rollupRebuilt).toBe(false);
    await expectExact();
  });

  it('match a rebuild after a changed article replaces its stances', async () => {
    const changed = article(
      'rollup-test-3',
      '2024-03-05',
      [actors.testland, actors.otherland, { ...actors.yan, represents: 'zz-testland' }],
      [['zz-yan', 'SUPPORTS', 'zz-otherland']],
    );
    const summary = await loadExtractions(db, [changed]);
    expect(summary.replaced).toBe(1);
    await expectExact();
  });
});
