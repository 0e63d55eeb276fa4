// Article text as a reader should see it. A citation keeps the file's exact text, Markdown and all
// (its span must be contiguous file text), so a sentence such as "Read the [report](https://x) here."
// is cited with its link markup; everything that shows article text calls displayText on it, which
// keeps the link's words and drops the markup and the address. It works on any fragment of a file,
// including one cut in the middle of a link, and leaves plain text as it is.

const IMAGE = /!\[(?:[^\]\\]|\\.)*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const IMAGE_REFERENCE = /!\[(?:[^\]\\]|\\.)*\]\[[^\]]*\]/g;
const LINK = /\[((?:[^\]\\]|\\.)*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const LINK_REFERENCE = /\[((?:[^\]\\]|\\.)+)\]\[[^\]]*\]/g;
/** The tail of a link whose opening bracket fell before the fragment: "report](https://x)". */
const LINK_TAIL = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
/** The head of a link whose address fell after the fragment: "the [report](https://ex". */
const CUT_LINK = /\]\([^)\s]*$/;
const CUT_IMAGE = /!\[[^\]]*\]?\(?[^)\s]*$/;
const AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]*>/gi;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const EMPHASIS_STAR = /(?<![\w*\\])\*(?=[^\s*])([\s\S]*?[^\s*\\])\*(?![\w*])/g;
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}_\\])_(?=[^\s_])([\s\S]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const CODE = /`+([^`]+)`+/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** The text of a span of an article as it should be shown: link words kept, markup and addresses dropped. */
export function displayText(raw: string): string {
  if (!/[[\]*_`<>~\\!]/.test(raw)) return raw;
  // An escaped character is text, not markup: set it aside while the markup goes.
  const escaped: string[] = [];
  return (
    raw
      .replace(ESCAPE, (_m, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
      .replace(IMAGE, '')
      .replace(IMAGE_REFERENCE, '')
      .replace(CUT_IMAGE, '')
      .replace(LINK, '$1')
      .replace(LINK_REFERENCE, '$1')
      .replace(LINK_TAIL, '')
      .replace(CUT_LINK, '')
      .replace(AUTOLINK, '')
      .replace(HTML_TAG, '')
      .replace(STRONG, '$2')
      .replace(EMPHASIS_STAR, '$1')
      .replace(EMPHASIS_UNDERSCORE, '$1')
      .replace(STRIKE, '$1')
      .replace(CODE, '$1')
      // A fragment may hold one marker of a pair whose other half lies outside it.
      .replace(/\*\*+/g, '')
      .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1')
      .replace(/(^|\s)\[(?=[^\]]*$)/g, '$1')
      .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)])
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ +([,.;:!?])/g, '$1')
      .trim()
  );
}

/** Whether a string still shows Markdown link or image syntax. */
export function hasLinkMarkup(s: string): boolean {
  return /\]\((?:https?:|\/|#|www\.)|!\[/.test(s);
}

/** Shortens at a word boundary, marking the cut with an ellipsis. */
export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…';
}
