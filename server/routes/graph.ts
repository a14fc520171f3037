/**
 * GET /api/graph: the graph (all, around an actor, or a canned query's result) under the viewer's filters.
 * `compact=1` answers with the compact form (core/graph-contract.ts CompactGraphPayload) instead of v1.
 */
import { badInput } from '../../core/errors.js';
import { compactGraph } from '../../core/graph-contract.js';
import { selectSubgraph } from '../../queries/subgraph/select.js';
import { FILTER_KEYS, filtersOfQuery, rejectUnknownKeys, SELECTION_KEYS, selectionOfQuery } from './params.js';
import type { RegisterRoutes } from './types.js';

export const MAX_GRAPH_LIMIT = 200_000;

function wantsCompact(query: URLSearchParams): boolean {
  const value = query.get('compact');
  if (value === null || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw badInput(`compact: expected 1 or 0, got "${value.slice(0, 20)}"`);
}

export const registerGraphRoute: RegisterRoutes = (register) => {
  register({
    method: 'GET',
    path: '/api/graph',
    async handler(ctx) {
      rejectUnknownKeys(ctx.query, [...FILTER_KEYS, ...SELECTION_KEYS, 'compact']);
      const compact = wantsCompact(ctx.query);
      const filters = filtersOfQuery(ctx.query, MAX_GRAPH_LIMIT);
      const selection = selectionOfQuery(ctx.query);
      const db = await ctx.db();
      const payload = await selectSubgraph(db, selection, filters);
      return { kind: 'json', body: compact ? compactGraph(payload) : payload };
    },
  });
};
