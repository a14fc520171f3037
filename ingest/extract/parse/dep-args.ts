/**
 * Arguments of a cue read from the dependency parse (accurate mode): subjects (nsubj, nsubj:pass,
 * the controlled subject nsubj:xsubj of "refused to back"), passive agents (obl:agent) and objects
 * (obj, obl:<prep>). Enhanced++ arcs already distribute arguments over coordination ("X and Y met"),
 * relative clauses and control verbs. Each answer is null when the parse has no such arc, so that the
 * caller can fall back on the punctuation rules (relations/args.ts, objects.ts).
 */
import type { Mention } from '../actors/types.js';
import type { Frame } from '../relations/frame.js';
import type { DepArc, DepView } from './align.js';

/** The cue's words [i, j) as parser tokens, its verb first ("held talks with": held, talks, with). */
function cueTokens(d: DepView, i: number, j: number): number[] {
  const out: number[] = [];
  for (let t = i; t < j; t++) {
    const k = d.parserOf[t] as number;
    if (k >= 0 && !out.includes(k)) out.push(k);
  }
  const v = out.findIndex((k) => (d.pos[k] as string).startsWith('VB'));
  if (v > 0) out.unshift(...out.splice(v, 1));
  return out;
}

/** Words that name who a noun phrase is: "the Chinese delegation", "Canberra's envoy", "Foreign Minister Smith". */
const NAMING = new Set(['compound', 'amod', 'flat', 'appos', 'nmod:poss']);

/**
 * The mentions standing for a parser token: the one over its own words (a person in apposition
 * rather than a title: "the US commander in Iraq, General David Petraeus"), else those over its naming
 * modifiers ("Polish and Lithuanian leaders": both).
 */
export function mentionsOfToken(f: Frame, k: number, depth = 0): Mention[] {
  const d = f.dep as DepView;
  const own = ownMention(f, d, k);
  if (depth > 0) return own ? [own] : [];
  // "Polish and Lithuanian leaders": coordinated demonyms all name the group.
  if (own?.kind === 'demonym') return [own, ...demonymKids(f, d, k, own)];
  if (own && own.kind !== 'title' && own.kind !== 'description') return [own];
  for (const arc of d.kids[k] as DepArc[]) {
    const a = arc.rel === 'appos' ? ownMention(f, d, arc.at) : null;
    if (a && a.actors[0]?.type === 'Person') return [a];
  }
  if (own) return [own];
  const out: Mention[] = [];
  for (const arc of d.kids[k] as DepArc[])
    if (NAMING.has(arc.rel)) for (const m of mentionsOfToken(f, arc.at, 1)) if (!out.includes(m)) out.push(m);
  // "Cuban MiG fighters": a known actor, not an unknown word, names the group.
  return out.some((m) => m.kind !== 'unknown') ? out.filter((m) => m.kind !== 'unknown') : out;
}

function demonymKids(f: Frame, d: DepView, k: number, own: Mention): Mention[] {
  const out: Mention[] = [];
  for (const arc of d.kids[k] as DepArc[]) {
    const m = arc.rel === 'amod' ? ownMention(f, d, arc.at) : null;
    if (m && m !== own && m.kind === 'demonym' && !out.includes(m)) out.push(m);
  }
  return out;
}

function ownMention(f: Frame, d: DepView, k: number): Mention | null {
  for (let t = d.first[k] as number; t < (d.end[k] as number); t++) {
    const mi = f.mentionAt[t] as number;
    if (mi >= 0) return f.mentions[mi] as Mention;
  }
  return null;
}

/** The actor mentions standing for parser tokens ks, each once. */
export function mentionsAt(f: Frame, ks: number[]): Mention[] {
  const out: Mention[] = [];
  for (const k of ks) for (const m of mentionsOfToken(f, k)) if (m.actors.length > 0 && !out.includes(m)) out.push(m);
  return out;
}

/** The mentions of the dependents of `heads` whose relation passes `keep` (in text order), or null when none has one. */
function mentionsOf(f: Frame, heads: number[], keep: (rel: string) => boolean): Mention[] | null {
  const d = f.dep as DepView;
  const ks: number[] = [];
  for (const h of heads) for (const arc of d.kids[h] as DepArc[]) if (keep(arc.rel)) ks.push(arc.at);
  return ks.length > 0 ? mentionsAt(f, ks).sort((a, b) => a.i - b.i) : null;
}

const isSubject = (rel: string) => rel === 'nsubj' || rel === 'nsubj:pass' || rel === 'nsubj:xsubj' || rel === 'csubj';

/** The subjects of the cue's verb, or null when the parse gives it none. */
export function depSubjects(f: Frame, i: number, j: number): Mention[] | null {
  const ks = cueTokens(f.dep as DepView, i, j);
  return ks.length > 0 ? mentionsOf(f, [ks[0] as number], isSubject) : null;
}

/** The by-agents of a passive cue ("was criticized by X and Y"), or null. */
export function depAgents(f: Frame, i: number, j: number): Mention[] | null {
  const ks = cueTokens(f.dep as DepView, i, j);
  return ks.length > 0 ? mentionsOf(f, [ks[0] as number], (rel) => rel === 'obl:agent') : null;
}

/** The objects of a cue by its prepositions ('' for a direct object), on any of its words, or null. */
export function depObjects(f: Frame, i: number, j: number, preps: string[]): Mention[] | null {
  const ks = cueTokens(f.dep as DepView, i, j);
  const direct = preps.includes('');
  const keep = (rel: string) => {
    if (direct && (rel === 'obj' || rel === 'iobj')) return true;
    const colon = rel.indexOf(':');
    if (colon < 0 || rel === 'obl:agent') return false;
    const kind = rel.slice(0, colon);
    return (kind === 'obl' || kind === 'nmod') && preps.includes(rel.slice(colon + 1).replace(/_/g, ' '));
  };
  return ks.length > 0 ? mentionsOf(f, ks, keep) : null;
}
