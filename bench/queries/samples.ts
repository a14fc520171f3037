/**
 * Parameter samples for the query benchmark, read from the loaded graph: actors from the hubs (top
 * 1% by degree) AND from the tail, pairs of actors that share stances, article ids, countries.
 */
import type { Db } from '../../db/connection.js';
import { createRandom, pick } from '../generate/random.js';

export interface Samples {
  hubs: string[];
  tail: string[];
  pairs: [string, string][];
  articles: string[];
  countries: string[];
  random: () => number;
}

async function column<T>(db: Db, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.database, routing: 'READ' });
  return records.map((r) => r.get(0) as T);
}

export async function readSamples(db: Db, seed = 7): Promise<Samples> {
  const random = createRandom(seed);
  const ranked = await column<string>(
    db,
    `MATCH (e:Entity) WHERE e.type <> 'Topic'
    WITH e, COUNT { (e)-[:MET_WITH|VISITED|DISCUSSED|URGED|AGREED_WITH|PRAISED|SUPPORTS|COOPERATES_WITH|AIDED|CONCEDED|CRITICIZED|ACCUSED|OPPOSES|THREATENED|SANCTIONED|MOBILIZED_AGAINST|COERCED|ATTACKED|PROTESTED]-() } AS degree
    WHERE degree > 0 RETURN e.id ORDER BY degree DESC, e.id`,
  );
  const hubCount = Math.max(5, Math.ceil(ranked.length / 100));
  const hubs = ranked.slice(0, hubCount);
  const tail = ranked.slice(hubCount);
  const articles = await column<string>(db, 'MATCH (a:Article) WHERE NOT a.id STARTS WITH "naive-" RETURN a.id LIMIT 20000');
  const sampledArticles = Array.from({ length: 200 }, () => pick(random, articles));
  const pairRecords = await db.driver.executeQuery(
    `UNWIND $articles AS id MATCH (s:Entity)-[r:MET_WITH|CRITICIZED|SUPPORTS|ACCUSED|PRAISED|URGED]->(t:Entity) WHERE r.articleId = id
     RETURN s.id AS a, t.id AS b LIMIT 200`,
    { articles: sampledArticles.slice(0, 100) },
    { database: db.database, routing: 'READ' },
  );
  const pairs = pairRecords.records.map((r) => [r.get('a'), r.get('b')] as [string, string]);
  const countries = await column<string>(db, 'MATCH (c:Country) RETURN c.id ORDER BY c.id');
  return { hubs, tail: tail.length > 0 ? tail : hubs, pairs, articles: sampledArticles, countries, random };
}

/** Alternates hubs and tail actors: run i gets a hub when i is even. */
export const actorFor = (s: Samples, i: number): string => (i % 2 === 0 ? pick(s.random, s.hubs) : pick(s.random, s.tail));
