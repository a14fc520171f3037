/**
 * Pure part of the country-level roll-up: groups a batch's new stances by (source, type, target)
 * after each endpoint is replaced by whom it represents, into the rows rollup-add.cypher merges.
 */
import type { StanceRow } from './rows.js';

export interface Representative {
  id: string;
  name: string;
}
export interface RollupRow {
  key: string;
  sourceId: string;
  sourceName: string;
  type: string;
  targetId: string;
  targetName: string;
  polarity: string;
  n: number;
  first: string | null;
  last: string | null;
  ids: string[];
}

export const MAX_ROLLUP_IDS = 50;

export function rollupRows(stances: StanceRow[], representative: ReadonlyMap<string, Representative>): RollupRow[] {
  const groups = new Map<string, RollupRow>();
  for (const stance of stances) {
    const source = representative.get(stance.source);
    const target = representative.get(stance.target);
    if (!source || !target || source.id === target.id) continue;
    const key = `${source.id}|${stance.type}|${target.id}`;
    let row = groups.get(key);
    if (!row) {
      row = {
        key,
        sourceId: source.id,
        sourceName: source.name,
        type: stance.type,
        targetId: target.id,
        targetName: target.name,
        polarity: stance.props.polarity,
        n: 0,
        first: null,
        last: null,
        ids: [],
      };
      groups.set(key, row);
    }
    row.n += 1;
    const date = stance.props.date;
    if (date !== null) {
      if (row.first === null || date < row.first) row.first = date;
      if (row.last === null || date > row.last) row.last = date;
    }
    if (row.ids.length < MAX_ROLLUP_IDS) row.ids.push(stance.props.id);
  }
  return [...groups.values()];
}

/** Every entity id a batch's stances touch (the ones whose representative must be looked up). */
export const endpointIds = (stances: StanceRow[]): string[] => [...new Set(stances.flatMap((s) => [s.source, s.target]))];
