/** Creates the sigma renderer on the model, with the programs for straight/curved, arrow/no-arrow edges. */
import { EdgeCurvedArrowProgram, default as EdgeCurveProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType, EdgeRectangleProgram } from 'sigma/rendering';
import type { EdgeAttrs, NodeAttrs, StanceModel } from './model.js';
import { edgeReducer, nodeReducer, type RenderView } from './reducers.js';

type Program = EdgeProgramType<NodeAttrs, EdgeAttrs>;
export type StanceSigma = Sigma<NodeAttrs, EdgeAttrs>;

export const isBigGraph = (graph: StanceModel) => graph.order > 5_000 || graph.size > 20_000;

/** Big graphs draw every edge with the 1-pixel line program (no arrow heads, no curves): 4x fewer vertices. */
function edgePrograms(big: boolean): Record<EdgeAttrs['type'], Program> {
  if (big) {
    const thin = EdgeLineProgram as unknown as Program;
    return { arrow: thin, line: thin, curvedArrow: thin, curved: thin };
  }
  return {
    arrow: EdgeArrowProgram as unknown as Program,
    line: EdgeRectangleProgram as unknown as Program,
    curvedArrow: EdgeCurvedArrowProgram as unknown as Program,
    curved: EdgeCurveProgram as unknown as Program,
  };
}

/**
 * Re-applies the reducers after a view change. Big graphs skip sigma's re-indexation (extent, label
 * grid, z-order sort) and only rewrite the program buffers, which the frozen bounding box allows.
 */
export function refreshAll(renderer: StanceSigma, graph: StanceModel): void {
  if (!isBigGraph(graph)) renderer.refresh();
  else renderer.refresh({ partialGraph: { nodes: graph.nodes(), edges: graph.edges() }, skipIndexation: true, schedule: true });
}

export function createRenderer(graph: StanceModel, container: HTMLElement, view: RenderView): StanceSigma {
  const big = isBigGraph(graph);
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: edgePrograms(big),
    renderEdgeLabels: false,
    enableEdgeEvents: !big,
    zIndex: true,
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#212529' },
    labelRenderedSizeThreshold: big ? 16 : graph.order <= 150 ? 0 : 7,
    labelDensity: big ? 0.25 : 0.8,
    labelGridCellSize: big ? 160 : 90,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    minCameraRatio: 0.02,
    maxCameraRatio: 12,
    stagePadding: 36,
    nodeReducer: nodeReducer(view),
    edgeReducer: edgeReducer(view),
  });
  // Freeze the normalisation box on the deterministic initial layout: partial refreshes stay right
  // while positions change, and a stored camera keeps framing the same area.
  if (big) renderer.setCustomBBox(renderer.getBBox());
  return renderer;
}
