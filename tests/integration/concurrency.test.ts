/**
 * Ingest and API reads at the same time: two loaders write overlapping actors (the same hub entities
 * in both, many small transactions) while HTTP clients read the graph, entities and search. No
 * request may fail, no load may fail or deadlock, and the result must equal what the corpus holds,
 * roll-up and activity counts included.
 * Uses a synthetic corpus with its own ids and removes it afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { runClients } from '../../bench/http-clients.js';
import { loadExtractions } from '../../ingest/load/loader.js';
import { removeArticles } from '../../ingest/load/remove.js';
import { type App, createApp } from '../../server/app.js';
import { rows, testDb } from '../support/db.js';
import { expectDerivedExact } from '../support/derived.js';
import { expectActorsNew, syntheticCorpus } from '../support/synthetic.js';

const SIZE = { articles: 240, stances: 2_400, entities: 150 };
const SEED = 7_331;
const { universe, corpus, articleIds, entityIds } = syntheticCorpus(SIZE, SEED, 'concurrency-test');
let db: Db;
let app: App;
let base: string;

const stats = async () => (await rows(db, 'stats'))[0]!;

beforeAll(async () => {
  db = testDb();
  await expectActorsNew(db, entityIds);
  app = createApp({ db });
  base = (await app.listen(0)).url.replace(/\/$/, '');
});
afterAll(async () => {
  await app.close();
  await removeArticles(db, articleIds, entityIds);
  await db.close();
});

describe('ingest while the API serves reads', () => {
  it('answers every request and loads every article of two concurrent loaders exactly once', async () => {
    const before = await stats();
    const hubs = universe.actorsByRank.slice(0, 20).map((e) => e.id);
    const readable = ['china', 'united-states', 'antony-blinken', ...hubs];
    // Each route once before the clock starts: the first /api/graph is planned (seconds for its
    // per-type branches), which would otherwise leave too few reads overlapping the loads.
    for (const path of ['/api/graph?limit=300', '/api/entities/china', '/api/search?q=Xi'])
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    let loading = true;
    const reads = runClients({
      base,
      clients: 5,
      stop: () => !loading,
      path: (i) => {
        const id = readable[i % readable.length]!;
        if (i % 3 === 0) return `/api/graph?limit=300`;
        if (i % 3 === 1) return `/api/entities/${encodeURIComponent(id)}`;
        return `/api/search?q=${encodeURIComponent(universe.actorsByRank[i % 20]!.name.split(' ')[0]!)}`;
      },
      // A synthetic hub does not exist until its first article is loaded: 404 is then the right answer.
      accept: (status, path) => status === 200 || (status === 404 && hubs.some((h) => path.endsWith(`/${h}`))),
    });
    // Both halves overlap: the second loader re-sends the middle third, which must be skipped or
    // written once, never twice.
    const first = corpus.slice(0, 160);
    const second = corpus.slice(80);
    let summaries: Awaited<ReturnType<typeof loadExtractions>>[];
    try {
      summaries = await Promise.all([loadExtractions(db, first, { batchArticles: 8 }), loadExtractions(db, second, { batchArticles: 8 })]);
    } finally {
      loading = false;
    }
    const result = await reads;

    expect(result.firstError).toBeNull();
    expect(result.latencies.length).toBeGreaterThan(10);
    expect(summaries[0]!.articles + summaries[1]!.articles).toBe(first.length + second.length);
    expect(summaries[0]!.written + summaries[1]!.written).toBe(corpus.length);

    const expectedStances = new Set(
      corpus.flatMap((e) => e.relations.map((r) => `${e.article.id}|${r.source}|${r.type}|${r.target}|${r.start}`)),
    );
    const after = await stats();
    expect(Number(after.articles) - Number(before.articles)).toBe(corpus.length);
    expect(Number(after.stances) - Number(before.stances)).toBe(expectedStances.size);
    await expectDerivedExact(db);
  }, 120_000);
});
