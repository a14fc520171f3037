/**
 * Reads an export back with independent parsers (graphology-gexf, graphology-graphml, JSON.parse,
 * csv-parse) into one shape in the export schema's names: node id -> attributes, edge id ->
 * {source, target, ...attributes}. Missing values are left out. Used by the round-trip tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import * as gexfParser from 'graphology-gexf';
import * as graphmlParser from 'graphology-graphml';

export type Attrs = Record<string, unknown>;
export interface ReadBack {
  nodes: Map<string, Attrs>;
  edges: Map<string, Attrs>;
  nodeOrder: string[];
  edgeOrder: string[];
}

const INTEGER = new Set(['evidenceStart', 'evidenceEnd']);

function fromGraph(graph: MultiDirectedGraph, fix: (attrs: Attrs) => Attrs): ReadBack {
  const nodes = new Map<string, Attrs>();
  const edges = new Map<string, Attrs>();
  graph.forEachNode((key, attrs) => nodes.set(key, fix({ ...attrs })));
  graph.forEachEdge((key, attrs, source, target) => edges.set(key, { source, target, ...fix({ ...attrs }) }));
  return { nodes, edges, nodeOrder: [...nodes.keys()], edgeOrder: [...edges.keys()] };
}

const dropLabel = (a: Attrs) => {
  delete a.label;
  return a;
};
const decodeAliases = (a: Attrs) => (typeof a.aliases === 'string' ? { ...a, aliases: JSON.parse(a.aliases) } : a);

function fromCsv(nodesText: string, edgesText: string): ReadBack {
  const clean = (row: Record<string, string>): Attrs => {
    const out: Attrs = {};
    for (const [k, v] of Object.entries(row)) {
      if (v === '') continue;
      if (k === 'aliases') out[k] = JSON.parse(v);
      else if (k === 'symmetric') out[k] = v === 'true';
      else if (k === 'confidence' || INTEGER.has(k)) out[k] = Number(v);
      else out[k] = v;
    }
    return out;
  };
  const nodeRows = parseCsv(nodesText, { columns: true }) as Record<string, string>[];
  const edgeRows = parseCsv(edgesText, { columns: true }) as Record<string, string>[];
  const nodes = new Map(nodeRows.map((r) => [r.id!, (({ id: _id, ...rest }) => rest)(clean(r))]));
  const edges = new Map(edgeRows.map((r) => [r.id!, (({ id: _id, ...rest }) => rest)(clean(r))]));
  return { nodes, edges, nodeOrder: nodeRows.map((r) => r.id!), edgeOrder: edgeRows.map((r) => r.id!) };
}

function fromContractJson(text: string): ReadBack {
  const payload = JSON.parse(text);
  const graph = MultiDirectedGraph.from(payload.graph);
  const rename = (a: Attrs): Attrs => {
    const out: Attrs = {};
    const names: Record<string, string> = {
      label: 'name',
      entityType: 'type',
      relation: 'type',
      start: 'evidenceStart',
      end: 'evidenceEnd',
    };
    for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined) out[names[k] ?? k] = v;
    return out;
  };
  const back = fromGraph(graph, rename);
  back.nodeOrder = payload.graph.nodes.map((n: { key: string }) => n.key);
  back.edgeOrder = payload.graph.edges.map((e: { key: string }) => e.key);
  return back;
}

export function readBack(format: 'gexf' | 'graphml' | 'json' | 'csv', path: string): ReadBack {
  if (format === 'gexf') {
    const graph = gexfParser.parse(MultiDirectedGraph, readFileSync(path, 'utf8'), { respectInputGraphType: true }) as MultiDirectedGraph;
    return fromGraph(graph, dropLabel);
  }
  if (format === 'graphml')
    return fromGraph(graphmlParser.parse(MultiDirectedGraph, readFileSync(path, 'utf8')) as MultiDirectedGraph, decodeAliases);
  if (format === 'json') return fromContractJson(readFileSync(path, 'utf8'));
  if (path.endsWith('.zip')) {
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const text = (name: string) => new TextDecoder().decode(files[name]);
    return fromCsv(text('nodes.csv'), text('edges.csv'));
  }
  return fromCsv(readFileSync(join(path, 'nodes.csv'), 'utf8'), readFileSync(join(path, 'edges.csv'), 'utf8'));
}
