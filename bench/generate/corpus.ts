/**
 * Streams a synthetic corpus of Extraction JSON, one article at a time (the whole corpus is never in
 * memory). Actors are drawn from a power law, so a few hubs take tens of thousands of stances and a
 * long tail appears once or twice; every relation's evidence is a sentence of the article text with
 * exact offsets, so each Extraction passes the loader's validation.
 */
import type { ExtractionInput } from '../../core/extraction.js';
import type { RelationType } from '../../core/vocabulary.js';
import type { CorpusSize } from './sizes.js';
import { DAYS, FILLERS, TEMPLATES } from './templates.js';
import { createUniverse, type SyntheticEntity, type Universe } from './universe.js';
import { createRandom, pick, randomInt, ZipfSampler } from './random.js';

const TYPE_WEIGHTS: [RelationType, number][] = [
  ['MET_WITH', 14],
  ['VISITED', 4],
  ['DISCUSSED', 10],
  ['URGED', 6],
  ['AGREED_WITH', 5],
  ['PRAISED', 5],
  ['SUPPORTS', 8],
  ['COOPERATES_WITH', 4],
  ['AIDED', 3],
  ['CONCEDED', 1],
  ['CRITICIZED', 10],
  ['ACCUSED', 6],
  ['OPPOSES', 6],
  ['THREATENED', 3],
  ['SANCTIONED', 2],
  ['MOBILIZED_AGAINST', 1],
  ['COERCED', 1],
  ['ATTACKED', 2],
  ['PROTESTED', 2],
];
const TYPE_TOTAL = TYPE_WEIGHTS.reduce((n, [, w]) => n + w, 0);
/** Share of stances of a type whose target is a topic rather than an actor. */
const TOPIC_TARGET: Partial<Record<RelationType, number>> = { DISCUSSED: 1, SUPPORTS: 0.6, OPPOSES: 0.6, CRITICIZED: 0.2, PRAISED: 0.2 };
const SOURCES = ['AP', 'Reuters', 'AFP', 'BBC', 'Al Jazeera', 'DW', 'Kyodo', 'Xinhua', 'The Guardian', 'Le Monde'];
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAY_COUNT = 6 * 365 + 1;

function relationType(random: () => number): RelationType {
  let u = random() * TYPE_TOTAL;
  for (const [type, weight] of TYPE_WEIGHTS) if ((u -= weight) < 0) return type;
  return 'MET_WITH';
}

const mention = (e: SyntheticEntity, random: () => number) =>
  e.type === 'Person' && e.role && random() < 0.3 ? `${e.role} ${e.name}` : e.name;

export interface CorpusOptions {
  seed: number;
  size: CorpusSize;
  idPrefix?: string;
}

/** Stances of article i: the average, perturbed in pairs so that the total is exact. */
function stanceCount(i: number, size: CorpusSize): number {
  const base = Math.floor(size.stances / size.articles);
  const extra = i < size.stances % size.articles ? 1 : 0;
  if (base < 2 || extra === 1 || (i ^ 1) >= size.articles || (i ^ 1) < size.stances % size.articles) return base + extra;
  const pairRandom = createRandom(Math.floor(i / 2) * 7919 + 17);
  const d = randomInt(pairRandom, base);
  return i % 2 === 0 ? base + d : base - d;
}

export function* generateCorpus(
  options: CorpusOptions,
  universe: Universe = createUniverse(options.size.entities, options.seed),
): Generator<ExtractionInput> {
  const random = createRandom(options.seed);
  const actorZipf = new ZipfSampler(universe.actorsByRank.length, 1, 5);
  const topicZipf = new ZipfSampler(universe.topicsByRank.length, 1, 2);
  const byId = new Map(universe.entities.map((e) => [e.id, e]));
  const prefix = options.idPrefix ?? 'bench';
  for (let i = 0; i < options.size.articles; i++) {
    const count = stanceCount(i, options.size);
    const castSize = Math.min(8, 2 + Math.ceil(count / 2));
    const cast: SyntheticEntity[] = [];
    for (let tries = 0; cast.length < castSize && tries < castSize * 10; tries++) {
      const actor = universe.actorsByRank[actorZipf.sample(random)]!;
      if (!cast.includes(actor)) cast.push(actor);
    }
    const topic = universe.topicsByRank[topicZipf.sample(random)]!;
    const day = new Date(FIRST_DAY + randomInt(random, DAY_COUNT) * 86_400_000).toISOString().slice(0, 10);
    const declared = new Map<string, SyntheticEntity>();
    const declare = (e: SyntheticEntity) => {
      declared.set(e.id, e);
      if (e.represents) declared.set(e.represents, byId.get(e.represents)!);
    };
    const sentences: { text: string; relation?: Omit<ExtractionInput['relations'][number], 'start' | 'end' | 'evidence'> }[] = [];
    for (let j = 0; j < count; j++) {
      const type = relationType(random);
      const source = pick(random, cast);
      let target: SyntheticEntity;
      if (random() < (TOPIC_TARGET[type] ?? 0)) target = random() < 0.5 ? topic : universe.topicsByRank[topicZipf.sample(random)]!;
      else if (type === 'VISITED') target = pick(random, universe.countries);
      else target = pick(random, cast);
      if (target === source) target = cast.find((c) => c !== source) ?? universe.countries.find((c) => c !== source)!;
      declare(source);
      declare(target);
      const place = pick(random, universe.countries).name;
      const text = pick(random, TEMPLATES[type])
        .replace('{S}', mention(source, random))
        .replace('{T}', mention(target, random))
        .replace('{P}', place)
        .replace('{D}', pick(random, DAYS))
        .replace('{X}', topic.name);
      sentences.push({
        text: text.charAt(0).toUpperCase() + text.slice(1),
        relation: {
          source: source.id,
          type,
          target: target.id,
          confidence: Math.round((0.6 + random() * 0.39) * 100) / 100,
          method: 'synthetic',
        },
      });
      if (random() < 0.15) sentences.push({ text: pick(random, FILLERS) });
    }
    for (const actor of cast) declare(actor);
    const lead = sentences.find((s) => s.relation)?.relation;
    const title = lead
      ? `${declared.get(lead.source)!.name} ${lead.type.toLowerCase().replace(/_/g, ' ')} ${declared.get(lead.target)!.name}`
      : `News on ${topic.name}`;
    let text = `${title}\n\n`;
    const relations: ExtractionInput['relations'] = [];
    for (const sentence of sentences) {
      const start = text.length;
      text += `${sentence.text} `;
      if (sentence.relation) relations.push({ ...sentence.relation, evidence: sentence.text, start, end: start + sentence.text.length });
    }
    const id = `${prefix}-${String(i).padStart(7, '0')}`;
    yield {
      article: { id, title, date: day, source: pick(random, SOURCES), url: `https://news.example.org/${id}`, text: text.trimEnd() },
      actors: [...declared.values()].map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        represents: e.represents ?? null,
        role: e.role ?? null,
      })),
      relations,
    };
  }
}
