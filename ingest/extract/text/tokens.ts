/**
 * A fast, hand-written tokenizer for news English. One sticky regular expression walks the sentence;
 * every token keeps its character offsets into the article text. Hyphenated compounds are split
 * ("Russian-Chinese" -> Russian, -, Chinese) so that each half can match the dictionaries; clitics
 * "'s" and "n't" become their own tokens; dotted abbreviations ("U.S.", "Gen.") stay whole.
 */
export interface Token {
  /** Surface text. */
  t: string;
  /** Lower case, apostrophes normalised to ASCII, trailing abbreviation dot kept. */
  l: string;
  /** Start and end offsets into the article text. */
  s: number;
  e: number;
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  cap: boolean;
}

// Order matters: dotted acronyms, clitics, words (with an optional abbreviation dot handled later),
// numbers, then any other single non-space character.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{L}+?(?=n['’]t\b)|n['’]t\b|['’][sS]\b|\p{L}+(?:['’](?![sS]\b)\p{L}+)?|\d+(?:[.,:/]\d+)*|\S/uy;

const CAP_RE = /^\p{Lu}/u;

/** Words that keep their trailing dot as part of the token (titles and common abbreviations). */
export const DOT_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'sen',
  'rep',
  'gov',
  'pres',
  'prof',
  'rev',
  'hon',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ft',
  'mt',
  'sec',
  'dept',
  'amb',
  'brig',
  'cpl',
  'pvt',
  'supt',
  'insp',
  'messrs',
  'mme',
  'mlle',
  'approx',
  'est',
]);

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Fast whitespace skip.
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 160) {
      i++;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let t = m[0];
    let e = i + t.length;
    if (e > to) {
      t = text.slice(i, to);
      e = to;
    }
    let l = t.toLowerCase();
    // Abbreviation dot: "Gen." "Mr." "Jr." (single capital initials too: "John F. Kennedy").
    if (text.charCodeAt(e) === 46 && e < to && (DOT_ABBREVIATIONS.has(l) || (t.length === 1 && c >= 65 && c <= 90))) {
      t += '.';
      l += '.';
      e++;
    }
    if (l.charCodeAt(0) === 8217 || l.includes('’')) l = l.replace(/’/g, "'");
    out.push({ t, l, s: i, e, cap: CAP_RE.test(t) });
    i = e;
  }
  return out;
}
