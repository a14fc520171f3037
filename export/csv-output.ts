/**
 * CSV exports: `nodes.csv` and `edges.csv` in a folder, or in a zip (fflate, streamed, with a fixed
 * timestamp so equal selections give equal bytes). Written under a temporary name, renamed on success.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { badInput } from '../core/errors.js';
import { removeQuietly, temporaryPath, withTemporaryFiles } from './files.js';
import { csvHeader, EDGE_COLUMNS, edgeRows, NODE_COLUMNS, nodeRows } from './formats/csv.js';
import { type ExportSource, nodeBatches, spoolEdgesInto } from './spool.js';
import type { ContractNode, ExportSummary } from './schema.js';

export type CsvTarget = 'folder' | 'zip';
export const CSV_FILES = ['nodes.csv', 'edges.csv'] as const;
const ZIP_TIME = new Date(2000, 0, 1);

function zipEntry(name: string): ZipDeflate {
  const entry = new ZipDeflate(name, { level: 1 });
  entry.mtime = ZIP_TIME;
  return entry;
}

function nodesCsv(nodes: ContractNode[]): string {
  return csvHeader(NODE_COLUMNS) + nodeBatches(nodes).map(nodeRows).join('');
}

/** A folder at PATH may be replaced only when it holds nothing but a previous CSV export. */
async function checkReplaceableFolder(path: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (!existing) return;
  const names = await readdir(path);
  const foreign = names.filter((n) => !(CSV_FILES as readonly string[]).includes(n));
  if (foreign.length > 0)
    throw badInput(`--out: folder ${path} holds other files (${foreign.slice(0, 3).join(', ')}); give a new or empty folder`);
}

async function writeFolder(source: ExportSource, path: string): Promise<ExportSummary> {
  await checkReplaceableFolder(path);
  const tmp = temporaryPath(path);
  return withTemporaryFiles([tmp], async (create) => {
    await mkdir(tmp).catch((error: NodeJS.ErrnoException) => {
      throw badInput(`--out: cannot write ${tmp} (${error.code ?? error.message})`);
    });
    const edgesFile = await create(join(tmp, 'edges.csv'));
    const { nodes, edges } = await spoolEdgesInto(edgesFile, source, edgeRows, csvHeader(EDGE_COLUMNS));
    const nodesFile = await create(join(tmp, 'nodes.csv'));
    await nodesFile.write(nodesCsv(nodes));
    await nodesFile.close();
    await checkReplaceableFolder(path);
    await removeQuietly(path);
    await rename(tmp, path);
    return { nodes: nodes.length, edges, truncated: source.truncated() };
  });
}

async function writeZip(source: ExportSource, path: string): Promise<ExportSummary> {
  const tmp = temporaryPath(path);
  const spoolPath = temporaryPath(path, '.edges');
  return withTemporaryFiles([spoolPath, tmp], async (create) => {
    const spool = await create(spoolPath);
    const { nodes, edges } = await spoolEdgesInto(spool, source, edgeRows, csvHeader(EDGE_COLUMNS));
    const file = await create(tmp);
    const pending: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else pending.push(chunk);
    });
    const drain = async () => {
      if (failure) throw failure;
      for (const chunk of pending.splice(0)) await file.writeBytes(chunk);
    };
    const nodesEntry = zipEntry('nodes.csv');
    zip.add(nodesEntry);
    nodesEntry.push(new TextEncoder().encode(nodesCsv(nodes)), true);
    await drain();
    const edgesEntry = zipEntry('edges.csv');
    zip.add(edgesEntry);
    for await (const chunk of createReadStream(spoolPath, { highWaterMark: 1 << 20 })) {
      edgesEntry.push(chunk as Buffer, false);
      await drain();
    }
    edgesEntry.push(new Uint8Array(0), true);
    zip.end();
    await drain();
    await file.close();
    await rename(tmp, path);
    return { nodes: nodes.length, edges, truncated: source.truncated() };
  });
}

export function writeCsvExport(source: ExportSource, path: string, target: CsvTarget): Promise<ExportSummary> {
  return target === 'zip' ? writeZip(source, path) : writeFolder(source, path);
}
