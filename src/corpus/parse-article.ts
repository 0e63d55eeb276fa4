// One file's bytes to an Article, or a reason, written for the user, why it cannot be served.

import { createHash } from 'node:crypto';
import {
  type Article,
  type ArticleDate,
  type Dateline,
  type FrontMatter,
  SENTENCE_KINDS,
  type Sentence,
  type Span,
} from './article.ts';
import { settleAmbiguousDate } from './article-metadata.ts';
import { readBlocks } from './blocks.ts';
import { arrangeBlocks, type LayoutDate } from './layout.ts';
import { MalformedFrontMatter, readFrontMatter, salvageFrontMatter } from './front-matter.ts';
import { dayNumber, isRealDate, monthNumber } from './months.ts';
import { splitSentences, trimSpan } from './sentences.ts';
import { shorten } from './display-text.ts';

export { shorten };

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
  let bodyStart = bomLength;
  try {
    frontMatter = readFrontMatter(text, bomLength);
    if (frontMatter) bodyStart = frontMatter.end;
  } catch (e) {
    if (!(e instanceof MalformedFrontMatter)) throw e;
    // A broken front matter costs its fields, not the article: the text after it is served.
    frontMatter = salvageFrontMatter(e);
    bodyStart = e.bodyStart;
    const kept = (['title', 'date', 'source', 'url', 'byline'] as const).filter((k) => frontMatter![k] !== undefined);
    notes.push(
      `${e.message}; the article is loaded without it${kept.length ? ` (keeping its ${kept.join(', ')})` : ''}`,
    );
  }
  if (!text.slice(bodyStart).trim()) return { ok: false, reason: 'it has no article text' };

  const { blocks, masked } = readBlocks(text, bodyStart, text.length, /\.(?:md|markdown)$/i.test(file));
  const layout = arrangeBlocks(text, masked, blocks);
  const { paragraphs, credits, dateline, metadata } = layout;

  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    if (!SENTENCE_KINDS.has(p.kind)) continue;
    const span: Span =
      dateline && p.start === dateline.start ? trimSpan(masked, dateline.end, p.end) : { start: p.start, end: p.end };
    if (span.end <= span.start) continue;
    // A table row is one unit, however its cells are punctuated.
    const parts = p.kind === 'table-row' || p.kind === 'table-header' ? [span] : splitSentences(masked, span);
    for (const s of parts) sentences.push({ index: sentences.length, paragraph: p.index, start: s.start, end: s.end });
  }
  if (sentences.length === 0) return { ok: false, reason: 'it has no article text' };

  const shown = (span: Span) => masked.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  const lastParagraph = paragraphs[paragraphs.length - 1];
  const body: Span = {
    start: bodyStart,
    end: credits && (!lastParagraph || credits.start >= lastParagraph.end) ? credits.start : text.length,
  };
  const title: Article['title'] = frontMatter?.title
    ? { text: frontMatter.title, from: 'front matter' }
    : layout.title
      ? { text: shown(layout.title), from: 'heading' }
      : { text: shorten(shown(sentences[0]), 90), from: 'first sentence' };

  // The lead: the paragraph the dateline opens, or else the first one after a plain-text headline.
  const lead =
    (dateline && paragraphs.find((p) => p.start === dateline.start)) ??
    paragraphs.find((p) => p.kind === 'text' && p.start !== layout.title?.start);
  const leadText = lead ? text.slice(lead.start, lead.end) : '';
  const { date, dateNote } = articleDate(frontMatter, dateline, layout.dates, notes, leadText, text);
  const agency = dateline?.agency ? text.slice(dateline.agency.start, dateline.agency.end) : undefined;
  const byline = frontMatter?.byline ?? layout.byline;
  const article: Article = {
    file,
    hash,
    text,
    frontMatter,
    dateline,
    credits,
    title,
    date,
    source: frontMatter?.source ?? layout.outlet ?? agency,
    url: frontMatter?.url,
    byline,
    body,
    paragraphs,
    sentences,
  };
  if (layout.shape) article.shape = layout.shape;
  if (layout.liveEntries.length) article.liveEntries = layout.liveEntries;
  if (metadata.length) article.metadata = metadata;
  if (dateNote) article.dateNote = dateNote;
  if (layout.contacts.length) article.contacts = layout.contacts;
  return { ok: true, notes, article };
}

function articleDate(
  fm: FrontMatter | undefined,
  dateline: Dateline | undefined,
  dates: LayoutDate[],
  notes: string[],
  lead: string,
  text: string,
): { date: ArticleDate; dateNote?: string } {
  if (fm?.date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(fm.date.trim());
    const parsed = m ? { year: +m[1], month: +m[2], day: +m[3] } : fromFreeText(fm.date);
    if (parsed && isRealDate(parsed.year, parsed.month, parsed.day))
      return { date: { kind: 'exact', ...parsed, source: 'front matter' } };
    notes.push(
      `front matter date "${fm.date}" is not a date I can read (use YYYY-MM-DD); the article is loaded without it`,
    );
  }
  const d = dateline?.date;
  if (d?.month && d.day && d.year && isRealDate(d.year, d.month, d.day))
    return { date: { kind: 'exact', year: d.year, month: d.month, day: d.day, source: 'dateline' } };

  // A "Published" line says when the article came out; an "Updated" line or a date under the byline is close to it.
  const rank = (k: LayoutDate['kind']) => (k === 'published' ? 0 : k === 'updated' ? 2 : 1);
  const written = [...dates].sort((a, b) => rank(a.kind) - rank(b.kind))[0];
  let dateNote: string | undefined;
  let found: { year: number; month: number; day: number } | undefined;
  if (written) {
    if (written.date.alternative) {
      const settled = settleAmbiguousDate(written.date, lead, text);
      if (settled.date) found = { year: settled.date.year, month: settled.date.month, day: settled.date.day };
      else {
        dateNote = `${written.text} (${settled.why})`;
        notes.push(`the date "${written.text}" ${settled.why}; the article is loaded without a date`);
      }
    } else found = { year: written.date.year, month: written.date.month, day: written.date.day };
  }
  if (d?.month && d.day) {
    // A dateline without a year takes the year of a written date close to it.
    if (found) {
      const year = [found.year, found.year - 1].find(
        (y) =>
          isRealDate(y, d.month!, d.day!) &&
          Math.abs(dayNumber(y, d.month!, d.day!) - dayNumber(found!.year, found!.month, found!.day)) <= 31,
      );
      if (year) return { date: { kind: 'exact', year, month: d.month, day: d.day, source: 'metadata' } };
    }
    return { date: { kind: 'no-year', month: d.month, day: d.day, source: 'dateline' }, dateNote };
  }
  if (found) return { date: { kind: 'exact', ...found, source: 'metadata' } };
  return { date: { kind: 'unknown' }, dateNote };
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

export { isRealDate };
