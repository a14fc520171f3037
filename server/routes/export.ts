/**
 * GET /api/export?format=gexf|graphml|json|csv&<selection>&<filters>: the same selection names as
 * GET /api/graph (around + depth, or query + params as JSON; level, types, polarity, entityTypes,
 * from, to, limit). The file is built by the same pipeline as `stancegraph export` in a private
 * temporary folder, then streamed, so a failure mid-way sends an error instead of half a file.
 * CSV is always a zip (nodes.csv + edges.csv).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEXT_FORMATS, parseExportFormat } from '../../export/formats/index.js';
import { EXPORT_DEFAULT_LIMIT, type ExportRequest } from '../../export/request.js';
import { exportSubgraph } from '../../export/run.js';
import { FILTER_KEYS, filtersOfQuery, rejectUnknownKeys, SELECTION_KEYS, selectionOfQuery } from './params.js';
import type { RegisterRoutes, RouteReply } from './types.js';

export const EXPORT_MAX_LIMIT = 1_000_000;

export function exportRequestOfQuery(query: URLSearchParams): ExportRequest {
  rejectUnknownKeys(query, ['format', ...FILTER_KEYS, ...SELECTION_KEYS]);
  const format = parseExportFormat(query.get('format'));
  const filters = filtersOfQuery(query, EXPORT_MAX_LIMIT);
  return {
    format,
    selection: selectionOfQuery(query),
    filters: query.has('limit') ? filters : { ...filters, limit: EXPORT_DEFAULT_LIMIT },
  };
}

function fileName(request: ExportRequest): string {
  const { selection } = request;
  const what = selection.kind === 'all' ? 'graph' : selection.kind === 'around' ? `around-${selection.actor}` : `query-${selection.name}`;
  const slug =
    what
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'graph';
  const extension = request.format === 'csv' ? '.zip' : TEXT_FORMATS[request.format].extension;
  return `stancegraph-${slug}${extension}`;
}

export const registerExportRoute: RegisterRoutes = (register, deps) => {
  register({
    method: 'GET',
    path: '/api/export',
    async handler(ctx): Promise<RouteReply> {
      const request = exportRequestOfQuery(ctx.query);
      const db = await ctx.db();
      const dir = await mkdtemp(join(tmpdir(), 'stancegraph-export-'));
      try {
        const name = fileName(request);
        const path = join(dir, name);
        await exportSubgraph(db, request, path, { signal: ctx.signal, timeoutMs: Math.max(deps.timeoutMs, 60_000) });
        const size = (await stat(path)).size;
        const body = createReadStream(path);
        // Unlink as soon as the file is open (the descriptor keeps the bytes), so nothing lingers in
        // the temporary folder even when a client never reads the body.
        const cleanUp = () => void rm(dir, { recursive: true, force: true });
        body.once('open', cleanUp);
        body.once('close', cleanUp);
        const contentType = request.format === 'csv' ? 'application/zip' : TEXT_FORMATS[request.format].contentType;
        return {
          kind: 'body',
          contentType,
          body,
          headers: { 'Content-Disposition': `attachment; filename="${name}"`, 'Content-Length': String(size) },
        };
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    },
  });
};
