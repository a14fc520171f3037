/**
 * Topic noun phrases as stance targets: "backed the resolution calling for a halt", "discussed the
 * state visit", "support for continued inspections". A noun phrase whose head is a topic head noun
 * (`topics.json` phraseHeads) becomes a Topic actor: name = the phrase without determiners and
 * relative clauses (at most 8 words), aliases = the variants annotators write. "the resolution"
 * later in the article is the last Topic with that head noun.
 */
import { slugOf } from '../actors/registry.js';
import { surface } from '../actors/mentions.js';
import type { Ctx, Mention } from '../actors/types.js';
import { BE, DAYS_MONTHS, DETS, NEG, PREPS } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import type { Frame } from './frame.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const ED_END = /ed$/;
const ING_WORD = /^[a-z]{3,}ing$/;

const set = (s: string) => new Set(s.split(' '));
/** Words that open a noun phrase and are dropped from the name. */
const NP_DETS = set('the a an this that these those its their his her our any another such');
/** Words that end the pre-modifier run of a noun phrase. */
const STOP = set('that which who whom whose when where while because if as than and or but nor to not said says');
/** Prepositions that introduce a complement kept in the name ("the linkage of trade status to ..."). */
const COMPLEMENT = set('of to on for over against between with');
/** Words that open a relative clause after the phrase. */
const RELATIVE = set('that which who whose');
/** Punitive measures are coded against their imposer when the phrase names one ("U.S. sanctions",
 * "the sanctions that Washington imposed"): the actor rules keep that target. */
const MEASURES = set('sanctions embargo ban tariff tariffs restrictions controls quota quotas');
/** Nouns that make a compound with a topic head something else: "the border question", "visa row". */
const NOT_TOPIC_TAILS = set(
  'question questions row crisis standoff problem problems tension tensions conflict situation spat clash clashes area areas official officials guards troops security',
);
/** Head nouns too vague to name a Topic on their own (bare and without an antecedent). */
const GENERIC = set('issue measure decision process solution settlement request offer package framework approach strategy');
/** Heads whose "with" phrase is part of the name ("an agreement with the EU"); else "with" is a partner. */
const WITH_HEADS = set('agreement agreements deal deals accord accords pact treaty treaties talks negotiations');
/** Heads that, possessed, are the owner's own move rather than a policy: a stance on them is on the owner. */
const OWNER_HEADS = set('offer offers candidacy bid bids request requests proposal proposals nomination membership application appeal');
const MAX_NAME = 8;
const MAX_ALIAS = 14;

const wordish = (t: Token): boolean => {
  const c = t.t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c > 127;
};

/** The head-noun key used by coreference: "resolutions" and "resolution" are the same. */
const headKey = (l: string): string => (l.length > 3 && l.endsWith('s') && !l.endsWith('ss') ? l.slice(0, -1) : l);

/** End (exclusive) of a complement starting with a preposition at `p`, or p when there is none. */
function complementEnd(f: Frame, p: number, end: number): number {
  const toks = f.toks;
  const prep = toks[p]?.l ?? '';
  if (!COMPLEMENT.has(prep) || (prep === 'with' && !WITH_HEADS.has((toks[p - 1] as Token).l))) return p;
  let q = p + 1;
  for (let n = 0; q < end && n < 7; n++, q++) {
    const t = toks[q] as Token;
    if (!wordish(t) && t.l !== '-' && t.l !== "'s") break;
    if (t.l !== 'to' && (STOP.has(t.l) || BE.has(t.l) || NEG.has(t.l) || DAYS_MONTHS.has(t.l) || f.sc.isVerb[q])) break;
  }
  while (q > p + 1 && (PREPS.has((toks[q - 1] as Token).l) || DETS.has((toks[q - 1] as Token).l) || (toks[q - 1] as Token).l === 'and'))
    q--;
  return q > p + 1 ? q : p;
}

