import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { parseCypherFile } from '../../../queries/cypher-file.js';
import { bindParams, parseKeyValues } from '../../../queries/params.js';

const query = parseCypherFile(
  [
    '// @name q',
    '// @param actor: actor -- who',
    '// @param depth: int = 1 -- hops',
    '// @param from: date = null -- since',
    '// @param score: float = 0.5 -- min',
    '// @param on: bool = true -- flag',
    '// @param types: list = null -- types',
    'RETURN 1',
  ].join('\n'),
  'q.cypher',
);

describe('query parameters', () => {
  it('applies defaults and converts each declared type', () => {
    const bound = bindParams(query, { actor: 'Blinken', depth: '2', types: 'A, B' });
    expect(bound.actor).toBe('Blinken');
    expect(neo4j.isInt(bound.depth)).toBe(true);
    expect((bound.depth as { toNumber(): number }).toNumber()).toBe(2);
    expect(bound.from).toBeNull();
    expect(bound.score).toBe(0.5);
    expect(bound.on).toBe(true);
    expect(bound.types).toEqual(['A', 'B']);
  });

  it('names the query and the parameter when a value is wrong, missing or unknown', () => {
    expect(() => bindParams(query, { actor: 'x', depth: 'two' })).toThrow('query q: parameter depth (int): expected an integer, got "two"');
    expect(() => bindParams(query, {})).toThrow(/query q: missing required parameter "actor"/);
    expect(() => bindParams(query, { actor: 'x', colour: 'red' })).toThrow(/unknown parameter "colour"/);
    expect(() => bindParams(query, { actor: 'x', from: '26/04/2024' })).toThrow(/expected a date/);
    expect(() => bindParams(query, { actor: 'x', on: 'yes' })).toThrow(/expected true or false/);
  });

  it('keeps hostile text as a plain string value, never as Cypher', () => {
    const evil = "x'}) MATCH (n) DETACH DELETE n //";
    expect(bindParams(query, { actor: evil }).actor).toBe(evil);
  });

  it('parses key=value pairs, keeping "=" inside values', () => {
    expect(parseKeyValues(['a=1', 'b=x=y'])).toEqual({ a: '1', b: 'x=y' });
    expect(() => parseKeyValues(['novalue'])).toThrow('--param "novalue": expected key=value');
  });
});
