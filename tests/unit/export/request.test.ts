import { describe, expect, it } from 'vitest';
import { StanceGraphError } from '../../../core/errors.js';
import { EXPORT_DEFAULT_LIMIT, requestOfCli } from '../../../export/request.js';
import { xmlAttr, xmlText } from '../../../export/xml.js';

const base = { format: 'gexf', out: 'x.gexf', param: [] as string[] };

function usage(fn: () => unknown): StanceGraphError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StanceGraphError);
    expect((error as StanceGraphError).exitCode).toBe(2);
    return error as StanceGraphError;
  }
  throw new Error('expected an error');
}

describe('export requests from CLI flags', () => {
  it('selects the whole graph with the export default limit when no selection or limit is given', () => {
    const request = requestOfCli(base);
    expect(request.selection).toEqual({ kind: 'all' });
    expect(request.filters.limit).toBe(EXPORT_DEFAULT_LIMIT);
    expect(request.filters.level).toBe('person');
  });

  it('reads an ego network, a canned query with parameters and the viewer filters', () => {
    expect(requestOfCli({ ...base, around: 'Xi Jinping', depth: '2' }).selection).toEqual({
      kind: 'around',
      actor: 'Xi Jinping',
      depth: 2,
    });
    expect(requestOfCli({ ...base, query: 'stances-of', param: ['actor=wang-yi'] }).selection).toEqual({
      kind: 'query',
      name: 'stances-of',
      params: { actor: 'wang-yi' },
    });
    const filters = requestOfCli({
      ...base,
      types: 'MET_WITH,CRITICIZED',
      polarity: 'hostile',
      entityTypes: 'Person',
      from: '2024',
      to: '2024-05-01',
      level: 'country',
      limit: '10',
    }).filters;
    expect(filters).toEqual({
      level: 'country',
      types: ['MET_WITH', 'CRITICIZED'],
      polarity: ['hostile'],
      entityTypes: ['Person'],
      from: '2024',
      to: '2024-05-01',
      limit: 10,
    });
  });

  it('rejects an unknown format, conflicting selections, a bad depth and unknown filter values', () => {
    expect(usage(() => requestOfCli({ ...base, format: 'pdf' })).message).toMatch(/format: expected one of gexf, graphml, json, csv/);
    expect(usage(() => requestOfCli({ ...base, around: 'a', query: 'q' })).message).toMatch(/either --query or --around/);
    expect(usage(() => requestOfCli({ ...base, around: 'a', depth: '7' })).message).toMatch(/--depth: expected 1, 2 or 3/);
    expect(usage(() => requestOfCli({ ...base, depth: '2' })).message).toMatch(/only meaningful with --around/);
    expect(usage(() => requestOfCli({ ...base, param: ['a=b'] })).message).toMatch(/only meaningful with --query/);
    expect(usage(() => requestOfCli({ ...base, types: 'HUGGED' })).message).toMatch(/types/);
  });
});

describe('XML escaping', () => {
  it('escapes markup characters and keeps tabs and newlines in attribute values as character references', () => {
    expect(xmlAttr('a "b" & <c> \'d\'\tx\ny\rz')).toBe("a &quot;b&quot; &amp; &lt;c&gt; 'd'&#x9;x&#xA;y&#xD;z");
    expect(xmlText('a & <b> "c"\nd\re')).toBe('a &amp; &lt;b&gt; "c"\nd&#xD;e');
  });

  it('passes non-Latin scripts and emoji through and replaces what XML 1.0 cannot carry', () => {
    expect(xmlAttr('习近平 أردوغان 🇺🇦')).toBe('习近平 أردوغان 🇺🇦');
    expect(xmlAttr('bell\u0007 nul\u0000 lone\uD800 end')).toBe('bell\uFFFD nul\uFFFD lone\uFFFD end');
    expect(xmlText('\uFFFE')).toBe('\uFFFD');
  });
});
