/**
 * CSV rows for `nodes.csv` and `edges.csv`: a header row, RFC 4180 quoting and CRLF line ends
 * (csv-stringify). Empty cell = no value; booleans `true`/`false`; aliases a JSON array.
 */
import { stringify } from 'csv-stringify/sync';
import { type ContractEdge, type ContractNode, EDGE_FIELDS, NODE_FIELDS } from '../schema.js';

export const NODE_COLUMNS = ['id', ...NODE_FIELDS.map((f) => f.name)];
export const EDGE_COLUMNS = ['id', 'source', 'target', ...EDGE_FIELDS.map((f) => f.name)];

type Cell = string | number | null;
const cell = (value: string | number | boolean | string[] | null): Cell =>
  value === null ? null : Array.isArray(value) ? JSON.stringify(value) : typeof value === 'boolean' ? String(value) : value;

/** csv-stringify quotes fields holding the record delimiter (CRLF) but not a bare LF or CR: force those too. */
const OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

function rows(records: Cell[][]): string {
  return records.length === 0 ? '' : stringify(records, OPTIONS);
}

export const csvHeader = (columns: string[]) => stringify([columns], OPTIONS);

export function nodeRows(batch: ContractNode[]): string {
  return rows(batch.map((n) => [n.key, ...NODE_FIELDS.map((f) => cell(f.value(n)))]));
}

export function edgeRows(batch: ContractEdge[]): string {
  return rows(batch.map((e) => [e.key, e.source, e.target, ...EDGE_FIELDS.map((f) => cell(f.value(e)))]));
}