/** End (exclusive) of a relative clause or reduced relative after the phrase, for the long alias. */
function relativeEnd(toks: Token[], p: number, end: number): number {
  let q = p;
  // ", backed by Russia," — a reduced relative between commas.
  if (toks[q]?.t === ',' && toks[q + 1] && ED_END.test((toks[q + 1] as Token).l)) {
    let r = q + 1;
    while (r < end && r < q + 7 && toks[r]?.t !== ',') r++;
    if (toks[r]?.t !== ',') return p;
    q = r;
    if (!RELATIVE.has(toks[q + 1]?.l ?? '')) return q;
    q++;
  }
  // "a resolution demanding that ...", "a plan calling for ...": a participle clause, like a relative.
  const participle = toks[q] !== undefined && ING_WORD.test((toks[q] as Token).t) && !PREPS.has((toks[q] as Token).l);
  if (!RELATIVE.has(toks[q]?.l ?? '') && !participle) return q;
  let r = q + 1;
  while (r < end && r < q + 9 && toks[r]?.t !== ',' && toks[r]?.t !== ';' && toks[r]?.t !== '.') r++;
  return r;
}

/**
 * A Topic mention for the noun phrase starting at `from`, or null. A possessive owner ("Washington's
 * plan") or a head inside an actor name leaves the phrase to the actor rules.
 */
export function topicAt(f: Frame, ctx: Ctx, from: number, limit: number, owned = false): Mention | null {
  const toks = f.toks;
  const end = Math.min(limit, toks.length);
  let k = from;
  while (k < end && NP_DETS.has((toks[k] as Token).l)) k++;
  // "rejected Clinton's policy of ...", "opposition to NATO's eastward expansion": with a stance on a
  // policy, the possessed policy is the Topic (named with its owner), not the owner.
  const ownerAt = owned ? (f.mentionAt[k] ?? -1) : -1;
  const owner = ownerAt >= 0 ? (f.mentions[ownerAt] as Mention) : null;
  if (owner?.poss && owner.i === k && toks[owner.j]?.l === "'s" && owner.actors[0]?.type !== 'Topic') k = owner.j + 1;
  const core = k;
  let head = -1;
  for (let p = core; p < end && p < core + 7; p++) {
    const t = toks[p] as Token;
    if (t.l === "'s") return null;
    if (!(wordish(t) || t.l === '-') || STOP.has(t.l) || PREPS.has(t.l) || BE.has(t.l) || (p > core && DETS.has(t.l))) break;
    const mi = f.mentionAt[p] ?? -1;
    // A possessive owner ("Washington's plan") stays the target.
    if (mi >= 0 && (f.mentions[mi] as Mention).poss) return null;
    if (f.sc.isVerb[p] && head >= 0) break;
    if (ctx.cues.topicHeads.has(t.l)) {
      // "a 50 billion euro EU aid package for Ukraine": the head inside a dictionary Topic is that Topic.
      if (mi >= 0) return (f.mentions[mi] as Mention).actors[0]?.type === 'Topic' ? (f.mentions[mi] as Mention) : null;
      head = p;
    } else if (head >= 0) {
      // "the border question": a compound whose real head is no topic head; else the phrase ends.
      if (NOT_TOPIC_TAILS.has(t.l)) head = -1;
      break;
    }
  }
  if (head < 0) return null;
  // "rejected India's offer of talks", "endorsed Argentina's candidacy": a stance on the owner's own
  // offer or bid is a stance on the owner (the actor rules).
  if (core > from && toks[core - 1]?.l === "'s" && OWNER_HEADS.has((toks[head] as Token).l)) return null;
  const tail = complementEnd(f, head + 1, end);
  const rel = relativeEnd(toks, tail, end);
  if (MEASURES.has((toks[head] as Token).l)) {
    for (let p = tail; p < rel; p++) if ((f.mentionAt[p] ?? -1) >= 0) return null;
    for (let p = core; p < head; p++)
      if ((f.mentions[f.mentionAt[p] ?? -1] as Mention | undefined)?.actors[0]?.type === 'Country') return null;
  }
  let nameEnd = tail;
  if (nameEnd - core > MAX_NAME) nameEnd = Math.max(head + 1, core + MAX_NAME);
  while (nameEnd > head + 1 && PREPS.has((toks[nameEnd - 1] as Token).l)) nameEnd--;
  const name = surface(toks, core, nameEnd);
  const bare = core === head && nameEnd === head + 1;
  const key = headKey((toks[head] as Token).l);
  const { reg } = ctx;
  let actor = bare && core > from ? (ctx.topicHeads?.get(key) ?? null) : null;
  // "the issue", "the decision" with nothing before it to refer to: too vague to be a Topic.
  if (!actor && bare && GENERIC.has(key)) return null;
  const whole = surface(toks, from, Math.min(rel, from + MAX_ALIAS));
  if (actor) reg.touch(actor, whole);
  else {
    const id = slugOf(name);
    const known = reg.byId.get(id);
    if (known && known.type !== 'Topic') return null;
    actor = reg.named(name, 'Topic', whole, { weak: true });
  }
  for (const alias of variants(toks, from, core, head, tail, nameEnd, rel)) if (alias !== actor.name) actor.aliases.add(alias);
  if (core > from && toks[core - 1]?.l === "'s" && owner) {
    // "NATO's eastward expansion", "NATO expansion", "Clinton's policy".
    actor.aliases.add(surface(toks, owner.i, head + 1));
    actor.aliases.add(`${surface(toks, owner.i, owner.j)} ${(toks[head] as Token).t}`);
    actor.aliases.add(`${surface(toks, owner.j - 1, owner.j)}'s ${(toks[head] as Token).t}`);
  }
  if (!ctx.topicHeads) ctx.topicHeads = new Map();
  ctx.topicHeads.set(key, actor);
  const m: Mention = {
    i: from,
    j: nameEnd,
    actors: [actor],
    kind: 'description',
    poss: false,
    coref: actor.name !== name,
    plural: undefined,
    head,
  };
  (f.topics ??= []).push(m);
  return m;
}

