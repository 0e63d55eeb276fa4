// What every command returns: an Answer, independent of Discord. Text here is plain; the renderers
// escape it for Discord markdown and fit it within Discord's limits.

import type { Sentence, Span } from '../corpus/article.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';

export interface Citation {
  /** 1-based footnote number. */
  n: number;
  file: string;
  start: number;
  end: number;
  /** The file's exact text at [start, end). */
  quote: string;
  title: string;
  /** 1-based paragraph number in the article. */
  paragraph: number;
  /** The whole sentence or sentences around the quote, for the Sources view. */
  context: Span;
}

export interface AnswerLine {
  /** A short label in bold before the text: a date, a name. */
  label?: string;
  text: string;
  /** Footnote numbers backing this line. */
  cites?: number[];
  /** The text is quoted from an article (shown in quotation marks). */
  quoted?: boolean;
}

export interface AnswerSection {
  heading?: string;
  lines: AnswerLine[];
  /** Lines left out of this section for space, shown as "…and N more". */
  more?: number;
}

export interface Answer {
  /** The command as typed: "/who Marrow". */
  command: string;
  /** False when the articles do not answer it. */
  found: boolean;
  title: string;
  /** The answer itself, first: a name, a date, a number, or why nothing was found. */
  lead?: string;
  sections: AnswerSection[];
  citations: Citation[];
  /** For answers that page: which page this is, of how many, and what a pager button must encode. */
  page?: { index: number; count: number; command: string; argument: string };
  /** Footnotes name the article and paragraph only: the lines themselves quote the text. */
  compactSources?: boolean;
  /** A private reply, only for the person who asked (errors, help). */
  ephemeral?: boolean;
  /** Set when the command could not run as typed (a usage error): not a "not found". */
  problem?: 'usage';
  footer?: string;
  /** Several entities fit the name: the reader picks one, and the command runs again with it. */
  pick?: Pick;
  /** Data for a picture of the answer (a timeline), drawn at the edge. */
  picture?: TimelinePicture;
}

export interface Pick {
  /** The command the choice runs, with the chosen value as its first option: "who", "quotes". */
  command: string;
  placeholder: string;
  /** At most 25; labels and values at most 100 characters. */
  choices: { label: string; value: string; description?: string }[];
}

export interface TimelinePicture {
  title: string;
  events: { /** ISO day, yyyy-mm-dd. */ date: string; label: string; /** The article's title. */ article: string }[];
  /** Events left out (no calendar date, or past the picture's room). */
  left: number;
}

/** Numbers citations as they are first used; the same span always gets the same number. */
/** Whether each sentence ends before the next begins: then the one holding an offset is found by halving. */
const ordered = new WeakMap<readonly Sentence[], boolean>();

/** The first sentence holding offset `at`: a long list's is found by halving (the citations of a merged event number thousands). */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let inOrder = ordered.get(sentences);
  if (inOrder === undefined) {
    inOrder = sentences.every((s, i) => s.start < s.end && (i === 0 || sentences[i - 1].end <= s.start));
    ordered.set(sentences, inOrder);
  }
  if (!inOrder) return sentences.find((s) => s.start <= at && at < s.end);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= at ? s : undefined;
}

export class Citations {
  readonly list: Citation[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly kb: KnowledgeBase) {}

  cite(article: number, span: Span, context?: Span): number {
    const a = this.kb.articles[article];
    const key = `${a.file}:${span.start}:${span.end}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const sentence = sentenceAt(a.sentences, span.start);
    const paragraph = sentence
      ? sentence.paragraph
      : a.paragraphs.findIndex((p) => p.start <= span.start && span.start < p.end);
    const n = this.list.length + 1;
    this.list.push({
      n,
      file: a.file,
      start: span.start,
      end: span.end,
      quote: a.text.slice(span.start, span.end),
      title: a.title.text,
      paragraph: Math.max(0, paragraph) + 1,
      context: context ?? (sentence ? { start: sentence.start, end: sentence.end } : span),
    });
    this.byKey.set(key, n);
    return n;
  }

  /** Cites a whole sentence. */
  sentence(article: number, sentence: number): number {
    const s = this.kb.articles[article].sentences[sentence];
    return this.cite(article, s);
  }
}

export function notFound(
  command: string,
  title: string,
  lead: string,
  sections: AnswerSection[] = [],
  citations: Citation[] = [],
): Answer {
  return { command, found: false, title, lead, sections, citations };
}

/** One flat line of text: whitespace collapsed. */
export function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function listWords(items: string[], max = items.length): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const head = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : head;
}
