/**
 * Accurate mode: the coder reads subjects, passive agents and objects from a dependency parse.
 * The parse is a real CoreNLP 4.5.10 output (enhanced++ arcs) recorded for the fixture article,
 * an input here; the expected relations are what the sentences state.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../core/extraction.js';
import { extractArticle } from '../../../ingest/extract/index.js';
import { alignParse } from '../../../ingest/extract/parse/align.js';
import { type ParsedArticle, ParsedArticleSchema } from '../../../ingest/extract/parse/types.js';
import { tokenize } from '../../../ingest/extract/text/tokens.js';

const dir = new URL('../../fixtures/parses/', import.meta.url);
const text = readFileSync(new URL('fiji-constructed.txt', dir), 'utf8');
const parse: ParsedArticle = ParsedArticleSchema.parse(JSON.parse(readFileSync(new URL('fiji-constructed.parse.json', dir), 'utf8')));

function relations(withParse: boolean): string[] {
  const x = extractArticle({ text, parse: withParse ? parse : undefined });
  ExtractionSchema.parse(x);
  return x.relations.filter((r) => !r.negated).map((r) => `${r.source} ${r.type} ${r.target}`);
}

describe('laying a parse over the coder tokens', () => {
  it('points every coder token of a hyphenated word at the one parser token that holds it', () => {
    const s = parse.sentences.find((p) => text.slice(p.start, p.end).includes('Ukraine'));
    expect(s).toBeDefined();
    const ps = s as (typeof parse.sentences)[number];
    const toks = tokenize(text, ps.start, ps.end);
    const view = alignParse(toks, ps);
    for (let i = 0; i < toks.length; i++) {
      const k = view.parserOf[i] as number;
      expect(k).toBeGreaterThanOrEqual(0);
      const [s0, e0] = ps.tokens[k] as [number, number, string, string, string];
      expect(toks[i]?.s).toBeGreaterThanOrEqual(s0);
      expect(toks[i]?.e).toBeLessThanOrEqual(e0);
      expect(view.first[k]).toBeLessThanOrEqual(i);
      expect(view.end[k]).toBeGreaterThan(i);
    }
  });

  it('ignores a parse whose sentence spans are not the coder sentences', () => {
    const shifted: ParsedArticle = { ...parse, sentences: parse.sentences.map((p) => ({ ...p, start: p.start + 1 })) };
    const plain = extractArticle({ text }).relations;
    expect(extractArticle({ text, parse: shifted }).relations).toEqual(plain);
  });
});

describe('arguments read from the parse', () => {
  it('takes the subject of "refused to back" from the controlled-subject arc, past a relative clause', () => {
    expect(relations(true)).toContain('new-zealand OPPOSES sanctions-against-suva');
    // The punctuation rules pick an actor of an earlier sentence here: the parse is what fixes it.
    expect(relations(false)).not.toContain('new-zealand OPPOSES sanctions-against-suva');
  });

  it('prefers a person in apposition to a title phrase as the subject', () => {
    expect(relations(true)).toContain('timothy-keating MET_WITH ratu-josefa-iloilo');
    expect(relations(true)).not.toContain('united-states MET_WITH ratu-josefa-iloilo');
  });

  it('gives every coordinated demonym of a group subject its relation', () => {
    const r = relations(true);
    expect(r).toContain('poland SUPPORTS ukraine');
    expect(r).toContain('lithuania SUPPORTS ukraine');
  });

  it('keeps the subject of a main clause across a long relative clause', () => {
    expect(relations(true)).toContain('ratu-inoke-kubuabola CRITICIZED australia');
  });
});

describe('names read with the parse’s entity tags', () => {
  const orgText = readFileSync(new URL('organisations-constructed.txt', dir), 'utf8');
  const orgParse = ParsedArticleSchema.parse(JSON.parse(readFileSync(new URL('organisations-constructed.parse.json', dir), 'utf8')));
  const withTags = extractArticle({ text: orgText, parse: orgParse });
  const without = extractArticle({ text: orgText });
  const actor = (x: typeof withTags, id: string) => x.actors.find((a) => a.id === id);

  it('keeps an organisation’s name whole across its small words', () => {
    expect(actor(withTags, 'movement-for-democratic-change')?.type).toBe('Organization');
    expect(withTags.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      'movement-for-democratic-change ACCUSED robert-mugabe',
    );
    // The spelling rules alone cut it at "for".
    expect(actor(without, 'movement-for-democratic-change')).toBeUndefined();
  });

  it('makes an organisation tagged at the start of a sentence the subject of its verb', () => {
    expect(withTags.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('brothers-to-the-rescue CRITICIZED cuba');
    expect(actor(withTags, 'brothers-to-the-rescue')?.type).toBe('Organization');
  });
});

describe('noun cues carried by a passive verb', () => {
  const text3 = readFileSync(new URL('passive-nouns-constructed.txt', dir), 'utf8');
  const parse3 = ParsedArticleSchema.parse(JSON.parse(readFileSync(new URL('passive-nouns-constructed.parse.json', dir), 'utf8')));
  const found = (withParse: boolean) =>
    extractArticle({ text: text3, parse: withParse ? parse3 : undefined }).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

  it('reads "sanctions were imposed on X by Y" as Y SANCTIONED X', () => {
    expect(found(true)).toContain('ecowas SANCTIONED mali');
    expect(found(false)).not.toContain('ecowas SANCTIONED mali');
  });

  it('reads "X was given a final warning by Y" as Y THREATENED X, with the agent hung on the noun', () => {
    expect(found(true)).toContain('turkey THREATENED syria');
  });

  it('reads a relative clause of a carrying verb: "the sanctions that Washington imposed on Havana", not "lifted"', () => {
    const text6 = readFileSync(new URL('relative-nouns-constructed.txt', dir), 'utf8');
    const parse6 = ParsedArticleSchema.parse(JSON.parse(readFileSync(new URL('relative-nouns-constructed.parse.json', dir), 'utf8')));
    const r = extractArticle({ text: text6, parse: parse6 }).relations.map((x) => `${x.source} ${x.type} ${x.target}`);
    expect(r).toContain('united-states SANCTIONED cuba');
    expect(r).not.toContain('greece SANCTIONED albania');
    expect(extractArticle({ text: text6 }).relations.map((x) => `${x.source} ${x.type} ${x.target}`)).not.toContain(
      'united-states SANCTIONED cuba',
    );
  });

  it('reads nothing from "No warning was given to X by Y"', () => {
    expect(found(true)).not.toContain('israel THREATENED lebanon');
  });
});

describe('part-of-speech tags from the parse', () => {
  const text4 = readFileSync(new URL('verb-after-name-constructed.txt', dir), 'utf8');
  const parse4 = ParsedArticleSchema.parse(JSON.parse(readFileSync(new URL('verb-after-name-constructed.parse.json', dir), 'utf8')));
  const found = (withParse: boolean) =>
    extractArticle({ text: text4, parse: withParse ? parse4 : undefined }).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

  it('reads a word that is both verb and noun as the verb the parser tags after a name ("Ankara charges that ...")', () => {
    expect(found(true)).toContain('turkey ACCUSED syria');
    // The spelling rules read a cue word after a capitalised word as a noun ("U.S. sanctions").
    expect(found(false)).not.toContain('turkey ACCUSED syria');
  });
});

describe('roles stated with a copula or an apposition', () => {
  const text5 = readFileSync(new URL('roles-constructed.txt', dir), 'utf8');
  const parse5 = ParsedArticleSchema.parse(JSON.parse(readFileSync(new URL('roles-constructed.parse.json', dir), 'utf8')));
  const found = extractArticle({ text: text5, parse: parse5 }).relations.map(
    (r) => `${r.source} ${r.type} ${r.target}${r.negated ? ' NEG' : ''}`,
  );

  it('reads "X is the foremost critic of Y" and "X, a close ally of Y," as stances', () => {
    expect(found).toContain('chavez CRITICIZED united-states');
    expect(found).toContain('hugo-chavez COOPERATES_WITH evo-morales');
  });

  it('reads nothing from a hypothetical role ("would be a natural partner of")', () => {
    expect(found.filter((r) => r.startsWith('france'))).toEqual([]);
  });
});
