/** Re-ranks full-text candidates: exact name/alias first, then a whole-word match, then prefixes. */
import { foldName } from '../../core/slug.js';
import type { Candidate } from '../../queries/resolve.js';

export function matchTier(candidate: Pick<Candidate, 'name' | 'aliases'>, query: string): number {
  const q = foldName(query);
  if (q === '') return 0;
  const names = [candidate.name, ...candidate.aliases].map(foldName);
  if (names.some((n) => n === q)) return 3;
  const words = names.flatMap((n) => n.split(' '));
  const qWords = q.split(' ');
  if (qWords.every((w) => words.includes(w))) return 2;
  if (names.some((n) => n.startsWith(q))) return 1;
  return 0;
}

export function rankCandidates<T extends Pick<Candidate, 'name' | 'aliases' | 'score'>>(candidates: T[], query: string): T[] {
  return candidates
    .map((c, index) => ({ c, index, tier: matchTier(c, query) }))
    .sort((a, b) => b.tier - a.tier || b.c.score - a.c.score || a.index - b.index)
    .map((x) => x.c);
}
