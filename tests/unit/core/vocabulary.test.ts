import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, readCypherFile } from '../../../queries/cypher-file.js';
import { RELATION_TYPES, RELATIONS, type RelationType, isRelationType, polarityOf } from '../../../core/vocabulary.js';

const typeUnion = (text: string) => {
  const match = /\[r:([A-Z_|]+)\]/.exec(text);
  return match ? match[1]!.split('|').sort() : [];
};

describe('the relation vocabulary and the Cypher that depends on it', () => {
  it('has the 19 relation types of DESIGN.md with their polarity', () => {
    expect(RELATION_TYPES).toHaveLength(19);
    expect(polarityOf('MET_WITH')).toBe('neutral');
    expect(polarityOf('PRAISED')).toBe('cooperative');
    expect(polarityOf('CRITICIZED')).toBe('hostile');
    expect(RELATIONS.MET_WITH.symmetric && RELATIONS.COOPERATES_WITH.symmetric).toBe(true);
    expect(RELATION_TYPES.filter((t) => RELATIONS[t].symmetric).sort()).toEqual(['COOPERATES_WITH', 'MET_WITH']);
  });

  it('rejects a type that is not in the vocabulary, however it is written', () => {
    expect(isRelationType('MET_WITH')).toBe(true);
    expect(isRelationType('met_with')).toBe(false);
    expect(isRelationType('toString')).toBe(false);
  });

  it('indexes id and articleId for every relation type in the schema', () => {
    const schema = readFileSync(join(CYPHER_DIR, 'schema/schema.cypher'), 'utf8');
    for (const type of RELATION_TYPES) {
      expect(schema).toContain(`FOR ()-[r:${type}]-() ON (r.id)`);
      expect(schema).toContain(`FOR ()-[r:${type}]-() ON (r.articleId)`);
    }
  });

  it('lists every relation type wherever a query names them all', () => {
    for (const file of ['article-claims.cypher', 'load/article-claims-delete.cypher', 'graph/stances-by-ids.cypher']) {
      expect(typeUnion(readFileSync(join(CYPHER_DIR, file), 'utf8')), file).toEqual([...RELATION_TYPES].sort());
    }
  });

  it('reads every relation type with its own polarity in the whole-graph query', () => {
    const text = readFileSync(join(CYPHER_DIR, 'graph/stances-filtered.cypher'), 'utf8');
    const branches = [...text.matchAll(/WITH '(\w+)' AS type, '(\w+)' AS polarity\n.*\n\s*MATCH \(s:Entity\)-\[r:(\w+)\]->/g)];
    expect(branches.map((b) => b[1]).sort()).toEqual([...RELATION_TYPES].sort());
    for (const [, type, polarity, matched] of branches) {
      expect(matched, type).toBe(type);
      expect(polarity, type).toBe(polarityOf(type as RelationType));
    }
  });

  it('groups the relation types by polarity in the stats query as the vocabulary does', () => {
    const stats = readCypherFile(join(CYPHER_DIR, 'stats.cypher')).statements[0]!;
    for (const polarity of ['cooperative', 'neutral', 'hostile'] as const) {
      const list = new RegExp(`type IN \\[([^\\]]*)\\] THEN n ELSE 0 END\\) AS ${polarity}`).exec(stats);
      expect(list, polarity).not.toBeNull();
      const types = list![1]!
        .split(',')
        .map((s) => s.trim().replace(/"/g, ''))
        .sort();
      expect(types).toEqual(RELATION_TYPES.filter((t) => polarityOf(t) === polarity).sort());
    }
    for (const type of RELATION_TYPES) expect(stats).toContain(`MATCH ()-[r:${type}]->() RETURN "${type}" AS type`);
  });
});
