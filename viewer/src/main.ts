/** The viewer's controller: one store, one graph session (model, renderer, layout); panels render from state. */
import './styles.css';
import type { Level } from '../../core/graph-contract.js';
import type { RelationType } from '../../core/vocabulary.js';
import { api } from './api/client.js';
import { renderDetails, renderDetailsMessage } from './details/index.js';
import { debounce } from './dom.js';
import { mountFilters, mountLevelToggle } from './filters/index.js';
import { pageGraphs } from './graph/loader.js';
import { dateSpan, type StanceModel } from './graph/model.js';
import { GraphSession } from './graph-session.js';
import { bindKeyboard } from './keyboard.js';
import { renderLegend } from './legend/index.js';
import { mountQueries, renderQueryResult } from './queries/index.js';
import { mountSearch } from './search/index.js';
import { buildShell } from './shell.js';
import { clearQuery, selectNode, setDepth, setQueryResult } from './state/producers.js';
import { Store } from './state/store.js';
import type { QueryRun, ViewState } from './state/types.js';
import { renderTable } from './table/index.js';
import { mountToolbar } from './toolbar.js';
import { decodeState, stateToSearch } from './url-state/index.js';
import { filtersChanged, focusChanged } from './view-model.js';

// boot.ts ran first: the token is adopted, the first graph download and the raster worker started.
const store = new Store(decodeState(new URLSearchParams(location.search)));
const graphs = pageGraphs();
/** `?bulk=1` draws any graph as big graphs are drawn (bulk edge layer, edges indexed after the first frame). */
const forceBulk = new URLSearchParams(location.search).get('bulk') === '1';
const ui = buildShell(document.getElementById('app')!);
const showTable = (model: StanceModel) => renderTable(ui.table, model, session.view.visible, (id) => select(id, true));
const session = new GraphSession({
  store,
  container: ui.graph,
  status: ui.status,
  forceBulk,
  select: (id) => select(id),
  graphChanged: () => filtersUi(store.state),
  showTable,
});

const notify = (message: string | null) => {
  ui.notice.hidden = !message;
  ui.notice.textContent = message ?? '';
  if (message) setTimeout(() => ui.notice.textContent === message && notify(null), 6_000);
};

function select(id: string | null, center = false): void {
  store.update((s) => selectNode(s, id));
  if (id && center) session.centerOn(id);
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

async function loadLevel(level: Level): Promise<void> {
  ui.graph.dataset.ready = 'false';
  ui.graph.dataset.rendered = 'false';
  try {
    const payload = await graphs.get(level);
    session.build(payload);
    ui.graph.dataset.ready = 'true';
  } catch (error) {
    notify(`Could not load the graph: ${(error as Error).message}`);
    ui.status.textContent = 'The API is not reachable; retrying in 5 s…';
    setTimeout(() => loadLevel(store.state.filters.level), 5_000);
  }
}

// Panels
const levelUi = mountLevelToggle(ui.levelBox, store);
const filtersUi = mountFilters(ui.filters, store, () => {
  const stances = session.stanceAttrs();
  return {
    relationTypes: [...new Set(stances.map((a) => a.relation))].sort() as RelationType[],
    dateSpan: dateSpan(stances),
  };
});
renderLegend(ui.legend);
const searchInput = mountSearch(ui.searchBox, (id) => select(id, true), notify);
const modeButton = mountToolbar(ui.toolbar, store, () => session.renderer, notify);
const syncQueries = await mountQueries(ui.queries, { run: runQuery, clear: () => store.update(clearQuery) }, store.state.query);

bindKeyboard(ui.graph, () => session.renderer, {
  focusSearch: () => searchInput.focus(),
  clear: () => store.update((s) => clearQuery(selectNode(s, null))),
  cycle: (step) => {
    const model = session.model;
    if (!model) return;
    const { view } = session;
    const pool = view.focus.nodes && store.state.selection ? [...view.focus.nodes] : [...view.visible.nodes];
    pool.sort((a, b) => model.getNodeAttribute(b, 'degree') - model.getNodeAttribute(a, 'degree') || a.localeCompare(b));
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
  else if (filtersChanged(state, previous) || focusChanged(state, previous)) session.redraw(state, filtersChanged(state, previous));
  if (state.selection !== previous.selection) void showDetails(state.selection);
  else if (state.depth !== previous.depth && state.selection) void showDetails(state.selection);
  if (state.mode !== previous.mode) {
    ui.table.hidden = state.mode !== 'table';
    ui.graph.hidden = state.mode === 'table';
    modeButton.textContent = state.mode === 'table' ? 'Graph' : 'Table';
    const complete = session.completeModel;
    if (complete && state.mode === 'table') showTable(complete);
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
(window as unknown as { __stancegraph: unknown }).__stancegraph = {
  renderer: () => session.renderer,
  model: () => session.model,
  layout: () => session.layout,
  bulk: () => session.bulk,
};
