import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../queries/catalogue.js';
import { parseCypherFile } from '../../../queries/cypher-file.js';

describe('cypher files', () => {
  it('reads name, description, typed parameters with defaults, and the statements', () => {
    const file = parseCypherFile(
      [
        '// @name demo',
        '// @description First part',
        '// @description second part.',
        '// @param actor: actor -- who',
        '// @param limit: int = 20 -- how many',
        'MATCH (n) RETURN n;',
        '// a comment',
        'RETURN 1',
      ].join('\n'),
      'demo.cypher',
    );
    expect(file.name).toBe('demo');
    expect(file.description).toBe('First part second part.');
    expect(file.params).toEqual([
      { name: 'actor', type: 'actor', default: undefined, description: 'who' },
      { name: 'limit', type: 'int', default: '20', description: 'how many' },
    ]);
    expect(file.statements).toEqual(['MATCH (n) RETURN n', 'RETURN 1']);
  });

  it('refuses a file without a name or with an unknown parameter type, naming the file', () => {
    expect(() => parseCypherFile('RETURN 1', 'x.cypher')).toThrow(/x.cypher: missing "\/\/ @name"/);
    expect(() => parseCypherFile('// @name x\n// @param a: widget\nRETURN 1', 'x.cypher')).toThrow(/x.cypher: bad @param line "a: widget"/);
  });

  it('offers the canned queries the foundation issue asks for, each documented and with one statement', () => {
    const names = catalogue().map((q) => q.name);
    for (const name of [
      'stats',
      'stances-of',
      'stances-between',
      'who-met-whom',
      'ego-network',
      'shortest-path',
      'most-active',
      'allies-and-adversaries',
      'contested-topics',
      'article-claims',
      'timeline',
      'country-level',
    ]) {
      expect(names).toContain(name);
    }
    for (const query of catalogue()) {
      expect(query.description.length, query.name).toBeGreaterThan(20);
      expect(query.statements, query.name).toHaveLength(1);
      expect(query.statements[0], query.name).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP)\b/);
    }
  });
});
