/**
 * The canned-query result contract shared by the Node side (queries/run.ts, the API) and the browser
 * (viewer/src/api): plain JSON rows, plus the graph they name when the API adds it.
 */
import type { GraphPayload } from './graph-contract.js';

/** A plain JSON value: what every Neo4j value is converted to before it leaves the query layer. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export interface QueryResult {
  name: string;
  columns: string[];
  rows: Record<string, Plain>[];
  truncated: boolean;
  params: Record<string, Plain>;
  /** Added by POST /api/queries/:name when the rows name stances or entities. */
  graph?: GraphPayload;
}
