/**
 * Canned queries: a picker, a form generated from the parameter types, Run; the result is highlighted
 * in the graph and shown as a table.
 */
import { api } from '../api/client.js';
import type { QueryCatalogue, QueryResult } from '../api/types.js';
import { clear, h } from '../dom.js';
import type { QueryRun } from '../state/types.js';

export interface QueryHandlers {
  run(query: QueryRun): Promise<void>;
  clear(): void;
}

type Spec = QueryCatalogue['queries'][number];

function inputFor(param: Spec['params'][number], value: string | undefined): HTMLInputElement {
  const type = param.type === 'int' || param.type === 'float' ? 'number' : 'text';
  return h('input', {
    type,
    name: param.name,
    value: value ?? (param.default && param.default !== 'null' ? param.default : ''),
    placeholder:
      param.type === 'actor' ? 'name, alias or id' : param.type === 'date' ? 'YYYY-MM-DD' : param.type === 'list' ? 'a, b, c' : '',
    required: param.required,
    'data-testid': `query-param-${param.name}`,
    step: param.type === 'float' ? 'any' : null,
  });
}

export async function mountQueries(
  root: HTMLElement,
  handlers: QueryHandlers,
  initial: QueryRun | null,
): Promise<(query: QueryRun | null) => void> {
  const select = h('select', { 'data-testid': 'query-select', 'aria-label': 'Canned query' });
  const description = h('p', { class: 'query-description' });
  const form = h('form', { class: 'query-form' });
  const fields = h('div', { class: 'fields' });
  const run = h('button', { type: 'submit', class: 'primary', 'data-testid': 'query-run' }, 'Run query');
  const clearButton = h('button', { type: 'button', class: 'link small' }, 'Clear');
  const status = h('p', { class: 'query-status', role: 'status' });
  form.append(fields, h('div', { class: 'row' }, run, clearButton), status);
  root.append(h('section', { class: 'panel-section' }, h('h2', {}, 'Canned queries'), select, description, form));

  let catalogue: Spec[] = [];
  try {
    catalogue = (await api.queries()).queries;
  } catch (error) {
    status.textContent = `Could not load the queries: ${(error as Error).message}`;
  }
  select.append(h('option', { value: '' }, 'Choose a query…'), ...catalogue.map((q) => h('option', { value: q.name }, q.name)));

  const showForm = (name: string, values: Record<string, string> = {}) => {
    clear(fields);
    const spec = catalogue.find((q) => q.name === name);
    description.textContent = spec?.description ?? '';
    run.disabled = !spec;
    for (const param of spec?.params ?? []) {
      fields.append(
        h(
          'label',
          { title: param.description },
          h('span', {}, `${param.name}${param.required ? ' *' : ''}`, h('small', {}, param.type)),
          inputFor(param, values[param.name]),
        ),
      );
    }
  };
  select.addEventListener('change', () => showForm(select.value));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = select.value;
    if (!name) return;
    const params: Record<string, string> = {};
    for (const input of fields.querySelectorAll('input')) if (input.value.trim() !== '') params[input.name] = input.value.trim();
    status.textContent = 'Running…';
    run.disabled = true;
    try {
      await handlers.run({ name, params });
      status.textContent = '';
    } catch (error) {
      status.textContent = (error as Error).message;
    } finally {
      run.disabled = false;
    }
  });
  clearButton.addEventListener('click', handlers.clear);
  if (initial) {
    select.value = initial.name;
    showForm(initial.name, initial.params);
  } else showForm('');

  return (query) => {
    if (query && select.value !== query.name) {
      select.value = query.name;
      showForm(query.name, query.params);
    }
  };
}

/** The query result as a table (rows capped for display; `truncated` says the API cut it). */
export function renderQueryResult(root: HTMLElement, result: QueryResult, onSelect: (id: string) => void, onClose: () => void): void {
  clear(root);
  const shown = result.rows.slice(0, 200);
  const close = h('button', { class: 'icon-button close', type: 'button', 'aria-label': 'Close the result' }, '×');
  close.addEventListener('click', onClose);
  const idColumns = new Set(['entityId', 'sourceId', 'targetId']);
  const columns = result.columns.filter((c) => !['stanceId', 'stanceIds', 'articleId'].includes(c));
  const cell = (column: string, value: unknown) => {
    if (idColumns.has(column) && typeof value === 'string') {
      const b = h('button', { type: 'button', class: 'link' }, value);
      b.addEventListener('click', () => onSelect(value));
      return h('td', {}, b);
    }
    const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return h('td', { title: text.length > 80 ? text : null }, text.length > 160 ? `${text.slice(0, 160)}…` : text);
  };
  root.append(
    h(
      'header',
      { class: 'result-head' },
      h('h2', {}, result.name),
      h(
        'span',
        { class: 'meta', 'data-testid': 'query-row-count' },
        `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (truncated)' : ''}`,
      ),
      close,
    ),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data', 'data-testid': 'query-result' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            columns.map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          shown.map((row) =>
            h(
              'tr',
              {},
              columns.map((c) => cell(c, row[c])),
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'meta' }, result.rows.length > shown.length ? `Showing the first ${shown.length} rows.` : ''),
  );
}
