/** Builds the Extraction JSON: article metadata, the actors that matter, deduplicated relations. */
import { createHash } from 'node:crypto';
import type { Actor, ArticleText, Extraction, Relation } from '../../core/extraction.js';
import type { ArticleActor, Registry } from './actors/registry.js';
import { dictionary } from './lexicon/build.js';
import type { RawRelation } from './relations/sentence.js';

export type ArticleMeta = ArticleText;

export interface PlacedRelation extends RawRelation {
  start: number;
  end: number;
}

export function articleId(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function assemble(meta: ArticleMeta, date: string | null, reg: Registry, raw: PlacedRelation[]): Extraction {
  const best = new Map<string, PlacedRelation>();
  for (const r of raw) {
    const key = `${r.source.id}|${r.type}|${r.target.id}|${r.start}|${r.negated}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence) best.set(key, r);
  }
  const relations: Relation[] = [...best.values()]
    .sort((a, b) => a.start - b.start || a.source.id.localeCompare(b.source.id) || a.target.id.localeCompare(b.target.id))
    .map((r) => ({
      source: r.source.id,
      type: r.type,
      target: r.target.id,
      evidence: meta.text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      confidence: r.confidence,
      negated: r.negated,
      method: r.method,
    }));
  const used = new Set<string>();
  for (const r of relations) {
    used.add(r.source);
    used.add(r.target);
  }
  const keep: ArticleActor[] = [...reg.byId.values()].filter((a) => a.mentions > 0 && (!a.weak || used.has(a.id)));
  const ids = new Set(keep.map((a) => a.id));
  for (const a of [...keep]) {
    if (a.represents && !ids.has(a.represents)) {
      const d = dictionary().actors.get(a.represents);
      if (d) {
        keep.push(reg.fromDict(d, ''));
        ids.add(d.id);
      }
    }
  }
  const actors: Actor[] = keep.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    aliases: aliasList(a),
    represents: a.represents && ids.has(a.represents) ? a.represents : null,
    role: a.role,
  }));
  return {
    article: {
      id: meta.id ?? articleId(meta.text),
      title: meta.title ?? null,
      date,
      source: meta.source ?? null,
      url: meta.url ?? null,
    },
    actors,
    relations,
  };
}

/** Surface forms seen, then the dictionary's aliases, without the name itself (at most 50). */
function aliasList(a: ArticleActor): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const take = (x: string) => {
    if (x && x !== a.name && !seen.has(x) && out.length < 50) {
      seen.add(x);
      out.push(x);
    }
  };
  for (const x of a.aliases) take(x);
  for (const x of a.dict?.aliases ?? []) take(x);
  return out;
}
