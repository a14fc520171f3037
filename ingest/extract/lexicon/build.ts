/** Builds the Dictionary from the JSON files of data/dictionary (formats documented in each file). */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../../core/vocabulary.js';
import { slugify } from '../../../core/slug.js';
import { Dictionary, FAMILY_NAME_FIRST, newActor } from './dictionary.js';

const DATA = new URL('../../../data/dictionary/', import.meta.url);
const load = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as T;
const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

interface OrgRow {
  name: string;
  type?: EntityType;
  kind?: string;
  aliases?: string[];
  represents?: string;
}

export function buildDictionary(): Dictionary {
  const d = new Dictionary();
  const countries = load<{ countries: string[]; cities: Record<string, string[]> }>('countries.json');
  for (const row of countries.countries) {
    const [name = '', demonyms, metonyms, aliases] = row.split('|');
    const actor = d.add(newActor(name, 'Country', { demonyms: list(demonyms) }));
    d.addName(name, actor, 'name');
    d.countryWords.set(name.toLowerCase(), actor.id);
    for (const a of list(aliases)) {
      d.addName(a, actor, 'name');
      d.countryWords.set(a.toLowerCase(), actor.id);
    }
    for (const dem of list(demonyms)) {
      d.addName(dem, actor, 'demonym');
      d.countryWords.set(dem.toLowerCase(), actor.id);
      // "the Americans", "the Israelis": the plural demonym stands for the country, like a capital.
      if (/^\p{Lu}\p{Ll}+(?:an|i)$/u.test(dem)) d.addName(`${dem}s`, actor, 'metonym');
    }
    for (const m of list(metonyms)) d.addName(m, actor, 'metonym');
  }
  for (const [id, cities] of Object.entries(countries.cities)) {
    const country = d.actors.get(id);
    if (country) for (const c of cities) d.addName(c, country, 'place');
  }

  const orgs = load<{ organizations: OrgRow[]; ministries: { kinds: string[][] } }>('organizations.json');
  for (const o of orgs.organizations) {
    const actor = d.add(
      newActor(o.name, o.type ?? 'Organization', { kind: o.kind ?? null, represents: o.represents ?? null, aliases: o.aliases ?? [] }),
    );
    d.addName(o.name, actor, 'name');
    for (const a of o.aliases ?? []) d.addName(a, actor, 'name');
  }
  addMinistries(d, orgs.ministries.kinds);

  const topics = load<{ topics: { name: string; aliases: string[] }[] }>('topics.json');
  for (const t of topics.topics) {
    const actor = d.add(newActor(t.name, 'Topic', { aliases: t.aliases }));
    d.addName(t.name, actor, 'name');
    for (const a of t.aliases) d.addName(a, actor, 'name');
  }

  const people = load<{ people: string[] }>('people.json');
  for (const row of people.people) {
    const [name = '', country = '', gender = '-', roles = '', aliases] = row.split('|');
    const actor = d.add(
      newActor(name, 'Person', {
        represents: country || null,
        gender: gender === 'm' || gender === 'f' ? gender : null,
        aliases: list(aliases),
        roles: roles
          .split(';')
          .filter(Boolean)
          .map((r) => {
            const [role = '', from = '', to = ''] = r.split('@');
            return { role, from, to: to || null };
          }),
      }),
    );
    d.addName(name, actor, 'name');
    for (const a of list(aliases)) {
      // Single-word aliases are surnames: resolved by the article context (see actors/match.ts).
      if (/\s/.test(a) || /^\p{Lu}{2,}$/u.test(a)) d.addName(a, actor, 'name');
      else d.addSurname(a, actor);
    }
    const parts = name.replace(/\s+(?:Jr\.|Sr\.|II|III)$/, '').split(/\s+/);
    const surname = FAMILY_NAME_FIRST.has(country) ? parts[0] : parts[parts.length - 1];
    if (surname && parts.length > 1) d.addSurname(surname, actor);
  }
  return d;
}

function addMinistries(d: Dictionary, kinds: string[][]): void {
  for (const country of [...d.actors.values()].filter((a) => a.type === 'Country')) {
    for (const forms of kinds) {
      const canonical = forms[0] as string;
      const dem = country.demonyms[0] ?? country.name;
      const ministry = d.add(newActor(`${dem} ${canonical}`, 'Organization', { represents: country.id, kind: 'ministry' }));
      ministry.id = slugify(`${country.name} ${canonical}`);
      d.actors.set(ministry.id, ministry);
      for (const form of forms) {
        for (const dn of country.demonyms) d.addName(`${dn} ${form}`, ministry, 'ministry');
        d.addName(`${country.name}'s ${form}`, ministry, 'ministry');
        if (/^Ministry/.test(form)) d.addName(`${form} of ${country.name}`, ministry, 'ministry');
      }
    }
  }
}

let cached: Dictionary | null = null;

/** The built-in dictionary, loaded once per process. */
export function dictionary(): Dictionary {
  if (!cached) cached = buildDictionary();
  return cached;
}
