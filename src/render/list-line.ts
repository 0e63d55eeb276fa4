// How one line of an answer's list is written in a Discord embed, shared by the renderer and by the
// answers that page, so a page is cut by the very characters the renderer will show.

import type { AnswerLine } from '../answer/answer.ts';
import { displayText } from '../corpus/display-text.ts';
import { bold, clip, escapeMarkdown } from './markdown.ts';

/** The longest a list line's text is shown at first; the renderer shortens lines only when a whole reply is too long. */
export const LINE_MAX = 600;
/**
 * What a page's lines and headings may take of the embed's 4,096-character description: the rest
 * is kept for the lead (at most about 1,000) and a closing note, and keeps the whole embed with its
 * footnotes under Discord's 6,000.
 */
export const LIST_PAGE_CHARS = 3000;
/** Cite marks shown after a line; more are marked with an ellipsis (Sources lists them all). */
export const MARKS_SHOWN = 6;

/** Escaped text no longer than `max` once escaped. Article text is shown without its Markdown link and image markup (displayText). */
export function fit(raw: string, max: number): string {
  const text = displayText(raw);
  let n = Math.min(text.length, max);
  let out = escapeMarkdown(clip(text, n));
  while (out.length > max && n > 1) {
    n = Math.floor(n * 0.9);
    out = escapeMarkdown(clip(text, n));
  }
  return out;
}

export function citeMarks(cites: readonly number[] | undefined): string {
  return cites?.length
    ? ' ' +
        cites
          .slice(0, MARKS_SHOWN)
          .map((n) => `[${n}]`)
          .join('') +
        (cites.length > MARKS_SHOWN ? '…' : '')
    : '';
}

export function listLine(line: AnswerLine, lineMax = LINE_MAX): string {
  const label = line.label ? `${bold(fit(line.label, 120))} ` : '';
  const body = line.quoted ? `“${fit(line.text, lineMax)}”` : fit(line.text, lineMax);
  return `• ${label}${body}${citeMarks(line.cites)}`;
}

export function headingLine(heading: string): string {
  return `\n${bold(fit(heading, 200))}`;
}

/**
 * The characters a line takes in a page (with its newline), its cite marks counted at their widest
 * (a page's footnotes number from 1, and no page reaches [1000]).
 */
export function lineChars(line: AnswerLine): number {
  const widest = line.cites?.length ? { ...line, cites: line.cites.map(() => 999) } : line;
  return listLine(widest).length + 1;
}

export function headingChars(heading: string | undefined): number {
  return heading ? headingLine(heading).length + 1 : 0;
}
