/**
 * The written form of a token span, and per actor the spans whose written form it already holds.
 * Building a multi-word surface ("U.S. Secretary of State Antony Blinken") concatenates strings that
 * a set insertion must then flatten and hash; an actor mentioned again with the same words needs
 * neither. The form depends only on the token texts, so a span with the same texts as a remembered
 * one has the same surface: comparing a few short strings answers "already an alias?" without it.
 */
import type { Token } from '../text/tokens.js';

/** The text of tokens [i, j) with single spaces, no space around hyphens or before "'s". */
export function surface(toks: Token[], i: number, j: number): string {
  if (j === i + 1) return (toks[i] as Token).t;
  let out = '';
  for (let n = i; n < j; n++) {
    const t = toks[n] as Token;
    const glue = n > i && (t.t === '-' || t.l === "'s" || (toks[n - 1] as Token).t === '-');
    out += n === i || glue ? t.t : ` ${t.t}`;
  }
  return out;
}

/** Token texts of a span whose surface is among the actor's aliases, or (not in them) is its name. */
export interface KnownSpan {
  texts: string[];
  inAliases: boolean;
}

/** At most this many spans per actor are remembered; others are simply built each time. */
const MAX_KNOWN = 16;

export function findKnownSpan(known: KnownSpan[], toks: Token[], i: number, j: number): KnownSpan | null {
  const n = j - i;
  for (let s = 0; s < known.length; s++) {
    const texts = (known[s] as KnownSpan).texts;
    if (texts.length !== n) continue;
    let k = 0;
    while (k < n && texts[k] === (toks[i + k] as Token).t) k++;
    if (k === n) return known[s] as KnownSpan;
  }
  return null;
}

export function rememberSpan(known: KnownSpan[], toks: Token[], i: number, j: number, inAliases: boolean): void {
  if (known.length >= MAX_KNOWN) return;
  const texts: string[] = new Array(j - i);
  for (let k = i; k < j; k++) texts[k - i] = (toks[k] as Token).t;
  known.push({ texts, inAliases });
}
