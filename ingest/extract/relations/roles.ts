/**
 * Accurate mode: an actor stated to hold a role towards another, read from the parse. "Chavez is the
 * foremost critic of Washington" (copula: nsubj + cop), "Chavez, a close ally of Morales," (apposition),
 * "is Washington's staunchest supporter" (copula with nmod:poss). Role nouns: `roles` in
 * data/dictionary/verbs.json. Negated by "not"/"never"/"no"; skipped under "would"/"could"/"might".
 */
import type { Ctx } from '../actors/types.js';
import { type DepArc, type DepView, kidsBy } from '../parse/align.js';
import { mentionsAt } from '../parse/dep-args.js';
import type { Token } from '../text/tokens.js';
import type { Frame } from './frame.js';
import { add, type RawRelation } from './emit.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'will', 'should']);

const word = (f: Frame, d: DepView, k: number) => (f.toks[d.first[k] as number] as Token | undefined)?.l ?? '';

export function roleRelations(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  const d = f.dep;
  if (!d || ctx.cues.roles.size === 0) return;
  for (let k = 0; k < d.kids.length; k++) {
    if (d.first[k] === d.end[k] || !(d.pos[k] as string).startsWith('NN')) continue;
    const role = ctx.cues.roles.get(word(f, d, k));
    if (!role) continue;
    const kids = d.kids[k] as DepArc[];
    const copula = kids.some((a) => a.rel === 'cop');
    // Who holds the role: the copula's subject, or the name the role noun stands in apposition to.
    const holders = copula
      ? kidsBy(d, k, 'nsubj')
      : (d.heads[k] as DepArc[]).filter((a) => a.rel === 'appos' && a.at >= 0).map((a) => a.at);
    // "is Washington's closest ally" (copula only: "its treaty ally, the Philippines" describes, it reports nothing).
    const towards = kids.filter((a) => a.rel === 'nmod:of' || (copula && a.rel === 'nmod:poss')).map((a) => a.at);
    if (holders.length === 0 || towards.length === 0) continue;
    if (kids.some((a) => (a.rel === 'aux' || a.rel === 'aux:pass') && HYPOTHETICAL.has(word(f, d, a.at)))) continue;
    const negated = kids.some((a) => (a.rel === 'advmod' || a.rel === 'det') && NEGATORS.has(word(f, d, a.at)));
    add(out, mentionsAt(f, holders), role.type, mentionsAt(f, towards), 0.7, `parse:role-${role.rule}`, negated);
  }
}
