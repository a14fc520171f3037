/**
 * Accurate mode (`--parser corenlp`): what the CoreNLP sidecar costs, side by side with the rules-only
 * coder on the same real-news-like texts (the sample article and the dev gold articles, ~370
 * sentences). Measured in one run: the JVM's start-up (model load until the first answer), parsing
 * without cache (a warm pass after a first one), extraction from a parse, the rules-only coder (best
 * of 5 passes each), and an article read back from the parse cache.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../ingest/extract/index.js';
import { ParseCache } from '../../ingest/extract/parse/cache.js';
import type { ParsedArticle } from '../../ingest/extract/parse/types.js';
import { splitParagraphs } from '../../ingest/extract/text/sentences.js';
import { openParser } from '../../nlp/index.js';
import type { BenchContext } from '../types.js';

function texts(): string[] {
  const dir = new URL('../../data/gold/dev/', import.meta.url);
  const dev = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  return [readFileSync(new URL('../../data/sample/2024-04-26-blinken-beijing.txt', import.meta.url), 'utf8'), ...dev];
}

const sentencesOf = (text: string) => splitParagraphs(text).reduce((n, p) => n + p.sentences.length, 0);

/** Best of `passes` timings of fn over the whole set, in seconds. */
function best(passes: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k < passes; k++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, (performance.now() - t0) / 1000);
  }
  return min;
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const docs = texts();
  const sentences = docs.reduce((n, t) => n + sentencesOf(t), 0);
  const cacheDir = mkdtempSync(join(tmpdir(), 'sg-parse-bench-'));
  const uncached = openParser({ cacheDir: null, log: ctx.log });
  const cache = new ParseCache(cacheDir);
  try {
    let t0 = performance.now();
    await uncached.parse('Warm-up.');
    const startSeconds = (performance.now() - t0) / 1000;
    const parses: ParsedArticle[] = [];
    for (const text of docs) parses.push(await uncached.parse(text)); // first pass: JIT warm-up
    t0 = performance.now();
    parses.length = 0;
    for (const text of docs) parses.push(await uncached.parse(text));
    const parseSeconds = (performance.now() - t0) / 1000;
    const withParse = best(5, () => {
      for (const [k, text] of docs.entries()) extractArticle({ text, parse: parses[k] });
    });
    const rulesOnly = best(5, () => {
      for (const text of docs) extractArticle({ text });
    });
    for (const [k, text] of docs.entries()) await cache.write(text, parses[k] as ParsedArticle);
    t0 = performance.now();
    for (const text of docs) await cache.read(uncached.id, text);
    const cacheMsPerArticle = (performance.now() - t0) / docs.length;
    ctx.log(
      `parser: ${sentences} sentences; start ${startSeconds.toFixed(1)} s; parse ${(sentences / parseSeconds).toFixed(0)} sentences/s; ` +
        `extract with parse ${(sentences / withParse).toFixed(0)}/s, rules only ${(sentences / rulesOnly).toFixed(0)}/s; cache hit ${cacheMsPerArticle.toFixed(1)} ms/article`,
    );
    return {
      sentences,
      start_s: startSeconds,
      parse_sentences_per_s: sentences / parseSeconds,
      extract_with_parse_sentences_per_s: sentences / withParse,
      rules_only_sentences_per_s: sentences / rulesOnly,
      /** How many times the rules-only coder's time accurate mode takes (parse + extraction). */
      accurate_vs_rules_time: (parseSeconds + withParse) / rulesOnly,
      cache_hit_ms_per_article: cacheMsPerArticle,
    };
  } finally {
    await uncached.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
