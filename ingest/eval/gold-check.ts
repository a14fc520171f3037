/**
 * Consistency checks for a hand-made gold Extraction against its article text: the schema, actor
 * ids, references between actors and relations, exact evidence offsets, and no stance taken from a
 * photo caption. Returns readable problems; an empty list means the file is usable as gold.
 */
import { createHash } from 'node:crypto';
import { type Extraction, ExtractionSchema } from '../../core/extraction.js';
import { slugify } from '../../core/slug.js';
import { paragraphAt } from './sentence-span.js';

/** Photo captions ("(AP Photo/…)", "(Xinhua/…)", "[Photo/…]") are never a source of stances. */
const PHOTO_CAPTION = /\((?:AP|AFP|Reuters|EPA|Getty)[^)]*Photo|\((?:Xinhua|AP|AFP|Reuters|EPA)\/|\[Photo|\(Photo|PHOTO:/i;

export function articleIdOf(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export interface GoldCheckResult {
  extraction: Extraction | null;
  problems: string[];
}

function checkActors(extraction: Extraction, problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const actor of extraction.actors) {
    if (ids.has(actor.id)) problems.push(`actor "${actor.id}" is declared twice`);
    ids.add(actor.id);
    if (slugify(actor.name) !== actor.id) {
      problems.push(`actor "${actor.id}": id is not the slug of its name "${actor.name}"`);
    }
  }
  for (const actor of extraction.actors) {
    if (actor.represents && !ids.has(actor.represents)) {
      problems.push(`actor "${actor.id}" represents undeclared actor "${actor.represents}"`);
    }
  }
  return ids;
}

function checkRelations(extraction: Extraction, text: string, actorIds: Set<string>, problems: string[]) {
  extraction.relations.forEach((relation, index) => {
    const where = `relation ${index} (${relation.source} ${relation.type} ${relation.target})`;
    if (!actorIds.has(relation.source)) problems.push(`${where}: undeclared source`);
    if (!actorIds.has(relation.target)) problems.push(`${where}: undeclared target`);
    if (relation.source === relation.target) problems.push(`${where}: source and target are the same`);
    if (relation.end > text.length || relation.start >= relation.end) {
      problems.push(`${where}: offsets ${relation.start}-${relation.end} outside the text`);
      return;
    }
    if (text.slice(relation.start, relation.end) !== relation.evidence) {
      problems.push(`${where}: evidence does not equal text.slice(${relation.start}, ${relation.end})`);
    }
    const paragraph = paragraphAt(text, relation.start);
    if (PHOTO_CAPTION.test(text.slice(paragraph.start, paragraph.end))) {
      problems.push(`${where}: evidence is taken from a photo caption`);
    }
  });
}

/** Validates `raw` (parsed JSON) as a gold Extraction of `text`. */
export function checkGoldExtraction(raw: unknown, text: string): GoldCheckResult {
  const parsed = ExtractionSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    return { extraction: null, problems };
  }
  const extraction = parsed.data as Extraction;
  const problems: string[] = [];
  if (extraction.article.id !== articleIdOf(text)) {
    problems.push(`article.id is not ${articleIdOf(text)}`);
  }
  const actorIds = checkActors(extraction, problems);
  checkRelations(extraction, text, actorIds, problems);
  return { extraction, problems };
}
