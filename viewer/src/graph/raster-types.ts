/** Messages between the bulk edge layer (bulk-edges.ts) and its raster worker. */
import type { StyledEdges } from './edge-layer.js';

export type RasterCommand =
  | { kind: 'nodes'; xy: Float32Array }
  | { kind: 'edges'; edges: StyledEdges }
  | { kind: 'draw'; id: number; matrix: Float32Array; width: number; height: number };

export interface RasterDone {
  kind: 'drawn';
  id: number;
  bitmap: ImageBitmap;
}
