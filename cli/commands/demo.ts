/**
 * `stancegraph demo` (what `npm start` runs): the local Neo4j unless NEO4J_URI is set (reused when it
 * already runs), the schema, the sample article, the viewer build when missing, then `serve`.
 * Ctrl-C stops the server and, if the demo started the database, stops it cleanly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StanceGraphError } from '../../core/errors.js';
import { withDb } from '../../db/connection.js';
import { DEFAULT_PORT, localStatus, startLocal, stopLocal } from '../../db/local.js';
import { freePort, isPortFree } from '../../db/process.js';
import { applySchema } from '../../db/schema.js';
import { print, say } from '../output.js';
import { ingestCommand } from './ingest.js';
import { onShutdown, startServer, VIEWER_DIST } from './serve.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE_EXTRACTION = 'data/sample/2024-04-26-blinken-beijing.json';

export interface DemoOptions {
  port?: string;
  serve: boolean;
}

function buildViewer(): void {
  say('building the viewer (vite build) ...');
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'viewer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new StanceGraphError('RUNTIME', 'the viewer build failed (see above); try "npm run build"');
}

const NEXT_STEPS = [
  'Try the canned queries on the same data:',
  '  node bin/stancegraph.mjs query stats',
  '  node bin/stancegraph.mjs query stances-of --param actor="Xi Jinping"',
  '  node bin/stancegraph.mjs query allies-and-adversaries --param actor=Blinken',
  '  node bin/stancegraph.mjs query who-met-whom',
  '  node bin/stancegraph.mjs query --list',
];

export async function demoCommand(opts: DemoOptions): Promise<void> {
  let startedDb = false;
  if (!process.env.NEO4J_URI) {
    startedDb = !localStatus().running;
    // Another program on 7687 (another Neo4j, another checkout's demo) must not stop the demo.
    const port = startedDb && !(await isPortFree(DEFAULT_PORT)) ? await freePort() : undefined;
    if (port !== undefined) say(`port ${DEFAULT_PORT} is taken; using ${port} for Neo4j`);
    const connection = await startLocal({ log: say, port });
    say(startedDb ? `Neo4j started at ${connection.uri}` : `reusing the running Neo4j at ${connection.uri}`);
  }
  const stopDb = async () => {
    if (startedDb) {
      say('stopping the Neo4j this demo started ...');
      say((await stopLocal()) ? 'Neo4j stopped cleanly' : 'Neo4j was no longer running');
    }
  };
  try {
    const statements = await withDb(applySchema);
    say(`schema: ${statements} constraints and indexes in place`);
    await ingestCommand([join(ROOT, SAMPLE_EXTRACTION)], { quiet: true });
    if (!existsSync(join(VIEWER_DIST, 'index.html'))) buildViewer();
  } catch (error) {
    await stopDb();
    throw error;
  }
  print(NEXT_STEPS.join('\n'));
  if (!opts.serve) {
    if (startedDb) say('the database keeps running; stop it with "node bin/stancegraph.mjs db stop"');
    return;
  }
  const server = await startServer({ port: opts.port }).catch(async (error: unknown) => {
    await stopDb();
    throw error;
  });
  print(`\nstancegraph viewer: ${server.url}  (Ctrl-C stops${startedDb ? ' the viewer and the database' : ''})`);
  onShutdown(async () => {
    await server.close();
    await stopDb();
  });
  await new Promise<void>(() => {});
}
