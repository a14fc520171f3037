/** Messages between the layout supervisor and its worker. */
export type LayoutCommand =
  | {
      kind: 'start';
      nodes: Float32Array;
      edges: Float32Array;
      settings: Record<string, unknown>;
      sliceMs: number;
      maxMs: number;
      maxIterations: number;
    }
  | { kind: 'stop' };

export interface LayoutPositions {
  kind: 'positions';
  /** x0, y0, x1, y1 ... in node order of the start command. */
  xy: Float32Array;
  /** True on the last message. */
  done: boolean;
  /** How far the layout is: iterations or time spent, whichever is nearer its cap (0-1). */
  progress: number;
  elapsedMs: number;
}
