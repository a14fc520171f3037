/** Times one statement the way canned queries run (READ transaction, every row consumed) and summarises latencies. */
import type { Db } from '../../db/connection.js';

export async function timeStatement(db: Db, statements: string[], params: Record<string, unknown>): Promise<{ ms: number; rows: number }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  const started = performance.now();
  try {
    const rows = await session.executeRead(async (tx) => {
      let n = 0;
      for (const statement of statements) n += (await tx.run(statement, params)).records.length;
      return n;
    });
    return { ms: performance.now() - started, rows };
  } finally {
    await session.close();
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
