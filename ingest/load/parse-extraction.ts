/** Parses and validates Extraction JSON at the file boundary; errors name the file and the field. */
import { type Extraction, ExtractionSchema } from '../../core/extraction.js';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
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
    throw badInput(`${origin}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}${shownValue(value, issue.path)}${more}`);
  }
  const extraction = parsed.data as Extraction;
  const problems = extractionProblems(extraction);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (+${problems.length - 1} more problems)` : '';
    throw badInput(`${origin}: ${problems[0]}${more}`);
  }
  return extraction;
}

/** ", got "HUGGED"" for a scalar found at `path` in the input (so the message shows the bad value), else "". */
function shownValue(value: unknown, path: readonly PropertyKey[]): string {
  let at: unknown = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return '';
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  if (at === undefined || (typeof at === 'object' && at !== null)) return '';
  const shown = JSON.stringify(at);
  return `, got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}`;
}

/** Line and column of a character offset, for JSON syntax errors. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse, and on failure the first syntax error's line and column (located by jsonc-parser). */
export function parseJsonText(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      const { line, column } = lineColumn(text, first.offset);
      // One-line texts (a JSONL line, whose origin already names the line) get "column N", not a second line number.
      const where = text.includes('\n') ? `${origin}:${line}:${column}` : `${origin}: column ${column}`;
      throw badInput(`${where}: invalid JSON (${printParseErrorCode(first.error)})`);
    }
    throw badInput(`${origin}: invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}
