import { describe, expect, it } from 'vitest';
import { type CompactGraphPayload, compactGraph, type GraphPayload } from '../../../core/graph-contract.js';
import { BulkEdgeLayer } from '../../../viewer/src/graph/edge-layer.js';
import { projectNodes, rasterise } from '../../../viewer/src/graph/edge-raster.js';
import { columnMatrices, graphMatrices } from '../../../viewer/src/layout/settings.js';
import { initialState, selectNode, setPolarity } from '../../../viewer/src/state/producers.js';
import { deriveView, isDefaultView, provisionalView } from '../../../viewer/src/view-model.js';
import { buildCompactModel, insertEdges, startCompactModel } from '../../../viewer/src/graph/model-compact.js';
import { edgeReducer, type RenderView } from '../../../viewer/src/graph/reducers.js';

const stance = (relation: string, polarity: string, symmetric: boolean, date: string | null) => ({
  relation,
  polarity,
  plover: 'X',
  symmetric,
  date,
  confidence: 0.8,
  evidence: 'A long evidence sentence that the compact form leaves out.',
  articleId: 'art-1',
  method: 'rule',
  start: 0,
  end: 10,
});

const v1: GraphPayload = {
  version: 1,
  truncated: true,
  graph: {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [
      { key: 'xi', attributes: { label: 'Xi Jinping', entityType: 'Person', aliases: ['Xi'], country: 'china', role: 'President' } },
      { key: 'blinken', attributes: { label: 'Antony Blinken', entityType: 'Person', aliases: [], country: 'usa', role: null } },
      { key: 'china', attributes: { label: 'China', entityType: 'Country', aliases: [], country: null, role: null } },
    ],
    edges: [
      { key: 's1', source: 'blinken', target: 'xi', attributes: stance('MET_WITH', 'neutral', true, '2023-06-19') },
      { key: 's2', source: 'xi', target: 'blinken', attributes: stance('CRITICIZED', 'hostile', false, null) },
      { key: 's3', source: 'xi', target: 'nobody', attributes: stance('PRAISED', 'cooperative', false, '2023-01-01') },
    ],
  },
} as unknown as GraphPayload;

const compact: CompactGraphPayload = {
  version: 1,
  format: 'compact',
  truncated: false,
  nodes: {
    keys: ['a', 'b', 'c'],
    labels: ['A', 'B', 'C'],
    entityTypes: ['Person', 'Country', 'Topic'],
    countries: [null, null, null],
    roles: ['Minister', null, null],
  },
  edges: {
    keys: ['e1', 'e2', 'e3', 'loop', 'bad'],
    sources: [0, 1, 0, 2, 0],
    targets: [1, 0, 2, 2, 7],
    relations: ['MET_WITH', 'SANCTIONED', 'PRAISED', 'PRAISED', 'PRAISED'],
    dates: ['2024-01-02', null, '2024-02-03', null, null],
  },
};

describe('compact graph contract', () => {
  it('keeps every node with its label, type, country and role, and drops aliases', () => {
    const c = compactGraph(v1);
    expect(c).toMatchObject({ version: 1, format: 'compact', truncated: true });
    expect(c.nodes).toEqual({
      keys: ['xi', 'blinken', 'china'],
      labels: ['Xi Jinping', 'Antony Blinken', 'China'],
      entityTypes: ['Person', 'Person', 'Country'],
      countries: ['china', 'usa', null],
      roles: ['President', null, null],
    });
  });

  it('keeps each edge as indexes of its ends with relation and date, and drops edges to unknown nodes', () => {
    expect(compactGraph(v1).edges).toEqual({
      keys: ['s1', 's2'],
      sources: [1, 0],
      targets: [0, 1],
      relations: ['MET_WITH', 'CRITICIZED'],
      dates: ['2023-06-19', null],
    });
  });

  it('carries no evidence text', () => {
    expect(JSON.stringify(compactGraph(v1))).not.toContain('evidence sentence');
  });
});

describe('model built from the compact form', () => {
  it('has the edges between known, distinct nodes, with polarity and symmetry from the vocabulary', () => {
    const g = buildCompactModel(compact);
    expect(g.order).toBe(3);
    expect(g.edges().sort()).toEqual(['e1', 'e2', 'e3']);
    expect(g.getEdgeAttributes('e1')).toMatchObject({ relation: 'MET_WITH', polarity: 'neutral', symmetric: true, date: '2024-01-02' });
    expect(g.getEdgeAttributes('e2')).toMatchObject({ relation: 'SANCTIONED', polarity: 'hostile', symmetric: false, date: null });
    expect([g.source('e2'), g.target('e2')]).toEqual(['b', 'a']);
  });

  it('counts degrees over the kept edges and keeps the node facts', () => {
    const g = buildCompactModel(compact);
    expect(g.getNodeAttributes('a')).toMatchObject({ label: 'A', entityType: 'Person', role: 'Minister', degree: 3 });
    expect(g.getNodeAttribute('c', 'degree')).toBe(1);
  });

  it('gives every node and edge the same set of attribute names (one object shape for sigma)', () => {
    const g = buildCompactModel(compact);
    const nodeShapes = new Set(g.mapNodes((_n, a) => Object.keys(a).join()));
    const edgeShapes = new Set(g.mapEdges((_e, a) => Object.keys(a).join()));
    expect(nodeShapes.size).toBe(1);
    expect(edgeShapes.size).toBe(1);
    expect([...edgeShapes][0]).toContain('hidden');
  });
});

