/**
 * Runs Neo4j's offline bulk importer (`neo4j-admin database import full`, class org.neo4j.cli.AdminTool
 * from the neo4j-import-tool jar that db/launcher already resolves) into an EMPTY database under a
 * fresh NEO4J_HOME. Used by the benchmark as the speed limit of loading.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StanceGraphError } from '../core/errors.js';
import { ensureLauncherBuilt, javaBinary } from './java-launcher.js';

const launcherDir = fileURLToPath(new URL('./launcher/target/', import.meta.url));

export interface ImportFiles {
  nodes: string[];
  relationships: string[];
}

/** Imports CSV files (headers with :ID/:LABEL/:TYPE) into `<home>/data/databases/neo4j`; returns the tool's wall time. */
export async function runImportTool(
  home: string,
  files: ImportFiles,
  heap: string,
  log: (s: string) => void,
): Promise<{ seconds: number; output: string }> {
  ensureLauncherBuilt(log);
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), '');
  const args = [
    `-Xmx${heap}`,
    '-cp',
    `${launcherDir}neo4j-launcher.jar:${launcherDir}lib/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--skip-bad-relationships=false',
    `--report-file=${join(home, 'import.report')}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
  const started = performance.now();
  const child = spawn(javaBinary(), args, {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0)
    throw new StanceGraphError(
      'RUNTIME',
      `the Neo4j import tool failed (exit ${code}): ${output
        .trim()
        .split('\n')
        .filter((l) => !/^\s+at /.test(l))
        .slice(-4)
        .join(' | ')}`,
    );
  return { seconds, output };
}
