/**
 * Where the database is: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set, else the
 * local instance recorded by `db start` under STANCEGRAPH_HOME. One driver per process.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { StanceGraphError } from '../core/errors.js';
import { readConnectionFile } from './connection-file.js';
import { homePaths } from './home.js';
import { readPassword } from './local.js';
import { isLauncherAlive } from './process.js';

export interface Target {
  uri: string;
  user: string;
  password: string;
  database: string;
  local: boolean;
}

export function resolveTarget(env: NodeJS.ProcessEnv = process.env): Target {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || 'neo4j',
      local: false,
    };
  }
  const paths = homePaths(env);
  const connection = readConnectionFile(paths.connectionFile);
  if (!connection || !isLauncherAlive(connection.pid)) {
    throw new StanceGraphError(
      'DB_UNAVAILABLE',
      `no local Neo4j is running under ${paths.home}; run "stancegraph db start" or set NEO4J_URI`,
    );
  }
  return {
    uri: connection.uri,
    user: connection.user,
    password: readPassword(connection.passwordFile),
    database: env.NEO4J_DATABASE || connection.database,
    local: true,
  };
}

export interface Db {
  driver: Driver;
  database: string;
  close(): Promise<void>;
}

export function openDb(target: Target = resolveTarget()): Db {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'stancegraph/0.1',
  });
  return { driver, database: target.database, close: () => driver.close() };
}

/** Opens the database, runs `fn`, always closes. Connection failures become DB_UNAVAILABLE. */
export async function withDb<T>(fn: (db: Db) => Promise<T>, target?: Target): Promise<T> {
  const db = openDb(target ?? resolveTarget());
  try {
    return await fn(db);
  } catch (error) {
    throw asDbError(error);
  } finally {
    await db.close();
  }
}

/** Maps driver errors to StanceGraphErrors without leaking credentials. */
export function asDbError(error: unknown): unknown {
  if (error instanceof StanceGraphError) return error;
  const e = error as { code?: string; message?: string };
  if (e?.code === 'ServiceUnavailable' || e?.code === 'SessionExpired') {
    return new StanceGraphError('DB_UNAVAILABLE', `Neo4j is unavailable: ${firstLine(e.message)}`, { cause: error });
  }
  // Still transient after the driver's retries (maxTransactionRetryTime), e.g. the database shutting down.
  if (e?.code?.startsWith('Neo.TransientError.')) {
    return new StanceGraphError('DB_UNAVAILABLE', `Neo4j is unavailable (still failing after retries): ${firstLine(e.message)}`, {
      cause: error,
    });
  }
  if (e?.code === 'Neo.ClientError.Security.Unauthorized') {
    return new StanceGraphError('DB_UNAVAILABLE', 'Neo4j refused the credentials (check NEO4J_USER / NEO4J_PASSWORD)', { cause: error });
  }
  if (
    e?.code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    e?.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new StanceGraphError('QUERY_TIMEOUT', 'the query took too long and was stopped', { cause: error });
  }
  return error;
}

function firstLine(message: string | undefined): string {
  return (message ?? '').split('\n')[0]!.slice(0, 300);
}
