/** Builds (once, with Maven) and spawns the Java launcher that runs Neo4j embedded. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StanceGraphError } from '../core/errors.js';

const launcherDir = fileURLToPath(new URL('./launcher/', import.meta.url));
const jar = `${launcherDir}target/neo4j-launcher.jar`;
const libDir = `${launcherDir}target/lib`;

const ADD_OPENS = [
  'java.base/java.lang',
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/java.util',
  'java.base/java.util.concurrent',
  'java.base/sun.nio.ch',
  'java.base/sun.net.www.protocol.http',
];

export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java';
}

/** Resolves Neo4j's jars from Maven Central and compiles the launcher, unless already done. */
export function ensureLauncherBuilt(log: (line: string) => void): void {
  if (existsSync(jar) && existsSync(libDir)) return;
  log('building the Neo4j launcher with Maven (first run only; downloads Neo4j 5.26 jars)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', `${launcherDir}pom.xml`, 'package', '-DskipTests'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error || result.status !== 0) {
    throw new StanceGraphError(
      'DB_START_FAILED',
      `could not build db/launcher with Maven (${result.error?.message ?? `exit ${result.status}`}); is Maven installed?`,
    );
  }
}

export interface LaunchOptions {
  neo4jHome: string;
  port: number;
  passwordFile: string;
  heap: string;
  pagecacheBytes: number;
  logFile: string;
}

/** Starts the launcher detached from this process; its output goes to the log file. */
export function spawnLauncher(options: LaunchOptions): number {
  const out = openSync(options.logFile, 'a');
  const args = [
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    ...ADD_OPENS.flatMap((pkg) => ['--add-opens', `${pkg}=ALL-UNNAMED`]),
    '-cp',
    `${jar}:${libDir}/*`,
    'stancegraph.Launcher',
    '--home',
    options.neo4jHome,
    '--port',
    String(options.port),
    '--password-file',
    options.passwordFile,
    '--pagecache',
    String(options.pagecacheBytes),
  ];
  const child = spawn(javaBinary(), args, { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  if (child.pid === undefined) throw new StanceGraphError('DB_START_FAILED', 'could not start java; is a Java 17 runtime installed?');
  return child.pid;
}

/** "512m", "2g", "1048576" -> bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!match) throw new StanceGraphError('USAGE', `invalid size "${value}" (expected e.g. 512m or 2g)`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(match[1]) * unit);
}
