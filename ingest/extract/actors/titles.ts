/**
 * Role titles before a name: "[the|his] [senior] [Chinese|U.S.|Russia's] Defense Minister [of X] Name".
 * With a name: a Person with role and country taken from the text alone. Without a name: a
 * description ("the Chinese leader", "the minister", "Russia's UN ambassador") resolved by coref.
 */
import { TITLE_HEAD, TITLE_MOD, TITLE_START, tokenFlags } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import { dictMatchAt } from './dictmatch.js';
import type { Ctx } from './types.js';
import { DAYS_MONTHS, DETS, FUNCTION_CAPS, REGION_WORDS } from './words.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const LETTER_START = /^\p{L}/u;
const NAME_SYLLABLE = /^\p{Ll}{1,5}$/u;

const START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

export interface TitlePhrase {
  i: number;
  /** End of the title words (exclusive): the name, if any, starts here. */
  k: number;
  /** The title words as written are tokens [roleStart, roleEnd): see titleRole (built on demand). */
  roleStart: number;
  roleEnd: number;
  head: string;
  country: string | null;
  /** Possessive determiner before the title ("his Chinese counterpart"). */
  possPronoun: string | null;
  definite: boolean;
}

export function parseTitle(toks: Token[], i: number, ctx: Ctx): TitlePhrase | null {
  const { cues } = ctx;
  let k = i;
  let definite = false;
  let possPronoun: string | null = null;
  const t0 = toks[k];
  if (!t0) return null;
  // Fast exit: a title starts with a determiner, a possessive, a title word or a dictionary name
  // (title heads, title modifiers and first words of dictionary names: TITLE_START).
  const flags = tokenFlags(toks);
  if (START.has(t0.l)) {
    if (k + 1 >= toks.length || ((flags[k + 1] as number) & TITLE_START) === 0) return null;
  } else if (((flags[k] as number) & TITLE_START) === 0) return null;
  if (t0.l === 'the' || t0.l === 'a' || t0.l === 'an') {
    definite = t0.l === 'the';
    k++;
  } else if (t0.l === 'his' || t0.l === 'her' || t0.l === 'their' || t0.l === 'its') {
    possPronoun = t0.l;
    k++;
  }
  let country: string | null = null;
  let roleStart = -1;
  let head = '';
  let heads = 0;
  for (let guard = 0; guard < 12 && k < toks.length; guard++) {
    const t = toks[k] as Token;
    if (country === null && heads === 0) {
      const m = dictMatchAt(toks, k, ctx.dict);
      if (m && (m.actor.type === 'Country' || m.actor.type === 'Organization') && m.kind !== 'place') {
        country = m.actor.id;
        roleStart = -1;
        k += m.toks.length;
        if (toks[k]?.l === "'s") k++;
        continue;
      }
    }
    const fl = flags[k] as number;
    if ((fl & (TITLE_HEAD | TITLE_MOD)) !== 0 || t.l === 'of' || (t.t === '-' && roleStart >= 0)) {
      // "of" starts a domain only after a head: "Minister of Public Security", "Secretary of State".
      if (t.l === 'of') {
        let d = k + 1;
        while (d < toks.length && cues.titleDomains.has((toks[d] as Token).l)) d++;
        if (heads === 0 || d === k + 1 || (toks[d - 1] as Token).l === 'the') break;
        k = d;
        continue;
      }
      if (roleStart < 0) roleStart = k;
      if ((fl & TITLE_HEAD) !== 0) {
        heads++;
        head = t.l;
      }
      k++;
      continue;
    }
    break;
  }
  if (heads === 0 || roleStart < 0) return null;
  // Trim trailing modifiers that are really the start of a name ("General" handled as head).
  let end = k;
  while (end > roleStart && !cues.titleHeads.has((toks[end - 1] as Token).l) && !cues.titleDomains.has((toks[end - 1] as Token).l)) end--;
  if (end <= roleStart) return null;
  // Without a trailing "of".
  let last = end;
  while (last > roleStart + 1 && (toks[last - 1] as Token).l === 'of') last--;
  return { i, k: end, roleStart, roleEnd: last, head, country, possPronoun, definite };
}

/** Forms of address, no roles: "Mr Kabila", "Ms. Lawlor", "Dr. Aguirre". */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr.', 'sir', 'prof.']);

