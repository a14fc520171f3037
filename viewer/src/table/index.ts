/** An accessible table view of the visible nodes and edges, for people who cannot use the canvas. */
import { clear, h, RELATION_LABEL } from '../dom.js';
import type { StanceModel } from '../graph/model.js';
import type { Visibility } from '../graph/visibility.js';

const MAX_ROWS = 1_000;

export function renderTable(root: HTMLElement, graph: StanceModel, visible: Visibility, onSelect: (id: string) => void): void {
  clear(root);
  const nodes = [...visible.nodes].sort((a, b) => graph.getNodeAttribute(b, 'degree') - graph.getNodeAttribute(a, 'degree'));
  const edges = [...visible.edges];
  const select = (id: string) => {
    const b = h('button', { type: 'button', class: 'link' }, graph.getNodeAttribute(id, 'label'));
    b.addEventListener('click', () => onSelect(id));
    return b;
  };
  const why = (id: string) => {
    const b = h('button', { type: 'button', class: 'link' }, 'in details');
    b.addEventListener('click', () => onSelect(id));
    return b;
  };
  root.append(
    h(
      'table',
      { class: 'data', 'data-testid': 'table-nodes' },
      h('caption', {}, `Entities (${nodes.length}${nodes.length > MAX_ROWS ? `, first ${MAX_ROWS}` : ''})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Name', 'Type', 'Role', 'Stances'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        nodes.slice(0, MAX_ROWS).map((id) => {
          const a = graph.getNodeAttributes(id);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, select(id)),
            h('td', {}, a.entityType),
            h('td', {}, a.role ?? ''),
            h('td', { class: 'num' }, String(a.degree)),
          );
        }),
      ),
    ),
    h(
      'table',
      { class: 'data', 'data-testid': 'table-edges' },
      h('caption', {}, `Stances (${edges.length}${edges.length > MAX_ROWS ? `, first ${MAX_ROWS}` : ''})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Source', 'Relation', 'Target', 'Polarity', 'Date', 'Evidence'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        edges.slice(0, MAX_ROWS).map((id) => {
          const a = graph.getEdgeAttributes(id);
          return h(
            'tr',
            {},
            h('td', {}, select(graph.source(id))),
            h('td', {}, RELATION_LABEL(a.relation)),
            h('td', {}, select(graph.target(id))),
            h('td', {}, h('span', { class: `chip ${a.polarity}` }, a.polarity)),
            h('td', {}, a.date ?? ''),
            // The compact graph carries no evidence: the source's details panel has it.
            h('td', { class: 'evidence-cell' }, a.evidence ?? why(graph.source(id))),
          );
        }),
      ),
    ),
  );
}
