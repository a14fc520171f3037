/** Builds the graph contract (graphology, multi directed) from stance rows; pure. */
import { MultiDirectedGraph } from 'graphology';
import type { EntityNodeAttributes, GraphPayload, StanceEdgeAttributes } from '../../core/graph-contract.js';
import { GRAPH_CONTRACT_VERSION } from '../../core/graph-contract.js';
import type { EntityType, Polarity, RelationType } from '../../core/vocabulary.js';
import type { Plain } from '../plain.js';

export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  country: string | null;
  role: string | null;
}
export interface StanceRecord {
  source: EntityRecord;
  target: EntityRecord;
  relation: string;
  props: Record<string, Plain>;
  sourcePerson: string | null;
  targetPerson: string | null;
}

export function nodeAttributes(e: EntityRecord): EntityNodeAttributes {
  return { label: e.name, entityType: e.type as EntityType, aliases: e.aliases ?? [], country: e.country ?? null, role: e.role ?? null };
}

export function edgeAttributes(row: StanceRecord): StanceEdgeAttributes {
  const p = row.props;
  return {
    relation: row.relation as RelationType,
    polarity: p.polarity as Polarity,
    plover: String(p.plover ?? ''),
    symmetric: Boolean(p.symmetric),
    date: (p.date as string | null) ?? null,
    confidence: Number(p.confidence ?? 1),
    evidence: String(p.evidence ?? ''),
    articleId: String(p.articleId ?? ''),
    method: String(p.method ?? ''),
    start: Number(p.start ?? 0),
    end: Number(p.end ?? 0),
    sourcePerson: row.sourcePerson,
    targetPerson: row.targetPerson,
  };
}

export class StanceGraphBuilder {
  readonly graph = new MultiDirectedGraph<EntityNodeAttributes, StanceEdgeAttributes>({ allowSelfLoops: false });

  addEntity(entity: EntityRecord): void {
    if (!this.graph.hasNode(entity.id)) this.graph.addNode(entity.id, nodeAttributes(entity));
  }

  addStance(row: StanceRecord): void {
    this.addEntity(row.source);
    this.addEntity(row.target);
    const key = String(row.props.id);
    if (!this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, row.source.id, row.target.id, edgeAttributes(row));
  }

  toPayload(truncated: boolean): GraphPayload {
    return { version: GRAPH_CONTRACT_VERSION, graph: this.graph.export(), truncated };
  }
}
