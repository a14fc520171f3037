import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../core/extraction.js';
import { articleBatches } from '../../../ingest/load/batches.js';

/** An article with `actors` actors (entity rows) and `relations` stances between the first two. */
function article(id: string, actors: number, relations: number): Extraction {
  return {
    article: { id, title: id, date: '2024-04-26', source: 'test', url: null },
    actors: Array.from({ length: actors }, (_, i) => ({
      id: `${id}-actor-${i}`,
      name: `Actor ${i}`,
      type: 'Country' as const,
      aliases: [],
    })),
    relations: Array.from({ length: relations }, (_, i) => ({
      source: `${id}-actor-0`,
      type: 'MET_WITH',
      target: `${id}-actor-1`,
      evidence: `Sentence ${i}.`,
      start: i * 20,
      end: i * 20 + 12,
      confidence: 0.9,
      negated: false,
      method: 'test',
    })),
  } as Extraction;
}

async function ids(input: Extraction[], limits: { maxRows?: number; maxArticles?: number }): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of articleBatches(input, limits)) out.push(batch.map((a) => a.article.id));
  return out;
}

describe('articleBatches', () => {
  it('closes a batch once its stance and entity rows reach the limit, never splitting an article', async () => {
    // 2 actors + 3 stances = 5 rows each: the limit of 8 is passed by the second article.
    const input = ['a', 'b', 'c', 'd', 'e'].map((id) => article(id, 2, 3));
    expect(await ids(input, { maxRows: 8 })).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('closes a batch at the article limit when the rows stay under theirs', async () => {
    const input = ['a', 'b', 'c'].map((id) => article(id, 2, 0));
    expect(await ids(input, { maxRows: 1_000, maxArticles: 2 })).toEqual([['a', 'b'], ['c']]);
  });

  it('yields nothing for no articles', async () => {
    expect(await ids([], {})).toEqual([]);
  });
});
