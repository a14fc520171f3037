/**
 * A streaming text format: the pipeline writes head, node batches (sorted by id), `between`, edge
 * batches (sorted by id), then tail. Nodes come before edges in every format, so the pipeline
 * spools edges while it collects nodes. Writers are pure (strings in, strings out).
 */
import type { ContractEdge, ContractNode, ExportSummary } from '../schema.js';

export interface TextFormat {
  name: 'gexf' | 'graphml' | 'json';
  extension: string;
  contentType: string;
  head(): string;
  nodes(batch: ContractNode[], first: boolean): string;
  between(): string;
  edges(batch: ContractEdge[], first: boolean): string;
  tail(summary: ExportSummary): string;
}
