/**
 * The benchmark's own database: a local Neo4j in a temporary STANCEGRAPH_HOME on a free port, sized
 * for the corpus (heap and page cache; STANCEGRAPH_NEO4J_HEAP / _PAGECACHE override), or the server
 * named by NEO4J_URI when set. `stop()` shuts the local one down and deletes its folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openDb, resolveTarget } from '../db/connection.js';
import { startLocal, stopLocal } from '../db/local.js';
import { freePort } from '../db/process.js';
import { applySchema } from '../db/schema.js';
import type { BenchSize } from './types.js';

export const MEMORY_BY_SIZE: Record<BenchSize, { heap: string; pagecache: string }> = {
  small: { heap: '1g', pagecache: '512m' },
  medium: { heap: '2g', pagecache: '1g' },
  large: { heap: '4g', pagecache: '4g' },
};

export interface BenchDb {
  db: Db;
  local: boolean;
  heap: string | null;
  pagecache: string | null;
  home: string | null;
  stop(): Promise<void>;
}

export async function startBenchDb(size: BenchSize, log: (s: string) => void): Promise<BenchDb> {
  if (process.env.NEO4J_URI) {
    const db = openDb(resolveTarget());
    await applySchema(db);
    return { db, local: false, heap: null, pagecache: null, home: null, stop: () => db.close() };
  }
  const heap = process.env.STANCEGRAPH_NEO4J_HEAP ?? MEMORY_BY_SIZE[size].heap;
  const pagecache = process.env.STANCEGRAPH_NEO4J_PAGECACHE ?? MEMORY_BY_SIZE[size].pagecache;
  const home = mkdtempSync(join(tmpdir(), 'stancegraph-bench-'));
  const env = { ...process.env, STANCEGRAPH_HOME: home };
  const port = await freePort();
  await startLocal({ port, heap, pagecache, env, log });
  const db = openDb(resolveTarget(env));
  await applySchema(db);
  return {
    db,
    local: true,
    heap,
    pagecache,
    home,
    stop: async () => {
      await db.close();
      await stopLocal(env);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
