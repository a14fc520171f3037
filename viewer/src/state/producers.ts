/** Pure state producers: each takes the state and returns a new one (never mutates). */
import type { Level } from '../../../core/graph-contract.js';
import { ENTITY_TYPES, POLARITIES, type EntityType, type Polarity, type RelationType } from '../../../core/vocabulary.js';
import type { Camera, Depth, Highlight, QueryRun, ViewMode, ViewState } from './types.js';

export function initialState(): ViewState {
  return {
    filters: { level: 'person', polarity: [...POLARITIES], types: null, entityTypes: null, from: null, to: null },
    selection: null,
    depth: 1,
    hovered: null,
    query: null,
    highlight: null,
    camera: null,
    mode: 'graph',
  };
}

const toggle = <T>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);

export function setPolarity(state: ViewState, polarity: Polarity, on: boolean): ViewState {
  const next = toggle(state.filters.polarity, polarity, on);
  return { ...state, filters: { ...state.filters, polarity: POLARITIES.filter((p) => next.includes(p)) } };
}

/** Toggles one relation type; `all` is the full vocabulary (null means all). */
export function setRelationType(state: ViewState, type: RelationType, on: boolean, all: readonly RelationType[]): ViewState {
  const current = state.filters.types ?? [...all];
  const next = all.filter((t) => (t === type ? on : current.includes(t)));
  return { ...state, filters: { ...state.filters, types: next.length === all.length ? null : next } };
}

export function setEntityType(state: ViewState, type: EntityType, on: boolean): ViewState {
  const current = state.filters.entityTypes ?? [...ENTITY_TYPES];
  const next = ENTITY_TYPES.filter((t) => (t === type ? on : current.includes(t)));
  return { ...state, filters: { ...state.filters, entityTypes: next.length === ENTITY_TYPES.length ? null : next } };
}

export function setDateRange(state: ViewState, from: string | null, to: string | null): ViewState {
  if (from && to && from > to) [from, to] = [to, from];
  return { ...state, filters: { ...state.filters, from, to } };
}

export function setLevel(state: ViewState, level: Level): ViewState {
  if (state.filters.level === level) return state;
  // Node ids differ between levels: a person selection makes no sense at country level.
  return { ...state, filters: { ...state.filters, level }, selection: null, hovered: null, highlight: null };
}

export function selectNode(state: ViewState, id: string | null): ViewState {
  return { ...state, selection: id, hovered: null };
}

export function setDepth(state: ViewState, depth: number): ViewState {
  const d = Math.min(3, Math.max(1, Math.round(depth))) as Depth;
  return { ...state, depth: d };
}

export function setHovered(state: ViewState, id: string | null): ViewState {
  return state.hovered === id ? state : { ...state, hovered: id };
}

export function setQueryResult(state: ViewState, query: QueryRun, highlight: Highlight): ViewState {
  return { ...state, query, highlight };
}

export function clearQuery(state: ViewState): ViewState {
  return { ...state, query: null, highlight: null };
}

export function setCamera(state: ViewState, camera: Camera | null): ViewState {
  return { ...state, camera };
}

export function setMode(state: ViewState, mode: ViewMode): ViewState {
  return { ...state, mode };
}

export function resetFilters(state: ViewState): ViewState {
  return { ...state, filters: { ...initialState().filters, level: state.filters.level } };
}
