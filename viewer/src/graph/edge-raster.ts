/**
 * A 1-pixel line rasteriser for big graphs' edges (run in edge-raster.worker.ts): a DDA along each
 * line's major axis, clipped to the image first, writing RGBA words. Software WebGL rasterises thin
 * lines in 2x2 pixel quads; this loop draws 100,000 lines across a screen in ~0.2 s, off the main thread.
 */
import type { StyledEdges } from './edge-layer.js';

/** Maps sigma's framed graph coordinates to pixels: sigma's 3x3 camera matrix (column-major) to clip space, then the image. */
export function projectNodes(xy: Float32Array, matrix: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(xy.length);
  const [a, b, , c, d, , e, f] = matrix as unknown as number[];
  for (let i = 0; i < xy.length; i += 2) {
    const x = xy[i]!;
    const y = xy[i + 1]!;
    out[i] = ((a! * x + c! * y + e! + 1) / 2) * width;
    out[i + 1] = ((1 - (b! * x + d! * y + f!)) / 2) * height;
  }
  return out;
}

const seg = new Float64Array(4);

/** One Liang-Barsky boundary test: narrows [t[0], t[1]] (false when the segment leaves it empty). */
function narrow(p: number, q: number, t: Float64Array): boolean {
  if (p === 0) return q >= 0;
  const r = q / p;
  if (p < 0) {
    if (r > t[1]!) return false;
    if (r > t[0]!) t[0] = r;
  } else {
    if (r < t[0]!) return false;
    if (r < t[1]!) t[1] = r;
  }
  return true;
}
const span = new Float64Array(2);

/** Clips the segment to [0, w - 1] x [0, h - 1] into `seg`; false when it misses the image. */
function clip(x0: number, y0: number, x1: number, y1: number, w: number, h: number): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  span[0] = 0;
  span[1] = 1;
  if (!narrow(-dx, x0, span) || !narrow(dx, w - 1 - x0, span) || !narrow(-dy, y0, span) || !narrow(dy, h - 1 - y0, span)) return false;
  seg[0] = x0 + span[0]! * dx;
  seg[1] = y0 + span[0]! * dy;
  seg[2] = x0 + span[1]! * dx;
  seg[3] = y0 + span[1]! * dy;
  return true;
}

/** Draws the styled edges between the projected node positions into `pixels` (w x h RGBA words). */
export function rasterise(pixels: Uint32Array, w: number, h: number, at: Float32Array, edges: StyledEdges): void {
  const { sources, targets, colors, count } = edges;
  for (let i = 0; i < count; i++) {
    const s = sources[i]! * 2;
    const t = targets[i]! * 2;
    if (!clip(at[s]!, at[s + 1]!, at[t]!, at[t + 1]!, w, h)) continue;
    const x0 = seg[0]!;
    const y0 = seg[1]!;
    const x1 = seg[2]!;
    const y1 = seg[3]!;
    const c = colors[i]!;
    const dx = x1 - x0;
    const dy = y1 - y0;
    if (Math.abs(dx) >= Math.abs(dy)) {
      const n = Math.round(Math.abs(dx));
      const sx = dx >= 0 ? 1 : -1;
      const sy = n === 0 ? 0 : dy / n;
      let x = Math.round(x0);
      let y = y0 + 0.5;
      for (let k = 0; k <= n; k++, x += sx, y += sy) if (x >= 0 && x < w) pixels[(y | 0) * w + x] = c;
    } else {
      const n = Math.round(Math.abs(dy));
      const sy = dy >= 0 ? 1 : -1;
      const sx = dx / n;
      let y = Math.round(y0);
      let x = x0 + 0.5;
      for (let k = 0; k <= n; k++, y += sy, x += sx) if (y >= 0 && y < h) pixels[y * w + (x | 0)] = c;
    }
  }
}