/** The title words as written, hyphens glued ("Secretary-General"), first letter capitalised; null for a form of address alone. */
export function titleRole(toks: Token[], tp: TitlePhrase): string | null {
  let honorific = true;
  for (let n = tp.roleStart; n < tp.roleEnd; n++) if (!HONORIFICS.has((toks[n] as Token).l)) honorific = false;
  if (honorific) return null;
  let role = '';
  for (let n = tp.roleStart; n < tp.roleEnd; n++) {
    const w = (toks[n] as Token).t;
    role += n === tp.roleStart || w === '-' || (toks[n - 1] as Token).t === '-' ? w : ` ${w}`;
  }
  // Capitalised first letter (most titles already are: the string is kept as it is).
  const c0 = role.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90)) role = role.charAt(0).toUpperCase() + role.slice(1);
  return role;
}

/** A capitalised name run at k: "Antony Blinken", "Bashar al-Assad", "Ferdinand Marcos Jr.". */
/** Lower-case particles that may follow a first one inside a name ("van den", "von der", "de la"). */
const SECOND_PARTICLES = new Set(['den', 'der', 'la', 'los', 'las', 'le']);
const FIRST_PARTICLES = new Set(['van', 'von', 'de']);

export function nameRun(toks: Token[], k: number, ctx: Ctx): number {
  let j = k;
  // At most five words, or eight in a name with particles and hyphens ("Khalid bin Ahmed bin Mohammed Al-Khalifa").
  let hyphens = 0;
  let particles = 0;
  while (j < toks.length && j - k - hyphens < (particles > 0 ? 8 : 5)) {
    const t = toks[j] as Token;
    // "Theresa May", "Brian Will": a modal (or month) spelled as a surname after a name word.
    const modalSurname = j > k && (t.t === 'May' || t.t === 'Will') && toks[j + 1]?.cap !== true;
    const isName =
      t.cap &&
      LETTER_START.test(t.t) &&
      (modalSurname || (!FUNCTION_CAPS.has(t.l) && !DAYS_MONTHS.has(t.l))) &&
      !ctx.cues.titleHeads.has(t.l) &&
      !DETS.has(t.l);
    const joiner =
      j > k &&
      (t.t === '-' ||
        t.l === 'bin' ||
        t.l === 'al' ||
        t.l === 'de' ||
        t.l === 'van' ||
        t.l === 'von' ||
        t.l === 'da' ||
        t.l === 'jr.' ||
        (SECOND_PARTICLES.has(t.t) && FIRST_PARTICLES.has((toks[j - 1] as Token).t)) ||
        (t.t === 'of' && j - k >= 1 && !ctx.cues.titleHeads.has((toks[j - 1] as Token).l))) &&
      (toks[j + 1]?.cap === true ||
        (toks[j + 1]?.t === '-' && toks[j + 2]?.cap === true) ||
        // "Hans van den Broek", "Jean de la Fontaine": a second particle before the surname.
        (SECOND_PARTICLES.has(toks[j + 1]?.t ?? '') && toks[j + 2]?.cap === true));
    // "Kim Dae-jung", "Moon Jae-in": a hyphenated lower-case syllable ends a name.
    const syllable =
      j > k && t.t === '-' && (toks[j - 1] as Token).cap && NAME_SYLLABLE.test(toks[j + 1]?.t ?? '') && toks[j + 2]?.t !== '-';
    if (syllable) {
      j += 2;
      break;
    }
    if (!isName && !joiner && !(t.l === 'jr.' && j > k)) break;
    if (t.t === '-') hyphens++;
    else if (joiner || t.l === 'al') particles++;
    // A name run stops where a dictionary name starts ("Blaming China", "Xi China's").
    // Not after region words only: "East African Community", "Southern African Development Community".
    if (j > k && isName && dictMatchAt(toks, j, ctx.dict) && !ctx.dict.surnames.has(t.l) && !regionOnly(toks, k, j)) break;
    j++;
  }
  while (j > k && (toks[j - 1] as Token).t === '-') j--;
  return j;
}

/** Tokens [k, j) are all region words ("East", "Southern African"). */
function regionOnly(toks: Token[], k: number, j: number): boolean {
  for (let q = k; q < j; q++) if (!REGION_WORDS.has((toks[q] as Token).l)) return false;
  return true;
}
