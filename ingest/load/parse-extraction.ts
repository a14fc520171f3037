/** Parses and validates Extraction JSON at the file boundary; errors name the file and the field. */
import { type Extraction, ExtractionSchema } from '../../core/extraction.js';
import { badInput } from '../../core/errors.js';
import { extractionProblems } from './validate.js';

/** "relations.3.target" -> "relations[3].target" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function validateExtraction(value: unknown, origin: string): Extraction {
  const parsed = ExtractionSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const more = parsed.error.issues.length > 1 ? ` (+${parsed.error.issues.length - 1} more problems)` : '';
    throw badInput(`${origin}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}${more}`);
  }
  const extraction = parsed.data as Extraction;
  const problems = extractionProblems(extraction);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (+${problems.length - 1} more problems)` : '';
    throw badInput(`${origin}: ${problems[0]}${more}`);
  }
  return extraction;
}

/** Line and column of a character offset, for JSON syntax errors. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJsonText(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    if (position) {
      const { line, column } = lineColumn(text, Number(position[1]));
      throw badInput(`${origin}:${line}:${column}: invalid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`);
    }
    throw badInput(`${origin}: invalid JSON (${message})`);
  }
}
