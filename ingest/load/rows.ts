/** Pure mapping from an Extraction to the rows the load statements UNWIND. */
import { createHash } from 'node:crypto';
import neo4j, { type Integer } from 'neo4j-driver';
import type { Extraction, Relation } from '../../core/extraction.js';
import { foldName } from '../../core/slug.js';
import { RELATIONS, type RelationType } from '../../core/vocabulary.js';

export interface ArticleRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  contentHash: string;
}
export interface EntityRow {
  id: string;
  name: string;
  nameFolded: string;
  type: string;
  aliases: string[];
  role: string | null;
  country: string | null;
}
export interface RepresentsRow {
  person: string;
  org: string;
  role: string | null;
}
export interface MentionRow {
  article: string;
  entity: string;
}
export interface StanceProps {
  id: string;
  articleId: string;
  date: string | null;
  evidence: string;
  start: Integer;
  end: Integer;
  confidence: number;
  polarity: string;
  plover: string;
  symmetric: boolean;
  method: string;
}
export interface StanceRow {
  source: string;
  target: string;
  type: RelationType;
  props: StanceProps;
}

export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  represents: RepresentsRow[];
  mentions: MentionRow[];
  stances: StanceRow[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Stable id of a stance: the same article, source, type, target and offset always give the same id. */
export function stanceId(articleId: string, relation: Pick<Relation, 'source' | 'type' | 'target' | 'start'>): string {
  return sha256(`${articleId}\u0000${relation.source}\u0000${relation.type}\u0000${relation.target}\u0000${relation.start}`).slice(0, 32);
}

/** Hash of everything the loader writes for an article: equal hashes mean nothing to do. */
export function contentHash(extraction: Extraction): string {
  const { text: _text, ...article } = extraction.article;
  return sha256(JSON.stringify({ article, actors: extraction.actors, relations: extraction.relations }));
}

function stanceRow(extraction: Extraction, relation: Relation): StanceRow {
  const spec = RELATIONS[relation.type];
  return {
    source: relation.source,
    target: relation.target,
    type: relation.type,
    props: {
      id: stanceId(extraction.article.id, relation),
      articleId: extraction.article.id,
      date: extraction.article.date ?? null,
      evidence: relation.evidence,
      start: neo4j.int(relation.start),
      end: neo4j.int(relation.end),
      confidence: relation.confidence,
      polarity: spec.polarity,
      plover: spec.plover,
      symmetric: spec.symmetric,
      method: relation.method,
    },
  };
}

export function articleRows(extraction: Extraction): ArticleRows {
  const { article, actors } = extraction;
  const stances = new Map<string, StanceRow>();
  for (const relation of extraction.relations) {
    if (relation.negated || relation.source === relation.target) continue;
    const row = stanceRow(extraction, relation);
    stances.set(row.props.id, row);
  }
  return {
    article: {
      id: article.id,
      title: article.title ?? null,
      date: article.date ?? null,
      source: article.source ?? null,
      url: article.url ?? null,
      contentHash: contentHash(extraction),
    },
    entities: actors.map((a) => ({
      id: a.id,
      name: a.name,
      nameFolded: foldName(a.name),
      type: a.type,
      aliases: [...new Set([a.name, ...a.aliases])],
      role: a.role ?? null,
      country: a.represents ?? null,
    })),
    represents: actors.filter((a) => a.represents).map((a) => ({ person: a.id, org: a.represents!, role: a.role ?? null })),
    mentions: actors.map((a) => ({ article: article.id, entity: a.id })),
    stances: [...stances.values()],
  };
}

/** One row per entity id (first name/type win, aliases united), sorted by id so that concurrent
 * loaders lock entities in the same order. */
export function mergeEntityRows(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, { ...row, aliases: [...row.aliases] });
    else {
      for (const alias of row.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
      seen.role ??= row.role;
      seen.country ??= row.country;
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One row per (person, org) link, the last role given winning (as successive writes would). */
export function mergeRepresentsRows(rows: RepresentsRow[]): RepresentsRow[] {
  const byLink = new Map<string, RepresentsRow>();
  for (const row of rows) {
    const key = `${row.person}\u0000${row.org}`;
    const seen = byLink.get(key);
    byLink.set(key, { ...row, role: row.role ?? seen?.role ?? null });
  }
  return [...byLink.values()];
}
