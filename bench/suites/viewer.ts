/**
 * The viewer on a synthetic graph of 20,000 entities / 100,000 stances, served like the API serves it
 * (v1 JSON, or the compact form for `?compact=1`, gzipped), in headless Chromium (software WebGL):
 * - first_render_ms: navigation start to the first frame on screen (the page marks it after the frame's
 *   commit) that has every node (sigma, point program) and every edge (1-pixel lines, no arrow heads,
 *   in their polarity colour, rasterised from typed arrays in a worker and shown under sigma's nodes:
 *   graph/edge-layer.ts, bulk-edges.ts; first_frame_nodes / first_frame_edges count what was drawn)
 *   at the deterministic initial layout. From then on the page takes pan, zoom, clicks and searches.
 *   Until model_complete_ms graphology is still indexing the edges (slices of ~8 ms): a click or search
 *   opens the details at once and highlights the neighbourhood when the model is complete; filter
 *   changes apply then too. Beside it bare_sigma_first_render_ms: a bare sigma page drawing the same
 *   graph in the same run (compare the two, the machine is shared);
 * - edges_shown_ms: the first frame with every edge drawn (the first frame itself);
 * - model_complete_ms: every edge in the graphology model; layout_ms: ForceAtlas2 in its worker from
 *   then; settled_ms: its positions on screen (nodes and edges);
 * - max_long_task_ms / long_tasks_over_50ms: main-thread tasks over 50 ms from the first frame until
 *   ForceAtlas2 is done (edge indexing, then the layout in its worker); settle_frame_ms: the longest
 *   task from then until settled (applying the positions in slices, then one frame of nodes and edges);
 * - pan_frame_*: frame intervals while dragging the camera (sigma redraws the nodes; the edge bitmap
 *   follows the camera as a CSS transform and is rasterised again when the camera rests).
 * Every time is read from the page's own performance timeline, not from when Playwright polled it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { compactGraph, type GraphPayload } from '../../core/graph-contract.js';
import { RELATION_TYPES, RELATIONS } from '../../core/vocabulary.js';
import { encodeJson } from '../../server/http-io.js';
import { StaticFiles } from '../../server/static-files.js';
import type { BenchContext } from '../types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--js-flags=--max-old-space-size=4096',
];
const NODES = 20_000;
const EDGES = 100_000;
/** Generous: on a loaded 2-core machine software WebGL frames of 100,000 edges take seconds. */
const WAIT_MS = 240_000;

export function syntheticGraph(): GraphPayload {
  let seed = 42;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const types = ['Person', 'Country', 'Organization', 'Group', 'Topic'] as const;
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor ${i}`, entityType: types[i % 5]!, aliases: [], country: null, role: null },
  }));
  const edges = Array.from({ length: EDGES }, (_, i) => {
    const s = Math.floor(rand() ** 2 * NODES); // skewed degrees, like news
    let t = Math.floor(rand() * NODES);
    if (t === s) t = (t + 1) % NODES;
    const relation = RELATION_TYPES[i % RELATION_TYPES.length]!;
    const spec = RELATIONS[relation];
    return {
      key: `s${i}`,
      source: `n${s}`,
      target: `n${t}`,
      attributes: {
        relation,
        polarity: spec.polarity,
        plover: spec.plover,
        symmetric: spec.symmetric,
        date: `2024-0${1 + (i % 9)}-15`,
        confidence: 0.9,
        evidence: 'synthetic',
        articleId: 'bench',
        method: 'bench',
        start: 0,
        end: 1,
      },
    };
  });
  return {
    version: 1,
    truncated: false,
    graph: { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges },
  } as unknown as GraphPayload;
}

/** The same marking as the viewer's: after the next frame's commit, so the frame's GPU work is in. */
const MARK_WHEN_PAINTED = `(name) => requestAnimationFrame(() => setTimeout(() => { performance.mark(name); document.body.dataset.ready = 'true'; }, 0))`;

async function buildBarePage(): Promise<string> {
  const dir = join(ROOT, 'scratch/bench-bare');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><body style="margin:0"><div id="g" style="position:absolute;inset:0"></div><script type="module" src="./main.js"></script>',
  );
  // What a first sigma page does: v1 JSON, graph.import, hashed positions, default settings.
  writeFileSync(
    join(dir, 'main.js'),
    `import Graph from 'graphology'; import Sigma from 'sigma';
const payload = await (await fetch('/api/graph')).json();
const g = new Graph({ multi: true });
g.import(payload.graph);
g.forEachNode((n) => { const h = [...n].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7); g.mergeNodeAttributes(n, { x: (h % 1000) / 10, y: ((h >>> 10) % 1000) / 10, size: 2 }); });
new Sigma(g, document.getElementById('g'));
(${MARK_WHEN_PAINTED})('bare:first-render');`,
  );
  const { build } = await import('vite');
  await build({ root: dir, logLevel: 'warn', build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' } });
  return join(dir, 'dist');
}

/** The viewer as `npm run build` makes it, so the figures are those of the sources measured. */
async function buildViewer(): Promise<string> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'viewer/vite.config.ts'), logLevel: 'warn' });
  return join(ROOT, 'viewer/dist');
}

function serve(staticDir: string, graphJson: string, compactJson: string): Promise<{ url: string; close: () => void }> {
  const files = new StaticFiles(staticDir);
  const server = createServer((req, res) => {
    const [path, query = ''] = (req.url ?? '/').split('?');
    if (path === '/api/graph') {
      // Encoded as the API encodes it (gzip when accepted), per request.
      const text = new URLSearchParams(query).get('compact') === '1' ? compactJson : graphJson;
      void encodeJson(req, text).then(({ body, headers }) =>
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(body),
      );
      return;
    }
    if (path === '/api/queries') return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"queries":[]}');
    const found = files.resolve(path!);
    if (found.kind !== 'file') return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': found.contentType });
    found.stream().pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }),
    ),
  );
}

// Page scripts are strings: tsx's keepNames helpers do not exist in the page.
const RECORD_LONG_TASKS = `window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });`;

async function markAt(page: Page, name: string): Promise<number> {
  const at = (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? -1`)) as number;
  if (at < 0) throw new Error(`the page set no performance mark "${name}"`);
  return at;
}

