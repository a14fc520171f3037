/**
 * Writes a batch of whole articles in ONE managed write transaction: an article is never split
 * across transactions, so a crash leaves each article either fully loaded or absent. Unchanged
 * articles (same content hash) are skipped; changed ones are replaced.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../../db/connection.js';
import { statementOf } from '../../queries/cypher-file.js';
import { type ArticleRows, mergeEntityRows } from './rows.js';

const Q = {
  articles: statementOf('load/articles-upsert'),
  deleteClaims: statementOf('load/article-claims-delete'),
  entities: statementOf('load/entities-merge'),
  represents: statementOf('load/represents-merge'),
  mentions: statementOf('load/mentions-merge'),
  stances: statementOf('load/stances-create'),
};

export interface BatchResult { written: number; unchanged: number; replaced: number; stances: number }

async function writeInTx(tx: ManagedTransaction, batch: ArticleRows[]): Promise<BatchResult> {
  const upsert = await tx.run(Q.articles, { rows: batch.map((b) => b.article) });
  const previous = new Map(upsert.records.map((r) => [r.get('id') as string, r.get('previous') as string | null]));
  const todo = batch.filter((b) => previous.get(b.article.id) !== b.article.contentHash);
  const replaced = todo.filter((b) => previous.get(b.article.id) != null).map((b) => b.article.id);
  if (replaced.length > 0) await tx.run(Q.deleteClaims, { ids: replaced });
  if (todo.length > 0) {
    await tx.run(Q.entities, { rows: mergeEntityRows(todo.flatMap((b) => b.entities)) });
    await tx.run(Q.represents, { rows: todo.flatMap((b) => b.represents) });
    await tx.run(Q.mentions, { rows: todo.flatMap((b) => b.mentions) });
    await tx.run(Q.stances, { rows: todo.flatMap((b) => b.stances) });
  }
  return {
    written: todo.length,
    unchanged: batch.length - todo.length,
    replaced: replaced.length,
    stances: todo.reduce((n, b) => n + b.stances.length, 0),
  };
}

export function writeBatch(db: Db, batch: ArticleRows[]): Promise<BatchResult> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  return session.executeWrite((tx) => writeInTx(tx, batch)).finally(() => session.close());
}
