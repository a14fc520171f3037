/** GET /api/search?q=&limit=: entities by name and alias, ranked by the full-text index (fuzzy fallback). */
import { badInput, StanceGraphError } from '../../core/errors.js';
import { searchActors } from '../../queries/resolve.js';
import { rejectUnknownKeys } from './params.js';
import { rankCandidates } from './rank.js';
import { withDeadline } from './read.js';
import type { RegisterRoutes } from './types.js';

export const registerSearchRoute: RegisterRoutes = (register, deps) => {
  register({
    method: 'GET',
    path: '/api/search',
    async handler(ctx) {
      rejectUnknownKeys(ctx.query, ['q', 'limit']);
      const q = (ctx.query.get('q') ?? '').trim();
      if (q === '') throw badInput('q: expected some text to search for, e.g. /api/search?q=Blinken');
      if (q.length > 200) throw badInput('q: at most 200 characters');
      const limitText = ctx.query.get('limit') ?? '10';
      const limit = Number(limitText);
      if (!/^\d+$/.test(limitText) || limit < 1 || limit > 50) throw badInput(`limit: expected 1-50, got "${limitText}"`);
      const db = await ctx.db();
      const timeout = () => new StanceGraphError('QUERY_TIMEOUT', 'the search took too long and was stopped');
      let results = await withDeadline(searchActors(db, q, Math.max(limit, 25)), deps.timeoutMs, timeout);
      let fuzzy = false;
      if (results.length === 0) {
        results = await withDeadline(searchActors(db, q, limit, true), deps.timeoutMs, timeout);
        fuzzy = results.length > 0;
      }
      return { kind: 'json', body: { q, fuzzy, results: rankCandidates(results, q).slice(0, limit) } };
    },
  });
};
