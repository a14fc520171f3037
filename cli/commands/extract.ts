/**
 * `stancegraph extract FILE... [--out DIR] [--parser rules|corenlp]`: Extraction JSON on stdout (one input article), or one file
 * per article under DIR: `DIR/<basename>.json`, and `DIR/<basename>-<n>.json` (n from 1) when a JSON
 * array or JSONL file holds several records. Several articles without --out print one JSON document
 * per line (JSONL). A bad file is reported on stderr (one line naming it), the others still go
 * through, and the command ends with a badInput error (exit code 2) if any file failed. With
 * `--parser corenlp` each article is first parsed by the CoreNLP sidecar (nlp/; cached per article).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { badInput, isStanceGraphError } from '../../core/errors.js';
import type { Extraction } from '../../core/extraction.js';
import { extractArticle } from '../../ingest/extract/index.js';
import { type ArticleInput, readArticleFile } from '../../ingest/read/index.js';
import { type ArticleParser, type ParserChoice, parseFor, withArticleParser } from '../../nlp/index.js';
import { say } from '../output.js';

export async function extractCommand(files: string[], opts: { out?: string; parser?: ParserChoice }): Promise<void> {
  if (files.length === 0) throw badInput('extract: no input file given');
  await withArticleParser(opts.parser ?? 'rules', (parser) => extractFiles(files, opts, parser), { log: say });
}

async function extractFiles(files: string[], opts: { out?: string }, parser: ArticleParser | undefined): Promise<void> {
  const failed: string[] = [];
  const results: { file: string; items: Extraction[] }[] = [];
  for (const file of files) {
    let inputs: ArticleInput[];
    try {
      inputs = await readArticleFile(file);
    } catch (e) {
      failed.push(file);
      process.stderr.write(`error: ${isStanceGraphError(e) ? e.message : `${file}: ${(e as Error).message}`}\n`);
      continue;
    }
    const items: Extraction[] = [];
    for (const { origin, ...input } of inputs) items.push(extractArticle({ ...input, parse: await parseFor(parser, input.text, origin) }));
    results.push({ file, items });
  }
  if (opts.out) {
    await mkdir(opts.out, { recursive: true });
    for (const { file, items } of results) {
      const base = basename(file, extname(file));
      for (let n = 0; n < items.length; n++) {
        const name = items.length === 1 ? `${base}.json` : `${base}-${n + 1}.json`;
        await writeFile(join(opts.out, name), `${JSON.stringify(items[n], null, 2)}\n`);
      }
    }
  } else {
    const all = results.flatMap((r) => r.items);
    if (all.length === 1) process.stdout.write(`${JSON.stringify(all[0], null, 2)}\n`);
    else for (const x of all) process.stdout.write(`${JSON.stringify(x)}\n`);
  }
  if (failed.length > 0) throw badInput(`extract: ${failed.length} of ${files.length} file(s) failed: ${failed.join(', ')}`);
}
