/**
 * Deterministic initial positions: each node's place depends only on its id (a hash), so a reload or a
 * different edge order gives the same picture before ForceAtlas2 refines it.
 */
export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A point in the unit disc (area-uniform), from the id alone. */
export function initialPosition(id: string, radius = 100): { x: number; y: number } {
  const h1 = hashString(id);
  const h2 = hashString(`${id}#`);
  const angle = (h1 / 2 ** 32) * Math.PI * 2;
  const r = Math.sqrt(h2 / 2 ** 32) * radius;
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}
