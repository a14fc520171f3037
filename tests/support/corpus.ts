/**
 * Generated inputs for the reliability suites, written at test time into a temp dir (never committed):
 * small Extraction articles with their own ids and actors, as a folder of files or one JSONL file, and
 * the expected counts computed from what was generated (not from the code under test).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RELATION_TYPES = ['CRITICIZED', 'PRAISED', 'MET_WITH', 'ACCUSED', 'URGED', 'SANCTIONED'] as const;

/** One small article: `stances` relations among a handful of generated countries, evidence inside the text. */
export function generatedArticle(prefix: string, i: number, stances = 1 + (i % 4)) {
  const actors = Array.from({ length: 5 }, (_, k) => ({
    id: `${prefix}-land-${(i + k) % 40}`,
    name: `${prefix} Land ${(i + k) % 40}`,
    type: 'Country',
    aliases: [],
  }));
  const sentences: string[] = [];
  const relations = Array.from({ length: stances }, (_, k) => {
    const source = actors[k % 5]!;
    const target = actors[(k + 1) % 5]!;
    const evidence = `${source.name} dealt with ${target.name} in item ${k} of article ${i}.`;
    const start = sentences.join(' ').length + (sentences.length > 0 ? 1 : 0);
    sentences.push(evidence);
    return {
      source: source.id,
      type: RELATION_TYPES[(i + k) % RELATION_TYPES.length]!,
      target: target.id,
      evidence,
      start,
      end: start + evidence.length,
    };
  });
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    article: {
      id: `${prefix}-article-${i}`,
      title: `generated ${i}`,
      date: `2022-02-${day}`,
      source: 'generated',
      url: null,
      text: sentences.join(' '),
    },
    actors,
    relations,
  };
}

export interface GeneratedCorpus {
  articles: number;
  stances: number;
  /** article id -> stance count, as generated */
  stancesByArticle: Map<string, number>;
}

function tally(items: ReturnType<typeof generatedArticle>[]): GeneratedCorpus {
  const stancesByArticle = new Map(items.map((a) => [a.article.id, a.relations.length]));
  return { articles: items.length, stances: items.reduce((n, a) => n + a.relations.length, 0), stancesByArticle };
}

/** `count` articles as one JSONL file. */
export function writeJsonlCorpus(path: string, prefix: string, count: number): GeneratedCorpus {
  const items = Array.from({ length: count }, (_, i) => generatedArticle(prefix, i));
  writeFileSync(path, `${items.map((a) => JSON.stringify(a)).join('\n')}\n`);
  return tally(items);
}

/** `count` articles as one .json file each in `dir`. */
export function writeFolderCorpus(dir: string, prefix: string, count: number): GeneratedCorpus {
  mkdirSync(dir, { recursive: true });
  const items = Array.from({ length: count }, (_, i) => generatedArticle(prefix, i));
  for (const [i, a] of items.entries()) writeFileSync(join(dir, `${String(i).padStart(5, '0')}.json`), JSON.stringify(a));
  return tally(items);
}
