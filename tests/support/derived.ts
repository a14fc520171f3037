/** Compares the derived data the loader keeps incrementally (roll-up, activity counts) with a rebuild. */
import { expect } from 'vitest';
import type { Db } from '../../db/connection.js';
import { rebuildRollup } from '../../ingest/load/rollup.js';

/** Every Rollup node and every entity's activity counts (absent = 0: entities that never took a stance), in a stable order. */
async function derived(db: Db): Promise<{ rollups: unknown[]; activity: unknown[] }> {
  const q = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
  const rollups = await q(
    'MATCH (g:Rollup) RETURN g.key AS key, g.stances AS n, g.first AS first, g.last AS last, size(g.stanceIds) AS ids ORDER BY key',
  );
  const activity = await q(
    'MATCH (e:Entity) RETURN e.id AS id, coalesce(e.activeTotal, 0) AS t, coalesce(e.activeCooperative, 0) AS c, ' +
      'coalesce(e.activeNeutral, 0) AS n, coalesce(e.activeHostile, 0) AS h ORDER BY id',
  );
  return { rollups: rollups.records.map((r) => r.toObject()), activity: activity.records.map((r) => r.toObject()) };
}

/** Asserts the incrementally kept state equals a rebuild from scratch. */
export async function expectDerivedExact(db: Db): Promise<void> {
  const incremental = await derived(db);
  await rebuildRollup(db);
  expect(incremental).toEqual(await derived(db));
}
