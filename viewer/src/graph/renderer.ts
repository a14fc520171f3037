/**
 * Creates the sigma renderer on the model, with the programs for straight/curved, arrow/no-arrow edges;
 * big graphs draw their edges through a bulk layer (edge-layer.ts, bulk-edges.ts).
 */
import { EdgeCurvedArrowProgram, default as EdgeCurveProgram } from '@sigma/edge-curve';
import { DirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType, EdgeRectangleProgram, NodePointProgram, type NodeProgramType } from 'sigma/rendering';
import type { BulkEdges } from './bulk-edges.js';
import type { EdgeAttrs, NodeAttrs, StanceModel } from './model.js';
import { edgeReducer, nodeReducer, type RenderView } from './reducers.js';

type Program = EdgeProgramType<NodeAttrs, EdgeAttrs>;
export type StanceSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** Pixels kept free around the graph (sigma's stagePadding). */
export const STAGE_PADDING = 36;

/** Straight or curved, with or without an arrow head (symmetric relations have none). */
const EDGE_PROGRAMS: Record<EdgeAttrs['type'], Program> = {
  arrow: EdgeArrowProgram as unknown as Program,
  line: EdgeRectangleProgram as unknown as Program,
  curvedArrow: EdgeCurvedArrowProgram as unknown as Program,
  curved: EdgeCurveProgram as unknown as Program,
};

/**
 * What sigma renders of a big graph: a graph of the model's nodes (the same attribute objects, so
 * positions written to the model are the ones drawn) and no edges; the edges are the bulk layer.
 */
function nodeLayerOf(model: StanceModel): StanceSigmaGraph {
  const layer: StanceSigmaGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>();
  model.forEachNode((key, attrs) => {
    layer.addNode(key, attrs);
  });
  return layer;
}
type StanceSigmaGraph = DirectedGraph<NodeAttrs, EdgeAttrs>;

/**
 * Re-applies the reducers after a view change. Big graphs skip sigma's re-indexation (extent, label
 * grid, z-order sort), rewrite the node buffers only, and restyle the bulk edge layer.
 */
export function refreshAll(renderer: StanceSigma, bulk: BulkEdges | null): void {
  if (!bulk) renderer.refresh();
  else {
    bulk.restyle();
    renderer.refresh({ partialGraph: { nodes: renderer.getGraph().nodes() }, skipIndexation: true, schedule: true });
  }
}

/**
 * sigma on the model; for big graphs (`bulk` given), sigma on the model's nodes with every edge drawn
 * by the bulk layer (1-pixel lines, no arrow heads, no curves, rasterised in a worker).
 */
export function createRenderer(graph: StanceModel, container: HTMLElement, view: RenderView, bulk: BulkEdges | null): StanceSigma {
  const big = bulk !== null;
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(big ? nodeLayerOf(graph) : graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: big ? { arrow: bulk.program() } : EDGE_PROGRAMS,
    // Big graphs: sigma's point program (one vertex per node) instead of the circle's triangle, ~20x
    // cheaper to rasterise in software WebGL; the discs look the same at these sizes.
    nodeProgramClasses: { point: NodePointProgram as unknown as NodeProgramType<NodeAttrs, EdgeAttrs> },
    renderEdgeLabels: false,
    enableEdgeEvents: !big,
    zIndex: true,
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#212529' },
    labelRenderedSizeThreshold: big ? 8 : graph.order <= 150 ? 0 : 7,
    labelDensity: big ? 0.25 : 0.8,
    labelGridCellSize: big ? 160 : 90,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    minCameraRatio: 0.02,
    maxCameraRatio: 12,
    stagePadding: STAGE_PADDING,
    nodeReducer: nodeReducer(view),
    edgeReducer: edgeReducer(view),
  });
  // Freeze the normalisation box on the deterministic initial layout: partial refreshes stay right
  // while positions change, and a stored camera keeps framing the same area.
  if (big) {
    renderer.setCustomBBox(renderer.getBBox());
    // The box is the one the constructor's render used: the frame it schedules would draw the same again.
    cancelScheduledRender(renderer);
  }
  bulk?.attach(renderer);
  return renderer;
}

/** sigma 3.0 keeps its pending frame in `renderFrame` (no public cancel); pinned version, checked here. */
export function cancelScheduledRender(renderer: StanceSigma): void {
  const internal = renderer as unknown as { renderFrame?: number | null };
  if (typeof internal.renderFrame !== 'number') return;
  cancelAnimationFrame(internal.renderFrame);
  internal.renderFrame = null;
}

/**
 * Frames the visible nodes (all but the outermost 1% each way, which ForceAtlas2 throws far out in
 * big graphs). Big graphs keep the bounding box of their initial layout (see createRenderer), so sigma
 * does not re-fit when the layout spreads them past it.
 */
export function fitCamera(renderer: StanceSigma): void {
  const xs: number[] = [];
  const ys: number[] = [];
  renderer.getGraph().forEachNode((node) => {
    const at = renderer.getNodeDisplayData(node);
    if (!at || at.hidden) return;
    xs.push(at.x);
    ys.push(at.y);
  });
  if (xs.length === 0) return;
  const span = (values: number[]) => {
    const sorted = Float64Array.from(values).sort();
    const cut = Math.floor(sorted.length * 0.01);
    return [sorted[cut]!, sorted[sorted.length - 1 - cut]!] as const;
  };
  const [minX, maxX] = span(xs);
  const [minY, maxY] = span(ys);
  // Ratio 1 shows the frozen box (framed coordinates 0-1); a camera ratio scales what is shown.
  const ratio = Math.max(maxX - minX, maxY - minY, 0.05) * 1.05;
  renderer.getCamera().setState({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio });
}
