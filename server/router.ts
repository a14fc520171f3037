/** A tiny method + path router: literal segments and `:name` segments, no regex from user input. */
import type { HttpMethod, Route } from './routes/types.js';

export interface Match {
  route: Route;
  params: Record<string, string>;
}

export type RouteLookup = { kind: 'match'; match: Match } | { kind: 'wrong-method'; allowed: HttpMethod[] } | { kind: 'none' };

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchPath(pattern: string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const s = segments[i]!;
    if (p.startsWith(':')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(s);
      } catch {
        return null;
      }
      params[p.slice(1)] = decoded;
    } else if (p !== s) {
      return null;
    }
  }
  return params;
}

export class Router {
  private readonly routes: { route: Route; pattern: string[] }[] = [];

  readonly add = (route: Route): void => {
    if (this.routes.some((r) => r.route.method === route.method && r.route.path === route.path)) {
      throw new Error(`route ${route.method} ${route.path} is registered twice`);
    }
    this.routes.push({ route, pattern: splitPath(route.path) });
  };

  lookup(method: string, pathname: string): RouteLookup {
    const segments = splitPath(pathname);
    const allowed: HttpMethod[] = [];
    for (const { route, pattern } of this.routes) {
      const params = matchPath(pattern, segments);
      if (!params) continue;
      const sameMethod = route.method === method || (method === 'HEAD' && route.method === 'GET');
      if (sameMethod) return { kind: 'match', match: { route, params } };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
  }

  /** True when some route lives under this prefix (e.g. '/api/'). */
  has(prefix: string): boolean {
    return this.routes.some((r) => r.route.path.startsWith(prefix));
  }
}
