/// <reference lib="webworker" />
/**
 * ForceAtlas2 off the main thread: iterates on the node/edge matrices for ~`sliceMs` at a time and
 * posts the positions (x, y per node) after each slice until stopped or converged by `maxMs`.
 */
// @ts-expect-error CommonJS module without types
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutCommand, LayoutPositions } from './types.js';

const PPN = 10;
let nodes: Float32Array | null = null;
let edges: Float32Array | null = null;
let settings: Record<string, unknown> = {};
let running = false;
let sliceMs = 40;
let started = 0;
let maxMs = 10_000;
let iterations = 0;
let maxIterations = 500;

function positions(): LayoutPositions {
  const n = nodes!.length / PPN;
  const xy = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    xy[i * 2] = nodes![i * PPN]!;
    xy[i * 2 + 1] = nodes![i * PPN + 1]!;
  }
  const elapsedMs = performance.now() - started;
  const progress = running ? Math.min(1, Math.max(iterations / maxIterations, elapsedMs / maxMs)) : 1;
  return { kind: 'positions', xy, done: !running, elapsedMs, progress };
}

function step(): void {
  if (!running || !nodes || !edges) return;
  // A fixed iteration count (not wall time) decides the end, so the same graph always gets the same
  // picture and a camera stored in a link still frames the same nodes.
  const until = performance.now() + sliceMs;
  do {
    iterate(settings, nodes, edges);
    iterations++;
  } while (iterations < maxIterations && performance.now() < until);
  if (iterations >= maxIterations || performance.now() - started > maxMs) running = false;
  const message = positions();
  (self as unknown as Worker).postMessage(message, [message.xy.buffer]);
  if (running) setTimeout(step, 0);
}

self.onmessage = (event: MessageEvent<LayoutCommand>) => {
  const command = event.data;
  if (command.kind === 'start') {
    nodes = command.nodes;
    edges = command.edges;
    settings = command.settings;
    sliceMs = command.sliceMs;
    maxMs = command.maxMs;
    maxIterations = command.maxIterations;
    iterations = 0;
    started = performance.now();
    running = true;
    step();
  } else if (command.kind === 'stop') {
    running = false;
    if (nodes) {
      const message = positions();
      (self as unknown as Worker).postMessage(message, [message.xy.buffer]);
    }
  }
};
