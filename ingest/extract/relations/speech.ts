/**
 * Reported speech. Finds who speaks in a sentence ("X said ...", "..., X said", "..., said X") and
 * the span of what is reported. The speaker is the source of evaluations inside the content
 * ("X said Y was hypocritical" -> X CRITICIZED Y) and stands for "we"/"I" in quotes.
 */
import type { ArticleActor } from '../actors/registry.js';
import type { Mention } from '../actors/types.js';
import { DAYS_MONTHS, NEG } from '../actors/words.js';
import type { Cues } from '../lexicon/cues.js';
import { BLAME, EVALUATIVE } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import { subjects } from './args.js';
import { wordsAt } from './scan.js';
import { clauseOf } from './clauses.js';
import type { RawRelation } from './emit.js';
import type { Frame } from './frame.js';

export interface Attribution {
  speaker: ArticleActor[];
  speakerMention: Mention | null;
  contentStart: number;
  contentEnd: number;
}

export function attribution(f: Frame): Attribution | null {
  const { toks } = f;
  for (const hit of f.sc.speech) {
    // Post-posed: "..., Blinken said." / "..., said ministry spokesperson Wang Wenbin."
    let comma = -1;
    for (let k = hit.i - 1; k >= Math.max(0, hit.i - 8); k--)
      if ((toks[k] as Token).t === ',') {
        comma = k;
        break;
      }
    if (comma > 0) {
      // "France's foreign minister, Dominique de Villepin, said ...": an apposition ends at the comma.
      const appos = comma === hit.i - 1 ? f.mentions.find((m) => m.i === 0 && m.j === comma && m.actors.length > 0) : undefined;
      if (appos)
        return {
          speaker: appos.actors,
          speakerMention: appos,
          contentStart: toks[hit.j]?.l === 'that' ? hit.j + 1 : hit.j,
          contentEnd: toks.length,
        };
      // "..., Blinken said." but not "At a briefing, the president described X as ...": a post-posed
      // speech verb ends its clause (end, punctuation, a time or place phrase, "adding").
      const pre = closes(toks, hit.j) ? f.mentions.find((m) => m.i > comma && m.j <= hit.i && m.actors.length > 0) : undefined;
      // "..., said Wang Wenbin." but not "Albright, the U.S. ambassador, said Washington was ...".
      const post = f.mentions.find((m) => m.i >= hit.j && m.i <= hit.j + 1 && m.actors.length > 0 && closes(toks, m.j));
      const sp = pre ?? (comma === hit.i - 1 ? post : undefined);
      if (sp) return { speaker: sp.actors, speakerMention: sp, contentStart: 0, contentEnd: comma };
    }
    const subj = subjects(f, hit.i).filter((m) => m.kind !== 'we');
    if (subj.length > 0) {
      const start = toks[hit.j]?.l === 'that' ? hit.j + 1 : hit.j;
      const speaker: ArticleActor[] = [];
      for (const m of subj) for (const a of m.actors) speaker.push(a);
      return { speaker, speakerMention: subj[0] as Mention, contentStart: start, contentEnd: toks.length };
    }
  }
  return null;
}

/** Does the attribution end at k: the sentence end, punctuation, or a time/place phrase or "adding"? */
function closes(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return true;
  if (!LETTER.test(t.t)) return t.t !== '-' && t.t !== "'s";
  return CLOSERS.has(t.l) || DAYS_MONTHS.has(t.l) || t.l.endsWith('ing');
}
const LETTER = /^\p{L}/u;
const CLOSERS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'late',
  'earlier',
  'later',
  'last',
  'this',
  'while',
  'when',
  'as',
  'according',
  'from',
  'to',
  'told',
  'and',
]);

/** "X said Y was hypocritical": the first evaluated actor of the content, criticised by the speaker. */
export function evaluation(f: Frame, at: Attribution, cues: Cues, table: Map<string, string[][]> = cues.evaluative): Mention | null {
  const { toks, flags } = f;
  // The table's first words are flagged (BLAME, EVALUATIVE): other words need no lookup.
  const bit = table === cues.blame ? BLAME : table === cues.evaluative ? EVALUATIVE : 0;
  for (let i = at.contentStart; i < Math.min(at.contentEnd, toks.length); i++) {
    if (bit !== 0 && ((flags[i] as number) & bit) === 0) continue;
    const t = toks[i] as Token;
    const list = table.get(t.l);
    if (!list || !anyWordsAt(toks, i, list)) continue;
    return evaluatedAt(f, at, i);
  }
  return null;
}

/** The actor evaluated by the evaluative word at i (none when it is negated). */
function evaluatedAt(f: Frame, at: Attribution, i: number): Mention | null {
  const { toks } = f;
  for (let p = i - 1; p >= Math.max(at.contentStart, i - 3); p--) if (NEG.has((toks[p] as Token).l)) return null;
  const ci = clauseOf(f.cl, i);
  const own = f.cl[ci];
  if (!own) return null;
  // "described X as hypocritical": the evaluated actor sits before "as".
  const c = own.opener === 'as' && ci > 0 ? { ...own, start: (f.cl[ci - 1] as { start: number }).start } : own;
  const speakerIds = new Set<string>();
  for (const a of at.speaker) speakerIds.add(a.id).add(a.represents ?? '');
  // "its dangerous behavior", "Beijing's growing aggressiveness": the possessor is evaluated.
  for (let p = i - 1; p >= Math.max(c.start, i - 3); p--) {
    const k = f.mentionAt[p] ?? -1;
    const pm = k >= 0 ? (f.mentions[k] as Mention) : null;
    if (pm?.poss && pm.actors.length === 1 && !speakerIds.has((pm.actors[0] as ArticleActor).id)) return pm;
  }
  const m = f.mentions.find(
    (m) =>
      m.i >= Math.max(c.start, at.contentStart) &&
      m.j <= Math.min(c.end, at.contentEnd) &&
      m.actors.length === 1 &&
      m.kind !== 'we' &&
      m.kind !== 'place' &&
      !speakerIds.has((m.actors[0] as ArticleActor).id),
  );
  return m ?? null;
}

function anyWordsAt(toks: Token[], i: number, phrases: string[][]): boolean {
  for (const w of phrases) if (wordsAt(toks, i, w)) return true;
  return false;
}

const VERBAL = new Set(['SUPPORTS', 'OPPOSES', 'CRITICIZED', 'PRAISED', 'ACCUSED', 'URGED']);

/** "de Villepin said France would not back X": a minister stating his country's position holds it too. */
export function speakerHolds(out: RawRelation[], speaker: ArticleActor): void {
  // A minister, or a ministry ("the Russian Foreign Ministry said Moscow stood with China").
  if ((speaker.type !== 'Person' && speaker.type !== 'Organization') || !speaker.represents) return;
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const r = out[k] as RawRelation;
    // "said Russia would not back X" / "said the Russian Foreign Ministry condemned X": the speaker's
    // country or ministry; a verbal stance (not an act: "said the US had sanctioned X" is no sanction).
    const own =
      r.source.id === speaker.represents ||
      (speaker.type === 'Person' &&
        r.source.type === 'Organization' &&
        r.source.kind === 'ministry' &&
        r.source.represents === speaker.represents);
    if (!own || !VERBAL.has(r.type) || r.target === speaker || r.target.id === speaker.represents) continue;
    out.push({
      ...r,
      source: speaker,
      confidence: Math.round(r.confidence * 90) / 100,
      method: `speech:speaker-holds-${r.method.split(':')[1] ?? r.type}`,
    });
  }
}
