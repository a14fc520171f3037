/**
 * Builds the CoreNLP parser sidecar (nlp/launcher) with Maven, like db/launcher: Maven resolves
 * Stanford CoreNLP and its English models (~480 MB, GPL v3) from Maven Central into ~/.m2 on the
 * user's machine and copies them to nlp/launcher/target/lib; nothing of CoreNLP is in git.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StanceGraphError } from '../core/errors.js';

const launcherDir = fileURLToPath(new URL('./launcher/', import.meta.url));
const jar = join(launcherDir, 'target', 'stancegraph-parser.jar');
const libDir = join(launcherDir, 'target', 'lib');

/** The `java -cp` value: the parser's jar, then CoreNLP, its models and dependencies. */
export const parserClasspath = (): string => `${jar}:${libDir}/*`;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The jar and its libraries exist and are newer than the pom and every source file. */
export function isParserBuilt(): boolean {
  if (!existsSync(jar) || !existsSync(libDir)) return false;
  const built = statSync(jar).mtimeMs;
  return statSync(join(launcherDir, 'pom.xml')).mtimeMs <= built && newestSource(join(launcherDir, 'src')) <= built;
}

/**
 * Runs `mvn clean package` unless the build is current (`clean`: a CoreNLP version change must not
 * leave the old jars in target/lib on the class path). Maven's output goes to stderr, never stdout.
 */
export function ensureParserBuilt(log: (line: string) => void): void {
  if (isParserBuilt()) return;
  log('building the CoreNLP parser with Maven (the first time, this downloads ~480 MB of CoreNLP jars and models)...');
  const args = ['-q', '-B', '-f', join(launcherDir, 'pom.xml'), 'clean', 'package', '-DskipTests'];
  const result = spawnSync('mvn', args, {
    stdio: ['ignore', 2, 2],
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new StanceGraphError(
      'RUNTIME',
      '--parser corenlp needs Maven (mvn) to fetch CoreNLP, and it is not installed (scripts/setup.sh installs it)',
    );
  }
  if (result.error || result.status !== 0) {
    throw new StanceGraphError(
      'RUNTIME',
      `could not build nlp/launcher with Maven (${result.error?.message ?? `exit ${result.status}`}); see Maven's output above`,
    );
  }
}
