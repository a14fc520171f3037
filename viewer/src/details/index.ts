/**
 * The details panel: the selected entity, its stances grouped by relation type, each with the
 * evidence sentence, date and source article ("why does this edge exist").
 */
import type { EntityDetails, StanceRow } from '../api/types.js';
import { ENTITY_COLORS, POLARITY_COLORS } from '../graph/appearance.js';
import { clear, h, RELATION_LABEL } from '../dom.js';
import type { EntityType } from '../../../core/vocabulary.js';
import { groupStances } from './group.js';

export interface DetailsHandlers {
  onSelect(id: string): void;
  onClose(): void;
  onDepth(depth: number): void;
}

function stanceItem(row: StanceRow, handlers: DetailsHandlers) {
  const other = row.direction === 'out' ? { id: row.targetId, name: row.target } : { id: row.sourceId, name: row.source };
  const link = h('button', { class: 'link', type: 'button', title: `Select ${other.name}` }, other.name);
  link.addEventListener('click', () => handlers.onSelect(other.id));
  return h(
    'li',
    { class: 'stance', 'data-stance': row.stanceId },
    h(
      'div',
      { class: 'stance-head' },
      h('span', { class: `chip ${row.polarity}`, style: `--c:${POLARITY_COLORS[row.polarity]}` }, row.polarity),
      h('span', { class: 'direction', 'aria-label': row.direction === 'out' ? 'towards' : 'from' }, row.direction === 'out' ? '→' : '←'),
      link,
      h('span', { class: 'date' }, row.date ?? 'undated'),
    ),
    h('blockquote', { class: 'evidence' }, row.evidence),
    h('div', { class: 'source' }, 'Source: ', h('cite', {}, row.article ?? row.articleId)),
  );
}

export function renderDetails(panel: HTMLElement, details: EntityDetails, depth: number, handlers: DetailsHandlers): void {
  clear(panel);
  const { entity } = details;
  const close = h('button', { class: 'icon-button close', type: 'button', 'aria-label': 'Close details (Esc)' }, '×');
  close.addEventListener('click', handlers.onClose);
  const depthButtons = [1, 2, 3].map((d) => {
    const b = h(
      'button',
      { type: 'button', class: d === depth ? 'seg active' : 'seg', 'aria-pressed': String(d === depth), 'data-testid': `depth-${d}` },
      String(d),
    );
    b.addEventListener('click', () => handlers.onDepth(d));
    return b;
  });
  const groups = groupStances(details.stances);
  panel.append(
    h(
      'header',
      { class: 'details-head' },
      h('span', { class: 'dot big', style: `background:${ENTITY_COLORS[entity.type as EntityType] ?? '#868e96'}` }),
      h(
        'div',
        {},
        h('h2', { id: 'details-title' }, entity.name),
        h(
          'p',
          { class: 'meta' },
          [entity.type, entity.role, entity.country ? `of ${entity.countryName ?? entity.country}` : null].filter(Boolean).join(' · '),
        ),
      ),
      close,
    ),
    h(
      'p',
      { class: 'aliases' },
      entity.aliases && entity.aliases.length > 1
        ? `Also: ${entity.aliases
            .filter((a) => a !== entity.name)
            .slice(0, 6)
            .join(', ')}`
        : '',
    ),
    h(
      'div',
      { class: 'depth-row' },
      h('span', {}, 'Neighbourhood depth'),
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Neighbourhood depth' }, depthButtons),
    ),
    h(
      'p',
      { class: 'counts' },
      `${details.counts.out} stances taken · ${details.counts.in} received${details.truncated ? ' (list truncated)' : ''}`,
    ),
  );
  if (groups.length === 0) panel.append(h('p', { class: 'empty' }, 'No stances recorded for this entity.'));
  for (const group of groups) {
    panel.append(
      h(
        'section',
        { class: 'stance-group' },
        h(
          'h3',
          {},
          h('span', { class: 'swatch', style: `background:${POLARITY_COLORS[group.polarity]}` }),
          RELATION_LABEL(group.type),
          h('span', { class: 'n' }, String(group.rows.length)),
        ),
        h(
          'ul',
          {},
          group.rows.map((row) => stanceItem(row, handlers)),
        ),
      ),
    );
  }
}

export function renderDetailsMessage(panel: HTMLElement, message: string, handlers: DetailsHandlers): void {
  clear(panel);
  const close = h('button', { class: 'icon-button close', type: 'button', 'aria-label': 'Close details' }, '×');
  close.addEventListener('click', handlers.onClose);
  panel.append(h('header', { class: 'details-head' }, h('p', { class: 'empty' }, message), close));
}
