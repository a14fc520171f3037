/** The top bar's tools: graph/table mode, PNG, export of the visible subgraph, copy link. */
import { h } from './dom.js';
import { EXPORT_FORMATS, exportPng, exportViaApi } from './export/index.js';
import type { StanceSigma } from './graph/renderer.js';
import { setMode } from './state/producers.js';
import type { Store } from './state/store.js';

/** Mounts the tools; returns the mode button (its label follows the mode). */
export function mountToolbar(
  root: HTMLElement,
  store: Store,
  renderer: () => StanceSigma | null,
  notify: (message: string) => void,
): HTMLButtonElement {
  const button = (label: string, testid: string, onClick: () => void, title?: string) => {
    const b = h('button', { type: 'button', class: 'tool', 'data-testid': testid, title: title ?? label }, label);
    b.addEventListener('click', onClick);
    root.append(b);
    return b;
  };
  const modeButton = button(
    'Table',
    'mode-toggle',
    () => store.update((s) => setMode(s, s.mode === 'graph' ? 'table' : 'graph')),
    'Switch between the graph and a table of what is visible',
  );
  button(
    'PNG',
    'export-png',
    () => {
      const r = renderer();
      if (r) exportPng(r);
    },
    'Save the visible graph as a PNG image',
  );
  const exportSelect = h(
    'select',
    { class: 'tool', 'aria-label': 'Export the visible subgraph', 'data-testid': 'export-format' },
    h('option', { value: '' }, 'Export…'),
    EXPORT_FORMATS.map((f) => h('option', { value: f }, f.toUpperCase())),
  );
  exportSelect.addEventListener('change', async () => {
    const format = exportSelect.value as (typeof EXPORT_FORMATS)[number];
    exportSelect.value = '';
    const s = store.state;
    await exportViaApi(format, s.filters, s.selection ? { around: s.selection, depth: s.depth } : {}).catch((e: Error) =>
      notify(`Export failed: ${e.message}`),
    );
  });
  root.append(exportSelect);
  button('Copy link', 'copy-link', async () => {
    await navigator.clipboard?.writeText(location.href).catch(() => {});
    notify('Link to this view copied');
  });
  return modeButton;
}
