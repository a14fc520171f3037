/**
 * Export throughput. With the bench database: the same stance rows streamed from Neo4j and discarded
 * (`raw_rows_per_s`, the ceiling), then a full export per format (`edges_per_s_<format>`) of up to
 * 100,000 stances, and `seconds_100k` (GEXF, the slowest writer, scaled to 100,000 edges when the
 * corpus is smaller). Always also: the writers alone on a synthetic 100,000-edge graph in the graph
 * contract (`synthetic_writer_seconds_100k_<format>`), labelled as such, independent of the corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats/index.js';
import { writeExport } from '../../export/pipeline.js';
import { exportSubgraph } from '../../export/run.js';
import type { ContractNode } from '../../export/schema.js';
import type { ExportSource, StanceItem } from '../../export/spool.js';
import { parseGraphFilters } from '../../queries/subgraph/filters.js';
import { streamSubgraph } from '../../queries/subgraph/stream.js';
import { graphCounts } from '../graph-counts.js';
import type { BenchContext } from '../types.js';

const TARGET = 100_000;
const fileOf = (format: ExportFormat) => (format === 'csv' ? 'out.zip' : `out.${format}`);

/** A synthetic graph of `edges` stances among `nodes` actors, made directly in the graph contract. */
export function syntheticSource(edges: number, nodes: number): ExportSource {
  const node = (i: number): ContractNode => ({
    key: `actor-${String(i).padStart(6, '0')}`,
    attributes: {
      label: `Actor ${i}`,
      entityType: i % 5 === 0 ? 'Country' : 'Person',
      aliases: [`A. ${i}`],
      country: i % 5 === 0 ? null : `actor-${String(i - (i % 5)).padStart(6, '0')}`,
      role: null,
    },
  });
  async function* items(): AsyncGenerator<StanceItem> {
    for (let i = 0; i < edges; i++) {
      const s = i % nodes;
      const t = (s + 1 + (i % 7)) % nodes;
      const attributes = {
        relation: 'CRITICIZED' as const,
        polarity: 'hostile' as const,
        plover: 'ACCUSE',
        symmetric: false,
        date: '2024-04-26',
        confidence: 0.9,
        evidence: `Actor ${s} criticized Actor ${t} over "the deal" & its terms, officials said.`,
        articleId: `sha256-${i % 1000}`,
        method: 'pattern:criticized',
        start: i % 5000,
        end: (i % 5000) + 80,
        sourcePerson: null,
        targetPerson: null,
      };
      yield {
        edge: { key: `s${String(i).padStart(9, '0')}`, source: node(s).key, target: node(t).key, attributes },
        source: node(s),
        target: node(t),
      };
    }
  }
  return { items: items(), isolatedNodes: async () => [], truncated: () => false };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, (performance.now() - started) / 1000];
}

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-bench-export-'));
  const out: Record<string, number> = {};
  try {
    for (const format of EXPORT_FORMATS) {
      const [, seconds] = await timed(() => writeExport(syntheticSource(TARGET, 5000), format, join(dir, `synthetic-${fileOf(format)}`)));
      out[`synthetic_writer_seconds_100k_${format}`] = Number(seconds.toFixed(3));
      ctx.log(`export: synthetic ${TARGET} edges, ${format} writer alone: ${seconds.toFixed(2)} s`);
    }
    if (!ctx.db) return out;
    const stances = (await graphCounts(ctx.db)).stances;
    const limit = Math.min(TARGET, stances);
    if (limit === 0) return out;
    const filters = { ...parseGraphFilters({}), limit };
    const [rows, rawSeconds] = await timed(async () => {
      let n = 0;
      for await (const _ of (await streamSubgraph(ctx.db!, { kind: 'all' }, filters)).stances) n += 1;
      return n;
    });
    out.raw_rows_per_s = Math.round(rows / rawSeconds);
    ctx.log(`export: ${rows} stance rows streamed from Neo4j and discarded in ${rawSeconds.toFixed(2)} s`);
    for (const format of EXPORT_FORMATS) {
      const [summary, seconds] = await timed(() =>
        exportSubgraph(ctx.db!, { format, selection: { kind: 'all' }, filters }, join(dir, fileOf(format))),
      );
      out[`edges_per_s_${format}`] = Math.round(summary.edges / seconds);
      if (format === 'gexf') out.seconds_100k = Number(((seconds * TARGET) / summary.edges).toFixed(3));
      ctx.log(`export: ${summary.edges} edges as ${format} in ${seconds.toFixed(2)} s`);
    }
    out.edges_per_s = out.edges_per_s_gexf!;
    out.db_edges_measured = rows;
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
