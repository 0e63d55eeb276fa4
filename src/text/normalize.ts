// Character-level normalisation shared by search and matching: the variants news text uses for
// the same thing (curly and straight quotes, diacritics, dashes) collapse to one form.

import { LRUCache } from 'lru-cache';

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

// Names repeat across thousands of articles: each key is computed once (least recently used forgotten first).
const nameKeys = new LRUCache<string, string>({ max: 500_000 });

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
    nameKeys.set(s, key);
  }
  return key;
}
