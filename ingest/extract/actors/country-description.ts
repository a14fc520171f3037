/**
 * "the kingdom", "the Baltic state", "the oil-rich Gulf nation", "the country": a definite description
 * of a country. It names a country other than the subject of its own clause (a writer would have said
 * "it"), so the latest country of the article is taken, skipping the sentence's latest subject country.
 */
import { NOUN_CUE, tokenFlags, VERB_CUE } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import type { ArticleActor } from './registry.js';
import type { Ctx, Mention } from './types.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const ASCII_WORD = /^[A-Za-z]+$/;

const HEADS = new Set(['country', 'nation', 'kingdom', 'republic', 'state', 'emirate', 'monarchy']);
/** Words after the head that make it part of a compound ("the state media", "the country director"). */
const COMPOUND_TAILS = new Set([
  'media',
  'department',
  'television',
  'tv',
  'news',
  'agency',
  'secretary',
  'council',
  'visit',
  'director',
  'team',
  'level',
  'capital',
]);
const SUBJECT_GLUE = new Set([',', 'which', 'who', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'also', 'then', 'later', 'had']);

export function countryDescription(toks: Token[], i: number, ctx: Ctx, prior: Mention[]): Mention | null {
  let k = i + 1;
  let mods = 0;
  const flags = tokenFlags(toks);
  while (k < toks.length && !HEADS.has((toks[k] as Token).l)) {
    const t = toks[k] as Token;
    if (++mods > 4 || ((flags[k] as number) & (VERB_CUE | NOUN_CUE)) !== 0 || !(t.t === '-' || ASCII_WORD.test(t.t))) return null;
    k++;
  }
  const head = toks[k];
  if (!head || (head.l === 'state' && mods === 0) || toks[i + 1]?.t === '-') return null;
  const next = toks[k + 1];
  if (next && (next.t === '-' || COMPOUND_TAILS.has(next.l) || next.l === 'of')) return null;
  const skip = subjectCountry(toks, prior, ctx);
  const a = ctx.reg.recent((x) => x.type === 'Country' && x !== skip);
  if (!a) return null;
  ctx.reg.touch(a, '');
  return { i, j: k + 1, actors: [a], kind: 'description', poss: next?.l === "'s", coref: true, plural: undefined, head: undefined };
}

/** The latest country mention of the sentence when it is a subject (a verb follows it). */
function subjectCountry(toks: Token[], prior: Mention[], ctx: Ctx): ArticleActor | null {
  for (let n = prior.length - 1; n >= 0; n--) {
    const m = prior[n] as Mention;
    const a = m.actors[0];
    if (m.actors.length !== 1 || a?.type !== 'Country') continue;
    for (let p = m.j; p < Math.min(toks.length, m.j + 4); p++) {
      const t = toks[p] as Token;
      if (ctx.cues.verbs.has(t.l) || ctx.cues.speech.has(t.l)) return a;
      if (!(SUBJECT_GLUE.has(t.l) || ctx.cues.groups.has(t.l) || t.l.endsWith('ly'))) break;
    }
    return null;
  }
  return null;
}
