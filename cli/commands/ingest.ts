/**
 * `stancegraph ingest PATH...`: loads Extraction JSON files and extracts + loads articles. Bad files
 * are reported one line each and skipped whole; the good ones load; exit 2 if any file was bad.
 */
import type { Extraction } from '../../core/extraction.js';
import { badInput, isStanceGraphError } from '../../core/errors.js';
import { withDb } from '../../db/connection.js';
import { applySchema } from '../../db/schema.js';
import { loadExtractions, type LoadSummary } from '../../ingest/load/loader.js';
import { expandPaths } from '../../ingest/paths.js';
import { extractionsOfFile } from '../../ingest/sources.js';
import { say } from '../output.js';

export interface IngestOptions { batchSize?: string; quiet?: boolean }

export async function ingestCommand(paths: string[], opts: IngestOptions): Promise<LoadSummary> {
  const { files, missing } = expandPaths(paths);
  const failures: string[] = missing.map((p) => `${p}: no such file or directory`);
  for (const failure of failures) say(`error: ${failure}`);
  if (files.length === 0 && failures.length > 0) throw badInput(`nothing to ingest (${failures.length} path${failures.length > 1 ? 's' : ''} not found)`);
  const batchStances = opts.batchSize ? Number(opts.batchSize) : undefined;

  async function* extractions(): AsyncGenerator<Extraction> {
    for (const file of files) {
      let items: Extraction[];
      try {
        items = await extractionsOfFile(file);
      } catch (error) {
        if (!isStanceGraphError(error)) throw error;
        failures.push(error.message);
        say(`error: ${error.message}`);
        continue;
      }
      if (!opts.quiet) say(`read ${file}: ${items.length} article${items.length === 1 ? '' : 's'}`);
      yield* items;
    }
  }

  const summary = await withDb(async (db) => {
    await applySchema(db);
    return loadExtractions(db, extractions(), { batchStances });
  });
  say(`loaded ${summary.articles} articles (${summary.written} written, ${summary.unchanged} unchanged, ${summary.replaced} replaced), ${summary.stances} stances in ${summary.seconds.toFixed(2)} s`);
  if (failures.length > 0) throw badInput(`${failures.length} of ${files.length + missing.length} inputs failed; the others were loaded`);
  return summary;
}
