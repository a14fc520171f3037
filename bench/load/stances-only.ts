/**
 * The transactional floor of the load: only the stance relationships, created between entities already
 * in the graph, in the same batches the loader forms (DEFAULT_BATCH_ROWS stance + entity rows of whole
 * articles per managed write transaction), with the loader's own statement. No article, entity,
 * mention, representation, roll-up or activity write: any transactional loader of this data model
 * pays at least this much per stance. Runs on a sample of the corpus under other stance and article
 * ids, then deletes what it created, so the graph is left as it was.
 */
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { DEFAULT_BATCH_ROWS } from '../../ingest/load/loader.js';
import { articleRows, type StanceRow } from '../../ingest/load/rows.js';
import { statementOf } from '../../queries/cypher-file.js';

const PREFIX = 'floor-';

function batches(sample: Extraction[]): { stances: StanceRow[]; articleIds: string[] }[] {
  const out: { stances: StanceRow[]; articleIds: string[] }[] = [];
  let current = { stances: [] as StanceRow[], articleIds: [] as string[] };
  let rows = 0;
  for (const extraction of sample) {
    const article = articleRows(extraction);
    const articleId = PREFIX + article.article.id;
    current.articleIds.push(articleId);
    for (const stance of article.stances)
      current.stances.push({ ...stance, props: { ...stance.props, id: PREFIX + stance.props.id, articleId } });
    rows += article.stances.length + article.entities.length;
    if (rows >= DEFAULT_BATCH_ROWS) {
      out.push(current);
      current = { stances: [], articleIds: [] };
      rows = 0;
    }
  }
  if (current.stances.length > 0) out.push(current);
  return out;
}

/** Creates the sample's stances batch by batch (timed), then deletes them (not timed). The sample's
 * entities must already be in the graph (the suite runs it after the batched load). */
export async function stancesOnlyLoad(db: Db, sample: Extraction[]): Promise<{ stances: number; seconds: number }> {
  const work = batches(sample);
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
