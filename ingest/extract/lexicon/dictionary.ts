/**
 * Loads the editable actor dictionaries in data/dictionary once (synchronously, relative to this
 * module) and builds token-keyed indexes for fast longest-match lookup.
 */
import type { EntityType } from '../../../core/vocabulary.js';
import { slugify } from '../../../core/slug.js';
import { tokenize } from '../text/tokens.js';

export interface DatedRole {
  role: string;
  from: string;
  to: string | null;
}

export interface DictActor {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Country or organization a person (or ministry) represents. */
  represents: string | null;
  roles: DatedRole[];
  gender: 'm' | 'f' | null;
  /** Coreference class for organizations: alliance, bloc, organization, militant... */
  kind: string | null;
  demonyms: string[];
}

export type NameKind = 'name' | 'demonym' | 'metonym' | 'place' | 'ministry';

export interface NameEntry {
  toks: string[];
  /** Alias token was capitalised: the text token must be too. All-caps acronyms must match exactly. */
  caps: boolean[];
  exact: (string | null)[];
  actor: DictActor;
  kind: NameKind;
}

export const FAMILY_NAME_FIRST = new Set(['china', 'south-korea', 'north-korea', 'taiwan', 'vietnam', 'hong-kong']);

export class Dictionary {
  readonly actors = new Map<string, DictActor>();
  readonly index = new Map<string, NameEntry[]>();
  readonly surnames = new Map<string, DictActor[]>();
  /** Lower-case demonym or country name -> country id. */
  readonly countryWords = new Map<string, string>();

  add(actor: DictActor): DictActor {
    const existing = this.actors.get(actor.id);
    if (existing) return existing;
    this.actors.set(actor.id, actor);
    return actor;
  }

  addName(surface: string, actor: DictActor, kind: NameKind): void {
    const toks = tokenize(surface, 0, surface.length);
    if (toks.length === 0) return;
    const entry: NameEntry = {
      toks: toks.map((t) => t.l),
      caps: toks.map((t) => t.cap),
      exact: toks.map((t) => (t.t.length > 1 && t.t === t.t.toUpperCase() && /\p{Lu}/u.test(t.t) ? t.t : null)),
      actor,
      kind,
    };
    const key = entry.toks[0] as string;
    const list = this.index.get(key);
    if (!list) this.index.set(key, [entry]);
    else {
      if (list.some((e) => e.actor === actor && e.toks.join(' ') === entry.toks.join(' ') && e.caps.join() === entry.caps.join())) return;
      list.push(entry);
      list.sort((a, b) => b.toks.length - a.toks.length);
    }
  }

  addSurname(surname: string, actor: DictActor): void {
    const key = surname.toLowerCase();
    const list = this.surnames.get(key);
    if (!list) this.surnames.set(key, [actor]);
    else if (!list.includes(actor)) list.push(actor);
  }

  /** The role a person held on a date (the latest role when the date is unknown). */
  roleAt(actor: DictActor, date: string | null | undefined): DatedRole | null {
    if (actor.roles.length === 0) return null;
    if (date) {
      const hit = actor.roles.find((r) => r.from <= date && (r.to === null || date < r.to));
      if (hit) return hit;
    }
    return [...actor.roles].sort((a, b) => (b.from < a.from ? -1 : 1))[0] ?? null;
  }
}

export function newActor(name: string, type: EntityType, extra: Partial<DictActor> = {}): DictActor {
  return {
    id: slugify(name),
    name,
    type,
    aliases: [],
    represents: null,
    roles: [],
    gender: null,
    kind: null,
    demonyms: [],
    ...extra,
  };
}
