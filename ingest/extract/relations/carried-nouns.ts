/**
 * Rules mode: a noun cue carried by a verb out of the usual order, read from the word order (accurate
 * mode reads the same from the parse, relations/passive-nouns.ts).
 * - "Syria was given a final warning by Turkey", "Mali was hit with sanctions by ECOWAS": the passive
 *   subject is the target, the by-agent the source.
 * - "the embargo (that) Greece imposed on Macedonia": a relative clause of a carrier verb right after
 *   the noun; its subject is the source, the verb's complement the target.
 */
import { isSymmetric } from '../../../core/vocabulary.js';
import type { Ctx, Mention } from '../actors/types.js';
import { BE, DETS } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import type { Frame } from './frame.js';
import { modality, nounNegated } from './modality.js';
import { isModifierWord, objects } from './objects.js';
import type { NounHit } from './scan.js';
import { add, type RawRelation } from './emit.js';

/** Participles that hand a noun to the passive subject; "hit", "slapped" take "with". */
const GIVEN = new Set(['given', 'handed', 'issued', 'served', 'sent', 'delivered', 'dealt']);
const WITH_GIVEN = new Set(['hit', 'slapped', 'threatened', 'targeted', 'punished', 'met']);
/** Past forms of verbs that carry out what their noun names ("the sanctions it imposed on"). */
const CARRIED = new Set(
  'imposed slapped levelled leveled lodged issued delivered filed voiced expressed launched staged conducted extended offered provided gave sent made maintained kept placed enforced'.split(
    ' ',
  ),
);
const HAVE = new Set(['has', 'have', 'had']);

export function carriedNouns(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  if (f.dep) return;
  for (const noun of f.sc.nouns) {
    if (f.mentionAt[noun.i] !== -1 || nounNegated(f.toks, noun.i)) continue;
    // "Menem was given lunch by the Queen": a meeting too; "the talks that X held with Y" is read elsewhere.
    givenNoun(f, ctx, noun, out);
    if (!isSymmetric(noun.cue.type)) relativeNoun(f, ctx, noun, out);
  }
}

/** "<X> was given a final warning by <Y>". */
function givenNoun(f: Frame, ctx: Ctx, noun: NounHit, out: RawRelation[]): void {
  const { toks } = f;
  let k = noun.i - 1;
  while (k > 0 && (DETS.has((toks[k] as Token).l) || isModifierWord(toks[k] as Token)) && !GIVEN.has((toks[k] as Token).l)) k--;
  if (toks[k]?.l === 'with' && WITH_GIVEN.has(toks[k - 1]?.l ?? '')) k--;
  else if (!GIVEN.has(toks[k]?.l ?? '')) return;
  if (!BE.has(toks[k - 1]?.l ?? '')) return;
  const patient = f.mentionAt[k - 2] ?? -1;
  if (patient < 0) return;
  const by = byAfter(toks, noun.j);
  if (by < 0) return;
  const mod = modality(f, k, ctx.cues, true);
  if (mod.kind !== 'fact' || mod.negated || mod.future) return;
  const agents = objects(f, by, { preps: ['by'] });
  if (agents.length > 0) add(out, agents, noun.cue.type, [f.mentions[patient] as Mention], 0.7, `passive:given-${noun.cue.rule}`, false);
}

/** "the embargo (that) Greece (has) imposed on Macedonia". */
function relativeNoun(f: Frame, ctx: Ctx, noun: NounHit, out: RawRelation[]): void {
  const { toks } = f;
  let k = noun.j;
  if (toks[k]?.l === 'that' || toks[k]?.l === 'which') k++;
  const doer = f.mentionAt[k] ?? -1;
  if (doer < 0) return;
  let v = (f.mentions[doer] as Mention).j;
  if (HAVE.has(toks[v]?.l ?? '')) v++;
  if (!CARRIED.has(toks[v]?.l ?? '') || !noun.cue.obj.includes(toks[v + 1]?.l ?? '')) return;
  const mod = modality(f, v, ctx.cues, true);
  if (mod.kind !== 'fact' || mod.negated || mod.future) return;
  const targets = objects(f, v + 1, { preps: noun.cue.obj, limit: v + 8 });
  if (targets.length > 0) add(out, [f.mentions[doer] as Mention], noun.cue.type, targets, 0.7, `relative:${noun.cue.rule}`, false);
}

/** The "by" within six tokens after j, before any comma or verb-like break. */
function byAfter(toks: Token[], j: number): number {
  for (let k = j; k < toks.length && k < j + 6; k++) {
    const t = toks[k] as Token;
    if (t.l === 'by') return k;
    if (t.t === ',' || t.t === ';' || t.l === 'and' || t.l === 'that') return -1;
  }
  return -1;
}
