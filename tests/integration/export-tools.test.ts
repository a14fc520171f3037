/**
 * The analysts' own tools read our exports: Python NetworkX (read_gexf 1.3, read_graphml, the JSON
 * contract) and pandas (read_csv) via tests/python/check_export.py; the CLI's exit codes and one-line
 * errors; and GET /api/export giving the same bytes as `stancegraph export` for the same selection.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticles } from '../../ingest/load/remove.js';
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { loadExtractions } from '../../ingest/load/loader.js';
import { toPlain } from '../../queries/plain.js';
import { registerExportRoute } from '../../server/routes/export.js';
import type { Route, RouteContext } from '../../server/routes/types.js';
import { testDb } from '../support/db.js';

let db: Db;
const dir = mkdtempSync(join(tmpdir(), 'sg-export-tools-'));
const ARTICLE = 'export-test-tricky-article';
const TRICKY_NAME = 'Ayşe "Ace" O\'Brien & <Sons> 习近平 😀';
const TRICKY_EVIDENCE = 'She said: "Tom & Jerry <b>won</b>"\nthen left 🕊️ — Путин.';

const tricky: Extraction = {
  article: { id: ARTICLE, title: 'Export escaping test', date: '2024-05-01', source: 'test', url: null },
  actors: [
    {
      id: 'export-test-ayse',
      name: TRICKY_NAME,
      type: 'Person',
      aliases: ['Ayşe, "the Ace"', 'أيشة'],
      represents: null,
      role: 'Envoy\nat large',
    },
    { id: 'export-test-org', name: 'Org <&> "Q"', type: 'Organization', aliases: [], represents: null, role: null },
  ],
  relations: [
    {
      source: 'export-test-ayse',
      type: 'MET_WITH',
      target: 'export-test-org',
      evidence: TRICKY_EVIDENCE,
      start: 0,
      end: 10,
      confidence: 0.8,
      negated: false,
      method: 'manual',
    },
    {
      source: 'export-test-ayse',
      type: 'CRITICIZED',
      target: 'export-test-org',
      evidence: TRICKY_EVIDENCE,
      start: 20,
      end: 30,
      confidence: 0.6,
      negated: false,
      method: 'manual',
    },
  ],
};

async function write(statement: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(statement, params)).records.map((r) => Object.fromEntries(r.keys.map((k) => [k, toPlain(r.get(k))])));
  } finally {
    await session.close();
  }
}

/** Removes this suite's article and actors the way the product does, so the roll-up stays exact for later suites. */
async function removeTricky() {
  const own = await write("MATCH (e:Entity) WHERE e.id STARTS WITH 'export-test-' RETURN collect(e.id) AS ids");
  await removeArticles(db, [ARTICLE], own[0]!.ids as string[]);
}

beforeAll(async () => {
  db = testDb();
  await removeTricky();
  await loadExtractions(db, [tricky]);
});
afterAll(async () => {
  await removeTricky();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['bin/stancegraph.mjs', 'export', ...args], { encoding: 'utf8', env: process.env, timeout: 120_000 });
}

