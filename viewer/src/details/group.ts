/** Groups an entity's stances by relation type: hostile first, then cooperative, then neutral. */
import type { StanceRow } from '../api/types.js';

export interface StanceGroup {
  type: string;
  polarity: StanceRow['polarity'];
  rows: StanceRow[];
}

const ORDER: Record<StanceRow['polarity'], number> = { hostile: 0, cooperative: 1, neutral: 2 };

export function groupStances(rows: readonly StanceRow[]): StanceGroup[] {
  const groups = new Map<string, StanceGroup>();
  for (const row of rows) {
    const group = groups.get(row.type) ?? { type: row.type, polarity: row.polarity, rows: [] };
    group.rows.push(row);
    groups.set(row.type, group);
  }
  return [...groups.values()].sort(
    (a, b) => ORDER[a.polarity] - ORDER[b.polarity] || b.rows.length - a.rows.length || a.type.localeCompare(b.type),
  );
}
