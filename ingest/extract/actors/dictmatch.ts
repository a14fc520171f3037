/**
 * Longest dictionary match at a token position, honouring capitalisation and exact acronyms.
 * The recognisers ask for the same positions several times (titles, names, name runs), so the
 * result is memoised per token array (one sentence): a deterministic cache, invisible to callers.
 */
import type { Dictionary, NameEntry } from '../lexicon/dictionary.js';
import { DICT_FIRST, dictEntriesAt, tokenFlags } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';

let memoToks: Token[] | null = null;
let memo: (NameEntry | null | undefined)[] = [];

export function dictMatchAt(toks: Token[], i: number, dict: Dictionary): NameEntry | null {
  if (toks !== memoToks) {
    memoToks = toks;
    memo = new Array(toks.length);
  }
  const hit = memo[i];
  if (hit !== undefined) return hit;
  // Only the first word of a dictionary name can start a match (DICT_FIRST).
  const r = i < toks.length && ((tokenFlags(toks)[i] as number) & DICT_FIRST) !== 0 ? matchAt(toks, i, dict) : null;
  memo[i] = r;
  return r;
}

/**
 * Long entry lists ("chinese": 30 ministries) bucketed by their second word, longest first; each
 * bucket already followed by the one-word entries (built once per list).
 */
interface Buckets {
  bySecond: Map<string, NameEntry[]>;
  singles: NameEntry[];
}
const buckets = new WeakMap<NameEntry[], Buckets>();

function bucketsOf(list: NameEntry[]): Buckets {
  const split = new Map<string, NameEntry[]>();
  for (const e of list) {
    const key = e.toks[1] ?? '';
    const l = split.get(key);
    if (l) l.push(e);
    else split.set(key, [e]);
  }
  const singles = split.get('') ?? [];
  const bySecond = new Map<string, NameEntry[]>();
  for (const [key, multi] of split) if (key !== '') bySecond.set(key, singles.length === 0 ? multi : multi.concat(singles));
  return { bySecond, singles };
}

function candidates(list: NameEntry[], second: string): NameEntry[] {
  if (list.length <= 4) return list;
  let b = buckets.get(list);
  if (!b) {
    b = bucketsOf(list);
    buckets.set(list, b);
  }
  return b.bySecond.get(second) ?? b.singles;
}

function matchAt(toks: Token[], i: number, dict: Dictionary): NameEntry | null {
  const first = toks[i];
  if (!first) return null;
  const list = dictEntriesAt(toks, i);
  if (!list) return null;
  for (const e of candidates(list, toks[i + 1]?.l ?? '\u0000')) {
    const n = e.toks.length;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = toks[i + k] as Token;
      const exact = e.exact[k];
      // The first word is the index key (dictEntriesAt): equal by construction.
      if (k > 0 && t.l !== e.toks[k]) ok = false;
      else if (exact) ok = t.t === exact;
      else if (e.caps[k] && !t.cap) ok = false;
    }
    // A name must not continue into a longer capitalised name ("Georgia Meloni", "Jordan Peterson").
    if (ok && e.actor.type !== 'Person' && n === 1 && e.kind === 'name') {
      const next = toks[i + 1];
      if (next?.cap && (next.t.length === 1 || isLower(next.t.charCodeAt(1))) && dict.surnames.has(next.l)) ok = false;
    }
    // "the West African bloc", "West Bank": a compass word inside a longer capitalised name is no "West".
    if (ok && COMPASS.has(e.toks[n - 1] as string) && toks[i + n]?.cap) ok = false;
    if (ok) return e;
  }
  return null;
}

const COMPASS = new Set(['west', 'east', 'north', 'south']);

const isLower = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c > 127 &&
    String.fromCharCode(c).toLowerCase() === String.fromCharCode(c) &&
    String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));
