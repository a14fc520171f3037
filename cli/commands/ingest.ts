/**
 * `stancegraph ingest PATH...`: loads Extraction JSON files and extracts + loads articles. Bad files
 * are reported one line each and skipped whole; the good ones load; exit 2 if any file was bad.
 * Large Extraction JSONL files (≥ 16 MB) are streamed line by line instead (bounded memory): there
 * a bad line is reported and skipped, the rest of the file loads. Progress (bar with rate and ETA on
 * a terminal, periodic lines otherwise) and a summary go to stderr. With `--parser corenlp` articles
 * are parsed by the CoreNLP sidecar (nlp/; cached per article) before extraction.
 */
import type { Extraction } from '../../core/extraction.js';
import { badInput, isStanceGraphError } from '../../core/errors.js';
import { withDb } from '../../db/connection.js';
import { applySchema } from '../../db/schema.js';
import { loadExtractions, type LoadSummary } from '../../ingest/load/loader.js';
import { LoadProgress } from '../../ingest/load/progress.js';
import { expandPaths } from '../../ingest/paths.js';
import { extractionsOfFile } from '../../ingest/sources.js';
import { fileSize, isLargeExtractionJsonl, type StreamProgress, streamExtractionsJsonl } from '../../ingest/stream-jsonl.js';
import { type ArticleParser, type ParserChoice, withArticleParser } from '../../nlp/index.js';
import { say } from '../output.js';

export interface IngestOptions {
  batchSize?: string;
  quiet?: boolean;
  parser?: ParserChoice;
}

export async function ingestCommand(paths: string[], opts: IngestOptions): Promise<LoadSummary> {
  const { files, missing } = expandPaths(paths);
  const failures: string[] = missing.map((p) => `${p}: no such file or directory`);
  for (const failure of failures) say(`error: ${failure}`);
  if (files.length === 0 && failures.length > 0)
    throw badInput(`nothing to ingest (${failures.length} path${failures.length > 1 ? 's' : ''} not found)`);
  if (files.length === 0) throw badInput(`nothing to ingest: no .json, .jsonl or .txt files in ${paths.join(', ')}`);
  const batchStances = opts.batchSize ? Number(opts.batchSize) : undefined;
  const totalBytes = files.reduce((n, f) => n + fileSize(f), 0);
  let doneBytes = 0;
  let current: StreamProgress | null = null;
  // STANCEGRAPH_PROGRESS_MS=0 prints a plain progress line after every committed batch (the fault tests read them).
  const everyMs = process.env.STANCEGRAPH_PROGRESS_MS ? Number(process.env.STANCEGRAPH_PROGRESS_MS) : undefined;
  const progress = new LoadProgress(
    process.stderr,
    () => (totalBytes > 0 ? Math.min(1, (doneBytes + (current?.bytes ?? 0)) / totalBytes) : null),
    everyMs,
  );

  async function* extractions(parser: ArticleParser | undefined): AsyncGenerator<Extraction> {
    for (const file of files) {
      if (await isLargeExtractionJsonl(file)) {
        current = { bytes: 0, totalBytes: fileSize(file), badLines: 0 };
        yield* streamExtractionsJsonl(file, current, (message) => {
          failures.push(message);
          say(`\nerror: ${message}`);
        });
        current = null;
      } else {
        let items: Extraction[];
        try {
          items = await extractionsOfFile(file, parser);
        } catch (error) {
          if (!isStanceGraphError(error)) throw error;
          failures.push(error.message);
          say(`error: ${error.message}`);
          doneBytes += fileSize(file);
          continue;
        }
        if (!opts.quiet && files.length <= 20) say(`read ${file}: ${items.length} article${items.length === 1 ? '' : 's'}`);
        yield* items;
      }
      doneBytes += fileSize(file);
    }
  }

  const summary = await withArticleParser(
    opts.parser ?? 'rules',
    (parser) =>
      withDb(async (db) => {
        await applySchema(db);
        return loadExtractions(db, extractions(parser), { batchStances, onBatch: (s) => progress.update(s) });
      }),
    { log: (line) => say(line) },
  );
  progress.finish(summary);
  if (failures.length > 0) {
    const others =
      summary.articles > 0
        ? `the other inputs were loaded (${summary.articles} article${summary.articles === 1 ? '' : 's'})`
        : 'nothing was loaded';
    throw badInput(`${failures.length} input${failures.length === 1 ? '' : 's'} failed (reported above); ${others}`);
  }
  return summary;
}
