/**
 * Runs ForceAtlas2 in a web worker and applies its positions to the model. Small graphs take every
 * update at once; big graphs take at most one batch a second, applied in short slices by
 * PositionApplier (partial sigma refreshes), so no main-thread task grows with the graph.
 */
import type { StanceModel } from '../graph/model.js';
import type { StanceSigma } from '../graph/renderer.js';
import { PositionApplier } from './apply.js';
import { fa2Settings, graphMatrices } from './settings.js';
import type { LayoutCommand, LayoutPositions } from './types.js';

export interface LayoutCallbacks {
  onUpdate(): void;
  onStateChange(running: boolean): void;
}

/** Big graphs: at most one position batch this often (each batch costs one full buffer upload). */
const BIG_BATCH_INTERVAL_MS = 2_000;

export class LayoutSupervisor {
  private worker: Worker | null = null;
  private order: string[] = [];
  private lastApplied = 0;
  private applier: PositionApplier | null = null;
  running = false;

  constructor(
    private readonly graph: StanceModel,
    private readonly callbacks: LayoutCallbacks,
    private readonly renderer: () => StanceSigma | null = () => null,
  ) {}

  get big(): boolean {
    return this.graph.order > 5_000 || this.graph.size > 20_000;
  }

  start(maxMs = this.big ? 20_000 : 4_000): void {
    if (this.running || this.graph.order < 2) return;
    const { nodes, edges, order } = graphMatrices(this.graph);
    this.order = order;
    if (this.big) this.applier = new PositionApplier(this.graph, this.renderer, order);
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
    this.worker?.terminate();
    this.worker = null;
    if (this.running) {
      this.running = false;
      this.callbacks.onStateChange(false);
    }
  }

  private receive(message: LayoutPositions): void {
    const now = performance.now();
    if (this.applier) {
      // Throttled batches: skip a batch while the previous one is still being applied or too recent.
      if (!message.done && (this.applier.busy || now - this.lastApplied < BIG_BATCH_INTERVAL_MS)) return;
      this.lastApplied = now;
      this.applier.apply(message.xy, () => {
        this.callbacks.onUpdate();
        if (message.done) this.kill();
      });
      return;
    }
    this.lastApplied = now;
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
