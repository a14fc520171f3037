import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StanceGraphError } from '../../../core/errors.js';
import { writeExport } from '../../../export/pipeline.js';
import { EDGE_BATCH } from '../../../export/spool.js';
import type { ContractEdge } from '../../../export/schema.js';
import { EDGES, fixtureSource } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'sg-export-fail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Enough stances for several spool batches, so the failure happens after data reached the disk. */
const MANY: ContractEdge[] = Array.from({ length: EDGE_BATCH * 3 }, (_, i) => ({ ...EDGES[0]!, key: `s${String(i).padStart(6, '0')}` }));

async function expectCode(promise: Promise<unknown>, code: string, pattern: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StanceGraphError);
  expect((error as StanceGraphError).code).toBe(code);
  expect((error as StanceGraphError).exitCode).toBe(2);
  expect((error as Error).message).toMatch(pattern);
  expect((error as Error).message).not.toContain('\n');
}

describe('a failed export leaves nothing behind', () => {
  it.each([
    ['gexf', 'mid.gexf'],
    ['graphml', 'mid.graphml'],
    ['json', 'mid.json'],
    ['csv', 'mid-folder'],
    ['csv', 'mid.zip'],
  ] as const)('an export to %s (%s) that fails mid-way leaves no file and no temporary file', async (format, name) => {
    const sub = join(dir, `${format}-${name}`);
    mkdirSync(sub);
    const out = join(sub, name);
    await expect(writeExport(fixtureSource({ edges: MANY, failAfter: EDGE_BATCH * 2 + 10 }), format, out)).rejects.toThrow(
      'database went away',
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(sub)).toEqual([]);
  });

  it('keeps the previous file at PATH when a new export to it fails', async () => {
    const out = join(dir, 'keep.json');
    writeFileSync(out, 'previous');
    await expect(writeExport(fixtureSource({ edges: MANY, failAfter: 5 }), 'json', out)).rejects.toThrow();
    expect(readdirSync(dir).filter((n) => n.startsWith('keep.json'))).toEqual(['keep.json']);
  });

  it('rejects a path in a folder that does not exist with a one-line BAD_INPUT error', async () => {
    await expectCode(writeExport(fixtureSource(), 'gexf', join(dir, 'missing', 'x.gexf')), 'BAD_INPUT', /folder .*missing does not exist/);
  });

  it.skipIf(process.getuid?.() === 0)('rejects a path in a read-only folder', async () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    await expectCode(writeExport(fixtureSource(), 'json', join(ro, 'x.json')), 'BAD_INPUT', /not writable/);
  });

  it.skipIf(process.platform !== 'linux')('rejects a path the system will not let anyone write, even root (/proc)', async () => {
    await expectCode(writeExport(fixtureSource(), 'gexf', '/proc/stancegraph-export-test.gexf'), 'BAD_INPUT', /cannot write/);
    await expectCode(writeExport(fixtureSource(), 'csv', '/proc/stancegraph-export-test'), 'BAD_INPUT', /cannot write/);
  });

  it('rejects a file path that is a folder, and a CSV folder path that is a file', async () => {
    await expectCode(writeExport(fixtureSource(), 'graphml', dir), 'BAD_INPUT', /is a folder/);
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    await expectCode(writeExport(fixtureSource(), 'csv', file), 'BAD_INPUT', /is a file/);
  });

  it('refuses to replace a folder that holds files other than a previous CSV export', async () => {
    const folder = join(dir, 'busy');
    mkdirSync(folder);
    writeFileSync(join(folder, 'thesis.docx'), 'precious');
    await expectCode(writeExport(fixtureSource(), 'csv', folder), 'BAD_INPUT', /holds other files/);
    expect(readdirSync(folder)).toEqual(['thesis.docx']);
  });

  it('replaces a previous CSV export in the same folder', async () => {
    const folder = join(dir, 'again');
    await writeExport(fixtureSource(), 'csv', folder);
    await writeExport(fixtureSource(), 'csv', folder);
    expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });
});
