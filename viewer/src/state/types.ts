/** The one typed UI state the whole viewer renders from (sigma reducers, panels, URL). */
import type { Level } from '../../../core/graph-contract.js';
import type { EntityType, Polarity, RelationType } from '../../../core/vocabulary.js';

export interface Camera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewFilters {
  level: Level;
  /** Polarities shown (all three by default). */
  polarity: Polarity[];
  /** Relation types shown; null = all. */
  types: RelationType[] | null;
  /** Entity types shown; null = all. */
  entityTypes: EntityType[] | null;
  /** Inclusive date bounds (YYYY-MM-DD prefixes); null = open. */
  from: string | null;
  to: string | null;
}

export interface QueryRun {
  name: string;
  params: Record<string, string>;
}

export interface Highlight {
  nodes: string[];
  edges: string[];
}

export type Depth = 1 | 2 | 3;
export type ViewMode = 'graph' | 'table';

export interface ViewState {
  filters: ViewFilters;
  selection: string | null;
  depth: Depth;
  hovered: string | null;
  /** The canned query last run (restored from the URL and re-run). */
  query: QueryRun | null;
  /** The graph elements named by the query result. */
  highlight: Highlight | null;
  camera: Camera | null;
  mode: ViewMode;
}
