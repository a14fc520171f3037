/**
 * Sentence spans for annotation tooling: given a quoted fragment of an article, find the whole
 * sentence(s) it belongs to, so that gold `evidence` is always a complete sentence with exact
 * offsets. Deliberately simple and conservative; every result is reviewed by the annotator.
 */

export interface Span {
  start: number;
  end: number;
}

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'rev',
  'hon',
]);

const CLOSERS = '"\'”’)]';
const OPENERS = '"\'“‘([';

function isAbbreviationBefore(text: string, periodIndex: number): boolean {
  let wordStart = periodIndex;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1] ?? '')) wordStart -= 1;
  const word = text.slice(wordStart, periodIndex);
  if (word.length === 0) return false;
  if (word.includes('.')) return true; // U.S, U.N, a.m
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence spans of one paragraph [from, to) of `text`. */
function sentencesOfParagraph(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i += 1) {
    const char = text[i] ?? '';
    if (!'.!?'.includes(char)) continue;
    let end = i + 1;
    while (end < to && CLOSERS.includes(text[end] ?? '')) end += 1;
    let next = end;
    while (next < to && /[ \t]/.test(text[next] ?? '')) next += 1;
    if (next === end && next < to) continue; // no space after the period
    const following = text[next] ?? '';
    const startsSentence = next >= to || /[\p{Lu}\p{N}]/u.test(following) || OPENERS.includes(following);
    if (!startsSentence) continue;
    if (char === '.' && isAbbreviationBefore(text, i)) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < to) spans.push({ start, end: to });
  return spans.filter((span) => span.end > span.start);
}

/** The paragraph (text between line breaks) containing `index`, without surrounding spaces. */
export function paragraphAt(text: string, index: number): Span {
  let start = text.lastIndexOf('\n', index - 1) + 1;
  let end = text.indexOf('\n', index);
  if (end === -1) end = text.length;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** The smallest run of whole sentences covering [start, end). */
export function sentenceSpanCovering(text: string, start: number, end: number): Span {
  const paragraph = paragraphAt(text, start);
  const sentences = sentencesOfParagraph(text, paragraph.start, paragraph.end);
  const covering = sentences.filter((span) => span.end > start && span.start < end);
  const first = covering[0];
  const last = covering[covering.length - 1];
  if (!first || !last) return { start, end };
  return { start: first.start, end: last.end };
}

/** Every index at which `fragment` occurs in `text`. */
export function occurrencesOf(text: string, fragment: string): number[] {
  const found: number[] = [];
  if (fragment.length === 0) return found;
  for (let at = text.indexOf(fragment); at !== -1; at = text.indexOf(fragment, at + 1)) found.push(at);
  return found;
}
