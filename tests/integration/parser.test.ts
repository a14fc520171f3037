/**
 * Accurate mode's parser, for real: the CoreNLP sidecar JVM (nlp/launcher) behind openParser(), its
 * on-disk cache, and `stancegraph extract --parser corenlp`. One parser for the file: its models take
 * 10-30 s to load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../core/extraction.js';
import { type ParsedArticle, ParsedArticleSchema, type ParsedSentence } from '../../ingest/extract/parse/types.js';
import { articleId, extractArticle } from '../../ingest/extract/index.js';
import { defaultParseCacheDir, ParseCache } from '../../ingest/extract/parse/cache.js';
import { removeArticles } from '../../ingest/load/remove.js';
import { type ArticleParser, openParser } from '../../nlp/index.js';
import { rows, testDb } from '../support/db.js';
import { cliAsync } from '../support/cli-async.js';

const ARTICLE = [
  'date 1996-02-25',
  '',
  'HAVANA — The plane was shot down by Cuban fighters. Washington condemned the attack.',
  '',
  'Officials in Havana 🙂 said the pilots had ignored warnings, and Cuba rejected the protest.',
].join('\n');

let home: string;
let parser: ArticleParser;
let first: ParsedArticle;

const jvmChildren = () => {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid), '-f', 'stancegraph.Parser'], { encoding: 'utf8' }).trim();
  } catch {
    return ''; // pgrep exits 1 when nothing matches
  }
};
const words = (s: ParsedSentence, text = ARTICLE) => s.tokens.map(([a, b]) => text.slice(a, b));
/** Is there an edge `rel` from the token `head` to the token `dep` (tokens named by their text)? */
const edge = (s: ParsedSentence, head: string, rel: string, dep: string, text = ARTICLE) =>
  s.edges.some(([h, d, r]) => r === rel && h >= 0 && words(s, text)[h] === head && words(s, text)[d] === dep);

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'sg-parser-test-'));
  parser = openParser({ env: { ...process.env, STANCEGRAPH_HOME: home } });
  first = await parser.parse(ARTICLE);
}, 300_000);

afterAll(async () => {
  await parser?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('the CoreNLP parser sidecar', () => {
  it('gives one parsed sentence per coder sentence, with the same spans', () => {
    expect(first.parser).toBe('corenlp-4.5.10 pos,lemma,ner(lite),depparse');
    expect(first.sentences.map((s) => ARTICLE.slice(s.start, s.end))).toEqual([
      'The plane was shot down by Cuban fighters.',
      'Washington condemned the attack.',
      'Officials in Havana 🙂 said the pilots had ignored warnings, and Cuba rejected the protest.',
    ]);
  });

  it('gives token offsets that slice the article to each token, after an emoji too (UTF-16 offsets)', () => {
    expect(words(first.sentences[0]!)).toEqual(['The', 'plane', 'was', 'shot', 'down', 'by', 'Cuban', 'fighters', '.']);
    expect(words(first.sentences[2]!)).toEqual([
      ...['Officials', 'in', 'Havana', '🙂', 'said', 'the', 'pilots', 'had', 'ignored', 'warnings', ','],
      ...['and', 'Cuba', 'rejected', 'the', 'protest', '.'],
    ]);
    for (const s of first.sentences) for (const [a, b] of s.tokens) expect(s.start <= a && a < b && b <= s.end).toBe(true);
  });

  it('finds the passive subject and the agent of "The plane was shot down by Cuban fighters."', () => {
    const s = first.sentences[0]!;
    expect(edge(s, 'shot', 'nsubj:pass', 'plane')).toBe(true);
    expect(edge(s, 'shot', 'obl:agent', 'fighters')).toBe(true);
    expect(s.edges).toContainEqual([-1, 3, 'root']);
    expect(s.tokens[3]!.slice(2)).toEqual(['VBN', 'shoot', 'O']);
  });

  it('keeps the enhanced++ relation names (a propagated subject, a conj with its conjunction)', () => {
    const s = first.sentences[2]!;
    expect(edge(s, 'said', 'conj:and', 'rejected')).toBe(true);
    expect(edge(s, 'rejected', 'nsubj', 'Cuba')).toBe(true);
    // CoreNLP tags the emoji NNP and makes it the head of "Havana 🙂": the prepositional modifier
    // keeps its preposition in the name (nmod:in) but points at the emoji, with Havana as its compound.
    expect(edge(s, 'Officials', 'nmod:in', '🙂')).toBe(true);
    expect(edge(s, '🙂', 'compound', 'Havana')).toBe(true);
    expect(s.tokens[12]![4]).toBe('LOCATION');
  });

  it('answers a second parse of the same article from the cache, without a JVM request', async () => {
    const sent = parser.stats.sentencesParsed;
    expect(sent).toBe(3);
    const again = await parser.parse(ARTICLE);
    expect(again).toEqual(first);
    expect(parser.stats.sentencesParsed).toBe(sent);
    expect(parser.stats.cacheHits).toBe(1);
  });

  it('ignores a corrupt cache file: parses again and rewrites it', async () => {
    const dir = join(home, 'parse-cache');
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), '{"version":1,"parser":"corenlp-4.5.10 pos,lem');
    const sent = parser.stats.sentencesParsed;
    expect(await parser.parse(ARTICLE)).toEqual(first);
    expect(parser.stats.sentencesParsed).toBe(sent + 3);
    expect(JSON.parse(readFileSync(join(dir, file!), 'utf8'))).toEqual(first);
  });

  it('parses the next article with the same JVM, pipelining its sentences', async () => {
    const text = 'Japan suspended aid and froze talks with North Korea. Seoul agreed.';
    const parse = await parser.parse(text);
    expect(parse.sentences).toHaveLength(2);
    expect(edge(parse.sentences[0]!, 'froze', 'nsubj', 'Japan', text)).toBe(true); // subject propagated over conj
    expect(edge(parse.sentences[0]!, 'talks', 'nmod:with', 'Korea', text)).toBe(true);
    expect(edge(parse.sentences[1]!, 'agreed', 'nsubj', 'Seoul', text)).toBe(true);
    expect(jvmChildren().split('\n')).toHaveLength(1);
  });

  it('ends its JVM on close', async () => {
    expect(jvmChildren()).not.toBe('');
    await parser.close();
    expect(jvmChildren()).toBe('');
  });

  it('reports a JVM that dies: the parse in flight and the next ones fail, naming the signal and the log', async () => {
    const other = openParser({ cacheDir: null, env: { ...process.env, STANCEGRAPH_HOME: home } });
    try {
      await other.parse('Cuba protested.');
      const pid = jvmChildren();
      expect(pid).toMatch(/^\d+$/);
      const inFlight = other.parse('Washington condemned the attack. Havana rejected the protest.');
      process.kill(Number(pid), 'SIGKILL');
      const died = /the CoreNLP parser was killed \(SIGKILL\).*\(log: .*parser\.log\)/;
      await expect(inFlight).rejects.toThrow(died);
      await expect(other.parse('Moscow agreed.')).rejects.toThrow(died);
    } finally {
      await other.close();
    }
    expect(jvmChildren()).toBe('');
  });

  it('names the missing java when it cannot start', async () => {
    const broken = openParser({ cacheDir: null, env: { ...process.env, JAVA_HOME: '/nonexistent-jdk', STANCEGRAPH_HOME: home } });
    await expect(broken.parse('Cuba protested.')).rejects.toThrow(/needs Java 17, and \/nonexistent-jdk\/bin\/java was not found/);
    await broken.close();
  });
});

