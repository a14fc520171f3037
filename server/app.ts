/**
 * The HTTP app: read-only API routes + the built viewer, on node:http. `createApp` builds it without
 * listening (tests listen on port 0); `listen` binds (127.0.0.1 by default; elsewhere needs a token).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isStanceGraphError, StanceGraphError } from '../core/errors.js';
import { asDbError, type Db } from '../db/connection.js';
import { DEFAULT_MAX_ROWS } from '../queries/run.js';
import { type DbSource, fixedDbSource } from './db-source.js';
import { baseHeaders, readJsonBody, sendError, sendReply } from './http-io.js';
import { Router } from './router.js';
import { API_ROUTES } from './routes/index.js';
import type { RegisterRoutes, RouteContext, RouteDeps } from './routes/types.js';
import { bearerMatches, checkExposure, DEFAULT_HOST, isLoopback, redact } from './security.js';
import { StaticFiles } from './static-files.js';

export interface AppOptions {
  db: Db | DbSource;
  /** The built viewer (viewer/dist); without it only the API is served. */
  staticDir?: string;
  /** Bearer token required on /api/* when set. */
  token?: string;
  /** Origins allowed by CORS; none by default (no CORS headers at all). */
  corsOrigins?: string[];
  timeoutMs?: number;
  maxRows?: number;
  /** More route modules (e.g. the export route). */
  routes?: RegisterRoutes[];
  /** One line per failed request (5xx); secrets are redacted before. */
  log?: (line: string) => void;
}

export interface App {
  server: Server;
  listen(port: number, host?: string): Promise<{ url: string; port: number; host: string }>;
  close(): Promise<void>;
}

const isDbSource = (db: Db | DbSource): db is DbSource => typeof (db as DbSource).get === 'function';

export function createApp(options: AppOptions): App {
  const source = isDbSource(options.db) ? options.db : fixedDbSource(options.db);
  const deps: RouteDeps = { timeoutMs: options.timeoutMs ?? 15_000, maxRows: options.maxRows ?? DEFAULT_MAX_ROWS };
  const router = new Router();
  for (const register of [...API_ROUTES, ...(options.routes ?? [])]) register(router.add, deps);
  const files = new StaticFiles(options.staticDir);
  const cors = new Set(options.corsOrigins ?? []);
  const log = options.log ?? (() => {});
  const clean = (text: string) => redact(text, source.secrets());

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin || !cors.has(origin)) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      Vary: 'Origin',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Allow-Methods': 'GET, POST',
    };
  }

  function hostAllowed(req: IncomingMessage): boolean {
    // Without a token, only loopback Host names: a DNS-rebinding page cannot read the API.
    if (options.token) return true;
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    return isLoopback(host);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const extra = corsHeaders(req);
    if (req.method === 'OPTIONS' && Object.keys(extra).length > 0) {
      res.writeHead(204, baseHeaders(extra));
      res.end();
      return;
    }
    if (options.token && !bearerMatches(req.headers.authorization, options.token)) {
      sendError(res, 401, 'missing or wrong bearer token (send "Authorization: Bearer <token>")', 'UNAUTHORIZED', {
        'WWW-Authenticate': 'Bearer',
        ...extra,
      });
      return;
    }
    const found = router.lookup(req.method ?? 'GET', url.pathname);
    if (found.kind === 'none') return sendError(res, 404, `no API route ${url.pathname}`, 'NOT_FOUND', extra);
    if (found.kind === 'wrong-method')
      return sendError(res, 405, `${req.method} is not allowed on ${url.pathname}`, 'METHOD_NOT_ALLOWED', {
        Allow: found.allowed.join(', '),
        ...extra,
      });
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    try {
      const body = req.method === 'POST' ? await readJsonBody(req) : undefined;
      const ctx: RouteContext = {
        req,
        url,
        params: found.match.params,
        query: url.searchParams,
        body,
        db: () => source.get(),
        signal: abort.signal,
      };
      const reply = await found.match.route.handler(ctx);
      await sendReply(res, { ...reply, headers: { ...extra, ...reply.headers } });
    } catch (raw) {
      const error = asDbError(raw);
      if (isStanceGraphError(error)) {
        if (error.code === 'DB_UNAVAILABLE') source.failed(error);
        if (error.httpStatus >= 500) log(`${req.method} ${url.pathname}: ${clean(error.message)}`);
        sendError(res, error.httpStatus, clean(error.message), error.code, extra);
      } else {
        log(`${req.method} ${url.pathname}: ${clean(String((raw as Error)?.stack ?? raw))}`);
        sendError(res, 500, 'internal error (see the server log)', 'RUNTIME', extra);
      }
    }
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, rawPath: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, `${req.method} is not allowed here`, 'METHOD_NOT_ALLOWED', { Allow: 'GET, HEAD' });
      return;
    }
    const found = files.resolve(rawPath);
    if (found.kind === 'bad-request') {
      sendError(res, 400, 'bad path', 'BAD_INPUT');
      return;
    }
    if (found.kind === 'not-found') {
      const hint = files.available ? 'not found' : 'not found (the viewer is not built: run "npm run build")';
      sendError(res, 404, hint, 'NOT_FOUND');
      return;
    }
    res.writeHead(
      200,
      baseHeaders({
        'Content-Type': found.contentType,
        'Content-Length': String(found.size),
        'Cache-Control': found.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      }),
    );
    if (req.method === 'HEAD') return void res.end();
    found
      .stream()
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendError(res, 400, 'bad URL', 'BAD_INPUT');
    }
    if (!hostAllowed(req)) return sendError(res, 421, 'this server answers only to localhost / 127.0.0.1', 'MISDIRECTED');
    const rawPath = (req.url ?? '/').split('?')[0]!;
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      void handleApi(req, res, url).catch((error) => {
        log(`unhandled: ${clean(String(error))}`);
        sendError(res, 500, 'internal error', 'RUNTIME');
      });
      return;
    }
    // Static paths are checked on the raw path (URL parsing would silently resolve /%2e%2e/): any dot
    // segment, plain or encoded, is refused before the filesystem is touched.
    handleStatic(req, res, rawPath);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  return {
    server,
    async listen(port, host = DEFAULT_HOST) {
      checkExposure(host, options.token);
      return new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE')
            reject(new StanceGraphError('USAGE', `port ${port} on ${host} is already in use; choose another with --port`));
          else reject(error);
        });
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shown}:${address.port}/`, port: address.port, host: address.address });
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await source.close();
    },
  };
}
