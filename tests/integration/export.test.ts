/**
 * Round trips on the real database: every format of the whole sample graph, of an ego network and of
 * a canned query's result is read back with independent parsers and must hold exactly the nodes,
 * edges and attributes Neo4j has for that selection (read here with plain Cypher).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { EXPORT_DEFAULT_LIMIT, type ExportRequest } from '../../export/request.js';
import { exportSubgraph } from '../../export/run.js';
import { toPlain } from '../../queries/plain.js';
import { selectSubgraph } from '../../queries/subgraph/select.js';
import { parseGraphFilters } from '../../queries/subgraph/filters.js';
import { testDb } from '../support/db.js';
import { type Attrs, readBack } from '../unit/export/readback.js';

let db: Db;
const dir = mkdtempSync(join(tmpdir(), 'sg-export-it-'));
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cypher(statement: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run(statement, params);
    return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [k, toPlain(r.get(k))])));
  } finally {
    await session.close();
  }
}

interface Expected {
  nodes: Map<string, Attrs>;
  edges: Map<string, Attrs>;
}

/** What Neo4j holds for these stances, in the export schema's names (mapping written out by hand). */
async function expectedFor(where: string, params: Record<string, unknown>): Promise<Expected> {
  const rows = await cypher(
    `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.polarity IS NOT NULL AND ${where}
     RETURN r.id AS id, s.id AS source, t.id AS target, type(r) AS type, properties(r) AS p`,
    params,
  );
  const edges = new Map<string, Attrs>();
  for (const row of rows) {
    const p = row.p as Record<string, unknown>;
    const attrs: Attrs = {
      source: row.source,
      target: row.target,
      type: row.type,
      polarity: p.polarity,
      plover: p.plover,
      symmetric: p.symmetric,
      date: p.date,
      confidence: p.confidence,
      evidence: p.evidence,
      articleId: p.articleId,
      method: p.method,
      evidenceStart: p.start,
      evidenceEnd: p.end,
    };
    edges.set(String(row.id), Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined)));
  }
  const ids = [...new Set(rows.flatMap((r) => [r.source, r.target]))];
  const entities = await cypher('MATCH (e:Entity) WHERE e.id IN $ids RETURN e {.id, .name, .type, .aliases, .country, .role} AS e', {
    ids,
  });
  const nodes = new Map<string, Attrs>();
  for (const { e } of entities as { e: Record<string, unknown> }[]) {
    const attrs: Attrs = { name: e.name, type: e.type, aliases: e.aliases ?? [], country: e.country, role: e.role };
    nodes.set(String(e.id), Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined)));
  }
  return { nodes, edges };
}

const SELECTIONS = {
  all: { where: 'true', params: {}, selection: { kind: 'all' } as const },
  ego: {
    where: `s IN members AND t IN members`,
    params: {},
    selection: { kind: 'around', actor: 'Blinken', depth: 1 } as const,
  },
};

async function egoExpected(): Promise<Expected> {
  const members = (
    await cypher(
      `MATCH (c:Entity {id: 'antony-blinken'}) OPTIONAL MATCH (c)-[r]-(n:Entity) WHERE r.polarity IS NOT NULL
     WITH c, collect(DISTINCT n.id) AS neighbours RETURN [c.id] + neighbours AS ids`,
    )
  )[0]!.ids as string[];
  return expectedFor('s.id IN $members AND t.id IN $members', { members });
}

const request = (
  format: ExportRequest['format'],
  selection: ExportRequest['selection'],
  raw: Record<string, unknown> = {},
): ExportRequest => ({
  format,
  selection,
  filters: { ...parseGraphFilters(raw), limit: (raw.limit as number) ?? EXPORT_DEFAULT_LIMIT },
});

const TARGETS = [
  ['gexf', 'x.gexf'],
  ['graphml', 'x.graphml'],
  ['json', 'x.json'],
  ['csv', 'csv-folder'],
  ['csv', 'x.zip'],
] as const;

function compare(back: ReturnType<typeof readBack>, expected: Expected) {
  expect(back.nodes.size).toBe(expected.nodes.size);
  expect(back.edges.size).toBe(expected.edges.size);
  expect(Object.fromEntries(back.nodes)).toEqual(Object.fromEntries(expected.nodes));
  expect(Object.fromEntries(back.edges)).toEqual(Object.fromEntries(expected.edges));
  expect(back.nodeOrder).toEqual([...back.nodeOrder].sort());
  expect(back.edgeOrder).toEqual([...back.edgeOrder].sort());
}

