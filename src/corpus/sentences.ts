// Paragraph and sentence boundaries with exact spans.
//
// Wire copy comes in two shapes: one paragraph a line (the seed), or paragraphs separated by blank
// lines, possibly hard-wrapped (Markdown). A line break starts a new paragraph when the line before
// it ends a sentence; otherwise the lines are one wrapped paragraph.

import type { Paragraph, Span } from './article.ts';
import { MONTH_ABBREVIATIONS } from './months.ts';

const OPENERS = '“‘"\'([«';

/** Titles and abbreviations that are followed by a name or number, never by a sentence break. */
const ALWAYS_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'messrs',
  // abbreviated given names: "Md. Karim", "Mohd. Faiz"
  'md',
  'mohd',
  'mme',
  'mlle',
  'vs',
  'v',
  'approx',
  'dept',
  'univ',
  'ave',
  'blvd',
  'rd',
  'e.g',
  'i.e',
  'cf',
  'al',
]);
/** Abbreviations that only stand before a number: "Jan. 27", "No. 10". */
const BEFORE_NUMBER = new Set([
  ...MONTH_ABBREVIATIONS,
  'no',
  'nos',
  'vol',
  'art',
  'sec',
  'fig',
  'ch',
  'p',
  'pp',
  'para',
]);
/** Abbreviations that often end a sentence too ("Apple Inc. The company…"). */
const MAY_END_SENTENCE = new Set(['inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'bros', 'a.m', 'p.m', 'etc']);
/** Words that open most sentences; after an ambiguous abbreviation they signal a break. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'in',
  'on',
  'at',
  'for',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'as',
  'this',
  'that',
  'these',
  'those',
  'there',
  'after',
  'before',
  'while',
  'when',
  'if',
  'since',
  'under',
  'some',
  'many',
  'most',
  'other',
  'both',
  'meanwhile',
  'however',
  'also',
  'earlier',
  'later',
  'last',
  'next',
  'one',
  'two',
  'three',
]);

const isSpace = (c: string | undefined) =>
  c === ' ' ||
  c === '\n' ||
  c === '\t' ||
  c === '\r' ||
  c === '\u00a0' ||
  (c !== undefined && c > '\u007f' && /\s/.test(c));
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string) => c >= '0' && c <= '9';

/**
 * Splits [start, end) of `text` into paragraphs. Lines starting with `#` are headings. When blank
 * lines separate paragraphs (Markdown, or hard-wrapped text), each block between them is one
 * paragraph; otherwise each line is one, unless it stops mid-sentence (a hard wrap).
 */
export function splitParagraphs(text: string, start: number, end: number): Paragraph[] {
  const lines: (Span | null)[] = []; // null: a blank line
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = trimSpan(text, lineStart, lineEnd);
    lines.push(line.end > line.start ? line : null);
    lineStart = lineEnd + 1;
  }
  const isHeading = (l: Span) => /^#{1,6}\s/.test(text.slice(l.start, l.end));
  const isCredits = (l: Span) =>
    /^\((?:additional\s+)?(?:reporting|writing|editing)\b/i.test(text.slice(l.start, l.end));
  const endsSentenceBefore = (l: Span, next: Span) => {
    const s = text.slice(l.start, l.end);
    if (!/[.?!…:]["”’')\]]*$/.test(s) && !/^\(.*\)$/.test(s)) return false;
    const dot = s.endsWith('.') ? l.end - 1 : -1;
    return dot < 0 || !isAbbreviation(text, l.start, dot, nextWord(text, next.start, next.end));
  };
  const blocks: Span[][] = [];
  let block: Span[] = [];
  for (const l of [...lines, null]) {
    if (l) block.push(l);
    else if (block.length) {
      blocks.push(block);
      block = [];
    }
  }
  const hardWrapped = blocks.some((b) =>
    b.some((l, k) => k + 1 < b.length && !isHeading(l) && !endsSentenceBefore(l, b[k + 1])),
  );
  const blankLineMode = hardWrapped || blocks.length >= 3;

  const paragraphs: Paragraph[] = [];
  const push = (span: Span, kind: Paragraph['kind'] = 'text') =>
    paragraphs.push({ index: paragraphs.length, kind, ...span });
  for (const b of blocks) {
    let current: Span | undefined;
    b.forEach((l, k) => {
      if (isHeading(l)) {
        if (current) push(current);
        current = undefined;
        push(l, 'heading');
        return;
      }
      // A credits line starts its own paragraph, even with no blank line before it.
      const joins = current && !isCredits(l) && (blankLineMode || !endsSentenceBefore(b[k - 1], l));
      if (joins) current!.end = l.end;
      else {
        if (current) push(current);
        current = { ...l };
      }
    });
    if (current) push(current);
  }
  return paragraphs;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** A run of sentence-ending punctuation and the closing quotes or brackets after it. */
const BOUNDARY = /[.?!…]+["”’')\]»]*/g;

/** Splits one paragraph's span into sentence spans. */
export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const end = span.end;
  const paragraph = text.slice(span.start, end);
  let start = span.start;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const i = span.start + m.index; // the first terminal character
    const j = i + m[0].length; // after the closers
    if (j < end && !isSpace(text[j])) continue; // "U.S.", "3.5", "Nov.6": not a break
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k < end) {
      const next = text[k];
      if (!(isUpper(next) || isDigit(next) || OPENERS.includes(next))) continue;
      if (text[i] === '.' && m[0].length === 1 && isAbbreviation(text, span.start, i, nextWord(text, k, end))) continue;
    }
    const s = trimSpan(text, start, j);
    if (s.end > s.start) out.push(s);
    start = k;
  }
  const last = trimSpan(text, start, end);
  if (last.end > last.start) out.push(last);
  return out;
}

function nextWord(text: string, k: number, end: number): string {
  let a = k;
  while (a < end && OPENERS.includes(text[a])) a++;
  let b = a;
  while (b < end && /[\p{L}\p{N}.'’-]/u.test(text[b])) b++;
  return text.slice(a, b).replace(/[.'’]+$/, '');
}

/** Is the period at `dot` part of an abbreviation, an initial or an acronym rather than a full stop? */
function isAbbreviation(text: string, from: number, dot: number, next: string): boolean {
  let a = dot;
  while (a > from && /[\p{L}.]/u.test(text[a - 1])) a--;
  const word = text.slice(a, dot);
  if (!word) return false;
  const lower = word.toLowerCase();
  const nextIsNumber = /^\d/.test(next);
  const nextStartsSentence = SENTENCE_STARTERS.has(next.toLowerCase());
  if (ALWAYS_ABBREVIATIONS.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return nextIsNumber;
  if (MAY_END_SENTENCE.has(lower)) return !nextStartsSentence;
  // "U.S", "U.N", "E.U" (the final period is the one at `dot`) and initials such as "F."
  if (/^(\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return !nextStartsSentence;
  return false;
}
