import type { Extraction } from '../../../core/extraction.js';
import { ExtractionSchema } from '../../../core/extraction.js';
import { extractArticle } from '../../../ingest/extract/index.js';

export function extract(text: string, date = '2024-04-26'): Extraction {
  const x = extractArticle({ text, date });
  ExtractionSchema.parse(x);
  return x;
}

/** "source TYPE target" strings of the positive (non-negated) relations. */
export function triples(x: Extraction): string[] {
  return x.relations.filter((r) => !r.negated).map((r) => `${r.source} ${r.type} ${r.target}`);
}
