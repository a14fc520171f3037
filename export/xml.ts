/**
 * XML 1.0 escaping for the streaming GEXF and GraphML writers. Attribute values keep tabs, newlines
 * and carriage returns as character references (a parser would otherwise normalise them to spaces);
 * characters XML 1.0 cannot carry at all (C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 * Non-Latin scripts and emoji pass through as UTF-8. Pure.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the controls XML 1.0 forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/g;
const TEXT_SPECIAL = /[&<>\r]/g;
/** Fast path: plain printable text (no markup characters, controls or surrogates) needs no work. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls need escaping or replacing
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};
const reference = (c: string) => REFERENCES[c]!;

/** Replaces what XML 1.0 cannot represent with U+FFFD. */
export function xmlSafe(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(NOT_XML, '\uFFFD') : text;
}

/** A value for inside double quotes. */
export function xmlAttr(value: string | number | boolean): string {
  const text = String(value);
  return NEEDS_WORK.test(text) ? xmlSafe(text).replace(ATTR_SPECIAL, reference) : text;
}

/** Character data between tags. */
export function xmlText(value: string | number | boolean): string {
  const text = String(value);
  return NEEDS_WORK.test(text) ? xmlSafe(text).replace(TEXT_SPECIAL, reference) : text;
}

/** `name="value"` pairs for the given attributes, skipping null ones; names are trusted constants. */
export function xmlAttrs(attrs: Record<string, string | number | boolean | null>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) if (value !== null) out += ` ${name}="${xmlAttr(value)}"`;
  return out;
}
