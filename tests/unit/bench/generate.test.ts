import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../core/extraction.js';
import { validateExtraction } from '../../../ingest/load/parse-extraction.js';
import { generateCorpus } from '../../../bench/generate/corpus.js';
import { createRandom, ZipfSampler } from '../../../bench/generate/random.js';
import { createUniverse } from '../../../bench/generate/universe.js';

const size = { stances: 5_000, entities: 1_000, articles: 500 };
const corpus = (seed: number) => [...generateCorpus({ seed, size })];

describe('synthetic corpus generator', () => {
  it('gives the same corpus for the same seed and a different one for another seed', () => {
    const a = corpus(7);
    expect(JSON.stringify(corpus(7))).toBe(JSON.stringify(a));
    expect(JSON.stringify(corpus(8))).not.toBe(JSON.stringify(a));
  });

  it('writes extractions that pass the schema and the loader validation, evidence found at its offsets', () => {
    for (const [i, extraction] of corpus(1).entries()) {
      expect(ExtractionSchema.safeParse(extraction).success).toBe(true);
      const valid = validateExtraction(extraction, `article ${i}`);
      for (const r of valid.relations) expect(valid.article.text!.slice(r.start, r.end)).toBe(r.evidence);
    }
  });

  it('produces exactly the requested number of stances and articles', () => {
    const all = corpus(3);
    expect(all).toHaveLength(size.articles);
    expect(all.reduce((n, e) => n + e.relations.length, 0)).toBe(size.stances);
    expect(all.every((e) => e.relations.every((r) => r.source !== r.target))).toBe(true);
  });

  it('writes evidence sentences of realistic length (15 to 40 words, about 25 on average)', () => {
    const words = corpus(4).flatMap((e) => e.relations.map((r) => r.evidence.split(/\s+/).length));
    expect(Math.min(...words)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...words)).toBeLessThanOrEqual(40);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(20);
    expect(mean).toBeLessThan(30);
  });

  it('spreads actor activity as a power law: a few hubs, a long tail of rare actors', () => {
    const degree = new Map<string, number>();
    for (const e of generateCorpus({ seed: 5, size: { stances: 50_000, entities: 5_000, articles: 5_000 } })) {
      for (const r of e.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top1pct = sorted.slice(0, Math.ceil(sorted.length / 100)).reduce((a, b) => a + b, 0);
    expect(top1pct / total).toBeGreaterThan(0.15);
    expect(sorted[0]! / sorted[Math.floor(sorted.length / 2)]!).toBeGreaterThan(100);
    expect(sorted.filter((d) => d <= 2).length / sorted.length).toBeGreaterThan(0.1);
  });

  it('has people who represent countries or organisations declared in the same article', () => {
    const extraction = corpus(6)[0]!;
    const people = extraction.actors.filter((a) => a.type === 'Person');
    expect(people.length).toBeGreaterThan(0);
    const declared = new Set(extraction.actors.map((a) => a.id));
    for (const person of people) expect(declared.has(person.represents!)).toBe(true);
  });

  it('dates articles across several years', () => {
    const years = new Set(corpus(2).map((e) => e.article.date!.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });
});

describe('generator building blocks', () => {
  it('Zipf sampler gives rank 0 about (1/offset) / sum of weights of the draws', () => {
    const zipf = new ZipfSampler(100, 1, 1);
    const random = createRandom(9);
    let hits = 0;
    for (let i = 0; i < 20_000; i++) if (zipf.sample(random) === 0) hits++;
    let harmonic = 0;
    for (let k = 1; k <= 100; k++) harmonic += 1 / k;
    expect(hits / 20_000).toBeCloseTo(1 / harmonic, 1);
  });

  it('universe gives every entity a unique slug id and the requested count', () => {
    const universe = createUniverse(3_000, 11);
    expect(universe.entities).toHaveLength(3_000);
    expect(new Set(universe.entities.map((e) => e.id)).size).toBe(3_000);
  });
});
