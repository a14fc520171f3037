/**
 * Names the dictionary does not settle: lone surnames of people already named, unknown capitalised
 * names (Person, Organization with an organisation word, Topic with "of"), bodies owned by a known
 * organisation or country, and the tests that keep sentence-initial words and places out.
 */
import type { DictActor } from '../lexicon/dictionary.js';
import { TITLE_HEAD, TITLE_MOD, tokenFlags } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import { mk } from './pairs.js';
import type { ArticleActor } from './registry.js';
import { surface } from './surface.js';
import { nerVerdict, organizationEnd } from './ner-names.js';
import { nameRun } from './titles.js';
import type { Ctx, Mention } from './types.js';
import { LOCATIVE_PREPS, ORG_WORDS, PLACE_WORDS, POSS_PRONOUNS, PREPS, REGION_WORDS } from './words.js';

const ACRONYM = /^\p{Lu}{2,}$/u;
const SAINTS = new Set(['st', 'st.', 'saint', 'san', 'santa', 'sao']);

/**
 * "the Gulf Cooperation Council's Ministerial Council", "Iran's Guardian Council": an unknown body
 * owned by a known organisation or country acts for its owner (as "China's military" does).
 */
function bodyOwner(toks: Token[], i: number, prior: Mention[]): ArticleActor | null {
  const owner = prior[prior.length - 1];
  if (!owner?.poss || owner.actors.length !== 1) return null;
  if (owner.j !== i && !(owner.j === i - 1 && toks[i - 1]?.l === "'s")) return null;
  const o = owner.actors[0] as ArticleActor;
  return o.type === 'Organization' || o.type === 'Country' ? o : null;
}

/** A lone surname: a person of this article, else a unique dictionary person. */
export function surnameActor(t: Token, ctx: Ctx): ArticleActor | null {
  const own = ctx.reg.byPart(t.l);
  if (own) return own;
  const cands = ctx.dict.surnames.get(t.l);
  if (!cands || cands.length === 0) return null;
  const date = ctx.reg.date;
  const active = (a: DictActor) => a.roles.some((r) => date && r.from <= date && (!r.to || date < r.to));
  const pick = cands.length === 1 ? cands[0] : cands.filter(active).length === 1 ? cands.filter(active)[0] : null;
  return pick ? ctx.reg.fromDict(pick, t.t) : null;
}

