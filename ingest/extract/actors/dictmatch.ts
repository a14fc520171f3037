/**
 * Longest dictionary match at a token position, honouring capitalisation and exact acronyms.
 * The recognisers ask for the same positions several times (titles, names, name runs), so the
 * result is memoised per token array (one sentence): a deterministic cache, invisible to callers.
 */
import type { Dictionary, NameEntry } from '../lexicon/dictionary.js';
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
  const r = matchAt(toks, i, dict);
  memo[i] = r;
  return r;
}

/** Long entry lists ("chinese": 30 ministries) bucketed by their second word, longest first. */
const buckets = new WeakMap<NameEntry[], Map<string, NameEntry[]>>();
const NONE: NameEntry[] = [];

function candidates(list: NameEntry[], second: string): NameEntry[] {
  if (list.length <= 4) return list;
  let b = buckets.get(list);
  if (!b) {
    b = new Map();
    for (const e of list) {
      const key = e.toks[1] ?? '';
      const l = b.get(key);
      if (l) l.push(e);
      else b.set(key, [e]);
    }
    buckets.set(list, b);
  }
  const multi = b.get(second) ?? NONE;
  const single = b.get('') ?? NONE;
  return single.length === 0 ? multi : multi.length === 0 ? single : multi.concat(single);
}

function matchAt(toks: Token[], i: number, dict: Dictionary): NameEntry | null {
  const first = toks[i];
  if (!first) return null;
  const list = dict.index.get(first.l);
  if (!list) return null;
  for (const e of candidates(list, toks[i + 1]?.l ?? '\u0000')) {
    const n = e.toks.length;
    if (i + n > toks.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = toks[i + k] as Token;
      const exact = e.exact[k];
      if (t.l !== e.toks[k]) ok = false;
      else if (exact) ok = t.t === exact;
      else if (e.caps[k] && !t.cap) ok = false;
    }
    // A name must not continue into a longer capitalised name ("Georgia Meloni", "Jordan Peterson").
    if (ok && e.actor.type !== 'Person' && n === 1 && e.kind === 'name') {
      const next = toks[i + 1];
      if (next?.cap && (next.t.length === 1 || isLower(next.t.charCodeAt(1))) && dict.surnames.has(next.l)) ok = false;
    }
    if (ok) return e;
  }
  return null;
}

const isLower = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c > 127 &&
    String.fromCharCode(c).toLowerCase() === String.fromCharCode(c) &&
    String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));
