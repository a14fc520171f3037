/**
 * `stancegraph serve [--port P] [--host H] [--token T]`: the read-only API and the built viewer.
 * Loopback by default; another address needs --token. Ctrl-C closes the server and the driver.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { usageError } from '../../core/errors.js';
import { createApp } from '../../server/app.js';
import { liveDbSource } from '../../server/db-source.js';
import { EXTRA_ROUTES } from '../../server/extra-routes.js';
import { DEFAULT_HOST } from '../../server/security.js';
import { print, say } from '../output.js';

export const DEFAULT_HTTP_PORT = 5173;
export const VIEWER_DIST = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));

export interface ServeOptions {
  port?: string;
  host?: string;
  token?: string;
}

export function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 0 || port > 65535) throw usageError(`--port: expected a port number 0-65535, got "${text}"`);
  return port;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the server and returns once it listens (the demo reuses this). */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const port = parsePort(opts.port, DEFAULT_HTTP_PORT);
  const host = opts.host ?? DEFAULT_HOST;
  const token = opts.token ?? process.env.STANCEGRAPH_TOKEN;
  if (!existsSync(VIEWER_DIST)) say('note: the viewer is not built (viewer/dist is missing); serving the API only. Run "npm run build".');
  const app = createApp({ db: liveDbSource(), staticDir: VIEWER_DIST, token, routes: EXTRA_ROUTES, log: (line) => say(`[api] ${line}`) });
  const { url } = await app.listen(port, host);
  return { url, close: () => app.close() };
}

export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: shutting down ...`);
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        say(`error while stopping: ${(error as Error).message}`);
        process.exit(1);
      });
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

export async function serveCommand(opts: ServeOptions): Promise<void> {
  const server = await startServer(opts);
  const token = opts.token ?? process.env.STANCEGRAPH_TOKEN;
  print(`stancegraph viewer: ${server.url}${token ? ' (API requires the bearer token; open the viewer with #token=<token>)' : ''}`);
  say('read-only API under /api; Ctrl-C stops');
  onShutdown(() => server.close());
  await new Promise<void>(() => {});
}
