/**
 * Big graphs' edges go into the graphology model after the first frame: a slice of ~8 ms per task
 * (well under the 50 ms of a long task), so the page stays responsive while 100,000 edges (~1 s of
 * inserts) are indexed. The view meanwhile is the provisional one (view-model.ts provisionalView).
 */
import { insertEdges, type PreparedEdges } from './model-compact.js';
import type { StanceModel } from './model.js';

export const INDEX_SLICE_MS = 8;

export interface IndexingCallbacks {
  /** False once the page has moved on to another graph: the indexing stops. */
  current(): boolean;
  progress(): void;
  done(): void;
}

/** Starts after the next frame is on screen (its own task, not the frame's). */
export function indexEdgesInSlices(model: StanceModel, edges: PreparedEdges, on: IndexingCallbacks): void {
  const slice = () => {
    if (!on.current()) return;
    if (insertEdges(model, edges, INDEX_SLICE_MS)) return on.done();
    on.progress();
    setTimeout(slice, 0);
  };
  requestAnimationFrame(() => setTimeout(slice, 0));
}
