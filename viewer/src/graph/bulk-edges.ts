/**
 * Big graphs' edges on screen: a sigma edge program whose render() asks a worker (edge-raster.worker.ts)
 * to rasterise the bulk layer's edges with sigma's camera matrix, and a canvas layer under sigma's nodes
 * that shows the returned bitmap. While the camera moves (sigma does not render edges then), the last
 * bitmap follows the camera by a CSS transform, so edges stay visible while panning and zooming; when
 * the camera rests, sigma renders again and a fresh bitmap replaces it. Sigma holds no edge objects.
 */
import { EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Coordinates, RenderParams } from 'sigma/types';
import type { BulkEdgeLayer } from './edge-layer.js';
import type { PredictedView } from './first-view.js';
import type { EdgeAttrs, NodeAttrs } from './model.js';
import type { RasterCommand, RasterDone } from './raster-types.js';
import { takeRasterWorker } from './raster-worker.js';
import type { StanceSigma } from './renderer.js';

const viewKey = (matrix: Float32Array, width: number, height: number) => `${width}x${height}:${matrix.join()}`;

interface Pinned {
  /** Where framed (0, 0) and (1, 1) were on screen when the bitmap was drawn. */
  origin: Coordinates;
  unit: Coordinates;
}

export class BulkEdges {
  private readonly worker: Worker;
  private renderer: StanceSigma | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private positionsDirty = true;
  private nextId = 0;
  private inFlight: { id: number; pinned: Pinned } | null = null;
  private queued: RenderParams | null = null;
  private shown: Pinned | null = null;
  private waiting: { after: number; then: () => void }[] = [];
  private killed = false;
  /** Size and camera matrix of the last bitmap asked for. */
  private lastView = '';
  /** The positions speculate() sent, until sigma's first render has checked them. */
  private predicted: Float32Array | null = null;

  constructor(readonly layer: BulkEdgeLayer) {
    this.worker = takeRasterWorker();
    this.worker.onmessage = (event: MessageEvent<RasterDone>) => this.receive(event.data);
  }

  get drawnCount(): number {
    return this.layer.drawnCount;
  }

  /** How many bitmaps were asked for so far (diagnostics: 1 at first render when the prediction held). */
  get draws(): number {
    return this.nextId;
  }

  /** The sigma program class that draws this layer (to register as the edge program). */
  program(): EdgeProgramType<NodeAttrs, EdgeAttrs> {
    const bulk = this;
    class BulkEdgeProgram extends EdgeLineProgram<NodeAttrs, EdgeAttrs> {
      // sigma sizes and fills programs from its edges; this one has none and draws the layer instead.
      override reallocate(): void {}
      override process(): void {}
      override render(params: RenderParams): void {
        bulk.request(params, this.renderer as StanceSigma);
      }
    }
    return BulkEdgeProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;
  }

  attach(renderer: StanceSigma): void {
    this.renderer = renderer;
    this.canvas = renderer.createCanvas('bulkEdges', { afterLayer: 'edges', style: { transformOrigin: '0 0' } });
    // sigma's own edge canvas stays empty: hidden, the compositor does not read it back every frame.
    renderer.getCanvases().edges?.style.setProperty('display', 'none');
    renderer.on('afterRender', () => this.follow());
  }

  restyle(): void {
    this.layer.restyle();
  }

  /** Nodes moved: their positions go to the worker with the next draw. */
  moved(): void {
    this.positionsDirty = true;
  }

  /**
   * Runs `then` once a bitmap asked for after the `after`-th is on the canvas (by default: one asked
   * for from now on, i.e. drawn with what the layer holds now; 0: the next bitmap whatever it is).
   */
  whenShown(then: () => void, after = this.nextId): void {
    this.waiting.push({ after, then });
  }

  kill(): void {
    this.killed = true;
    this.worker.terminate();
    this.renderer = null;
    this.waiting = [];
  }

  /**
   * Starts rasterising before sigma exists, with the node positions and camera sigma's first render is
   * predicted to use (first-view.ts), so the worker draws while sigma is being built. That render
   * checks the prediction (request) and draws again if it was wrong.
   */
  speculate(view: PredictedView): void {
    const ratio = window.devicePixelRatio || 1;
    this.predicted = view.xy.slice();
    this.post({ kind: 'nodes', xy: view.xy }, [view.xy.buffer]);
    this.positionsDirty = false;
    this.draw(view.matrix, view.width, view.height, ratio);
  }

