/**
 * The transactional floor of the load: only the stance relationships, created between entities already
 * in the graph, in the same batches the loader forms (ingest/load/batches.ts: whole articles, one
 * managed write transaction each), with the loader's own statement. No article, entity,
 * mention, representation, roll-up or activity write: any transactional loader of this data model
 * pays at least this much per stance. Runs on a sample of the corpus under other stance and article
 * ids, then deletes what it created, so the graph is left as it was.
 */
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { articleBatches } from '../../ingest/load/batches.js';
import type { StanceRow } from '../../ingest/load/rows.js';
import { statementOf } from '../../queries/cypher-file.js';

const PREFIX = 'floor-';

/** The loader's batches of the sample (articleBatches), its stances under other stance and article ids. */
async function batches(sample: Extraction[]): Promise<{ stances: StanceRow[]; articleIds: string[] }[]> {
  const out: { stances: StanceRow[]; articleIds: string[] }[] = [];
  for await (const batch of articleBatches(sample)) {
    const stances: StanceRow[] = [];
    const articleIds: string[] = [];
    for (const { article, stances: own } of batch) {
      const articleId = PREFIX + article.id;
      articleIds.push(articleId);
      for (const stance of own) stances.push({ ...stance, props: { ...stance.props, id: PREFIX + stance.props.id, articleId } });
    }
    out.push({ stances, articleIds });
  }
  return out;
}

/** Creates the sample's stances batch by batch (timed), then deletes them (not timed). The sample's
 * entities must already be in the graph (the suite runs it after the batched load). */
export async function stancesOnlyLoad(db: Db, sample: Extraction[]): Promise<{ stances: number; seconds: number }> {
  const work = await batches(sample);
  const create = statementOf('load/stances-create');
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  let stances = 0;
  try {
    const started = performance.now();
    for (const batch of work) {
      const result = await session.executeWrite((tx) => tx.run(create, { rows: batch.stances }));
      stances += result.summary.counters.updates().relationshipsCreated;
    }
    return { stances, seconds: (performance.now() - started) / 1000 };
  } finally {
    const remove = statementOf('load/article-claims-delete');
    for (const batch of work) await session.executeWrite((tx) => tx.run(remove, { ids: batch.articleIds }));
    await session.close();
  }
}
