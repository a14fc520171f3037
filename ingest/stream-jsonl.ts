/**
 * Streams Extraction JSONL line by line (bounded memory at any file size): each line is parsed and
 * validated on its own; a bad line is reported through `onBadLine` ("file:line: field: message") and
 * skipped, the rest of the file still loads. `progress.bytes` counts the bytes read so far.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Extraction } from '../core/extraction.js';
import { isStanceGraphError } from '../core/errors.js';
import { parseJsonText, validateExtraction } from './load/parse-extraction.js';

/** Extraction JSONL files at least this big are streamed; smaller ones are read whole (and refused whole when bad). */
export const STREAM_THRESHOLD_BYTES = 16 * 1024 * 1024;

export interface StreamProgress {
  bytes: number;
  totalBytes: number;
  badLines: number;
}

export function fileSize(path: string): number {
  return statSync(path).size;
}

export async function* streamExtractionsJsonl(
  path: string,
  progress: StreamProgress = { bytes: 0, totalBytes: fileSize(path), badLines: 0 },
  onBadLine: (message: string) => void = () => {},
): AsyncGenerator<Extraction> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    progress.bytes += Buffer.byteLength(raw) + 1;
    const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const origin = `${path}:${number}`;
    try {
      yield validateExtraction(parseJsonText(line, origin), origin);
    } catch (error) {
      if (!isStanceGraphError(error)) throw error;
      progress.badLines += 1;
      onBadLine(error.message);
    }
  }
}

/** Whether a file is Extraction JSONL big enough to stream: its first non-empty line has actors and relations. */
export async function isLargeExtractionJsonl(path: string): Promise<boolean> {
  if (!path.toLowerCase().endsWith('.jsonl') || fileSize(path) < STREAM_THRESHOLD_BYTES) return false;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 }), crlfDelay: Infinity });
  try {
    for await (const raw of lines) {
      if (raw.trim() === '') continue;
      try {
        const value = JSON.parse(raw.replace(/^\uFEFF/, '')) as unknown;
        return typeof value === 'object' && value !== null && 'relations' in value && 'actors' in value;
      } catch {
        return false;
      }
    }
    return false;
  } finally {
    lines.close();
  }
}
