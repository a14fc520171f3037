/**
 * Applies layout positions to a big graph without stalling the page: positions are written straight
 * into the node attribute objects (no graphology event, so sigma does not reprocess the whole graph),
 * then sigma re-uploads only the touched nodes (`refresh({ partialGraph, skipIndexation })`) in slices of
 * a few milliseconds, one slice per task. The normalisation box stays frozen (see renderer.ts), so
 * partial updates stay correct and a camera stored in a link keeps its meaning. The edges (the bulk
 * layer, renderer.ts) follow in the frame after the last slice: `onIdle` tells their layer.
 */
import type { StanceModel } from '../graph/model.js';
import { cancelScheduledRender, type StanceSigma } from '../graph/renderer.js';

/** Time budget of one slice; leaves room for sigma's own frame in the same 50 ms. */
export const SLICE_MS = 8;
const NODE_CHUNK = 250;

export class PositionApplier {
  private pending: { xy: Float32Array; nodeAt: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private onIdle: (() => void) | null = null;

  constructor(
    private readonly graph: StanceModel,
    private readonly renderer: () => StanceSigma | null,
    private readonly order: string[],
  ) {}

  get busy(): boolean {
    return this.pending !== null;
  }

  /** Starts applying `xy` (replacing any unfinished batch) to every node; `onIdle` runs once all are in. */
  apply(xy: Float32Array, onIdle?: () => void): void {
    this.pending = { xy, nodeAt: 0 };
    this.onIdle = onIdle ?? null;
    if (!this.timer) this.timer = setTimeout(() => this.slice(), 0);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  private slice(): void {
    this.timer = null;
    const job = this.pending;
    if (!job) return;
    const renderer = this.renderer();
    const until = performance.now() + SLICE_MS;
    const order = this.order;
    // One chunk at a time until the budget is spent.
    while (performance.now() < until && job.nodeAt < order.length) {
      const end = Math.min(order.length, job.nodeAt + NODE_CHUNK);
      const nodes = order.slice(job.nodeAt, end);
      for (let i = job.nodeAt; i < end; i++) {
        const attrs = this.graph.getNodeAttributes(order[i]!);
        attrs.x = job.xy[i * 2]!;
        attrs.y = job.xy[i * 2 + 1]!;
      }
      job.nodeAt = end;
      renderer?.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
    }
    if (job.nodeAt >= order.length) {
      renderer?.scheduleRender();
      this.pending = null;
      const done = this.onIdle;
      this.onIdle = null;
      done?.();
      return;
    }
    // One frame per batch, not per slice: under software WebGL each frame re-uploads every buffer.
    if (renderer) cancelScheduledRender(renderer);
    this.timer = setTimeout(() => this.slice(), 0);
  }
}
