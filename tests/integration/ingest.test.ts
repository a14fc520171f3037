/**
 * Loading into the real database: idempotent re-ingest, replacement of a changed article, bad files
 * refused whole with nothing written, and the CLI's exit codes and one-line errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticles } from '../../ingest/load/remove.js';
import type { Db } from '../../db/connection.js';
import { loadExtractions } from '../../ingest/load/loader.js';
import { cli } from '../support/cli.js';
import { rows, testDb } from '../support/db.js';
import { SAMPLE_JSON, sampleExtraction } from '../support/sample.js';

let db: Db;
const dir = mkdtempSync(join(tmpdir(), 'stancegraph-ingest-'));
const stats = async () => (await rows(db, 'stats'))[0]!;

/** A small article of its own (ids distinct from the sample), removed after the suite. */
function ownArticle(id: string, relations = 2) {
  const evidence = 'Testland criticized Otherland over the border dispute.';
  return {
    article: { id, title: `test article ${id}`, date: '2023-01-02', source: 'test', url: null },
    actors: [
      { id: 'testland', name: 'Testland', type: 'Country', aliases: [] },
      { id: 'otherland', name: 'Otherland', type: 'Country', aliases: [] },
    ],
    relations: Array.from({ length: relations }, (_, i) => ({
      source: 'testland',
      type: i % 2 ? 'SANCTIONED' : 'CRITICIZED',
      target: 'otherland',
      evidence,
      start: i * 100,
      end: i * 100 + evidence.length,
    })),
  };
}

/** Removes this suite's articles and actors the way the product does, so the roll-up stays exact for later suites. */
async function removeOwn() {
  const own = await db.driver.executeQuery(
    "MATCH (a:Article) WHERE a.id STARTS WITH 'test-' RETURN collect(a.id) AS ids",
    {},
    { database: db.database },
  );
  await removeArticles(db, own.records[0]!.get('ids') as string[], ['testland', 'otherland']);
}

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await removeOwn();
  await db.close();
});

describe('ingest', () => {
  it('loading the sample a second time leaves every count unchanged', async () => {
    const before = await stats();
    const summary = await loadExtractions(db, [sampleExtraction()]);
    expect(summary).toMatchObject({ articles: 1, written: 0, unchanged: 1, stances: 0 });
    expect(await stats()).toEqual(before);
    const run = cli(['ingest', SAMPLE_JSON]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('0 written, 1 unchanged');
    expect(await stats()).toEqual(before);
  });

  it('a changed article replaces its previous stances instead of adding to them', async () => {
    const before = await stats();
    await loadExtractions(db, [ownArticle('test-replace', 4) as never]);
    expect((await stats()).stances).toBe(Number(before.stances) + 4);
    const summary = await loadExtractions(db, [ownArticle('test-replace', 1) as never]);
    expect(summary.replaced).toBe(1);
    expect((await stats()).stances).toBe(Number(before.stances) + 1);
    const claims = await rows(db, 'article-claims', { article: 'test-replace' });
    expect(claims.map((c) => c.type)).toEqual(['CRITICIZED']);
    await removeOwn();
  });

  it('a file with one bad relation is refused whole: nothing of it is written, the good file loads, exit code 2', async () => {
    const before = await stats();
    const bad = ownArticle('test-bad', 2);
    (bad.relations[1] as { target: string }).target = 'nowhere';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(ownArticle('test-good', 2)));
    const run = cli(['ingest', join(dir, 'bad.json'), join(dir, 'good.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(dir, 'bad.json')}: relations[1].target: "nowhere" is not a declared actor`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect((await rows(db, 'article-claims', { article: 'test-good' })).length).toBe(2);
    await expect(rows(db, 'article-claims', { article: 'test-bad' })).rejects.toThrow(/no article matches/);
    expect((await stats()).stances).toBe(Number(before.stances) + 2);
    await removeOwn();
  });

  it('a path that does not exist is reported, exit code 2', () => {
    const run = cli(['ingest', join(dir, 'missing.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(dir, 'missing.json')}: no such file or directory`);
  });

  it('names and evidence holding Cypher are stored and searched as plain text', async () => {
    const evil = ownArticle('test-inject', 1);
    (evil.actors as unknown[])[0] = {
      id: 'testland',
      name: "Test'land`}) MATCH (n) DETACH DELETE n //",
      type: 'Country',
      aliases: ['"; DROP'],
    };
    await loadExtractions(db, [evil as never]);
    const found = await rows(db, 'stances-of', { actor: "Test'land`}) MATCH (n) DETACH DELETE n //" });
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toBe("Test'land`}) MATCH (n) DETACH DELETE n //");
    expect((await rows(db, 'stances-of', { actor: '"; DROP' })).length).toBe(1);
    expect(Number((await stats()).entities)).toBeGreaterThan(2);
    await removeOwn();
  });
});

describe('query from the command line', () => {
  it('prints JSON rows with plain numbers', () => {
    const run = cli(['query', 'stats', '--format', 'json']);
    expect(run.status).toBe(0);
    const [row] = JSON.parse(run.stdout);
    expect(typeof row.stances).toBe('number');
    expect(row.articles).toBeGreaterThanOrEqual(1);
  });

  it('prints RFC 4180 CSV with a header row', () => {
    const run = cli(['query', 'who-met-whom', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toBe('actor1,actor2,meetings,first,last,evidence,sourceId,targetId,stanceIds');
  });

  it('answers an unknown query, parameter or actor with one line and exit code 2', () => {
    const unknown = cli(['query', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toMatch(/^stancegraph: unknown query "nope"; available: .*stats/);
    const param = cli(['query', 'stances-of', '--param', 'actor=China', '--param', 'limit=lots']);
    expect(param.status).toBe(2);
    expect(param.stderr.trim()).toBe('stancegraph: query stances-of: parameter limit (int): expected an integer, got "lots"');
    const actor = cli(['query', 'stances-of', '--param', 'actor=Xi Jinpin']);
    expect(actor.status).toBe(2);
    expect(actor.stderr).toContain('closest: Xi Jinping (xi-jinping)');
  });

  it('fails with exit code 1 and a readable line when no database is running', () => {
    const run = cli(['query', 'stats'], { STANCEGRAPH_HOME: join(dir, 'empty-home'), NEO4J_URI: '' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^stancegraph: no local Neo4j is running under .*empty-home; run "stancegraph db start" or set NEO4J_URI$/,
    );
  });
});
