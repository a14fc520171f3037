/**
 * The built viewer served by the API (as `stancegraph serve` mounts it) on port 0, on the test database,
 * with Debian's chromium driven by playwright-core: the set-up shared by the browser suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import type { Db } from '../../db/connection.js';
import { type App, createApp } from '../../server/app.js';
import { EXTRA_ROUTES } from '../../server/extra-routes.js';
import { testDb } from './db.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const VIEWER_DIST = join(ROOT, 'viewer/dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the viewer with Vite unless viewer/dist is newer than every source it is built from. */
export function ensureViewerBuilt(): void {
  const built = existsSync(join(VIEWER_DIST, 'index.html')) ? statSync(join(VIEWER_DIST, 'index.html')).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(ROOT, 'viewer/src')),
    statSync(join(ROOT, 'viewer/index.html')).mtimeMs,
    statSync(join(ROOT, 'core/graph-contract.ts')).mtimeMs,
  );
  if (built > sources) return;
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'viewer/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

export interface ViewerApp {
  db: Db;
  app: App;
  browser: Browser;
  /** The served viewer's URL. */
  base: string;
  close(): Promise<void>;
}

export async function startViewerApp(): Promise<ViewerApp> {
  ensureViewerBuilt();
  const db = testDb();
  const app = createApp({ db, staticDir: VIEWER_DIST, routes: EXTRA_ROUTES });
  const base = (await app.listen(0)).url;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    db,
    app,
    browser,
    base,
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}
