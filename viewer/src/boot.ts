/**
 * The page's first script, a small chunk of its own: adopts the API token from the address, starts
 * the first graph download (the level in the URL) and the edge raster worker, before main.ts (sigma,
 * graphology, the panels) has downloaded and compiled.
 */
import { adoptTokenFromLocation } from './api/client.js';
import { pageGraphs } from './graph/loader.js';
import { prewarmRasterWorker } from './graph/raster-worker.js';
import { decodeState } from './url-state/index.js';

adoptTokenFromLocation();
void pageGraphs()
  .get(decodeState(new URLSearchParams(location.search)).filters.level)
  .catch(() => {}); // main.ts's loadLevel reports a failure
prewarmRasterWorker();
// The viewer itself: a chunk of its own, so this one stays small and runs first.
void import('./main.js');
