/**
 * Filters: polarity toggles, relation types (grouped by polarity), entity types, the date range with
 * a time slider that can play the story forward, and the person/country level.
 */
import { ENTITY_TYPES, POLARITIES, RELATIONS, type EntityType, type RelationType } from '../../../core/vocabulary.js';
import { ENTITY_COLORS, POLARITY_COLORS } from '../graph/appearance.js';
import { clear, h, RELATION_LABEL } from '../dom.js';
import { setDateRange, setEntityType, setLevel, setPolarity, setRelationType, resetFilters } from '../state/producers.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/types.js';
import { mountTimeline } from './timeline.js';

export interface FilterContext {
  /** Relation types present in the loaded graph (others are not offered). */
  relationTypes: RelationType[];
  dateSpan: { min: string; max: string } | null;
}

export function mountLevelToggle(root: HTMLElement, store: Store): (state: ViewState) => void {
  const buttons = (['person', 'country'] as const).map((level) => {
    const b = h(
      'button',
      { type: 'button', class: 'seg', 'data-testid': `level-${level}`, 'aria-pressed': 'false' },
      level === 'person' ? 'People' : 'Countries',
    );
    b.addEventListener('click', () => store.update((s) => setLevel(s, level)));
    return { level, b };
  });
  root.append(
    h(
      'div',
      { class: 'segmented', role: 'group', 'aria-label': 'Level' },
      buttons.map((x) => x.b),
    ),
  );
  return (state) => {
    for (const { level, b } of buttons) {
      b.classList.toggle('active', state.filters.level === level);
      b.setAttribute('aria-pressed', String(state.filters.level === level));
    }
  };
}

export function mountFilters(root: HTMLElement, store: Store, context: () => FilterContext): (state: ViewState) => void {
  const polarityBox = h('div', { class: 'toggles', role: 'group', 'aria-label': 'Polarity' });
  const polarityButtons = POLARITIES.map((p) => {
    const b = h(
      'button',
      { type: 'button', class: `toggle ${p}`, 'data-testid': `polarity-${p}`, 'aria-pressed': 'true' },
      h('span', { class: 'swatch', style: `background:${POLARITY_COLORS[p]}` }),
      p,
    );
    b.addEventListener('click', () => store.update((s) => setPolarity(s, p, !s.filters.polarity.includes(p))));
    polarityBox.append(b);
    return { p, b };
  });
  const typesBox = h('div', { class: 'checklist', role: 'group', 'aria-label': 'Relation types' });
  const entityBox = h('div', { class: 'checklist', role: 'group', 'aria-label': 'Entity types' });
  const entityChecks = ENTITY_TYPES.map((t) => {
    const input = h('input', { type: 'checkbox', checked: true, 'data-testid': `entity-${t}` });
    input.addEventListener('change', () => store.update((s) => setEntityType(s, t as EntityType, input.checked)));
    entityBox.append(h('label', {}, input, h('span', { class: 'dot', style: `background:${ENTITY_COLORS[t]}` }), t));
    return { t, input };
  });
  const timelineBox = h('div', { class: 'timeline' });
  const reset = h('button', { type: 'button', class: 'link small' }, 'Reset filters');
  reset.addEventListener('click', () => store.update(resetFilters));
  root.append(
    h('section', { class: 'panel-section' }, h('h2', {}, 'Polarity'), polarityBox),
    h('section', { class: 'panel-section' }, h('h2', {}, 'Relations'), typesBox),
    h('section', { class: 'panel-section' }, h('h2', {}, 'Entities'), entityBox),
    h('section', { class: 'panel-section' }, h('h2', {}, 'Time'), timelineBox),
    h('div', { class: 'panel-foot' }, reset),
  );
  const timeline = mountTimeline(timelineBox, (from, to) => store.update((s) => setDateRange(s, from, to)));
  let typeChecks: { t: RelationType; input: HTMLInputElement }[] = [];
  let shownTypes = '';

  return (state) => {
    for (const { p, b } of polarityButtons) {
      const on = state.filters.polarity.includes(p);
      b.setAttribute('aria-pressed', String(on));
      b.classList.toggle('off', !on);
    }
    const ctx = context();
    const key = ctx.relationTypes.join(',');
    if (key !== shownTypes) {
      shownTypes = key;
      clear(typesBox);
      const all = Object.keys(RELATIONS) as RelationType[];
      typeChecks = ctx.relationTypes.map((t) => {
        const input = h('input', { type: 'checkbox', 'data-testid': `type-${t}` });
        input.addEventListener('change', () => store.update((s) => setRelationType(s, t, input.checked, all)));
        typesBox.append(
          h(
            'label',
            {},
            input,
            h('span', { class: 'swatch', style: `background:${POLARITY_COLORS[RELATIONS[t].polarity]}` }),
            RELATION_LABEL(t),
          ),
        );
        return { t, input };
      });
      if (typeChecks.length === 0) typesBox.append(h('p', { class: 'empty' }, 'No relations loaded.'));
    }
    for (const { t, input } of typeChecks) input.checked = !state.filters.types || state.filters.types.includes(t);
    for (const { t, input } of entityChecks) input.checked = !state.filters.entityTypes || state.filters.entityTypes.includes(t);
    timeline(ctx.dateSpan, state.filters.from, state.filters.to);
  };
}
