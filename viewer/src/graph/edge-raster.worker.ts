/// <reference lib="webworker" />
/**
 * Rasterises big graphs' edges off the main thread: keeps the node positions and styled edges it was
 * last sent, and answers each draw request (camera matrix, size) with an ImageBitmap.
 */
import type { StyledEdges } from './edge-layer.js';
import { projectNodes, rasterise } from './edge-raster.js';
import type { RasterCommand, RasterDone } from './raster-types.js';

let nodes: Float32Array = new Float32Array(0);
let edges: StyledEdges | null = null;

self.onmessage = async (event: MessageEvent<RasterCommand>) => {
  const command = event.data;
  if (command.kind === 'nodes') nodes = command.xy;
  else if (command.kind === 'edges') edges = command.edges;
  else {
    const { width, height, matrix, id } = command;
    const pixels = new Uint32Array(width * height);
    if (edges) rasterise(pixels, width, height, projectNodes(nodes, matrix, width, height), edges);
    const bitmap = await createImageBitmap(new ImageData(new Uint8ClampedArray(pixels.buffer), width, height));
    const done: RasterDone = { kind: 'drawn', id, bitmap };
    (self as unknown as Worker).postMessage(done, [bitmap]);
  }
};
