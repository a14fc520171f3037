/**
 * "The Clinton administration", "the Maduro government", "the Assad regime": a leader's name before a
 * government noun stands for the state the leader represents (an unknown name before "administration"
 * is read as a US administration, the usual sense of the word in news prose); also "Maduro's government".
 */
import type { Token } from '../text/tokens.js';
import type { Ctx, Mention } from './types.js';

const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'regime', 'cabinet']);

/** Rewrites a person mention followed by a government noun into the state; returns whether it did. */
export function governmentOfLeader(toks: Token[], m: Mention, ctx: Ctx): boolean {
  // "Maduro's government", "Assad's regime": the possessive form too.
  const at = m.poss && toks[m.j]?.l === "'s" ? m.j + 1 : m.j;
  const noun = toks[at]?.l;
  const person = m.actors[0];
  if (!noun || (m.poss && at === m.j) || m.actors.length !== 1 || person?.type !== 'Person' || !GOVERNMENT_NOUNS.has(noun)) return false;
  const countryId = person.represents ?? (noun === 'administration' && person.dict === null ? 'united-states' : null);
  const country = countryId ? ctx.dict.actors.get(countryId) : undefined;
  if (!country) return false;
  if (person.mentions <= 1 && person.dict === null) person.weak = true;
  m.actors = [ctx.reg.fromDict(country, '')];
  m.j = at + 1;
  m.kind = 'description';
  m.poss = toks[m.j]?.l === "'s";
  return true;
}
