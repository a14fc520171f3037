/** Writes a generated corpus to a JSONL file, one Extraction per line, with back-pressure. */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CorpusOptions, generateCorpus } from './corpus.js';

export async function writeCorpusJsonl(path: string, options: CorpusOptions): Promise<{ articles: number; stances: number }> {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let articles = 0;
  let stances = 0;
  for (const extraction of generateCorpus(options)) {
    articles += 1;
    stances += extraction.relations.length;
    if (!out.write(`${JSON.stringify(extraction)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { articles, stances };
}
