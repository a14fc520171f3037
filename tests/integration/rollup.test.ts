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
import { removeArticles } from '../../ingest/load/remove.js';
import { testDb } from '../support/db.js';
import { expectDerivedExact } from '../support/derived.js';

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

const remove = () => removeArticles(db, ARTICLES, ENTITIES);

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
    await expectDerivedExact(db);
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
    await expectDerivedExact(db);
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
    await expectDerivedExact(db);
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
    await expectDerivedExact(db);
  });
});
