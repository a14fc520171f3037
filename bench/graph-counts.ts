/** Counts of the loaded graph (entities, articles, stances, roll-up rows) via the `stats` canned query. */
import type { Db } from '../db/connection.js';
import { runQuery } from '../queries/run.js';

export interface GraphCounts {
  entities: number;
  articles: number;
  stances: number;
  rollups: number;
  mentions: number;
}

export async function graphCounts(db: Db): Promise<GraphCounts> {
  const { rows } = await runQuery(db, 'stats', {});
  const row = rows[0] ?? {};
  const { records } = await db.driver.executeQuery(
    'CALL () { MATCH (g:Rollup) RETURN count(g) AS rollups } CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions } RETURN rollups, mentions',
    {},
    { database: db.database, routing: 'READ' },
  );
  return {
    entities: Number(row.entities ?? 0),
    articles: Number(row.articles ?? 0),
    stances: Number(row.stances ?? 0),
    rollups: Number(records[0]?.get('rollups') ?? 0),
    mentions: Number(records[0]?.get('mentions') ?? 0),
  };
}
