/**
 * Demands in reported speech without a request verb: "Athens had to lift the embargo, he said",
 * "Syria must expel Ocalan, Demirel said". An actor in the reported content followed by an obligation
 * ("must", "has/had/have to", "should", "needs to") is what the speaker URGED.
 */
import type { Mention } from '../actors/types.js';
import type { Token } from '../text/tokens.js';
import type { Frame } from './frame.js';
import type { Attribution } from './speech.js';

const MUST = new Set(['must', 'should']);
const HAVE = new Set(['has', 'had', 'have', 'needs', 'need', 'needed']);

/** Does an obligation start at token k ("must", "had to", "needs to")? */
function obligation(toks: Token[], k: number): boolean {
  const t = toks[k]?.l ?? '';
  return MUST.has(t) || (HAVE.has(t) && toks[k + 1]?.l === 'to');
}

export function obligedActors(f: Frame, at: Attribution): Mention[] {
  const out: Mention[] = [];
  const end = Math.min(at.contentEnd, f.toks.length);
  for (const m of f.mentions) {
    if (m.i < at.contentStart || m.j > end || m.actors.length === 0 || m.poss || m.kind === 'we' || m.kind === 'place') continue;
    if (m === at.speakerMention || m.actors.some((a) => at.speaker.includes(a))) continue;
    if (obligation(f.toks, m.j)) out.push(m);
  }
  return out;
}
