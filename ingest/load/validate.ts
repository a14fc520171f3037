/**
 * Checks an Extraction beyond its JSON shape: unique actor ids, relations and `represents` that name
 * declared actors, offsets that fit the evidence (and the text, when the article carries it).
 * Returns problems as "field: message" strings; an empty list means the extraction is sound.
 */
import type { Extraction } from '../../core/extraction.js';

export function extractionProblems(extraction: Extraction): string[] {
  const problems: string[] = [];
  const declared = new Set<string>();
  extraction.actors.forEach((actor, i) => {
    if (declared.has(actor.id)) problems.push(`actors[${i}].id: duplicate actor id "${actor.id}"`);
    declared.add(actor.id);
  });
  extraction.actors.forEach((actor, i) => {
    if (actor.represents && !declared.has(actor.represents)) {
      problems.push(`actors[${i}].represents: "${actor.represents}" is not a declared actor`);
    }
  });
  const text = extraction.article.text;
  extraction.relations.forEach((relation, i) => {
    const at = `relations[${i}]`;
    if (!declared.has(relation.source)) problems.push(`${at}.source: "${relation.source}" is not a declared actor`);
    if (!declared.has(relation.target)) problems.push(`${at}.target: "${relation.target}" is not a declared actor`);
    if (relation.end <= relation.start) problems.push(`${at}.end: must be greater than start (${relation.start})`);
    else if (relation.end - relation.start !== relation.evidence.length) {
      problems.push(
        `${at}.end: offsets ${relation.start}-${relation.end} span ${relation.end - relation.start} characters but the evidence has ${relation.evidence.length}`,
      );
    }
    if (text !== undefined) {
      if (relation.end > text.length) problems.push(`${at}.end: offset ${relation.end} is outside the text (${text.length} characters)`);
      else if (text.slice(relation.start, relation.end) !== relation.evidence) {
        problems.push(`${at}.evidence: not found in the text at offsets ${relation.start}-${relation.end}`);
      }
    }
  });
  return problems;
}
