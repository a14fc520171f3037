/**
 * Actor recognition in one sentence, left to right: pronouns, role titles with or without a name,
 * dictionary names (longest match), surnames of people already named, and unknown proper names
 * (actors/names.ts).
 */
import { MENTION_START, PRONOUN, SPEECH, tokenFlags, VERB_CUE } from '../lexicon/word-flags.js';
import { actDescription } from './acts.js';
import { governmentOfLeader } from './administration.js';
import { countryDescription } from './country-description.js';
import type { Token } from '../text/tokens.js';
import { ORG_DESCRIPTION_HEADS, resolveDescription, resolveOrgDescription, resolvePronoun } from './coref.js';
import { dictMatchAt } from './dictmatch.js';
import { applyGroupHeads, westernGroup } from './groups.js';
import { nameMention, surnameActor } from './names.js';
import { regionalBody } from './regional-bodies.js';
import { mk, pairActors, pairDescription } from './pairs.js';
import type { ArticleActor } from './registry.js';
import { surface } from './surface.js';
import { nameRun, parseTitle, type TitlePhrase, titleRole } from './titles.js';
import type { Ctx, Mention } from './types.js';
import { DAYS_MONTHS, FUNCTION_CAPS, ORG_WORDS, POSS_PRONOUNS, PRONOUNS_PL, PRONOUNS_WE } from './words.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const LETTER_START = /^\p{L}/u;
const SPOKES_OR_MINISTRY = /spokes|ministry/i;
const COORDINATED = /^(?:and|,|, and)$/;
const MALE_HEAD = /^(?:mr\.?|king|prince|spokesman|congressman|chairman|emperor)$/;
const FEMALE_HEAD = /^(?:mrs\.?|ms\.?|queen|princess|spokeswoman|congresswoman|chairwoman)$/;
const DIGIT_START = /^\d/;
/** After "the government": a predicate or punctuation, not "of X", "in X" or a compound ("the government headquarters"). */
function governmentEnds(toks: Token[], k: number, flags: number[]): boolean {
  const t = toks[k];
  if (!t) return true;
  if (t.l === ',' || t.l === '.' || t.l === 'also' || t.l === 'has' || t.l === 'had' || t.l === 'was' || t.l === 'is') return true;
  return !t.cap && (((flags[k] as number) & (VERB_CUE | SPEECH)) !== 0 || t.l.endsWith('ed'));
}

export { surface } from './surface.js';
export { latePairMentions } from './pairs.js';

