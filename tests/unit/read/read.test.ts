import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../ingest/read/index.js';

const fx = (name: string) => new URL(`../../fixtures/articles/${name}`, import.meta.url).pathname;

describe('readArticleFile', () => {
  it('reads a .txt article with its date line and a sha256 id', async () => {
    const [a] = await readArticleFile(fx('simple.txt'));
    expect(a?.date).toBe('2024-04-26');
    expect(a?.id).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(a?.text).toContain('Blinken met Xi Jinping');
  });
  it('tolerates a UTF-8 BOM and CRLF line endings', async () => {
    const [a] = await readArticleFile(fx('bom-crlf.txt'));
    expect(a?.date).toBe('2024-04-26');
    expect(a?.text.charCodeAt(0)).not.toBe(0xfeff);
  });
  it('reads one JSON record, an array of records and JSONL lines with origins', async () => {
    expect((await readArticleFile(fx('one.json')))[0]).toMatchObject({ id: 'a1', source: 'AP', date: '2024-04-26' });
    expect(await readArticleFile(fx('array.json'))).toHaveLength(2);
    const lines = await readArticleFile(fx('two.jsonl'));
    expect(lines.map((l) => l.origin)).toEqual([`${fx('two.jsonl')}:1`, `${fx('two.jsonl')}:3`]);
  });
  it.each([
    ['empty.txt', /empty file/],
    ['binary.txt', /binary file/],
    ['latin1.txt', /not valid UTF-8/],
    ['bad-line.jsonl', /:2: malformed JSON line/],
    ['bad-date.json', /field `date`: not a real calendar date/],
    ['bad-field.json', /field `text`/],
  ])('refuses %s with one readable line naming the file', async (name, re) => {
    const err = await readArticleFile(fx(name)).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(re);
    expect((err as Error).message).toContain(name);
    expect((err as Error).message).not.toContain('\n');
    expect((err as { exitCode?: number }).exitCode).toBe(2);
  });
  it('reads a 50 MB article and refuses a file over the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-read-'));
    try {
      const big = join(dir, 'big.txt');
      const para = 'Blinken met Xi Jinping in Beijing on Friday.\n\n';
      writeFileSync(big, para.repeat(Math.ceil((50 * 1024 * 1024) / para.length)));
      const [a] = await readArticleFile(big);
      expect(a?.text.length).toBeGreaterThan(50 * 1024 * 1024 - 100);
      await expect(readArticleFile(big, { maxBytes: 10 * 1024 * 1024 })).rejects.toThrow(/big\.txt: file too large \(50 MB, limit 10 MB\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
  it('reports a missing file by name', async () => {
    await expect(readArticleFile('/nonexistent/x.txt')).rejects.toThrow(/x\.txt: cannot read file \(ENOENT\)/);
  });
});
