/**
 * The viewer in a real browser (Debian's chromium via playwright-core) against the built app served by
 * the API on port 0, on the real Neo4j with the sample loaded.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewerApp, type ViewerApp } from '../support/viewer-app.js';
import type { CompactGraphPayload, GraphPayload } from '../../core/graph-contract.js';

let viewer: ViewerApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  viewer = await startViewerApp();
  ({ browser, base } = viewer);
});
afterAll(async () => {
  await viewer?.close();
});

async function open(url = base): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  await page.waitForSelector('[data-testid=graph][data-layout=done]', { timeout: 30_000 });
  return page;
}

const count = async (page: Page, attr: 'nodes' | 'edges') => Number(await page.getAttribute('[data-testid=graph]', `data-${attr}`));

async function selectByName(page: Page, name: string): Promise<void> {
  await page.fill('[data-testid=search]', name);
  await page.press('[data-testid=search]', 'Enter');
  await page.waitForSelector('[data-testid=details] h2', { timeout: 15_000 });
}

describe('the viewer', () => {
  it('loads and draws the graph on the canvas (non-blank pixels)', async () => {
    const page = await open();
    expect(await count(page, 'nodes')).toBeGreaterThan(10);
    expect(await count(page, 'edges')).toBeGreaterThan(20);
    const png = await page.locator('[data-testid=graph]').screenshot();
    // Count non-white pixels of the decoded screenshot.
    // Counted in the page (it decodes PNGs): pixels that are not near-white.
    const colored = (await page.evaluate(`(async () => {
      const img = new Image();
      img.src = 'data:image/png;base64,${png.toString('base64')}';
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) n++;
      return n;
    })()`)) as number;
    expect(colored).toBeGreaterThan(2_000);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('searching "Xi Jinping" opens details with Blinken\'s meeting and its evidence', async () => {
    const page = await open();
    await selectByName(page, 'Xi Jinping');
    const details = page.locator('[data-testid=details]');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Xi Jinping');
    const text = await details.textContent();
    expect(text).toContain('met with');
    expect(text).toContain('Antony Blinken');
    expect(text).toContain('met with Chinese President Xi Jinping');
    expect(text).toContain('2024-04-26');
    await page.close();
  });

  it('switching off hostile edges lowers data-edges', async () => {
    const page = await open();
    const before = await count(page, 'edges');
    await page.click('[data-testid=polarity-hostile]');
    await expect.poll(() => count(page, 'edges')).toBeLessThan(before);
    expect(await page.getAttribute('[data-testid=polarity-hostile]', 'aria-pressed')).toBe('false');
    await page.close();
  });

  it('a copied URL restores the same view (selection and filters)', async () => {
    const page = await open();
    await page.click('[data-testid=polarity-hostile]');
    await selectByName(page, 'Antony Blinken');
    await expect.poll(() => page.url()).toContain('node=antony-blinken');
    const url = page.url();
    const edges = await count(page, 'edges');
    await page.close();
    const again = await open(url);
    await again.waitForSelector('[data-testid=details] h2');
    expect(await again.locator('[data-testid=details] h2').textContent()).toBe('Antony Blinken');
    expect(await again.getAttribute('[data-testid=polarity-hostile]', 'aria-pressed')).toBe('false');
    expect(await count(again, 'edges')).toBe(edges);
    await again.close();
  });

  it('a canned query run from the UI highlights its result and shows it as a table', async () => {
    const page = await open();
    await page.selectOption('[data-testid=query-select]', 'stances-of');
    await page.fill('[data-testid=query-param-actor]', 'Sergei Shoigu');
    await page.click('[data-testid=query-run]');
    await page.waitForSelector('[data-testid=query-result] tbody tr');
    const rows = await page.locator('[data-testid=query-result] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const highlighted = Number(await page.getAttribute('[data-testid=graph]', 'data-highlighted'));
    expect(highlighted).toBeGreaterThan(1);
    expect(highlighted).toBeLessThan(await count(page, 'nodes'));
    // The URL is written by a debounced history.replaceState after each state change.
    await expect.poll(() => page.url(), { timeout: 5_000 }).toContain('query=stances-of');
    await page.close();
  });

  it('the person/country level toggle changes data-nodes', async () => {
    const page = await open();
    const people = await count(page, 'nodes');
    await page.click('[data-testid=level-country]');
    await expect.poll(() => page.getAttribute('[data-testid=level-country]', 'aria-pressed')).toBe('true');
    await page.waitForSelector('[data-testid=graph][data-ready=true]', { timeout: 30_000 });
    await expect.poll(() => count(page, 'nodes'), { timeout: 30_000 }).not.toBe(people);
    await expect.poll(() => page.url(), { timeout: 5_000 }).toContain('level=country');
    await page.click('[data-testid=level-person]');
    await expect.poll(() => count(page, 'nodes'), { timeout: 30_000 }).toBe(people);
    await page.close();
  });

  it('the viewer loads the compact graph, which has the entities and stances of the v1 graph', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const graphUrls: string[] = [];
    page.on('request', (r) => r.url().includes('/api/graph') && graphUrls.push(r.url()));
    await page.goto(base);
    await page.waitForSelector('[data-testid=graph][data-layout=done]', { timeout: 30_000 });
    expect(graphUrls).toHaveLength(1);
    expect(new URL(graphUrls[0]!).searchParams.get('compact')).toBe('1');
    const v1 = (await (await fetch(new URL('/api/graph?level=person', base))).json()) as GraphPayload;
    const compact = (await (await fetch(new URL('/api/graph?level=person&compact=1', base))).json()) as CompactGraphPayload;
    expect(compact.format).toBe('compact');
    expect([...compact.nodes.keys].sort()).toEqual(v1.graph.nodes.map((n) => n.key).sort());
    expect([...compact.edges.keys].sort()).toEqual((v1.graph.edges ?? []).map((e) => String(e.key)).sort());
    expect(JSON.stringify(compact)).not.toContain('"evidence"');
    expect(await count(page, 'edges')).toBe(compact.edges.keys.length);
    const bad = await fetch(new URL('/api/graph?compact=yes', base));
    expect(bad.status).toBe(400);
    await page.close();
  });

  it('the export menu downloads the same file as GET /api/export for the same selection', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(base);
    await page.waitForSelector('[data-testid=graph][data-layout=done]', { timeout: 30_000 });
    await selectByName(page, 'Antony Blinken');
    await expect.poll(() => page.url()).toContain('node=antony-blinken');
    for (const format of ['json', 'gexf'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.selectOption('[data-testid=export-format]', format)]);
      const path = await download.path();
      const expected = await fetch(new URL(`/api/export?format=${format}&around=antony-blinken&depth=1`, base));
      expect(expected.status).toBe(200);
      const served = Buffer.from(await expected.arrayBuffer());
      expect(served.length).toBeGreaterThan(100);
      expect(readFileSync(path).equals(served)).toBe(true);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    }
    await page.close();
  });
});
