/** Response shapes of the read-only API (server/routes/*). */

import type { Plain, QueryResult } from '../../../core/query-contract.js';

export type { Plain, QueryResult };

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  country: string | null;
  /** The country's display name (GET /api/entities/:id); null when it has none. */
  countryName?: string | null;
  role: string | null;
}

export interface StanceRow {
  direction: 'in' | 'out';
  source: string;
  type: string;
  target: string;
  polarity: 'cooperative' | 'neutral' | 'hostile';
  date: string | null;
  evidence: string;
  article: string | null;
  sourceId: string;
  targetId: string;
  articleId: string;
  stanceId: string;
  confidence: number;
}

export interface EntityDetails {
  entity: EntitySummary;
  stances: StanceRow[];
  counts: { in: number; out: number };
  truncated: boolean;
}

export interface SearchResult {
  q: string;
  fuzzy: boolean;
  results: { id: string; name: string; type: string; aliases: string[]; score: number }[];
}

export interface QueryParamSpec {
  name: string;
  type: string;
  required: boolean;
  default: string | null;
  description: string;
}

export interface QueryCatalogue {
  queries: { name: string; description: string; params: QueryParamSpec[] }[];
}
