/** Colours and sizes: entity types and polarities (shared by the canvas, the legend and the table). */
import type { EntityType, Polarity } from '../../../core/vocabulary.js';

export const ENTITY_COLORS: Record<EntityType, string> = {
  Person: '#3b5bdb',
  Country: '#e8590c',
  Organization: '#0c8599',
  Group: '#9c36b5',
  Topic: '#5c940d',
};

export const POLARITY_COLORS: Record<Polarity, string> = {
  cooperative: '#2f9e44',
  neutral: '#8d99ae',
  hostile: '#e03131',
};

export const FADED_NODE = '#dee2e6';
export const FADED_EDGE = '#eef0f3';
export const HIGHLIGHT_RING = '#f59f00';

/**
 * Node size in pixels at ratio 1 from its degree: readable hubs without giant discs. Big graphs get
 * smaller discs: 20,000 nodes on one screen leave ~50 square pixels each.
 */
export function nodeSize(degree: number, big = false): number {
  return big ? Math.min(10, 1.5 + 0.9 * Math.sqrt(degree)) : Math.min(22, 4 + 2.6 * Math.sqrt(degree));
}

/** Thinner edges for big graphs keep them readable and cheap. */
export function edgeSize(edgeCount: number): number {
  if (edgeCount > 20_000) return 0.4;
  if (edgeCount > 2_000) return 0.8;
  return 1.6;
}
