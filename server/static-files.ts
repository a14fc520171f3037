/**
 * Serves the built viewer (viewer/dist) without path traversal: the decoded path is normalised and must
 * stay under the root (after resolving symlinks); dot-segments, backslashes and NUL bytes are refused,
 * whether plain or %-encoded. Unknown paths without an extension fall back to index.html (the SPA).
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Readable } from 'node:stream';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticResult =
  | { kind: 'file'; path: string; contentType: string; size: number; immutable: boolean; stream: () => Readable }
  | { kind: 'bad-request' }
  | { kind: 'not-found' };

/** The root-relative file path a URL path names, or null when it tries to leave the root. */
export function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = normalize(segments.filter(Boolean).join('/'));
  if (relative.startsWith('..') || relative.startsWith(sep)) return null;
  return relative === '.' ? '' : relative;
}

export class StaticFiles {
  private readonly root: string | null;

  constructor(dir: string | undefined) {
    this.root = dir && existsSync(dir) ? realpathSync(dir) : null;
  }

  get available(): boolean {
    return this.root !== null && existsSync(join(this.root, 'index.html'));
  }

  resolve(urlPath: string): StaticResult {
    if (!this.root) return { kind: 'not-found' };
    const relative = safeRelativePath(urlPath);
    if (relative === null) return { kind: 'bad-request' };
    const found = this.file(relative === '' ? 'index.html' : relative);
    if (found) return found;
    // SPA fallback for extension-less paths; assets that do not exist stay 404.
    if (extname(relative) === '') return this.file('index.html') ?? { kind: 'not-found' };
    return { kind: 'not-found' };
  }

  private file(relative: string): StaticResult | null {
    const root = this.root!;
    const candidate = join(root, relative);
    if (!existsSync(candidate)) return null;
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      return null;
    }
    if (real !== root && !real.startsWith(root + sep)) return null;
    const stat = statSync(real);
    if (!stat.isFile()) return null;
    const contentType = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
    return {
      kind: 'file',
      path: real,
      contentType,
      size: stat.size,
      immutable: relative.startsWith(`assets${sep}`),
      stream: () => createReadStream(real),
    };
  }
}
