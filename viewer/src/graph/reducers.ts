/**
 * sigma node/edge reducers over the precomputed visibility and focus (cheap per-item lookups).
 * sigma hands each reducer a shallow copy of the attributes, so they change it in place (no second copy
 * per item). Big graphs' edge layer (edge-layer.ts) runs the edge reducer over a reused scratch copy.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { FADED_EDGE, FADED_NODE } from './appearance.js';
import type { EdgeAttrs, NodeAttrs } from './model.js';
import type { Focus, Visibility } from './visibility.js';

export interface RenderView {
  visible: Visibility;
  focus: Focus;
  selection: string | null;
  /** Query-result edges are drawn thicker. */
  emphasised: Set<string>;
  /** Big graphs hide faded edges entirely (cheaper, clearer). */
  hideFadedEdges: boolean;
}

type NodeOut = Omit<NodeAttrs, 'label'> & Partial<NodeDisplayData>;
type EdgeOut = EdgeAttrs & Partial<EdgeDisplayData>;

export function nodeReducer(view: RenderView) {
  return (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const out = data as NodeOut;
    if (!view.visible.nodes.has(node)) {
      out.hidden = true;
      return out;
    }
    if (view.focus.nodes && !view.focus.nodes.has(node)) {
      out.color = FADED_NODE;
      out.label = null;
      out.zIndex = 0;
      out.highlighted = false;
      return out;
    }
    out.zIndex = 1;
    if (view.focus.labelled.has(node)) out.forceLabel = true;
    if (node === view.selection) {
      out.highlighted = true;
      out.size = data.size * 1.25;
      out.zIndex = 2;
    }
    return out;
  };
}

export function edgeReducer(view: RenderView) {
  return (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const out = data as EdgeOut;
    if (!view.visible.edges.has(edge)) {
      out.hidden = true;
      return out;
    }
    if (view.focus.edges && !view.focus.edges.has(edge)) {
      if (view.hideFadedEdges) out.hidden = true;
      else {
        out.color = FADED_EDGE;
        out.zIndex = 0;
      }
      return out;
    }
    if (view.emphasised.has(edge)) {
      out.size = Math.max(2.5, data.size * 2);
      out.zIndex = 2;
    } else if (view.focus.edges) {
      out.size = Math.max(1.6, data.size);
      out.zIndex = 1;
    }
    return out;
  };
}
