import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../core/vocabulary.js';
import { parallelCurvatures } from '../../../viewer/src/graph/curvature.js';
import { computeFocus, computeVisibility, inDateRange, neighbourhood } from '../../../viewer/src/graph/visibility.js';
import { initialPosition } from '../../../viewer/src/layout/initial.js';
import {
  initialState,
  selectNode,
  setDateRange,
  setDepth,
  setEntityType,
  setLevel,
  setPolarity,
  setRelationType,
} from '../../../viewer/src/state/producers.js';
import { decodeState, encodeState } from '../../../viewer/src/url-state/index.js';

function sampleGraph() {
  const g = new MultiDirectedGraph();
  const node = (id: string, entityType = 'Person') => g.addNode(id, { label: id, entityType, aliases: [], country: null, role: null });
  for (const n of ['a', 'b', 'c', 'd']) node(n);
  node('t', 'Topic');
  const edge = (k: string, s: string, t: string, polarity: string, relation: string, date: string | null) =>
    g.addDirectedEdgeWithKey(k, s, t, {
      relation,
      polarity,
      date,
      plover: '',
      symmetric: false,
      confidence: 1,
      evidence: '',
      articleId: 'x',
      method: 'm',
      start: 0,
      end: 1,
    });
  edge('e1', 'a', 'b', 'hostile', 'CRITICIZED', '2024-01-10');
  edge('e2', 'b', 'c', 'cooperative', 'PRAISED', '2024-03-01');
  edge('e3', 'c', 'd', 'neutral', 'MET_WITH', null);
  edge('e4', 'a', 't', 'neutral', 'DISCUSSED', '2024-02-01');
  return g;
}

describe('state producers', () => {
  it('toggling a polarity off and on keeps the canonical order and never mutates', () => {
    const s0 = initialState();
    const s1 = setPolarity(s0, 'hostile', false);
    expect(s1.filters.polarity).toEqual(['cooperative', 'neutral']);
    expect(s0.filters.polarity).toEqual(['cooperative', 'neutral', 'hostile']);
    expect(setPolarity(s1, 'hostile', true).filters.polarity).toEqual(['cooperative', 'neutral', 'hostile']);
  });

  it('relation and entity types collapse back to null (all) when everything is on', () => {
    const off = setRelationType(initialState(), 'MET_WITH', false, RELATION_TYPES);
    expect(off.filters.types).not.toContain('MET_WITH');
    expect(setRelationType(off, 'MET_WITH', true, RELATION_TYPES).filters.types).toBeNull();
    expect(setEntityType(setEntityType(initialState(), 'Topic', false), 'Topic', true).filters.entityTypes).toBeNull();
  });

  it('depth is clamped to 1-3, a reversed date range is swapped, a level change drops the selection', () => {
    expect(setDepth(initialState(), 7).depth).toBe(3);
    expect(setDepth(initialState(), 0).depth).toBe(1);
    expect(setDateRange(initialState(), '2024-05', '2024-01').filters).toMatchObject({ from: '2024-01', to: '2024-05' });
    expect(setLevel(selectNode(initialState(), 'a'), 'country').selection).toBeNull();
  });
});

describe('url state', () => {
  it('a state survives encode then decode (filters, selection, depth, query, camera)', () => {
    let s = setPolarity(initialState(), 'hostile', false);
    s = setRelationType(s, 'MET_WITH', false, RELATION_TYPES);
    s = {
      ...selectNode(setDepth(s, 2), 'xi-jinping'),
      query: { name: 'stances-of', params: { actor: 'Blinken' } },
      camera: { x: 0.5, y: 0.25, ratio: 0.8, angle: 0 },
    };
    const decoded = decodeState(new URLSearchParams(encodeState(s).toString()));
    expect(decoded.filters).toEqual(s.filters);
    expect(decoded.selection).toBe('xi-jinping');
    expect(decoded.depth).toBe(2);
    expect(decoded.query).toEqual({ name: 'stances-of', params: { actor: 'Blinken' } });
    expect(decoded.camera).toEqual({ x: 0.5, y: 0.25, ratio: 0.8, angle: 0 });
  });

  it('garbage in the URL falls back to defaults instead of breaking the page', () => {
    const s = decodeState(new URLSearchParams('level=moon&polarity=evil&depth=9&from=yesterday&camera=1,2&query=DROP%20TABLE'));
    expect(s.filters.level).toBe('person');
    expect(s.filters.polarity).toEqual([]);
    expect(s.depth).toBe(1);
    expect(s.filters.from).toBeNull();
    expect(s.camera).toBeNull();
    expect(s.query).toBeNull();
  });

  it('the default state encodes to an empty query string', () => {
    expect(encodeState(initialState()).toString()).toBe('');
  });
});

describe('visibility and focus', () => {
  it('hiding hostile stances hides their edges and the entities left without any', () => {
    const g = sampleGraph();
    const v = computeVisibility(g, setPolarity(initialState(), 'hostile', false).filters);
    expect([...v.edges].sort()).toEqual(['e2', 'e3', 'e4']);
    expect(v.nodes.has('a')).toBe(true);
  });

  it('entity type filters drop the edges touching hidden types', () => {
    const v = computeVisibility(sampleGraph(), setEntityType(initialState(), 'Topic', false).filters);
    expect(v.edges.has('e4')).toBe(false);
    expect(v.nodes.has('t')).toBe(false);
  });

  it('date bounds are inclusive prefixes and hide undated stances', () => {
    expect(inDateRange('2024-03-01', '2024-03', '2024-03')).toBe(true);
    expect(inDateRange('2024-04-01', null, '2024-03')).toBe(false);
    expect(inDateRange(null, null, '2024-03')).toBe(false);
    expect(inDateRange(null, null, null)).toBe(true);
  });

  it('the neighbourhood grows with depth over visible edges in both directions', () => {
    const g = sampleGraph();
    const v = computeVisibility(g, initialState().filters);
    expect([...neighbourhood(g, v, 'b', 1).nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(g, v, 'b', 2).nodes].sort()).toEqual(['a', 'b', 'c', 'd', 't']);
  });

  it('a query highlight takes precedence over the selection', () => {
    const g = sampleGraph();
    const v = computeVisibility(g, initialState().filters);
    const focus = computeFocus(g, v, { selection: 'd', depth: 1, hovered: null, highlight: { nodes: [], edges: ['e1'] } });
    expect([...focus.nodes!].sort()).toEqual(['a', 'b', 'd']);
    expect([...focus.edges!]).toEqual(['e1']);
  });
});

describe('layout helpers', () => {
  it('parallel edges get distinct curvatures and a lone edge stays straight', () => {
    const c = parallelCurvatures([
      { key: 'x', source: 'a', target: 'b' },
      { key: 'y', source: 'b', target: 'a' },
      { key: 'z', source: 'a', target: 'b' },
      { key: 'solo', source: 'c', target: 'd' },
    ]);
    expect(c.get('solo')).toBe(0);
    // In world space (curvature flipped for reversed edges) all three differ.
    const world = [c.get('x')!, -c.get('y')!, c.get('z')!];
    expect(new Set(world).size).toBe(3);
  });

  it('initial positions depend on the id only', () => {
    expect(initialPosition('xi-jinping')).toEqual(initialPosition('xi-jinping'));
    expect(initialPosition('xi-jinping')).not.toEqual(initialPosition('antony-blinken'));
  });
});
