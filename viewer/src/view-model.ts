/**
 * Derives what sigma draws from the state: visibility (on filter changes) and focus (on selection,
 * depth, hover or query highlight changes). Pure apart from the graph it reads.
 */
import type { StanceModel } from './graph/model.js';
import type { PreparedEdges } from './graph/model-compact.js';
import type { RenderView } from './graph/reducers.js';
import { computeFocus, computeVisibility } from './graph/visibility.js';
import type { ViewState } from './state/types.js';

export function filtersChanged(a: ViewState, b: ViewState): boolean {
  return a.filters !== b.filters;
}

export function focusChanged(a: ViewState, b: ViewState): boolean {
  return a.selection !== b.selection || a.depth !== b.depth || a.hovered !== b.hovered || a.highlight !== b.highlight;
}

export function deriveView(graph: StanceModel, state: ViewState, previous: RenderView | null, filtersDirty: boolean): RenderView {
  const visible = !previous || filtersDirty ? computeVisibility(graph, state.filters) : previous.visible;
  const focus = computeFocus(graph, visible, state);
  return {
    visible,
    focus,
    selection: state.selection,
    emphasised: new Set(state.highlight?.edges ?? []),
    hideFadedEdges: graph.size > 20_000,
  };
}

/** The default view (no filter, selection, hover or highlight): everything visible, nothing in focus. */
export function isDefaultView(state: ViewState): boolean {
  const f = state.filters;
  const filtered = f.polarity.length !== 3 || f.types || f.entityTypes || f.from || f.to;
  return !filtered && !state.selection && !state.highlight && !state.hovered;
}

/**
 * The default view of a big graph whose edges are not all in the model yet (main.ts draws it from
 * the prepared columns): what deriveView gives for the default state once they are.
 */
export function provisionalView(edges: PreparedEdges): RenderView {
  return {
    visible: { nodes: new Set(edges.nodeKeys), edges: new Set(edges.keys) },
    focus: { nodes: null, edges: null, labelled: new Set() },
    selection: null,
    emphasised: new Set(),
    hideFadedEdges: edges.keys.length > 20_000,
  };
}