  /** Asks the worker for a bitmap of the current view, unless the last one asked for is of the same. */
  private request(params: RenderParams, renderer: StanceSigma): void {
    if (this.killed) return;
    if (this.inFlight) {
      this.queued = params;
      return;
    }
    if (this.predicted) {
      // First render after speculate(): were the predicted positions sigma's? (sampled)
      const keys = this.layer.edges.nodeKeys;
      for (let i = 0; i < keys.length; i += 97) {
        const at = renderer.getNodeDisplayData(keys[i]!);
        if (!at || Math.fround(at.x) !== this.predicted[i * 2] || Math.fround(at.y) !== this.predicted[i * 2 + 1]) {
          this.positionsDirty = true;
        }
      }
      this.predicted = null;
    }
    const moved = this.positionsDirty;
    if (moved) {
      const keys = this.layer.edges.nodeKeys;
      const xy = new Float32Array(keys.length * 2);
      for (let i = 0; i < keys.length; i++) {
        const at = renderer.getNodeDisplayData(keys[i]!);
        xy[i * 2] = at?.x ?? 0;
        xy[i * 2 + 1] = at?.y ?? 0;
      }
      this.post({ kind: 'nodes', xy }, [xy.buffer]);
      this.positionsDirty = false;
    }
    if (!moved && !this.layer.styleChanged && this.lastView === viewKey(params.matrix, params.width, params.height)) return;
    this.draw(params.matrix, params.width, params.height, params.pixelRatio);
  }

  private post(command: RasterCommand, transfer: Transferable[] = []): void {
    this.worker.postMessage(command, transfer);
  }

  /** Sends the style if it changed, then a draw request; `width` and `height` in CSS pixels. */
  private draw(matrix: Float32Array, width: number, height: number, pixelRatio: number): void {
    const { styled, fresh } = this.layer.style();
    if (fresh) this.post({ kind: 'edges', edges: styled });
    this.lastView = viewKey(matrix, width, height);
    const id = ++this.nextId;
    // Where framed (0, 0) and (1, 1) fall on screen with this matrix (what follow() compares against).
    const onScreen = (x: number, y: number) => ({
      x: ((matrix[0]! * x + matrix[3]! * y + matrix[6]! + 1) / 2) * width,
      y: ((1 - (matrix[1]! * x + matrix[4]! * y + matrix[7]!)) / 2) * height,
    });
    this.inFlight = { id, pinned: { origin: onScreen(0, 0), unit: onScreen(1, 1) } };
    const w = Math.round(width * pixelRatio);
    const h = Math.round(height * pixelRatio);
    this.post({ kind: 'draw', id, matrix: Float32Array.from(matrix), width: w, height: h });
  }

  private receive(done: RasterDone): void {
    const flight = this.inFlight;
    this.inFlight = null;
    if (!this.canvas || !this.renderer || !flight || flight.id !== done.id) {
      done.bitmap.close();
      return;
    }
    // The bitmap fills the canvas box (sigma sizes its layers' boxes on resize; this one's too from now).
    const { width, height } = this.renderer.getDimensions();
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.canvas.width = done.bitmap.width;
    this.canvas.height = done.bitmap.height;
    this.canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(done.bitmap);
    this.shown = flight.pinned;
    this.follow();
    const ready = this.waiting.filter((w) => done.id > w.after);
    this.waiting = this.waiting.filter((w) => done.id <= w.after);
    for (const w of ready) w.then();
    const queued = this.queued;
    this.queued = null;
    if (queued && this.renderer) this.request(queued, this.renderer);
  }

  /** Moves the shown bitmap with the camera (identity when the camera is where it was drawn). */
  private follow(): void {
    if (!this.canvas || !this.renderer || !this.shown) return;
    const origin = this.renderer.framedGraphToViewport({ x: 0, y: 0 });
    const unit = this.renderer.framedGraphToViewport({ x: 1, y: 1 });
    const then = this.shown;
    const scale = (unit.x - origin.x) / (then.unit.x - then.origin.x || 1);
    const tx = origin.x - scale * then.origin.x;
    const ty = origin.y - scale * then.origin.y;
    const still = Math.abs(scale - 1) < 1e-6 && Math.abs(tx) < 0.01 && Math.abs(ty) < 0.01;
    this.canvas.style.transform = still ? '' : `translate(${tx}px, ${ty}px) scale(${scale})`;
  }
}
