/**
 * What is visible and what is in focus, computed once per state change (not per frame): the sigma
 * reducers only look these sets up.
 */
import type { StanceEdgeAttributes, EntityNodeAttributes } from '../../../core/graph-contract.js';
// graphology-types, not graphology: graphology's default export is no type under NodeNext (the root tsconfig).
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Highlight, ViewFilters, ViewState } from '../state/types.js';

type N = EntityNodeAttributes;
type E = StanceEdgeAttributes;

/**
 * Any graphology graph whose nodes and edges carry (at least) the graph contract's attributes: the
 * viewer's model, or a plain graph in tests. Its attributes are read as N / E (the contract).
 */
type ContractGraph = AbstractGraph<Attributes, Attributes>;
const nodeAttrs = (a: Attributes) => a as N;
const edgeAttrs = (a: Attributes) => a as E;

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface Focus {
  /** Nodes drawn in full colour (null = everything visible is in focus). */
  nodes: Set<string> | null;
  edges: Set<string> | null;
  /** Nodes whose label is always drawn. */
  labelled: Set<string>;
}

/** Does an edge's date fall within [from, to] (date prefixes; undated edges only when unbounded)? */
export function inDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export function edgePasses(attrs: StanceEdgeAttributes, filters: ViewFilters): boolean {
  if (!filters.polarity.includes(attrs.polarity)) return false;
  if (filters.types && !filters.types.includes(attrs.relation)) return false;
  return inDateRange(attrs.date, filters.from, filters.to);
}

export function computeVisibility(graph: ContractGraph, filters: ViewFilters): Visibility {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const typeOk = (a: EntityNodeAttributes) => !filters.entityTypes || filters.entityTypes.includes(a.entityType);
  graph.forEachEdge((edge, attrs, source, target, sa, ta) => {
    if (!edgePasses(edgeAttrs(attrs), filters) || !typeOk(nodeAttrs(sa)) || !typeOk(nodeAttrs(ta))) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  // Entities with no stance at all stay visible (if their type is shown): hiding them would lose them.
  graph.forEachNode((node, attrs) => {
    if (graph.degree(node) === 0 && typeOk(nodeAttrs(attrs))) nodes.add(node);
  });
  return { nodes, edges };
}

/** Nodes within `depth` hops of `start` over visible edges (either direction), with those edges. */
export function neighbourhood(
  graph: ContractGraph,
  visible: Visibility,
  start: string,
  depth: number,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([start]);
  const edges = new Set<string>();
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        if (!visible.edges.has(edge)) return;
        edges.add(edge);
        const other = source === node ? target : source;
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  // Edges among the neighbourhood's nodes belong to it too.
  for (const node of nodes) {
    graph.forEachOutEdge(node, (edge, _a, _s, target) => {
      if (visible.edges.has(edge) && nodes.has(target)) edges.add(edge);
    });
  }
  return { nodes, edges };
}

export function computeFocus(
  graph: ContractGraph,
  visible: Visibility,
  state: Pick<ViewState, 'selection' | 'depth' | 'hovered' | 'highlight'>,
): Focus {
  const highlight: Highlight | null = state.highlight;
  if (highlight && (highlight.nodes.length > 0 || highlight.edges.length > 0)) {
    const edges = new Set(highlight.edges.filter((e) => visible.edges.has(e)));
    const nodes = new Set(highlight.nodes.filter((n) => visible.nodes.has(n)));
    for (const e of edges) {
      nodes.add(graph.source(e));
      nodes.add(graph.target(e));
    }
    if (state.selection && visible.nodes.has(state.selection)) nodes.add(state.selection);
    return { nodes, edges, labelled: new Set(nodes) };
  }
  const center = state.selection && visible.nodes.has(state.selection) ? state.selection : null;
  if (center) {
    const around = neighbourhood(graph, visible, center, state.depth);
    return { nodes: around.nodes, edges: around.edges, labelled: new Set(around.nodes) };
  }
  if (state.hovered && visible.nodes.has(state.hovered)) {
    const around = neighbourhood(graph, visible, state.hovered, 1);
    return { nodes: around.nodes, edges: around.edges, labelled: new Set(around.nodes) };
  }
  return { nodes: null, edges: null, labelled: new Set() };
}
