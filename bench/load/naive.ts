/**
 * The naive load path, for comparison: one auto-commit statement per stance (merge its article and
 * both entities, create the relationship), no batching. Runs on a sample of the corpus under other
 * article ids (so other stance ids), then removes what it wrote.
 */
import type { Extraction } from '../../core/extraction.js';
import type { Db } from '../../db/connection.js';
import { articleRows } from '../../ingest/load/rows.js';
import { statementOf } from '../../queries/cypher-file.js';

const NAIVE = `
MERGE (a:Article {id: $article.id}) ON CREATE SET a += $article
MERGE (s:Entity {id: $source.id}) ON CREATE SET s += $source
MERGE (t:Entity {id: $target.id}) ON CREATE SET t += $target
CREATE (s)-[r:$($type)]->(t)
SET r = $props`;

export async function naiveLoad(db: Db, sample: Extraction[], maxStances: number): Promise<{ stances: number; seconds: number }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  const articleIds: string[] = [];
  let stances = 0;
  const started = performance.now();
  try {
    for (const original of sample) {
      const extraction = { ...original, article: { ...original.article, id: `naive-${original.article.id}` } };
      const rows = articleRows(extraction);
      articleIds.push(rows.article.id);
      const entities = new Map(rows.entities.map((e) => [e.id, { id: e.id, name: e.name, nameFolded: e.nameFolded, type: e.type }]));
      for (const stance of rows.stances) {
        if (stances >= maxStances) break;
        await session.run(NAIVE, {
          article: rows.article,
          source: entities.get(stance.source),
          target: entities.get(stance.target),
          type: stance.type,
          props: stance.props,
        });
        stances += 1;
      }
      if (stances >= maxStances) break;
    }
    const seconds = (performance.now() - started) / 1000;
    return { stances, seconds };
  } finally {
    await session.run(statementOf('load/article-claims-delete'), { ids: articleIds });
    await session.run('UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a', { ids: articleIds });
    await session.close();
  }
}
