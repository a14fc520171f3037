/**
 * The country-level roll-up (Rollup nodes read by cypher/country-level.cypher): kept exact by the
 * loader, incrementally while stances are only added, rebuilt from the stances when it went stale.
 * The same state also covers the per-entity activity counts (most-active), which a graph loaded
 * before they existed lacks.
 *
 * Rebuilds are safe while other loaders write (see docs/reliability.md): one rebuild at a time holds
 * a lease on the RollupState node (renewed while it runs, expiring if its process dies); every
 * transaction that writes stances bumps the state's write counter as its last statement; a rebuild
 * marks the roll-up exact only if the counter did not move while it ran. Otherwise the roll-up stays
 * stale and the loader that wrote meanwhile rebuilds it when it finishes.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import type { Db } from '../../db/connection.js';
import { statementOf } from '../../queries/cypher-file.js';

const Q = {
  state: statementOf('load/rollup-state'),
  write: statementOf('load/rollup-write'),
  claim: statementOf('load/rollup-claim'),
  renew: statementOf('load/rollup-renew'),
  finish: statementOf('load/rollup-finish'),
  clear: statementOf('load/rollup-clear'),
  rebuild: statementOf('load/rollup-rebuild'),
  activity: statementOf('load/activity-rebuild'),
};

/** A lease lapses this long after its last renewal (its holder died). */
const LEASE_MS = 60_000;
const RENEW_EVERY_MS = 10_000;
/** How often a caller waiting for another rebuild looks again. */
const WAIT_MS = 200;
/** A rebuild pass failed by a transient error (a concurrent write) is tried this many times. */
const PASS_ATTEMPTS = 5;

/** True when the roll-up matches the stances (creates the state node on first use). */
export async function rollupIsValid(db: Db): Promise<boolean> {
  const { records } = await db.driver.executeQuery(Q.state, {}, { database: db.database });
  return records[0]?.get('valid') === true;
}

/** Clears and rebuilds the roll-up and the activity counts (auto-commit transactions in batches). */
async function rebuildPass(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    await session.run(Q.clear);
    await session.run(Q.rebuild);
    await session.run(Q.activity);
  } finally {
    await session.close();
  }
}

/** Runs one rebuild under the lease `token` holds, renewing it meanwhile; releases it at the end.
 * Returns whether the roll-up is now marked exact. */
async function rebuildUnderLease(db: Db, token: string, writes: unknown): Promise<boolean> {
  const query = (cypher: string, params: Record<string, unknown>) => db.driver.executeQuery(cypher, params, { database: db.database });
  const leaseMs = neo4j.int(LEASE_MS);
  const renewal = setInterval(() => {
    query(Q.renew, { token, leaseMs }).catch(() => {}); // a failed renewal only shortens the lease
  }, RENEW_EVERY_MS);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await rebuildPass(db);
        break;
      } catch (error) {
        // Auto-commit batches are not retried by the driver: a loader writing the same Rollup node
        // meanwhile can fail one with a transient error. The pass starts again from the clear.
        if (!neo4j.isRetryableError(error) || attempt >= PASS_ATTEMPTS) throw error;
        await sleep(WAIT_MS * attempt);
      }
    }
  } catch (error) {
    await query(Q.finish, { token, writes, completed: false }).catch(() => {}); // the lease would lapse anyway
    throw error;
  } finally {
    clearInterval(renewal);
  }
  const { records } = await query(Q.finish, { token, writes, completed: true });
  return records[0]?.get('valid') === true;
}

/** Rebuilds the roll-up if it is stale, waiting for a rebuild another loader is running. Returns
 * whether this call rebuilt it. */
export async function ensureRollup(db: Db): Promise<boolean> {
  if (await rollupIsValid(db)) return false;
  const token = randomUUID();
  for (;;) {
    const { records } = await db.driver.executeQuery(Q.claim, { token, leaseMs: neo4j.int(LEASE_MS) }, { database: db.database });
    const claim = records[0]!;
    if (claim.get('valid') === true) return false;
    if (claim.get('acquired') === true) {
      await rebuildUnderLease(db, token, claim.get('writes'));
      return true;
    }
    await sleep(WAIT_MS);
  }
}

/** Rebuilds the roll-up now, even if it is marked exact. */
export async function rebuildRollup(db: Db): Promise<void> {
  await db.driver.executeQuery(Q.write, { stale: true }, { database: db.database });
  await ensureRollup(db);
}
