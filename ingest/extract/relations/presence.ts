/**
 * Presence on a visit: "U.N. envoy Matthew Nimetz is in Athens on a visit", "Lavrov was in Ankara on
 * Tuesday for talks with Cavusoglu". A subject that "is/was in <country or capital>" followed, within
 * the clause, by "on a visit" / "for a visit" / "for talks" VISITED the place; "for talks with Y" /
 * "for a meeting with Y" also MET_WITH Y. Not "will be in" (a plan) nor "is expected to be in".
 */
import type { Ctx, Mention } from '../actors/types.js';
import { BE } from '../actors/words.js';
import type { Token } from '../text/tokens.js';
import { kidsBy } from '../parse/align.js';
import { mentionsAt } from '../parse/dep-args.js';
import { subjects } from './args.js';
import type { Frame } from './frame.js';
import { modality } from './modality.js';
import { objects } from './objects.js';
import { add, type RawRelation } from './emit.js';

const PURPOSE = new Set(['visit', 'talks', 'meeting', 'meetings', 'consultations', 'negotiations']);
const MEETING = new Set(['talks', 'meeting', 'meetings', 'consultations', 'negotiations']);

function placeAt(f: Frame, p: number): Mention | null {
  const mi = f.mentionAt[p] ?? -1;
  const m = mi >= 0 ? (f.mentions[mi] as Mention) : null;
  return m && m.i === p && m.actors.length === 1 && m.actors[0]?.type === 'Country' ? m : null;
}

/** Who is in the place: the parse's subject of "in <place>" (accurate mode), else the rules' subject of "is". */
function presentOnes(f: Frame, k: number, place: Mention): Mention[] {
  const d = f.dep;
  const head = d ? (d.parserOf[place.i] as number) : -1;
  const parsed = d && head >= 0 ? mentionsAt(f, kidsBy(d, head, 'nsubj')) : [];
  if (parsed.length > 0) return parsed;
  // Without a parse, only a subject right before "is" ("Lavrov was in Ankara"): after a relative clause
  // ("Nimetz, whom Clinton named as a U.S. envoy, is in Athens") the rules' subject is unreliable.
  const ruled = subjects(f, k);
  return ruled.length > 0 && (ruled[ruled.length - 1] as Mention).j === k ? ruled : [];
}

export function presenceRelations(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  const { toks } = f;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!BE.has((toks[k] as Token).l) || toks[k + 1]?.l !== 'in') continue;
    const place = placeAt(f, k + 2);
    if (!place) continue;
    // "on a visit", "for talks with X": the purpose within the next few words.
    let purpose = -1;
    for (let q = place.j; q < Math.min(toks.length, place.j + 7) && purpose < 0; q++) {
      const t = toks[q] as Token;
      if (t.t === ',' || t.t === ';' || f.sc.isVerb[q]) break;
      const lead = toks[q - 1]?.l === 'a' || toks[q - 1]?.l === 'an' ? toks[q - 2]?.l : toks[q - 1]?.l;
      if (PURPOSE.has(t.l) && (lead === 'on' || lead === 'for' || toks[q - 2]?.l === 'official' || toks[q - 2]?.l === 'state')) purpose = q;
    }
    if (purpose < 0) continue;
    const mod = modality(f, k, ctx.cues, false);
    if (mod.kind !== 'fact' || mod.future || mod.negated) continue;
    const who = presentOnes(f, k, place).filter((m) => m.kind !== 'place');
    if (who.length === 0) continue;
    add(out, who, 'VISITED', [place], 0.7, 'presence:in-on-visit', false);
    if (MEETING.has((toks[purpose] as Token).l) && toks[purpose + 1]?.l === 'with') {
      const partners = objects(f, purpose + 1, { preps: ['with'] }).filter((m) => m.actors[0]?.type !== 'Topic');
      add(out, who, 'MET_WITH', partners, 0.7, 'presence:in-for-talks', false);
    }
  }
}
