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
put('strike strikes airstrikes attack attacks invasion bombing bombings shelling raid raids offensive incursion assault shooting downing', [
  'ATTACKED',
]);
put('detention detentions arrest arrests seizure blockade', ['COERCED']);
put('deliveries shipments', ['AIDED']);

/** Head nouns whose by-agent is their doer: "the decision by Israel", "the nuclear test by North Korea". */
const BY_OWNED = new Set(
  'test tests launch allegations accusations allegation accusation claims claim remarks comments statement statements threats threat proposal plan offer removal relocation demolition sale sales treatment handling killing killings execution executions annexation occupation crackdown suppression persecution withdrawal intervention interference meddling violation violations abuses provocation provocations conduct behaviour behavior recognition'.split(
    ' ',
  ),
);
export const isActNoun = (l: string): boolean => ACT_TYPES.has(l) || BY_OWNED.has(l);

/** Hostile acts and charges whose complement is the victim, not the doer: "the attack on Ukraine", "the annexation of Crimea", "the accusations against Riyadh". */
const HOSTILE_ACTS = new Set(
  'annexation occupation crackdown suppression persecution killing killings execution executions treatment blockade'.split(' '),
);
const HOSTILE_TYPES = new Set<RelationType>(['SANCTIONED', 'ATTACKED', 'MOBILIZED_AGAINST', 'COERCED']);
/** Charges against someone: their complement is the accused, not the one answered. */
const CHARGES = new Set('allegations allegation accusations accusation claims claim charges threats threat'.split(' '));
export const isHostileActNoun = (l: string): boolean =>
  HOSTILE_ACTS.has(l) || CHARGES.has(l) || (ACT_TYPES.get(l)?.every((t) => HOSTILE_TYPES.has(t)) ?? false);

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
/** After the head, these introduce a complement that names the act's own target or owner. */
const COMPLEMENT = new Set(['of', 'to', 'on', 'against', 'with', 'by', 'in', 'into', 'near', 'around', 'between', 'from', 'for', "'s"]);

/** LOWER_WORD.test(s), ASCII answered without the regex (this runs for every "the"). */
function isLowerWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c === 45 && k > 0)) continue;
    return c > 127 ? LOWER_WORD.test(s) : false;
  }
  return true;
}

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

/**
 * "Japan refused to back the resolution, and NATO condemned the move": the sentence's opening
 * subject, when a later clause has a subject of its own (the last actor before the description).
 */
function openingActor(prior: Mention[]): ArticleActor | null {
  const first = prior[0];
  const last = prior[prior.length - 1];
  if (!first || !last || first === last || first.i > 2 || first.poss || first.actors.length !== 1) return null;
  const a = first.actors[0] as ArticleActor;
  return a.type !== 'Topic' && last.actors[0] !== a ? a : null;
}

/** "the decision", "these drills": a description of the latest fitting act's doer, or null. */
export function actDescription(toks: Token[], i: number, ctx: Ctx, prior: Mention[] = []): Mention | null {
  if ((!ctx.acts && !ctx.lastDoer) || !DEFINITE.has((toks[i] as Token).l)) return null;
  let k = i + 1;
  // Up to two lower-case modifiers: "the latest expulsions", "the large-scale drills".
  for (let n = 0; n < 3 && k < toks.length; n++) {
    const t = toks[k] as Token;
    const types = ACT_TYPES.get(t.l);
    if (types && !t.cap) {
      const next = toks[k + 1];
      // "the shooting of civilian aircraft": an "of" complement without a name still leaves the doer open.
      const unnamed =
        next?.l === 'of' && isLowerWord(toks[k + 2]?.t ?? '') && !DEFINITE.has(toks[k + 2]?.l ?? '') && toks[k + 2]?.l !== 'a';
      if (next && COMPLEMENT.has(next.l) && !unnamed) return null;
      let best: ActMemory | null = null;
      for (const type of types) {
        const m = ctx.acts?.get(type);
        if (m && (!best || m.seq > best.seq)) best = m;
      }
      // "Putin signed a treaty absorbing Crimea. ... condemned the move": a move, decision or step
      // without a remembered act is the latest sentence's acting subject's.
      const doer = best?.actor ?? (types === ANY && next?.l !== 'by' ? (openingActor(prior) ?? ctx.lastDoer) : null);
      if (!doer) return null;
      return { i, j: k + 1, actors: [doer], kind: 'description', poss: false, coref: true, plural: undefined, head: undefined };
    }
    if (t.cap || t.t === '-' || !isLowerWord(t.t)) return null;
    k++;
  }
  return null;
}
