/** GET /api/graph: the graph (all, around an actor, or a canned query's result) under the viewer's filters. */
import { selectSubgraph } from '../../queries/subgraph/select.js';
import { FILTER_KEYS, filtersOfQuery, rejectUnknownKeys, SELECTION_KEYS, selectionOfQuery } from './params.js';
import type { RegisterRoutes } from './types.js';

export const MAX_GRAPH_LIMIT = 200_000;

export const registerGraphRoute: RegisterRoutes = (register) => {
  register({
    method: 'GET',
    path: '/api/graph',
    async handler(ctx) {
      rejectUnknownKeys(ctx.query, [...FILTER_KEYS, ...SELECTION_KEYS]);
      const filters = filtersOfQuery(ctx.query, MAX_GRAPH_LIMIT);
      const selection = selectionOfQuery(ctx.query);
      const db = await ctx.db();
      return { kind: 'json', body: await selectSubgraph(db, selection, filters) };
    },
  });
};
