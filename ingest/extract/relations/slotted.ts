/**
 * Slotted cues: the target sits between the verb and the rest of the phrase ("held Moscow responsible",
 * "put Damascus on notice", "ordered the ambassador out", "gave Kyiv its full backing"). The target is
 * the actor named right after the verb (after determiners); the source is the verb's subject (from the
 * parse in accurate mode). Lexicon: `slotted` in data/dictionary/verbs.json.
 */
import type { Ctx, Mention } from '../actors/types.js';
import type { SlottedCue } from '../lexicon/cues.js';
import { DETS } from '../actors/words.js';
import { isParticiple } from '../lexicon/inflect.js';
import type { Token } from '../text/tokens.js';
import { subjectsAt } from './cue-args.js';
import type { Frame } from './frame.js';
import { modality, noInside } from './modality.js';
import { matchRest } from './scan.js';
import { namedAfter } from './objects.js';
import { add, type RawRelation } from './emit.js';

export function slottedRelations(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  const table = ctx.cues.slotted;
  for (let k = 0; k < f.toks.length; k++) {
    const cs = table.get((f.toks[k] as Token).l);
    if (!cs || f.mentionAt[k] !== -1) continue;
    if (passiveSlot(f, ctx, k, cs, out)) continue;
    const named = namedAfter(f, k, k + 1, k + 3);
    let cue = named ? cs.find((c) => matchRest(f.toks, named.j, c.tail) >= 0) : undefined;
    let targets = named ? [named] : [];
    let tailAt = named?.j ?? -1;
    if (!cue) {
      // "ordered the European Commission's envoy and Canada's charge d'affaires out": the envoys' owners.
      const slot = envoysSlot(f, k + 1);
      cue = slot ? cs.find((c) => matchRest(f.toks, slot.end, c.tail) >= 0) : undefined;
      targets = slot?.owners ?? [];
      tailAt = slot?.end ?? -1;
    }
    const target = targets[0];
    if (!cue || !target || (cue.targets && !target.actors.some((a) => cue.targets?.includes(a.type)))) continue;
    const mod = modality(f, k, ctx.cues, isParticiple((f.toks[k] as Token).l, cue.base));
    if (mod.kind !== 'fact' || mod.future || mod.passive) continue;
    // "had given the Ukrainian leader no firm promise of aid": a "no" before the tail negates it.
    const negated = mod.negated || noInside(f.toks, tailAt, matchRest(f.toks, tailAt, cue.tail));
    add(out, subjectsAt(f, k), cue.type, targets, 0.8, `slotted:${cue.rule}`, negated);
  }
}

/**
 * "Twenty Czech diplomats were ordered out of Russia", "Pronk was thrown out by Khartoum": the passive
 * subject is the target; the source is the by-agent, else the country the target was put out of.
 */
function passiveSlot(f: Frame, ctx: Ctx, k: number, cs: SlottedCue[], out: RawRelation[]): boolean {
  let cue: SlottedCue | undefined;
  let end = -1;
  for (const c of cs) {
    end = matchRest(f.toks, k + 1, c.tail);
    if (end >= 0) {
      cue = c;
      break;
    }
  }
  if (cue?.type !== 'SANCTIONED') return false;
  const mod = modality(f, k, ctx.cues, true);
  if (mod.kind !== 'fact' || mod.future || !mod.passive) return false;
  const prep = f.toks[end]?.l;
  const source = prep === 'by' || (prep === 'of' && cue.tail[cue.tail.length - 1] === 'out') ? namedAfter(f, end, end + 1, end + 2) : null;
  const patients = subjectsAt(f, k);
  if (source && patients.length > 0) add(out, [source], cue.type, patients, 0.75, `passive:${cue.rule}`, mod.negated);
  return true;
}

const SLOT_WORDS = new Set(['top', 'senior', 'two', 'three', 'four', 'five', 'six', 'ten', 'twenty', 'several', 'its', 'their']);
const ENVOYS = new Set([
  'envoy',
  'envoys',
  'ambassador',
  'ambassadors',
  'diplomat',
  'diplomats',
  'charge',
  "d'affaires",
  'staff',
  'attache',
]);

/**
 * "the European Commission's envoy and Canada's charge d'affaires": owners' envoys, coordinated, right
 * after the verb at `from`; returns the owners and the end of the phrase, or null.
 */
function envoysSlot(f: Frame, from: number): { owners: Mention[]; end: number } | null {
  const owners: Mention[] = [];
  let envoys = 0;
  let k = from;
  while (k < f.toks.length && k < from + 14) {
    const t = f.toks[k] as Token;
    const mi = f.mentionAt[k] ?? -1;
    if (mi >= 0) {
      const m = f.mentions[mi] as Mention;
      // "the European Commission's envoy" may be one mention (the envoy stands for the body).
      if (ENVOYS.has(f.toks[m.j - 1]?.l ?? '')) envoys++;
      else if (!m.poss && !ENVOYS.has(f.toks[m.j]?.l ?? '')) return null;
      owners.push(m);
      k = m.j;
    } else if (ENVOYS.has(t.l)) {
      envoys++;
      k++;
    } else if (DETS.has(t.l) || t.l === "'s" || t.l === 'and' || t.t === ',' || SLOT_WORDS.has(t.l) || /^\d+$/.test(t.t)) k++;
    else break;
  }
  return envoys > 0 && owners.length > 0 ? { owners, end: k } : null;
}