export function nameMention(toks: Token[], i: number, ctx: Ctx, prior: Mention[]): Mention | null {
  const j = nameRun(toks, i, ctx);
  if (j === i + 1 || j === i) {
    const sur = surnameActor(toks[i] as Token, ctx);
    if (sur) return mk(toks, i, i + 1, [ctx.reg.touch(sur, (toks[i] as Token).t)], 'surname', true);
  }
  if (j <= i) return null;
  // Accurate mode: an organisation's name across its small words ("Movement for Democratic Change").
  const orgEnd = ctx.ner ? organizationEnd(toks, ctx.ner, i) : -1;
  if (orgEnd > j) {
    const org = surface(toks, i, orgEnd);
    return mk(toks, i, orgEnd, [ctx.reg.named(org, 'Organization', org)], 'unknown', false);
  }
  const ner = ctx.ner ? nerVerdict(ctx.ner, i, j) : null;
  if (ner?.kind === 'skip') return null;
  const words = toks.slice(i, j).map((t) => t.l);
  if (words.some((w) => PLACE_WORDS.has(w))) return null;
  // "West African", "Southern": a region's adjective names no one; "St Paul's" is a church or a place.
  if (words.every((w) => REGION_WORDS.has(w))) return null;
  if (SAINTS.has(words[0] as string)) return mk(toks, i, j, [], 'place', false);
  const prev = toks[i - 1];
  const name = surface(toks, i, j);
  if (words.includes('of') && !words.some((w) => ORG_WORDS.has(w))) {
    // "Line of Actual Control", "Strait of Hormuz": a named thing, a Topic.
    return mk(toks, i, j, [ctx.reg.named(name, 'Topic', name)], 'unknown', false);
  }
  if (words.some((w) => ORG_WORDS.has(w))) {
    // "his Cabinet", "their Government": one generic organisation word after a possessive names none.
    if (j === i + 1 && prev && POSS_PRONOUNS.has(prev.l)) return null;
    const owner = bodyOwner(toks, i, prior);
    if (owner) {
      // Its own name becomes an alias, so that "the council" finds the owner again.
      if (owner.type === 'Organization') ctx.reg.addAliasSpan(owner, toks, i, j);
      return mk(toks, i, j, [owner], 'unknown', false);
    }
    return mk(toks, i, j, [ctx.reg.named(name, 'Organization', name)], 'unknown', false);
  }
  if (ner) return mk(toks, i, j, [ctx.reg.named(name, ner.type, name, { weak: j - i < 2 })], 'unknown', false);
  if (j - i >= 2) return mk(toks, i, j, [ctx.reg.named(name, 'Person', name, { weak: false })], 'unknown', false);
  // "Deputy Prime Minister and Foreign Minister": a lone title word is no name.
  if (((tokenFlags(toks)[i] as number) & (TITLE_HEAD | TITLE_MOD)) !== 0) return null;
  // "the exiled Tibetan spiritual leader": a lone unknown word before a lower-case title word is an adjective.
  if (DEMONYM_ENDING.test(name) && adjectiveBefore(toks, j)) return null;
  // A lone unknown capitalised word: sentence-initial words and places after "in/at/from" are skipped.
  if (name.length < 2 || (prev && (LOCATIVE_PREPS.has(prev.l) || prev.l === 'on' || travelTo(toks, i, ctx)))) return null;
  // Sentence-initial: only a name when a verb cue or a speech verb follows ("Christopher met ...").
  // "Sanctions imposed by ...", "Aid sent by ...": a cue word opening the sentence is no name.
  if (i === 0 && (ctx.cues.nouns.has(name.toLowerCase()) || ctx.cues.verbs.has(name.toLowerCase()))) return null;
  // Or before an apposition or participle phrase ("Ivanov, speaking in Minsk, said ...").
  if (i === 0 && !cueFollows(toks, j, ctx) && !(toks[j]?.t === ',' && phraseFollows(toks[j + 1]))) return null;
  const acronym = ACRONYM.test(name);
  return mk(toks, i, j, [ctx.reg.named(name, acronym ? 'Organization' : 'Person', name, { weak: true })], 'unknown', false);
}

const DEMONYM_ENDING = /(?:an|ese|ish|i)$/;

/** A lower-case title word at j ("spiritual leader", "foreign minister"); group nouns make groups elsewhere. */
function adjectiveBefore(toks: Token[], j: number): boolean {
  const t = toks[j];
  return t !== undefined && !t.cap && ((tokenFlags(toks)[j] as number) & (TITLE_HEAD | TITLE_MOD)) !== 0;
}

/** After "Name ,": a lower-case participle, "on", "who" or "the" opens an apposition, not an adverb's clause. */
function phraseFollows(t: Token | undefined): boolean {
  if (!t || t.cap) return false;
  return t.l === 'who' || t.l === 'on' || t.l === 'the' || t.l === 'a' || (t.l.endsWith('ing') && t.l.length > 5);
}

/** A verb cue or speech verb at j (after an optional auxiliary or adverb): "Ivanov said", "Zarif has denounced". */
function cueFollows(toks: Token[], j: number, ctx: Ctx): boolean {
  for (let k = j; k < Math.min(toks.length, j + 3); k++) {
    const t = toks[k] as Token;
    if (t.cap) return false;
    // "Travel sanctions against ...", "Trade talks with ...": a noun compound, not a name and its verb.
    if (ctx.cues.nouns.has(t.l) && PREPS.has(toks[k + 1]?.l ?? '')) return false;
    if (ctx.cues.verbs.has(t.l) || ctx.cues.speech.has(t.l)) return true;
    if (!(t.l === 'has' || t.l === 'had' || t.l === 'was' || t.l === 'is' || t.l === 'also' || t.l === 'then' || t.l.endsWith('ly')))
      return false;
  }
  return false;
}

/** "travelled by bus to Lahore", "flew to Tripoli": an unknown word after a travel verb's "to" is a place. */
function travelTo(toks: Token[], i: number, ctx: Ctx): boolean {
  if (toks[i - 1]?.l !== 'to') return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const cs = ctx.cues.verbs.get((toks[k] as Token).l);
    if (cs) return cs.some((c) => c.type === 'VISITED');
  }
  return false;
}
