/**
 * Actor recognition in one sentence, left to right: pronouns, role titles with or without a name,
 * dictionary names (longest match), surnames of people already named, and unknown proper names.
 */
import type { DictActor } from '../lexicon/dictionary.js';
import { MENTION_START, PRONOUN, tokenFlags } from '../lexicon/word-flags.js';
import { actDescription } from './acts.js';
import { governmentOfLeader } from './administration.js';
import { countryDescription } from './country-description.js';
import type { Token } from '../text/tokens.js';
import { ORG_DESCRIPTION_HEADS, resolveDescription, resolveOrgDescription, resolvePronoun } from './coref.js';
import { dictMatchAt } from './dictmatch.js';
import { applyGroupHeads, westernGroup } from './groups.js';
import { mk, pairActors, pairDescription } from './pairs.js';
import type { ArticleActor } from './registry.js';
import { surface } from './surface.js';
import { nameRun, parseTitle, type TitlePhrase, titleRole } from './titles.js';
import type { Ctx, Mention } from './types.js';
import { DAYS_MONTHS, FUNCTION_CAPS, LOCATIVE_PREPS, ORG_WORDS, PLACE_WORDS, POSS_PRONOUNS, PRONOUNS_PL, PRONOUNS_WE } from './words.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const LETTER_START = /^\p{L}/u;
const SPOKES_OR_MINISTRY = /spokes|ministry/i;
const COORDINATED = /^(?:and|,|, and)$/;
const MALE_HEAD = /^(?:mr\.|king|prince|spokesman|congressman|chairman|emperor)$/;
const FEMALE_HEAD = /^(?:mrs\.|ms\.|queen|princess|spokeswoman|congresswoman|chairwoman)$/;
const ACRONYM = /^\p{Lu}{2,}$/u;

export { surface } from './surface.js';
export { latePairMentions } from './pairs.js';

export function findMentions(toks: Token[], ctx: Ctx): Mention[] {
  const out: Mention[] = [];
  let grouped = 0;
  let i = 0;
  const flags = tokenFlags(toks);
  while (i < toks.length) {
    const t = toks[i] as Token;
    const l = t.l;
    // A lower-case word that opens no title, pronoun, description or dictionary name: no mention.
    if (!t.cap && ((flags[i] as number) & MENTION_START) === 0) {
      i++;
      continue;
    }
    const tp = parseTitle(toks, i, ctx);
    if (tp) {
      const m = titleMention(toks, tp, ctx, out);
      if (m) {
        out.push(m);
        i = m.j;
        continue;
      }
    }
    if (((flags[i] as number) & PRONOUN) !== 0) {
      // "It is ... for X to ..." and "it" before a verb are often expletive; only "its" is trusted.
      if (PRONOUNS_PL.has(l)) grouped = applyGroupHeads(toks, out, ctx, grouped);
      const actors = l === 'it' && !itActs(toks, i + 1, ctx) ? [] : resolvePronoun(l, out, ctx);
      if (actors.length > 0 || PRONOUNS_WE.has(l))
        out.push({ i, j: i + 1, actors, kind: 'pronoun', poss: POSS_PRONOUNS.has(l), coref: true, plural: undefined, head: undefined });
      i++;
      continue;
    }
    if (PRONOUNS_WE.has(l) && !(l === 'us' && t.t === 'US')) {
      out.push({ i, j: i + 1, actors: [], kind: 'we', poss: POSS_PRONOUNS.has(l), coref: true, plural: undefined, head: undefined });
      i++;
      continue;
    }
    if ((l === 'the' || l === 'both') && ctx.topicGroup.length === 2) {
      const j = pairDescription(toks, i, ctx);
      if (j > i) {
        out.push(mk(toks, i, j, pairActors(toks[j - 1] as Token, ctx), 'description', true));
        i = j;
        continue;
      }
    }
    if (l === 'the' && ctx.reg.byId.size > 0) {
      const d = countryDescription(toks, i, ctx, out);
      if (d) {
        out.push(d);
        i = d.j;
        continue;
      }
    }
    if (
      l === 'the' &&
      toks[i + 1] &&
      ORG_DESCRIPTION_HEADS.has((toks[i + 1] as Token).l) &&
      !toks[i + 2]?.cap &&
      // "the Organization of American States" is a name, not "the organization".
      !(toks[i + 2]?.l === 'of' && (toks[i + 1] as Token).cap)
    ) {
      const a = resolveOrgDescription((toks[i + 1] as Token).l, ctx);
      if (a) {
        out.push(mk(toks, i, i + 2, [a], 'description', true));
        i += 2;
        continue;
      }
    }
    if (ctx.acts && (l === 'the' || l === 'this' || l === 'these' || l === 'those' || l === 'that' || l === 'such')) {
      const act = actDescription(toks, i, ctx);
      if (act) {
        out.push(act);
        i = act.j;
        continue;
      }
    }
    if (l === 'western' && t.cap) {
      const w = westernGroup(toks, i, ctx);
      if (w) {
        out.push(w);
        i = w.j;
        continue;
      }
    }
    const e = dictMatchAt(toks, i, ctx.dict);
    if (e) {
      const j = i + e.toks.length;
      // As fromDict(actor, surface) for names and ministries, else fromDict(actor, '') and the surface as an alias.
      const a = ctx.reg.dictActor(e.actor);
      if (e.kind === 'name' || e.kind === 'ministry') ctx.reg.touchSpan(a, toks, i, j);
      else {
        ctx.reg.touch(a, '');
        ctx.reg.addAliasSpan(a, toks, i, j);
      }
      const m = mk(toks, i, j, [a], e.kind, false);
      governmentOfLeader(toks, m, ctx);
      out.push(m);
      i = m.j;
      continue;
    }
    if (t.cap && LETTER_START.test(t.t) && !FUNCTION_CAPS.has(l) && !DAYS_MONTHS.has(l)) {
      const m = nameMention(toks, i, ctx);
      if (m) {
        governmentOfLeader(toks, m, ctx);
        out.push(m);
        i = m.j;
        continue;
      }
    }
    i++;
  }
  applyGroupHeads(toks, out, ctx, grouped);
  return out;
}

