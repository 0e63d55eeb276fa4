// A long regular expression written in pieces, so that a rule of many alternatives reads one group a
// line instead of one line of 400 characters. The pieces are joined exactly as written: a string
// piece is regular-expression syntax (an opening `(?:`, a `|`), a RegExp piece gives its source.

/** The pieces joined into one pattern, in order. */
export function pattern(flags: string, ...pieces: (RegExp | string)[]): RegExp {
  return new RegExp(pieces.map((p) => (typeof p === 'string' ? p : p.source)).join(''), flags);
}

/** The alternatives joined by `|` inside one non-capturing group. */
export function anyOf(...alternatives: (RegExp | string)[]): string {
  return `(?:${alternatives.map((a) => (typeof a === 'string' ? a : a.source)).join('|')})`;
}
