/**
 * GraphML with declared, typed keys (graphology-graphml only parses, so this writer is our own).
 * Directed graph; symmetric relations carry `symmetric=true`. GraphML has no list type: aliases are
 * a JSON array in a string. Values are element text, so newlines survive as they are.
 */
import { type ContractEdge, type ContractNode, EDGE_FIELDS, type Field, type FieldKind, NODE_FIELDS } from '../schema.js';
import { xmlAttrs, xmlText } from '../xml.js';
import type { TextFormat } from './types.js';

const GRAPHML_TYPE: Record<FieldKind, string> = { string: 'string', boolean: 'boolean', integer: 'int', double: 'double', list: 'string' };

const keyId = (cls: 'node' | 'edge', name: string) => `${cls === 'node' ? 'n' : 'e'}_${name}`;

function keys<T>(cls: 'node' | 'edge', fields: Field<T>[]): string {
  return fields
    .map((f) => `  <key${xmlAttrs({ id: keyId(cls, f.name), for: cls, 'attr.name': f.name, 'attr.type': GRAPHML_TYPE[f.kind] })}/>\n`)
    .join('');
}

function data<T>(cls: 'node' | 'edge', item: T, fields: Field<T>[]): string {
  let out = '';
  for (const f of fields) {
    const value = f.value(item);
    if (value === null) continue;
    out += `      <data key="${keyId(cls, f.name)}">${xmlText(Array.isArray(value) ? JSON.stringify(value) : value)}</data>\n`;
  }
  return out;
}

const node = (n: ContractNode) => `    <node${xmlAttrs({ id: n.key })}>\n${data('node', n, NODE_FIELDS)}    </node>\n`;
const edge = (e: ContractEdge) =>
  `    <edge${xmlAttrs({ id: e.key, source: e.source, target: e.target })}>\n${data('edge', e, EDGE_FIELDS)}    </edge>\n`;

export const graphml: TextFormat = {
  name: 'graphml',
  extension: '.graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  head: () =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys('node', NODE_FIELDS) +
    keys('edge', EDGE_FIELDS) +
    '  <graph id="stancegraph" edgedefault="directed">\n',
  nodes: (batch) => batch.map(node).join(''),
  between: () => '',
  edges: (batch) => batch.map(edge).join(''),
  tail: () => '  </graph>\n</graphml>\n',
};
