/**
 * Objects that are words rather than actors: "attacked the policies of the United States" and "clashed
 * bitterly over a decision" are criticism; "an interview with CCTV" is no meeting; "pledged to open
 * China's economy" has no object of its own.
 */
import { DETS } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import type { Frame } from './frame.js';
import { isModifierWord } from './objects.js';

/** Words, policies and positions: attacking them is criticism of their owner. */
const VERBAL = new Set([
  'policy',
  'policies',
  'remarks',
  'comments',
  'statement',
  'statements',
  'stance',
  'position',
  'decision',
  'decisions',
  'record',
  'handling',
  'approach',
  'proposal',
  'plan',
  'claims',
  'views',
  'rhetoric',
  'leadership',
]);

/** The object noun phrase at j (after determiners, a possessor and modifiers) is words or a policy, or "over" an issue. */
export function verbalObject(f: Frame, j: number): boolean {
  let o = j;
  while (o < f.toks.length && o < j + 3 && (f.toks[o] as Token).l.endsWith('ly')) o++;
  if (f.toks[o]?.l === 'over') return true;
  for (let k = j; k < f.toks.length && k < j + 6; k++) {
    const t = f.toks[k] as Token;
    if (VERBAL.has(t.l)) return true;
    if (!(DETS.has(t.l) || t.l === "'s" || f.mentionAt[k] !== -1 || isModifierWord(t))) return false;
  }
  return false;
}

/** "speaking in an interview with the state broadcaster CCTV": an interviewer is no one met. */
export function interviewer(f: Frame, m: { i: number }): boolean {
  for (let k = m.i - 1; k >= 0 && k >= m.i - 5; k--) {
    const t = f.toks[k] as Token;
    if (t.l === 'with' || t.l === 'to') return INTERVIEWS.has(f.toks[k - 1]?.l ?? '');
    if (t.t === ',' || f.sc.isVerb[k]) return false;
  }
  return false;
}
const INTERVIEWS = new Set(['interview', 'interviews', 'remarks', 'statement']);

/** A lower-case verb right after "to" ("pledged to open ..."), not a determiner, a number or a name. */
export function infinitiveAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && !t.cap && /^[a-z]+$/.test(t.t) && !DETS.has(t.l) && t.l !== 'its' && t.l !== 'their';
}
