/**
 * The actors of one article: dictionary actors and actors recognised from the text alone, with the
 * surface forms seen (aliases) and salience used by coreference.
 */
import type { EntityType } from '../../../core/vocabulary.js';
import { slugify } from '../../../core/slug.js';
import type { DictActor } from '../lexicon/dictionary.js';
import { dictionary } from '../lexicon/build.js';
import type { Token } from '../text/tokens.js';
import { findKnownSpan, type KnownSpan, rememberSpan, surface } from './surface.js';

export interface ArticleActor {
  id: string;
  name: string;
  type: EntityType;
  represents: string | null;
  role: string | null;
  gender: 'm' | 'f' | null;
  kind: string | null;
  aliases: Set<string>;
  /** The surface form touch() added last: the same form again needs no set insertion (hashing). */
  lastSurface: string;
  /** Spans of text already recorded as aliases (or found to be the name): see surface.ts. */
  known: KnownSpan[];
  dict: DictActor | null;
  mentions: number;
  first: number;
  last: number;
  /** Recognised but weak (a lone unknown capitalised word): output only when it takes part in a relation. */
  weak: boolean;
}

/** What the text or the dictionary tells about a new actor beyond its name and type. */
export type ActorExtra = Partial<Pick<ArticleActor, 'represents' | 'role' | 'gender' | 'kind' | 'dict' | 'weak'>>;

const NAME_SUFFIX = /\s+(?:Jr\.|Sr\.)$/;
const SPACES = /\s+/;

/** Lower-case name parts (two letters or more) of a person's name; names repeat across articles. */
const NAME_PARTS = new Map<string, string[]>();
function namePartsOf(name: string): string[] {
  let keys = NAME_PARTS.get(name);
  if (keys === undefined) {
    keys = [];
    for (const part of name.replace(NAME_SUFFIX, '').split(SPACES)) {
      const key = part.toLowerCase();
      if (key.length >= 2) keys.push(key);
    }
    if (NAME_PARTS.size > 50_000) NAME_PARTS.clear();
    NAME_PARTS.set(name, keys);
  }
  return keys;
}

/** slugify is regex-heavy and names repeat across articles: a bounded, deterministic memo. */
const SLUGS = new Map<string, string>();
export function slugOf(name: string): string {
  let s = SLUGS.get(name);
  if (s === undefined) {
    s = slugify(name);
    if (SLUGS.size > 50_000) SLUGS.clear();
    SLUGS.set(name, s);
  }
  return s;
}

export class Registry {
  readonly byId = new Map<string, ArticleActor>();
  /** Lower-case name parts (surnames, given names) -> persons of this article. */
  readonly parts = new Map<string, ArticleActor[]>();
  clock = 0;

  constructor(readonly date: string | null) {}

  fromDict(d: DictActor, surface: string): ArticleActor {
    return this.touch(this.dictActor(d), surface);
  }

  /** The article's actor for a dictionary actor (created on first use), not yet touched. */
  dictActor(d: DictActor): ArticleActor {
    let a = this.byId.get(d.id);
    if (!a) {
      const role = d.type === 'Person' ? (dictionary().roleAt(d, this.date)?.role ?? null) : null;
      a = this.create(d.id, d.name, d.type, { represents: d.represents, role, gender: d.gender, kind: d.kind, dict: d });
    }
    return a;
  }

  /** A person (or other actor) named in the text but absent from the dictionary. */
  named(name: string, type: EntityType, surface: string, extra: ActorExtra = {}): ArticleActor {
    const id = slugOf(name);
    let a = this.byId.get(id);
    if (!a) a = this.create(id, name, type, extra);
    else {
      if (!a.role && extra.role) a.role = extra.role;
      if (!a.represents && extra.represents) a.represents = extra.represents;
      if (a.weak && extra.weak === false) a.weak = false;
      if (a.type !== type && type === 'Person' && a.dict === null) a.type = 'Person';
    }
    return this.touch(a, surface);
  }

  touch(a: ArticleActor, surface: string): ArticleActor {
    if (surface && surface !== a.lastSurface && surface !== a.name) {
      a.aliases.add(surface);
      a.lastSurface = surface;
    }
    a.mentions++;
    a.last = ++this.clock;
    return a;
  }

  /** touch(a, surface(toks, i, j)) for a non-empty span, without building a surface seen before. */
  touchSpan(a: ArticleActor, toks: Token[], i: number, j: number): ArticleActor {
    if (findKnownSpan(a.known, toks, i, j) === null) {
      const s = surface(toks, i, j);
      const inAliases = s !== a.name;
      if (inAliases) a.aliases.add(s);
      rememberSpan(a.known, toks, i, j, inAliases);
    }
    a.mentions++;
    a.last = ++this.clock;
    return a;
  }

  /** a.aliases.add(surface(toks, i, j)), without building a surface already among the aliases. */
  addAliasSpan(a: ArticleActor, toks: Token[], i: number, j: number): void {
    const known = findKnownSpan(a.known, toks, i, j);
    if (known?.inAliases) return;
    a.aliases.add(surface(toks, i, j));
    if (known) known.inAliases = true;
    else rememberSpan(a.known, toks, i, j, true);
  }

  private create(id: string, name: string, type: EntityType, extra: ActorExtra): ArticleActor {
    // Field by field, as a spread of `extra` over the defaults would (a key present in `extra` wins,
    // even when undefined), without the slow generic spread and with one object shape for all actors.
    const a: ArticleActor = {
      id,
      name,
      type,
      represents: 'represents' in extra ? (extra.represents as string | null) : null,
      role: 'role' in extra ? (extra.role as string | null) : null,
      gender: 'gender' in extra ? (extra.gender as 'm' | 'f' | null) : null,
      kind: 'kind' in extra ? (extra.kind as string | null) : null,
      aliases: new Set(),
      lastSurface: '',
      known: [],
      dict: 'dict' in extra ? (extra.dict as DictActor | null) : null,
      mentions: 0,
      first: this.clock + 1,
      last: 0,
      weak: 'weak' in extra ? (extra.weak as boolean) : false,
    };
    this.byId.set(id, a);
    if (type === 'Person') {
      for (const key of namePartsOf(name)) {
        const l = this.parts.get(key);
        if (l) l.push(a);
        else this.parts.set(key, [a]);
      }
    }
    return a;
  }

  /** The person of this article a lone name part refers to: most mentioned, then first introduced. */
  byPart(part: string): ArticleActor | null {
    const l = this.parts.get(part.toLowerCase());
    if (!l || l.length === 0) return null;
    let best = l[0] as ArticleActor;
    for (const a of l) if (a.mentions > best.mentions || (a.mentions === best.mentions && a.first < best.first)) best = a;
    return best;
  }

  /** Most recently mentioned actor satisfying a predicate. */
  recent(pred: (a: ArticleActor) => boolean): ArticleActor | null {
    let best: ArticleActor | null = null;
    for (const a of this.byId.values()) if (pred(a) && (!best || a.last > best.last)) best = a;
    return best;
  }
}
