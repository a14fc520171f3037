/**
 * Hostile inputs through the real `stancegraph ingest`: every bad file is refused with exit code 2 and
 * one line naming the file (and line / field where it applies), nothing of it is written, a batch
 * loads the good files and reports each bad one. Small inputs are committed in tests/fixtures/bad/
 * (see its README); big ones (50 MB article, 1 MB line, thousands of files) are generated here.
 * Cypher-looking names, evidence and parameters are stored and searched as plain text.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { rebuildRollup } from '../../ingest/load/rollup.js';
import { cli } from '../support/cli.js';
import { cliAsync } from '../support/cli-async.js';
import { writeFolderCorpus } from '../support/corpus.js';
import { rows, testDb } from '../support/db.js';

const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const bad = (name: string) => join(BAD, name);
const dir = mkdtempSync(join(tmpdir(), 'stancegraph-bad-input-'));
let db: Db;
let articlesBefore: string[] = [];
let entitiesBefore: string[] = [];

const stats = async () => (await rows(db, 'stats'))[0]!;
const ids = async (label: 'Article' | 'Entity') =>
  (await db.driver.executeQuery(`MATCH (n:${label}) RETURN collect(n.id) AS ids`, {}, { database: db.database })).records[0]!.get(
    'ids',
  ) as string[];
const claims = async (article: string) => rows(db, 'article-claims', { article });
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error: '));

/** Removes every article and entity this suite added (and their stances), then rebuilds the roll-up. */
async function removeAdded(): Promise<void> {
  const newArticles = (await ids('Article')).filter((id) => !articlesBefore.includes(id));
  await db.driver.executeQuery('MATCH ()-[r]->() WHERE r.articleId IN $ids DELETE r', { ids: newArticles }, { database: db.database });
  await db.driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids: newArticles }, { database: db.database });
  const newEntities = (await ids('Entity')).filter((id) => !entitiesBefore.includes(id));
  await db.driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: newEntities }, { database: db.database });
  await rebuildRollup(db);
}

