/**
 * GEXF 1.3 (Gephi): typed node and edge attributes, directed edges only (symmetric relations carry
 * `symmetric=true`), and each dated edge spans its stance date (start = end = date) so Gephi's
 * timeline plays it. The node label is the name, the edge label the relation type.
 * Lists (aliases) use GEXF 1.3's `[ "a", "b" ]` form with JSON-escaped items.
 */
import { type ContractEdge, type ContractNode, EDGE_FIELDS, type Field, type FieldKind, NODE_FIELDS, timelineDate } from '../schema.js';
import { xmlAttr, xmlAttrs } from '../xml.js';
import type { TextFormat } from './types.js';

const GEXF_TYPE: Record<FieldKind, string> = {
  string: 'string',
  boolean: 'boolean',
  integer: 'integer',
  double: 'double',
  list: 'liststring',
};

function declarations<T>(cls: 'node' | 'edge', fields: Field<T>[]): string {
  const lines = fields.map((f) => `      <attribute${xmlAttrs({ id: f.name, title: f.name, type: GEXF_TYPE[f.kind] })}/>\n`);
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function gexfValue(value: string | number | boolean | string[]): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : String(value);
}

function attvalues<T>(item: T, fields: Field<T>[], indent: string): string {
  let out = '';
  for (const f of fields) {
    const value = f.value(item);
    if (value === null) continue;
    out += `${indent}  <attvalue for="${f.name}" value="${xmlAttr(gexfValue(value))}"/>\n`;
  }
  return out === '' ? '' : `${indent}<attvalues>\n${out}${indent}</attvalues>\n`;
}

function node(n: ContractNode): string {
  return `      <node${xmlAttrs({ id: n.key, label: n.attributes.label })}>\n${attvalues(n, NODE_FIELDS, '        ')}      </node>\n`;
}

function edge(e: ContractEdge): string {
  const day = timelineDate(e.attributes.date);
  const attrs = xmlAttrs({ id: e.key, source: e.source, target: e.target, label: e.attributes.relation, start: day, end: day });
  return `      <edge${attrs}>\n${attvalues(e, EDGE_FIELDS, '        ')}      </edge>\n`;
}

export const gexf: TextFormat = {
  name: 'gexf',
  extension: '.gexf',
  contentType: 'application/gexf+xml; charset=utf-8',
  head: () =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    '  <meta>\n    <creator>stancegraph</creator>\n    <description>Stances between political actors; one edge per stance.</description>\n  </meta>\n' +
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n' +
    declarations('node', NODE_FIELDS) +
    declarations('edge', EDGE_FIELDS) +
    '    <nodes>\n',
  nodes: (batch) => batch.map(node).join(''),
  between: () => '    </nodes>\n    <edges>\n',
  edges: (batch) => batch.map(edge).join(''),
  tail: () => '    </edges>\n  </graph>\n</gexf>\n',
};
