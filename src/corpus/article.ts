// The shape of one loaded article. Every piece of text is addressed by a [start, end) span of
// JavaScript string indices into `text`, the file's own UTF-8-decoded content (front matter and
// any byte-order mark included), so a quote is always `text.slice(start, end)`.

import { dayNumber } from './months.ts';

export interface Span {
  start: number;
  end: number;
}

/** A span in a named file of the seeds folder: what a citation points at. */
export interface FileSpan extends Span {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
}

/**
 * What a paragraph is. Sentences come only from the kinds in SENTENCE_KINDS; the others are kept
 * so that citations and the Sources view can still name the paragraph a span falls in.
 * - text: news prose (list items included)
 * - heading: the headline, sub-headings and decks
 * - question: an interviewer's question in a Q&A (the interviewer's words, not the subject's)
 * - correction: a correction or clarification appended to the story; it supersedes what it corrects
 * - table-header, table-row: one row of a table, read as one unit
 * - caption: a photo caption
 * - timestamp: the time that opens a live blog entry
 * - boilerplate: press-release matter that is not news (embargo, "About us", "Notes to editors", media contacts)
 */
export type ParagraphKind =
  | 'text'
  | 'heading'
  | 'question'
  | 'correction'
  | 'table-header'
  | 'table-row'
  | 'caption'
  | 'timestamp'
  | 'boilerplate';

/** Every kind, in a fixed order: the cache stores a paragraph's kind as its index here. */
export const PARAGRAPH_KINDS: readonly ParagraphKind[] = [
  'text',
  'heading',
  'question',
  'correction',
  'table-header',
  'table-row',
  'caption',
  'timestamp',
  'boilerplate',
];

/** The kinds whose text is read into sentences. */
export const SENTENCE_KINDS: ReadonlySet<ParagraphKind> = new Set([
  'text',
  'question',
  'correction',
  'table-header',
  'table-row',
]);

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** A calendar date as far as the source gives it; a missing part stays undefined. */
export interface PartialDate {
  year?: number;
  month?: number; // 1-12
  day?: number;
}

export type ArticleDate =
  | { kind: 'exact'; year: number; month: number; day: number; source: 'front matter' | 'dateline' | 'metadata' }
  /** A dateline such as "GENEVA, March 7 (Reuters)" names the day but not the year; `year` is set
   *  when a dated article of the same story (`yearFrom`) fixes it. */
  | { kind: 'no-year'; month: number; day: number; source: 'dateline'; year?: number; yearFrom?: string }
  /** No date given; `placed` when a dated article of the same story dates the happening it reports
   *  ("visited Hanoi in March 2024"): the month, or day, of that happening, and that article. */
  | { kind: 'unknown'; placed?: { year: number; month: number; day?: number; from: string } };

/**
 * The day number an article was published, where its date gives it, or its year comes from a
 * related article (`inferred`).
 */
export function publicationDay(date: ArticleDate): { day: number; inferred: boolean } | undefined {
  if (date.kind === 'exact') return { day: dayNumber(date.year, date.month, date.day), inferred: false };
  if (date.kind === 'no-year' && date.year !== undefined)
    return { day: dayNumber(date.year, date.month, date.day), inferred: true };
  return undefined;
}

export interface Dateline extends Span {
  place?: Span;
  agency?: Span;
  date?: PartialDate;
}

export type CreditRole = 'reporter' | 'additional reporter' | 'writer' | 'editor' | 'contributor';

export interface CreditedPerson {
  name: Span;
  role: CreditRole;
  place?: Span;
}

export interface Credits extends Span {
  people: CreditedPerson[];
  /** Desks credited without a person's name, such as "the Quarrow newsroom". */
  desks: Span[];
}

export interface FrontMatter extends Span {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  byline?: string;
  /** Keys we do not interpret, kept as given. */
  extra: Record<string, unknown>;
}

/** One entry of a live blog: the time that opens it and the paragraphs under it. */
export interface LiveEntry {
  /** The timestamp as written ("18:10", "7.40pm"). */
  time: Span;
  /** Minutes after midnight, on the blog's own clock. */
  minutes: number;
  /** The entry's own headline after the time ("13:05 — Analysis: what is at stake"), if any. */
  heading?: Span;
  /** Paragraph indices [first, last] of the entry's text, the timestamp paragraph excluded. */
  paragraphs: [number, number];
  /** Rank of the entry in time, 0 for the earliest, whatever order the blog prints them in. */
  order: number;
}

/** A line of article metadata above the story: a byline, an outlet, a "Published"/"Updated" line. */
export interface MetadataLine extends Span {
  kind: 'byline' | 'outlet' | 'published' | 'updated' | 'date' | 'standfirst';
}

/** A press release's media contact: a name, and the role after it if one is given. */
export interface Contact {
  name: Span;
  role?: Span;
}

export interface Article {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  /** sha256 of the file's bytes, hex. */
  hash: string;
  text: string;
  frontMatter?: FrontMatter;
  dateline?: Dateline;
  credits?: Credits;
  title: { text: string; from: 'front matter' | 'heading' | 'first sentence' | 'file name' };
  date: ArticleDate;
  source?: string;
  url?: string;
  byline?: string;
  /** The news text: after front matter, before credits. */
  body: Span;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** What kind of piece it is, when it is not a plain news story. */
  shape?: 'live blog' | 'interview' | 'press release';
  /** A live blog's entries, in the order printed; `order` gives their order in time. */
  liveEntries?: LiveEntry[];
  /** The lines of metadata above the story, read for the byline, source and date. */
  metadata?: MetadataLine[];
  /** Set when the article's date is written but cannot be read with certainty ("09/02/2026"). */
  dateNote?: string;
  /** A press release's media contacts. */
  contacts?: Contact[];
}

export function sliceOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
