/**
 * Integration suites run on a real Neo4j: a fresh local instance on a free port with its own
 * STANCEGRAPH_HOME (stopped and deleted afterwards), or the server named by NEO4J_URI when
 * STANCEGRAPH_TEST_USE_NEO4J_URI=1 (its data is wiped: never point this at data you need).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocal, stopLocal } from '../../db/local.js';
import { freePort } from '../../db/process.js';
import { loadSample } from './sample.js';

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI && process.env.STANCEGRAPH_TEST_USE_NEO4J_URI === '1') {
    await loadSample({ wipe: true });
    return async () => {};
  }
  delete process.env.NEO4J_URI;
  const home = mkdtempSync(join(tmpdir(), 'stancegraph-test-'));
  process.env.STANCEGRAPH_HOME = home;
  const port = await freePort();
  await startLocal({ port, heap: '1g', pagecache: '256m', log: (line) => process.stderr.write(`[test db] ${line}\n`) });
  await loadSample({ wipe: false });
  return async () => {
    await stopLocal();
    rmSync(home, { recursive: true, force: true });
  };
}
