/**
 * The versioned graph contract shared by the Node side (API, export) and the browser (viewer):
 * a graphology SerializedGraph whose node keys are entity ids and edge keys are stance ids.
 * Attribute names avoid `type`, which sigma reserves for its render programs.
 */
import type { SerializedGraph } from 'graphology-types';
import type { EntityType, Polarity, RelationType } from './vocabulary.js';

export const GRAPH_CONTRACT_VERSION = 1 as const;

export interface EntityNodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  /** The country or organisation the entity represents, if any (entity id). */
  country: string | null;
  role: string | null;
}

export interface StanceEdgeAttributes {
  relation: RelationType;
  polarity: Polarity;
  plover: string;
  symmetric: boolean;
  date: string | null;
  confidence: number;
  evidence: string;
  articleId: string;
  method: string;
  start: number;
  end: number;
  /** At country level: the people who took the stance, when rolled up (entity ids). */
  sourcePerson?: string | null;
  targetPerson?: string | null;
}

export type StanceGraph = SerializedGraph<EntityNodeAttributes, StanceEdgeAttributes>;

export interface GraphPayload {
  version: typeof GRAPH_CONTRACT_VERSION;
  graph: StanceGraph;
  /** True when the selection had more stances than the limit allowed. */
  truncated: boolean;
}

export const LEVELS = ['person', 'country'] as const;
export type Level = (typeof LEVELS)[number];

/** The filters shared by GET /api/graph, `stancegraph export` and the viewer. */
export interface GraphFilters {
  level: Level;
  types: RelationType[] | null;
  polarity: Polarity[] | null;
  entityTypes: EntityType[] | null;
  from: string | null;
  to: string | null;
  limit: number;
}

export const DEFAULT_GRAPH_LIMIT = 20_000;

/**
 * Query rows identify graph elements by column name: `stanceId`/`stanceIds` name stance edges,
 * `entityId`, `sourceId` and `targetId` name entity nodes. The API and viewer highlight these.
 */
export const ROW_EDGE_COLUMNS = ['stanceId', 'stanceIds'] as const;
export const ROW_NODE_COLUMNS = ['entityId', 'sourceId', 'targetId'] as const;
