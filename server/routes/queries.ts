/**
 * GET /api/queries: the canned query catalogue with parameter types and defaults.
 * POST /api/queries/:name with {params, filters?}: rows (capped, `truncated`) and, when the rows name
 * stances or entities (ROW_*_COLUMNS), the graph of the result under the filters.
 */
import { z } from 'zod';
import { badInput } from '../../core/errors.js';
import { catalogue, cannedQuery } from '../../queries/catalogue.js';
import { runQuery } from '../../queries/run.js';
import { parseGraphFilters } from '../../queries/subgraph/filters.js';
import { idsOfRows, selectSubgraph } from '../../queries/subgraph/select.js';
import type { RegisterRoutes } from './types.js';

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const Body = z
  .object({
    params: z.record(z.string(), z.union([Scalar, z.array(z.union([z.string(), z.number()]))])).default({}),
    filters: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.null()])).default({}),
    graph: z.boolean().default(true),
  })
  .strict();

export function catalogueBody() {
  return {
    queries: catalogue().map((q) => ({
      name: q.name,
      description: q.description,
      params: q.params.map((p) => ({
        name: p.name,
        type: p.type,
        required: p.default === undefined,
        default: p.default ?? null,
        description: p.description,
      })),
    })),
  };
}

export const registerQueryRoutes: RegisterRoutes = (register, deps) => {
  register({ method: 'GET', path: '/api/queries', handler: async () => ({ kind: 'json', body: catalogueBody() }) });

  register({
    method: 'POST',
    path: '/api/queries/:name',
    async handler(ctx) {
      const query = cannedQuery(ctx.params.name!);
      const parsed = Body.safeParse(ctx.body ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw badInput(
          `request body: ${issue.path.join('.') || '(root)'}: ${issue.message} (expected {"params": {...}, "filters"?: {...}})`,
        );
      }
      const filters = parseGraphFilters(parsed.data.filters, 'filters');
      const db = await ctx.db();
      const result = await runQuery(db, query.name, parsed.data.params, { timeoutMs: deps.timeoutMs, maxRows: deps.maxRows });
      const ids = idsOfRows(result);
      const wantsGraph = parsed.data.graph && (ids.stanceIds.length > 0 || ids.entityIds.length > 0);
      const graph = wantsGraph
        ? await selectSubgraph(db, { kind: 'query', name: query.name, params: parsed.data.params }, filters)
        : undefined;
      return {
        kind: 'json',
        body: {
          name: result.name,
          columns: result.columns,
          rows: result.rows,
          truncated: result.truncated,
          params: result.params,
          ...(graph ? { graph } : {}),
        },
      };
    },
  });
};
