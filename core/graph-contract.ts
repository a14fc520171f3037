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

/**
 * The compact form of a GraphPayload (`GET /api/graph?compact=1`), for big graphs in the viewer:
 * column arrays instead of one object per element, and only what drawing and filtering need. Edge
 * ends are indexes into `nodes.keys`; polarity, PLOVER code and symmetry follow from the relation
 * (core/vocabulary.ts). Evidence, article, method, offsets, confidence and aliases are left out:
 * the viewer reads them per entity from GET /api/entities/:id. Version 1 payloads stay the default.
 */
export interface CompactGraphPayload {
  version: typeof GRAPH_CONTRACT_VERSION;
  format: 'compact';
  truncated: boolean;
  nodes: {
    keys: string[];
    labels: string[];
    entityTypes: EntityType[];
    countries: (string | null)[];
    roles: (string | null)[];
  };
  edges: {
    keys: string[];
    sources: number[];
    targets: number[];
    relations: RelationType[];
    dates: (string | null)[];
  };
}

/** The compact form of a payload (edges whose ends are not among its nodes are dropped). */
export function compactGraph(payload: GraphPayload): CompactGraphPayload {
  const { nodes, edges = [] } = payload.graph;
  const index = new Map<string, number>();
  const out: CompactGraphPayload = {
    version: GRAPH_CONTRACT_VERSION,
    format: 'compact',
    truncated: payload.truncated,
    nodes: { keys: [], labels: [], entityTypes: [], countries: [], roles: [] },
    edges: { keys: [], sources: [], targets: [], relations: [], dates: [] },
  };
  for (const node of nodes) {
    const a = node.attributes as EntityNodeAttributes;
    index.set(node.key, out.nodes.keys.length);
    out.nodes.keys.push(node.key);
    out.nodes.labels.push(a.label);
    out.nodes.entityTypes.push(a.entityType);
    out.nodes.countries.push(a.country ?? null);
    out.nodes.roles.push(a.role ?? null);
  }
  for (const edge of edges) {
    const a = edge.attributes as StanceEdgeAttributes;
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined) continue;
    out.edges.keys.push(String(edge.key));
    out.edges.sources.push(source);
    out.edges.targets.push(target);
    out.edges.relations.push(a.relation);
    out.edges.dates.push(a.date ?? null);
  }
  return out;
}
