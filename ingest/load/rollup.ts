/**
 * The country-level roll-up (Rollup nodes read by cypher/country-level.cypher): kept exact by the
 * loader, incrementally while stances are only added, rebuilt from the stances when it went stale.
 * The same state also covers the per-entity activity counts (most-active), which a graph loaded
 * before they existed lacks.
 */
import type { Db } from '../../db/connection.js';
import { statementOf } from '../../queries/cypher-file.js';

const Q = {
  state: statementOf('load/rollup-state'),
  mark: statementOf('load/rollup-mark'),
  clear: statementOf('load/rollup-clear'),
  rebuild: statementOf('load/rollup-rebuild'),
  activity: statementOf('load/activity-rebuild'),
};

/** True when the roll-up matches the stances (creates the state node on first use). */
export async function rollupIsValid(db: Db): Promise<boolean> {
  const { records } = await db.driver.executeQuery(Q.state, {}, { database: db.database });
  return records[0]?.get('valid') === true;
}

/** Rebuilds the roll-up from every stance, recounts every entity's activity (auto-commit
 * transactions in batches) and marks both valid. */
export async function rebuildRollup(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    await session.run(Q.clear);
    await session.run(Q.rebuild);
    await session.run(Q.activity);
  } finally {
    await session.close();
  }
  await db.driver.executeQuery(Q.mark, { valid: true }, { database: db.database });
}

/** Rebuilds the roll-up only if it is stale. Returns whether it rebuilt. */
export async function ensureRollup(db: Db): Promise<boolean> {
  if (await rollupIsValid(db)) return false;
  await rebuildRollup(db);
  return true;
}
