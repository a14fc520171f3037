/** `db start | stop | status`: the local Neo4j recorded under STANCEGRAPH_HOME. */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { StanceGraphError } from '../core/errors.js';
import { type ConnectionFile, readConnectionFile, removeConnectionFile, writeConnectionFile } from './connection-file.js';
import { type HomePaths, homePaths } from './home.js';
import { ensureLauncherBuilt, parseSize, spawnLauncher } from './java-launcher.js';
import { isAlive, isLauncherAlive, isPortFree, waitFor } from './process.js';

export const DEFAULT_PORT = 7687;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 120_000;

export interface StartOptions {
  port?: number;
  heap?: string;
  pagecache?: string;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface LocalStatus {
  running: boolean;
  home: string;
  connection: ConnectionFile | null;
}

export function localStatus(env: NodeJS.ProcessEnv = process.env): LocalStatus {
  const paths = homePaths(env);
  const connection = readConnectionFile(paths.connectionFile);
  const running = connection !== null && isLauncherAlive(connection.pid);
  return { running, home: paths.home, connection: running ? connection : null };
}

function ensurePassword(paths: HomePaths): void {
  if (!existsSync(paths.passwordFile)) {
    writeFileSync(paths.passwordFile, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
  }
  chmodSync(paths.passwordFile, 0o600);
}

/** The launcher's log lines written since `offset`. */
function logSince(logFile: string, offset: number): string {
  if (!existsSync(logFile)) return '';
  const size = statSync(logFile).size;
  if (size <= offset) return '';
  const fd = openSync(logFile, 'r');
  try {
    const buffer = Buffer.alloc(size - offset);
    readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export async function startLocal(options: StartOptions = {}): Promise<ConnectionFile> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const paths = homePaths(env);
  const current = localStatus(env);
  if (current.running && current.connection) {
    if (options.port !== undefined && options.port !== current.connection.port) {
      throw new StanceGraphError(
        'USAGE',
        `the local Neo4j already runs on port ${current.connection.port} (pid ${current.connection.pid}); stop it first to change the port`,
      );
    }
    return current.connection;
  }
  removeConnectionFile(paths.connectionFile);
  const port = options.port ?? DEFAULT_PORT;
  if (!(await isPortFree(port))) {
    throw new StanceGraphError('DB_START_FAILED', `port ${port} on 127.0.0.1 is already in use; choose another with --port`);
  }
  mkdirSync(paths.home, { recursive: true, mode: 0o700 });
  ensurePassword(paths);
  ensureLauncherBuilt(log);

  const offset = existsSync(paths.logFile) ? statSync(paths.logFile).size : 0;
  const pid = spawnLauncher({
    neo4jHome: paths.neo4jHome,
    port,
    passwordFile: paths.passwordFile,
    heap: options.heap ?? env.STANCEGRAPH_NEO4J_HEAP ?? '1g',
    pagecacheBytes: parseSize(options.pagecache ?? env.STANCEGRAPH_NEO4J_PAGECACHE ?? '512m'),
    logFile: paths.logFile,
  });
  log(`starting Neo4j 5.26 (pid ${pid}) on bolt://127.0.0.1:${port} ...`);
  let failure = '';
  const ready = await waitFor(
    () => {
      const output = logSince(paths.logFile, offset);
      const error = /STANCEGRAPH_ERROR (.*)/.exec(output);
      if (error) failure = error[1]!;
      else if (!isAlive(pid)) failure = `the Neo4j process exited during start-up; see ${paths.logFile}`;
      return failure !== '' || output.includes('STANCEGRAPH_READY');
    },
    START_TIMEOUT_MS,
    250,
  );
  if (failure || !ready) {
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
    throw new StanceGraphError(
      'DB_START_FAILED',
      `Neo4j did not start: ${failure || `no answer within ${START_TIMEOUT_MS / 1000} s; see ${paths.logFile}`}`,
    );
  }
  const connection: ConnectionFile = {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    database: 'neo4j',
    passwordFile: paths.passwordFile,
    pid,
    port,
    startedAt: new Date().toISOString(),
  };
  writeConnectionFile(paths.connectionFile, connection);
  return connection;
}

/** Stops the local instance cleanly (SIGTERM: Neo4j checkpoints and closes its store). */
export async function stopLocal(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const paths = homePaths(env);
  const connection = readConnectionFile(paths.connectionFile);
  if (!connection || !isLauncherAlive(connection.pid)) {
    removeConnectionFile(paths.connectionFile);
    return false;
  }
  process.kill(connection.pid, 'SIGTERM');
  const stopped = await waitFor(() => !isAlive(connection.pid), STOP_TIMEOUT_MS, 200);
  if (!stopped) {
    throw new StanceGraphError(
      'RUNTIME',
      `Neo4j (pid ${connection.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; see ${paths.logFile}`,
    );
  }
  removeConnectionFile(paths.connectionFile);
  return true;
}

export function readPassword(passwordFile: string): string {
  return readFileSync(passwordFile, 'utf8').trim();
}
