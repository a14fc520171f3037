/**
 * Finds relation cues in a sentence: verb cues (with their multi-word tails: "held lengthy talks"),
 * noun cues ("support", "a meeting"), and speech verbs ("said", "told"). A word that is both a verb
 * and a noun cue ("support", "visit", "attack") is read as a noun after a determiner, a possessive,
 * a modifier or a preposition, and as a verb otherwise.
 */
import { AUX, BE, DETS, isAdverb, NEG, PREPS, UNDO } from '../actors/words.js';
import type { Cues, NounCue, VerbCue } from '../lexicon/cues.js';
import { NOUN_CUE, nounCuesOf, SPEECH, speechOf, tokenFlags, VERB_CUE, verbCuesOf } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const LOWER_OR_NUMBER_START = /^[\p{Ll}$\d]/u;
const LOWER_START = /^[\p{Ll}]/u;
const ED_END = /ed$/;

export interface VerbHit {
  kind: 'verb';
  i: number;
  j: number;
  cue: VerbCue;
  form: string;
}
export interface NounHit {
  kind: 'noun';
  i: number;
  j: number;
  cue: NounCue;
}
export interface SpeechHit {
  i: number;
  j: number;
  base: string;
}

export interface Scan {
  verbs: VerbHit[];
  nouns: NounHit[];
  speech: SpeechHit[];
  /** Token index -> true when the token is part of a verb cue (a predicate). */
  isVerb: number[];
}

const FILLER_MAX = 5;
const MODALS = new Set(['would', 'could', 'might', 'may', 'must', 'should', 'will', 'can', 'shall']);
const ASPECTUAL = new Set([
  'stop',
  'stops',
  'stopped',
  'cease',
  'ceased',
  'halt',
  'halted',
  'keep',
  'keeps',
  'kept',
  'continue',
  'continued',
  'start',
  'started',
  'began',
  'begin',
  'resume',
  'resumed',
  'end',
  'ended',
]);
const GERUND_PREPS = new Set(['by', 'after', 'before', 'since', 'without', 'upon', 'in']);
/** Praise and rebuke that presuppose the act after "<X> for" ("thanked X for backing Y"; relations/for-gerund.ts). */
export const EVALUATION_TYPES: ReadonlySet<string> = new Set(['PRAISED', 'CRITICIZED', 'SANCTIONED']);

/** "thanked the United States for backing ...": a gerund after "<evaluation> <actor> for" is an act (relations/for-gerund.ts). */
function evaluatedFor(toks: Token[], i: number, verbs: VerbHit[], inMention: ArrayLike<number> | undefined): boolean {
  if ((toks[i - 1] as Token).l !== 'for' || !inMention || (inMention[i - 2] ?? -1) < 0) return false;
  const last = verbs[verbs.length - 1];
  return last !== undefined && last.j <= i - 2 && last.i >= i - 14 && EVALUATION_TYPES.has(last.cue.type);
}
/** Articles and possessives: no finite verb follows them ("that" and "all" may: "that condemned"; "the summit's host"). */
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'his', 'their', 'our', 'my', 'your', 'this', 'these', 'those', "'s"]);

/** l is w, w + "s", w + "es", or w is l + "s" (compared in place: no string is built). */
function pluralOf(l: string, w: string): boolean {
  if (l === w) return true;
  const n = w.length;
  if (l.length === n + 1) return l.charCodeAt(n) === 115 && l.startsWith(w);
  if (l.length === n + 2) return l.charCodeAt(n) === 101 && l.charCodeAt(n + 1) === 115 && l.startsWith(w);
  return l.length === n - 1 && w.charCodeAt(n - 1) === 115 && w.startsWith(l);
}

/** The end of the words rest[skip..] matched from `from` on (modifiers may intervene), or -1. */
export function matchRest(toks: Token[], from: number, rest: string[], skip = 0): number {
  let p = from;
  for (let r = skip; r < rest.length; r++) {
    const w = rest[r] as string;
    let found = -1;
    for (let g = 0; g <= FILLER_MAX && p + g < toks.length; g++) {
      const t = toks[p + g] as Token;
      if (pluralOf(t.l, w)) {
        found = p + g;
        break;
      }
      // Modifiers, numbers and hyphens may intervene ("sent two planeloads of humanitarian aid",
      // "held long-awaited talks"); a name, punctuation or a new phrase ends the cue.
      if (!(LOWER_OR_NUMBER_START.test(t.t) || t.t === '-') || t.l === 'with' || t.l === 'to' || t.l === 'and' || t.l === 'that') break;
    }
    if (found < 0) return -1;
    p = found + 1;
  }
  return p;
}

