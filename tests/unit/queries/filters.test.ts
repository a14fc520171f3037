import { describe, expect, it } from 'vitest';
import { parseGraphFilters } from '../../../queries/subgraph/filters.js';
import { StanceGraphBuilder } from '../../../queries/subgraph/build.js';

describe('graph filters', () => {
  it('defaults to the person level, no filters and the default limit', () => {
    expect(parseGraphFilters({})).toEqual({
      level: 'person',
      types: null,
      polarity: null,
      entityTypes: null,
      from: null,
      to: null,
      limit: 20000,
    });
  });

  it('reads comma-separated lists and arrays alike', () => {
    const f = parseGraphFilters({
      types: 'MET_WITH, CRITICIZED',
      polarity: ['hostile'],
      entityTypes: 'Person',
      limit: '50',
      level: 'country',
    });
    expect(f).toMatchObject({
      types: ['MET_WITH', 'CRITICIZED'],
      polarity: ['hostile'],
      entityTypes: ['Person'],
      limit: 50,
      level: 'country',
    });
  });

  it('names the field of a bad value', () => {
    expect(() => parseGraphFilters({ polarity: 'angry' })).toThrow(/^filters: polarity\.0: /);
    expect(() => parseGraphFilters({ from: 'yesterday' })).toThrow(/from: expected YYYY/);
    expect(() => parseGraphFilters({ limit: '0' })).toThrow(/limit/);
  });
});

describe('the graph builder', () => {
  const entity = (id: string) => ({ id, name: id.toUpperCase(), type: 'Country', aliases: null, country: null, role: null });
  const stance = (id: string, s: string, t: string) => ({
    source: entity(s),
    target: entity(t),
    relation: 'MET_WITH',
    sourcePerson: null,
    targetPerson: null,
    props: {
      id,
      polarity: 'neutral',
      plover: 'CONSULT',
      symmetric: true,
      date: '2024-01-01',
      confidence: 1,
      evidence: 'e',
      articleId: 'a',
      method: 'm',
      start: 0,
      end: 1,
    },
  });

  it('keeps parallel stances between the same pair as separate edges keyed by stance id', () => {
    const b = new StanceGraphBuilder();
    b.addStance(stance('s1', 'a', 'b'));
    b.addStance(stance('s2', 'a', 'b'));
    b.addStance(stance('s1', 'a', 'b'));
    const payload = b.toPayload(false);
    expect(payload.version).toBe(1);
    expect(payload.graph.nodes.map((n) => n.key).sort()).toEqual(['a', 'b']);
    expect(payload.graph.edges.map((e) => e.key)).toEqual(['s1', 's2']);
    expect(payload.graph.edges[0]!.attributes).toMatchObject({ relation: 'MET_WITH', symmetric: true, polarity: 'neutral' });
    expect(payload.graph.nodes[0]!.attributes).toMatchObject({ label: 'A', entityType: 'Country', aliases: [] });
  });
});
