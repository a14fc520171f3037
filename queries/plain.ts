/** Converts Neo4j driver values (Integer, Node, Relationship, Path, temporal types) to plain JSON. */
import neo4j from 'neo4j-driver';

import type { Plain } from '../core/query-contract.js';

export type { Plain };

export interface PlainNode {
  kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, Plain>;
}
export interface PlainRelationship {
  kind: 'relationship';
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, Plain>;
}

function plainProperties(props: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [key, value] of Object.entries(props)) out[key] = toPlain(value);
  return out;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value as Plain;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return {
      kind: 'node',
      elementId: node.elementId,
      labels: node.labels,
      properties: plainProperties(node.properties),
    } as unknown as Plain;
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as {
      elementId: string;
      type: string;
      startNodeElementId: string;
      endNodeElementId: string;
      properties: Record<string, unknown>;
    };
    return {
      kind: 'relationship',
      elementId: rel.elementId,
      type: rel.type,
      start: rel.startNodeElementId,
      end: rel.endNodeElementId,
      properties: plainProperties(rel.properties),
    } as unknown as Plain;
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown };
    const nodes = [toPlain(path.start), ...path.segments.map((s) => toPlain(s.end))];
    return { kind: 'path', nodes, relationships: path.segments.map((s) => toPlain(s.relationship)) } as unknown as Plain;
  }
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  return plainProperties(value as Record<string, unknown>);
}

export function isPlainNode(value: unknown): value is PlainNode {
  return typeof value === 'object' && value !== null && (value as { kind?: string }).kind === 'node';
}

export function isPlainRelationship(value: unknown): value is PlainRelationship {
  return typeof value === 'object' && value !== null && (value as { kind?: string }).kind === 'relationship';
}