function titleMention(toks: Token[], tp: TitlePhrase, ctx: Ctx, prior: Mention[]): Mention | null {
  const { reg, dict } = ctx;
  const k = tp.k;
  let country = tp.country;
  // The role string is built only where it is used (named persons), not for dictionary persons.
  let ownerRole: string | null = null;
  if (tp.head === 'counterpart' || tp.head === 'counterparts') {
    const owner = tp.possPronoun ? resolvePronoun(tp.possPronoun, prior, ctx)[0] : undefined;
    ownerRole = owner?.role ?? null;
  }
  const e = dictMatchAt(toks, k, dict);
  if (e && e.actor.type === 'Person') {
    const j = k + e.toks.length;
    const a = reg.touchSpan(reg.dictActor(e.actor), toks, tp.i, j);
    reg.addAliasSpan(a, toks, k, j);
    return mk(toks, tp.i, j, [a], 'title', false);
  }
  if (!e) {
    const role = ownerRole ?? titleRole(toks, tp);
    let j = nameRun(toks, k, ctx);
    // Apposition: "France's foreign minister, Dominique de Villepin, said": the name after the comma.
    if (j === k && toks[k]?.t === ',' && (country || tp.definite)) {
      const n = nameRun(toks, k + 1, ctx);
      const after = toks[n];
      if (n >= k + 3 && (!after || after.t === ',' || after.t === '.' || after.t === ';')) {
        const name = surface(toks, k + 1, n);
        const a = reg.named(name, 'Person', surface(toks, tp.i, k), { role, represents: country, gender: genderOf(tp.head) });
        return mk(toks, tp.i, n, [a], 'title', false);
      }
      j = k;
    }
    if (j > k) {
      const name = surface(toks, k, j);
      const sur = j === k + 1 ? surnameActor(toks[k] as Token, ctx) : null;
      if (sur) return mk(toks, tp.i, j, [reg.touchSpan(sur, toks, tp.i, j)], 'title', false);
      if (!country && SPOKES_OR_MINISTRY.test(role)) country = reg.recent((a) => a.kind === 'ministry')?.represents ?? null;
      if (!country && prior.length > 0) {
        // "Chinese Foreign Minister Wang Yi and Public Security Minister Wang Xiaohong"
        const prev = prior[prior.length - 1] as Mention;
        const between = toks
          .slice(prev.j, tp.i)
          .map((t) => t.l)
          .join(' ');
        if (prev.kind === 'title' && COORDINATED.test(between)) country = prev.actors[0]?.represents ?? null;
      }
      const a = reg.named(name, 'Person', surface(toks, tp.i, j), { role, represents: country, gender: genderOf(tp.head) });
      return mk(toks, tp.i, j, [a], 'title', false);
    }
  }
  if (tp.definite || tp.possPronoun || country) {
    if (!tp.definite && !country) return null;
    const a = resolveDescription(tp.head, country, ctx);
    if (a) return mk(toks, tp.i, k, [a], 'description', true);
  }
  return null;
}

