/**
 * Word classes of every token of a sentence, looked up once: the recognisers and the relation rules
 * ask many closed-class questions of each token ("can it open a mention?", "is it a verb cue?",
 * "a title word?"), and one table lookup per token with bit tests afterwards is much cheaper than a
 * hash lookup per question. Each token's code holds its flags (low 16 bits) and a word id (high 16
 * bits) that indexes the word's dictionary entries and cue lists, so those need no lookup either.
 * The flags are exactly the sets the rules used before: the answers (and the output) are the same.
 */
import { ATTENDANCE_WORDS, MODAL_HYPO, PRONOUNS_F, PRONOUNS_IT, PRONOUNS_M, PRONOUNS_PL, PRONOUNS_WE, SUBORD } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { dictionary } from './build.js';
import type { NounCue, VerbCue } from './cues.js';
import { cues } from './cues.js';
import type { NameEntry } from './dictionary.js';

/** Can open a mention (a title word, a dictionary name's first word, a pronoun, a determiner ...). */
export const MENTION_START = 1;
/** A title head, a title modifier or the first word of a dictionary name. */
export const TITLE_START = 2;
export const TITLE_HEAD = 4;
export const TITLE_MOD = 8;
/** The first word of a dictionary name. */
export const DICT_FIRST = 16;
export const VERB_CUE = 32;
export const NOUN_CUE = 64;
export const SPEECH = 128;
export const EVALUATIVE = 256;
export const BLAME = 512;
export const SUBORDINATOR = 1024;
/** Hard clause punctuation: ; : — – ( ). */
export const HARD_PUNCT = 2048;
/** he/she/they/it and their forms (not we/I). */
export const PRONOUN = 4096;
/** Words that open a clause of their own: but, that, which, who, whom, where, nor. */
export const CLAUSE_WORD = 8192;
/** Words that report attendance at a meeting (relations/attendance.ts): attend, take part, chaired ... */
export const ATTENDANCE = 16384;
/** Hypothetical modals (would, could, might, may, should, must, ought). */
export const MODAL = 32768;

/** Words that open a mention besides the title, dictionary and pronoun words (actors/mentions.ts). */
const OPENERS = ['the', 'both', 'this', 'that', 'these', 'those', 'such', 'a', 'an', 'his', 'her', 'their', 'its', 'western'];
const HARD = [';', ':', '—', '–', '(', ')'];
const CLAUSE_WORDS = ['but', 'that', 'which', 'who', 'whom', 'where', 'nor'];

/** Per word id: the dictionary entries starting with the word and its cue lists (index 0: none). */
interface Lists {
  dict: (NameEntry[] | undefined)[];
  verbs: (VerbCue[] | undefined)[];
  nouns: (NounCue[] | undefined)[];
  speech: (string[][] | undefined)[];
}

let table: Map<string, number> | null = null;
const lists: Lists = { dict: [undefined], verbs: [undefined], nouns: [undefined], speech: [undefined] };

function build(): Map<string, number> {
  const c = cues();
  const d = dictionary();
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number) => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  mark(c.titleHeads, MENTION_START | TITLE_START | TITLE_HEAD);
  mark(c.titleMods, MENTION_START | TITLE_START | TITLE_MOD);
  mark(d.index.keys(), MENTION_START | TITLE_START | DICT_FIRST);
  for (const s of [PRONOUNS_M, PRONOUNS_F, PRONOUNS_PL, PRONOUNS_IT]) mark(s, MENTION_START | PRONOUN);
  mark(PRONOUNS_WE, MENTION_START);
  mark(OPENERS, MENTION_START);
  mark(c.verbs.keys(), VERB_CUE);
  mark(c.nouns.keys(), NOUN_CUE);
  mark(c.speech.keys(), SPEECH);
  mark(c.evaluative.keys(), EVALUATIVE);
  mark(c.blame.keys(), BLAME);
  mark(SUBORD, SUBORDINATOR);
  mark(HARD, HARD_PUNCT);
  mark(CLAUSE_WORDS, CLAUSE_WORD);
  mark(ATTENDANCE_WORDS, ATTENDANCE);
  mark(MODAL_HYPO, MODAL);
  const codes = new Map<string, number>();
  for (const [w, fl] of flags) {
    const id = lists.dict.length;
    // More words than 16 bits can number: the rest keep their flags and are looked up by name.
    codes.set(w, id < 0x10000 ? id * 0x10000 + fl : fl);
    if (id >= 0x10000) continue;
    lists.dict.push(d.index.get(w));
    lists.verbs.push(c.verbs.get(w));
    lists.nouns.push(c.nouns.get(w));
    lists.speech.push(c.speech.get(w));
  }
  return codes;
}

let memoToks: Token[] | null = null;
let memo: number[] = [];

/**
 * Flags and word id of each token of a sentence (by its lower-case form), memoised for the latest
 * sentence. A plain array: a typed array of more than 64 bytes is allocated outside the JS heap,
 * which costs more than the whole lookup pass.
 */
export function tokenFlags(toks: Token[]): number[] {
  if (toks === memoToks) return memo;
  if (!table) table = build();
  const out: number[] = new Array(toks.length);
  // (The lookup also gives each lower-case form its string hash, which later set lookups reuse.)
  for (let k = 0; k < toks.length; k++) out[k] = table.get((toks[k] as Token).l) ?? 0;
  memoToks = toks;
  memo = out;
  return out;
}

/** Dictionary entries whose first word is token k (dictionary().index.get). */
export function dictEntriesAt(toks: Token[], k: number): NameEntry[] | undefined {
  const code = tokenFlags(toks)[k] as number;
  if (code === 0) return undefined;
  const id = code >>> 16;
  return id > 0 ? lists.dict[id] : dictionary().index.get((toks[k] as Token).l);
}

/** The verb cues, noun cues and speech phrases of a word code (cues().verbs/nouns/speech.get). */
export function verbCuesOf(code: number, l: string): VerbCue[] | undefined {
  const id = code >>> 16;
  return id > 0 ? lists.verbs[id] : cues().verbs.get(l);
}
export function nounCuesOf(code: number, l: string): NounCue[] | undefined {
  const id = code >>> 16;
  return id > 0 ? lists.nouns[id] : cues().nouns.get(l);
}
export function speechOf(code: number, l: string): string[][] | undefined {
  const id = code >>> 16;
  return id > 0 ? lists.speech[id] : cues().speech.get(l);
}
