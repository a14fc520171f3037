/**
 * Query-string parsing shared by GET /api/graph and GET /api/export: the viewer's filters plus the
 * selection (`around` + `depth`, or `query` + `params` as a JSON object). Errors are BAD_INPUT (400).
 */
import { z } from 'zod';
import { badInput } from '../../core/errors.js';
import type { GraphFilters } from '../../core/graph-contract.js';
import { parseGraphFilters } from '../../queries/subgraph/filters.js';
import type { Selection } from '../../queries/subgraph/select.js';

export const FILTER_KEYS = ['level', 'types', 'polarity', 'entityTypes', 'from', 'to', 'limit'] as const;
export const SELECTION_KEYS = ['around', 'depth', 'query', 'params'] as const;

/** All values of repeated keys joined by commas (`types=A&types=B` = `types=A,B`). */
function joined(query: URLSearchParams, key: string): string | undefined {
  const values = query.getAll(key);
  return values.length === 0 ? undefined : values.join(',');
}

export function rejectUnknownKeys(query: URLSearchParams, allowed: readonly string[]): void {
  for (const key of query.keys()) {
    if (!allowed.includes(key)) throw badInput(`unknown query parameter "${key}" (allowed: ${allowed.join(', ')})`);
  }
}

export function filtersOfQuery(query: URLSearchParams, maxLimit: number): GraphFilters {
  const raw = Object.fromEntries(FILTER_KEYS.map((k) => [k, joined(query, k)]));
  const filters = parseGraphFilters(raw, 'filters');
  if (filters.limit > maxLimit) throw badInput(`filters: limit: at most ${maxLimit} stances per request, got ${filters.limit}`);
  return filters;
}

const ParamsObject = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))]),
);

export function parseQueryParamsJson(text: string | null, where: string): Record<string, unknown> {
  if (text === null || text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badInput(`${where}: expected a JSON object such as {"actor":"Xi Jinping"}`);
  }
  const parsed = ParamsObject.safeParse(value);
  if (!parsed.success) throw badInput(`${where}: expected a JSON object of strings, numbers, booleans or lists`);
  return parsed.data;
}

export function selectionOfQuery(query: URLSearchParams): Selection {
  const around = query.get('around');
  const name = query.get('query');
  if (around !== null && name !== null) throw badInput('give either "around" or "query", not both');
  if (around !== null) {
    if (around.trim() === '' || around.length > 200) throw badInput('around: expected an actor id, name or alias (1-200 characters)');
    const depthText = query.get('depth') ?? '1';
    const depth = Number(depthText);
    if (!/^\d+$/.test(depthText) || depth < 1 || depth > 3) throw badInput(`depth: expected 1, 2 or 3, got "${depthText}"`);
    return { kind: 'around', actor: around, depth };
  }
  if (query.has('depth')) throw badInput('depth: only meaningful with "around"');
  if (name !== null) {
    if (!/^[a-z0-9-]{1,64}$/.test(name)) throw badInput(`query: "${name.slice(0, 64)}" is not a query name`);
    return { kind: 'query', name, params: parseQueryParamsJson(query.get('params'), 'params') };
  }
  if (query.has('params')) throw badInput('params: only meaningful with "query"');
  return { kind: 'all' };
}
