/**
 * Where the API gets its database handle. `liveDbSource()` resolves the target lazily (NEO4J_URI or the
 * local instance), uses a driver tuned for HTTP (short retries, short connect timeout) and, after a
 * connection failure, checks whether the target moved (new port, new password) and replaces the driver.
 * The driver itself reconnects when Neo4j returns, so a request after recovery succeeds.
 */
import neo4j from 'neo4j-driver';
import { StanceGraphError } from '../core/errors.js';
import type { Db, Target } from '../db/connection.js';
import { resolveTarget } from '../db/connection.js';

export interface DbSource {
  /** A live handle, or throws DB_UNAVAILABLE. */
  get(): Promise<Db>;
  /** Called when a request failed with DB_UNAVAILABLE. */
  failed(error: unknown): void;
  /** Strings never to show in a response or a log line (the password). */
  secrets(): string[];
  close(): Promise<void>;
}

/** Wraps a Db the caller owns (tests, bench): never closed here. */
export function fixedDbSource(db: Db): DbSource {
  return { get: async () => db, failed: () => {}, secrets: () => [], close: async () => {} };
}

export function openApiDb(target: Target): Db {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    userAgent: 'stancegraph-api/0.1',
  });
  return { driver, database: target.database, close: () => driver.close() };
}

const sameTarget = (a: Target, b: Target) => a.uri === b.uri && a.user === b.user && a.password === b.password && a.database === b.database;

export function liveDbSource(resolve: () => Target = () => resolveTarget()): DbSource {
  let current: { target: Target; db: Db } | null = null;
  let suspect = false;
  const secrets = new Set<string>();

  const open = (target: Target) => {
    secrets.add(target.password);
    const old = current;
    current = { target, db: openApiDb(target) };
    if (old) void old.db.close().catch(() => {});
    return current.db;
  };

  return {
    async get() {
      if (current && !suspect) return current.db;
      let target: Target;
      try {
        target = resolve();
      } catch (error) {
        if (error instanceof StanceGraphError && error.code !== 'DB_UNAVAILABLE') throw error;
        // One wording for every "no database" reply (e.g. "no local Neo4j is running under ...").
        const reason = (error as Error).message;
        throw new StanceGraphError(
          'DB_UNAVAILABLE',
          reason.startsWith('Neo4j is unavailable') ? reason : `Neo4j is unavailable: ${reason}`,
          { cause: error },
        );
      }
      suspect = false;
      if (current && sameTarget(current.target, target)) return current.db;
      return open(target);
    },
    failed() {
      suspect = true;
    },
    secrets: () => [...secrets],
    async close() {
      const old = current;
      current = null;
      if (old) await old.db.close();
    },
  };
}
