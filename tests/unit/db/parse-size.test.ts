import { describe, expect, it } from 'vitest';
import { parseSize } from '../../../db/java-launcher.js';
import { homePaths } from '../../../db/home.js';
import { luceneEscape } from '../../../queries/resolve.js';

describe('database settings', () => {
  it('reads memory sizes with units', () => {
    expect(parseSize('512m')).toBe(512 * 1024 ** 2);
    expect(parseSize('2g')).toBe(2 * 1024 ** 3);
    expect(parseSize('1024')).toBe(1024);
    expect(() => parseSize('lots')).toThrow('invalid size "lots"');
  });

  it('keeps the database and its connection file under STANCEGRAPH_HOME', () => {
    const paths = homePaths({ STANCEGRAPH_HOME: '/tmp/sg-x' });
    expect(paths).toMatchObject({
      home: '/tmp/sg-x',
      neo4jHome: '/tmp/sg-x/neo4j',
      connectionFile: '/tmp/sg-x/connection.json',
      passwordFile: '/tmp/sg-x/password',
    });
  });

  it('escapes every Lucene operator in search text', () => {
    expect(luceneEscape('a+b (c) "d" e:f g~ h* i/j')).toBe('a\\+b \\(c\\) \\"d\\" e\\:f g\\~ h\\* i\\/j');
  });
});
