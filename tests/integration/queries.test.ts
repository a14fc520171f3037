/**
 * Every canned query on the real sample: facts of the AP article of 2024-04-26 as the hand-checked
 * sample states them (data/sample/*.json), checked through Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { catalogue } from '../../queries/catalogue.js';
import type { Plain } from '../../queries/plain.js';
import { runQuery } from '../../queries/run.js';
import { rows, testDb } from '../support/db.js';
import { sampleExtraction } from '../support/sample.js';

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.close());

const has = (list: Record<string, Plain>[], match: Record<string, Plain>) =>
  list.some((row) => Object.entries(match).every(([k, v]) => row[k] === v));

describe('canned queries on the sample article', () => {
  it('stats counts what the sample file declares', async () => {
    const sample = sampleExtraction();
    const expectedStances = new Set(sample.relations.filter((r) => !r.negated).map((r) => `${r.source}|${r.type}|${r.target}|${r.start}`))
      .size;
    const [stats] = await rows(db, 'stats');
    expect(stats).toMatchObject({ entities: sample.actors.length, articles: 1, stances: expectedStances });
    expect(Number(stats!.cooperative) + Number(stats!.neutral) + Number(stats!.hostile)).toBe(expectedStances);
  });

  it('stances-of Blinken, by alias, includes his meeting with Xi Jinping with its evidence', async () => {
    const result = await rows(db, 'stances-of', { actor: 'blinken' });
    const meeting = result.find((r) => r.type === 'MET_WITH' && r.targetId === 'xi-jinping');
    expect(meeting).toBeDefined();
    expect(meeting!.direction).toBe('out');
    expect(String(meeting!.evidence)).toContain('met with Chinese President Xi Jinping');
    expect(meeting!.articleId).toBe(sampleExtraction().article.id);
  });

  it('stances-between China and the United States holds China criticising the United States', async () => {
    const result = await rows(db, 'stances-between', { a: 'China', b: 'united states' });
    expect(has(result, { sourceId: 'china', type: 'CRITICIZED', targetId: 'united-states' })).toBe(true);
  });

  it('who-met-whom lists Blinken with Xi, Wang Yi and Wang Xiaohong, and Shoigu with Dong Jun', async () => {
    const result = await rows(db, 'who-met-whom');
    const pairs = result.map((r) => [r.sourceId, r.targetId].sort().join('+'));
    expect(pairs).toEqual(
      expect.arrayContaining([
        'antony-blinken+xi-jinping',
        'antony-blinken+wang-yi',
        'antony-blinken+wang-xiaohong',
        'dong-jun+sergei-shoigu',
      ]),
    );
  });

  it('ego-network of Xi at depth 1 only holds stances touching Xi, and depth 2 reaches further', async () => {
    const one = await rows(db, 'ego-network', { actor: 'Xi Jinping', depth: 1 });
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((r) => r.sourceId === 'xi-jinping' || r.targetId === 'xi-jinping')).toBe(true);
    const two = await rows(db, 'ego-network', { actor: 'Xi Jinping', depth: 2 });
    expect(two.length).toBeGreaterThan(one.length);
    expect(has(two, { sourceId: 'antony-blinken', type: 'MET_WITH', targetId: 'wang-yi' })).toBe(true);
  });

  it('shortest-path links Shoigu to Blinken through stances, step by step', async () => {
    const result = await rows(db, 'shortest-path', { from: 'Sergei Shoigu', to: 'Antony Blinken' });
    expect(result.length).toBeGreaterThan(0);
    expect(result.map((r) => r.step)).toEqual(result.map((_, i) => i + 1));
    const ends = new Set(result.flatMap((r) => [r.sourceId, r.targetId]));
    expect(ends.has('sergei-shoigu') && ends.has('antony-blinken')).toBe(true);
  });

  it('most-active ranks by the chosen polarity and its counts add up', async () => {
    const result = await rows(db, 'most-active', { polarity: 'hostile', limit: 50 });
    const hostile = result.map((r) => Number(r.hostile));
    expect(hostile).toEqual([...hostile].sort((a, b) => b - a));
    for (const r of result) expect(Number(r.cooperative) + Number(r.neutral) + Number(r.hostile)).toBe(Number(r.total));
    expect(result.map((r) => r.entityId)).toContain('china');
  });

  it('allies-and-adversaries of China: Shoigu praises it (ally, in), it criticises the United States (adversary, out)', async () => {
    const result = await rows(db, 'allies-and-adversaries', { actor: 'china' });
    expect(has(result, { entityId: 'sergei-shoigu', relation: 'ally', direction: 'in' })).toBe(true);
    expect(has(result, { entityId: 'united-states', relation: 'adversary', direction: 'out' })).toBe(true);
  });

  it('contested-topics returns only topics with both supporters and opponents', async () => {
    const result = await rows(db, 'contested-topics');
    for (const r of result) {
      expect((r.supporters as string[]).length).toBeGreaterThan(0);
      expect((r.opponents as string[]).length).toBeGreaterThan(0);
    }
    const sample = sampleExtraction();
    const topics = sample.actors.filter((a) => a.type === 'Topic').map((a) => a.id);
    const polar = (id: string, pol: string) =>
      sample.relations.some(
        (r) =>
          !r.negated &&
          r.target === id &&
          ['SUPPORTS', 'PRAISED', 'AIDED', 'AGREED_WITH', 'COOPERATES_WITH', 'CONCEDED'].includes(r.type) === (pol === 'cooperative') &&
          !['MET_WITH', 'VISITED', 'DISCUSSED', 'URGED'].includes(r.type),
      );
    const expected = topics.filter((t) => polar(t, 'cooperative') && polar(t, 'hostile')).sort();
    expect(result.map((r) => r.entityId).sort()).toEqual(expected);
  });

  it('article-claims returns every stance of the article in reading order with exact evidence', async () => {
    const sample = sampleExtraction();
    const result = await rows(db, 'article-claims', { article: sample.article.id });
    const text = (await import('node:fs')).readFileSync(
      new URL('../../data/sample/2024-04-26-blinken-beijing.txt', import.meta.url),
      'utf8',
    );
    expect(result.length).toBe(
      new Set(sample.relations.filter((r) => !r.negated).map((r) => `${r.source}|${r.type}|${r.target}|${r.start}`)).size,
    );
    const starts = result.map((r) => Number(r.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const r of result) expect(text.slice(Number(r.start), Number(r.end))).toBe(r.evidence);
  });

  it('article-claims finds the article by part of its title too', async () => {
    const title = sampleExtraction().article.title!;
    const byTitle = await rows(db, 'article-claims', { article: title.slice(0, 12).toUpperCase() });
    expect(byTitle.length).toBeGreaterThan(0);
  });

  it('timeline of Wang Yi is in date order and within a range that excludes 2024 it is empty', async () => {
    const all = await rows(db, 'timeline', { actor: 'Wang Yi' });
    expect(all.length).toBeGreaterThan(0);
    expect(has(all, { sourceId: 'antony-blinken', type: 'MET_WITH', targetId: 'wang-yi', direction: 'in' })).toBe(true);
    expect(await rows(db, 'timeline', { actor: 'Wang Yi', from: '2025-01-01' })).toEqual([]);
    expect((await rows(db, 'timeline', { actor: 'Wang Yi', from: '2024-04', to: '2024-04' })).length).toBe(all.length);
  });

  it("country-level rolls Blinken's meeting with Xi up to the United States meeting China", async () => {
    const result = await rows(db, 'country-level', { actor: 'United States' });
    const met = result.find((r) => r.sourceId === 'united-states' && r.type === 'MET_WITH' && r.targetId === 'china');
    expect(met).toBeDefined();
    expect(Number(met!.stances)).toBeGreaterThanOrEqual(1);
    expect(result.every((r) => r.sourceId === 'united-states' || r.targetId === 'united-states')).toBe(true);
  });

  it('an unknown actor fails with the closest matches', async () => {
    await expect(runQuery(db, 'stances-of', { actor: 'Blinkn' })).rejects.toThrow(/no actor matches "Blinkn"; closest: Antony Blinken/);
  });

  it('every query of the catalogue runs and returns plain JSON values', async () => {
    const params: Record<string, Record<string, unknown>> = {
      'stances-of': { actor: 'china' },
      'stances-between': { a: 'china', b: 'russia' },
      'ego-network': { actor: 'china' },
      'shortest-path': { from: 'china', to: 'russia' },
      'allies-and-adversaries': { actor: 'china' },
      'article-claims': { article: sampleExtraction().article.id },
      timeline: { actor: 'china' },
    };
    for (const query of catalogue()) {
      const result = await runQuery(db, query.name, params[query.name] ?? {});
      expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
      expect(result.rows.length, query.name).toBeGreaterThan(0);
    }
  });
});
