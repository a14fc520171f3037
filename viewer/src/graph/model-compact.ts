/**
 * The model built from the compact graph contract (GET /api/graph?compact=1): the same graphology
 * multi-graph and render attributes, from column arrays, with small attribute objects of one shape
 * (sigma copies each one per refresh) and degrees counted on typed arrays before any node is added.
 *
 * Two steps, so big graphs can draw before graphology has indexed 100,000 edges (~1 s): `startCompactModel`
 * adds the nodes and prepares every edge (ends as node indexes, its attribute object); `insertEdges`
 * then adds the prepared edges to the graph, all at once or a time slice at a time.
 */
import { MultiDirectedGraph } from 'graphology';
import type { CompactGraphPayload } from '../../../core/graph-contract.js';
import { RELATIONS } from '../../../core/vocabulary.js';
import { initialPosition } from '../layout/initial.js';
import { ENTITY_COLORS, POLARITY_COLORS, edgeSize, nodeSize } from './appearance.js';
import { parallelCurvatures } from './curvature.js';
import { BIG_EDGE_COUNT, type EdgeAttrs, isBigGraph, type NodeAttrs, type StanceModel } from './model.js';

const NO_ALIASES: string[] = [];

/** The model's edges before (and while) they are inserted: column i is edge i, in payload order. */
export interface PreparedEdges {
  /** Node keys by index (the model's insertion order). */
  nodeKeys: string[];
  keys: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  /** The attribute objects the model's edges get (the same objects, once inserted). */
  attrs: EdgeAttrs[];
  /** How many are in the graph so far (edges 0 .. inserted-1). */
  inserted: number;
}

export function startCompactModel(payload: CompactGraphPayload): { model: StanceModel; edges: PreparedEdges } {
  const graph: StanceModel = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
  const { nodes, edges } = payload;
  const order = nodes.keys.length;
  const degree = new Uint32Array(order);
  const kept: number[] = [];
  for (let i = 0; i < edges.keys.length; i++) {
    const s = edges.sources[i]!;
    const t = edges.targets[i]!;
    if (s === t || !(s >= 0 && s < order) || !(t >= 0 && t < order)) continue;
    degree[s]!++;
    degree[t]!++;
    kept.push(i);
  }
  const radius = 10 * Math.sqrt(Math.max(1, order));
  const big = isBigGraph({ order, size: kept.length });
  for (let i = 0; i < order; i++) {
    const key = nodes.keys[i]!;
    const at = initialPosition(key, radius);
    const entityType = nodes.entityTypes[i]!;
    graph.addNode(key, {
      label: nodes.labels[i]!,
      entityType,
      aliases: NO_ALIASES,
      country: nodes.countries[i] ?? null,
      role: nodes.roles[i] ?? null,
      x: at.x,
      y: at.y,
      size: nodeSize(degree[i]!, big),
      color: ENTITY_COLORS[entityType] ?? '#868e96',
      degree: degree[i]!,
      type: big ? 'point' : 'circle',
      hidden: false,
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
    });
  }
  const width = edgeSize(kept.length);
  // Big graphs draw straight 1-pixel lines (renderer.ts): curvatures would cost ~1 s and show nothing.
  const curvatures =
    kept.length > BIG_EDGE_COUNT
      ? null
      : parallelCurvatures(
          kept.map((i) => ({ key: edges.keys[i]!, source: nodes.keys[edges.sources[i]!]!, target: nodes.keys[edges.targets[i]!]! })),
        );
  const prepared: PreparedEdges = {
    nodeKeys: nodes.keys,
    keys: new Array(kept.length),
    sources: new Uint32Array(kept.length),
    targets: new Uint32Array(kept.length),
    attrs: new Array(kept.length),
    inserted: 0,
  };
  kept.forEach((i, j) => {
    const key = edges.keys[i]!;
    const relation = edges.relations[i]!;
    const spec = RELATIONS[relation];
    const curvature = curvatures?.get(key) ?? 0;
    const curved = curvature !== 0;
    prepared.keys[j] = key;
    prepared.sources[j] = edges.sources[i]!;
    prepared.targets[j] = edges.targets[i]!;
    prepared.attrs[j] = {
      relation,
      polarity: spec.polarity,
      symmetric: spec.symmetric,
      date: edges.dates[i] ?? null,
      type: spec.symmetric ? (curved ? 'curved' : 'line') : curved ? 'curvedArrow' : 'arrow',
      size: width,
      color: POLARITY_COLORS[spec.polarity] ?? '#adb5bd',
      curvature,
      label: '',
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    };
  });
  return { model: graph, edges: prepared };
}

/**
 * Adds prepared edges to the model until all are in or `budgetMs` is spent (checked every 250
 * edges); true once every edge is in.
 */
export function insertEdges(model: StanceModel, edges: PreparedEdges, budgetMs = Number.POSITIVE_INFINITY): boolean {
  const until = performance.now() + budgetMs;
  const { nodeKeys, keys, sources, targets, attrs } = edges;
  while (edges.inserted < keys.length) {
    const end = Math.min(keys.length, edges.inserted + 250);
    for (let j = edges.inserted; j < end; j++) {
      model.addDirectedEdgeWithKey(keys[j]!, nodeKeys[sources[j]!]!, nodeKeys[targets[j]!]!, attrs[j]!);
    }
    edges.inserted = end;
    if (performance.now() >= until) break;
  }
  return edges.inserted >= keys.length;
}

/** The whole model at once (small graphs, tests). */
export function buildCompactModel(payload: CompactGraphPayload): StanceModel {
  const { model, edges } = startCompactModel(payload);
  insertEdges(model, edges);
  return model;
}
