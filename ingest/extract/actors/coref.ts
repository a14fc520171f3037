/**
 * Coreference: pronouns (he/she/his, it/its, they), definite descriptions ("the Chinese leader",
 * "the minister", "the alliance", "the bloc") and role descriptions of a country ("Russia's UN
 * ambassador"). Salience is simple and transparent: the subject of the latest sentence with a person.
 */
import { dictionary } from '../lexicon/build.js';
import type { ArticleActor } from './registry.js';
import type { Ctx, Mention } from './types.js';
import { PRONOUNS_F, PRONOUNS_IT, PRONOUNS_M, PRONOUNS_PL } from './words.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const SPOKES = /spokes/i;
const TOP_LEADER = /^(?:President|Supreme Leader|King|Emir)$/;

/** The nearest preceding mention in the sentence that satisfies the predicate. */
const firstOf = (prior: Mention[], pred: (a: ArticleActor) => boolean): ArticleActor | null => {
  for (let n = prior.length - 1; n >= 0; n--) {
    const m = prior[n] as Mention;
    if (m.actors.length === 1 && pred(m.actors[0] as ArticleActor)) return m.actors[0] as ArticleActor;
  }
  return null;
};

const isPerson = (g: 'm' | 'f') => (a: ArticleActor) => a.type === 'Person' && a.gender !== (g === 'm' ? 'f' : 'm');
const isThing = (a: ArticleActor) => a.type === 'Country' || a.type === 'Organization' || a.type === 'Group';

/** The sentence's opening subject when it fits ("The council accused X of ..., and it stressed ..."). */
const openingSubject = (prior: Mention[], pred: (a: ArticleActor) => boolean): ArticleActor | null => {
  const m = prior[0];
  return m && m.i <= 3 && !m.poss && m.actors.length === 1 && pred(m.actors[0] as ArticleActor) ? (m.actors[0] as ArticleActor) : null;
};

/**
 * `conjoined`: a subject pronoun right after "and"/"but" continues the sentence's opening subject
 * (subject parallelism), not the nearest actor.
 */
export function resolvePronoun(l: string, prior: Mention[], ctx: Ctx, conjoined = false): ArticleActor[] {
  if (PRONOUNS_M.has(l) || PRONOUNS_F.has(l)) {
    const g = PRONOUNS_M.has(l) ? 'm' : 'f';
    const a =
      (conjoined ? openingSubject(prior, isPerson(g)) : null) ??
      firstOf(prior, isPerson(g)) ??
      (ctx.topicPerson && ctx.topicPersonAge <= 2 && isPerson(g)(ctx.topicPerson) ? ctx.topicPerson : null);
    return a ? [a] : [];
  }
  if (PRONOUNS_IT.has(l)) {
    const a = (conjoined ? openingSubject(prior, isThing) : null) ?? firstOf(prior, isThing) ?? ctx.topicThing;
    return a ? [a] : [];
  }
  if (PRONOUNS_PL.has(l)) {
    // "the two ministers ... since they last met": the nearest pair phrase of the sentence.
    for (let n = prior.length - 1; n >= 0; n--) if ((prior[n] as Mention).actors.length > 1) return (prior[n] as Mention).actors;
    // Coordinated subjects of this sentence, else of the latest sentence that had them.
    const own = coordinatedAtStart(prior);
    if (own.length > 1) return own;
    // "Chinese leaders have said they ...": the nearest plural group phrase of the sentence.
    for (let n = prior.length - 1; n >= 0; n--) if (prior[n]?.plural) return (prior[n] as Mention).actors;
    return ctx.topicPlural ?? ctx.topicGroup;
  }
  return [];
}

/** "He and Wang ..." at the start of the sentence: the actors of the leading coordination. */
function coordinatedAtStart(prior: Mention[]): ArticleActor[] {
  const out: ArticleActor[] = [];
  // "India's Ministry of External Affairs" is one actor, not a coordination.
  for (const m of prior) if (!m.poss) out.push(...m.actors);
  return out.length > 1 ? out.slice(0, 4) : [];
}

