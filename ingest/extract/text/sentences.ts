/**
 * Paragraph and sentence splitting with exact offsets. Paragraphs are separated by blank lines;
 * a sentence never crosses a paragraph. Abbreviations ("Gen.", "Mr.", "U.S.") do not end sentences,
 * except a dotted acronym followed by a typical sentence opener ("... against the U.S. The move").
 */
import { datelineLength, isByline, isCaption } from './captions.js';
import { DOT_ABBREVIATIONS } from './tokens.js';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** Index among reporting paragraphs (captions and bylines excluded). */
  index: number;
  sentences: Span[];
}

const DATE_LINE_RE = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\r?\n|$)/i;
const BLANK_LINE_RE = /\r?\n[ \t]*\r?\n/g;
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'but',
  'in',
  'on',
  'at',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'after',
  'before',
  'while',
  'meanwhile',
  'however',
  'also',
  'there',
  'when',
  'if',
  'as',
  'officials',
  'some',
  'many',
  'both',
]);

/** Offset where the article body starts (after an optional ` date YYYY-MM-DD ` line and BOM). */
export function bodyStart(text: string): number {
  const m = DATE_LINE_RE.exec(text);
  if (m) return m[0].length;
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = bodyStart(text);
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e <= s) return;
    const body = text.slice(s, e);
    if (isCaption(body) || isByline(body)) return;
    if (out.length === 0) s += datelineLength(body);
    out.push({ start: s, end: e, index: out.length, sentences: splitSentences(text, s, e) });
  };
  BLANK_LINE_RE.lastIndex = from;
  for (let m = BLANK_LINE_RE.exec(text); m; m = BLANK_LINE_RE.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const END_RE = /[.!?]+["'”’)\]]*(?=\s|$)/g;

export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  END_RE.lastIndex = start;
  for (let m = END_RE.exec(text); m && m.index < end; m = END_RE.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop > end) break;
    if (text[m.index] === '.' && !endsSentence(text, s, m.index, stop, end)) continue;
    pushSpan(text, out, s, stop);
    s = stop;
  }
  pushSpan(text, out, s, end);
  return out;
}

/** Regular expressions compiled once (a literal in a function is a new object per call). */
const LETTER_OR_DOT = /[\p{L}.]/u;
const SPACE = /\s/;
const LOWER = /[\p{Ll}]/u;
const ONE_UPPER = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const WORD_START = /^[\p{L}']+/u;

function endsSentence(text: string, s: number, dot: number, stop: number, end: number): boolean {
  let w = dot;
  while (w > s && LETTER_OR_DOT.test(text[w - 1] as string)) w--;
  const word = text.slice(w, dot);
  let n = stop;
  while (n < end && SPACE.test(text[n] as string)) n++;
  if (n >= end) return true;
  const next = text[n] as string;
  if (LOWER.test(next)) return false; // "Gen. manager", "3 p.m. on"
  const lower = word.toLowerCase();
  if (DOT_ABBREVIATIONS.has(lower) || ONE_UPPER.test(word)) return false;
  if (DOTTED_ACRONYM.test(word)) {
    // Dotted acronym ("U.S", "U.N"): a sentence ends only before a typical opener.
    const m = WORD_START.exec(text.slice(n, n + 20));
    return !!m && OPENERS.has(m[0].toLowerCase());
  }
  return true;
}

function pushSpan(text: string, out: Span[], s: number, e: number) {
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && SPACE.test(text[e - 1] as string)) e--;
  if (e > s) out.push({ start: s, end: e });
}
