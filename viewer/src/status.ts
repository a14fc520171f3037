/** The status line under the graph: what is shown of what, and what is still under way. */
export interface StatusFacts {
  visibleNodes: number;
  visibleEdges: number;
  /** null before any graph is loaded. */
  entities: number | null;
  stances: number;
  truncated: boolean;
  /** Big graphs: the share of stances in the model so far, while they are being indexed. */
  indexed: number | null;
  /** While the layout runs: its progress (big graphs) or null (small graphs). */
  layout: { progress: number | null } | null;
}

export function statusText(f: StatusFacts): string {
  if (f.entities === null) return 'Loading…';
  const parts = [`${f.visibleNodes} of ${f.entities} entities · ${f.visibleEdges} of ${f.stances} stances`];
  if (f.truncated) parts.push('truncated by the limit');
  if (f.indexed !== null) parts.push(`indexing stances ${Math.round(f.indexed * 100)}%`);
  if (f.layout) {
    const progress = f.layout.progress;
    parts.push(progress === null ? 'arranging…' : `arranging ${Math.round(progress * 100)}% (positions applied when it settles)`);
  }
  return parts.join(' · ');
}
