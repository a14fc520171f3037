/**
 * Resolves actor and article parameters given as an id, a name or an alias (case-insensitive).
 * Unknown names fail with the closest matches from the full-text index.
 */
import neo4j from 'neo4j-driver';
import { notFound } from '../core/errors.js';
import { foldName, slugify } from '../core/slug.js';
import type { Db } from '../db/connection.js';
import { statementOf } from './cypher-file.js';

const Q = {
  exact: statementOf('lookup/actor-exact'),
  fulltext: statementOf('lookup/actor-fulltext'),
  article: statementOf('lookup/article-find'),
};

/** Escapes Lucene's query syntax so user text is searched as plain words. */
export function luceneEscape(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
}

export interface Candidate {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  score: number;
}

async function read<T>(
  db: Db,
  cypher: string,
  params: Record<string, unknown>,
  map: (r: import('neo4j-driver').Record) => T,
): Promise<T[]> {
  const result = await db.driver.executeQuery(cypher, params, { database: db.database, routing: neo4j.routing.READ });
  return result.records.map(map);
}

export async function searchActors(db: Db, text: string, limit = 10, fuzzy = false): Promise<Candidate[]> {
  // The index's analyzer drops punctuation around words ("the", `quoted`, U.S.) but keeps it inside
  // them (O'Brien, u.s): trim it from both ends of each word, then escape what is left.
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter(Boolean)
    .map(luceneEscape);
  if (words.length === 0) return [];
  const q = fuzzy ? words.map((w) => `${w}~`).join(' ') : words.map((w) => `${w}*`).join(' AND ');
  return read(db, Q.fulltext, { q, limit: neo4j.int(limit) }, (r) => ({
    id: r.get('id'),
    name: r.get('name'),
    type: r.get('type'),
    aliases: r.get('aliases') ?? [],
    score: r.get('score'),
  }));
}

export async function resolveActor(db: Db, text: string): Promise<string> {
  const folded = foldName(text);
  const [exact] = await read(db, Q.exact, { id: text.trim(), folded }, (r) => r.get('id') as string | null);
  if (exact) return exact;
  const [bySlug] = await read(db, Q.exact, { id: slugify(text), folded }, (r) => r.get('id') as string | null);
  if (bySlug) return bySlug;
  const candidates = await searchActors(db, text, 25);
  const aliasHit = candidates.find((c) => c.aliases.some((a) => foldName(a) === folded));
  if (aliasHit) return aliasHit.id;
  const closest = candidates.length > 0 ? candidates : await searchActors(db, text, 5, true);
  const list = closest
    .slice(0, 5)
    .map((c) => `${c.name} (${c.id})`)
    .join(', ');
  throw notFound(`no actor matches "${text}"${list ? `; closest: ${list}` : ''}`);
}

export async function resolveArticle(db: Db, text: string): Promise<string> {
  const rows = await read(db, Q.article, { text: text.trim() }, (r) => ({
    id: r.get('id') as string,
    title: r.get('title') as string | null,
  }));
  if (rows.length === 0) throw notFound(`no article matches "${text}" (give an article id or part of its title)`);
  return rows[0]!.id;
}
