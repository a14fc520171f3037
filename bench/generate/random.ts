/** Seeded randomness for the synthetic corpus: a small fast PRNG and a Zipf (power-law) sampler. */

/** sfc32 seeded through splitmix32: deterministic floats in [0, 1) from a 32-bit seed. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

export const randomInt = (random: () => number, n: number): number => Math.floor(random() * n);
export const pick = <T>(random: () => number, items: readonly T[]): T => items[randomInt(random, items.length)]!;

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + offset)^exponent (Zipf–Mandelbrot):
 * a few hubs take a large share, a long tail appears rarely. `offset` flattens the very top.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    readonly exponent = 1,
    readonly offset = 5,
  ) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let rank = 0; rank < n; rank++) {
      total += 1 / (rank + offset) ** exponent;
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < n; rank++) this.cumulative[rank]! /= total;
  }

  /** The share of draws that rank gets. */
  probability(rank: number): number {
    return this.cumulative[rank]! - (rank > 0 ? this.cumulative[rank - 1]! : 0);
  }

  sample(random: () => number): number {
    const u = random();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A deterministic permutation of 0..n-1 (Fisher–Yates). */
export function shuffledIndexes(n: number, random: () => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
