/**
 * Unnamed sources and groups behind a demonym or country name: "Chinese security agents", "Russian
 * officials", "the US military" stand for the state; "Syrian rebels", "US and British activists" are
 * groups of their own, not the state; "a Nigerian student" is a private person (no actor).
 * "Western diplomats" stand for the West. The head noun may follow up to two lower-case modifiers.
 */
import { NOUN_CUE, SPEECH, tokenFlags, VERB_CUE } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import type { Ctx, Mention } from './types.js';
import { AUX, BE, DETS, PREPS } from './words.js';

export type GroupClass = 'state' | 'nonstate' | 'individual';
export interface GroupHead {
  /** Token index of the head noun. */
  k: number;
  cls: GroupClass;
}

/** The group head noun after position j ("security agents", "pro-government militants"), if any. */
export function groupHead(toks: Token[], j: number, ctx: Ctx): GroupHead | null {
  const { cues } = ctx;
  for (let k = j; k < j + 3 && k < toks.length; k++) {
    const t = toks[k] as Token;
    const l = t.l;
    if (cues.groups.has(l)) return { k, cls: 'state' };
    if (cues.nonStateGroups.has(l)) return { k, cls: 'nonstate' };
    if (cues.individuals.has(l)) return { k, cls: 'individual' };
    // "Colombia was hiding rebels": a verb between the country and the noun ends the phrase.
    if (t.cap || t.t === '-' || PREPS.has(l) || DETS.has(l) || l === 'and' || l === 'to' || BE.has(l) || AUX.has(l)) return null;
    // (Right after a possessive a verb form is an adjective: "Iran's armed forces".)
    if (((tokenFlags(toks)[k] as number) & (VERB_CUE | SPEECH | NOUN_CUE)) !== 0 && toks[k - 1]?.l !== "'s") return null;
    const c = t.t.charCodeAt(0);
    if (!(c >= 97 && c <= 122)) return null;
  }
  return null;
}

/** Nothing nominal follows k: the end, punctuation, or a verb/speech cue, an auxiliary or an adverb. */
function endsPhrase(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return true;
  const c = t.t.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return !t.cap;
  return ((tokenFlags(toks)[k] as number) & (VERB_CUE | SPEECH)) !== 0 || AUX.has(t.l) || BE.has(t.l) || t.l.endsWith('ly');
}

const isCountryMention = (m: Mention | undefined): m is Mention =>
  m !== undefined && !m.poss && m.actors.length === 1 && m.actors[0]?.type === 'Country' && (m.kind === 'demonym' || m.kind === 'name');

const isOrgName = (m: Mention | undefined): boolean =>
  m !== undefined && m.actors.length === 1 && m.actors[0]?.type === 'Organization' && m.kind === 'name';

/** Rewrites country mentions followed by a group head noun; extends them over the head. */
export function applyGroupHeads(toks: Token[], out: Mention[], ctx: Ctx, from = 0): number {
  for (let n = from; n < out.length; n++) {
    const m = out[n];
    // "Azerbaijan's forces", "China's military": the state's own organs are the state.
    if (m?.poss && m.actors.length === 1 && m.actors[0]?.type === 'Country' && out[n + 1]?.i !== m.j + 1) {
      const h = groupHead(toks, m.j + 1, ctx);
      // "Iran's armed forces", "Russia's top diplomats": one modifier, when the head ends the phrase.
      if (h?.cls === 'state' && (h.k === m.j + 1 || (h.k === m.j + 2 && endsPhrase(toks, h.k + 1)))) {
        m.j = h.k + 1;
        m.poss = toks[m.j]?.l === "'s";
        m.plural = true;
      }
      continue;
    }
    // "ASEAN foreign ministers", "EU leaders", "the EU's ambassadors": a bloc's own people are the bloc.
    if (m && isOrgName(m)) {
      const h = groupHead(toks, m.poss && toks[m.j]?.l === "'s" ? m.j + 1 : m.j, ctx);
      if (h?.cls === 'state' && (toks[h.k] as Token).t.endsWith('s')) {
        m.j = h.k + 1;
        m.poss = toks[m.j]?.l === "'s";
        m.plural = true;
      }
      continue;
    }
    if (!isCountryMention(m)) continue;
    // "US and British activists": the head after the second demonym is shared.
    const nx = out[n + 1];
    const sep = toks[m.j]?.l;
    const shared = isCountryMention(nx) && nx.i === m.j + 1 && (sep === 'and' || sep === 'or' || sep === ',');
    const h = groupHead(toks, shared ? (nx as Mention).j : m.j, ctx);
    if (!h) continue;
    const head = (toks[h.k] as Token).t;
    const plural = head.endsWith('s') || head === 'military' || head === 'police' || head === 'government';
    if (h.cls === 'individual') m.actors = [];
    else if (h.cls === 'nonstate') {
      const demonym = (toks[m.i] as Token).t;
      const name = `${
        m.j === m.i + 1
          ? demonym
          : toks
              .slice(m.i, m.j)
              .map((t) => t.t)
              .join(' ')
      } ${head}`;
      m.actors = [ctx.reg.named(name, 'Group', name, { represents: null, weak: false })];
    }
    m.plural = plural;
    if (!shared) {
      m.j = h.k + 1;
      m.poss = toks[m.j]?.l === "'s";
    }
  }
  return out.length;
}

/** "Western diplomats", "Western governments": the West (when the dictionary has it). */
export function westernGroup(toks: Token[], i: number, ctx: Ctx): Mention | null {
  const h = groupHead(toks, i + 1, ctx);
  const west = ctx.dict.actors.get('the-west');
  if (h?.cls !== 'state' || !west) return null;
  const a = ctx.reg.fromDict(west, '');
  return { i, j: h.k + 1, actors: [a], kind: 'description', poss: toks[h.k + 1]?.l === "'s", coref: false, plural: true, head: undefined };
}