beforeAll(async () => {
  db = testDb();
  articlesBefore = await ids('Article');
  entitiesBefore = await ids('Entity');
});
afterAll(async () => {
  await removeAdded();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each committed bad file, and what its one error line must say (file, line, field, problem). */
const REFUSED: [file: string, message: RegExp][] = [
  ['empty.json', /empty\.json: empty file$/],
  ['empty.txt', /empty\.txt: empty file$/],
  ['whitespace-only.txt', /whitespace-only\.txt: empty file/],
  ['binary.txt', /binary\.txt: binary file \(NUL byte at offset 8\)/],
  ['binary.json', /binary\.json: binary file \(NUL byte at offset 1\)/],
  ['invalid-utf8.txt', /invalid-utf8\.txt: not valid UTF-8/],
  ['invalid-utf8.json', /invalid-utf8\.json: not valid UTF-8/],
  ['truncated.json', /truncated\.json:11:\d+: invalid JSON/],
  ['truncated.jsonl', /truncated\.jsonl:2: column \d+: invalid JSON/],
  ['wrong-type.json', /wrong-type\.json: relations\[1\]\.start: .*expected number.*got "54"/],
  ['wrong-type-actors.json', /wrong-type-actors\.json: actors: .*expected array/],
  ['unknown-relation.json', /unknown-relation\.json: relations\[1\]\.type: .*got "HUGGED"/],
  ['missing-field.json', /missing-field\.json: relations\[0\]\.evidence: .*expected string/],
  ['missing-article-id.json', /missing-article-id\.json: article\.id: /],
  ['undeclared-actor.json', /undeclared-actor\.json: relations\[1\]\.target: "nowhere-land" is not a declared actor/],
  ['duplicate-actor-id.json', /duplicate-actor-id\.json: actors\[2\]\.id: duplicate actor id "badland"/],
  ['offsets-outside-text.json', /offsets-outside-text\.json: relations\[1\]\.end: offset \d+ is outside the text \(89 characters\)/],
  ['evidence-not-in-text.json', /evidence-not-in-text\.json: relations\[0\]\.evidence: not found in the text at offsets 0-51/],
  ['impossible-date.json', /impossible-date\.json: article\.date: not a real calendar date/],
  ['impossible-date.txt', /impossible-date\.txt:1: date line `2023-02-30`: not a real calendar date/],
  ['not-an-extraction.json', /not-an-extraction\.json: .*date/],
  ['array-with-bad-item.json', /array-with-bad-item\.json\[1\]: relations\[0\]\.confidence: /],
  ['bad-line.jsonl', /bad-line\.jsonl:3: relations\[0\]\.type: .*got "HUGGED"/],
  ['unsupported.csv', /unsupported\.csv: unsupported file type "\.csv"/],
];
/** Fixtures that must load, with the article ids they hold (.txt ids are content hashes, checked by stance count). */
const LOADED_JSON = {
  'good-extraction.json': ['bad-fixture-good'],
  'bom.json': ['bad-fixture-bom'],
  'crlf.json': ['bad-fixture-crlf'],
  'crlf.jsonl': ['bad-fixture-crlf-1', 'bad-fixture-crlf-2'],
};

/** One of each kind, also run alone (the batch run below checks every file's line). */
const ALONE = [
  'empty.json',
  'binary.txt',
  'invalid-utf8.json',
  'truncated.jsonl',
  'unknown-relation.json',
  'undeclared-actor.json',
  'impossible-date.txt',
  'bad-line.jsonl',
  'unsupported.csv',
];

// Bad files write nothing, so they can be tried side by side (5 at a time) against counts read once.
describe.concurrent('a bad file alone', () => {
  let before: Awaited<ReturnType<typeof stats>>;
  beforeAll(async () => {
    before = await stats();
  });
  it.each(REFUSED.filter(([file]) => ALONE.includes(file)))(
    '%s is refused: exit code 2, one error line naming it, nothing written',
    async (file, message) => {
      const run = await cliAsync(['ingest', bad(file)]);
      expect(run.status).toBe(2);
      const lines = errorLines(run.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(bad(file));
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr.trim().split('\n').at(-1)).toBe('stancegraph: 1 input failed (reported above); nothing was loaded');
      expect(await stats()).toEqual(before);
    },
  );
});

describe('bad input files', () => {
  it('no article of a refused file exists afterwards, not even the good lines of a bad JSONL or array', async () => {
    for (const id of [
      'bad-fixture-line-1',
      'bad-fixture-line-2',
      'bad-fixture-array-1',
      'bad-fixture-trunc-1',
      'bad-fixture-undeclared',
      'bad-fixture-evidence',
    ]) {
      await expect(claims(id), id).rejects.toThrow(/no article matches/);
    }
  });

  it('a UTF-8 BOM and Windows line endings load, with offsets that point at the evidence', async () => {
    const before = await stats();
    const run = cli(['ingest', ...['bom.txt', 'crlf.txt', 'bom.json', 'crlf.json', 'crlf.jsonl'].map(bad)]);
    expect(run.status, run.stderr).toBe(0);
    for (const id of [...LOADED_JSON['bom.json'], ...LOADED_JSON['crlf.json'], ...LOADED_JSON['crlf.jsonl']]) {
      expect((await claims(id)).map((c) => c.type)).toEqual(['CRITICIZED', 'ACCUSED']);
    }
    // The .txt articles: every stance's evidence is the file's own text (after the BOM) at its offsets.
    const added = (await ids('Article')).filter((id) => !articlesBefore.includes(id) && id.startsWith('sha256-'));
    expect(added.length).toBe(2);
    const texts = ['bom.txt', 'crlf.txt'].map((f) => readFileSync(bad(f), 'utf8').replace(/^\uFEFF/, ''));
    let txtStances = 0;
    for (const id of added) {
      for (const c of await claims(id)) {
        txtStances += 1;
        expect(
          texts.some((t) => t.slice(Number(c.start), Number(c.end)) === c.evidence),
          String(c.evidence),
        ).toBe(true);
      }
    }
    expect(txtStances).toBeGreaterThanOrEqual(2);
    expect(Number((await stats()).stances)).toBe(Number(before.stances) + 8 + txtStances);
  });

  it('a batch of good and bad files loads the good ones and reports each bad one on its own line (a folder skips non-input files)', async () => {
    await removeAdded();
    const before = await stats();
    const missing = join(dir, 'does-not-exist.json');
    const run = cli(['ingest', BAD, missing]);
    expect(run.status).toBe(2);
    const lines = errorLines(run.stderr);
    const inFolder = REFUSED.filter(([file]) => !file.endsWith('.csv'));
    expect(lines).toHaveLength(inFolder.length + 1);
    for (const [file, message] of inFolder)
      expect(
        lines.filter((l) => l.includes(bad(file)) && message.test(l)),
        file,
      ).toHaveLength(1);
    expect(lines).toContain(`error: ${missing}: no such file or directory`);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `stancegraph: ${inFolder.length + 1} inputs failed (reported above); the other inputs were loaded (7 articles)`,
    );
    for (const id of Object.values(LOADED_JSON).flat()) expect(await claims(id), id).toHaveLength(2);
    expect(Number((await stats()).articles)).toBe(Number(before.articles) + 7);
  });

  it('a path that does not exist alone: exit code 2 and one line', () => {
    const run = cli(['ingest', join(dir, 'nowhere')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `error: ${join(dir, 'nowhere')}: no such file or directory`,
      'stancegraph: nothing to ingest (1 path not found)',
    ]);
  });

  it('a folder with no input files says so, exit code 2', () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.md'), '# not an input');
    const run = cli(['ingest', empty]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`stancegraph: nothing to ingest: no .json, .jsonl or .txt files in ${empty}`);
  });
});

