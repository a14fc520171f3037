/**
 * Runs ForceAtlas2 in a web worker and applies its positions to the model. Small graphs take every
 * update at once. Big graphs keep their initial layout until ForceAtlas2 settles and then take the
 * final positions in one batch, applied in short slices by PositionApplier (partial sigma refreshes):
 * each intermediate batch would cost a frame plus a garbage collection of 20,000 display objects, well
 * over 50 ms under software WebGL, while the progress shows in the status line. Their edges (the bulk
 * layer, renderer.ts) are redrawn once the batch is in (`onUpdate`).
 */
import { isBigGraph, type StanceModel } from '../graph/model.js';
import type { StanceSigma } from '../graph/renderer.js';
import { PositionApplier } from './apply.js';
import { columnMatrices, fa2Settings, graphMatrices } from './settings.js';
import type { LayoutCommand, LayoutPositions } from './types.js';

export interface LayoutCallbacks {
  onUpdate(): void;
  onStateChange(running: boolean): void;
  /** Big graphs: how far the layout is (0-1), while it runs. */
  onProgress?(fraction: number): void;
}

export class LayoutSupervisor {
  private worker: Worker | null = null;
  private order: string[] = [];
  private applier: PositionApplier | null = null;
  running = false;

  constructor(
    private readonly graph: StanceModel,
    private readonly callbacks: LayoutCallbacks,
    private readonly renderer: () => StanceSigma | null = () => null,
    /** The edges as node-index columns in model node order (big graphs), to build the matrices faster. */
    private readonly columns: { sources: Uint32Array; targets: Uint32Array } | null = null,
  ) {}

  get big(): boolean {
    return isBigGraph(this.graph);
  }

  /** Big graphs, and any graph drawn by the bulk edge layer (given its columns), take one settled batch. */
  private get batched(): boolean {
    return this.columns !== null || this.big;
  }

  start(maxMs = this.big ? 20_000 : 4_000): void {
    if (this.running || this.graph.order < 2) return;
    const { nodes, edges, order } = this.columns
      ? columnMatrices(this.graph, this.columns.sources, this.columns.targets)
      : graphMatrices(this.graph);
    this.order = order;
    if (this.batched) this.applier = new PositionApplier(this.graph, this.renderer, order);
    this.worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<LayoutPositions>) => this.receive(event.data);
    const command: LayoutCommand = {
      kind: 'start',
      nodes,
      edges,
      settings: fa2Settings(this.graph.order),
      sliceMs: this.big ? 200 : 30,
      maxMs,
      maxIterations: this.big ? 150 : 800,
    };
    this.worker.postMessage(command, [nodes.buffer, edges.buffer]);
    this.running = true;
    this.callbacks.onStateChange(true);
  }

  stop(): void {
    if (!this.worker) return;
    this.worker.postMessage({ kind: 'stop' } satisfies LayoutCommand);
  }

  kill(): void {
    this.applier?.cancel();
    this.finish();
  }

  /** Ends the worker (not the position batch being applied) and reports the layout as stopped. */
  private finish(): void {
    this.worker?.terminate();
    this.worker = null;
    if (this.running) {
      this.running = false;
      this.callbacks.onStateChange(false);
    }
  }

  private receive(message: LayoutPositions): void {
    if (this.applier) {
      if (!message.done) {
        this.callbacks.onProgress?.(message.progress);
        return;
      }
      // Settled: say so, then move everything.
      this.finish();
      this.applier.apply(message.xy, () => this.callbacks.onUpdate());
      return;
    }
    const { xy } = message;
    const index = new Map<string, number>();
    for (const [i, key] of this.order.entries()) index.set(key, i);
    this.graph.updateEachNodeAttributes(
      (key, attrs) => {
        const i = index.get(key);
        if (i === undefined) return attrs;
        attrs.x = xy[i * 2]!;
        attrs.y = xy[i * 2 + 1]!;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
    this.callbacks.onUpdate();
    if (message.done) this.kill();
  }
}