/** Alias variants: without the determiner; the head with its pre-modifiers (and shorter suffixes of
 * two words or more); the head with its complement; the bare head when a modifier is capitalised. */
function variants(toks: Token[], from: number, core: number, head: number, tail: number, nameEnd: number, rel: number): string[] {
  const out: string[] = [];
  if (core > from) out.push(surface(toks, from, nameEnd));
  if (rel > tail && rel - core <= MAX_ALIAS) out.push(surface(toks, core, rel));
  // The phrase through a reduced relative only: "a resolution, backed by Russia".
  for (let p = tail + 1; p < rel; p++)
    if ((toks[p] as Token).t === ',') {
      out.push(surface(toks, from, p));
      break;
    }
  out.push(surface(toks, core, head + 1));
  for (let s = core + 1; s < head; s++) if (toks[s]?.t !== '-' && toks[s - 1]?.t !== '-') out.push(surface(toks, s, head + 1));
  if (tail > head + 1) {
    out.push(surface(toks, head, Math.min(tail, head + MAX_NAME)));
    // "aid to Taiwan" -> "Taiwan aid", "war against Iraq" -> "Iraq war": a name complement as modifier.
    let n = head + 2;
    while (n < tail && DETS.has((toks[n] as Token).l)) n++;
    if (n < tail && tail - n <= 3 && toks.slice(n, tail).every((t) => t.cap))
      out.push(`${surface(toks, n, tail)} ${(toks[head] as Token).t}`);
  }
  let capMod = false;
  for (let s = core; s < head; s++) if ((toks[s] as Token).cap) capMod = true;
  if (capMod) out.push((toks[head] as Token).t);
  return out;
}