describe('big inputs (generated)', () => {
  it('a 50 MB article is refused at once with its size, before it is read', async () => {
    const path = join(dir, 'fifty-megabytes.txt');
    const paragraph = 'The United States criticized China over trade on Monday, officials said.\n\n';
    writeFileSync(path, `date 2024-01-02\n\n${paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))}`);
    const before = await stats();
    const started = Date.now();
    const run = cli(['ingest', path]);
    expect(run.status).toBe(2);
    expect(errorLines(run.stderr)).toEqual([
      `error: ${path}: article too large (50.0 MB, limit 4.0 MB per article); split it into articles`,
    ]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await stats()).toEqual(before);
    rmSync(path);
  });

  it('an article that is a single 1 MB line loads, and so does a 1 MB single-line Extraction JSON', async () => {
    const filler = 'The weather in the capital was mild and the markets were calm during the long afternoon session. ';
    const line = `Germany criticized France over trade. ${filler.repeat(Math.ceil((1024 * 1024) / filler.length))}Japan praised India for its position.`;
    const txt = join(dir, 'one-line.txt');
    writeFileSync(txt, `date 2023-05-06\n\n${line}\n`);
    const evidence = 'Badland criticized Worseland over the border dispute.';
    const text = `${filler.repeat(Math.ceil((1024 * 1024) / filler.length))}${evidence}`;
    const json = join(dir, 'one-line.json');
    writeFileSync(
      json,
      JSON.stringify({
        article: { id: 'bad-fixture-one-line', title: null, date: '2023-05-06', text },
        actors: [
          { id: 'badland', name: 'Badland', type: 'Country' },
          { id: 'worseland', name: 'Worseland', type: 'Country' },
        ],
        relations: [
          { source: 'badland', type: 'CRITICIZED', target: 'worseland', evidence, start: text.length - evidence.length, end: text.length },
        ],
      }),
    );
    expect(readFileSync(json, 'utf8').includes('\n')).toBe(false);
    const run = cli(['ingest', txt, json]);
    expect(run.status, run.stderr).toBe(0);
    expect(await claims('bad-fixture-one-line')).toHaveLength(1);
    const oneLine = (await ids('Article')).filter((id) => !articlesBefore.includes(id) && id.startsWith('sha256-'));
    const found = (await Promise.all(oneLine.map(claims))).flat().map((c) => `${c.source} ${c.type} ${c.target}`);
    expect(found).toEqual(expect.arrayContaining(['Germany CRITICIZED France', 'Japan PRAISED India']));
  });

  it('a folder of 2,000 files with two bad ones loads all 2,000 good articles and names the two bad files', async () => {
    const folder = join(dir, 'many');
    const corpus = writeFolderCorpus(folder, 'bad-input-many', 2000);
    writeFileSync(join(folder, '00999-truncated.json'), '{"article": {"id": "bad-input-many-x"');
    writeFileSync(join(folder, 'sub-empty.txt'), '');
    const before = await stats();
    const run = cli(['ingest', '--quiet', folder]);
    expect(run.status).toBe(2);
    expect(errorLines(run.stderr).sort()).toEqual([
      `error: ${join(folder, '00999-truncated.json')}: column 38: invalid JSON (CloseBraceExpected)`,
      `error: ${join(folder, 'sub-empty.txt')}: empty file`,
    ]);
    const after = await stats();
    expect(Number(after.articles) - Number(before.articles)).toBe(corpus.articles);
    expect(Number(after.stances) - Number(before.stances)).toBe(corpus.stances);
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) WHERE a.id STARTS WITH $prefix OPTIONAL MATCH ()-[r]->() WHERE r.articleId = a.id RETURN a.id AS id, count(r) AS n',
      { prefix: 'bad-input-many-' },
      { database: db.database },
    );
    expect(records).toHaveLength(corpus.articles);
    for (const r of records) expect(Number(r.get('n')), r.get('id')).toBe(corpus.stancesByArticle.get(r.get('id')));
  });
});

