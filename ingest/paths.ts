/** Expands the PATH arguments of `ingest` / `extract` into the files to read, in a stable order. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const INPUT_EXTENSIONS = ['.json', '.jsonl', '.txt'];

export interface ExpandedPaths {
  files: string[];
  missing: string[];
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && INPUT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push(path);
  }
}

export function expandPaths(paths: string[]): ExpandedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) missing.push(path);
    else if (statSync(path).isDirectory()) walk(path, files);
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}
