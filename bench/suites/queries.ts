/**
 * Query latency on the loaded graph: every canned query (cypher/*.cypher) run RUNS times with varied
 * parameters (actors from hubs and the tail) after WARMUP untimed runs, p50/p95 in ms, beside the floor: one indexed lookup of
 * an entity by id over the same driver and transaction path. Parameters are resolved before timing,
 * so every figure is the statement itself. A query that fails is reported and the others still run.
 */
import { catalogue } from '../../queries/catalogue.js';
import { resolveParams } from '../../queries/run.js';
import { paramsFor } from '../queries/plan.js';
import { actorFor, readSamples } from '../queries/samples.js';
import { percentile, timeStatement } from '../queries/time.js';
import type { BenchContext } from '../types.js';

const RUNS = 60;
/** Untimed runs first: every parameter shape (e.g. timeline's four date ranges) several times, so that
 * each shape's plan and the JIT are ready; planning and compiling are one-time costs per shape. */
const WARMUP = 12;
const FLOOR = 'MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name';

export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const db = ctx.db;
  if (!db) throw new Error('the queries suite needs the benchmark database');
  const samples = await readSamples(db);
  const metrics: Record<string, number> = {};
  const floor: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const { ms } = await timeStatement(db, [FLOOR], { id: actorFor(samples, i) });
    if (i >= WARMUP) floor.push(ms);
  }
  metrics['floor.p50_ms'] = percentile(floor, 50);
  metrics['floor.p95_ms'] = percentile(floor, 95);
  for (const query of catalogue()) {
    try {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS + WARMUP; i++) {
        const params = await resolveParams(db, query.name, paramsFor(query, samples, i));
        const result = await timeStatement(db, query.statements, params);
        if (i >= WARMUP) {
          times.push(result.ms);
          rows += result.rows;
        }
      }
      metrics[`${query.name}.p50_ms`] = percentile(times, 50);
      metrics[`${query.name}.p95_ms`] = percentile(times, 95);
      metrics[`${query.name}.mean_rows`] = rows / RUNS;
      ctx.log(
        `${query.name}: p50 ${metrics[`${query.name}.p50_ms`]!.toFixed(1)} ms, p95 ${metrics[`${query.name}.p95_ms`]!.toFixed(1)} ms`,
      );
    } catch (error) {
      ctx.log(`${query.name}: FAILED ${(error as Error).message.split('\n')[0]}`);
      metrics[`${query.name}.failed`] = 1;
    }
  }
  return metrics;
}
