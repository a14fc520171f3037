/**
 * Exports a selection from the database: streams its stances (queries/subgraph/stream.ts) into the
 * file pipeline. Used by `stancegraph export` and GET /api/export, so both write the same bytes.
 */
import { StanceGraphError } from '../core/errors.js';
import type { Db } from '../db/connection.js';
import { edgeAttributes, type EntityRecord, nodeAttributes, type StanceRecord } from '../queries/subgraph/build.js';
import { type SubgraphStream, streamSubgraph } from '../queries/subgraph/stream.js';
import { checkExportTarget, writeExport } from './pipeline.js';
import type { ExportRequest } from './request.js';
import type { ContractNode, ExportSummary } from './schema.js';
import type { ExportSource, StanceItem } from './spool.js';

const nodeOf = (entity: EntityRecord): ContractNode => ({ key: entity.id, attributes: nodeAttributes(entity) });

export function stanceItem(row: StanceRecord): StanceItem {
  return {
    edge: { key: String(row.props.id), source: row.source.id, target: row.target.id, attributes: edgeAttributes(row) },
    source: nodeOf(row.source),
    target: nodeOf(row.target),
  };
}

function sourceOf(stream: SubgraphStream, signal?: AbortSignal): ExportSource {
  async function* items(): AsyncGenerator<StanceItem> {
    for await (const row of stream.stances) {
      if (signal?.aborted) throw new StanceGraphError('RUNTIME', 'export: cancelled');
      yield stanceItem(row);
    }
  }
  return {
    items: items(),
    truncated: () => stream.truncated(),
    isolatedNodes: async (has) => (await stream.isolatedEntities(has)).map(nodeOf),
  };
}

export interface ExportRunOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Checks the target, resolves the selection (NOT_FOUND before anything is written), then streams. */
export async function exportSubgraph(db: Db, request: ExportRequest, out: string, options: ExportRunOptions = {}): Promise<ExportSummary> {
  await checkExportTarget(request.format, out);
  const stream = await streamSubgraph(db, request.selection, request.filters, { timeoutMs: options.timeoutMs });
  return writeExport(sourceOf(stream, options.signal), request.format, out);
}
