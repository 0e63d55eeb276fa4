// The shape of one loaded article. Every piece of text is addressed by a [start, end) span of
// JavaScript string indices into `text`, the file's own UTF-8-decoded content (front matter and
// any byte-order mark included), so a quote is always `text.slice(start, end)`.

export interface Span {
  start: number;
  end: number;
}

/** A span in a named file of the seeds folder: what a citation points at. */
export interface FileSpan extends Span {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
}

export interface Paragraph extends Span {
  index: number;
  kind: 'text' | 'heading';
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
  | { kind: 'exact'; year: number; month: number; day: number; source: 'front matter' | 'dateline' }
  /** A dateline such as "GENEVA, March 7 (Reuters)" names the day but not the year; `year` is set
   *  when a dated article of the same story (`yearFrom`) fixes it. */
  | { kind: 'no-year'; month: number; day: number; source: 'dateline'; year?: number; yearFrom?: string }
  | { kind: 'unknown' };

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
  /** Desks credited without a person's name, such as "the Beijing newsroom". */
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
}

export function sliceOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
