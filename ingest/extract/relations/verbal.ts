/** Words, policies and positions as objects: "attacked the policies of the United States" is criticism. */
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

/** The object noun phrase at j (after determiners, a possessor and modifiers) is words or a policy. */
export function verbalObject(f: Frame, j: number): boolean {
  for (let k = j; k < f.toks.length && k < j + 6; k++) {
    const t = f.toks[k] as Token;
    if (VERBAL.has(t.l)) return true;
    if (!(DETS.has(t.l) || t.l === "'s" || f.mentionAt[k] !== -1 || isModifierWord(t))) return false;
  }
  return false;
}
