/**
 * Derives what sigma draws from the state: visibility (on filter changes) and focus (on selection,
 * depth, hover or query highlight changes). Pure apart from the graph it reads.
 */
import { isBigGraph, type StanceModel } from './graph/model.js';
import type { RenderView } from './graph/reducers.js';
import { computeFocus, computeVisibility } from './graph/visibility.js';
import type { ViewState } from './state/types.js';

export function filtersChanged(a: ViewState, b: ViewState): boolean {
  return a.filters !== b.filters;
}

export function focusChanged(a: ViewState, b: ViewState): boolean {
  return a.selection !== b.selection || a.depth !== b.depth || a.hovered !== b.hovered || a.highlight !== b.highlight;
}

export function deriveView(
  graph: StanceModel,
  state: ViewState,
  previous: RenderView | null,
  filtersDirty: boolean,
  layoutRunning: boolean,
): RenderView {
  const visible = !previous || filtersDirty ? computeVisibility(graph, state.filters) : previous.visible;
  const focus = computeFocus(graph, visible, state);
  return {
    visible,
    focus,
    selection: state.selection,
    emphasised: new Set(state.highlight?.edges ?? []),
    hideFadedEdges: graph.size > 20_000,
    edgesWaitForLayout: layoutRunning && isBigGraph(graph),
  };
}
