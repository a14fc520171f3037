/**
 * Faults on a PRIVATE local Neo4j (its own STANCEGRAPH_HOME and port; the shared test database is never
 * touched): SIGKILL of `stancegraph ingest` mid-batch, SIGKILL of the Neo4j process and `db stop`
 * while ingest writes. Afterwards no article is half-loaded, everything the loader reported as
 * committed is there, and rerunning the ingest finishes the job with the counts of the generated files.
 * A stale connection file whose pid was reused by another process is not trusted.
 * (A taken port and a locked data folder are covered by db-lifecycle.test.ts.)
 */
import * as childProcess from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget, withDb } from '../../db/connection.js';
import { freePort, isAlive } from '../../db/process.js';
import { cli } from '../support/cli.js';
import { type RunningCli, startCli } from '../support/cli-async.js';
import { type GeneratedCorpus, writeJsonlCorpus } from '../support/corpus.js';

const home = mkdtempSync(join(tmpdir(), 'stancegraph-faults-'));
const env = { STANCEGRAPH_HOME: home, NEO4J_URI: '', STANCEGRAPH_PROGRESS_MS: '0' };
let port = 0;

/** Small batches (~60 articles) so a run has dozens of commits to interrupt. */
const ingestArgs = (file: string) => ['ingest', '--batch-size', '400', file];

/** `db start` without cli()'s 120 s limit: on a loaded machine a start (with recovery) can take longer. */
async function dbStart(): Promise<void> {
  const run = await startCli(['db', 'start', '--port', String(port)], env).done;
  expect(run.status, run.stderr).toBe(0);
}

interface Stats {
  articles: number;
  stances: number;
  entities: number;
  countries: number;
}
function stats(): Stats {
  const run = cli(['query', 'stats', '--format', 'json'], env);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout)[0];
}

/** Stance count of every article whose id starts with `prefix`, read from the private instance. */
async function stancesByArticle(prefix: string): Promise<Map<string, number>> {
  const { records } = await withDb(
    (db) =>
      db.driver.executeQuery(
        'MATCH (a:Article) WHERE a.id STARTS WITH $prefix OPTIONAL MATCH ()-[r]->() WHERE r.articleId = a.id RETURN a.id AS id, count(r) AS n',
        { prefix },
        { database: db.database },
      ),
    resolveTarget({ ...process.env, ...env }),
  );
  return new Map(records.map((r) => [r.get('id') as string, Number(r.get('n'))]));
}

