import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGoldDir } from '../../../ingest/eval/gold-files.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sets = { sample: 'data/sample', dev: 'data/gold/dev', heldout: 'data/gold/heldout' };

describe('bundled gold files', () => {
  for (const [set, dir] of Object.entries(sets)) {
    it(`are all consistent with their article texts in ${dir}`, () => {
      if (!existsSync(`${root}${dir}`)) return;
      const articles = readGoldDir(`${root}${dir}`, set);
      expect(articles.length).toBeGreaterThan(0);
      for (const article of articles) {
        expect(article.gold.relations.length, article.slug).toBeGreaterThan(0);
      }
    });
  }

  it('are consistent with their sentence texts in data/gold/sentences, where a sentence may carry no stance', () => {
    const articles = readGoldDir(`${root}data/gold/sentences`, 'sentences');
    expect(articles.length).toBeGreaterThan(50);
    expect(articles.some((article) => article.gold.relations.length === 0)).toBe(true);
  });

  it('include the demo article with the facts the demo relies on', () => {
    const [sample] = readGoldDir(`${root}data/sample`, 'sample');
    const triples = new Set(sample?.gold.relations.filter((r) => !r.negated).map((r) => `${r.source} ${r.type} ${r.target}`));
    for (const expected of [
      'antony-blinken MET_WITH xi-jinping',
      'antony-blinken MET_WITH wang-yi',
      'antony-blinken MET_WITH wang-xiaohong',
      'sergei-shoigu MET_WITH dong-jun',
      'china OPPOSES tiktok-forced-sale',
      'united-states AIDED ukraine',
      'wang-wenbin CRITICIZED united-states',
    ]) {
      expect(triples.has(expected), expected).toBe(true);
    }
  });
});
