/**
 * The streaming export pipeline, independent of the database: stance items (in id order) go to a
 * spool file as formatted edge text while their endpoint nodes are collected (the node set is much
 * smaller than the edge set); then the file is assembled as head + sorted nodes + spooled edges +
 * tail under a temporary name, and renamed onto PATH only when everything succeeded.
 */
import { rename } from 'node:fs/promises';
import { type CsvTarget, writeCsvExport } from './csv-output.js';
import { type ExportFormat, TEXT_FORMATS } from './formats/index.js';
import type { TextFormat } from './formats/types.js';
import { checkOutputPath, temporaryPath, withTemporaryFiles } from './files.js';
import type { ExportSummary } from './schema.js';
import { type ExportSource, nodeBatches, spoolEdgesInto } from './spool.js';

async function writeTextExport(source: ExportSource, format: TextFormat, path: string): Promise<ExportSummary> {
  const tmp = temporaryPath(path);
  const spoolPath = temporaryPath(path, '.edges');
  return withTemporaryFiles([spoolPath, tmp], async (create) => {
    const spool = await create(spoolPath);
    const { nodes, edges } = await spoolEdgesInto(spool, source, (batch, first) => format.edges(batch, first));
    const summary: ExportSummary = { nodes: nodes.length, edges, truncated: source.truncated() };
    const file = await create(tmp);
    await file.write(format.head());
    for (const [i, batch] of nodeBatches(nodes).entries()) await file.write(format.nodes(batch, i === 0));
    await file.write(format.between());
    await file.append(spoolPath);
    await file.write(format.tail(summary));
    await file.close();
    await rename(tmp, path);
    return summary;
  });
}

export type { ExportSource, StanceItem } from './spool.js';

const csvTarget = (out: string): CsvTarget => (/\.zip$/i.test(out) ? 'zip' : 'folder');

/** Fails early (BAD_INPUT) when `out` cannot take this format; returns the absolute path. */
export function checkExportTarget(format: ExportFormat, out: string): Promise<string> {
  return checkOutputPath(out, format === 'csv' && csvTarget(out) === 'folder' ? 'folder' : 'file');
}

/** Writes the export to `out` (CSV: a folder, or a zip when `out` ends in .zip). */
export async function writeExport(source: ExportSource, format: ExportFormat, out: string): Promise<ExportSummary> {
  const path = await checkExportTarget(format, out);
  if (format === 'csv') return writeCsvExport(source, path, csvTarget(out));
  return writeTextExport(source, TEXT_FORMATS[format], path);
}
