/**
 * The view state in the URL query string, so a copied link reopens the same view. Decoding is
 * lenient: unknown or malformed values fall back to the defaults (a link never breaks the page).
 */
import { LEVELS, type Level } from '../../../core/graph-contract.js';
import { ENTITY_TYPES, POLARITIES, RELATION_TYPES, type EntityType, type Polarity, type RelationType } from '../../../core/vocabulary.js';
import { initialState } from '../state/producers.js';
import type { Camera, Depth, QueryRun, ViewState } from '../state/types.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const round = (n: number, digits: number) => Number(n.toFixed(digits));

function listOf<T extends string>(text: string | null, allowed: readonly T[]): T[] | null {
  if (text === null) return null;
  const values = text.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return allowed.filter((v) => values.includes(v));
}

export function encodeCamera(camera: Camera): string {
  return [round(camera.x, 4), round(camera.y, 4), round(camera.ratio, 4), round(camera.angle, 3)].join(',');
}

export function decodeCamera(text: string | null): Camera | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0) return null;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]!, angle: parts[3]! };
}

export function encodeState(state: ViewState): URLSearchParams {
  const out = new URLSearchParams();
  const f = state.filters;
  if (f.level !== 'person') out.set('level', f.level);
  if (f.polarity.length !== POLARITIES.length) out.set('polarity', f.polarity.join(','));
  if (f.types) out.set('types', f.types.join(','));
  if (f.entityTypes) out.set('entityTypes', f.entityTypes.join(','));
  if (f.from) out.set('from', f.from);
  if (f.to) out.set('to', f.to);
  if (state.selection) out.set('node', state.selection);
  if (state.depth !== 1) out.set('depth', String(state.depth));
  if (state.query) {
    out.set('query', state.query.name);
    for (const [k, v] of Object.entries(state.query.params)) out.set(`p.${k}`, v);
  }
  if (state.camera) out.set('camera', encodeCamera(state.camera));
  if (state.mode !== 'graph') out.set('mode', state.mode);
  return out;
}

export function decodeState(params: URLSearchParams): ViewState {
  const base = initialState();
  const level = params.get('level');
  const polarity = listOf<Polarity>(params.get('polarity'), POLARITIES);
  const types = listOf<RelationType>(params.get('types'), RELATION_TYPES);
  const entityTypes = listOf<EntityType>(params.get('entityTypes'), ENTITY_TYPES);
  const from = params.get('from');
  const to = params.get('to');
  const depth = Number(params.get('depth') ?? '1');
  const name = params.get('query');
  let query: QueryRun | null = null;
  if (name && /^[a-z0-9-]{1,64}$/.test(name)) {
    const queryParams: Record<string, string> = {};
    for (const [k, v] of params) if (k.startsWith('p.') && k.length > 2) queryParams[k.slice(2)] = v;
    query = { name, params: queryParams };
  }
  return {
    ...base,
    filters: {
      level: (LEVELS as readonly string[]).includes(level ?? '') ? (level as Level) : 'person',
      polarity: polarity ?? base.filters.polarity,
      types,
      entityTypes,
      from: from && DATE.test(from) ? from : null,
      to: to && DATE.test(to) ? to : null,
    },
    selection: params.get('node') || null,
    depth: ([1, 2, 3].includes(depth) ? depth : 1) as Depth,
    query,
    camera: decodeCamera(params.get('camera')),
    mode: params.get('mode') === 'table' ? 'table' : 'graph',
  };
}

/** The query string of a state, stable for equal states (used for history.replaceState). */
export function stateToSearch(state: ViewState): string {
  const text = encodeState(state).toString();
  return text ? `?${text}` : '';
}
