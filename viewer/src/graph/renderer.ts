/** Creates the sigma renderer on the model, with the programs for straight/curved, arrow/no-arrow edges. */
import { EdgeCurvedArrowProgram, default as EdgeCurveProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  type EdgeProgramType,
  EdgeRectangleProgram,
  NodePointProgram,
  type NodeProgramType,
} from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { type EdgeAttrs, isBigGraph, type NodeAttrs, type StanceModel } from './model.js';
import { edgeReducer, edgesDrawn, nodeReducer, type RenderView } from './reducers.js';

type Program = EdgeProgramType<NodeAttrs, EdgeAttrs>;
export type StanceSigma = Sigma<NodeAttrs, EdgeAttrs>;

export { isBigGraph };

/**
 * Big graphs draw every edge with the 1-pixel line program (no arrow heads, no curves: 4x fewer
 * vertices), and skip the edge pass altogether while the view says edges are not drawn (during the
 * layout): under software WebGL a pass over 100,000 edges costs seconds, and ~60 ms with every edge
 * hidden (sigma still runs the vertex shader over zero-length lines).
 */
function edgePrograms(big: boolean, view: RenderView): Record<EdgeAttrs['type'], Program> {
  if (big) {
    // Not drawn, not buffered either: the layout's last batch (layout/apply.ts) buffers every edge.
    class GatedLineProgram extends EdgeLineProgram<NodeAttrs, EdgeAttrs> {
      override process(...args: Parameters<EdgeLineProgram['process']>): void {
        if (edgesDrawn(view)) super.process(...args);
      }
      override render(params: RenderParams): void {
        if (edgesDrawn(view)) super.render(params);
      }
    }
    const thin = GatedLineProgram as unknown as Program;
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
    edgeProgramClasses: edgePrograms(big, view),
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
    stagePadding: 36,
    nodeReducer: nodeReducer(view),
    edgeReducer: edgeReducer(view),
  });
  // Freeze the normalisation box on the deterministic initial layout: partial refreshes stay right
  // while positions change, and a stored camera keeps framing the same area.
  if (big) renderer.setCustomBBox(renderer.getBBox());
  return renderer;
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
