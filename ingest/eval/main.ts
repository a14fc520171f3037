/**
 * `npm run eval`: scores the extractor against the gold articles (data/sample, data/gold/dev,
 * data/gold/heldout), or scores ready-made Extraction JSON files with `--pred DIR`. `--parser corenlp`
 * (or STANCEGRAPH_PARSER=corenlp) gives the extractor CoreNLP's dependency parse (nlp/; cached).
 */
import { realpathSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { isStanceGraphError, StanceGraphError } from '../../core/errors.js';
import { type ArticleText, type Extraction, ExtractionSchema } from '../../core/extraction.js';
import type { ArticleParser, ParserChoice } from '../../nlp/index.js';
import type { ParsedArticle } from '../extract/parse/types.js';
import { type ScoredArticle, summarizeBySet } from './aggregate.js';
import { emptyExtraction, type GoldArticle, readGoldDir, readPrediction } from './gold-files.js';
import { HELDOUT_SET, renderJson, renderTable } from './report.js';
import { scoreArticle } from './score.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_SETS = {
  sample: 'data/sample',
  dev: 'data/gold/dev',
  heldout: 'data/gold/heldout',
  sentences: 'data/gold/sentences',
} as const;
type SetName = keyof typeof DEFAULT_SETS;

interface EvalOptions {
  gold: string[];
  set: SetName | 'all';
  pred?: string;
  json?: boolean;
  details?: boolean;
  parser: ParserChoice;
}

type ExtractArticle = (input: ArticleText & { parse?: ParsedArticle }) => Extraction | Promise<Extraction>;

async function loadExtractor(): Promise<ExtractArticle> {
  const specifier = '../extract/index.js'; // not a literal import: the scorer must work without it
  try {
    const module = (await import(specifier)) as { extractArticle?: ExtractArticle };
    if (typeof module.extractArticle === 'function') return module.extractArticle;
  } catch (error) {
    throw new StanceGraphError(
      'RUNTIME',
      `cannot load the extractor (ingest/extract/index.ts): ${(error as Error).message}; score files with --pred DIR`,
    );
  }
  throw new StanceGraphError('RUNTIME', 'ingest/extract/index.ts does not export extractArticle; score files with --pred DIR');
}

/** A gold dir's set name; dirs under data/gold/heldout or data/gold/agreement are held out ("heldout:r10"). */
function setNameOf(dir: string): string {
  const real = realpathSync(dir);
  const hidden = ['data/gold/heldout', 'data/gold/agreement'].some((held) => real.startsWith(resolve(REPO_ROOT, held)));
  return hidden ? `${HELDOUT_SET}:${basename(dir)}` : basename(dir);
}

function goldArticles(options: EvalOptions): GoldArticle[] {
  if (options.gold.length > 0) return options.gold.flatMap((dir) => readGoldDir(resolve(dir), setNameOf(resolve(dir))));
  const names = options.set === 'all' ? (Object.keys(DEFAULT_SETS) as SetName[]) : [options.set];
  return names.flatMap((name) => readGoldDir(resolve(REPO_ROOT, DEFAULT_SETS[name]), name));
}

async function predictionFor(article: GoldArticle, options: EvalOptions, extract: ExtractArticle | null, parser?: ArticleParser) {
  if (options.pred) {
    const prediction = readPrediction(resolve(options.pred), article);
    if (prediction) return prediction;
    console.error(`warning: no prediction for ${article.set}/${article.slug}; scored as empty`);
    return emptyExtraction(article);
  }
  if (!extract) throw new StanceGraphError('RUNTIME', 'no extractor loaded');
  const { id, title, date, source, url } = article.gold.article;
  const { parseFor } = await import('../../nlp/index.js');
  const parse = await parseFor(parser, article.text, `${article.set}/${article.slug}`);
  const raw = await extract({ text: article.text, id, title, date, source, url, parse });
  const parsed = ExtractionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StanceGraphError('RUNTIME', `extractor output for ${article.slug} is not a valid Extraction`);
  }
  return parsed.data as Extraction;
}

async function run(options: EvalOptions): Promise<void> {
  const articles = goldArticles(options);
  const extract = options.pred ? null : await loadExtractor();
  const scored: ScoredArticle[] = [];
  const { withArticleParser } = await import('../../nlp/index.js');
  await withArticleParser(
    options.pred ? 'rules' : options.parser,
    async (parser) => {
      for (const article of articles) {
        const prediction = await predictionFor(article, options, extract, parser);
        scored.push({ set: article.set, slug: article.slug, score: scoreArticle(article.gold, prediction) });
      }
    },
    { log: (line) => console.error(line) },
  );
  const { sets, total } = summarizeBySet(scored);
  const reportOptions = { details: options.details ?? false };
  console.log(options.json ? renderJson(sets, total, reportOptions) : renderTable(sets, total, reportOptions));
}

const program = new Command()
  .name('eval')
  .description('Score relation extraction against hand-made gold articles (see DESIGN.md).')
  .option(
    '--gold <dir>',
    'a gold directory of <slug>.txt + <slug>.json (repeatable; replaces --set)',
    (dir: string, dirs: string[]) => [...dirs, dir],
    [] as string[],
  )
  .addOption(
    new Option('--set <name>', 'which bundled gold set to score').choices(['dev', 'heldout', 'sample', 'sentences', 'all']).default('all'),
  )
  .option('--pred <dir>', 'score Extraction JSON files named like the gold files instead of running the extractor')
  .option('--json', 'machine-readable output')
  .option('--details', 'list missed and spurious triples per article (never for held-out articles)')
  .addOption(
    new Option('--parser <name>', 'rules (default) or corenlp: give the extractor a CoreNLP dependency parse (needs Java)')
      .choices(['rules', 'corenlp'] satisfies ParserChoice[])
      .default('rules')
      .env('STANCEGRAPH_PARSER'),
  )
  .action(run)
  .exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (isStanceGraphError(error)) {
    console.error(`error: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
