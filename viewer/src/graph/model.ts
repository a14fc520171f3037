/**
 * The one model: a graphology multi-graph of the API's graph contract (built by model-compact.ts)
 * with the render attributes sigma needs (x, y, size, color, type, curvature).
 */
// The named class: graphology's default export is no type under NodeNext (the root tsconfig, unit tests).
import type { MultiDirectedGraph } from 'graphology';
import type { EntityNodeAttributes, StanceEdgeAttributes } from '../../../core/graph-contract.js';

/**
 * sigma's display fields, present from the start with their defaults: sigma copies every attribute
 * object per refresh and the reducers set these fields, so one fixed object shape keeps 120,000
 * copies on V8's fast paths (adding them per copy cost ~1 s on the 100,000-edge benchmark graph).
 */
interface DisplayDefaults {
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface NodeAttrs extends EntityNodeAttributes, DisplayDefaults {
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  /** sigma program: discs, or points for big graphs (renderer.ts). */
  type: 'circle' | 'point';
  highlighted: boolean;
}

/** What drawing and filtering need; the rest of the contract is there only when the payload had it (v1). */
export type EdgeFacts = Pick<StanceEdgeAttributes, 'relation' | 'polarity' | 'symmetric' | 'date'> &
  Partial<Omit<StanceEdgeAttributes, 'relation' | 'polarity' | 'symmetric' | 'date'>>;

export interface EdgeAttrs extends EdgeFacts, DisplayDefaults {
  /** Edge labels are not drawn; sigma wants the field. */
  label: string;
  size: number;
  color: string;
  /** sigma program: straight or curved, with or without an arrow (symmetric relations have none). */
  type: 'arrow' | 'line' | 'curvedArrow' | 'curved';
  curvature: number;
}

/** Above this many edges a graph is drawn as a big graph (isBigGraph below). */
export const BIG_EDGE_COUNT = 20_000;

export type StanceModel = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/**
 * Graphs that get the big-graph treatment: point nodes, every edge drawn by the bulk layer (1-pixel
 * lines, bulk-edges.ts), graphology indexing the edges after the first frame (main.ts).
 */
export const isBigGraph = (graph: { order: number; size: number }) => graph.order > 5_000 || graph.size > BIG_EDGE_COUNT;

/** The date span of the stances (YYYY-MM-DD), for the time slider. */
export function dateSpan(stances: Iterable<Pick<EdgeAttrs, 'date'>>): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const { date } of stances) {
    if (!date) continue;
    if (min === null || date < min) min = date;
    if (max === null || date > max) max = date;
  }
  return min && max ? { min, max } : null;
}
