/** One parameterised statement in a READ transaction with a timeout and a row cap (API helper). */
import { asDbError, type Db } from '../../db/connection.js';
import { type Plain, toPlain } from '../../queries/plain.js';

export interface ReadOptions {
  timeoutMs: number;
  maxRows: number;
}

export async function readRows(
  db: Db,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOptions,
): Promise<{ rows: Record<string, Plain>[]; truncated: boolean }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => {
        const rows: Record<string, Plain>[] = [];
        let truncated = false;
        for await (const record of tx.run(cypher, params)) {
          if (rows.length >= options.maxRows) {
            truncated = true;
            break;
          }
          rows.push(Object.fromEntries(record.keys.map((k) => [String(k), toPlain(record.get(k))])));
        }
        return { rows, truncated };
      },
      { timeout: options.timeoutMs },
    );
  } catch (error) {
    throw asDbError(error);
  } finally {
    await session.close();
  }
}

/** Runs `work` but gives up after `ms` with the error `onTimeout()` (for driver calls without a timeout). */
export async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
