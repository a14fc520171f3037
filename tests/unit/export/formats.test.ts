import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import * as gexfParser from 'graphology-gexf';
import * as graphmlParser from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../../export/pipeline.js';
import type { ContractEdge, ContractNode } from '../../../export/schema.js';
import { EDGES, fixtureSource, NODES, TRICKY } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'sg-export-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The export schema's view of a fixture node/edge, written out by hand from the fixture. */
function nodeExpect(n: ContractNode) {
  const a = n.attributes;
  return Object.fromEntries(
    Object.entries({ name: a.label, type: a.entityType, aliases: a.aliases, country: a.country, role: a.role }).filter(
      ([, v]) => v !== null,
    ),
  );
}
function edgeExpect(e: ContractEdge) {
  const a = e.attributes;
  const all = {
    type: a.relation,
    polarity: a.polarity,
    plover: a.plover,
    symmetric: a.symmetric,
    date: a.date,
    confidence: a.confidence,
    evidence: a.evidence,
    articleId: a.articleId,
    method: a.method,
    evidenceStart: a.start,
    evidenceEnd: a.end,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null));
}

function checkGraph(graph: MultiDirectedGraph, decodeAliases: (v: unknown) => unknown, drop: string[] = []) {
  expect(graph.order).toBe(3);
  expect(graph.size).toBe(3);
  expect(graph.type).toBe('directed');
  for (const n of NODES) {
    const got = { ...graph.getNodeAttributes(n.key) };
    for (const k of drop) delete got[k];
    got.aliases = decodeAliases(got.aliases);
    expect(got).toEqual(nodeExpect(n));
  }
  for (const e of EDGES) {
    expect(graph.source(e.key)).toBe(e.source);
    expect(graph.target(e.key)).toBe(e.target);
    const got = { ...graph.getEdgeAttributes(e.key) };
    for (const k of drop) delete got[k];
    expect(got).toEqual(edgeExpect(e));
  }
}

