/**
 * Finds relation cues in a sentence: verb cues (with their multi-word tails: "held lengthy talks"),
 * noun cues ("support", "a meeting"), and speech verbs ("said", "told"). A word that is both a verb
 * and a noun cue ("support", "visit", "attack") is read as a noun after a determiner, a possessive,
 * a modifier or a preposition, and as a verb otherwise.
 */
import { AUX, BE, DETS, isAdverb, NEG, PREPS } from '../actors/words.js';
import type { Cues, NounCue, VerbCue } from '../lexicon/cues.js';
import type { Token } from '../text/tokens.js';

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
  isVerb: Uint8Array;
}

const FILLER_MAX = 5;
const GERUND_PREPS = new Set(['by', 'after', 'before', 'since', 'without', 'upon']);

function matchRest(toks: Token[], from: number, rest: string[]): number {
  let p = from;
  for (const w of rest) {
    let found = -1;
    for (let g = 0; g <= FILLER_MAX && p + g < toks.length; g++) {
      const t = toks[p + g] as Token;
      if (t.l === w || t.l === `${w}s` || `${t.l}s` === w || t.l === `${w}es`) {
        found = p + g;
        break;
      }
      // Modifiers, numbers and hyphens may intervene ("sent two planeloads of humanitarian aid",
      // "held long-awaited talks"); a name, punctuation or a new phrase ends the cue.
      if (!(/^[\p{Ll}$\d]/u.test(t.t) || t.t === '-') || t.l === 'with' || t.l === 'to' || t.l === 'and' || t.l === 'that') break;
    }
    if (found < 0) return -1;
    p = found + 1;
  }
  return p;
}

function nounReading(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  // "Talks between Armenia and Azerbaijan resumed": a sentence-initial noun before its preposition.
  if (!prev) return PREPS.has(toks[i + 1]?.l ?? '');
  if (prev.l === 'to' || AUX.has(prev.l) || BE.has(prev.l) || NEG.has(prev.l) || isAdverb(prev.l)) return false;
  if (prev.l === 'they' || prev.l === 'we' || prev.l === 'i' || prev.l === 'you' || prev.l === 'who') return false;
  if (DETS.has(prev.l) || prev.l === "'s" || PREPS.has(prev.l) || prev.cap) return true;
  const next = toks[i + 1];
  if (next && (next.l === 'for' || next.l === 'from' || next.l === 'of')) return true;
  return /^[\p{Ll}]/u.test(prev.t) && !/ed$/.test(prev.l) && prev.l !== 'and' && prev.l !== ',';
}

/** `inMention[i] >= 0` marks tokens inside an actor mention ("press secretary"): never a predicate. */
export function scan(toks: Token[], cues: Cues, inMention?: Int16Array): Scan {
  const verbs: VerbHit[] = [];
  const nouns: NounHit[] = [];
  const speech: SpeechHit[] = [];
  const isVerb = new Uint8Array(toks.length);
  const consumed = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (consumed[i] || (inMention !== undefined && (inMention[i] as number) >= 0)) continue;
    const nounList = cues.nouns.get(t.l);
    const verbList = cues.verbs.get(t.l);
    // Most words are no cue at all: skip them before any further test.
    if (nounList === undefined && verbList === undefined && toks[i + 1]?.l !== 'to' && !cues.speech.has(t.l)) continue;
    // Right after a verb cue, a word that is also a noun cue is its object: "supplied arms to".
    const asNoun = nounList !== undefined && (verbList === undefined || nounReading(toks, i) || (i > 0 && isVerb[i - 1] === 1));
    // "with visiting U.S. Secretary ...", "the ruling party": a participle used as an adjective.
    // "by expelling the ...", "after meeting Putin": a gerund after these prepositions is an act.
    const adjectival =
      i > 0 &&
      t.l.endsWith('ing') &&
      ((PREPS.has((toks[i - 1] as Token).l) && !GERUND_PREPS.has((toks[i - 1] as Token).l)) ||
        DETS.has((toks[i - 1] as Token).l) ||
        (isVerb[i - 1] === 1 && toks[i + 1]?.cap === true));
    // A finite verb never follows a preposition: "advised against travel", "for talks" (gerunds aside).
    const afterPrep = i > 0 && PREPS.has((toks[i - 1] as Token).l) && (toks[i - 1] as Token).l !== 'to' && !t.l.endsWith('ing');
    if (verbList && !asNoun && !t.cap && !adjectival && !afterPrep) {
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
        for (let k = i; k < bestJ; k++) consumed[k] = 1;
        isVerb[i] = 1;
      }
      if (isVerb[i]) continue;
    }
    // "attack helicopters", "protest movement", "war crimes": a noun compound names a thing, not an event.
    if (nounList && asNoun && !cues.compoundHeads.has(toks[i + 1]?.l ?? '')) {
      for (const cue of nounList) {
        const n = cue.words.length;
        if (cue.words.every((w, k) => toks[i + k]?.l === w)) {
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
    const sp = cues.speech.get(t.l);
    const before = toks[i - 1];
    if (sp && !t.cap && !(before && (DETS.has(before.l) || before.l === "'s"))) {
      for (const [, ...rest] of sp) {
        const j = rest.length === 0 ? i + 1 : matchRest(toks, i + 1, rest);
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