const genderOf = (head: string): 'm' | 'f' | null => (MALE_HEAD.test(head) ? 'm' : FEMALE_HEAD.test(head) ? 'f' : null);

/** A lone surname: a person of this article, else a unique dictionary person. */
function surnameActor(t: Token, ctx: Ctx): ArticleActor | null {
  const own = ctx.reg.byPart(t.l);
  if (own) return own;
  const cands = ctx.dict.surnames.get(t.l);
  if (!cands || cands.length === 0) return null;
  const date = ctx.reg.date;
  const active = (a: DictActor) => a.roles.some((r) => date && r.from <= date && (!r.to || date < r.to));
  const pick = cands.length === 1 ? cands[0] : cands.filter(active).length === 1 ? cands.filter(active)[0] : null;
  return pick ? ctx.reg.fromDict(pick, t.t) : null;
}

function nameMention(toks: Token[], i: number, ctx: Ctx): Mention | null {
  const j = nameRun(toks, i, ctx);
  if (j === i + 1 || j === i) {
    const sur = surnameActor(toks[i] as Token, ctx);
    if (sur) return mk(toks, i, i + 1, [ctx.reg.touch(sur, (toks[i] as Token).t)], 'surname', true);
  }
  if (j <= i) return null;
  const words = toks.slice(i, j).map((t) => t.l);
  if (words.some((w) => PLACE_WORDS.has(w))) return null;
  const prev = toks[i - 1];
  const name = surface(toks, i, j);
  if (words.includes('of') && !words.some((w) => ORG_WORDS.has(w))) {
    // "Line of Actual Control", "Strait of Hormuz": a named thing, a Topic.
    return mk(toks, i, j, [ctx.reg.named(name, 'Topic', name)], 'unknown', false);
  }
  if (words.some((w) => ORG_WORDS.has(w))) {
    return mk(toks, i, j, [ctx.reg.named(name, 'Organization', name)], 'unknown', false);
  }
  if (j - i >= 2) return mk(toks, i, j, [ctx.reg.named(name, 'Person', name, { weak: false })], 'unknown', false);
  // A lone unknown capitalised word: sentence-initial words and places after "in/at/from" are skipped.
  if (name.length < 2 || (prev && (LOCATIVE_PREPS.has(prev.l) || prev.l === 'on' || travelTo(toks, i, ctx)))) return null;
  // Sentence-initial: only a name when a verb cue or a speech verb follows ("Christopher met ...").
  if (i === 0 && !cueFollows(toks, j, ctx)) return null;
  const acronym = ACRONYM.test(name);
  return mk(toks, i, j, [ctx.reg.named(name, acronym ? 'Organization' : 'Person', name, { weak: true })], 'unknown', false);
}

/** A verb cue or speech verb at j (after an optional auxiliary or adverb): "Ivanov said", "Zarif has denounced". */
function cueFollows(toks: Token[], j: number, ctx: Ctx): boolean {
  for (let k = j; k < Math.min(toks.length, j + 3); k++) {
    const t = toks[k] as Token;
    if (t.cap) return false;
    if (ctx.cues.verbs.has(t.l) || ctx.cues.speech.has(t.l)) return true;
    if (!(t.l === 'has' || t.l === 'had' || t.l === 'was' || t.l === 'is' || t.l === 'also' || t.l === 'then' || t.l.endsWith('ly')))
      return false;
  }
  return false;
}

/** "It also imposed ...", "it summoned ...": "it" before a cue or speech verb is a subject, not expletive. */
function itActs(toks: Token[], k: number, ctx: Ctx): boolean {
  for (let n = 0; n < 3 && k + n < toks.length; n++) {
    const t = toks[k + n] as Token;
    if (ctx.cues.verbs.has(t.l) || ctx.cues.speech.has(t.l)) return !t.cap;
    if (!(t.l === 'has' || t.l === 'had' || t.l === 'also' || t.l === 'then' || t.l === 'later' || (t.l.endsWith('ly') && t.l.length > 4)))
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
