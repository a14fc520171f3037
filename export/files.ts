/**
 * File plumbing for exports: a buffered UTF-8 writer, temporary names beside the target
 * (`PATH.tmp-<pid>`), and up-front checks of the output path. Every export is written under a
 * temporary name and renamed on success, so PATH never holds a half-written file.
 */
import { constants, createReadStream } from 'node:fs';
import { access, type FileHandle, open, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { badInput } from '../core/errors.js';

const FLUSH_BYTES = 1 << 20;
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST']);

export class BufferedFile {
  private parts: string[] = [];
  private size = 0;
  private constructor(private readonly handle: FileHandle) {}

  /** Creates a new file; a path the system will not let us write is BAD_INPUT (exit 2). */
  static async create(path: string): Promise<BufferedFile> {
    try {
      return new BufferedFile(await open(path, 'wx'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (UNWRITABLE.has(code)) throw badInput(`--out: cannot write ${path} (${code})`);
      throw error;
    }
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_BYTES) await this.flush();
  }

  async writeBytes(data: Uint8Array): Promise<void> {
    await this.flush();
    if (data.byteLength > 0) await this.handle.write(data);
  }

  /** Appends another file's bytes (the spooled edges). */
  async append(path: string): Promise<void> {
    await this.flush();
    for await (const chunk of createReadStream(path, { highWaterMark: FLUSH_BYTES })) await this.handle.write(chunk as Buffer);
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.handle.write(text, null, 'utf8');
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }

  /** Closes without flushing (after a failure). */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/**
 * Runs `write` with `create`, which opens a BufferedFile and tracks it. If `write` fails, every file it
 * opened is abandoned (closed without flushing); the `temporary` paths are removed at the end either
 * way (after a success they have been renamed onto the output or are no longer needed).
 */
export async function withTemporaryFiles<T>(
  temporary: string[],
  write: (create: (path: string) => Promise<BufferedFile>) => Promise<T>,
): Promise<T> {
  const files: BufferedFile[] = [];
  const create = async (path: string) => {
    const file = await BufferedFile.create(path);
    files.push(file);
    return file;
  };
  try {
    return await write(create);
  } catch (error) {
    await Promise.all(files.map((f) => f.abandon()));
    throw error;
  } finally {
    await removeQuietly(...temporary);
  }
}

export const temporaryPath = (out: string, suffix = '') => `${out}.tmp-${process.pid}${suffix}`;

export async function removeQuietly(...paths: string[]): Promise<void> {
  await Promise.all(paths.map((p) => rm(p, { recursive: true, force: true }).catch(() => undefined)));
}

const exists = (path: string) =>
  stat(path).then(
    (s) => s,
    () => null,
  );

/**
 * Checks before any work: the folder that will hold PATH exists and is writable, and PATH is not a
 * folder (or, for a CSV folder export, not a file). Returns the absolute path.
 */
export async function checkOutputPath(out: string, kind: 'file' | 'folder'): Promise<string> {
  if (typeof out !== 'string' || out.trim() === '') throw badInput('--out: give the path of the file to write');
  const path = resolve(out);
  const parent = dirname(path);
  const parentStat = await exists(parent);
  if (!parentStat) throw badInput(`--out: folder ${parent} does not exist`);
  if (!parentStat.isDirectory()) throw badInput(`--out: ${parent} is not a folder`);
  try {
    await access(parent, constants.W_OK);
  } catch {
    throw badInput(`--out: folder ${parent} is not writable`);
  }
  const target = await exists(path);
  if (target && kind === 'file' && target.isDirectory()) throw badInput(`--out: ${path} is a folder, expected a file path`);
  if (target && kind === 'folder' && !target.isDirectory())
    throw badInput(`--out: ${path} is a file; CSV export writes a folder (or give a .zip path)`);
  return path;
}
