/**
 * The graph on screen, one at a time: from a payload, the graphology model, the derived view, the sigma
 * renderer (big graphs: the bulk edge layer, edges indexed after the first frame) and the layout, with
 * the graph container's data-* attributes, the status line and the performance marks that benchmarks
 * (bench/suites/viewer.ts) and e2e tests read. main.ts wires it to the store and the panels.
 */
import type { CompactGraphPayload } from '../../core/graph-contract.js';
import { markWhenPainted } from './dom.js';
import { BulkEdges } from './graph/bulk-edges.js';
import { indexEdgesInSlices } from './graph/edge-indexing.js';
import { BulkEdgeLayer } from './graph/edge-layer.js';
import { predictFirstView } from './graph/first-view.js';
import { type EdgeAttrs, isBigGraph, type StanceModel } from './graph/model.js';
import { insertEdges, type PreparedEdges, startCompactModel } from './graph/model-compact.js';
import { releaseRasterWorker } from './graph/raster-worker.js';
import { edgeReducer, type RenderView } from './graph/reducers.js';
import { createRenderer, refreshAll, STAGE_PADDING, type StanceSigma } from './graph/renderer.js';
import { bindRendererToStore } from './graph-interaction.js';
import { LayoutRun } from './graph-layout-run.js';
import type { LayoutSupervisor } from './layout/supervisor.js';
import type { Store } from './state/store.js';
import type { ViewState } from './state/types.js';
import { statusText } from './status.js';
import { deriveView, isDefaultView, provisionalView } from './view-model.js';

export interface GraphSessionHost {
  store: Store;
  /** The graph container: sigma's, and the data-* attributes'. */
  container: HTMLElement;
  status: HTMLElement;
  /** Draw any graph as big graphs are drawn (`?bulk=1`). */
  forceBulk: boolean;
  /** A click on a node selects it (null: clears the selection). */
  select(id: string | null): void;
  /** A new graph's renderer is up: panels that list its stances' attributes refresh. */
  graphChanged(): void;
  /** The view was derived in table mode: the table shows it. */
  showTable(model: StanceModel): void;
}

export class GraphSession {
  readonly view: RenderView = {
    visible: { nodes: new Set(), edges: new Set() },
    focus: { nodes: null, edges: null, labelled: new Set() },
    selection: null,
    emphasised: new Set(),
    hideFadedEdges: false,
  };
  #model: StanceModel | null = null;
  #renderer: StanceSigma | null = null;
  /** Big graphs: every edge, drawn from typed arrays (graph/edge-layer.ts, graph/bulk-edges.ts). */
  #bulk: BulkEdges | null = null;
  #layout: LayoutRun | null = null;
  #truncated = false;
  /**
   * Big graphs: the model's edges not yet all in graphology (inserted in time slices after the first
   * frame, graph/edge-indexing.ts). Meanwhile views are not derived (redraws wait, `#waitingRedraw`).
   */
  #pendingEdges: PreparedEdges | null = null;
  #waitingRedraw: { filtersDirty: boolean } | null = null;
  /** The user panned or zoomed: the settled layout keeps their camera. */
  #userMoved = false;

  constructor(private readonly host: GraphSessionHost) {
    for (const type of ['wheel', 'mousedown', 'touchstart', 'keydown'])
      host.container.addEventListener(
        type,
        () => {
          this.#userMoved = true;
        },
        { passive: true },
      );
  }

  get model(): StanceModel | null {
    return this.#model;
  }
  get renderer(): StanceSigma | null {
    return this.#renderer;
  }
  get bulk(): BulkEdges | null {
    return this.#bulk;
  }
  get layout(): LayoutSupervisor | null {
    return this.#layout?.supervisor ?? null;
  }
  /** The model once every edge is in it (null while big graphs' edges are being indexed). */
  get completeModel(): StanceModel | null {
    return this.#pendingEdges ? null : this.#model;
  }

  /** The stances' attributes: from the prepared columns while big graphs are being indexed (same objects). */
  stanceAttrs(): EdgeAttrs[] {
    return this.#pendingEdges ? this.#pendingEdges.attrs : this.#model ? this.#model.mapEdges((_e, a) => a) : [];
  }

