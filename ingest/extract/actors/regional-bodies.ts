/**
 * Bodies named after a region, absent from the dictionary: "the East African Community", "the
 * Southern African Development Community", "the West African Economic and Monetary Union". A region
 * word opens the name, an organisation word ends it; "and", "of" and "for" may join capitalised words.
 */
import type { Token } from '../text/tokens.js';
import { dictMatchAt } from './dictmatch.js';
import { mk } from './pairs.js';
import { surface } from './surface.js';
import type { Ctx, Mention } from './types.js';
import { ORG_WORDS, REGION_WORDS } from './words.js';

const JOINERS = new Set(['and', 'of', 'for']);
const MAX_WORDS = 9;

/** The end (exclusive) of a region-named body starting at i, or -1. */
function bodyEnd(toks: Token[], i: number): number {
  let end = -1;
  // After "<organisation word> of", the capitalised words that follow belong to the name ("Court of Human Rights").
  let tail = false;
  for (let j = i; j < toks.length && j - i < MAX_WORDS; j++) {
    const t = toks[j] as Token;
    if (JOINERS.has(t.l) && j > i && toks[j + 1]?.cap) {
      tail = end === j && t.l !== 'and';
      continue;
    }
    if (!t.cap || (end === j && !tail && !ORG_WORDS.has(t.l))) break;
    if (ORG_WORDS.has(t.l) || tail) end = j + 1;
  }
  return end;
}

export function regionalBody(toks: Token[], i: number, ctx: Ctx): Mention | null {
  const t = toks[i];
  if (!t?.cap || !REGION_WORDS.has(t.l)) return null;
  const j = bodyEnd(toks, i);
  if (j < 0 || j - i < 2) return null;
  // A dictionary name at least as long wins ("African Union", "Central African Republic").
  const e = dictMatchAt(toks, i, ctx.dict);
  if (e && e.toks.length >= j - i) return null;
  const name = surface(toks, i, j);
  return mk(toks, i, j, [ctx.reg.named(name, 'Organization', name)], 'unknown', false);
}
