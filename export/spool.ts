/**
 * Edge spooling shared by every format: stance items arrive in id order; edges are handed on in
 * batches while their endpoint nodes are collected (the node set is much smaller than the edge set).
 */
import type { BufferedFile } from './files.js';
import { type ContractEdge, type ContractNode, compareIds } from './schema.js';

export const EDGE_BATCH = 1000;

/** One stance with its two endpoints, as the graph contract holds them. */
export interface StanceItem {
  edge: ContractEdge;
  source: ContractNode;
  target: ContractNode;
}

export interface ExportSource {
  items: AsyncIterable<StanceItem>;
  /** Asked after the items: nodes the selection names that no stance touched. */
  isolatedNodes(has: (id: string) => boolean): Promise<ContractNode[]>;
  truncated(): boolean;
}

/** Runs `each` on edge batches while collecting endpoint nodes; returns the nodes sorted by id. */
export async function spoolEdges(
  source: ExportSource,
  each: (batch: ContractEdge[], first: boolean) => Promise<void>,
): Promise<ContractNode[]> {
  const nodes = new Map<string, ContractNode>();
  let batch: ContractEdge[] = [];
  let first = true;
  for await (const item of source.items) {
    if (!nodes.has(item.source.key)) nodes.set(item.source.key, item.source);
    if (!nodes.has(item.target.key)) nodes.set(item.target.key, item.target);
    batch.push(item.edge);
    if (batch.length === EDGE_BATCH) {
      await each(batch, first);
      first = false;
      batch = [];
    }
  }
  if (batch.length > 0) await each(batch, first);
  for (const node of await source.isolatedNodes((id) => nodes.has(id))) if (!nodes.has(node.key)) nodes.set(node.key, node);
  return [...nodes.values()].sort((a, b) => compareIds(a.key, b.key));
}

/**
 * Writes every edge batch into `file` as `render` formats it (after an optional `header`), closes
 * the file, and returns the endpoint nodes (sorted by id) and the number of edges written.
 */
export async function spoolEdgesInto(
  file: BufferedFile,
  source: ExportSource,
  render: (batch: ContractEdge[], first: boolean) => string,
  header = '',
): Promise<{ nodes: ContractNode[]; edges: number }> {
  if (header) await file.write(header);
  let edges = 0;
  const nodes = await spoolEdges(source, (batch, first) => {
    edges += batch.length;
    return file.write(render(batch, first));
  });
  await file.close();
  return { nodes, edges };
}

export function nodeBatches(nodes: ContractNode[]): ContractNode[][] {
  const out: ContractNode[][] = [];
  for (let i = 0; i < nodes.length; i += EDGE_BATCH) out.push(nodes.slice(i, i + EDGE_BATCH));
  return out;
}
