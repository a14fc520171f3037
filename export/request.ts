/**
 * What to export, from CLI flags: the selection (whole graph, `--query NAME --param k=v`, or
 * `--around ACTOR --depth N`) and the viewer's filters. Without `--limit` an export takes up to
 * EXPORT_DEFAULT_LIMIT stances (GET /api/export applies the same default), so equal selections give
 * equal files everywhere.
 */
import { usageError } from '../core/errors.js';
import type { GraphFilters } from '../core/graph-contract.js';
import { parseKeyValues } from '../queries/params.js';
import { parseGraphFilters } from '../queries/subgraph/filters.js';
import type { Selection } from '../queries/subgraph/select.js';
import { type ExportFormat, parseExportFormat } from './formats/index.js';

export const EXPORT_DEFAULT_LIMIT = 1_000_000;

export interface ExportRequest {
  format: ExportFormat;
  selection: Selection;
  filters: GraphFilters;
}

/** The options `stancegraph export` receives from commander (cli/main.ts). */
export interface ExportCliOptions {
  format: string;
  out: string;
  query?: string;
  param?: string[];
  around?: string;
  depth?: string;
  types?: string;
  polarity?: string;
  entityTypes?: string;
  from?: string;
  to?: string;
  level?: string;
  limit?: string;
}

/** parseGraphFilters with the export default limit when none is given. */
export function exportFilters(raw: Record<string, unknown>, where = 'filters'): GraphFilters {
  const given = raw.limit !== undefined && raw.limit !== null && raw.limit !== '';
  const filters = parseGraphFilters(raw, where);
  return given ? filters : { ...filters, limit: EXPORT_DEFAULT_LIMIT };
}

export function parseDepth(text: string | undefined, flag: string): number {
  const value = text ?? '1';
  if (!/^[1-3]$/.test(value.trim())) throw usageError(`${flag}: expected 1, 2 or 3, got "${value}"`);
  return Number(value);
}

export function selectionOfCli(opts: Pick<ExportCliOptions, 'query' | 'param' | 'around' | 'depth'>): Selection {
  const params = opts.param ?? [];
  if (opts.query !== undefined && opts.around !== undefined) throw usageError('give either --query or --around, not both');
  if (opts.around !== undefined) {
    if (params.length > 0) throw usageError('--param: only meaningful with --query');
    if (opts.around.trim() === '') throw usageError('--around: expected an actor id, name or alias');
    return { kind: 'around', actor: opts.around, depth: parseDepth(opts.depth, '--depth') };
  }
  if (opts.depth !== undefined) throw usageError('--depth: only meaningful with --around');
  if (opts.query !== undefined) return { kind: 'query', name: opts.query, params: parseKeyValues(params) };
  if (params.length > 0) throw usageError('--param: only meaningful with --query');
  return { kind: 'all' };
}

export function requestOfCli(opts: ExportCliOptions): ExportRequest {
  const { types, polarity, entityTypes, from, to, level, limit } = opts;
  return {
    format: parseExportFormat(opts.format),
    selection: selectionOfCli(opts),
    filters: exportFilters({ types, polarity, entityTypes, from, to, level, limit }, 'export'),
  };
}
