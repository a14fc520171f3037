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

/** A constructed article of tests/fixtures/parses/ and its recorded CoreNLP parse. */
function fixture(name: string): { text: string; parse: ParsedArticle } {
  const text = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
  return { text, parse: ParsedArticleSchema.parse(JSON.parse(readFileSync(new URL(`${name}.parse.json`, dir), 'utf8'))) };
}

/** "source TYPE target" of a fixture's positive relations, read with its parse or by the rules alone. */
function found(name: string, withParse = true): string[] {
  const { text, parse } = fixture(name);
  return extractArticle({ text, parse: withParse ? parse : undefined })
    .relations.filter((r) => !r.negated)
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

const { text, parse } = fixture('fiji-constructed');

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
  const org = fixture('organisations-constructed');
  const withTags = extractArticle(org);
  const without = extractArticle({ text: org.text });
  const actor = (x: typeof withTags, id: string) => x.actors.find((a) => a.id === id);

  it('keeps an organisation’s name whole across its small words', () => {
    expect(actor(withTags, 'movement-for-democratic-change')?.type).toBe('Organization');
    expect(found('organisations-constructed')).toContain('movement-for-democratic-change ACCUSED robert-mugabe');
    // The spelling rules alone cut it at "for".
    expect(actor(without, 'movement-for-democratic-change')).toBeUndefined();
  });

  it('makes an organisation tagged at the start of a sentence the subject of its verb', () => {
    expect(found('organisations-constructed')).toContain('brothers-to-the-rescue CRITICIZED cuba');
    expect(actor(withTags, 'brothers-to-the-rescue')?.type).toBe('Organization');
  });
});

describe('noun cues carried by a passive verb', () => {
  const passive = (withParse = true) => found('passive-nouns-constructed', withParse);

  it('reads "sanctions were imposed on X by Y" as Y SANCTIONED X', () => {
    expect(passive()).toContain('ecowas SANCTIONED mali');
    expect(passive(false)).not.toContain('ecowas SANCTIONED mali');
  });

  it('reads "X was given a final warning by Y" as Y THREATENED X, with the agent hung on the noun', () => {
    expect(passive()).toContain('turkey THREATENED syria');
  });

  it('reads a relative clause of a carrying verb: "the sanctions that Washington imposed on Havana", not "lifted"', () => {
    const r = found('relative-nouns-constructed');
    expect(r).toContain('united-states SANCTIONED cuba');
    expect(r).not.toContain('greece SANCTIONED albania');
    // Without the parse the word-order rule (relations/carried-nouns.ts) reads the same clause.
    expect(found('relative-nouns-constructed', false)).toContain('united-states SANCTIONED cuba');
    expect(found('relative-nouns-constructed', false)).not.toContain('greece SANCTIONED albania');
  });

  it('reads nothing from "No warning was given to X by Y"', () => {
    expect(passive()).not.toContain('israel THREATENED lebanon');
  });
});

describe('part-of-speech tags from the parse', () => {
  it('reads a word that is both verb and noun as the verb the parser tags after a name ("Ankara charges that ...")', () => {
    expect(found('verb-after-name-constructed')).toContain('turkey ACCUSED syria');
    // The spelling rules read a cue word after a capitalised word as a noun ("U.S. sanctions").
    expect(found('verb-after-name-constructed', false)).not.toContain('turkey ACCUSED syria');
  });
});

describe('roles stated with a copula or an apposition', () => {
  const roles = found('roles-constructed');

  it('reads "X is the foremost critic of Y" and "X, a close ally of Y," as stances', () => {
    expect(roles).toContain('chavez CRITICIZED united-states');
    expect(roles).toContain('hugo-chavez COOPERATES_WITH evo-morales');
  });

  it('reads nothing from a hypothetical role ("would be a natural partner of")', () => {
    expect(roles.filter((r) => r.startsWith('france'))).toEqual([]);
  });
});
