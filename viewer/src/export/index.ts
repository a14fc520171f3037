/** Export of the visible subgraph: PNG (a snapshot of the canvas layers) and the export API's formats. */
import { api } from '../api/client.js';
import type { StanceSigma } from '../graph/renderer.js';
import type { ViewFilters } from '../state/types.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export API's query string for the current filters (same names as GET /api/graph). */
export function exportQuery(
  format: ExportFormat,
  filters: ViewFilters,
  selection: { around?: string; depth?: number } = {},
): URLSearchParams {
  const q = new URLSearchParams({ format });
  if (filters.level !== 'person') q.set('level', filters.level);
  if (filters.polarity.length < 3) q.set('polarity', filters.polarity.join(','));
  if (filters.types) q.set('types', filters.types.join(','));
  if (filters.entityTypes) q.set('entityTypes', filters.entityTypes.join(','));
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  if (selection.around) {
    q.set('around', selection.around);
    q.set('depth', String(selection.depth ?? 1));
  }
  return q;
}

export async function exportViaApi(
  format: ExportFormat,
  filters: ViewFilters,
  selection: { around?: string; depth?: number },
): Promise<void> {
  await api.download(`/api/export?${exportQuery(format, filters, selection)}`, `stancegraph.${format === 'csv' ? 'zip' : format}`);
}

/** Composes sigma's canvas layers (edges, nodes, labels…) onto a white background and saves a PNG. */
export function exportPng(renderer: StanceSigma, name = 'stancegraph.png'): void {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of Object.values(renderer.getCanvases())) {
    if (canvas.width === 0) continue;
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}
