/**
 * The viewer on a synthetic graph of 20,000 entities / 100,000 stances in the graph contract, served
 * like the API serves it, in headless Chromium: time to the first interactive render (beside a bare
 * sigma page drawing the same graph), frame times while panning, and the longest main-thread task
 * while ForceAtlas2 runs in its worker.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { GraphPayload } from '../../core/graph-contract.js';
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

async function buildBarePage(): Promise<string> {
  const dir = join(ROOT, 'scratch/bench-bare');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><body style="margin:0"><div id="g" style="position:absolute;inset:0"></div><script type="module" src="./main.js"></script>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import Graph from 'graphology'; import Sigma from 'sigma';
const payload = await (await fetch('/api/graph')).json();
const g = new Graph({ multi: true });
g.import(payload.graph);
g.forEachNode((n) => { const h = [...n].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7); g.mergeNodeAttributes(n, { x: (h % 1000) / 10, y: ((h >>> 10) % 1000) / 10, size: 2 }); });
new Sigma(g, document.getElementById('g'));
document.body.dataset.ready = 'true';`,
  );
  const { build } = await import('vite');
  await build({ root: dir, logLevel: 'warn', build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' } });
  return join(dir, 'dist');
}

function serve(staticDir: string, graphJson: string): Promise<{ url: string; close: () => void }> {
  const files = new StaticFiles(staticDir);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/api/graph') {
      // Encoded as the API encodes it (gzip when accepted), per request.
      void encodeJson(req, graphJson).then(({ body, headers }) =>
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(body),
      );
      return;
    }
    if (path === '/api/queries') return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"queries":[]}');
    const found = files.resolve(path);
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

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const graphJson = JSON.stringify(syntheticGraph());
  ctx.log(`viewer: synthetic graph ${NODES} nodes / ${EDGES} edges (${(graphJson.length / 1e6).toFixed(1)} MB)`);
  const bareDist = await buildBarePage();
  const viewer = await serve(join(ROOT, 'viewer/dist'), graphJson);
  const bare = await serve(bareDist, graphJson);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Scripts as strings: tsx's keepNames helpers do not exist in the page.
    await page.addInitScript(`window.__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`);
    await page.goto(viewer.url);
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 120_000 });
    const firstRender = (await page.evaluate('performance.now()')) as number;
    await page.waitForSelector('[data-testid=graph][data-layout=done]', { timeout: 180_000 });
    const layoutDone = (await page.evaluate('performance.now()')) as number;
    const longTasks = (await page.evaluate('window.__long')) as { start: number; duration: number }[];
    const duringLayout = longTasks.filter((t) => t.start >= firstRender && t.start <= layoutDone);
    // Pan: drag across the canvas while recording frame intervals.
    await page.evaluate(`(() => { window.__frames = []; let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__frames.length < 400) requestAnimationFrame(tick); };
      requestAnimationFrame(tick); })()`);
    await page.mouse.move(640, 400);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) await page.mouse.move(640 + Math.sin(i / 6) * 250, 400 + Math.cos(i / 6) * 150, { steps: 2 });
    await page.mouse.up();
    const frames = ((await page.evaluate('window.__frames')) as number[]).slice(2).sort((a, b) => a - b);
    const barePage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await barePage.goto(bare.url);
    await barePage.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
    const bareRender = (await barePage.evaluate('performance.now()')) as number;
    return {
      first_render_ms: Math.round(firstRender),
      bare_sigma_first_render_ms: Math.round(bareRender),
      pan_frame_p95_ms: Math.round((frames[Math.floor(frames.length * 0.95)] ?? 0) * 10) / 10,
      max_long_task_ms: Math.round(Math.max(0, ...duringLayout.map((t) => t.duration))),
      layout_ms: Math.round(layoutDone - firstRender),
    };
  } finally {
    await browser.close();
    viewer.close();
    bare.close();
  }
}
