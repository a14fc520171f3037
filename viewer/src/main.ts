/** The viewer's controller: one store, one graphology model, one sigma renderer; panels render from state. */
import './styles.css';
import type { CompactGraphPayload, Level } from '../../core/graph-contract.js';
import type { RelationType } from '../../core/vocabulary.js';
import { adoptTokenFromLocation, api } from './api/client.js';
import { renderDetails, renderDetailsMessage } from './details/index.js';
import { debounce, markWhenPainted } from './dom.js';
import { mountFilters, mountLevelToggle } from './filters/index.js';
import { dateSpan, isBigGraph, type StanceModel } from './graph/model.js';
import { GraphLoader } from './graph/loader.js';
import { buildCompactModel } from './graph/model-compact.js';
import type { RenderView } from './graph/reducers.js';
import { createRenderer, fitCamera, refreshAll, type StanceSigma } from './graph/renderer.js';
import { bindKeyboard } from './keyboard.js';
import { LayoutSupervisor } from './layout/supervisor.js';
import { renderLegend } from './legend/index.js';
import { mountQueries, renderQueryResult } from './queries/index.js';
import { mountSearch } from './search/index.js';
import { buildShell } from './shell.js';
import { clearQuery, selectNode, setCamera, setDepth, setHovered, setQueryResult } from './state/producers.js';
import { Store } from './state/store.js';
import type { QueryRun, ViewState } from './state/types.js';
import { renderTable } from './table/index.js';
import { mountToolbar } from './toolbar.js';
import { decodeState, stateToSearch } from './url-state/index.js';
import { deriveView, filtersChanged, focusChanged } from './view-model.js';

adoptTokenFromLocation();
const store = new Store(decodeState(new URLSearchParams(location.search)));
const graphLimit = Number(new URLSearchParams(location.search).get('limit') ?? 20_000) || 20_000;
const graphs = new GraphLoader(graphLimit);
void graphs.get(store.state.filters.level).catch(() => {}); // loadLevel reports a failure
const ui = buildShell(document.getElementById('app')!);
const view: RenderView = {
  visible: { nodes: new Set(), edges: new Set() },
  focus: { nodes: null, edges: null, labelled: new Set() },
  selection: null,
  emphasised: new Set(),
  hideFadedEdges: false,
  edgesWaitForLayout: false,
};
let model: StanceModel | null = null;
let renderer: StanceSigma | null = null;
let layout: LayoutSupervisor | null = null;
let truncated = false;
/** True from the model's creation until its layout settles (big graphs draw their edges after it). */
let layoutRunning = false;
/** Big graphs: how far the layout is (0-1). */
let layoutProgress = 0;
/** Big graphs: set when the layout settles, until the edges are drawn. */
let edgesPending = false;

const notify = (message: string | null) => {
  ui.notice.hidden = !message;
  ui.notice.textContent = message ?? '';
  if (message) setTimeout(() => ui.notice.textContent === message && notify(null), 6_000);
};

const arranging = () =>
  view.edgesWaitForLayout ? ` · arranging ${Math.round(layoutProgress * 100)}% (stances drawn when it settles)` : ' · arranging…';

function updateStatus(): void {
  ui.graph.dataset.nodes = String(view.visible.nodes.size);
  ui.graph.dataset.edges = String(view.visible.edges.size);
  ui.graph.dataset.highlighted = String(view.focus.nodes?.size ?? 0);
  const total = model
    ? `${view.visible.nodes.size} of ${model.order} entities · ${view.visible.edges.size} of ${model.size} stances`
    : 'Loading…';
  ui.status.textContent = `${total}${truncated ? ' · truncated by the limit' : ''}${layout?.running ? arranging() : ''}`;
}

function redraw(state: ViewState, filtersDirty: boolean): void {
  if (!model) return;
  Object.assign(view, deriveView(model, state, view.visible.nodes.size || !filtersDirty ? view : null, filtersDirty, layoutRunning));
  if (renderer) refreshAll(renderer, model);
  updateStatus();
  if (state.mode === 'table') renderTable(ui.table, model, view.visible, (id) => select(id, true));
}

