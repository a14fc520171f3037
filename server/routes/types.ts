/**
 * The route contract of the read-only API (server/app.ts). The server is plain node:http with a tiny
 * router: each route is { method, path, handler }. Paths may hold `:name` segments. A handler gets a
 * RouteContext and returns a RouteReply (or throws a StanceGraphError, which becomes its httpStatus
 * with `{ error: message }`). Handlers never touch credentials; `ctx.db()` gives a live Db or throws
 * DB_UNAVAILABLE (503).
 *
 * Export engineer: server/routes/export.ts exports
 *   export const registerExportRoute: RegisterRoutes = (register) => register({ method: 'GET', path: '/api/export', handler });
 * and the app calls registerExportRoute(register, deps) when the file exists.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/connection.js';

export type HttpMethod = 'GET' | 'POST' | 'HEAD';

export interface RouteContext {
  req: IncomingMessage;
  url: URL;
  /** Decoded `:name` path segments. */
  params: Record<string, string>;
  /** Query string; a key given several times or comma-separated stays as the raw string(s). */
  query: URLSearchParams;
  /** Parsed JSON body for POST (undefined otherwise); a malformed body is a 400 before the handler runs. */
  body: unknown;
  /** A live database handle; throws StanceGraphError DB_UNAVAILABLE (HTTP 503) when Neo4j is unreachable. */
  db(): Promise<Db>;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
}

export type RouteReply =
  | { kind: 'json'; status?: number; body: unknown; headers?: Record<string, string> }
  | {
      kind: 'body';
      status?: number;
      /** e.g. 'application/gexf+xml; charset=utf-8' */
      contentType: string;
      body: string | Uint8Array | Readable;
      /** e.g. { 'Content-Disposition': 'attachment; filename="stancegraph.gexf"' } */
      headers?: Record<string, string>;
    };

export interface Route {
  method: HttpMethod;
  /** e.g. '/api/entities/:id' */
  path: string;
  handler(ctx: RouteContext): Promise<RouteReply>;
}

export type RegisterRoute = (route: Route) => void;

/** Shared settings a route module may use. */
export interface RouteDeps {
  /** Per-query timeout for DB calls made on behalf of HTTP requests. */
  timeoutMs: number;
  /** Row cap for query results. */
  maxRows: number;
}

/** The signature of a route module's register function, e.g. `registerExportRoute`. */
export type RegisterRoutes = (register: RegisterRoute, deps: RouteDeps) => void;
