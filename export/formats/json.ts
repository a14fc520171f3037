/**
 * JSON: the graph contract itself ({version, graph: graphology SerializedGraph, truncated}), what the
 * viewer loads; written piecewise so large graphs stream. Nodes and edges in id order.
 */
import { GRAPH_CONTRACT_VERSION } from '../../core/graph-contract.js';
import type { ContractEdge, ContractNode } from '../schema.js';
import type { TextFormat } from './types.js';

const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false };

const joinBatch = (items: string[], first: boolean) => (items.length === 0 ? '' : (first ? '' : ',') + items.join(','));

export const json: TextFormat = {
  name: 'json',
  extension: '.json',
  contentType: 'application/json; charset=utf-8',
  head: () => `{"version":${GRAPH_CONTRACT_VERSION},"graph":{"options":${JSON.stringify(GRAPH_OPTIONS)},"attributes":{},"nodes":[`,
  nodes: (batch: ContractNode[], first) =>
    joinBatch(
      batch.map((n) => JSON.stringify({ key: n.key, attributes: n.attributes })),
      first,
    ),
  between: () => '],"edges":[',
  edges: (batch: ContractEdge[], first) =>
    joinBatch(
      batch.map((e) => JSON.stringify({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })),
      first,
    ),
  tail: (summary) => `]},"truncated":${summary.truncated}}\n`,
};
