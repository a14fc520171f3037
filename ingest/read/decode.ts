/** Bytes -> text with one-line errors: empty, binary (NUL bytes), invalid UTF-8, too large. */
import { badInput } from '../../core/errors.js';

/** Default size limit. A 50 MB article is read (it is under the limit); larger files are refused. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw badInput(`${file}: empty file`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw badInput(`${file}: binary file (NUL byte at offset ${nul}), expected UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badInput(`${file}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw badInput(`${file}: empty file (only whitespace)`);
  return text;
}
