/**
 * Annotation helper: turns a gold draft (relations carry a `quote`, a fragment of the stance
 * sentence) into a gold Extraction JSON whose `evidence` is the whole sentence with exact UTF-16
 * offsets, computes `article.id`, validates the result and prints every stance for review.
 *
 *   node bin/run.mjs ingest/eval/fill-offsets.ts DRAFT.json ARTICLE.txt --out ARTICLE.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { articleIdOf, checkGoldExtraction } from './gold-check.js';
import { occurrencesOf, sentenceSpanCovering } from './sentence-span.js';

interface DraftRelation {
  source: string;
  type: string;
  target: string;
  quote: string;
  /** Which occurrence of `quote` is meant when it occurs more than once (0-based). */
  occurrence?: number;
  negated?: boolean;
}

interface Draft {
  article: Record<string, unknown>;
  actors: unknown[];
  relations: DraftRelation[];
}

function resolveRelation(text: string, relation: DraftRelation) {
  const found = occurrencesOf(text, relation.quote);
  if (found.length === 0) throw new Error(`quote not found: ${JSON.stringify(relation.quote)}`);
  if (found.length > 1 && relation.occurrence === undefined) {
    throw new Error(`quote occurs ${found.length} times, give "occurrence": ${JSON.stringify(relation.quote)}`);
  }
  const at = found[relation.occurrence ?? 0];
  if (at === undefined) throw new Error(`no occurrence ${relation.occurrence} of ${JSON.stringify(relation.quote)}`);
  const span = sentenceSpanCovering(text, at, at + relation.quote.length);
  return {
    source: relation.source,
    type: relation.type,
    target: relation.target,
    evidence: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    confidence: 1,
    negated: relation.negated ?? false,
    method: 'manual',
  };
}

function fillDraft(draft: Draft, text: string) {
  return {
    article: { id: articleIdOf(text), ...draft.article },
    actors: draft.actors,
    relations: draft.relations.map((relation) => resolveRelation(text, relation)),
  };
}

const program = new Command()
  .name('fill-offsets')
  .argument('<draft>', 'gold draft JSON (relations with "quote")')
  .argument('<text>', 'article text file')
  .requiredOption('--out <file>', 'where to write the gold Extraction JSON')
  .action((draftPath: string, textPath: string, options: { out: string }) => {
    const text = readFileSync(textPath, 'utf8');
    const draft = JSON.parse(readFileSync(draftPath, 'utf8')) as Draft;
    const gold = fillDraft(draft, text);
    const { problems } = checkGoldExtraction(gold, text);
    for (const relation of gold.relations) {
      const flag = relation.negated ? ' (negated)' : '';
      console.log(`${relation.source} ${relation.type} ${relation.target}${flag}\n    ${relation.evidence}`);
    }
    writeFileSync(options.out, `${JSON.stringify(gold, null, 2)}\n`);
    console.log(`${gold.actors.length} actors, ${gold.relations.length} relations -> ${options.out}`);
    if (problems.length > 0) {
      for (const problem of problems) console.error(`problem: ${problem}`);
      process.exitCode = 2;
    }
  });

program.parse();
