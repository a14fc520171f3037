/**
 * Attendance: the participants of one meeting met each other (DESIGN.md guideline: a meeting of
 * several parties gives every pair). Reports list them apart from any "met" verb: "Taking part were
 * A, B and C", "X also attended", "A and B took part", "the session was chaired by X". Each new
 * participant meets every participant named in the same or the previous paragraph
 * (`ctx.attendees`), so a list spread over sentences still gives every pair.
 */
import type { ArticleActor } from '../actors/registry.js';
import type { Ctx, Mention } from '../actors/types.js';
import { ATTENDANCE } from '../lexicon/word-flags.js';
import type { Token } from '../text/tokens.js';
import { subjects } from './args.js';
import type { Frame } from './frame.js';
import { modality } from './modality.js';
import { objects } from './objects.js';
import type { RawRelation } from './emit.js';

/** Fronted attendance: "Taking part were ...", "Also attending was ...", "Present were ...". */
const FRONTED = new Set(['taking', 'attending', 'participating', 'present']);
/** Attendance verbs (subject attends): attend, take part, participate. */
const ATTEND = new Set(['attend', 'attends', 'attended', 'participate', 'participates', 'participated']);
const TAKE = new Set(['take', 'takes', 'took', 'taken']);
/** "chaired by X", "presided over by X": the chair is a participant. */
const CHAIR = new Set(['chaired', 'presided', 'co-chaired']);
const MEETING_NOUNS = new Set(['meeting', 'session', 'talks', 'summit', 'conference', 'gathering', 'council']);

const usable = (m: Mention): boolean => m.actors.length === 1 && m.kind !== 'place' && m.actors[0]?.type !== 'Topic';

export function attendance(f: Frame, ctx: Ctx, out: RawRelation[]): void {
  // Most sentences have no attendance word: one bit test per token (lexicon/word-flags.ts).
  let any = false;
  for (let k = 0; k < f.flags.length && !any; k++) any = ((f.flags[k] as number) & ATTENDANCE) !== 0;
  if (!any) return;
  const found: { m: Mention[]; rule: string } | null = fronted(f) ?? attendVerb(f, ctx) ?? chairedBy(f, ctx);
  if (!found) return;
  const window = ctx.para - 1;
  const before = ctx.attendees.filter((x) => x.para >= window).map((x) => x.actor);
  const fresh: ArticleActor[] = [];
  for (const m of found.m) {
    const a = m.actors[0] as ArticleActor;
    if (before.includes(a) || fresh.includes(a)) continue;
    for (const b of [...before, ...fresh])
      out.push({
        source: a,
        type: 'MET_WITH',
        target: b,
        confidence: 0.6,
        method: `attendance:${found.rule}`,
        negated: false,
        start: 0,
        end: 0,
      });
    fresh.push(a);
  }
  for (const a of fresh) ctx.attendees.push({ actor: a, para: ctx.para });
}

/** "Taking part were A, B and C": the actors after the verb (the people when there are any). */
function fronted(f: Frame): { m: Mention[]; rule: string } | null {
  const { toks } = f;
  let k = toks[0]?.l === 'also' ? 1 : 0;
  const w = toks[k]?.l ?? '';
  if (!FRONTED.has(w)) return null;
  k += w === 'taking' ? (toks[k + 1]?.l === 'part' ? 2 : 99) : 1;
  if (toks[k]?.l === 'also') k++;
  if (toks[k]?.l !== 'were' && toks[k]?.l !== 'was') return null;
  const ms = f.mentions.filter((m) => m.i > k && usable(m) && !m.poss);
  const people = ms.filter((m) => m.actors[0]?.type === 'Person');
  return ms.length > 0 ? { m: people.length > 0 ? people : ms, rule: 'taking-part' } : null;
}

/** "X (also) attended", "A and B took part", "X participated in the talks": the subjects, when a fact. */
function attendVerb(f: Frame, ctx: Ctx): { m: Mention[]; rule: string } | null {
  const { toks } = f;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    const take = TAKE.has(t.l) && toks[i + 1]?.l === 'part';
    if (!(ATTEND.has(t.l) || take) || (f.mentionAt[i] as number) >= 0) continue;
    // "attended by X": the agents.
    if (toks[i + 1]?.l === 'by' && t.l === 'attended') {
      const ms = objects(f, i + 1, { preps: ['by'] }).filter(usable);
      return ms.length > 0 ? { m: ms, rule: 'attended-by' } : null;
    }
    const mod = modality(f, i, ctx.cues, false);
    if (mod.kind !== 'fact' || mod.negated || mod.future) return null;
    const ms = subjects(f, i).filter(usable);
    return ms.length > 0 ? { m: ms, rule: take ? 'took-part' : 'attended' } : null;
  }
  return null;
}

/** "The session was chaired by X", "X chaired the meeting". */
function chairedBy(f: Frame, ctx: Ctx): { m: Mention[]; rule: string } | null {
  const { toks } = f;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!CHAIR.has(t.l)) continue;
    const by = toks[i + 1]?.l === 'by' ? i + 1 : toks[i + 1]?.l === 'over' && toks[i + 2]?.l === 'by' ? i + 2 : -1;
    if (by > 0) {
      // "chaired by the UAE's foreign minister, Sheikh Abdullah ...": the person, not the country.
      const ms = objects(f, by, { preps: ['by'] }).filter(usable);
      const person = f.mentions.find((m) => m.i > by && m.i < by + 12 && usable(m) && m.actors[0]?.type === 'Person');
      const chair = person ?? ms[0];
      return chair ? { m: [chair], rule: 'chaired-by' } : null;
    }
    let meeting = false;
    for (let k = i + 1; k < Math.min(toks.length, i + 5); k++) if (MEETING_NOUNS.has((toks[k] as Token).l)) meeting = true;
    if (!meeting || modality(f, i, ctx.cues, false).kind !== 'fact') continue;
    const ms = subjects(f, i).filter(usable);
    if (ms.length > 0) return { m: ms, rule: 'chaired' };
  }
  return null;
}
