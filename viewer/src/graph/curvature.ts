/**
 * Parallel edges (several stances between the same two entities, in either direction) are drawn apart:
 * each gets a curvature index within its pair; a lone edge stays straight.
 */
export const MAX_CURVATURE = 0.6;

export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

/** Curvature per edge key; 0 means straight. Deterministic for a given edge order. */
export function parallelCurvatures(edges: Iterable<EdgeEnds>): Map<string, number> {
  const groups = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const pair = edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const list = groups.get(pair);
    if (list) list.push(edge);
    else groups.set(pair, [edge]);
  }
  const out = new Map<string, number>();
  for (const list of groups.values()) {
    if (list.length === 1) {
      out.set(list[0]!.key, 0);
      continue;
    }
    const n = list.length;
    const step = Math.min(0.25, MAX_CURVATURE / Math.ceil(n / 2));
    list.forEach((edge, i) => {
      // Spread 1, -1, 2, -2 ... (odd counts keep one straight in the middle).
      const rank = n % 2 === 1 ? (i === 0 ? 0 : Math.ceil(i / 2) * (i % 2 === 1 ? 1 : -1)) : Math.floor(i / 2 + 1) * (i % 2 === 0 ? 1 : -1);
      // Curvature is relative to the edge's own direction: flip reversed edges so they still part.
      const reversed = edge.source > edge.target;
      out.set(edge.key, rank * step * (reversed ? -1 : 1));
    });
  }
  return out;
}
