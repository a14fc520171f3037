/**
 * The local database's life cycle on a second, private instance: data survives `db stop` + `db start`,
 * the password file is owner-only, a taken port and a locked data folder are refused clearly.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../db/process.js';
import { cli } from '../support/cli.js';
import { SAMPLE_JSON } from '../support/sample.js';

const home = mkdtempSync(join(tmpdir(), 'stancegraph-lifecycle-'));
const env = { STANCEGRAPH_HOME: home, NEO4J_URI: '' };

afterAll(() => {
  cli(['db', 'stop'], env);
  rmSync(home, { recursive: true, force: true });
});

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('the local database', () => {
  it('refuses a port that is already taken, naming it', async () => {
    const port = await freePort();
    const blocker = await listen(port);
    try {
      const run = cli(['db', 'start', '--port', String(port)], env);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(`stancegraph: port ${port} on 127.0.0.1 is already in use; choose another with --port`);
    } finally {
      blocker.close();
    }
  });

  it('keeps its data across db stop and db start, with an owner-only password file', async () => {
    const port = await freePort();
    expect(cli(['db', 'start', '--port', String(port)], env).status).toBe(0);
    expect(statSync(join(home, 'password')).mode & 0o777).toBe(0o600);
    expect(cli(['db', 'status'], env).stdout).toContain(`bolt://127.0.0.1:${port}`);
    expect(cli(['ingest', SAMPLE_JSON], env).status).toBe(0);
    const before = JSON.parse(cli(['query', 'stats', '--format', 'json'], env).stdout)[0];
    expect(before.stances).toBeGreaterThan(0);

    const stop = cli(['db', 'stop'], env);
    expect(stop.stdout).toContain('stopped cleanly');
    const down = cli(['db', 'status'], env);
    expect(down.status).toBe(1);
    expect(down.stdout).toContain('not running');

    expect(cli(['db', 'start', '--port', String(port)], env).status).toBe(0);
    const after = JSON.parse(cli(['query', 'stats', '--format', 'json'], env).stdout)[0];
    expect(after).toEqual(before);
  });

  it('a second db start while running reuses the running instance', () => {
    const again = cli(['db', 'start'], env);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Neo4j is running at');
  });

  it('refuses a data folder locked by another instance', async () => {
    const other = mkdtempSync(join(tmpdir(), 'stancegraph-lock-'));
    try {
      // A second home whose neo4j folder is the running instance's folder: Neo4j's store lock must refuse it.
      const { symlinkSync } = await import('node:fs');
      symlinkSync(join(home, 'neo4j'), join(other, 'neo4j'));
      const port = await freePort();
      const run = cli(['db', 'start', '--port', String(port)], { STANCEGRAPH_HOME: other, NEO4J_URI: '' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Neo4j did not start: the data folder .* is locked by another Neo4j instance/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
