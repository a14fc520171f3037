/** Security policy of the HTTP server: headers, loopback binding, bearer token, redaction. */
import { timingSafeEqual, createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { usageError } from '../core/errors.js';

/**
 * sigma draws with WebGL (no eval needed); ForceAtlas2's supervisor starts its worker from a blob: URL;
 * PNG export draws into data:/blob: images. Everything else comes from this origin only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const DEFAULT_HOST = '127.0.0.1';

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** Refuses to expose the API beyond loopback without a token. */
export function checkExposure(host: string, token: string | undefined): void {
  if (isLoopback(host)) return;
  if (!token) {
    throw usageError(
      `refusing to listen on ${host} without a token: anyone who can reach it could read the graph; pass --token <secret> (at least 16 characters) or bind 127.0.0.1`,
    );
  }
  if (token.length < 16) throw usageError('--token: use at least 16 characters');
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison of `Authorization: Bearer <token>` with the configured token. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  const given = match ? match[1]!.trim() : '';
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

/** Removes secrets (e.g. the Neo4j password) from text bound for a response or a log line. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
  return out;
}
