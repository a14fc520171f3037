/**
 * The big-graph drawing path (edges rasterised from typed arrays in a worker, shown under sigma's nodes;
 * graphology indexing the edges after the first frame), forced on the sample with `?bulk=1`, in a real
 * browser against the built app served by the API, on the real Neo4j with the sample loaded.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewerApp, type ViewerApp } from '../support/viewer-app.js';

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

type Opened = Page & { errors: string[] };

/** Opens the viewer in bulk mode and waits until the layout's positions are on screen. */
async function open(search = ''): Promise<Opened> {
  const page = (await browser.newPage({ viewport: { width: 1280, height: 800 } })) as Opened;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  await page.goto(new URL(`/?bulk=1${search}`, base).href);
  await page.waitForSelector('[data-testid=graph][data-settled=true]', { state: 'attached', timeout: 30_000 });
  return page;
}

const count = async (page: Page, attr: 'nodes' | 'edges' | 'highlighted') =>
  Number(await page.getAttribute('[data-testid=graph]', `data-${attr}`));
const drawn = (page: Page) => page.evaluate('window.__stancegraph.bulk().drawnCount') as Promise<number>;
const draws = (page: Page) => page.evaluate('window.__stancegraph.bulk().draws') as Promise<number>;

/**
 * For up to `max` visible edges: whether the edge layer's bitmap has a pixel within 1 of the point a
 * third of the way along it, between its ends' on-screen positions (sigma's), where no node is drawn.
 */
function edgesUnderTheirEnds(page: Page, max: number): Promise<boolean[]> {
  return page.evaluate(`(() => {
    const s = window.__stancegraph;
    const sigma = s.renderer();
    const layer = document.querySelector('.sigma-bulkEdges');
    const c = document.createElement('canvas');
    c.width = layer.width;
    c.height = layer.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(layer, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const model = s.model();
    const out = [];
    for (const e of model.edges().slice(0, ${max})) {
      const a = sigma.framedGraphToViewport(sigma.getNodeDisplayData(model.source(e)));
      const b = sigma.framedGraphToViewport(sigma.getNodeDisplayData(model.target(e)));
      const x = Math.round(a.x + (b.x - a.x) / 3);
      const y = Math.round(a.y + (b.y - a.y) / 3);
      let hit = false;
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        const i = ((y + dy) * c.width + (x + dx)) * 4 + 3;
        if (px[i] > 0) hit = true;
      }
      out.push(hit);
    }
    return out;
  })()`) as Promise<boolean[]>;
}

describe('the viewer drawing edges in bulk (?bulk=1, as for big graphs)', () => {
  it('draws every visible edge from the bulk layer, between the places sigma draws its ends', async () => {
    const page = await open();
    const edges = await count(page, 'edges');
    expect(edges).toBeGreaterThan(20);
    expect(await drawn(page)).toBe(edges);
    const hits = await edgesUnderTheirEnds(page, 40);
    // 1-pixel lines can pass under another node's disc or be clipped at the border: most, not all.
    expect(hits.filter(Boolean).length).toBeGreaterThan(hits.length * 0.8);
    expect(await page.getAttribute('[data-testid=graph]', 'data-model')).toBe('complete');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('selecting by search opens the details and highlights the neighbourhood', async () => {
    const page = await open();
    await page.fill('[data-testid=search]', 'Xi Jinping');
    await page.press('[data-testid=search]', 'Enter');
    await page.waitForSelector('[data-testid=details] h2', { timeout: 15_000 });
    expect(await page.locator('[data-testid=details]').textContent()).toContain('met with Chinese President Xi Jinping');
    await expect.poll(() => count(page, 'highlighted')).toBeGreaterThan(1);
    expect(await count(page, 'highlighted')).toBeLessThan(await count(page, 'nodes'));
    await page.close();
  });

  it('switching off hostile edges lowers data-edges and the edges drawn alike', async () => {
    const page = await open();
    const before = await count(page, 'edges');
    const bitmaps = await draws(page);
    await page.click('[data-testid=polarity-hostile]');
    await expect.poll(() => count(page, 'edges')).toBeLessThan(before);
    await expect.poll(() => drawn(page)).toBe(await count(page, 'edges'));
    await expect.poll(() => draws(page)).toBeGreaterThan(bitmaps);
    await page.close();
  });

  it('a link with filters and a selection shows the same counts as without bulk drawing', async () => {
    const search = '&polarity=cooperative,neutral&node=antony-blinken';
    const plain = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await plain.goto(new URL(`/?${search.slice(1)}`, base).href);
    await plain.waitForSelector('[data-testid=graph][data-layout=done]', { timeout: 30_000 });
    const expected = [await count(plain, 'edges'), await count(plain, 'highlighted')];
    await plain.close();
    const page = await open(search);
    expect([await count(page, 'edges'), await count(page, 'highlighted')]).toEqual(expected);
    expect(await page.locator('[data-testid=details] h2').textContent()).toBe('Antony Blinken');
    await page.close();
  });

  it('panning moves the drawn edges with the camera, then redraws them where it rests', async () => {
    const page = await open();
    const bitmaps = await draws(page);
    const box = (await page.locator('[data-testid=graph]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 8 });
    const during = await page.evaluate(`document.querySelector('.sigma-bulkEdges').style.transform`);
    expect(during).toMatch(/^translate\(/);
    await page.mouse.up();
    await expect.poll(() => draws(page), { timeout: 10_000 }).toBeGreaterThan(bitmaps);
    await expect.poll(() => page.evaluate(`document.querySelector('.sigma-bulkEdges').style.transform`)).toBe('');
    const hits = await edgesUnderTheirEnds(page, 40);
    expect(hits.filter(Boolean).length).toBeGreaterThan(hits.length * 0.8);
    await page.close();
  });
});
