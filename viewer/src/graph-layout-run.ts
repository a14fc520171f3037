/**
 * One graph's layout, from its start until its positions are on screen: runs the LayoutSupervisor
 * (ForceAtlas2 in a worker), keeps its progress for the status line, frames big graphs once settled
 * (unless the user moved the camera or the view has one), and sets what benchmarks and e2e tests wait
 * for: data-layout (running/done) and data-settled on the graph container, the marks
 * stancegraph:layout-done and stancegraph:layout-settled.
 */
import { markWhenPainted } from './dom.js';
import type { BulkEdges } from './graph/bulk-edges.js';
import type { StanceModel } from './graph/model.js';
import { fitCamera, refreshAll, type StanceSigma } from './graph/renderer.js';
import { LayoutSupervisor } from './layout/supervisor.js';

export interface LayoutRunHost {
  container: HTMLElement;
  /** The renderer on screen now (null once the graph is replaced). */
  renderer(): StanceSigma | null;
  /** Whether the settled layout of a big graph may be framed (no camera from the user or the view). */
  mayFitCamera(): boolean;
  /** The running state or progress changed: the status line follows. */
  statusChanged(): void;
}

export class LayoutRun {
  readonly supervisor: LayoutSupervisor;
  /** Big graphs: how far the layout is (0-1). */
  progress = 0;

  constructor(
    model: StanceModel,
    private readonly bulk: BulkEdges | null,
    private readonly host: LayoutRunHost,
  ) {
    this.supervisor = new LayoutSupervisor(
      model,
      {
        onUpdate: () => this.positionsChanged(),
        onStateChange: (running) => this.stateChanged(running),
        onProgress: (fraction) => {
          this.progress = fraction;
          host.statusChanged();
        },
      },
      host.renderer,
      bulk?.layer.edges ?? null,
    );
  }

  get running(): boolean {
    return this.supervisor.running;
  }

  /** Starts the layout; a graph it does not run on (under two nodes) is settled at once. */
  start(renderer: StanceSigma): void {
    this.host.container.dataset.layout = 'running';
    this.supervisor.start();
    if (!this.supervisor.running) {
      this.stateChanged(false);
      refreshAll(renderer, this.bulk);
      this.positionsChanged();
    }
  }

  kill(): void {
    this.supervisor.kill();
  }

  private stateChanged(running: boolean): void {
    this.host.container.dataset.layout = running ? 'running' : 'done';
    if (!running) performance.mark('stancegraph:layout-done');
    this.host.statusChanged();
  }

  /** Positions changed: small graphs on every layout batch, big graphs once, when the settled batch is in. */
  private positionsChanged(): void {
    const renderer = this.host.renderer();
    if (this.bulk && renderer && !this.supervisor.running) {
      this.bulk.moved();
      // The settled layout outgrows the frozen box of big graphs: frame it, unless the view has a camera.
      if (this.host.mayFitCamera()) fitCamera(renderer);
      renderer.scheduleRender();
      this.bulk.whenShown(() => this.markSettled());
    } else if (!this.supervisor.running) this.markSettled();
    this.host.statusChanged();
  }

  private markSettled(): void {
    const container = this.host.container;
    if (container.dataset.settled === 'true') return;
    markWhenPainted('stancegraph:layout-settled', () => {
      container.dataset.settled = 'true';
    });
  }
}
