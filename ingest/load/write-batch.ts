/**
 * Writes a batch of whole articles in ONE managed write transaction: an article is never split
 * across transactions, so a crash leaves each article either fully loaded or absent. Unchanged
 * articles (same content hash) are skipped without a write; changed ones are replaced. The
 * per-entity activity counts (most-active) are recounted for every source touched, and the
 * country-level roll-up is updated in the same transaction (or marked stale when stances were
 * replaced, a person moved to another country or the roll-up was already stale, for the loader to
 * rebuild at the end). The last statement records the write for a concurrent rebuild (rollup.ts).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../../db/connection.js';
import { statementOf } from '../../queries/cypher-file.js';
import { endpointIds, rollupRows } from './rollup-rows.js';
import { type ArticleRows, mergeEntityRows, mergeRepresentsRows, type StanceRow } from './rows.js';

const Q = {
  articles: statementOf('load/articles-upsert'),
  claimSources: statementOf('load/article-claim-sources'),
  deleteClaims: statementOf('load/article-claims-delete'),
  activity: statementOf('load/activity-update'),
  entities: statementOf('load/entities-merge'),
  represents: statementOf('load/represents-merge'),
  mentions: statementOf('load/mentions-create'),
  stances: statementOf('load/stances-create'),
  rollupReps: statementOf('load/rollup-representatives'),
  rollupAdd: statementOf('load/rollup-add'),
  rollupValid: statementOf('load/rollup-valid'),
  rollupWrite: statementOf('load/rollup-write'),
};

export interface BatchResult {
  written: number;
  unchanged: number;
  replaced: number;
  stances: number;
  rollupStale: boolean;
}

/** Adds new stances to the roll-up, unless it is stale (the loader rebuilds it at the end anyway).
 * Returns whether it added them. */
async function addToRollup(tx: ManagedTransaction, stances: StanceRow[]): Promise<boolean> {
  if ((await tx.run(Q.rollupValid)).records[0]?.get('valid') !== true) return false;
  const reps = await tx.run(Q.rollupReps, { ids: endpointIds(stances) });
  const representative = new Map(
    reps.records.map((r) => [r.get('id') as string, { id: r.get('repId') as string, name: r.get('repName') as string }]),
  );
  await tx.run(Q.rollupAdd, { rows: rollupRows(stances, representative).map((row) => ({ ...row, n: neo4j.int(row.n) })) });
  return true;
}

async function writeInTx(tx: ManagedTransaction, batch: ArticleRows[]): Promise<BatchResult> {
  const upsert = await tx.run(Q.articles, { rows: batch.map((b) => b.article) });
  const previous = new Map(upsert.records.map((r) => [r.get('id') as string, r.get('previous') as string | null]));
  const todo = batch.filter((b) => previous.get(b.article.id) !== b.article.contentHash);
  const replaced = todo.filter((b) => previous.get(b.article.id) != null).map((b) => b.article.id);
  let rollupStale = replaced.length > 0;
  const activeIds = new Set<string>();
  if (replaced.length > 0) {
    const sources = await tx.run(Q.claimSources, { ids: replaced });
    for (const r of sources.records) activeIds.add(r.get('id') as string);
    await tx.run(Q.deleteClaims, { ids: replaced });
  }
  if (todo.length > 0) {
    await tx.run(Q.entities, { rows: mergeEntityRows(todo.flatMap((b) => b.entities)) });
    const represents = await tx.run(Q.represents, { rows: mergeRepresentsRows(todo.flatMap((b) => b.represents)) });
    if (Number(represents.records[0]?.get('moved') ?? 0) > 0) rollupStale = true;
    await tx.run(Q.mentions, { rows: todo.flatMap((b) => b.mentions) });
    const stances = todo.flatMap((b) => b.stances);
    await tx.run(Q.stances, { rows: stances });
    for (const stance of stances) activeIds.add(stance.source);
    if (!rollupStale && stances.length > 0) rollupStale = !(await addToRollup(tx, stances));
  }
  if (activeIds.size > 0) await tx.run(Q.activity, { ids: [...activeIds] });
  if (todo.length > 0) await tx.run(Q.rollupWrite, { stale: rollupStale });
  return {
    written: todo.length,
    unchanged: batch.length - todo.length,
    replaced: replaced.length,
    stances: todo.reduce((n, b) => n + b.stances.length, 0),
    rollupStale,
  };
}

export function writeBatch(db: Db, batch: ArticleRows[]): Promise<BatchResult> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  return session.executeWrite((tx) => writeInTx(tx, batch)).finally(() => session.close());
}
