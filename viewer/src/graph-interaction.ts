/**
 * What the user does on the graph goes to the store: a click on a node selects it (again: deselects),
 * a click on the stage clears the selection, hovering marks the node (graphs up to 5,000 nodes), and
 * the camera, once the user has moved it, is saved in the state (and so in the address) after 250 ms.
 */
import { debounce } from './dom.js';
import type { StanceModel } from './graph/model.js';
import type { StanceSigma } from './graph/renderer.js';
import { setCamera, setHovered } from './state/producers.js';
import type { Store } from './state/store.js';

export interface GraphInteraction {
  select(id: string | null): void;
  /** Whether the user has panned or zoomed (camera changes before that are the page's own). */
  userMoved(): boolean;
  /** The renderer on screen now (null between graphs): its camera is the one saved. */
  current(): StanceSigma | null;
}

export function bindRendererToStore(renderer: StanceSigma, model: StanceModel, store: Store, on: GraphInteraction): void {
  renderer.on('clickNode', ({ node }) => on.select(node === store.state.selection ? null : node));
  renderer.on('clickStage', () => store.state.selection && on.select(null));
  if (model.order <= 5_000) {
    renderer.on('enterNode', ({ node }) => store.update((s) => setHovered(s, node)));
    renderer.on('leaveNode', () => store.update((s) => setHovered(s, null)));
  }
  const saveCamera = debounce(() => {
    const shown = on.current();
    if (shown) store.update((s) => setCamera(s, shown.getCamera().getState()));
  }, 250);
  renderer.getCamera().on('updated', () => on.userMoved() && saveCamera());
}
