/**
 * The edge raster worker (edge-raster.worker.ts), started early: a worker's start-up needs the main
 * thread, which is busy from the payload's arrival until the first frame, so boot.ts starts one while
 * the graph downloads and the next BulkEdges (bulk-edges.ts) takes it.
 */
const newWorker = () => new Worker(new URL('./edge-raster.worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | null = null;

export function prewarmRasterWorker(): void {
  spare ??= newWorker();
}

/** The prewarmed worker, or a new one. */
export function takeRasterWorker(): Worker {
  const worker = spare ?? newWorker();
  spare = null;
  return worker;
}

/** Ends the prewarmed worker (the graph turned out small). */
export function releaseRasterWorker(): void {
  spare?.terminate();
  spare = null;
}
