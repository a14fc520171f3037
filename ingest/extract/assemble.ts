/** Builds the Extraction JSON: article metadata, the actors that matter, deduplicated relations. */
import * as crypto from 'node:crypto';
import type { Actor, ArticleText, Extraction, Relation } from '../../core/extraction.js';
import type { ArticleActor, Registry } from './actors/registry.js';
import type { DictActor } from './lexicon/dictionary.js';
import { dictionary } from './lexicon/build.js';
import type { RawRelation } from './relations/emit.js';

export type ArticleMeta = ArticleText;

/** A relation with its sentence's offsets set. */
export type PlacedRelation = RawRelation;

/** One-shot crypto.hash (Node >= 20.12) is much cheaper per article than a Hash object; same digest. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function articleId(text: string): string {
  const hex = oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
  return `sha256-${hex}`;
}

export function assemble(meta: ArticleMeta, date: string | null, reg: Registry, raw: PlacedRelation[]): Extraction {
  const relations: Relation[] = dedupeRelations(raw)
    .sort((a, b) => a.start - b.start || compareIds(a.source.id, b.source.id) || compareIds(a.target.id, b.target.id))
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
  const ids = new Set<string>();
  for (const a of keep) ids.add(a.id);
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

/** A dictionary actor's aliases without empty ones, its name and repeats (the same for every article). */
const DICT_ALIASES = new WeakMap<DictActor, { name: string; list: string[] }>();
function dictAliases(d: DictActor, name: string): string[] {
  const hit = DICT_ALIASES.get(d);
  if (hit && hit.name === name) return hit.list;
  const list: string[] = [];
  const seen = new Set<string>();
  for (const x of d.aliases) takeAlias(x, name, seen, list);
  DICT_ALIASES.set(d, { name, list });
  return list;
}

/** localeCompare is slow (ICU) and most ties are the same actor: equal ids compare equal without it. */
const compareIds = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

function takeAlias(x: string, name: string, seen: Set<string>, out: string[]): void {
  if (x && x !== name && !seen.has(x) && out.length < 50) {
    seen.add(x);
    out.push(x);
  }
}

/** Surface forms seen, then the dictionary's aliases, without the name itself (at most 50). */
function aliasList(a: ArticleActor): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const x of a.aliases) takeAlias(x, a.name, seen, out);
  if (a.dict) for (const x of dictAliases(a.dict, a.name)) if (!seen.has(x) && out.length < 50) out.push(x);
  return out;
}

/**
 * One relation per (source, type, target, sentence, negation): the most confident one (the first
 * among equals), in the order the keys first occur. The relations of one sentence are contiguous
 * (sentence by sentence, starts never decreasing), so duplicates are looked for only among the kept
 * relations of the current sentence, without string keys; any other order falls back to a keyed map.
 */
const sameKey = (a: PlacedRelation, b: PlacedRelation): boolean =>
  a.source.id === b.source.id && a.type === b.type && a.target.id === b.target.id && a.negated === b.negated;

function dedupeRelations(raw: PlacedRelation[]): PlacedRelation[] {
  for (let k = 1; k < raw.length; k++) if ((raw[k] as PlacedRelation).start < (raw[k - 1] as PlacedRelation).start) return keyed(raw);
  const kept: PlacedRelation[] = [];
  let from = 0;
  for (const r of raw) {
    if (kept.length > from && (kept[from] as PlacedRelation).start !== r.start) from = kept.length;
    let dup = from;
    while (dup < kept.length && !sameKey(kept[dup] as PlacedRelation, r)) dup++;
    if (dup === kept.length) kept.push(r);
    else if (r.confidence > (kept[dup] as PlacedRelation).confidence) kept[dup] = r;
  }
  return kept;
}

function keyed(raw: PlacedRelation[]): PlacedRelation[] {
  const best = new Map<string, PlacedRelation>();
  for (const r of raw) {
    const key = `${r.source.id}|${r.type}|${r.target.id}|${r.start}|${r.negated}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence) best.set(key, r);
  }
  return [...best.values()];
}
