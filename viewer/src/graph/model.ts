/**
 * The one model: a graphology multi-graph built from the API's graph contract, with the render
 * attributes sigma needs (x, y, size, color, type, curvature). Attributes of the contract stay as-is.
 */
import Graph from 'graphology';
import type { EntityNodeAttributes, GraphPayload, StanceEdgeAttributes } from '../../../core/graph-contract.js';
import { initialPosition } from '../layout/initial.js';
import { ENTITY_COLORS, POLARITY_COLORS, edgeSize, nodeSize } from './appearance.js';
import { parallelCurvatures } from './curvature.js';

export interface NodeAttrs extends EntityNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
}

export interface EdgeAttrs extends StanceEdgeAttributes {
  size: number;
  color: string;
  /** sigma program: straight or curved, with or without an arrow (symmetric relations have none). */
  type: 'arrow' | 'line' | 'curvedArrow' | 'curved';
  curvature: number;
}

/** Above this many edges the renderer uses its big-graph settings (see renderer.ts isBigGraph). */
export const BIG_EDGE_COUNT = 20_000;

export type StanceModel = Graph<NodeAttrs, EdgeAttrs>;

export function buildModel(payload: GraphPayload, positions?: Map<string, { x: number; y: number }>): StanceModel {
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: false });
  const serialized = payload.graph;
  const radius = 10 * Math.sqrt(Math.max(1, serialized.nodes.length));
  // The payload's attribute objects become the model's (no copies: 100,000 edges allocate less).
  for (const node of serialized.nodes) {
    const attrs = node.attributes as NodeAttrs;
    const at = positions?.get(node.key) ?? initialPosition(node.key, radius);
    attrs.x = at.x;
    attrs.y = at.y;
    attrs.size = 4;
    attrs.color = ENTITY_COLORS[attrs.entityType] ?? '#868e96';
    attrs.degree = 0;
    graph.addNode(node.key, attrs);
  }
  const edges = serialized.edges ?? [];
  const width = edgeSize(edges.length);
  // Big graphs draw straight 1-pixel lines (renderer.ts): curvatures would cost ~1 s and show nothing.
  const curvatures =
    edges.length > BIG_EDGE_COUNT
      ? new Map<string, number>()
      : parallelCurvatures(edges.map((e) => ({ key: String(e.key), source: e.source, target: e.target })));
  for (const edge of edges) {
    const attrs = edge.attributes as EdgeAttrs;
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const curvature = curvatures.get(String(edge.key)) ?? 0;
    const curved = curvature !== 0;
    attrs.type = attrs.symmetric ? (curved ? 'curved' : 'line') : curved ? 'curvedArrow' : 'arrow';
    attrs.size = width;
    attrs.color = POLARITY_COLORS[attrs.polarity] ?? '#adb5bd';
    attrs.curvature = curvature;
    graph.addDirectedEdgeWithKey(String(edge.key), edge.source, edge.target, attrs);
    graph.getNodeAttributes(edge.source).degree++;
    graph.getNodeAttributes(edge.target).degree++;
  }
  graph.forEachNode((_node, attrs) => {
    attrs.size = nodeSize(attrs.degree);
  });
  return graph;
}

/** The date span of the stances (YYYY-MM-DD), for the time slider. */
export function dateSpan(graph: StanceModel): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  graph.forEachEdge((_e, a) => {
    if (!a.date) return;
    if (min === null || a.date < min) min = a.date;
    if (max === null || a.date > max) max = a.date;
  });
  return min && max ? { min, max } : null;
}