/**
 * Do the tokens at i spell these words? (A function, not a closure in the token loop: a closure
 * capturing the loop variable costs an allocation per token.)
 */
export function wordsAt(toks: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.l !== words[k]) return false;
  return true;
}

function nounReading(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  // "Talks between Armenia and Azerbaijan resumed", "Sanctions imposed by the EU on ...": a sentence-initial
  // word that is both is a noun (news sentences do not open with an imperative).
  if (!prev) return true;
  if (prev.l === 'to' || AUX.has(prev.l) || BE.has(prev.l) || NEG.has(prev.l) || isAdverb(prev.l)) return false;
  // "After meeting Putin", "by visiting Taiwan": a gerund with its object is an act.
  const nx = toks[i + 1];
  if (GERUND_PREPS.has(prev.l) && (toks[i] as Token).l.endsWith('ing') && nx && (nx.cap || DETS.has(nx.l))) return false;
  if (prev.l === 'they' || prev.l === 'we' || prev.l === 'i' || prev.l === 'you' || prev.l === 'who') return false;
  // "stop backing the Taliban", "kept supplying arms": after an aspectual verb the -ing form is the act.
  if (ASPECTUAL.has(prev.l) && (toks[i] as Token).l.endsWith('ing')) return false;
  if (DETS.has(prev.l) || prev.l === "'s" || PREPS.has(prev.l) || prev.cap || UNDO.has(prev.l)) return true;
  const next = toks[i + 1];
  if (next && (next.l === 'for' || next.l === 'from' || next.l === 'of')) return true;
  return LOWER_START.test(prev.t) && !ED_END.test(prev.l) && prev.l !== 'and' && prev.l !== ',';
}

/** "NATO calls on Russia": after a name, a present-tense form with its phrasal particle is the verb, not "NATO calls". */
function phrasalAfterName(toks: Token[], i: number, verbList: VerbCue[]): boolean {
  const prev = toks[i - 1];
  const t = toks[i] as Token;
  if (!prev?.cap || !t.l.endsWith('s')) return false;
  return verbList.some((c) => c.rest.length > 0 && matchRest(toks, i + 1, c.rest) >= 0);
}

/**
 * "the armed forces", "its sanctioned banks": a verb form after an article or possessive is an
 * adjective; "U.S.-backed", "Saudi-led": after a hyphen, the second part of a compound adjective;
 * "how much more pressure could be put on him": a word followed by an auxiliary is its subject, a noun.
 */
function adjectiveOrNoun(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev && (prev.t === '-' || ARTICLES.has(prev.l))) return true;
  const nx = toks[i + 1];
  return nx !== undefined && (MODALS.has(nx.l) || (BE.has(nx.l) && nx.l !== 'being' && nx.l !== 'be'));
}

/**
 * "condemned what he called interference", "what Moscow described as a provocation": a free relative
 * inside the object of another verb, not a speech frame of its own (no clause boundary, no speaker).
 */
function freeRelative(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = toks[k] as Token;
    if (w.l === 'what') return k < i - 1;
    if (!(w.cap || w.l === 'he' || w.l === 'she' || w.l === 'they' || w.l === 'it' || w.l === 'the' || w.l === 'we')) return false;
  }
  return false;
}

/** `inMention[i] >= 0` marks tokens inside an actor mention ("press secretary"): never a predicate. */
/**
 * `pos` (accurate mode): the parser's part-of-speech tag per token, which settles whether a word that is
 * both a verb and a noun cue is read as a noun ("Ankara charges that ...": a verb after a name). Not for
 * "-ing" words: "Israeli tank shelling" is an act whatever its tag.
 */