/** The highest article count the loader reported as committed ("N articles  M stances written" progress lines). */
function committedArticles(stderr: string): number {
  const counts = [...stderr.matchAll(/(\d[\d,]*) articles {2}[\d,]+ stances written/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
  return counts.length > 0 ? Math.max(...counts) : 0;
}

async function waitForCommits(run: RunningCli, articles: number, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const n = committedArticles(run.stderr());
    if (n >= articles) return n;
    if (run.child.exitCode !== null) throw new Error(`ingest ended before ${articles} articles were committed:\n${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${articles} articles committed after ${timeoutMs} ms:\n${run.stderr()}`);
}

/** No article is half-loaded: each one present has exactly the stances its file gives it. */
async function expectWholeArticles(prefix: string, corpus: GeneratedCorpus, atLeast: number): Promise<number> {
  const inDb = await stancesByArticle(prefix);
  expect(inDb.size).toBeGreaterThanOrEqual(atLeast);
  for (const [id, n] of inDb) expect(n, id).toBe(corpus.stancesByArticle.get(id));
  return inDb.size;
}

function neo4jPid(): number {
  return JSON.parse(readFileSync(join(home, 'connection.json'), 'utf8')).pid;
}

beforeAll(async () => {
  port = await freePort();
  await dbStart();
}, 600_000);

afterAll(() => {
  cli(['db', 'stop'], env);
  rmSync(home, { recursive: true, force: true });
});

describe('faults during ingest', () => {
  it('SIGKILL of the ingest mid-run leaves only whole articles; rerunning finishes with the counts of the files', async () => {
    const file = join(home, 'kill-ingest.jsonl');
    const corpus = writeJsonlCorpus(file, 'fault-a', 1200);
    const run = startCli(ingestArgs(file), env);
    const reported = await waitForCommits(run, 250);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');

    const loaded = await expectWholeArticles('fault-a-', corpus, reported);
    expect(loaded).toBeLessThan(corpus.articles);

    const rerun = await startCli(ingestArgs(file), env).done;
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain(
      `loaded ${corpus.articles.toLocaleString('en-US')} articles (${(corpus.articles - loaded).toLocaleString('en-US')} written, ${loaded.toLocaleString('en-US')} unchanged, 0 replaced)`,
    );
    await expectWholeArticles('fault-a-', corpus, corpus.articles);
    // What a clean single run into a fresh database gives, computed from the generated files.
    expect(stats()).toMatchObject({ articles: corpus.articles, stances: corpus.stances, entities: 40, countries: 40 });
  }, 600_000);

  it('SIGKILL of Neo4j during ingest: one-line error and exit 1; db start cleans up; committed batches are all there', async () => {
    const file = join(home, 'kill-neo4j.jsonl');
    const corpus = writeJsonlCorpus(file, 'fault-b', 1200);
    const before = stats();
    const run = startCli(ingestArgs(file), env);
    await waitForCommits(run, 250);
    const pid = neo4jPid();
    process.kill(pid, 'SIGKILL');
    const started = Date.now();
    const result = await run.done;
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `[faults] Neo4j SIGKILLed after ${committedArticles(run.stderr())} committed articles; ingest gave up after ${seconds.toFixed(1)} s`,
    );
    expect(seconds).toBeLessThan(90);
    expect(result.status).toBe(1);
    const last = result.stderr.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^stancegraph: Neo4j is unavailable\b/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain(readFileSync(join(home, 'password'), 'utf8').trim());
    const committed = committedArticles(result.stderr);

    expect(isAlive(pid)).toBe(false);
    expect(cli(['db', 'status'], env).status).toBe(1);
    await dbStart();
    expect(neo4jPid()).not.toBe(pid);
    const present = await expectWholeArticles('fault-b-', corpus, committed);
    expect(stats().articles).toBe(before.articles + present);

    const rerun = await startCli(ingestArgs(file), env).done;
    expect(rerun.status, rerun.stderr).toBe(0);
    await expectWholeArticles('fault-b-', corpus, corpus.articles);
    expect(stats()).toMatchObject({ articles: before.articles + corpus.articles, stances: before.stances + corpus.stances });
  }, 600_000);

  it('db stop during ingest: the ingest fails cleanly, and after db start the committed batches are all there', async () => {
    const file = join(home, 'stop-neo4j.jsonl');
    const corpus = writeJsonlCorpus(file, 'fault-c', 1200);
    const before = stats();
    const run = startCli(ingestArgs(file), env);
    await waitForCommits(run, 250);
    const stop = cli(['db', 'stop'], env);
    expect(stop.stdout).toContain('stopped cleanly');
    const result = await run.done;
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^stancegraph: Neo4j is unavailable\b/);
    const committed = committedArticles(result.stderr);

    await dbStart();
    const present = await expectWholeArticles('fault-c-', corpus, committed);
    expect(stats().articles).toBe(before.articles + present);
    const rerun = await startCli(ingestArgs(file), env).done;
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(stats()).toMatchObject({ articles: before.articles + corpus.articles, stances: before.stances + corpus.stances });
  }, 600_000);
});

describe('a stale connection file', () => {
  it('whose pid now belongs to another process is not trusted, and that process is not signalled', async () => {
    const other = mkdtempSync(join(tmpdir(), 'stancegraph-stale-'));
    const sleeper = childProcess.spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      writeFileSync(
        join(other, 'connection.json'),
        JSON.stringify({
          uri: 'bolt://127.0.0.1:1',
          user: 'neo4j',
          database: 'neo4j',
          passwordFile: join(other, 'password'),
          pid: sleeper.pid,
          port: 1,
          startedAt: 'then',
        }),
      );
      const otherEnv = { STANCEGRAPH_HOME: other, NEO4J_URI: '' };
      const status = cli(['db', 'status'], otherEnv);
      expect(status.status).toBe(1);
      expect(status.stdout).toContain('Neo4j is not running');
      expect(cli(['db', 'stop'], otherEnv).stdout).toContain('Neo4j was not running');
      expect(isAlive(sleeper.pid!)).toBe(true);
      expect(existsSync(join(other, 'connection.json'))).toBe(false);
    } finally {
      sleeper.kill();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
