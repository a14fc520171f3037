import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { endpointIds, MAX_ROLLUP_IDS, rollupRows } from '../../../ingest/load/rollup-rows.js';
import type { StanceRow } from '../../../ingest/load/rows.js';

const stance = (id: string, source: string, type: StanceRow['type'], target: string, date: string | null): StanceRow => ({
  source,
  target,
  type,
  props: {
    id,
    articleId: 'a',
    date,
    evidence: 'e',
    start: neo4j.int(0),
    end: neo4j.int(1),
    confidence: 1,
    polarity: 'neutral',
    plover: 'CONSULT',
    symmetric: true,
    method: 'manual',
  },
});
const reps = new Map([
  ['blinken', { id: 'united-states', name: 'United States' }],
  ['united-states', { id: 'united-states', name: 'United States' }],
  ['xi', { id: 'china', name: 'China' }],
  ['wang', { id: 'china', name: 'China' }],
]);

describe('country-level roll-up rows', () => {
  it('groups stances by represented source, type and represented target, with count and date range', () => {
    const rows = rollupRows(
      [
        stance('1', 'blinken', 'MET_WITH', 'xi', '2024-04-26'),
        stance('2', 'united-states', 'MET_WITH', 'wang', '2023-01-02'),
        stance('3', 'blinken', 'MET_WITH', 'wang', null),
      ],
      reps,
    );
    expect(rows).toEqual([
      {
        key: 'united-states|MET_WITH|china',
        sourceId: 'united-states',
        sourceName: 'United States',
        type: 'MET_WITH',
        targetId: 'china',
        targetName: 'China',
        polarity: 'neutral',
        n: 3,
        first: '2023-01-02',
        last: '2024-04-26',
        ids: ['1', '2', '3'],
      },
    ]);
  });

  it('drops stances whose two ends represent the same country', () => {
    expect(rollupRows([stance('1', 'xi', 'MET_WITH', 'wang', '2024-01-01')], reps)).toEqual([]);
  });

  it('keeps at most 50 stance ids per row but counts them all', () => {
    const many = Array.from({ length: 70 }, (_, i) => stance(String(i), 'blinken', 'MET_WITH', 'xi', '2024-01-01'));
    const [row] = rollupRows(many, reps);
    expect(row!.n).toBe(70);
    expect(row!.ids).toHaveLength(MAX_ROLLUP_IDS);
  });

  it('lists each endpoint id once', () => {
    expect(endpointIds([stance('1', 'blinken', 'MET_WITH', 'xi', null), stance('2', 'xi', 'MET_WITH', 'blinken', null)]).sort()).toEqual([
      'blinken',
      'xi',
    ]);
  });
});
