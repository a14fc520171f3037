/**
 * Paragraphs that are not reporting: photo captions, bylines, credits. And the dateline that opens
 * the first paragraph ("BEIJING (AP) —", "LYON:", "WASHINGTON —"), which is a place, not an actor.
 */

/** Photo credits: "(AP Photo/Mark Schiefelbein)", "(Reuters/…)", "(Photo by …)", "Getty Images". */
const CAPTION_RE =
  /\((?:AP|AFP|EPA|Reuters|Xinhua|Pool|Getty|Sputnik|Kyodo|Yonhap|TASS|Anadolu|dpa)?\s*(?:Photo|Images?|Pool Photo|via AP)\b[^)]*\)|\((?:AP|Reuters|AFP)\/[^)]*\)|\(Photo(?: by|:)[^)]*\)|\bGetty Images\b|^(?:FILE|PHOTO)\s*[-–—:]/i;

/** "By JOHN SMITH", "By John Smith and Jane Doe, Associated Press", credit lines. */
const BYLINE_RE =
  /^(?:By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|al))*(?:\s*,\s*[\p{L} ]+)?|[\p{L} ,.'’-]{0,120}\bcontributed (?:to )?(?:this )?report(?:ing)?\.?|Copyright\b.*|©.*|(?:Reporting|Writing|Editing) by\b.*)$/u;

export function isCaption(paragraph: string): boolean {
  return CAPTION_RE.test(paragraph);
}

export function isByline(paragraph: string): boolean {
  return paragraph.length < 200 && BYLINE_RE.test(paragraph.trim());
}

/** Datelines: upper-case place, optional agency in parentheses, then a dash, colon or nothing. */
const DATELINE_RE =
  /^(?:\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*[\p{L}. ]{2,40})?(?:,?\s*\p{L}{3,5}\.?\s+\d{1,2})?\s*\((?:AP|AFP|Reuters|UPI|Xinhua|dpa|CNN|BBC|TASS|Yonhap|Kyodo|Bloomberg|IANS|PTI|ANI)\)\s*(?:[—–-]+|:)?\s*|\p{Lu}[\p{L}.'’ ]{2,30}:\s+(?=\p{Lu})|\p{Lu}[\p{Lu}.'’ ]{2,30}(?:,\s*[\p{L}. ]{2,40})?\s*(?:[—–]|--?|:)\s+)/u;

/** Length of the dateline at the start of a paragraph, 0 when there is none. */
export function datelineLength(paragraph: string): number {
  const m = DATELINE_RE.exec(paragraph);
  if (!m) return 0;
  // "U.S. Secretary ..." is not a dateline: require at least two upper-case letters in a row and
  // that the next character after the dateline starts a sentence.
  if (!/\p{Lu}{2}|:\s*$/u.test(m[0])) return 0;
  return m[0].length;
}
