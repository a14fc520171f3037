import { describe, expect, it } from 'vitest';
import { type CompactGraphPayload, compactGraph, type GraphPayload } from '../../../core/graph-contract.js';
import { buildCompactModel } from '../../../viewer/src/graph/model-compact.js';
import { edgesDrawn, type RenderView } from '../../../viewer/src/graph/reducers.js';

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

describe('edge pass of big graphs', () => {
  const view = (edgesWaitForLayout: boolean, focusEdges: Set<string> | null): RenderView => ({
    visible: { nodes: new Set(), edges: new Set() },
    focus: { nodes: focusEdges ? new Set() : null, edges: focusEdges, labelled: new Set() },
    selection: null,
    emphasised: new Set(),
    hideFadedEdges: true,
    edgesWaitForLayout,
  });

  it('is skipped while the layout runs, unless some edges are in focus', () => {
    expect(edgesDrawn(view(true, null))).toBe(false);
    expect(edgesDrawn(view(true, new Set(['e1'])))).toBe(true);
    expect(edgesDrawn(view(false, null))).toBe(true);
  });
});
