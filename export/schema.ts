/**
 * The export schema shared by every file format: the graph contract's nodes and edges (what the
 * viewer and JSON export hold) mapped to the flat attribute names analysts see in GEXF, GraphML and
 * CSV. Names follow the database (Entity and stance properties), except where a format reserves one:
 *   node  label -> name, entityType -> type
 *   edge  relation -> type, start/end (evidence offsets) -> evidenceStart/evidenceEnd
 *         (GEXF's edge start/end are timeline bounds, filled from the stance date).
 * Pure: no I/O.
 */
import type { EntityNodeAttributes, StanceEdgeAttributes } from '../core/graph-contract.js';

export interface ContractNode {
  key: string;
  attributes: EntityNodeAttributes;
}

export interface ContractEdge {
  key: string;
  source: string;
  target: string;
  attributes: StanceEdgeAttributes;
}

export type FieldKind = 'string' | 'boolean' | 'integer' | 'double' | 'list';
export interface Field<T> {
  name: string;
  kind: FieldKind;
  value(item: T): string | number | boolean | string[] | null;
}

/** Node attributes besides the id, in file order. */
export const NODE_FIELDS: Field<ContractNode>[] = [
  { name: 'name', kind: 'string', value: (n) => n.attributes.label },
  { name: 'type', kind: 'string', value: (n) => n.attributes.entityType },
  { name: 'aliases', kind: 'list', value: (n) => n.attributes.aliases ?? [] },
  { name: 'country', kind: 'string', value: (n) => n.attributes.country ?? null },
  { name: 'role', kind: 'string', value: (n) => n.attributes.role ?? null },
];

/** Edge attributes besides id, source and target, in file order. */
export const EDGE_FIELDS: Field<ContractEdge>[] = [
  { name: 'type', kind: 'string', value: (e) => e.attributes.relation },
  { name: 'polarity', kind: 'string', value: (e) => e.attributes.polarity },
  { name: 'plover', kind: 'string', value: (e) => e.attributes.plover },
  { name: 'symmetric', kind: 'boolean', value: (e) => e.attributes.symmetric },
  { name: 'date', kind: 'string', value: (e) => e.attributes.date ?? null },
  { name: 'confidence', kind: 'double', value: (e) => e.attributes.confidence },
  { name: 'evidence', kind: 'string', value: (e) => e.attributes.evidence },
  { name: 'articleId', kind: 'string', value: (e) => e.attributes.articleId },
  { name: 'method', kind: 'string', value: (e) => e.attributes.method },
  { name: 'evidenceStart', kind: 'integer', value: (e) => e.attributes.start },
  { name: 'evidenceEnd', kind: 'integer', value: (e) => e.attributes.end },
  { name: 'sourcePerson', kind: 'string', value: (e) => e.attributes.sourcePerson ?? null },
  { name: 'targetPerson', kind: 'string', value: (e) => e.attributes.targetPerson ?? null },
];

/** A full calendar date (YYYY-MM-DD) usable as a GEXF timeline bound; partial dates give none. */
export function timelineDate(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** Code-unit order, the order Neo4j's ORDER BY gives string ids. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ExportSummary {
  nodes: number;
  edges: number;
  truncated: boolean;
}
