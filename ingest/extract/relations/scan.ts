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

const FILLER_MAX = 3;

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
      if (!/^[\p{Ll}$\d]/u.test(t.t) || t.l === 'with' || t.l === 'to') break;
    }
    if (found < 0) return -1;
    p = found + 1;
  }
  return p;
}

function nounReading(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  if (prev.l === 'to' || AUX.has(prev.l) || BE.has(prev.l) || NEG.has(prev.l) || isAdverb(prev.l)) return false;
  if (prev.l === 'they' || prev.l === 'we' || prev.l === 'i' || prev.l === 'you' || prev.l === 'who') return false;
  if (DETS.has(prev.l) || prev.l === "'s" || PREPS.has(prev.l) || prev.cap) return true;
  const next = toks[i + 1];
  if (next && (next.l === 'for' || next.l === 'from' || next.l === 'of')) return true;
  return /^[\p{Ll}]/u.test(prev.t) && !/ed$/.test(prev.l) && prev.l !== 'and' && prev.l !== ',';
}

export function scan(toks: Token[], cues: Cues): Scan {
  const verbs: VerbHit[] = [];
  const nouns: NounHit[] = [];
  const speech: SpeechHit[] = [];
  const isVerb = new Uint8Array(toks.length);
  const consumed = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (consumed[i]) continue;
    const nounList = cues.nouns.get(t.l);
    const verbList = cues.verbs.get(t.l);
    const asNoun = nounList !== undefined && (verbList === undefined || nounReading(toks, i));
    // "with visiting U.S. Secretary ...", "the ruling party": a participle used as an adjective.
    const adjectival =
      i > 0 &&
      t.l.endsWith('ing') &&
      (PREPS.has((toks[i - 1] as Token).l) || DETS.has((toks[i - 1] as Token).l) || (isVerb[i - 1] === 1 && toks[i + 1]?.cap === true));
    // A finite verb never follows a preposition: "advised against travel", "for talks" (gerunds aside).
    const afterPrep = i > 0 && PREPS.has((toks[i - 1] as Token).l) && (toks[i - 1] as Token).l !== 'to' && !t.l.endsWith('ing');
    if (verbList && !asNoun && !t.cap && !adjectival && !afterPrep) {
      for (const cue of verbList) {
        const j = cue.rest.length === 0 ? i + 1 : matchRest(toks, i + 1, cue.rest);
        if (j < 0) continue;
        verbs.push({ kind: 'verb', i, j, cue, form: t.l });
        for (let k = i; k < j; k++) consumed[k] = 1;
        isVerb[i] = 1;
        break;
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
