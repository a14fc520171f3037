/**
 * The pair in focus ("the two sides", "both countries", "the two leaders": actors/coref.ts keeps the
 * pair in ctx.topicGroup). (The lower-case words that can open any mention: lexicon/word-flags.ts.)
 */
import type { Token } from '../text/tokens.js';
import type { ArticleActor } from './registry.js';
import type { Ctx, Mention } from './types.js';

const PAIR_NOUNS = new Set([
  'sides',
  'countries',
  'nations',
  'governments',
  'leaders',
  'ministers',
  'presidents',
  'delegations',
  'parties',
  'neighbours',
  'neighbors',
  'capitals',
  'powers',
]);

/**
 * "the two sides", "both countries", "the two leaders", "the two" (as a subject): the pair of actors
 * in focus. Returns the end of the phrase, or i when there is none. "between the two countries"
 * and "of both sides" are the same pair.
 */
export function pairDescription(toks: Token[], i: number, ctx: Ctx): number {
  const a = toks[i] as Token;
  const b = toks[i + 1];
  if (a.l === 'the' && b?.l === 'two') {
    const c = toks[i + 2];
    if (c && PAIR_NOUNS.has(c.l)) return i + 3;
    // "the two discussed ...": "the two" directly before a verb-like lower-case word.
    if (c && (ctx.cues.verbs.has(c.l) || ctx.cues.speech.has(c.l) || c.l === 'have' || c.l === 'also')) return i + 2;
    return i;
  }
  if (a.l === 'both' && b && PAIR_NOUNS.has(b.l)) return i + 2;
  return i;
}

const PERSON_PAIR = new Set(['leaders', 'presidents', 'ministers']);
const COUNTRY_PAIR = new Set(['sides', 'countries', 'nations', 'governments', 'capitals', 'powers', 'neighbours', 'neighbors', 'parties']);

/** "both countries", "the two sides" are the countries the people in focus represent. */
export function pairActors(head: Token, ctx: Ctx): ArticleActor[] {
  const pair = ctx.topicGroup.slice();
  if (!COUNTRY_PAIR.has(head.l)) {
    // "both leaders", "the two presidents": the people; a country of the pair stands for its person in the article.
    if (!PERSON_PAIR.has(head.l)) return pair;
    const people = pair.map((a) => (a.type === 'Country' ? (ctx.reg.recent((p) => p.type === 'Person' && p.represents === a.id) ?? a) : a));
    return people[0] === people[1] ? pair : people;
  }
  const lifted = pair.map((a) => {
    // A ministry and its spokesperson are lifted to the ministry's country ("China's foreign ministry").
    const own =
      (a.type === 'Person' && a.represents) || (a.type === 'Organization' && a.kind === 'ministry' && a.represents) ? a.represents : null;
    if (!own) return a;
    const c = ctx.dict.actors.get(own);
    if (c && c.type !== 'Country' && c.represents) {
      const country = ctx.dict.actors.get(c.represents);
      if (country) return ctx.reg.fromDict(country, '');
    }
    return c ? ctx.reg.fromDict(c, '') : a;
  });
  return lifted[0] === lifted[1] ? pair : lifted;
}

/**
 * "X received Y ..., and the two discussed ...": once the sentence's own pair is known, the pair
 * phrases after it that found no pair before are added (sorted in place). Returns whether any was.
 */
export function latePairMentions(toks: Token[], mentions: Mention[], taken: number[], ctx: Ctx): boolean {
  if (ctx.topicGroup.length !== 2) return false;
  let added = false;
  for (let i = 1; i < toks.length - 1; i++) {
    const l = (toks[i] as Token).l;
    if ((l !== 'the' && l !== 'both') || taken[i] !== -1 || taken[i + 1] !== -1) continue;
    const j = pairDescription(toks, i, ctx);
    if (j <= i || mentions.every((m) => m.j > i)) continue;
    mentions.push(mk(toks, i, j, pairActors(toks[j - 1] as Token, ctx), 'description', true));
    added = true;
  }
  if (added) mentions.sort((a, b) => a.i - b.i);
  return added;
}

/** A mention of tokens [i, j); possessive when "'s" follows. */
export function mk(toks: Token[], i: number, j: number, actors: ArticleActor[], kind: Mention['kind'], coref: boolean): Mention {
  return { i, j, actors, kind, poss: toks[j]?.l === "'s", coref, plural: undefined, head: undefined };
}
