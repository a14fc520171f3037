/**
 * Accurate mode: what the parser's named-entity tags say about an unknown capitalised run of words
 * (actors/names.ts). The tags only settle what the spelling cannot: where a name starts ("Commodore
 * Voreqe Bainimarama"), whether it is an organisation rather than a person, and whether a lone word
 * at the start of a sentence is a name. Without a parse (ctx.ner null) nothing changes.
 */
import type { EntityType } from '../../../core/vocabulary.js';
import type { Token } from '../text/tokens.js';

export type NerVerdict =
  /** Not a name from here: untagged words before a name. */
  { kind: 'skip' } | { kind: 'name'; type: EntityType };

const isEntity = (tag: string) => tag === 'PERSON' || tag === 'ORGANIZATION';

/** The verdict on the unknown name run [i, j), or null when the tags say nothing. */
export function nerVerdict(ner: string[], i: number, j: number): NerVerdict | null {
  let person = 0;
  let org = 0;
  for (let k = i; k < j; k++) {
    const tag = ner[k] ?? 'O';
    if (tag === 'PERSON') person++;
    else if (tag === 'ORGANIZATION') org++;
  }
  // "Commodore Voreqe Bainimarama": the untagged title word is no part of the name that follows.
  if (!isEntity(ner[i] ?? 'O') && j - i >= 2 && person + org > 0) return { kind: 'skip' };
  // Places keep the spelling rules: an undictionaried "Somaliland" or "Abkhazia" may well be an actor.
  if (person + org === 0) return null;
  return { kind: 'name', type: org > person ? 'Organization' : 'Person' };
}

/**
 * The end of an organisation's name tagged from i on, when it runs across lower-case small words and
 * ends on a capitalised one ("Movement for Democratic Change", "Brothers to the Rescue"), else -1.
 */
export function organizationEnd(toks: Token[], ner: string[], i: number): number {
  if (ner[i] !== 'ORGANIZATION') return -1;
  let k = i;
  while (k < toks.length && ner[k] === 'ORGANIZATION') k++;
  while (k > i && !(toks[k - 1] as Token).cap) k--;
  return k;
}
