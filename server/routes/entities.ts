/**
 * GET /api/entities/:id: the entity and its stances in and out, each with evidence sentence, date and
 * source article (the canned `stances-of` query), newest first.
 */
import { notFound, badInput } from '../../core/errors.js';
import { statementOf } from '../../queries/cypher-file.js';
import { runQuery } from '../../queries/run.js';
import { searchActors } from '../../queries/resolve.js';
import { readRows } from './read.js';
import type { RegisterRoutes } from './types.js';

const ENTITY_BY_ID = statementOf('graph/entities-by-ids');
export const MAX_STANCES_PER_ENTITY = 1_000;

export const registerEntityRoute: RegisterRoutes = (register, deps) => {
  register({
    method: 'GET',
    path: '/api/entities/:id',
    async handler(ctx) {
      const id = ctx.params.id!;
      if (id.length === 0 || id.length > 200) throw badInput('entity id: expected 1-200 characters');
      const db = await ctx.db();
      const found = await readRows(db, ENTITY_BY_ID, { ids: [id] }, { timeoutMs: deps.timeoutMs, maxRows: 1 });
      const entity = found.rows[0]?.entity;
      if (!entity) {
        const closest = await searchActors(db, id.replace(/[-_]+/g, ' '), 3).catch(() => []);
        const hint = closest.length > 0 ? `; closest: ${closest.map((c) => c.id).join(', ')}` : '';
        throw notFound(`no entity with id "${id}"${hint}`);
      }
      // The country is an entity id; the viewer shows its name ("Minister of China", not "of china").
      const countryId = (entity as { country?: unknown }).country;
      const country =
        typeof countryId === 'string' && countryId !== ''
          ? (await readRows(db, ENTITY_BY_ID, { ids: [countryId] }, { timeoutMs: deps.timeoutMs, maxRows: 1 })).rows[0]?.entity
          : undefined;
      const countryName = (country as { name?: unknown } | undefined)?.name;
      const limit = Math.min(MAX_STANCES_PER_ENTITY, deps.maxRows);
      const result = await runQuery(db, 'stances-of', { actor: id, limit }, { timeoutMs: deps.timeoutMs, maxRows: limit });
      const stances = result.rows;
      return {
        kind: 'json',
        body: {
          entity: { ...(entity as object), countryName: typeof countryName === 'string' ? countryName : null },
          stances,
          counts: { out: stances.filter((s) => s.direction === 'out').length, in: stances.filter((s) => s.direction === 'in').length },
          truncated: result.truncated || stances.length >= limit,
        },
      };
    },
  });
};
