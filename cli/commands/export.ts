/** `stancegraph export --format gexf|graphml|json|csv --out PATH [selection] [filters]` */
import { withDb } from '../../db/connection.js';
import { type ExportCliOptions, requestOfCli } from '../../export/request.js';
import { exportSubgraph } from '../../export/run.js';
import { say } from '../output.js';

export async function exportCommand(opts: ExportCliOptions): Promise<void> {
  const request = requestOfCli(opts);
  const summary = await withDb((db) => exportSubgraph(db, request, opts.out));
  const note = summary.truncated ? ` (truncated at --limit ${request.filters.limit})` : '';
  say(`exported ${summary.nodes} nodes and ${summary.edges} edges to ${opts.out}${note}`);
}
