/** Longest dictionary match at a token position, honouring capitalisation and exact acronyms. */
import type { Dictionary, NameEntry } from '../lexicon/dictionary.js';
import type { Token } from '../text/tokens.js';

export function dictMatchAt(toks: Token[], i: number, dict: Dictionary): NameEntry | null {
  const first = toks[i];
  if (!first) return null;
  const list = dict.index.get(first.l);
  if (!list) return null;
  for (const e of list) {
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
      if (next?.cap && /^\p{Ll}/u.test(next.t.slice(1) || 'a') && dict.surnames.has(next.l)) ok = false;
    }
    if (ok) return e;
  }
  return null;
}
