/** GET /api/health: the server is up, and whether Neo4j answers (503 when it does not). */
import { isStanceGraphError, StanceGraphError } from '../../core/errors.js';
import { GRAPH_CONTRACT_VERSION } from '../../core/graph-contract.js';
import { asDbError } from '../../db/connection.js';
import type { RegisterRoutes } from './types.js';
import { readRows } from './read.js';

export const registerHealthRoute: RegisterRoutes = (register, deps) => {
  register({
    method: 'GET',
    path: '/api/health',
    async handler(ctx) {
      const started = performance.now();
      try {
        const db = await ctx.db();
        await readRows(db, 'RETURN 1 AS ok', {}, { timeoutMs: Math.min(deps.timeoutMs, 5_000), maxRows: 1 });
        return {
          kind: 'json',
          body: {
            status: 'ok',
            db: { reachable: true, latencyMs: Math.round(performance.now() - started) },
            graphContract: GRAPH_CONTRACT_VERSION,
          },
        };
      } catch (error) {
        const mapped = asDbError(error);
        if (isStanceGraphError(mapped) && mapped.code === 'DB_UNAVAILABLE') throw mapped;
        throw new StanceGraphError('DB_UNAVAILABLE', `Neo4j is unavailable: ${isStanceGraphError(mapped) ? mapped.message : 'no answer'}`, {
          cause: error,
        });
      }
    },
  });
};
