/** The export formats by name. */
import { usageError } from '../../core/errors.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { json } from './json.js';
import type { TextFormat } from './types.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const TEXT_FORMATS: Record<Exclude<ExportFormat, 'csv'>, TextFormat> = { gexf, graphml, json };

export function parseExportFormat(value: unknown): ExportFormat {
  if (typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw usageError(`format: expected one of ${EXPORT_FORMATS.join(', ')}, got "${String(value ?? '')}"`);
}
