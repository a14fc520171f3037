/** The browser's API client: same-origin fetches, the bearer token (from #token=...) when the server wants one. */
import type { CompactGraphPayload } from '../../../core/graph-contract.js';
import type { Plain, EntityDetails, QueryCatalogue, QueryResult, SearchResult } from './types.js';

const TOKEN_KEY = 'stancegraph.token';

/** Moves a `#token=...` fragment into session storage and out of the address bar. */
export function adoptTokenFromLocation(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]!));
  history.replaceState(null, '', location.pathname + location.search);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { ...init, headers: headers((init.headers as Record<string, string>) ?? {}) });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}

export const api = {
  /** The graph in the compact contract (evidence and the like come per entity from `entity`). */
  graph: (params: URLSearchParams) => {
    const query = new URLSearchParams(params);
    query.set('compact', '1');
    return call<CompactGraphPayload>(`/api/graph?${query}`);
  },
  entity: (id: string) => call<EntityDetails>(`/api/entities/${encodeURIComponent(id)}`),
  search: (q: string, limit = 8) => call<SearchResult>(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`),
  queries: () => call<QueryCatalogue>('/api/queries'),
  runQuery: (name: string, params: Record<string, Plain>, filters: Record<string, string>) =>
    call<QueryResult>(`/api/queries/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ params, filters }),
    }),
  /** A file download from the export API (fetched with the token, saved as a blob). */
  async download(path: string, fallbackName: string): Promise<void> {
    const response = await fetch(path, { headers: headers() });
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      try {
        message = ((await response.json()) as { error?: string }).error ?? message;
      } catch {
        /* not JSON */
      }
      throw new ApiError(response.status, message);
    }
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
