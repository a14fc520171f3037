/** The page skeleton: top bar, left panel (filters, queries, legend), stage, right panel (details, result). */
import { h } from './dom.js';

export interface Shell {
  searchBox: HTMLElement;
  levelBox: HTMLElement;
  toolbar: HTMLElement;
  filters: HTMLElement;
  queries: HTMLElement;
  legend: HTMLElement;
  graph: HTMLElement;
  table: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
  details: HTMLElement;
  result: HTMLElement;
  live: HTMLElement;
}

export function buildShell(root: HTMLElement): Shell {
  const shell: Shell = {
    searchBox: h('div', { class: 'search', role: 'search' }),
    levelBox: h('div', { class: 'level' }),
    toolbar: h('div', { class: 'toolbar' }),
    filters: h('div', {}),
    queries: h('div', {}),
    legend: h('div', {}),
    graph: h('div', {
      class: 'graph',
      'data-testid': 'graph',
      tabindex: '0',
      role: 'application',
      'aria-label': 'Stance graph. Arrows pan, plus and minus zoom, n and p move between entities, Escape clears.',
      'data-nodes': '0',
      'data-edges': '0',
    }),
    table: h('div', { class: 'table-view', 'data-testid': 'table-view', hidden: true }),
    status: h('div', { class: 'status', 'data-testid': 'status' }),
    notice: h('div', { class: 'notice', role: 'alert', hidden: true }),
    details: h('aside', { class: 'details', 'data-testid': 'details', 'aria-labelledby': 'details-title', hidden: true }),
    result: h('section', { class: 'result', 'data-testid': 'query-panel', hidden: true, 'aria-label': 'Query result' }),
    live: h('div', { class: 'sr-only', 'aria-live': 'polite' }),
  };
  root.append(
    h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }), h('span', {}, 'stancegraph')),
      shell.searchBox,
      shell.levelBox,
      shell.toolbar,
    ),
    h(
      'main',
      { class: 'layout' },
      h('nav', { class: 'sidebar', 'aria-label': 'Filters and queries' }, shell.filters, shell.queries, shell.legend),
      h('section', { class: 'stage' }, shell.graph, shell.table, shell.notice, shell.status),
      h(
        'div',
        { class: 'rightbar' },
        h(
          'div',
          { class: 'intro' },
          h('h2', {}, 'Explore the stances'),
          h(
            'p',
            {},
            'Search an actor or click a node to see every stance it took or received, with the sentence that supports it. Run a canned query on the left to highlight its result.',
          ),
          h('p', { class: 'meta' }, 'Keys: / search · Esc clear · n / p next entity · arrows pan · + / − zoom'),
        ),
        shell.details,
        shell.result,
      ),
    ),
    shell.live,
  );
  return shell;
}