  /** Moves the camera to a node (keeping a closer zoom). */
  centerOn(id: string): void {
    const renderer = this.#renderer;
    if (!renderer || !this.#model?.hasNode(id)) return;
    const at = renderer.getNodeDisplayData(id);
    if (at) renderer.getCamera().animate({ x: at.x, y: at.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
  }

  /** Derives the view from the state (visibility again when the filters changed) and draws it. */
  redraw(state: ViewState, filtersDirty: boolean): void {
    const model = this.#model;
    if (!model) return;
    if (this.#pendingEdges) {
      // Derived once every edge is in the model (modelComplete).
      this.#waitingRedraw = { filtersDirty: filtersDirty || !!this.#waitingRedraw?.filtersDirty };
      this.updateStatus();
      return;
    }
    const view = this.view;
    Object.assign(view, deriveView(model, state, view.visible.nodes.size || !filtersDirty ? view : null, filtersDirty));
    if (this.#renderer) refreshAll(this.#renderer, this.#bulk);
    this.updateStatus();
    if (state.mode === 'table') this.host.showTable(model);
  }

  /** Replaces the graph on screen with the payload's. */
  build(payload: CompactGraphPayload): void {
    const { store, container } = this.host;
    const view = this.view;
    this.#layout?.kill();
    this.#layout = null;
    // Drop the killed renderer before anything can reach it: redraw() below refreshes `#renderer` when set,
    // and a killed sigma has no programs left ("could not find a suitable program for node type").
    this.#renderer?.kill();
    this.#renderer = null;
    this.#bulk?.kill();
    this.#bulk = null;
    const t0 = performance.now();
    const forceBulk = this.host.forceBulk;
    if (!forceBulk && !isBigGraph({ order: payload.nodes.keys.length, size: payload.edges.keys.length })) releaseRasterWorker();
    const started = startCompactModel(payload);
    const model = started.model;
    this.#model = model;
    const big = forceBulk || isBigGraph({ order: model.order, size: started.edges.keys.length });
    // Small graphs, and big ones in a view that needs the whole model, get every edge now.
    const pendingEdges = big && isDefaultView(store.state) ? started.edges : null;
    this.#pendingEdges = pendingEdges;
    this.#waitingRedraw = null;
    if (!pendingEdges) insertEdges(model, started.edges);
    const bulk = big ? new BulkEdges(new BulkEdgeLayer(started.edges, edgeReducer(view))) : null;
    this.#bulk = bulk;
    const t1 = performance.now();
    this.#truncated = payload.truncated;
    container.dataset.settled = 'false';
    container.dataset.layout = 'waiting';
    container.dataset.model = pendingEdges ? 'indexing' : 'complete';
    view.visible = { nodes: new Set(), edges: new Set() };
    if (pendingEdges) {
      Object.assign(view, provisionalView(pendingEdges));
      this.updateStatus();
    } else this.redraw(store.state, true);
    // Big graphs: the worker starts on the edges while sigma is built (a camera from the URL: sigma's first render asks).
    if (bulk && !store.state.camera) bulk.speculate(predictFirstView(model, container, STAGE_PADDING));
    const t2 = performance.now();
    const renderer = createRenderer(model, container, view, bulk);
    this.#renderer = renderer;
    const t3 = performance.now();
    performance.measure('stancegraph:model', { start: t0, end: t1 });
    performance.measure('stancegraph:view', { start: t1, end: t2 });
    performance.measure('stancegraph:renderer', { start: t2, end: t3 });
    // The first frame with every node and every visible edge (big graphs: once the edge bitmap is in).
    const firstRender = () =>
      markWhenPainted('stancegraph:first-render', () => {
        performance.mark('stancegraph:edges-shown');
        container.dataset.rendered = 'true';
        container.dataset.edgesShown = 'true';
      });
    if (bulk) bulk.whenShown(firstRender, 0);
    else firstRender();
    if (store.state.camera) renderer.getCamera().setState(store.state.camera);
    bindRendererToStore(renderer, model, store, {
      select: (id) => this.host.select(id),
      userMoved: () => this.#userMoved,
      current: () => this.#renderer,
    });
    this.host.graphChanged();
    if (pendingEdges) {
      indexEdgesInSlices(model, pendingEdges, {
        current: () => this.#pendingEdges === pendingEdges,
        progress: () => this.updateStatus(),
        done: () => this.modelComplete(),
      });
    } else this.startLayout();
  }

  /** Every edge is in the model: derive the view if the state changed meanwhile, start the layout. */
  private modelComplete(): void {
    this.#pendingEdges = null;
    performance.mark('stancegraph:model-complete');
    this.host.container.dataset.model = 'complete';
    const waiting = this.#waitingRedraw;
    this.#waitingRedraw = null;
    const state = this.host.store.state;
    // The provisional view is exact unless the state changed meanwhile.
    if (waiting || state.mode === 'table') this.redraw(state, !!waiting?.filtersDirty);
    // Its own task: the last slice, a redraw and the layout's set-up together could pass 50 ms.
    const current = this.#model;
    setTimeout(() => this.#model === current && this.startLayout(), 0);
  }

  private startLayout(): void {
    const model = this.#model;
    const renderer = this.#renderer;
    if (!model || !renderer) return;
    this.#layout = new LayoutRun(model, this.#bulk, {
      container: this.host.container,
      renderer: () => this.#renderer,
      mayFitCamera: () => !this.#userMoved && !this.host.store.state.camera,
      statusChanged: () => this.updateStatus(),
    });
    this.#layout.start(renderer);
  }

  private updateStatus(): void {
    const { container, status } = this.host;
    const { view } = this;
    const model = this.#model;
    container.dataset.nodes = String(view.visible.nodes.size);
    container.dataset.edges = String(view.visible.edges.size);
    container.dataset.highlighted = String(view.focus.nodes?.size ?? 0);
    const stances = this.#bulk?.layer.edges.keys.length ?? model?.size ?? 0;
    status.textContent = statusText({
      visibleNodes: view.visible.nodes.size,
      visibleEdges: view.visible.edges.size,
      entities: model?.order ?? null,
      stances,
      truncated: this.#truncated,
      indexed: this.#pendingEdges ? this.#pendingEdges.inserted / Math.max(1, stances) : null,
      layout: this.#layout?.running ? { progress: this.#bulk ? this.#layout.progress : null } : null,
    });
  }
}