describe('stancegraph extract --parser corenlp', () => {
  it('exits 0 and prints a valid Extraction for the sample article', async () => {
    const result = await cliAsync(['extract', '--parser', 'corenlp', 'data/sample/2024-04-26-blinken-beijing.txt'], {
      STANCEGRAPH_HOME: home,
    });
    expect(result.stderr).toContain('starting the CoreNLP parser');
    expect(result.status).toBe(0);
    const extraction = ExtractionSchema.parse(JSON.parse(result.stdout));
    expect(extraction.relations.length).toBeGreaterThan(0);
    expect(readdirSync(join(home, 'parse-cache')).length).toBe(3);
  });

  it('refuses an unknown parser with a usage error', async () => {
    const result = await cliAsync(['extract', '--parser', 'spacy', 'data/sample/2024-04-26-blinken-beijing.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are rules, corenlp/);
  });
});

describe('stancegraph ingest --parser corenlp', () => {
  it('loads into Neo4j the stance whose subject only the parse finds, from a cached parse', async () => {
    const fixture = new URL('../fixtures/parses/fiji-constructed.txt', import.meta.url);
    const text = readFileSync(fixture, 'utf8');
    const id = articleId(text);
    // The test database's home holds the cache the CLI reads: fill it with the fixture's recorded CoreNLP parse.
    const parse: ParsedArticle = ParsedArticleSchema.parse(
      JSON.parse(readFileSync(new URL('../fixtures/parses/fiji-constructed.parse.json', import.meta.url), 'utf8')),
    );
    await new ParseCache(defaultParseCacheDir(process.env)).write(text, parse);
    const db = testDb();
    try {
      const result = await cliAsync(['ingest', '--parser', 'corenlp', '--quiet', fileURLToPath(fixture)]);
      expect(result.stderr).not.toContain('starting the CoreNLP parser');
      expect(result.status).toBe(0);
      const claims = (await rows(db, 'article-claims', { article: id })).map((r) => `${r.sourceId} ${r.type} ${r.targetId}`);
      expect(claims).toContain('new-zealand OPPOSES sanctions-against-suva');
      expect(claims).not.toContain('australia OPPOSES sanctions-against-suva');
    } finally {
      // Every actor the article brought, deleted only where no other article mentions it (the sample's stay).
      await removeArticles(
        db,
        [id],
        extractArticle({ text, parse }).actors.map((a) => a.id),
      );
      await db.close();
    }
  });
});
