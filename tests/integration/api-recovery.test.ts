/**
 * `demo --no-serve` on a fresh STANCEGRAPH_HOME starts its own Neo4j and loads the sample; the API over
 * that private second Neo4j: when the database stops,
 * /api/health and /api/graph answer 503 with a readable one-line message (no password, no stack);
 * when it starts again the same server answers 200 again without a restart.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../db/connection.js';
import { type App, createApp } from '../../server/app.js';
import { liveDbSource } from '../../server/db-source.js';
import { cli } from '../support/cli.js';
import { SAMPLE_JSON } from '../support/sample.js';

const home = mkdtempSync(join(tmpdir(), 'stancegraph-recovery-'));
const env = { STANCEGRAPH_HOME: home, NEO4J_URI: '' };
let app: App;
let base = '';
let port = 0;

// A fresh connection per request: a reused keep-alive socket the server just closed would show up as
// ECONNRESET, which is not what these tests are about.
const get = async (path: string) => {
  const res = await fetch(`${base}${path}`, { headers: { Connection: 'close' } });
  return { status: res.status, text: await res.text() };
};

async function eventually(path: string, status: number, timeoutMs: number): Promise<{ status: number; text: string }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = await get(path);
    if (reply.status === status || Date.now() > until) return reply;
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  const demo = cli(['demo', '--no-serve'], env);
  expect(`${demo.stdout}${demo.stderr}`).toMatch(/loaded 1 articles/);
  expect(demo.status).toBe(0);
  expect(demo.stdout).toContain('query stats');
  const status = cli(['db', 'status'], env).stdout;
  port = Number(/bolt:\/\/127\.0\.0\.1:(\d+)/.exec(status)?.[1]);
  expect(port).toBeGreaterThan(0);
  app = createApp({ db: liveDbSource(() => resolveTarget({ ...process.env, ...env })) });
  base = (await app.listen(0)).url.replace(/\/$/, '');
}, 240_000);

afterAll(async () => {
  await app?.close();
  cli(['db', 'stop'], env);
  rmSync(home, { recursive: true, force: true });
}, 120_000);

describe('the API when its database goes away and comes back', () => {
  it('answers 200 while the private database (started by demo --no-serve, sample loaded) runs', async () => {
    const again = cli(['ingest', SAMPLE_JSON], env);
    expect(`${again.stdout}${again.stderr}`).toMatch(/0 written, 1 unchanged/);
    expect((await get('/api/health')).status).toBe(200);
    expect((await get('/api/graph?limit=50')).status).toBe(200);
  });

  it('answers 503 with a readable message, without password or stack, once the database is stopped', async () => {
    expect(cli(['db', 'stop'], env).stdout).toContain('stopped cleanly');
    const password = readFileSync(join(home, 'password'), 'utf8').trim();
    for (const path of ['/api/health', '/api/graph?limit=50']) {
      const reply = await eventually(path, 503, 30_000);
      expect(reply.status).toBe(503);
      const body = JSON.parse(reply.text) as { error: string; code: string };
      expect(body.code).toBe('DB_UNAVAILABLE');
      expect(body.error).toMatch(/^Neo4j is unavailable/);
      expect(body.error).not.toContain('\n');
      expect(reply.text).not.toContain(password);
      expect(reply.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
  }, 90_000);

  it('recovers by itself when the database starts again, without restarting the server', async () => {
    expect(cli(['db', 'start', '--port', String(port)], env).status).toBe(0);
    expect((await eventually('/api/health', 200, 60_000)).status).toBe(200);
    const graph = await eventually('/api/graph?limit=50', 200, 30_000);
    expect(graph.status).toBe(200);
    expect((JSON.parse(graph.text) as { graph: { nodes: unknown[] } }).graph.nodes.length).toBeGreaterThan(0);
  }, 180_000);
});
