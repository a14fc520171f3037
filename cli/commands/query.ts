/** `stancegraph query --list` and `stancegraph query NAME [--param k=v]... [--format table|json|csv]` */
import { usageError } from '../../core/errors.js';
import { withDb } from '../../db/connection.js';
import { catalogue } from '../../queries/catalogue.js';
import { FORMATS, type Format, formatResult } from '../../queries/format.js';
import { parseKeyValues } from '../../queries/params.js';
import { runQuery } from '../../queries/run.js';
import { print } from '../output.js';

export interface QueryOptions {
  list?: boolean;
  param: string[];
  format: string;
  timeout?: string;
  maxRows?: string;
}

export function listQueries(): string {
  return catalogue()
    .map((q) => {
      const params = q.params.map((p) => `${p.name}: ${p.type}${p.default !== undefined ? ` = ${p.default}` : ''}`).join(', ');
      return `${q.name}(${params})\n    ${q.description}`;
    })
    .join('\n');
}

export async function queryCommand(name: string | undefined, opts: QueryOptions): Promise<void> {
  if (opts.list || !name) {
    print(listQueries());
    return;
  }
  if (!(FORMATS as readonly string[]).includes(opts.format))
    throw usageError(`--format: expected one of ${FORMATS.join(', ')}, got "${opts.format}"`);
  const timeoutMs = opts.timeout ? Number(opts.timeout) * 1000 : undefined;
  const maxRows = opts.maxRows ? Number(opts.maxRows) : undefined;
  const result = await withDb((db) => runQuery(db, name, parseKeyValues(opts.param), { timeoutMs, maxRows }));
  print(formatResult(result, opts.format as Format));
}
