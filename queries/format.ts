/** Renders query rows as a text table, JSON or CSV (RFC 4180). */
import { stringify } from 'csv-stringify/sync';
import type { Plain } from './plain.js';
import type { QueryResult } from './run.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** A cell as text: nodes and relationships are shown by name/type, lists joined. */
export function cellText(value: Plain): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  const v = value as Record<string, Plain>;
  if (v.kind === 'node') return String((v.properties as Record<string, Plain>).name ?? (v.properties as Record<string, Plain>).id ?? '');
  if (v.kind === 'relationship') return String(v.type);
  return JSON.stringify(value);
}

function table(result: QueryResult, maxWidth = 60): string {
  const { columns, rows } = result;
  if (rows.length === 0) return '(no rows)\n';
  const clip = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s).replace(/\s+/g, ' ');
  const cells = rows.map((r) => columns.map((c) => clip(cellText(r[c] ?? null))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'}${result.truncated ? ', truncated' : ''})`);
  return `${out.join('\n')}\n`;
}

export function formatResult(result: QueryResult, format: Format): string {
  if (format === 'json') return `${JSON.stringify(result.rows, null, 2)}\n`;
  if (format === 'csv') {
    return stringify(
      result.rows.map((r) => result.columns.map((c) => cellText(r[c] ?? null))),
      { header: true, columns: result.columns, record_delimiter: 'windows' },
    );
  }
  return table(result);
}
