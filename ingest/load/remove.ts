/**
 * Removes whole articles: their stances and mentions, the Article nodes, and the candidate entities
 * nothing mentions any more. One write transaction per chunk of articles (an article is never half
 * removed); the roll-up is marked stale in the same transaction and rebuilt at the end.
 */
import type { Db } from '../../db/connection.js';
import { statementOf } from '../../queries/cypher-file.js';
import { ensureRollup } from './rollup.js';

const Q = {
  deleteClaims: statementOf('load/article-claims-delete'),
  deleteArticles: statementOf('load/articles-delete'),
  write: statementOf('load/rollup-write'),
};

const CHUNK = 500;

export async function removeArticles(db: Db, articleIds: readonly string[], candidateEntities: readonly string[] = []): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    for (let i = 0; i < articleIds.length || i === 0; i += CHUNK) {
      const ids = articleIds.slice(i, i + CHUNK);
      const last = i + CHUNK >= articleIds.length;
      await session.executeWrite(async (tx) => {
        await tx.run(Q.deleteClaims, { ids });
        await tx.run(Q.deleteArticles, { ids, entities: last ? candidateEntities : [] });
        await tx.run(Q.write, { stale: true });
      });
    }
  } finally {
    await session.close();
  }
  await ensureRollup(db);
}