export function scan(toks: Token[], cues: Cues, inMention?: number[], pos?: string[]): Scan {
  const verbs: VerbHit[] = [];
  const nouns: NounHit[] = [];
  const speech: SpeechHit[] = [];
  // A plain array of 0/1 (a typed array over 64 bytes would be allocated off-heap, slowly).
  const isVerb: number[] = new Array(toks.length);
  for (let k = 0; k < toks.length; k++) isVerb[k] = 0;
  // Tokens [.., consumedUntil) belong to a verb cue already found (its multi-word tail).
  let consumedUntil = 0;
  const flags = tokenFlags(toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (i < consumedUntil || (inMention !== undefined && (inMention[i] as number) >= 0)) continue;
    const fl = flags[i] as number;
    // Most words are no cue at all: skip them before any further test.
    if ((fl & (NOUN_CUE | VERB_CUE | SPEECH)) === 0 && toks[i + 1]?.l !== 'to') continue;
    const nounList = (fl & NOUN_CUE) !== 0 ? nounCuesOf(fl, t.l) : undefined;
    const verbList = (fl & VERB_CUE) !== 0 ? verbCuesOf(fl, t.l) : undefined;
    // Right after a verb cue, a word that is also a noun cue is its object: "supplied arms to".
    const asNoun =
      nounList !== undefined &&
      (verbList === undefined ||
        (pos && !t.l.endsWith('ing')
          ? (pos[i] as string).startsWith('NN')
          : nounReading(toks, i) && !phrasalAfterName(toks, i, verbList)) ||
        (i > 0 && isVerb[i - 1] === 1));
    // "with visiting U.S. Secretary ...", "the ruling party": a participle used as an adjective.
    // "by expelling the ...", "after meeting Putin": a gerund after these prepositions is an act.
    const adjectival =
      i > 0 &&
      t.l.endsWith('ing') &&
      ((PREPS.has((toks[i - 1] as Token).l) && !GERUND_PREPS.has((toks[i - 1] as Token).l) && !evaluatedFor(toks, i, verbs, inMention)) ||
        DETS.has((toks[i - 1] as Token).l) ||
        (isVerb[i - 1] === 1 && toks[i + 1]?.cap === true));
    // A finite verb never follows a preposition: "advised against travel", "for talks" (gerunds aside).
    // (Not the last syllable of a name: "Moon Jae-in met".)
    const prevInName = inMention !== undefined && i > 0 && (inMention[i - 1] as number) >= 0;
    const afterPrep =
      i > 0 && !prevInName && PREPS.has((toks[i - 1] as Token).l) && (toks[i - 1] as Token).l !== 'to' && !t.l.endsWith('ing');
    if (verbList && !asNoun && !t.cap && !adjectival && !afterPrep && !adjectiveOrNoun(toks, i)) {
      // The longest cue that matches; among equally long ones, the one whose preposition follows
      // ("held drills with X" cooperates, "held drills around X" mobilises).
      let best: VerbCue | null = null;
      let bestJ = -1;
      for (const cue of verbList) {
        if (best && cue.rest.length < best.rest.length) break;
        const j = cue.rest.length === 0 ? i + 1 : matchRest(toks, i + 1, cue.rest);
        if (j < 0) continue;
        if (!best) {
          best = cue;
          bestJ = j;
        } else if (cue.obj.includes(toks[j]?.l ?? '') && !best.obj.includes(toks[bestJ]?.l ?? '')) {
          best = cue;
          bestJ = j;
        }
      }
      if (best) {
        verbs.push({ kind: 'verb', i, j: bestJ, cue: best, form: t.l });
        consumedUntil = Math.max(consumedUntil, bestJ);
        isVerb[i] = 1;
      }
      if (isVerb[i]) continue;
    }
    // "attack helicopters", "protest movement", "war crimes": a noun compound names a thing, not an event.
    if (nounList && asNoun && !cues.compoundHeads.has(toks[i + 1]?.l ?? '')) {
      for (const cue of nounList) {
        const n = cue.words.length;
        if (wordsAt(toks, i, cue.words)) {
          nouns.push({ kind: 'noun', i, j: i + n, cue });
          break;
        }
      }
      continue;
    }
    // "and vowed to ...", "and refused to ...": a governing verb is a predicate (clause boundary).
    if (toks[i + 1]?.l === 'to' && !t.cap && (cues.threatenTo.has(t.l) || cues.refuse.has(t.l) || cues.keepTo.has(t.l))) {
      isVerb[i] = 1;
      continue;
    }
    const sp = (fl & SPEECH) !== 0 ? speechOf(fl, t.l) : undefined;
    const before = toks[i - 1];
    if (sp && !t.cap && !(before && (DETS.has(before.l) || before.l === "'s")) && !freeRelative(toks, i)) {
      for (const phrase of sp) {
        // phrase = [base, ...rest words]
        const j = phrase.length <= 1 ? i + 1 : matchRest(toks, i + 1, phrase, 1);
        if (j > 0) {
          speech.push({ i, j, base: (sp[0] as string[])[0] as string });
          isVerb[i] = 1;
          break;
        }
      }
    }
  }
  return { verbs, nouns, speech, isVerb };
}