interface PySummary {
  graph: string;
  multi: boolean;
  directed: boolean;
  nodes: number;
  edges: number;
  nodeKeys: string[];
  edgeKeys: string[];
  edgeIds: string[];
  values: { nodes: Record<string, Record<string, unknown>>; edges: Record<string, Record<string, unknown>> };
  dtypes: Record<string, string>;
}
function python(format: string, path: string): PySummary {
  return JSON.parse(execFileSync('python3', ['tests/python/check_export.py', format, path], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/** Counts and attribute keys straight from Neo4j, in the export schema's names (stance start/end -> evidenceStart/End). */
/** Node properties the loader keeps for lookups and precomputed counts, not entity attributes. */
const INTERNAL_NODE_KEYS = new Set(['nameFolded', 'aliasText', 'activeCooperative', 'activeNeutral', 'activeHostile', 'activeTotal']);

async function databaseView(where: string, params: Record<string, unknown>) {
  const rows = await write(
    `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.polarity IS NOT NULL AND ${where}
     RETURN r.id AS id, keys(r) AS rk, s {.*} AS s, t {.*} AS t`,
    params,
  );
  const rename: Record<string, string> = { start: 'evidenceStart', end: 'evidenceEnd' };
  const edgeKeys = new Set(['id', 'source', 'target', 'type']);
  const nodeKeys = new Set<string>();
  const nodes = new Set<string>();
  for (const row of rows) {
    for (const k of row.rk as string[]) edgeKeys.add(rename[k] ?? k);
    for (const e of [row.s, row.t] as Record<string, unknown>[]) {
      nodes.add(String(e.id));
      for (const k of Object.keys(e)) if (!INTERNAL_NODE_KEYS.has(k)) nodeKeys.add(k);
    }
  }
  return {
    nodes: nodes.size,
    edges: rows.length,
    nodeKeys: [...nodeKeys].sort(),
    edgeKeys: [...edgeKeys].sort(),
    ids: rows.map((r) => String(r.id)).sort(),
  };
}

const FORMATS = [
  ['gexf', 'x.gexf'],
  ['graphml', 'x.graphml'],
  ['json', 'x.json'],
  ['csv', 'csv-folder'],
  ['csv', 'x.zip'],
] as const;

describe('NetworkX and pandas read every export', () => {
  it.each(FORMATS)(
    'reads the whole graph as %s (%s) with the database counts and attribute keys, as a MultiDiGraph',
    async (format, name) => {
      const expected = await databaseView('true', {});
      const out = join(dir, `all-${name}`);
      const run = cli('--format', format, '--out', out);
      expect(run.stderr).toMatch(new RegExp(`exported ${expected.nodes} nodes and ${expected.edges} edges`));
      expect(run.status).toBe(0);
      const py = python(format, out);
      expect(py).toMatchObject({ graph: 'MultiDiGraph', directed: true, nodes: expected.nodes, edges: expected.edges });
      expect(py.nodeKeys).toEqual(expected.nodeKeys);
      expect(py.edgeKeys).toEqual(expected.edgeKeys);
      expect(py.edgeIds).toEqual(expected.ids);
    },
  );

  it.each(FORMATS)('reads an ego network as %s (%s) with the database counts', async (format, name) => {
    const members = (
      await write(
        `MATCH (c:Entity {id: 'xi-jinping'}) OPTIONAL MATCH (c)-[r]-(n:Entity) WHERE r.polarity IS NOT NULL
       WITH c, collect(DISTINCT n.id) AS ns RETURN [c.id] + ns AS ids`,
      )
    )[0]!.ids;
    const expected = await databaseView('s.id IN $m AND t.id IN $m', { m: members });
    const out = join(dir, `ego-${name}`);
    expect(cli('--format', format, '--out', out, '--around', 'Xi Jinping', '--depth', '1').status).toBe(0);
    const py = python(format, out);
    // read_gexf gives a DiGraph when a selection has no parallel edges; the counts show nothing was merged.
    expect(py.graph).toBe(format === 'gexf' && !py.multi ? 'DiGraph' : 'MultiDiGraph');
    expect(py).toMatchObject({ nodes: expected.nodes, edges: expected.edges });
    expect(py.edgeIds).toEqual(expected.ids);
    expect(py.edgeKeys).toEqual(expected.edgeKeys);
  });

  it.each(FORMATS)(
    'keeps quotes, ampersands, angle brackets, other scripts, emoji and newlines intact in %s (%s)',
    async (format, name) => {
      const out = join(dir, `tricky-${name}`);
      expect(cli('--format', format, '--out', out, '--around', 'export-test-ayse').status).toBe(0);
      const py = python(format, out);
      expect(py.nodes).toBe(2);
      expect(py.edges).toBe(2);
      expect(py.values.nodes['export-test-ayse']).toMatchObject({
        name: TRICKY_NAME,
        aliases: expect.arrayContaining(['Ayşe, "the Ace"', 'أيشة']),
        role: 'Envoy\nat large',
      });
      expect(py.values.nodes['export-test-org']).toMatchObject({ name: 'Org <&> "Q"' });
      for (const edge of Object.values(py.values.edges))
        expect(edge).toMatchObject({ evidence: TRICKY_EVIDENCE, symmetric: edge.type === 'MET_WITH' });
      if (format === 'csv')
        expect(py.dtypes).toMatchObject({ 'edge.symmetric': 'bool', 'edge.confidence': 'float64', 'edge.evidenceStart': 'int64' });
    },
  );
});

describe('stancegraph export errors', () => {
  it.each([
    [['--format', 'gexf', '--around', 'Nobody Atall'], /no actor matches "Nobody Atall"/],
    [['--format', 'gexf', '--query', 'no-such-query'], /no-such-query/],
    [['--format', 'pdf'], /pdf/],
    [['--format', 'json', '--around', 'xi-jinping', '--depth', '9'], /--depth: expected 1, 2 or 3/],
    [['--format', 'json', '--types', 'HUGGED'], /types/],
  ])('exits 2 with one line on stderr and writes nothing for %j', (args, message) => {
    const out = join(dir, 'bad', 'never.out');
    const run = cli(...args, '--out', join(dir, 'never.out'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('never'))).toEqual([]);
  });

  it('exits 2 for an unwritable path', () => {
    const run = cli('--format', 'gexf', '--out', join(dir, 'no-such-folder', 'x.gexf'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/does not exist/);
    const proc = cli('--format', 'gexf', '--out', '/proc/stancegraph-x.gexf');
    expect(proc.status).toBe(2);
  });
});

describe('GET /api/export', () => {
  let route: Route;
  beforeAll(() => {
    registerExportRoute((r) => (route = r), { timeoutMs: 30_000, maxRows: 10_000 });
  });

  async function get(query: string): Promise<{ status: number; body: Buffer; headers: Record<string, string>; type: string }> {
    const url = new URL(`http://localhost/api/export?${query}`);
    const ctx = {
      url,
      query: url.searchParams,
      params: {},
      body: undefined,
      db: async () => db,
      signal: new AbortController().signal,
    } as unknown as RouteContext;
    const reply = await route.handler(ctx);
    if (reply.kind !== 'body') throw new Error('expected a file');
    const chunks: Buffer[] = [];
    for await (const chunk of reply.body as Readable) chunks.push(chunk as Buffer);
    return { status: reply.status ?? 200, body: Buffer.concat(chunks), headers: reply.headers ?? {}, type: reply.contentType };
  }

  it.each([
    [
      'gexf',
      'x.gexf',
      'format=gexf&around=Xi%20Jinping&depth=2&polarity=hostile,neutral',
      ['--around', 'Xi Jinping', '--depth', '2', '--polarity', 'hostile,neutral'],
    ],
    [
      'graphml',
      'x.graphml',
      'format=graphml&query=stances-of&params=%7B%22actor%22%3A%22wang-yi%22%7D',
      ['--query', 'stances-of', '--param', 'actor=wang-yi'],
    ],
    ['json', 'x.json', 'format=json&level=country&types=MET_WITH', ['--level', 'country', '--types', 'MET_WITH']],
    ['csv', 'x.zip', 'format=csv&from=2024-04-26', ['--from', '2024-04-26']],
  ])('serves the same %s bytes as the CLI for the same selection', async (format, name, query, args) => {
    const out = join(dir, `api-${name}`);
    expect(cli('--format', format, '--out', out, ...args).status).toBe(0);
    const served = await get(query);
    expect(served.body.equals(readFileSync(out))).toBe(true);
    expect(served.headers['Content-Disposition']).toMatch(/^attachment; filename="stancegraph-.+"$/);
  });

  it('answers bad selections with 400/404 errors before writing anything', async () => {
    await expect(get('format=tiff')).rejects.toMatchObject({ httpStatus: 400 });
    await expect(get('format=gexf&around=Nobody%20Atall')).rejects.toMatchObject({ httpStatus: 404 });
    await expect(get('format=gexf&bogus=1')).rejects.toMatchObject({ httpStatus: 400 });
  });
});
