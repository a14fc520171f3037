/** A minimal store: one state value, pure producers applied via `update`, subscribers notified. */
import type { ViewState } from './types.js';

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private listeners = new Set<Listener>();

  constructor(private current: ViewState) {}

  get state(): ViewState {
    return this.current;
  }

  update(produce: (state: ViewState) => ViewState): void {
    const previous = this.current;
    const next = produce(previous);
    if (next === previous) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
