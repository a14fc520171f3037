/** Stable ids: the slug of a canonical full name ("Antony Blinken" -> "antony-blinken"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Case- and punctuation-folded form used to compare names and aliases. */
export function foldName(name: string): string {
  return slugify(name).replace(/-/g, ' ');
}