describe('Cypher in names, evidence and parameters', () => {
  const EVIL = [
    'O\'Brien "the" `quoted`',
    'Evil`}) MATCH (n) DETACH DELETE n //',
    "x'}) DETACH DELETE n WITH 1 AS x MATCH (m) DELETE m //",
  ];
  const ARTICLE = "bad-fixture-evil'}) MATCH (n) DETACH DELETE n //";
  const evidence = `${EVIL[1]} criticized ${EVIL[2]} // MATCH (n) DETACH DELETE n`;

  it('is stored and searched as plain text through the command line, and deletes nothing', async () => {
    const file = join(dir, 'evil.json');
    writeFileSync(
      file,
      JSON.stringify({
        article: { id: ARTICLE, title: EVIL[0], date: '2023-01-01', source: '`})//', text: evidence },
        actors: [
          { id: 'evil-one', name: EVIL[1], type: 'Country', aliases: [EVIL[0], '"; MATCH (n) DETACH DELETE n'] },
          { id: 'evil-two', name: EVIL[2], type: 'Organization', aliases: ['`'] },
        ],
        relations: [{ source: 'evil-one', type: 'CRITICIZED', target: 'evil-two', evidence, start: 0, end: evidence.length }],
      }),
    );
    const before = await stats();
    expect(cli(['ingest', file]).status).toBe(0);
    const after = await stats();
    expect(Number(after.stances)).toBe(Number(before.stances) + 1);
    expect(Number(after.entities)).toBe(Number(before.entities) + 2);

    const byName = cli(['query', 'stances-of', '--param', `actor=${EVIL[2]}`, '--format', 'json']);
    expect(byName.status, byName.stderr).toBe(0);
    expect(JSON.parse(byName.stdout)).toMatchObject([{ source: EVIL[1], target: EVIL[2], evidence }]);
    const byArticle = cli(['query', 'article-claims', '--param', `article=${ARTICLE}`, '--format', 'json']);
    expect(byArticle.status, byArticle.stderr).toBe(0);
    expect(JSON.parse(byArticle.stdout)).toMatchObject([{ source: EVIL[1], evidence }]);
    expect(await rows(db, 'stances-of', { actor: EVIL[1] })).toHaveLength(1);
    // An unknown actor named like an injection is just not found.
    const unknown = cli(['query', 'stances-of', '--param', 'actor=n) DETACH DELETE n //']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toMatch(/^stancegraph: no actor matches "n\) DETACH DELETE n \/\/"/);
    expect(await stats()).toEqual(after);
  });

  it('an alias holding quotes and punctuation resolves to its actor', async () => {
    expect(await rows(db, 'stances-of', { actor: EVIL[0] })).toHaveLength(1);
    expect((await rows(db, 'stances-of', { actor: 'U.S. Secretary of State Antony Blinken' })).length).toBeGreaterThan(0);
  });
});
