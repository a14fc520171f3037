/** `stancegraph db start | stop | status` */
import { StanceGraphError, usageError } from '../../core/errors.js';
import { withDb } from '../../db/connection.js';
import { localStatus, startLocal, stopLocal } from '../../db/local.js';
import { applySchema } from '../../db/schema.js';
import { print, say } from '../output.js';

function assertLocal(): void {
  if (process.env.NEO4J_URI) {
    throw usageError(`NEO4J_URI is set (${process.env.NEO4J_URI}): nothing local to manage; unset it to use the local database`);
  }
}

export async function dbStart(opts: { port?: string }): Promise<void> {
  assertLocal();
  const port = opts.port === undefined ? undefined : Number(opts.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535))
    throw usageError(`--port: expected a port number 1-65535, got "${opts.port}"`);
  const connection = await startLocal({ port, log: say });
  const statements = await withDb(applySchema);
  say(`schema: ${statements} constraints and indexes in place`);
  print(`Neo4j is running at ${connection.uri} (pid ${connection.pid}); data in ${localStatus().home}`);
}

export async function dbStop(): Promise<void> {
  assertLocal();
  const stopped = await stopLocal();
  print(stopped ? 'Neo4j stopped cleanly' : 'Neo4j was not running');
}

export async function dbStatus(): Promise<void> {
  if (process.env.NEO4J_URI) {
    const ok = await withDb(async (db) => {
      await db.driver.verifyConnectivity({ database: db.database });
      return true;
    }).catch((e: unknown) => (e instanceof StanceGraphError ? e.message : String(e)));
    print(ok === true ? `remote Neo4j at ${process.env.NEO4J_URI} answers` : `remote Neo4j at ${process.env.NEO4J_URI}: ${ok}`);
    if (ok !== true) process.exitCode = 1;
    return;
  }
  const status = localStatus();
  if (!status.running || !status.connection) {
    print(`Neo4j is not running (home ${status.home})`);
    process.exitCode = 1;
    return;
  }
  print(
    `Neo4j is running at ${status.connection.uri} (pid ${status.connection.pid}, since ${status.connection.startedAt}); data in ${status.home}`,
  );
}
