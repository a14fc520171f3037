/** The on-disk parse cache: one file per article, atomic writes, anything unusable is a miss. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultParseCacheDir, ParseCache } from '../../../ingest/extract/parse/cache.js';
import { PARSE_VERSION, type ParsedArticle } from '../../../ingest/extract/parse/types.js';

const ID = 'test-parser 1';
const text = 'China protested. Moscow agreed.';
const parse: ParsedArticle = {
  version: PARSE_VERSION,
  parser: ID,
  sentences: [
    {
      start: 0,
      end: 16,
      tokens: [
        [0, 5, 'NNP', 'China', 'LOCATION'],
        [6, 15, 'VBD', 'protest', 'O'],
        [15, 16, '.', '.', 'O'],
      ],
      edges: [
        [-1, 1, 'root'],
        [1, 0, 'nsubj'],
      ],
    },
    {
      start: 17,
      end: 31,
      tokens: [
        [17, 23, 'NNP', 'Moscow', 'LOCATION'],
        [24, 30, 'VBD', 'agree', 'O'],
        [30, 31, '.', '.', 'O'],
      ],
      edges: [[-1, 1, 'root']],
    },
  ],
};

let dir: string;
let cache: ParseCache;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sg-parse-cache-'));
  cache = new ParseCache(join(dir, 'parse-cache'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the parse cache', () => {
  it('lives under STANCEGRAPH_HOME/parse-cache', () => {
    expect(defaultParseCacheDir({ STANCEGRAPH_HOME: '/srv/sg' })).toBe('/srv/sg/parse-cache');
  });

  it('returns what was written, from one file named by the sha256 of version, parser and text, with no temporary file left', async () => {
    expect(await cache.read(ID, text)).toBeNull();
    await cache.write(text, parse);
    expect(await cache.read(ID, text)).toEqual(parse);
    const key = createHash('sha256').update(`${PARSE_VERSION}\n${ID}\n${text}`).digest('hex');
    expect(readdirSync(cache.dir)).toEqual([`${key}.json`]);
  });

  it('misses for another text or another parser', async () => {
    await cache.write(text, parse);
    expect(await cache.read(ID, `${text} `)).toBeNull();
    expect(await cache.read('other-parser 2', text)).toBeNull();
  });

  it.each([
    ['truncated JSON', (s: string) => s.slice(0, s.length / 2)],
    ['an empty file', () => ''],
    ['another version', (s: string) => s.replace(`"version":${PARSE_VERSION}`, `"version":${PARSE_VERSION + 100}`)],
    ['another parser id inside', (s: string) => s.replace(`"parser":"${ID}"`, '"parser":"someone else"')],
    ['a token of the wrong shape', (s: string) => s.replace('[0,5,"NNP"', '[0,"5","NNP"')],
    ['sentence spans that are no longer the coder sentences', (s: string) => s.replace('"start":17,"end":31', '"start":16,"end":31')],
  ])('ignores a cache file with %s, and a new write replaces it', async (_what, corrupt) => {
    await cache.write(text, parse);
    const file = cache.fileFor(ID, text);
    const damaged = corrupt(readFileSync(file, 'utf8'));
    expect(damaged).not.toBe(readFileSync(file, 'utf8'));
    writeFileSync(file, damaged);
    expect(await cache.read(ID, text)).toBeNull();
    await cache.write(text, parse);
    expect(await cache.read(ID, text)).toEqual(parse);
  });
});