async function measureOf(page: Page, name: string): Promise<number> {
  return (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.duration ?? -1`)) as number;
}

/** Frame intervals (ms) while the mouse drags the camera in circles. */
async function panFrames(page: Page): Promise<number[]> {
  await page.evaluate(`(() => { window.__frames = []; window.__panning = true; let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__panning) requestAnimationFrame(tick); };
    requestAnimationFrame(tick); })()`);
  await page.mouse.move(640, 400);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(640 + Math.sin(i / 6) * 250, 400 + Math.cos(i / 6) * 150, { steps: 2 });
  await page.evaluate('window.__panning = false');
  await page.mouse.up();
  return ((await page.evaluate('window.__frames')) as number[]).slice(1).sort((a, b) => a - b);
}

const round = (ms: number) => Math.round(ms);
const quantile = (sorted: number[], q: number) =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0) * 10) / 10;

async function measureViewer(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(RECORD_LONG_TASKS);
    await page.goto(url);
    await page.waitForSelector('[data-testid=graph][data-rendered=true]', { state: 'attached', timeout: WAIT_MS });
    const firstRender = await markAt(page, 'stancegraph:first-render');
    const edgesShown = await markAt(page, 'stancegraph:edges-shown');
    // What the first frame drew: the bulk edge layer's line count, and sigma's node count.
    const drawn = (await page.evaluate(
      `(() => { const s = window.__stancegraph; return { edges: s.bulk()?.drawnCount ?? s.renderer().getGraph().size, nodes: s.renderer().getGraph().order }; })()`,
    )) as { edges: number; nodes: number };
    await page.waitForSelector('[data-testid=graph][data-settled=true]', { state: 'attached', timeout: WAIT_MS });
    const modelComplete = await markAt(page, 'stancegraph:model-complete');
    const layoutDone = await markAt(page, 'stancegraph:layout-done');
    const settled = await markAt(page, 'stancegraph:layout-settled');
    const longTasks = (await page.evaluate('window.__long')) as { start: number; duration: number }[];
    const duringLayout = longTasks.filter((t) => t.start >= firstRender && t.start < layoutDone).map((t) => t.duration);
    const settling = longTasks.filter((t) => t.start >= layoutDone && t.start <= settled).map((t) => t.duration);
    const frames = await panFrames(page);
    return {
      first_render_ms: round(firstRender),
      first_frame_nodes: drawn.nodes,
      first_frame_edges: drawn.edges,
      fetch_ms: round(await measureOf(page, 'stancegraph:fetch')),
      model_ms: round(await measureOf(page, 'stancegraph:model')),
      sigma_ms: round(await measureOf(page, 'stancegraph:renderer')),
      edges_shown_ms: round(edgesShown),
      model_complete_ms: round(modelComplete),
      layout_ms: round(layoutDone - modelComplete),
      settled_ms: round(settled),
      max_long_task_ms: round(Math.max(0, ...duringLayout)),
      long_tasks_over_50ms: duringLayout.length,
      settle_frame_ms: round(Math.max(0, ...settling)),
      pan_frame_p50_ms: quantile(frames, 0.5),
      pan_frame_p95_ms: quantile(frames, 0.95),
      pan_frame_max_ms: quantile(frames, 1),
    };
  } finally {
    await page.close();
  }
}

async function measureBare(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: WAIT_MS });
    return round(await markAt(page, 'bare:first-render'));
  } finally {
    await page.close();
  }
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const payload = syntheticGraph();
  const graphJson = JSON.stringify(payload);
  const compactJson = JSON.stringify(compactGraph(payload));
  ctx.log(
    `viewer: synthetic graph ${NODES} nodes / ${EDGES} edges (v1 ${(graphJson.length / 1e6).toFixed(1)} MB, compact ${(compactJson.length / 1e6).toFixed(1)} MB)`,
  );
  const viewer = await serve(await buildViewer(), graphJson, compactJson);
  const bare = await serve(await buildBarePage(), graphJson, compactJson);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const metrics = await measureViewer(browser, viewer.url);
    const bareFirst = await measureBare(browser, bare.url);
    return {
      first_render_ms: metrics.first_render_ms!,
      bare_sigma_first_render_ms: bareFirst,
      ...metrics,
      payload_v1_mb: Math.round(graphJson.length / 1e5) / 10,
      payload_compact_mb: Math.round(compactJson.length / 1e5) / 10,
    };
  } finally {
    await browser.close();
    viewer.close();
    bare.close();
  }
}
