/** Keyboard navigation: / search, Esc clear, arrows pan, +/- zoom, 0 fit, n/p next/previous node. */
import type { StanceSigma } from './graph/renderer.js';

export interface KeyboardHandlers {
  focusSearch(): void;
  clear(): void;
  cycle(step: 1 | -1): void;
}

export function bindKeyboard(container: HTMLElement, renderer: () => StanceSigma | null, handlers: KeyboardHandlers): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
    if (event.key === '/' && !typing) {
      event.preventDefault();
      handlers.focusSearch();
    } else if (event.key === 'Escape' && !typing) {
      handlers.clear();
    }
  });
  container.addEventListener('keydown', (event) => {
    const sigma = renderer();
    if (!sigma) return;
    const camera = sigma.getCamera();
    const state = camera.getState();
    const step = 0.1 * state.ratio;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => camera.animate({ x: state.x - step }, { duration: 120 }),
      ArrowRight: () => camera.animate({ x: state.x + step }, { duration: 120 }),
      ArrowUp: () => camera.animate({ y: state.y + step }, { duration: 120 }),
      ArrowDown: () => camera.animate({ y: state.y - step }, { duration: 120 }),
      '+': () => camera.animatedZoom({ duration: 150 }),
      '=': () => camera.animatedZoom({ duration: 150 }),
      '-': () => camera.animatedUnzoom({ duration: 150 }),
      '0': () => camera.animatedReset({ duration: 200 }),
      n: () => handlers.cycle(1),
      p: () => handlers.cycle(-1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  });
}
