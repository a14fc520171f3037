/**
 * The synthetic cast of a corpus: countries, organisations, groups, topics and people (who represent
 * a country or an organisation, with a role). Deterministic from the seed; unique slug ids. Held in
 * memory (50,000 small records at most); the articles themselves are streamed.
 */
import type { EntityType } from '../../core/vocabulary.js';
import { slugify } from '../../core/slug.js';
import { createRandom, pick, shuffledIndexes, ZipfSampler } from './random.js';

export interface SyntheticEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  represents?: string;
  role?: string;
}

const SYL = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'dor',
  'sa',
  'tel',
  'mar',
  'ost',
  'bel',
  'nar',
  'qui',
  'zan',
  'ter',
  'lin',
  'vor',
  'pa',
  'ne',
  'gal',
  'sor',
  'ith',
  'mo',
  'run',
  'del',
  'fa',
  'hal',
  'kir',
  'lu',
  'ber',
  'cas',
  'tov',
  'val',
  'esh',
  'dun',
  'ari',
  'pel',
  'gor',
  'wen',
  'yar',
];
const FIRST = [
  'Amara',
  'Boris',
  'Chen',
  'Dalia',
  'Emil',
  'Farah',
  'Goran',
  'Hana',
  'Ivan',
  'Jana',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Petra',
  'Quentin',
  'Rania',
  'Sergei',
  'Tamar',
  'Umar',
  'Vera',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Anil',
  'Beatriz',
  'Carlos',
  'Dmitri',
  'Elena',
  'Fatima',
  'Gustav',
  'Hiroshi',
  'Ingrid',
  'Jamal',
  'Katya',
  'Luis',
  'Mei',
  'Nikolai',
  'Olga',
  'Pablo',
  'Rashid',
  'Sofia',
  'Tariq',
  'Ursula',
  'Viktor',
  'Wanjiru',
  'Yara',
  'Zoran',
  'Aiko',
  'Bjorn',
  'Chiara',
  'Darius',
  'Esra',
  'Felix',
  'Giulia',
  'Hamid',
  'Irina',
  'Jonas',
];
const COUNTRY_ENDINGS = ['ia', 'land', 'stan', 'ora', 'eth', 'ova'];
const ORG_FORMS = ['{X} Union', 'Council of {X}', '{X} Development Bank', '{X} Treaty Organization', '{X} Energy Agency', '{X} Trade Bloc'];
const GROUP_FORMS = ['{X} Liberation Front', '{X} Farmers Movement', '{X} Workers Union', '{X} Militia', '{X} Student Alliance'];
const TOPIC_BASES = [
  'trade tariffs',
  'climate finance',
  'nuclear talks',
  'border security',
  'grain exports',
  'refugee policy',
  'arms control',
  'energy prices',
  'debt relief',
  'fishing rights',
  'cyber security',
  'water sharing',
  'vaccine supply',
  'sanctions relief',
  'election monitoring',
  'maritime claims',
  'rare earth exports',
  'ceasefire terms',
  'tax reform',
  'press freedom',
];
const ROLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Finance Minister',
  'Trade Minister',
  'Ambassador',
  'Spokesperson',
  'Envoy',
  'Interior Minister',
];
const ORG_ROLES = ['Secretary-General', 'Director', 'Chair', 'Spokesperson'];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A distinct made-up word for each index (mixed radix over syllables). */
function word(index: number, syllables: number): string {
  let out = '';
  let rest = index;
  for (let i = 0; i < syllables; i++) {
    out += SYL[rest % SYL.length];
    rest = Math.floor(rest / SYL.length);
  }
  return capitalize(out) + (rest > 0 ? String(rest) : '');
}

export interface Universe {
  entities: SyntheticEntity[];
  /** Entities that take stances (everything but topics), in order of activity rank (rank 0 = biggest hub). */
  actorsByRank: SyntheticEntity[];
  topicsByRank: SyntheticEntity[];
  countries: SyntheticEntity[];
}

export function createUniverse(total: number, seed: number): Universe {
  const random = createRandom(seed ^ 0x51ed270b);
  const countryCount = Math.max(10, Math.min(200, Math.round(total * 0.04)));
  const orgCount = Math.max(5, Math.round(total * 0.03));
  const groupCount = Math.max(5, Math.round(total * 0.03));
  const topicCount = Math.max(20, Math.round(total * 0.02));
  const personCount = total - countryCount - orgCount - groupCount - topicCount;
  const ids = new Set<string>();
  const make = (name: string, type: EntityType, aliases: string[], extra: Partial<SyntheticEntity> = {}): SyntheticEntity => {
    let id = slugify(name);
    for (let n = 2; ids.has(id); n++) id = `${slugify(name)}-${n}`;
    ids.add(id);
    return { id, name, type, aliases, ...extra };
  };
  const countries = Array.from({ length: countryCount }, (_, i) => {
    const name = word(i * 7 + 3, 2) + COUNTRY_ENDINGS[i % COUNTRY_ENDINGS.length];
    return make(name, 'Country', [`the ${name} government`]);
  });
  const orgs = Array.from({ length: orgCount }, (_, i) =>
    make(ORG_FORMS[i % ORG_FORMS.length]!.replace('{X}', word(i + 11, 2)), 'Organization', []),
  );
  const groups = Array.from({ length: groupCount }, (_, i) =>
    make(GROUP_FORMS[i % GROUP_FORMS.length]!.replace('{X}', word(i + 501, 2)), 'Group', []),
  );
  const topics = Array.from({ length: topicCount }, (_, i) => {
    const base = TOPIC_BASES[i % TOPIC_BASES.length]!;
    return make(i < TOPIC_BASES.length ? base : `${base} in ${word(i, 2)}`, 'Topic', []);
  });
  const countryPick = new ZipfSampler(countryCount, 1, 3);
  const people = Array.from({ length: personCount }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    const last = word(Math.floor(i / FIRST.length) + 40, 2);
    const name = `${first} ${last}`;
    const ofOrg = random() < 0.15;
    const org = ofOrg ? pick(random, orgs) : countries[countryPick.sample(random)]!;
    const role = ofOrg ? pick(random, ORG_ROLES) : pick(random, ROLES);
    return make(name, 'Person', [last, `${role} ${name}`], { represents: org.id, role });
  });
  const actors = [...countries, ...orgs, ...groups, ...people];
  const order = shuffledIndexes(actors.length, random);
  const topicOrder = shuffledIndexes(topics.length, random);
  return {
    entities: [...actors, ...topics],
    actorsByRank: Array.from(order, (i) => actors[i]!),
    topicsByRank: Array.from(topicOrder, (i) => topics[i]!),
    countries,
  };
}
