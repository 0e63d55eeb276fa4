// One file's bytes to an Article, or a reason, written for the user, why it cannot be served.

import { createHash } from 'node:crypto';
import type { Article, ArticleDate, Dateline, FrontMatter, Paragraph, Sentence, Span } from './article.ts';
import { readCredits, looksLikeCredits } from './credits.ts';
import { readDateline } from './dateline.ts';
import { MalformedFrontMatter, readFrontMatter } from './front-matter.ts';
import { monthNumber } from './months.ts';
import { splitParagraphs, splitSentences, trimSpan } from './sentences.ts';

export type ParseResult = { ok: true; article: Article; notes: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes and checks the bytes of an article file: binary, invalid UTF-8 and empty files are refused. */
export function decodeArticle(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.includes(0)) return { ok: false, reason: 'it looks binary (it contains NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8 text' };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, reason: 'it is empty' };
  return { ok: true, text };
}

export function parseArticle(file: string, bytes: Uint8Array, hash = hashBytes(bytes)): ParseResult {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return decoded;
  return parseArticleText(file, decoded.text, hash);
}

export function parseArticleText(file: string, text: string, hash: string): ParseResult {
  const notes: string[] = [];
  const bomLength = text.startsWith('\uFEFF') ? 1 : 0;
  let frontMatter: FrontMatter | undefined;
  try {
    frontMatter = readFrontMatter(text, bomLength);
  } catch (e) {
    if (e instanceof MalformedFrontMatter) return { ok: false, reason: e.message };
    throw e;
  }
  const bodyStart = frontMatter ? frontMatter.end : bomLength;
  const paragraphs = splitParagraphs(text, bodyStart, text.length);
  const textParagraphs = paragraphs.filter((p) => p.kind === 'text');
  if (textParagraphs.length === 0) return { ok: false, reason: 'it has no article text' };

  // Credits close the article; they are kept apart from the news sentences.
  const lastParagraph = textParagraphs[textParagraphs.length - 1];
  const credits = textParagraphs.length > 1 && looksLikeCredits(text.slice(lastParagraph.start, lastParagraph.end))
    ? readCredits(text, lastParagraph)
    : undefined;
  const newsParagraphs = credits ? paragraphs.filter((p) => p !== lastParagraph) : paragraphs;

  // A "By Jane Doe" line is a byline, not news.
  let byline = frontMatter?.byline;
  const firstText = newsParagraphs.find((p) => p.kind === 'text');
  let bylineParagraph: Paragraph | undefined;
  if (firstText && /^By\s+\p{Lu}[^.!?]{1,80}$/u.test(text.slice(firstText.start, firstText.end))) {
    bylineParagraph = firstText;
    byline ??= text.slice(firstText.start + 3, firstText.end).trim();
  }

  const leadParagraph = newsParagraphs.find((p) => p.kind === 'text' && p !== bylineParagraph);
  const dateline = leadParagraph ? readDateline(text, leadParagraph.start, leadParagraph.end) : undefined;

  const sentences: Sentence[] = [];
  for (const p of newsParagraphs) {
    if (p.kind !== 'text' || p === bylineParagraph) continue;
    const span: Span = p === leadParagraph && dateline ? trimSpan(text, dateline.end, p.end) : p;
    for (const s of splitSentences(text, span)) sentences.push({ index: sentences.length, paragraph: p.index, ...s });
  }
  if (sentences.length === 0) return { ok: false, reason: 'it has no article text' };

  const body: Span = { start: bodyStart, end: credits ? credits.start : text.length };
  const heading = paragraphs[0]?.kind === 'heading' ? paragraphs[0] : undefined;
  const title: Article['title'] = frontMatter?.title
    ? { text: frontMatter.title, from: 'front matter' }
    : heading
      ? { text: text.slice(heading.start, heading.end).replace(/^#+\s*/, '').trim(), from: 'heading' }
      : { text: shorten(text.slice(sentences[0].start, sentences[0].end), 90), from: 'first sentence' };

  const date = articleDate(frontMatter, dateline, notes, file);
  return {
    ok: true,
    notes,
    article: {
      file, hash, text, frontMatter, dateline, credits, title, date,
      source: frontMatter?.source ?? (dateline?.agency ? text.slice(dateline.agency.start, dateline.agency.end) : undefined),
      url: frontMatter?.url,
      byline,
      body, paragraphs, sentences,
    },
  };
}

function articleDate(fm: FrontMatter | undefined, dateline: Dateline | undefined, notes: string[], file: string): ArticleDate {
  if (fm?.date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(fm.date.trim());
    const parsed = m ? { year: +m[1], month: +m[2], day: +m[3] } : fromFreeText(fm.date);
    if (parsed && isRealDate(parsed.year, parsed.month, parsed.day)) return { kind: 'exact', ...parsed, source: 'front matter' };
    notes.push(`front matter date "${fm.date}" is not a date I can read (use YYYY-MM-DD); the article is loaded without it`);
  }
  const d = dateline?.date;
  if (d?.month && d.day) {
    if (d.year && isRealDate(d.year, d.month, d.day)) return { kind: 'exact', year: d.year, month: d.month, day: d.day, source: 'dateline' };
    return { kind: 'no-year', month: d.month, day: d.day, source: 'dateline' };
  }
  return { kind: 'unknown' };
}

/** "March 3, 2024", "3 March 2024", "2024/03/03": a day, a month and a year, all written out. */
function fromFreeText(s: string): { year: number; month: number; day: number } | undefined {
  const t = s.trim();
  let m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m && monthNumber(m[1])) return { year: +m[3], month: monthNumber(m[1])!, day: +m[2] };
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m && monthNumber(m[2])) return { year: +m[3], month: monthNumber(m[2])!, day: +m[1] };
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  return undefined;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Shortens at a word boundary, marking the cut with an ellipsis. */
export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…';
}
