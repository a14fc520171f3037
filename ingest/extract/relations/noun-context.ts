/**
 * The words around a noun cue, read as plain tokens: the verb that undoes it ("suspended its cooperation
 * with"), the participle that carries its agent ("sanctions imposed by the EU on", "accusations levelled
 * against X by Y"), and an "out" that may rule it out.
 */
import { DETS, UNDO } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { isModifierWord } from './objects.js';

/** Is the noun at i the object of an UNDO verb (through determiners and up to three modifiers)? */
export function undoneBy(toks: Token[], i: number): boolean {
  let p = i - 1;
  for (
    let n = 0;
    n < 4 && p >= 0 && (DETS.has((toks[p] as Token).l) || isModifierWord(toks[p] as Token)) && !UNDO.has((toks[p] as Token).l);
    n++
  )
    p--;
  const t = toks[p];
  if (!t) return false;
  if (UNDO.has(t.l)) return true;
  // "called off a meeting with", "pulled out of the agreement with", "broke off talks with".
  const v = toks[p - 1]?.l ?? '';
  return (t.l === 'off' && (v.startsWith('call') || v.startsWith('broke') || v.startsWith('break'))) || (t.l === 'of' && v === 'out');
}

/** "imposed by", "carried out by", "levelled against X by": the index of "by" after a participle at j, or -1. */
export function participleBy(toks: Token[], j: number, hostile: boolean): number {
  const t = toks[j];
  if (!t || !(t.l.endsWith('ed') || PARTICIPLES.has(t.l))) return -1;
  if (toks[j + 1]?.l === 'by') return j + 1;
  if (toks[j + 1]?.l === 'out' && toks[j + 2]?.l === 'by') return j + 2;
  // "the accusations levelled against Saudi Arabia by the committee": a hostile act's target comes first.
  if (!hostile || !TARGET_PREPS.has(toks[j + 1]?.l ?? '')) return -1;
  for (let k = j + 2; k < toks.length && k <= j + 8; k++) {
    const w = toks[k] as Token;
    if (w.l === 'by') return k;
    if (w.t === ',' || w.t === ';' || w.l === 'and' || w.l === 'that' || w.l === 'which') return -1;
  }
  return -1;
}
const TARGET_PREPS = new Set(['against', 'on', 'at', 'to', 'upon']);
const PARTICIPLES = new Set(['made', 'taken', 'given', 'brought', 'sent', 'led', 'held', 'laid', 'drawn', 'set']);

/** Is "out" among the five tokens before i (a cheap test before notRuledOut)? */
export function outBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) if ((toks[k] as Token).l === 'out') return true;
  return false;
}
