/**
 * Coerces raw parameters (CLI `--param k=v` strings, or JSON values from the API) to the types that a
 * query header declares. Errors name the query and the parameter.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { usageError } from '../core/errors.js';
import type { CypherFile, ParamSpec } from './cypher-file.js';

export type ParamValue = string | number | boolean | Integer | null | ParamValue[];

function coerce(spec: ParamSpec, raw: unknown, where: string): ParamValue {
  const fail = (expected: string) => usageError(`${where}: expected ${expected}, got ${JSON.stringify(raw)}`);
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (spec.type) {
    case 'int': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(n)) throw fail('an integer');
      return neo4j.int(n);
    }
    case 'float': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : Number.NaN;
      if (!Number.isFinite(n)) throw fail('a number');
      return n;
    }
    case 'bool':
      if (text === true || text === 'true') return true;
      if (text === false || text === 'false') return false;
      throw fail('true or false');
    case 'date':
      if (typeof text !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) throw fail('a date YYYY[-MM[-DD]]');
      return text;
    case 'list':
      if (Array.isArray(text)) return text.map((v) => String(v));
      if (typeof text !== 'string') throw fail('a comma-separated list');
      return text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      if (typeof text !== 'string' || text === '') throw fail('a non-empty string');
      if (text.length > 1000) throw fail('at most 1000 characters');
      return text;
  }
}

/** Typed parameters for `query`, with defaults applied; actor/article values are left for resolution. */
export function bindParams(query: CypherFile, raw: Record<string, unknown>): Record<string, ParamValue> {
  const known = new Set(query.params.map((p) => p.name));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      const list = query.params.map((p) => p.name).join(', ') || 'none';
      throw usageError(`query ${query.name}: unknown parameter "${key}" (parameters: ${list})`);
    }
  }
  const bound: Record<string, ParamValue> = {};
  for (const spec of query.params) {
    const where = `query ${query.name}: parameter ${spec.name} (${spec.type})`;
    const value = raw[spec.name] ?? spec.default;
    if (value === undefined)
      throw usageError(`query ${query.name}: missing required parameter "${spec.name}" (${spec.type}: ${spec.description})`);
    bound[spec.name] = value === 'null' && spec.default === 'null' ? null : coerce(spec, value, where);
  }
  return bound;
}

/** Parses repeated `k=v` CLI arguments. */
export function parseKeyValues(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw usageError(`--param "${pair}": expected key=value`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return out;
}