const LEADER = /president|premier|prime minister|chancellor|king|queen|emir|supreme leader|leader/i;
const DIPLOMAT = /foreign|secretary of state|external affairs|diplomat/i;

function roleFits(role: string | null, head: string): boolean {
  if (!role) return head === 'official' || head === 'leader';
  if (head === 'leader') return LEADER.test(role);
  if (head === 'diplomat') return DIPLOMAT.test(role);
  if (head === 'spokesman' || head === 'spokeswoman' || head === 'spokesperson') return SPOKES.test(role);
  return role.toLowerCase().includes(head);
}

/** "the Chinese leader", "the minister", "Russia's UN ambassador", "the alliance", "the bloc". */
export function resolveDescription(head: string, country: string | null, ctx: Ctx): ArticleActor | null {
  const { reg } = ctx;
  const person = reg.recent((a) => a.type === 'Person' && (!country || a.represents === country) && roleFits(a.role, head));
  if (person) return person;
  // "Foreign Minister Masahiko Komura" (no country said) ... "the Japanese foreign minister": the same person.
  const titled = country
    ? reg.recent((a) => a.type === 'Person' && a.represents === null && a.role !== null && roleFits(a.role, head))
    : null;
  if (titled && country) {
    titled.represents = country;
    return titled;
  }
  if (country && (head === 'leader' || head === 'president' || head === 'premier' || head === 'diplomat')) {
    const d = dictionary();
    for (const a of d.actors.values()) {
      if (a.type !== 'Person' || a.represents !== country) continue;
      const r = d.roleAt(a, reg.date);
      const ok = reg.date ? r && r.from <= reg.date && (!r.to || reg.date < r.to) : false;
      if (ok && roleFits(r?.role ?? null, head) && (head !== 'leader' || TOP_LEADER.test(r?.role ?? ''))) {
        return reg.fromDict(a, '');
      }
    }
  }
  if (country) {
    const c = dictionary().actors.get(country);
    return c ? reg.fromDict(c, '') : null;
  }
  return null;
}

const ORG_HEADS: Record<string, (a: ArticleActor) => boolean> = {
  alliance: (a) => a.kind === 'alliance',
  bloc: (a) => a.kind === 'bloc',
  organization: (a) => a.type === 'Organization',
  organisation: (a) => a.type === 'Organization',
  body: (a) => a.type === 'Organization',
  group: (a) => a.type === 'Group',
  movement: (a) => a.type === 'Group',
  country: (a) => a.type === 'Country',
  nation: (a) => a.type === 'Country',
  kingdom: (a) => a.type === 'Country',
  republic: (a) => a.type === 'Country',
  // "the council", "the commission", "the fund": the latest organisation of the article named so.
  council: named('council'),
  commission: named('commission'),
  committee: named('committee'),
  assembly: named('assembly'),
  forum: named('forum'),
  fund: named('fund'),
  agency: named('agency'),
  court: named('court'),
  tribunal: named('tribunal'),
  union: named('union'),
  league: named('league'),
  community: named('community'),
  parliament: named('parliament'),
  secretariat: named('secretariat'),
  grouping: (a) => a.type === 'Organization' && a.kind !== 'ministry',
};

function named(head: string): (a: ArticleActor) => boolean {
  return (a) => {
    if (a.type !== 'Organization' || a.kind === 'ministry') return false;
    if (a.name.toLowerCase().includes(head)) return true;
    for (const alias of a.aliases) if (alias.toLowerCase().includes(head)) return true;
    return false;
  };
}
const ORG_DEFAULT: Record<string, string> = { alliance: 'nato', bloc: 'european-union' };

/** "the alliance" -> the latest alliance of the article (NATO when none), "the bloc" -> EU, ... */
export function resolveOrgDescription(head: string, ctx: Ctx): ArticleActor | null {
  const pred = ORG_HEADS[head];
  if (!pred) return null;
  const hit = ctx.reg.recent(pred);
  if (hit) return hit;
  const def = ORG_DEFAULT[head];
  const d = def ? dictionary().actors.get(def) : undefined;
  return d ? ctx.reg.fromDict(d, '') : null;
}

export const ORG_DESCRIPTION_HEADS = new Set(Object.keys(ORG_HEADS));
