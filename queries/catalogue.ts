/** The canned query catalogue: every top-level cypher/*.cypher file. */
import { type CypherFile, CYPHER_DIR, readCypherDir } from './cypher-file.js';
import { notFound } from '../core/errors.js';

let cached: CypherFile[] | null = null;

export function catalogue(): CypherFile[] {
  cached ??= readCypherDir(CYPHER_DIR);
  return cached;
}

export function cannedQuery(name: string): CypherFile {
  const query = catalogue().find((q) => q.name === name);
  if (!query) {
    throw notFound(
      `unknown query "${name}"; available: ${catalogue()
        .map((q) => q.name)
        .join(', ')}`,
    );
  }
  return query;
}
