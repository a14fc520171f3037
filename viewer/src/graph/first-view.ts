/**
 * What sigma's first render of a big graph will use, computed before sigma exists: node positions in
 * framed coordinates (sigma's normalisation of the graph's extent) and the camera matrix of the
 * default camera. BulkEdges.speculate() rasterises the edges with them while sigma is being built;
 * its first real render checks both and redraws if the prediction was wrong (bulk-edges.ts).
 */
import type { Coordinates } from 'sigma/types';
import { createNormalizationFunction, graphExtent, matrixFromCamera } from 'sigma/utils';
import type { StanceModel } from './model.js';

export interface PredictedView {
  xy: Float32Array;
  matrix: Float32Array;
  width: number;
  height: number;
}

export function predictFirstView(model: StanceModel, container: HTMLElement, stagePadding: number): PredictedView {
  const extent = graphExtent(model);
  const normalise = createNormalizationFunction(extent);
  const xy = new Float32Array(model.order * 2);
  const at: Coordinates = { x: 0, y: 0 };
  let i = 0;
  model.forEachNode((_key, attrs) => {
    at.x = attrs.x;
    at.y = attrs.y;
    normalise.applyTo(at);
    xy[i++] = at.x;
    xy[i++] = at.y;
  });
  const width = container.offsetWidth || 1;
  const height = container.offsetHeight || 1;
  const graphSize = { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
  const matrix = matrixFromCamera({ x: 0.5, y: 0.5, angle: 0, ratio: 1 }, { width, height }, graphSize, stagePadding);
  return { xy, matrix, width, height };
}
