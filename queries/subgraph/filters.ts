/** Parses the viewer's filters from raw strings or lists (query string, CLI flags, JSON). */
import { z } from 'zod';
import { badInput } from '../../core/errors.js';
import { DEFAULT_GRAPH_LIMIT, type GraphFilters, LEVELS } from '../../core/graph-contract.js';
import { ENTITY_TYPES, POLARITIES, RELATION_TYPES } from '../../core/vocabulary.js';

const list = <T extends string>(values: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values as [T, ...T[]])));

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const GraphFiltersSchema = z.object({
  level: z.enum(LEVELS).default('person'),
  types: list(RELATION_TYPES).nullable().default(null),
  polarity: list(POLARITIES).nullable().default(null),
  entityTypes: list(ENTITY_TYPES).nullable().default(null),
  from: date.nullable().default(null),
  to: date.nullable().default(null),
  limit: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_GRAPH_LIMIT),
});

/** Throws BAD_INPUT naming the field, e.g. `types: Invalid option: expected one of "MET_WITH"|...`. */
export function parseGraphFilters(raw: Record<string, unknown>, where = 'filters'): GraphFilters {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = GraphFiltersSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(`${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const filters = parsed.data;
  const empty = (v: unknown[] | null) => (v && v.length > 0 ? v : null);
  return {
    ...filters,
    types: empty(filters.types),
    polarity: empty(filters.polarity),
    entityTypes: empty(filters.entityTypes),
  } as GraphFilters;
}
