/** The legend: entity colours, polarity colours, size = number of stances, arrows = direction. */
import { ENTITY_TYPES, POLARITIES } from '../../../core/vocabulary.js';
import { ENTITY_COLORS, POLARITY_COLORS } from '../graph/appearance.js';
import { h } from '../dom.js';

export function renderLegend(root: HTMLElement): void {
  root.append(
    h(
      'section',
      { class: 'panel-section legend', 'aria-label': 'Legend' },
      h('h2', {}, 'Legend'),
      h(
        'ul',
        {},
        ENTITY_TYPES.map((t) => h('li', {}, h('span', { class: 'dot', style: `background:${ENTITY_COLORS[t]}` }), t)),
      ),
      h(
        'ul',
        {},
        POLARITIES.map((p) => h('li', {}, h('span', { class: 'line', style: `background:${POLARITY_COLORS[p]}` }), p)),
      ),
      h(
        'p',
        { class: 'meta' },
        'Node size: number of stances. Arrows: who took the stance. Curves: several stances between the same pair.',
      ),
    ),
  );
}