function select(id: string | null, center = false): void {
  store.update((s) => selectNode(s, id));
  if (id && center && renderer && model?.hasNode(id)) {
    const at = renderer.getNodeDisplayData(id);
    if (at) renderer.getCamera().animate({ x: at.x, y: at.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
  }
}

const detailHandlers = {
  onSelect: (id: string) => select(id, true),
  onClose: () => select(null),
  onDepth: (d: number) => store.update((s) => setDepth(s, d)),
};
let detailsSeq = 0;
async function showDetails(id: string | null): Promise<void> {
  const mine = ++detailsSeq;
  ui.details.hidden = id === null;
  if (!id) return;
  try {
    const details = await api.entity(id);
    if (mine !== detailsSeq) return;
    renderDetails(ui.details, details, store.state.depth, detailHandlers);
    ui.live.textContent = `Selected ${details.entity.name}: ${details.stances.length} stances`;
  } catch (error) {
    if (mine === detailsSeq) renderDetailsMessage(ui.details, (error as Error).message, detailHandlers);
  }
}

async function runQuery(query: QueryRun): Promise<void> {
  const f = store.state.filters;
  const filters: Record<string, string> = { level: f.level };
  const result = await api.runQuery(query.name, query.params, filters);
  const nodes = result.graph ? result.graph.graph.nodes.map((n) => n.key) : [];
  const edges = result.graph ? (result.graph.graph.edges ?? []).map((e) => String(e.key)) : [];
  store.update((s) => setQueryResult(s, query, { nodes, edges }));
  ui.result.hidden = false;
  renderQueryResult(
    ui.result,
    result,
    (id) => select(id, true),
    () => store.update(clearQuery),
  );
}

function layoutStateChanged(running: boolean): void {
  const wasWaiting = view.edgesWaitForLayout;
  layoutRunning = running;
  view.edgesWaitForLayout = running && !!model && isBigGraph(model);
  ui.graph.dataset.layout = running ? 'running' : 'done';
  if (!running) performance.mark('stancegraph:layout-done');
  // Big graphs: the layout's last batch now buffers every edge and draws them (onLayoutUpdate).
  edgesPending = wasWaiting && !view.edgesWaitForLayout;
  updateStatus();
}

function onLayoutUpdate(): void {
  if (edgesPending && !layoutRunning) {
    edgesPending = false;
    // The settled layout outgrows the frozen box of big graphs: frame it, unless the view has a camera.
    if (renderer && !userMoved && !store.state.camera) fitCamera(renderer);
    markWhenPainted('stancegraph:edges-shown', () => {
      ui.graph.dataset.edgesShown = 'true';
    });
  }
  updateStatus();
}

function buildGraph(payload: CompactGraphPayload): void {
  layout?.kill();
  layout = null;
  // Drop the killed renderer before anything can reach it: redraw() below refreshes `renderer` when set,
  // and a killed sigma has no programs left ("could not find a suitable program for node type").
  renderer?.kill();
  renderer = null;
  const t0 = performance.now();
  model = buildCompactModel(payload);
  const t1 = performance.now();
  truncated = payload.truncated;
  // The layout starts right after the first frame: big graphs draw that frame without edges.
  layoutRunning = model.order >= 2;
  layoutProgress = 0;
  ui.graph.dataset.edgesShown = String(!isBigGraph(model));
  view.visible = { nodes: new Set(), edges: new Set() };
  redraw(store.state, true);
  const t2 = performance.now();
  renderer = createRenderer(model, ui.graph, view);
  const t3 = performance.now();
  performance.measure('stancegraph:model', { start: t0, end: t1 });
  performance.measure('stancegraph:view', { start: t1, end: t2 });
  performance.measure('stancegraph:renderer', { start: t2, end: t3 });
  markWhenPainted('stancegraph:first-render', () => {
    ui.graph.dataset.rendered = 'true';
  });
  if (store.state.camera) renderer.getCamera().setState(store.state.camera);
  renderer.on('clickNode', ({ node }) => select(node === store.state.selection ? null : node));
  renderer.on('clickStage', () => store.state.selection && select(null));
  if (model.order <= 5_000) {
    renderer.on('enterNode', ({ node }) => store.update((s) => setHovered(s, node)));
    renderer.on('leaveNode', () => store.update((s) => setHovered(s, null)));
  }
  const saveCamera = debounce(() => renderer && store.update((s) => setCamera(s, renderer!.getCamera().getState())), 250);
  renderer.getCamera().on('updated', () => userMoved && saveCamera());
  layout = new LayoutSupervisor(
    model,
    {
      onUpdate: onLayoutUpdate,
      onStateChange: layoutStateChanged,
      onProgress: (fraction) => {
        layoutProgress = fraction;
        updateStatus();
      },
    },
    () => renderer,
  );
  ui.graph.dataset.layout = 'running';
  layout.start();
  if (!layout.running) {
    layoutStateChanged(false);
    refreshAll(renderer, model);
    onLayoutUpdate();
  }
  filtersUi(store.state);
}

let userMoved = false;
for (const type of ['wheel', 'mousedown', 'touchstart', 'keydown'])
  ui.graph.addEventListener(
    type,
    () => {
      userMoved = true;
    },
    { passive: true },
  );

async function loadLevel(level: Level): Promise<void> {
  ui.graph.dataset.ready = 'false';
  ui.graph.dataset.rendered = 'false';
  try {
    const payload = await graphs.get(level);
    buildGraph(payload);
    ui.graph.dataset.ready = 'true';
  } catch (error) {
    notify(`Could not load the graph: ${(error as Error).message}`);
    ui.status.textContent = 'The API is not reachable; retrying in 5 s…';
    setTimeout(() => loadLevel(store.state.filters.level), 5_000);
  }
}

// Panels
const levelUi = mountLevelToggle(ui.levelBox, store);
const filtersUi = mountFilters(ui.filters, store, () => ({
  relationTypes: model ? ([...new Set(model.mapEdges((_e, a) => a.relation))].sort() as RelationType[]) : [],
  dateSpan: model ? dateSpan(model) : null,
}));
renderLegend(ui.legend);
const searchInput = mountSearch(ui.searchBox, (id) => select(id, true), notify);
const modeButton = mountToolbar(ui.toolbar, store, () => renderer, notify);
const syncQueries = await mountQueries(ui.queries, { run: runQuery, clear: () => store.update(clearQuery) }, store.state.query);

bindKeyboard(ui.graph, () => renderer, {
  focusSearch: () => searchInput.focus(),
  clear: () => store.update((s) => clearQuery(selectNode(s, null))),
  cycle: (step) => {
    if (!model) return;
    const pool = view.focus.nodes && store.state.selection ? [...view.focus.nodes] : [...view.visible.nodes];
    pool.sort((a, b) => model!.getNodeAttribute(b, 'degree') - model!.getNodeAttribute(a, 'degree') || a.localeCompare(b));
    const at = pool.indexOf(store.state.selection ?? '');
    const next = pool[(at + step + pool.length) % pool.length];
    if (next) select(next, true);
  },
});

const syncUrl = debounce(
  (state: ViewState) => history.replaceState(null, '', `${location.pathname}${stateToSearch(state)}${location.hash}`),
  100,
);
store.subscribe((state, previous) => {
  if (state.filters.level !== previous.filters.level) void loadLevel(state.filters.level);
  else if (filtersChanged(state, previous) || focusChanged(state, previous)) redraw(state, filtersChanged(state, previous));
  if (state.selection !== previous.selection) void showDetails(state.selection);
  else if (state.depth !== previous.depth && state.selection) void showDetails(state.selection);
  if (state.mode !== previous.mode) {
    ui.table.hidden = state.mode !== 'table';
    ui.graph.hidden = state.mode === 'table';
    modeButton.textContent = state.mode === 'table' ? 'Graph' : 'Table';
    if (model && state.mode === 'table') renderTable(ui.table, model, view.visible, (id) => select(id, true));
  }
  if (!state.query && previous.query) ui.result.hidden = true;
  levelUi(state);
  filtersUi(state);
  syncQueries(state.query);
  syncUrl(state);
});

// First render from the URL's state.
levelUi(store.state);
ui.table.hidden = store.state.mode !== 'table';
ui.graph.hidden = store.state.mode === 'table';
await loadLevel(store.state.filters.level);
if (store.state.selection) void showDetails(store.state.selection);
if (store.state.query) void runQuery(store.state.query).catch((e: Error) => notify(`Query ${store.state.query?.name}: ${e.message}`));
// Diagnostics hook for benchmarks and tests (read-only use).
(window as unknown as { __stancegraph: unknown }).__stancegraph = { renderer: () => renderer, model: () => model, layout: () => layout };
