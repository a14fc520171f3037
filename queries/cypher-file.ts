/**
 * Reads `.cypher` files with a comment header:
 *   // @name stances-of
 *   // @description All stances from and to an actor.
 *   // @param actor: actor -- id, name or alias of the actor
 *   // @param limit: int = 200 -- at most this many rows
 * The body is one or more statements separated by `;` at the end of a line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PARAM_TYPES = ['string', 'int', 'float', 'bool', 'date', 'actor', 'article', 'list'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface ParamSpec {
  name: string;
  type: ParamType;
  /** Raw default text from the header; absent means the parameter is required. */
  default?: string;
  description: string;
}

export interface CypherFile {
  name: string;
  description: string;
  params: ParamSpec[];
  statements: string[];
  path: string;
}

export const CYPHER_DIR = fileURLToPath(new URL('../cypher/', import.meta.url));

const PARAM_LINE = /^(\w+)\s*:\s*(\w+)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$/;

export function parseCypherFile(text: string, path: string): CypherFile {
  const header = new Map<string, string[]>();
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const tag = /^\s*\/\/\s*@(\w+)\s+(.*)$/.exec(line);
    if (tag) header.set(tag[1]!, [...(header.get(tag[1]!) ?? []), tag[2]!.trim()]);
    else if (!/^\s*\/\//.test(line)) body.push(line);
  }
  const name = header.get('name')?.[0];
  if (!name) throw new Error(`${path}: missing "// @name" header`);
  const params = (header.get('param') ?? []).map((raw) => {
    const match = PARAM_LINE.exec(raw);
    if (!match || !(PARAM_TYPES as readonly string[]).includes(match[2]!)) {
      throw new Error(`${path}: bad @param line "${raw}" (expected "name: type [= default] -- description")`);
    }
    return { name: match[1]!, type: match[2] as ParamType, default: match[3] || undefined, description: match[4] ?? '' };
  });
  const statements = body
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { name, description: header.get('description')?.join(' ') ?? '', params, statements, path };
}

export function readCypherFile(path: string): CypherFile {
  return parseCypherFile(readFileSync(path, 'utf8'), path);
}

/** All `.cypher` files of a folder (non-recursive), sorted by name. */
export function readCypherDir(dir: string): CypherFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => readCypherFile(join(dir, f)));
}

/** The single statement of a cypher file under cypher/ (e.g. "load/stances-create"). */
export function statementOf(relative: string): string {
  const file = readCypherFile(join(CYPHER_DIR, `${relative}.cypher`));
  if (file.statements.length !== 1) throw new Error(`${basename(file.path)}: expected exactly one statement`);
  return file.statements[0]!;
}
