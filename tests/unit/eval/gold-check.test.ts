import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleIdOf, checkGoldExtraction } from '../../../ingest/eval/gold-check.js';
import { readGoldDir } from '../../../ingest/eval/gold-files.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const agreementRounds = ['r8', 'r10', 'r11'];

const text = ' date 2024-01-02 \n\nChina criticized the United States on Tuesday.\n\nA man waves a flag. (AP Photo/Jane Doe)';
const sentence = 'China criticized the United States on Tuesday.';
const start = text.indexOf(sentence);

function gold(overrides: { relation?: Record<string, unknown>; id?: string } = {}) {
  return {
    article: { id: overrides.id ?? articleIdOf(text), date: '2024-01-02' },
    actors: [
      { id: 'china', name: 'China', type: 'Country', aliases: ['Beijing'] },
      { id: 'united-states', name: 'United States', type: 'Country', aliases: [] },
    ],
    relations: [
      {
        source: 'china',
        type: 'CRITICIZED',
        target: 'united-states',
        evidence: sentence,
        start,
        end: start + sentence.length,
        ...overrides.relation,
      },
    ],
  };
}

describe('checkGoldExtraction', () => {
  it('accepts a consistent gold file', () => {
    expect(checkGoldExtraction(gold(), text).problems).toEqual([]);
  });

  it('rejects evidence that is not the text at its offsets', () => {
    const { problems } = checkGoldExtraction(gold({ relation: { start: start + 1, end: start + 1 + sentence.length } }), text);
    expect(problems.join()).toMatch(/evidence does not equal/);
  });

  it('rejects a relation to an undeclared actor', () => {
    expect(checkGoldExtraction(gold({ relation: { target: 'russia' } }), text).problems.join()).toMatch(/undeclared target/);
  });

  it('rejects a stance taken from a photo caption', () => {
    const caption = 'A man waves a flag.';
    const at = text.indexOf(caption);
    const { problems } = checkGoldExtraction(gold({ relation: { evidence: caption, start: at, end: at + caption.length } }), text);
    expect(problems.join()).toMatch(/photo caption/);
  });

  it('rejects an article id that is not the hash of the text', () => {
    expect(checkGoldExtraction(gold({ id: 'sha256-0' }), text).problems.join()).toMatch(/article.id/);
  });

  it('rejects an unknown relation type through the shared schema', () => {
    expect(checkGoldExtraction(gold({ relation: { type: 'LIKES' } }), text).extraction).toBeNull();
  });
});

describe('second annotations in data/gold/agreement', () => {
  for (const round of agreementRounds) {
    const dir = `${root}data/gold/agreement/${round}`;
    it(`are all consistent with their article texts in data/gold/agreement/${round}, one text per annotation`, () => {
      const articles = readGoldDir(dir, `agreement-${round}`);
      const annotations = readdirSync(dir).filter((name) => name.endsWith('.json'));
      expect(articles.length).toBeGreaterThan(0);
      expect(articles.length).toBe(annotations.length);
      for (const article of articles) {
        expect(article.gold.relations.length, article.slug).toBeGreaterThan(0);
      }
    });
  }
});