const PLURAL_PEOPLE = new Set(['ministers', 'leaders', 'envoys', 'diplomats', 'officials', 'delegates', 'delegations']);

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
      // "..., among them A, B and C": a list marker, not a reference.
      if (l === 'them' && toks[i - 1]?.l === 'among') {
        i++;
        continue;
      }
      // "It is ... for X to ..." and "it" before a verb are often expletive; only "its" is trusted.
      if (PRONOUNS_PL.has(l)) grouped = applyGroupHeads(toks, out, ctx, grouped);
      const conjoined = (l === 'he' || l === 'she' || l === 'it') && (toks[i - 1]?.l === 'and' || toks[i - 1]?.l === 'but');
      const actors = l === 'it' && !itActs(toks, i + 1, ctx) ? [] : resolvePronoun(l, out, ctx, conjoined);
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
    // "TOKYO — ... the government withdrew its offer": the dateline's country (not "the government of X/in X").
    if (l === 'the' && ctx.home && toks[i + 1]?.l === 'government' && !toks[i + 1]?.cap && governmentEnds(toks, i + 2, flags)) {
      out.push(mk(toks, i, i + 2, [ctx.reg.fromDict(ctx.home, '')], 'description', true));
      i += 2;
      continue;
    }
    if (l === 'the' && ctx.reg.byId.size > 0) {
      const d = countryDescription(toks, i, ctx, out);
      if (d) {
        out.push(d);
        i = d.j;
        continue;
      }
    }
    // "ASEAN foreign ministers ... The ministers also urged ...": the plural group in focus.
    if (l === 'the' && ctx.topicPlural && PLURAL_PEOPLE.has(toks[i + 1]?.l ?? '') && toks[i + 2]?.l !== 'of') {
      out.push(mk(toks, i, i + 2, ctx.topicPlural, 'description', true));
      i += 2;
      continue;
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
    if ((ctx.acts || ctx.lastDoer) && (l === 'the' || l === 'this' || l === 'these' || l === 'those' || l === 'that' || l === 'such')) {
      const act = actDescription(toks, i, ctx, out);
      if (act) {
        out.push(act);
        i = act.j;
        continue;
      }
    }
    const body = regionalBody(toks, i, ctx);
    if (body) {
      out.push(body);
      i = body.j;
      continue;
    }
    if (l === 'western' && t.cap) {
      const w = westernGroup(toks, i, ctx);
      if (w) {
        out.push(w);
        i = w.j;
        continue;
      }
    }
    const e0 = dictMatchAt(toks, i, ctx.dict);
    // "the Lima Group", "the Minsk Group": a place name before a capitalised organisation word names a body.
    const next = e0 ? toks[i + e0.toks.length] : undefined;
    const e = e0 && e0.kind === 'metonym' && next?.cap && ORG_WORDS.has(next.l) ? null : e0;
    if (e0 && !e) {
      const m = nameMention(toks, i, ctx, out);
      if (m) {
        out.push(m);
        i = m.j;
        continue;
      }
    }
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
    // "May said ..." after "Theresa May": a modal-looking surname of a person already named.
    if ((t.t === 'May' || t.t === 'Will') && !DIGIT_START.test(toks[i + 1]?.t ?? '')) {
      const own = ctx.reg.byPart(l);
      if (own) {
        out.push(mk(toks, i, i + 1, [ctx.reg.touch(own, t.t)], 'surname', true));
        i++;
        continue;
      }
    }
    if (t.cap && LETTER_START.test(t.t) && !FUNCTION_CAPS.has(l) && !DAYS_MONTHS.has(l)) {
      const m = nameMention(toks, i, ctx, out);
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
  // "José Barroso, the president of the European Commission,": an apposition names the person before it.
  // "Avigdor Lieberman, Israel's foreign minister,": a country's title with no name of its own, too.
  const countryAppos = tp.country !== null && APPOSITION_END.has(toks[k]?.t ?? '.');
  const appos = tp.definite || countryAppos ? appositionOf(toks, tp.i, prior) : null;
  if (appos) {
    // The apposition tells what the text alone knows of an unknown person: "the U.S. ambassador".
    const a = appos.actors[0] as ArticleActor;
    if (a.dict === null && a.represents === null && tp.country) a.represents = tp.country;
    if (a.dict === null && a.role === null && tp.head !== 'counterpart') a.role = titleRole(toks, tp);
    return mk(toks, tp.i, Math.max(k, nameRun(toks, k, ctx)), appos.actors, 'description', true);
  }
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
      if (!country && role && SPOKES_OR_MINISTRY.test(role)) country = reg.recent((a) => a.kind === 'ministry')?.represents ?? null;
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

/** Tokens that may end an apposition ("Avigdor Lieberman, Israel's foreign minister,"). */
const APPOSITION_END = new Set([',', '.', ';', ')']);

/** The named person right before ", the <title>" (not a pronoun or description), if any. */
function appositionOf(toks: Token[], i: number, prior: Mention[]): Mention | null {
  const m = prior[prior.length - 1];
  if (!m || toks[i - 1]?.t !== ',' || m.j !== i - 1 || m.actors.length !== 1 || m.poss) return null;
  if (m.kind !== 'name' && m.kind !== 'title' && m.kind !== 'unknown' && m.kind !== 'surname') return null;
  return m.actors[0]?.type === 'Person' ? m : null;
}

const genderOf = (head: string): 'm' | 'f' | null => (MALE_HEAD.test(head) ? 'm' : FEMALE_HEAD.test(head) ? 'f' : null);

const IT_AUX = new Set(['has', 'had', 'also', 'then', 'later', 'would', 'will', 'could', 'might', 'may', 'must', 'should', 'not']);
const BE_FORMS = new Set(['is', 'was']);
/** "it was concerned about ...": a state, not an expletive passive ("it was reported that"). */
const STATES = new Set(['concerned', 'worried', 'alarmed', 'dismayed', 'disappointed', 'opposed']);

/**
 * "It also imposed ...", "it summoned ...", "it was expelling ...", "it would expel ...": "it" before a
 * cue or speech verb is a subject, not expletive ("it was reported that ..." stays expletive).
 */
function itActs(toks: Token[], k: number, ctx: Ctx): boolean {
  for (let n = 0; n < 3 && k + n < toks.length; n++) {
    const t = toks[k + n] as Token;
    if (ctx.cues.verbs.has(t.l) || ctx.cues.speech.has(t.l))
      return !t.cap && !(n > 0 && BE_FORMS.has(toks[k + n - 1]?.l ?? '') && !t.l.endsWith('ing') && !STATES.has(t.l));
    if (!(IT_AUX.has(t.l) || BE_FORMS.has(t.l) || t.l === 'very' || (t.l.endsWith('ly') && t.l.length > 4))) return false;
  }
  return false;
}
