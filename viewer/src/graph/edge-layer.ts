/**
 * The edges of big graphs as typed arrays: the drawn edges (ends as node indexes, an RGBA colour each)
 * from the prepared edge columns (model-compact.ts) and the edge reducer's output, instead of one
 * sigma display object per edge (sigma spends 1-2 s on 100,000 of those). Appearance comes from the
 * same reducer as sigma's (reducers.ts) over the same attribute objects the model holds; drawing
 * order: plain edges first, raised ones (zIndex > 0: focus, query) on top. Pure: bulk-edges.ts has
 * them rasterised (edge-raster.ts) and shown under sigma's nodes.
 */
import type { EdgeDisplayData } from 'sigma/types';
import type { PreparedEdges } from './model-compact.js';
import type { EdgeAttrs } from './model.js';

export type EdgeReducer = (edge: string, data: EdgeAttrs) => Partial<EdgeDisplayData>;

/** The drawn edges, in drawing order. */
export interface StyledEdges {
  sources: Uint32Array;
  targets: Uint32Array;
  /** RGBA as one little-endian word (ImageData's byte order). */
  colors: Uint32Array;
  count: number;
}

/** '#rrggbb' or '#rgb' to an ImageData word (opaque). */
export function rgbaWord(color: string): number {
  let hex = color.startsWith('#') ? color.slice(1) : color;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const v = Number.parseInt(hex.slice(0, 6), 16) || 0;
  return ((0xff << 24) | ((v & 0xff) << 16) | (v & 0xff00) | ((v >> 16) & 0xff)) >>> 0;
}

export class BulkEdgeLayer {
  private styleDirty = true;
  private styled: StyledEdges | null = null;
  private readonly words = new Map<string, number>();

  constructor(
    readonly edges: PreparedEdges,
    private readonly reduce: EdgeReducer,
  ) {}

  /** The view changed (filters, focus, query): colours and visibility are recomputed when next asked. */
  restyle(): void {
    this.styleDirty = true;
  }

  /** Whether style() would recompute (the view changed since). */
  get styleChanged(): boolean {
    return this.styleDirty || !this.styled;
  }

  get drawnCount(): number {
    return this.styled?.count ?? 0;
  }

  /** The drawn edges; `fresh` is true when they changed since the last call. */
  style(): { styled: StyledEdges; fresh: boolean } {
    if (this.styled && !this.styleDirty) return { styled: this.styled, fresh: false };
    const { keys, attrs, sources, targets } = this.edges;
    const n = keys.length;
    const out: StyledEdges = { sources: new Uint32Array(n), targets: new Uint32Array(n), colors: new Uint32Array(n), count: 0 };
    const raised: number[] = [];
    const scratch = { ...attrs[0]! };
    const put = (j: number, color: string) => {
      out.sources[out.count] = sources[j]!;
      out.targets[out.count] = targets[j]!;
      out.colors[out.count++] = this.word(color);
    };
    const raisedColors: string[] = [];
    for (let j = 0; j < n; j++) {
      Object.assign(scratch, attrs[j]);
      const d = this.reduce(keys[j]!, scratch);
      if (d.hidden) continue;
      const color = d.color ?? scratch.color;
      if ((d.zIndex ?? 0) > 0) {
        raised.push(j);
        raisedColors.push(color);
      } else put(j, color);
    }
    for (let i = 0; i < raised.length; i++) put(raised[i]!, raisedColors[i]!);
    this.styled = out;
    this.styleDirty = false;
    return { styled: out, fresh: true };
  }

  private word(color: string): number {
    let w = this.words.get(color);
    if (w === undefined) this.words.set(color, (w = rgbaWord(color)));
    return w;
  }
}
