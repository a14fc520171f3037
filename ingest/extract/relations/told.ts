/**
 * "X told Y ...": a statement made to a named person or country is direct contact (MET_WITH), as in
 * "Assad told visiting U.S. envoy Dennis Ross that ...". "told reporters/parliament" names no actor
 * and gives nothing; a future or negated "tell" is no contact. "told X to leave" also asks X (URGED).
 */
import type { Mention } from '../actors/types.js';
import { DETS } from '../actors/words.js';
import type { Cues } from '../lexicon/cues.js';
import type { Token } from '../text/tokens.js';
import { subjects } from './args.js';
import type { Frame } from './frame.js';
import { modality } from './modality.js';

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const ING_WORD = /^\p{Ll}+ing$/u;

const AUDIENCES = new Set(['nation', 'country', 'people', 'public', 'parliament', 'lawmakers', 'legislators']);

export interface Contact {
  source: Mention[];
  target: Mention;
  /** "told the United States to leave": an instruction, a request to the addressee. */
  directive: boolean;
}

export function toldContacts(f: Frame, cues: Cues): Contact[] {
  const out: Contact[] = [];
  for (const hit of f.sc.speech) {
    if (hit.base !== 'tell') continue;
    let k = hit.j;
    while (k < f.toks.length && DETS.has((f.toks[k] as Token).l)) k++;
    // "told visiting U.S. envoy Dennis Ross": an -ing adjective before the addressee.
    if (ING_WORD.test(f.toks[k]?.t ?? '')) k++;
    const mi = f.mentionAt[k] ?? -1;
    if (mi < 0) continue;
    const target = f.mentions[mi] as Mention;
    const a = target.actors[0];
    if (target.poss || target.actors.length !== 1 || !a || target.kind === 'place' || target.kind === 'we') continue;
    // "told Czech Television", "told the nation": an outlet or an audience, no one met.
    if (f.toks[target.j]?.cap || AUDIENCES.has(f.toks[target.j - 1]?.l ?? '')) continue;
    if (a.type !== 'Person' && a.type !== 'Country') continue;
    const mod = modality(f, hit.i, cues, false);
    if (mod.kind !== 'fact' || mod.negated || mod.future) continue;
    const source = subjects(f, hit.i).filter((m) => m.kind !== 'we');
    const next = f.toks[target.j + 1];
    const directive = f.toks[target.j]?.l === 'to' && next !== undefined && !next.cap && !DETS.has(next.l);
    if (source.length > 0) out.push({ source, target, directive });
  }
  return out;
}
