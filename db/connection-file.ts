/** The connection file written by `db start`: how every other command finds the local instance. */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { StanceGraphError } from '../core/errors.js';

export const ConnectionFileSchema = z.object({
  uri: z.string(),
  user: z.string(),
  database: z.string(),
  passwordFile: z.string(),
  pid: z.number().int(),
  port: z.number().int(),
  startedAt: z.string(),
});
export type ConnectionFile = z.infer<typeof ConnectionFileSchema>;

export function readConnectionFile(path: string): ConnectionFile | null {
  if (!existsSync(path)) return null;
  try {
    return ConnectionFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new StanceGraphError(
      'RUNTIME',
      `${path}: unreadable connection file (${(error as Error).message.split('\n')[0]}); run "stancegraph db stop" then "db start"`,
    );
  }
}

/** Written atomically (temp file + rename) so a reader never sees half a file. */
export function writeConnectionFile(path: string, value: ConnectionFile): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

export function removeConnectionFile(path: string): void {
  rmSync(path, { force: true });
}
