/**
 * The read-only HTTP API on the real Neo4j with the sample loaded: every route, readable 400s, 404s,
 * read-only proof, path traversal, security headers and the bearer token.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../core/graph-contract.js';
import type { Db } from '../../db/connection.js';
import { type App, createApp } from '../../server/app.js';
import { readRows } from '../../server/routes/read.js';
import { rows, testDb } from '../support/db.js';

let db: Db;
let app: App;
let base: string;
const staticDir = mkdtempSync(join(tmpdir(), 'sg-static-'));
const secretDir = mkdtempSync(join(tmpdir(), 'sg-secret-'));

beforeAll(async () => {
  db = testDb();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(secretDir, 'secret.txt'), 'TOP SECRET');
  app = createApp({ db, staticDir });
  base = (await app.listen(0)).url.replace(/\/$/, '');
});
afterAll(async () => {
  await app.close();
  await db.close();
  for (const dir of [staticDir, secretDir]) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const counts = async () => (await rows(db, 'stats'))[0]!;

describe('GET routes on the sample', () => {
  it('health reports the database as reachable', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', db: { reachable: true } });
  });

  it('graph returns the contract with every sample stance, and filters by polarity', async () => {
    const all = (await (await get('/api/graph')).json()) as GraphPayload;
    const stats = await counts();
    expect(all.version).toBe(1);
    expect(all.graph.edges!.length).toBe(stats.stances);
    const hostile = (await (await get('/api/graph?polarity=hostile')).json()) as GraphPayload;
    expect(hostile.graph.edges!.length).toBe(stats.hostile);
    expect(hostile.graph.edges!.every((e) => e.attributes!.polarity === 'hostile')).toBe(true);
  });

  it('graph caps the stances at the limit and says it truncated', async () => {
    const body = (await (await get('/api/graph?limit=3')).json()) as GraphPayload;
    expect(body.graph.edges!.length).toBe(3);
    expect(body.truncated).toBe(true);
  });

  it('graph around Blinken holds his meeting with Xi Jinping', async () => {
    const body = (await (await get('/api/graph?around=Blinken&depth=1')).json()) as GraphPayload;
    expect(
      body.graph.edges!.some((e) => e.source === 'antony-blinken' && e.target === 'xi-jinping' && e.attributes!.relation === 'MET_WITH'),
    ).toBe(true);
  });

  it("entities/xi-jinping lists Blinken's meeting with its evidence, date and article", async () => {
    const res = await get('/api/entities/xi-jinping');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entity: { name: string }; stances: Record<string, unknown>[] };
    expect(body.entity.name).toBe('Xi Jinping');
    const meeting = body.stances.find((s) => s.type === 'MET_WITH' && s.sourceId === 'antony-blinken');
    expect(meeting).toMatchObject({ direction: 'in', date: '2024-04-26' });
    expect(String(meeting!.evidence)).toContain('met with Chinese President Xi Jinping');
    expect(String(meeting!.article)).toContain('Blinken');
  });

  it('search ranks the exact name first', async () => {
    const body = (await (await get('/api/search?q=xi')).json()) as { results: { id: string }[] };
    expect(body.results[0]!.id).toBe('xi-jinping');
  });

  it('queries lists the catalogue with parameter types and defaults', async () => {
    const body = (await (await get('/api/queries')).json()) as {
      queries: { name: string; params: { name: string; type: string; required: boolean }[] }[];
    };
    const stancesOf = body.queries.find((q) => q.name === 'stances-of');
    expect(stancesOf!.params).toContainEqual(expect.objectContaining({ name: 'actor', type: 'actor', required: true }));
  });

  it('POST queries/stances-of returns rows and the graph of the result', async () => {
    const res = await post('/api/queries/stances-of', { params: { actor: 'Blinken' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { columns: string[]; rows: Record<string, unknown>[]; truncated: boolean; graph: GraphPayload };
    expect(body.columns).toContain('stanceId');
    expect(body.truncated).toBe(false);
    expect(body.graph.graph.edges!.length).toBe(body.rows.length);
  });
});

describe('bad input and unknown things', () => {
  it.each([
    ['/api/graph?types=NOPE', /types/],
    ['/api/graph?level=planet', /level/],
    ['/api/graph?from=yesterday', /from/],
    ['/api/graph?limit=0', /limit/],
    ['/api/graph?around=Blinken&depth=9', /depth/],
    ['/api/graph?color=red', /unknown query parameter "color"/],
    ['/api/search?q=', /q:/],
    ['/api/search?q=xi&limit=500', /limit/],
  ])('%s is a 400 with a message naming the field', async (path, message) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it('a query with a wrong parameter type is a 400 naming the parameter', async () => {
    const res = await post('/api/queries/stances-of', { params: { actor: 'Blinken', limit: 'many' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/limit/);
  });

  it('malformed JSON is a 400', async () => {
    const res = await fetch(`${base}/api/queries/stats`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"params":',
    });
    expect(res.status).toBe(400);
  });

  it.each([['/api/entities/nobody-at-all'], ['/api/nothing-here']])('%s is a 404', async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it('an unknown canned query is a 404 listing the available ones', async () => {
    const res = await post('/api/queries/drop-everything', { params: {} });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain('stances-of');
  });
});

describe('read-only', () => {
  it('the API read helper refuses a write statement (READ access mode)', async () => {
    await expect(readRows(db, 'CREATE (n:Intruder {x: 1}) RETURN n', {}, { timeoutMs: 5_000, maxRows: 1 })).rejects.toThrow();
    expect((await rows(db, 'stats'))[0]!.entities).toBe((await counts()).entities);
  });

  it('Cypher-looking input through every route changes nothing', async () => {
    const before = await counts();
    const evil = "x'}) MATCH (n) DETACH DELETE n //";
    await get(`/api/search?q=${encodeURIComponent(evil)}`);
    await get(`/api/entities/${encodeURIComponent(evil)}`);
    await get(`/api/graph?around=${encodeURIComponent(evil)}`);
    await post('/api/queries/stances-of', { params: { actor: evil } });
    await post('/api/queries/stats', { params: { cypher: 'CREATE (n:X)' } });
    expect(await counts()).toEqual(before);
  });

  it('write methods are not allowed on read routes', async () => {
    expect((await fetch(`${base}/api/graph`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('static files and headers', () => {
  it('serves the viewer with a Content-Security-Policy and nosniff', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('/assets/app.js')).headers.get('content-type')).toContain('javascript');
  });

  // Raw requests: fetch() would normalise the dot segments before sending them.
  const rawGet = async (path: string) => {
    const { request } = await import('node:http');
    const { hostname, port } = new URL(base);
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ hostname, port, path, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  };
  const secret = `/${join('..', secretDir.split('/').pop()!, 'secret.txt')}`;

  it.each([
    secret,
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/assets/..%5c..%5cindex.html',
    '/a%00b',
  ])('refuses the traversal %s with a 400', async (path) => {
    const res = await rawGet(path);
    expect(res.status).toBe(400);
    expect(res.body).not.toMatch(/root:|TOP SECRET/);
  });

  it('a double-encoded dot segment is only a name: the viewer page, never a file outside', async () => {
    const res = await rawGet('/%252e%252e/%252e%252e/etc/passwd');
    expect(res.body).not.toMatch(/root:|TOP SECRET/);
  });

  it('sends no CORS header by default', async () => {
    const res = await get('/api/health', { headers: { Origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers only to loopback Host names without a token (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request(`${base}/api/health`, { headers: { Host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(421);
  });
});

describe('token', () => {
  it('with a token, /api needs the bearer token; static files stay readable', async () => {
    const guarded = createApp({ db, staticDir, token: 'a-long-enough-secret-token' });
    const url = (await guarded.listen(0)).url.replace(/\/$/, '');
    try {
      expect((await fetch(`${url}/api/health`)).status).toBe(401);
      expect((await fetch(`${url}/api/health`, { headers: { Authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
      expect((await fetch(`${url}/api/health`, { headers: { Authorization: 'Bearer a-long-enough-secret-token' } })).status).toBe(200);
      expect((await fetch(`${url}/`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('refuses to listen beyond loopback without a token', async () => {
    const exposed = createApp({ db, staticDir });
    await expect(exposed.listen(0, '0.0.0.0')).rejects.toThrow(/token/);
  });
});