describe('model built in two steps (big graphs)', () => {
  it('has the nodes first and the edges once insertEdges has run, the same as built at once', () => {
    const { model, edges } = startCompactModel(compact);
    expect([model.order, model.size]).toEqual([3, 0]);
    expect(edges.keys).toEqual(['e1', 'e2', 'e3']);
    expect(insertEdges(model, edges)).toBe(true);
    const whole = buildCompactModel(compact);
    expect(model.edges()).toEqual(whole.edges());
    expect(model.getEdgeAttributes('e3')).toEqual(whole.getEdgeAttributes('e3'));
  });

  it('gives ForceAtlas2 the same matrices from the prepared columns as from the graph', () => {
    const { model, edges } = startCompactModel(compact);
    insertEdges(model, edges);
    expect(columnMatrices(model, edges.sources, edges.targets)).toEqual(graphMatrices(model));
  });

  it('gives the model the prepared attribute objects themselves', () => {
    const { model, edges } = startCompactModel(compact);
    insertEdges(model, edges);
    expect(model.getEdgeAttributes('e2')).toBe(edges.attrs[1]);
  });
});

describe('bulk edge layer', () => {
  const view = (visible: string[], focus: string[] | null): RenderView => ({
    visible: { nodes: new Set(['a', 'b', 'c']), edges: new Set(visible) },
    focus: { nodes: focus ? new Set(['a']) : null, edges: focus ? new Set(focus) : null, labelled: new Set() },
    selection: null,
    emphasised: new Set(),
    hideFadedEdges: true,
  });
  const layerOf = (v: RenderView) => new BulkEdgeLayer(startCompactModel(compact).edges, edgeReducer(v));

  it('lists the visible edges by node index, in the reducer colour as an ImageData word', () => {
    const { styled } = layerOf(view(['e1', 'e3'], null)).style();
    expect(styled.count).toBe(2);
    expect([...styled.sources.subarray(0, 2)]).toEqual([0, 0]);
    expect([...styled.targets.subarray(0, 2)]).toEqual([1, 2]);
    // neutral #8d99ae, cooperative #2f9e44: bytes r, g, b, a in memory order
    expect([...styled.colors.subarray(0, 2)]).toEqual([0xffae998d, 0xff449e2f]);
  });

  it('hides faded edges, and recomputes only after restyle', () => {
    const v = view(['e1', 'e2', 'e3'], null);
    const layer = layerOf(v);
    expect(layer.style()).toMatchObject({ fresh: true, styled: { count: 3 } });
    expect(layer.style().fresh).toBe(false);
    Object.assign(v, view(['e1', 'e2', 'e3'], ['e2']));
    layer.restyle();
    const next = layer.style();
    expect(next.fresh).toBe(true);
    expect([next.styled.count, next.styled.sources[0], next.styled.targets[0]]).toEqual([1, 1, 0]);
  });
});

describe('edge rasteriser', () => {
  // Identity camera: framed (x, y) in [-1, 1] is clip space.
  const identity = Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);

  it('projects framed coordinates to pixels with y downwards', () => {
    expect([...projectNodes(Float32Array.from([-1, 1, 1, -1]), identity, 10, 20)]).toEqual([0, 0, 10, 20]);
  });

  it('draws a line pixel by pixel between its ends and clips what lies outside the image', () => {
    const pixels = new Uint32Array(5 * 3);
    const edges = { sources: Uint32Array.of(0, 2), targets: Uint32Array.of(1, 3), colors: Uint32Array.of(7, 9), count: 2 };
    // Edge 0: (0, 1) -> (4, 1); edge 1: from (2, -10) to (2, 0.2), only its last pixel is inside.
    rasterise(pixels, 5, 3, Float32Array.from([0, 1, 4, 1, 2, -10, 2, 0.2]), edges);
    expect([...pixels]).toEqual([0, 0, 9, 0, 0, 7, 7, 7, 7, 7, 0, 0, 0, 0, 0]);
  });
});

describe('provisional view of a big graph before its edges are indexed', () => {
  it('is what deriveView gives for the default state once every edge is in the model', () => {
    const { model, edges } = startCompactModel(compact);
    const early = provisionalView(edges);
    insertEdges(model, edges);
    const derived = deriveView(model, initialState(), null, true);
    expect(early.visible).toEqual(derived.visible);
    expect([early.focus, early.selection, [...early.emphasised]]).toEqual([derived.focus, derived.selection, [...derived.emphasised]]);
  });

  it('is used only for the default state', () => {
    expect(isDefaultView(initialState())).toBe(true);
    expect(isDefaultView(setPolarity(initialState(), 'hostile', false))).toBe(false);
    expect(isDefaultView(selectNode(initialState(), 'a'))).toBe(false);
  });
});