describe('export round trips against Neo4j', () => {
  it.each(TARGETS)('exports the whole sample graph as %s (%s) with exactly its nodes, stances and attributes', async (format, name) => {
    const expected = await expectedFor(SELECTIONS.all.where, {});
    expect(expected.edges.size).toBeGreaterThan(30);
    const out = join(dir, `all-${name}`);
    const summary = await exportSubgraph(db, request(format, SELECTIONS.all.selection), out);
    expect(summary).toEqual({ nodes: expected.nodes.size, edges: expected.edges.size, truncated: false });
    compare(readBack(format, out), expected);
  });

  it.each(TARGETS)('exports the ego network of an actor named by alias as %s (%s)', async (format, name) => {
    const expected = await egoExpected();
    const out = join(dir, `ego-${name}`);
    await exportSubgraph(db, request(format, SELECTIONS.ego.selection), out);
    compare(readBack(format, out), expected);
  });

  it('keeps parallel stances between the same two actors as separate edges', async () => {
    const out = join(dir, 'parallel.json');
    await exportSubgraph(db, request('json', { kind: 'all' }), out);
    const back = readBack('json', out);
    const pairs = new Map<string, number>();
    for (const e of back.edges.values()) pairs.set(`${e.source}>${e.target}`, (pairs.get(`${e.source}>${e.target}`) ?? 0) + 1);
    expect(Math.max(...pairs.values())).toBeGreaterThan(1);
  });

  it('exports a canned query result: the stances it names, under the viewer filters', async () => {
    const out = join(dir, 'query-hostile.gexf');
    await exportSubgraph(
      db,
      request('gexf', { kind: 'query', name: 'stances-of', params: { actor: 'wang-yi' } }, { polarity: 'hostile' }),
      out,
    );
    const hostile = await expectedFor("(s.id = 'wang-yi' OR t.id = 'wang-yi') AND r.polarity = 'hostile'", {});
    // The query's rows name every actor Wang Yi took a stance with or was the object of: they stay
    // as nodes (as in GET /api/graph) even when the filter removes their stances.
    const named = await expectedFor("(s.id = 'wang-yi' OR t.id = 'wang-yi')", {});
    expect(hostile.edges.size).toBeGreaterThan(0);
    expect(named.nodes.size).toBeGreaterThan(hostile.nodes.size);
    compare(readBack('gexf', out), { nodes: named.nodes, edges: hostile.edges });
  });

  it('applies type, date and level filters like the viewer and marks a cut at --limit as truncated', async () => {
    const out = join(dir, 'met.csv.zip');
    await exportSubgraph(db, request('csv', { kind: 'all' }, { types: 'MET_WITH', from: '2024-04', to: '2024-04-30' }), out);
    compare(readBack('csv', out), await expectedFor("type(r) = 'MET_WITH' AND r.date >= '2024-04' AND r.date <= '2024-04-30~'", {}));
    const cut = await exportSubgraph(db, request('json', { kind: 'all' }, { limit: 3 }), join(dir, 'cut.json'));
    expect(cut).toMatchObject({ edges: 3, truncated: true });
    expect(JSON.parse(readFileSync(join(dir, 'cut.json'), 'utf8')).truncated).toBe(true);
  });

  it('writes JSON equal to the graph GET /api/graph serves for the same selection and filters', async () => {
    for (const [selection, raw] of [
      [{ kind: 'all' }, {}],
      [{ kind: 'around', actor: 'xi-jinping', depth: 2 }, { level: 'country' }],
    ] as const) {
      const filters = { ...parseGraphFilters(raw), limit: 5000 };
      const out = join(dir, `same-as-api-${selection.kind}.json`);
      await exportSubgraph(db, { format: 'json', selection, filters }, out);
      const exported = JSON.parse(readFileSync(out, 'utf8'));
      const served = await selectSubgraph(db, selection, filters);
      const byKey = (a: { key?: string }, b: { key?: string }) => (String(a.key) < String(b.key) ? -1 : 1);
      expect(exported.graph.nodes).toEqual([...served.graph.nodes].sort(byKey));
      expect(exported.graph.edges.map(({ undirected: _u, ...e }: Record<string, unknown>) => e)).toEqual(
        [...served.graph.edges].sort(byKey).map(({ undirected: _u, ...e }) => e),
      );
      expect(exported.graph.options).toEqual(served.graph.options);
      expect(exported.truncated).toBe(served.truncated);
    }
  });
});
