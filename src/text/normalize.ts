// Character-level normalisation shared by search and matching: the variants news text uses for
// the same thing (curly and straight quotes, diacritics, dashes) collapse to one form.

/** Removes diacritics: "Zoë Müller" → "Zoe Muller". */
export function stripDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Curly quotes and apostrophes to straight ones, dashes to hyphens. Keeps string length. */
export function straightenPunctuation(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

// Names repeat across thousands of articles: each key is computed once. A plain map, emptied when
// full: an LRU cache of this size allocates its whole capacity when the module loads, a cost
// every start paid, and its bookkeeping costs more per look-up than recomputing the few keys lost.
const nameKeys = new Map<string, string>();
const NAME_KEYS_KEPT = 500_000;

/** A key for comparing names: no diacritics, straight punctuation, lower case, single spaces. */
export function nameKey(s: string): string {
  let key = nameKeys.get(s);
  if (key === undefined) {
    key = (/^[\x20-\x7e]*$/.test(s) ? s : stripDiacritics(straightenPunctuation(s)))
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (nameKeys.size >= NAME_KEYS_KEPT) nameKeys.clear();
    nameKeys.set(s, key);
  }
  return key;
}
