/** Reading requests and writing replies on node:http, with the security headers on every response. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { constants as zlibConstants, gzip } from 'node:zlib';
import { badInput, StanceGraphError } from '../core/errors.js';
import type { RouteReply } from './routes/types.js';
import { SECURITY_HEADERS } from './security.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new StanceGraphError('BAD_INPUT', `request body: larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  const type = String(req.headers['content-type'] ?? '');
  if (type && !/^application\/json\b/i.test(type)) throw badInput(`request body: expected application/json, got ${type.split(';')[0]}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badInput(`request body: invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

export function baseHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { ...SECURITY_HEADERS, ...extra };
}

/** JSON bodies at least this big are gzipped for clients that accept it (a 100,000-stance graph: 29 MB -> ~3 MB). */
export const GZIP_MIN_BYTES = 32 * 1024;
const gzipAsync = promisify(gzip);

export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
}

/**
 * A JSON text as the bytes to send and their headers: gzipped (fast level, off the event loop in
 * zlib's thread pool) when it is big and the client accepts gzip, as is otherwise.
 */
export async function encodeJson(req: IncomingMessage, text: string): Promise<{ body: Buffer; headers: Record<string, string> }> {
  const raw = Buffer.from(text, 'utf8');
  if (raw.byteLength < GZIP_MIN_BYTES) return { body: raw, headers: { 'Content-Length': String(raw.byteLength) } };
  if (!acceptsGzip(req)) return { body: raw, headers: { 'Content-Length': String(raw.byteLength), Vary: 'Accept-Encoding' } };
  const zipped = await gzipAsync(raw, { level: zlibConstants.Z_BEST_SPEED });
  return { body: zipped, headers: { 'Content-Length': String(zipped.byteLength), 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } };
}

/** Small JSON replies (errors): sent at once, never compressed. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(
    status,
    baseHeaders({
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': String(Buffer.byteLength(text)),
      ...headers,
    }),
  );
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/** JSON replies of any size (API results): gzipped when big and accepted. */
export async function sendJsonEncoded(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  const encoded = await encodeJson(res.req, JSON.stringify(body));
  if (res.destroyed) return;
  const vary = [headers.Vary, encoded.headers.Vary].filter(Boolean).join(', ');
  res.writeHead(
    status,
    baseHeaders({
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
      ...encoded.headers,
      ...(vary ? { Vary: vary } : {}),
    }),
  );
  res.end(res.req.method === 'HEAD' ? undefined : encoded.body);
}

export function sendError(res: ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: message, code }, headers);
}

export async function sendReply(res: ServerResponse, reply: RouteReply): Promise<void> {
  const status = reply.status ?? 200;
  if (reply.kind === 'json') {
    await sendJsonEncoded(res, status, reply.body, reply.headers);
    return;
  }
  const headers = baseHeaders({ 'Content-Type': reply.contentType, 'Cache-Control': 'no-store', ...reply.headers });
  if (typeof reply.body === 'string' || reply.body instanceof Uint8Array) {
    const buffer = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
    res.writeHead(status, { ...headers, 'Content-Length': String(buffer.byteLength) });
    res.end(res.req.method === 'HEAD' ? undefined : buffer);
    return;
  }
  res.writeHead(status, headers);
  const stream = reply.body as Readable;
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}

export { Readable };
