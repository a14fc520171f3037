/**
 * The search box with suggestions (names and aliases, ranked by the API). Arrow keys move through the
 * suggestions; Enter selects the highlighted one, or the best match for the typed text.
 */
import { api } from '../api/client.js';
import type { SearchResult } from '../api/types.js';
import { ENTITY_COLORS } from '../graph/appearance.js';
import { clear, debounce, h } from '../dom.js';
import type { EntityType } from '../../../core/vocabulary.js';

type Suggestion = SearchResult['results'][number];

export function mountSearch(
  root: HTMLElement,
  onSelect: (id: string, name: string) => void,
  onError: (message: string) => void,
): HTMLInputElement {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: 'Search actors…  ( / )',
    'aria-label': 'Search actors by name or alias',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'search-suggestions',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
    'data-testid': 'search',
  });
  const list = h('ul', { id: 'search-suggestions', class: 'suggestions', role: 'listbox', hidden: true });
  root.append(input, list);
  let items: Suggestion[] = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    clear(list);
    items.forEach((item, i) => {
      const option = h(
        'li',
        { role: 'option', id: `suggestion-${i}`, class: i === active ? 'active' : '', 'aria-selected': String(i === active) },
        h('span', { class: 'dot', style: `background:${ENTITY_COLORS[item.type as EntityType] ?? '#868e96'}` }),
        h('span', { class: 'name' }, item.name),
        h('span', { class: 'kind' }, item.type),
      );
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(item);
      });
      list.append(option);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const fetchSuggestions = async (text: string): Promise<Suggestion[]> => {
    const mine = ++seq;
    const result = await api.search(text);
    if (mine !== seq) return items;
    return result.results;
  };

  let chosen = '';
  const choose = (item: Suggestion) => {
    seq++;
    chosen = item.name;
    input.value = item.name;
    close();
    onSelect(item.id, item.name);
  };

  const suggest = debounce(async () => {
    const text = input.value.trim();
    if (text === chosen) return;
    if (text.length < 1) {
      items = [];
      render();
      return;
    }
    try {
      items = await fetchSuggestions(text);
      active = -1;
      render();
    } catch (error) {
      onError((error as Error).message);
    }
  }, 120);

  input.addEventListener('input', suggest);
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', async (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      render();
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = input.value.trim();
      if (active >= 0 && items[active]) return choose(items[active]!);
      if (!text) return;
      try {
        seq++; // a pending suggestion list is stale now
        let results = (await api.search(text)).results;
        if (results.length === 0) results = (await api.search(text)).results;
        if (results[0]) choose(results[0]);
        else onError(`no actor matches "${text}"`);
      } catch (error) {
        onError((error as Error).message);
      }
    }
  });
  return input;
}