describe('the export writers read back with graphology and csv-parse', () => {
  it('writes GEXF 1.3 that graphology-gexf reads back with every node, parallel edge and typed attribute intact', async () => {
    const out = join(dir, 'g.gexf');
    expect(await writeExport(fixtureSource(), 'gexf', out)).toEqual({ nodes: 3, edges: 3, truncated: false });
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const graph = gexfParser.parse(MultiDirectedGraph, text, { respectInputGraphType: true }) as MultiDirectedGraph;
    checkGraph(graph, (v) => v, ['label']);
    expect(graph.getNodeAttribute('alpha-person', 'label')).toBe(TRICKY.scripts);
    expect(graph.getEdgeAttribute('s2', 'label')).toBe('CRITICIZED');
  });

  it('puts each dated stance on the Gephi timeline and leaves undated ones timeless', async () => {
    const out = join(dir, 't.gexf');
    await writeExport(fixtureSource(), 'gexf', out);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('mode="dynamic" timeformat="date"');
    expect(text).toMatch(/<edge id="s1" source="alpha-person" target="zeta-org" label="MET_WITH" start="2024-04-26" end="2024-04-26">/);
    expect(text).toMatch(/<edge id="s3" source="zeta-org" target="mid-country" label="PRAISED">/);
    expect(text).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    expect(text).toContain('<attribute id="symmetric" title="symmetric" type="boolean"/>');
    expect(text).not.toContain('type="undirected"');
  });

  it('writes GraphML with declared keys that graphology-graphml reads back exactly', async () => {
    const out = join(dir, 'g.graphml');
    await writeExport(fixtureSource(), 'graphml', out);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(text).toContain('edgedefault="directed"');
    const graph = graphmlParser.parse(MultiDirectedGraph, text) as MultiDirectedGraph;
    checkGraph(graph, (v) => JSON.parse(String(v)));
  });

  it('writes JSON that is the graph contract, importable by graphology', async () => {
    const out = join(dir, 'g.json');
    await writeExport(fixtureSource(), 'json', out);
    const payload = JSON.parse(readFileSync(out, 'utf8'));
    expect(payload.version).toBe(1);
    expect(payload.truncated).toBe(false);
    const graph = MultiDirectedGraph.from(payload.graph);
    expect(payload.graph.nodes.map((n: { key: string }) => n.key)).toEqual(['alpha-person', 'mid-country', 'zeta-org']);
    expect(payload.graph.edges.map((e: { key: string }) => e.key)).toEqual(['s1', 's2', 's3']);
    for (const n of NODES) expect(graph.getNodeAttributes(n.key)).toEqual(n.attributes);
    for (const e of EDGES) expect(graph.getEdgeAttributes(e.key)).toEqual(e.attributes);
  });

  it('writes nodes.csv and edges.csv with a header row, RFC 4180 quoting and CRLF line ends', async () => {
    const out = join(dir, 'csv');
    await writeExport(fixtureSource(), 'csv', out);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const edgesText = readFileSync(join(out, 'edges.csv'), 'utf8');
    expect(
      edgesText.startsWith(
        'id,source,target,type,polarity,plover,symmetric,date,confidence,evidence,articleId,method,evidenceStart,evidenceEnd,sourcePerson,targetPerson\r\n',
      ),
    ).toBe(true);
    expect(edgesText).toContain('"He said ""no"" and \'never\' Tom & Jerry <script>alert(1)</script> ]]> &amp;"');
    const edges = parseCsv(edgesText, { columns: true }) as Record<string, string>[];
    expect(edges.map((r: Record<string, string>) => r.id)).toEqual(['s1', 's2', 's3']);
    const s2 = edges[1]!;
    expect(s2).toMatchObject({ source: 'alpha-person', target: 'zeta-org', type: 'CRITICIZED', symmetric: 'false', confidence: '0.75' });
    expect(s2.evidence).toBe(`${TRICKY.newlines} ${TRICKY.emoji}`);
    expect(edges[2]!.date).toBe('');
    const nodes = parseCsv(readFileSync(join(out, 'nodes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(nodes.map((r: Record<string, string>) => r.id)).toEqual(['alpha-person', 'mid-country', 'zeta-org']);
    expect(JSON.parse(nodes[0]!.aliases!)).toEqual([TRICKY.quotes, TRICKY.commas, TRICKY.emoji]);
    expect(nodes[0]!.role).toBe(TRICKY.newlines);
    expect(nodes[2]!.name).toBe(TRICKY.markup);
    // a bare LF inside a field must be quoted too, or pandas splits the row (csv-stringify only quotes CRLF by itself)
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toContain(',"bare\nnewline"\r\n');
  });

  it('writes the same two CSV files into a zip when PATH ends in .zip', async () => {
    const out = join(dir, 'g.zip');
    await writeExport(fixtureSource(), 'csv', out);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(files)).toEqual(['nodes.csv', 'edges.csv']);
    const folder = join(dir, 'csv-ref');
    await writeExport(fixtureSource(), 'csv', folder);
    expect(new TextDecoder().decode(files['edges.csv'])).toBe(readFileSync(join(folder, 'edges.csv'), 'utf8'));
    expect(new TextDecoder().decode(files['nodes.csv'])).toBe(readFileSync(join(folder, 'nodes.csv'), 'utf8'));
  });

  it.each(['gexf', 'graphml', 'json', 'zip'] as const)('gives byte-identical %s files for the same selection', async (kind) => {
    const format = kind === 'zip' ? 'csv' : kind;
    const a = join(dir, `same-a.${kind}`);
    const b = join(dir, `same-b.${kind}`);
    await writeExport(fixtureSource(), format, a);
    if (kind === 'zip') await new Promise((r) => setTimeout(r, 2100)); // zip entries carry a time: it must not be the clock
    await writeExport(fixtureSource(), format, b);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('includes nodes a selection names without any stance', async () => {
    const lonely: ContractNode = {
      key: 'lonely',
      attributes: { label: 'Lonely', entityType: 'Topic', aliases: [], country: null, role: null },
    };
    const out = join(dir, 'lonely.json');
    const summary = await writeExport(fixtureSource({ isolated: [lonely] }), 'json', out);
    expect(summary.nodes).toBe(4);
    expect(JSON.parse(readFileSync(out, 'utf8')).graph.nodes.map((n: { key: string }) => n.key)).toEqual([
      'alpha-person',
      'lonely',
      'mid-country',
      'zeta-org',
    ]);
  });
});
