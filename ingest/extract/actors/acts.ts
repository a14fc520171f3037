/**
 * Acts as stand-ins for their doers. A definite act noun without a complement ("the decision",
 * "the drills", "the expulsions", "the strikes") refers to the latest act of a fitting type in the
 * article, so "Lavrov slammed the decision" criticises whoever made it ("the strikes" -> NATO).
 * "the decision by Israel", "the test by North Korea": the by-agent owns the act (args.ts).
 */
import type { RelationType } from '../../../core/vocabulary.js';
import type { Token } from '../text/tokens.js';
import type { ArticleActor } from './registry.js';
import type { Ctx, Mention } from './types.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

const ANY: RelationType[] = ['SANCTIONED', 'ATTACKED', 'MOBILIZED_AGAINST', 'COERCED', 'VISITED', 'AIDED', 'CONCEDED'];

const ACT_TYPES = new Map<string, RelationType[]>();
const put = (words: string, types: RelationType[]) => {
  for (const w of words.split(' ')) ACT_TYPES.set(w, types);
};
put('decision decisions move moves step steps action actions measure measures', ANY);
put('visit trip tour stopover', ['VISITED']);
put('drills exercises deployment build-up buildup', ['MOBILIZED_AGAINST']);
put('expulsion expulsions sanctions embargo tariffs restrictions closure', ['SANCTIONED']);
put('strike strikes airstrikes attack attacks invasion bombing bombings shelling raid raids offensive incursion assault', ['ATTACKED']);
put('detention detentions arrest arrests seizure blockade', ['COERCED']);
put('deliveries shipments', ['AIDED']);

/** Head nouns whose by-agent is their doer: "the decision by Israel", "the nuclear test by North Korea". */
const BY_OWNED = new Set(
  'test tests launch allegations accusations allegation accusation claims claim remarks comments statement statements threats threat proposal plan offer'.split(
    ' ',
  ),
);
export const isActNoun = (l: string): boolean => ACT_TYPES.has(l) || BY_OWNED.has(l);

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
/** After the head, these introduce a complement that names the act's own target or owner. */
const COMPLEMENT = new Set(['of', 'to', 'on', 'against', 'with', 'by', 'in', 'into', 'near', 'around', 'between', 'from', 'for', "'s"]);

export interface ActMemory {
  type: RelationType;
  actor: ArticleActor;
  seq: number;
}

/** Remembers the doer of an act (called once per act cue, in text order). */
export function rememberAct(ctx: Ctx, type: RelationType, actor: ArticleActor): void {
  const acts = ctx.acts ?? new Map<RelationType, ActMemory>();
  ctx.acts = acts;
  ctx.actSeq = (ctx.actSeq ?? 0) + 1;
  acts.set(type, { type, actor, seq: ctx.actSeq });
}

/** "the decision", "these drills": a description of the latest fitting act's doer, or null. */
export function actDescription(toks: Token[], i: number, ctx: Ctx): Mention | null {
  if (!ctx.acts || !DEFINITE.has((toks[i] as Token).l)) return null;
  let k = i + 1;
  // Up to two lower-case modifiers: "the latest expulsions", "the large-scale drills".
  for (let n = 0; n < 3 && k < toks.length; n++) {
    const t = toks[k] as Token;
    const types = ACT_TYPES.get(t.l);
    if (types && !t.cap) {
      const next = toks[k + 1];
      if (next && COMPLEMENT.has(next.l)) return null;
      let best: ActMemory | null = null;
      for (const type of types) {
        const m = ctx.acts.get(type);
        if (m && (!best || m.seq > best.seq)) best = m;
      }
      if (!best) return null;
      return { i, j: k + 1, actors: [best.actor], kind: 'description', poss: false, coref: true, plural: undefined, head: undefined };
    }
    if (t.cap || !LOWER_WORD.test(t.t) || t.t === '-') return null;
    k++;
  }
  return null;
}
