// /articles: what the bot has read — title, date, source, byline and length of each article.

import type { Article } from '../corpus/article.ts';
import { shorten } from '../corpus/display-text.ts';
import { monthName } from '../extract/time-value.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { lineChars } from '../render/list-line.ts';
import { type Answer, type AnswerLine, plural } from './answer.ts';
import { noSuchPage, pageAt, pageStarts, pageStartsOnce } from './paging.ts';

/**
 * At most this many articles a page; fewer when their lines are long (pages are cut by what fits).
 * One page holds a whole folder of a couple of dozen articles, each line kept short for it.
 */
export const ARTICLES_PER_PAGE = 25;
/**
 * The list has no footnotes, so its lines may fill the description (4,096) and run on into a second
 * embed (render/discord.ts), within the message's 6,000, less the title, lead and footer.
 */
const ARTICLES_PAGE_CHARS = 5400;
/** A headline in full, as a reader would look for it; list lines cut labels at 120 characters anyway. */
const TITLE_MAX = 120;
const BYLINE_MAX = 40;

const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function dateLabel(a: Article): string {
  const d = a.date;
  if (d.kind === 'exact') return isoDate(d.year, d.month, d.day);
  if (d.kind === 'no-year' && d.year) return `${isoDate(d.year, d.month, d.day)} (year from ${d.yearFrom})`;
  if (d.kind === 'no-year') return `${monthName(d.month)} ${d.day} (year not given)`;
  if (a.dateNote) return `date unclear: ${a.dateNote}`;
  if (d.kind === 'unknown' && d.placed) {
    const { year, month, day } = d.placed;
    const when = day ? isoDate(year, month, day) : isoDate(year, month, 1).slice(0, 7);
    return `date not given (its events placed in ${when} by ${d.placed.from})`;
  }
  return 'date unknown';
}

export function answerArticles(kb: KnowledgeBase, page = 1, command = '/articles'): Answer {
  const total = kb.articles.length;
  const lineOf = (a: Article): AnswerLine => {
    const words = a.sentences.reduce((n, s) => n + (a.text.slice(s.start, s.end).match(/\S+/g)?.length ?? 0), 0);
    // The writer's name without their desk ("Jane Doe, Health Correspondent"): the line has little room.
    const writer = a.byline?.replace(
      /,\s*(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:Correspondent|Reporter|Editor|Writer|Columnist|Critic|Analyst|Producer|Journalist)$/u,
      '',
    );
    const byline = writer && writer !== a.source ? `by ${shorten(writer, BYLINE_MAX)}` : undefined;
    const shape = a.shape ? a.shape : undefined;
    const details = [dateLabel(a), a.source, byline, shape, plural(words, 'word'), a.file].filter(Boolean);
    return { label: shorten(a.title.text, TITLE_MAX), text: details.join(' · ') };
  };
  const starts = pageStartsOnce(kb, 'articles', () =>
    pageStarts(total, (i) => lineChars(lineOf(kb.articles[i])), {
      items: ARTICLES_PER_PAGE,
      chars: ARTICLES_PAGE_CHARS,
    }),
  );
  const at = pageAt(starts, total, page);
  if (!at) return noSuchPage(command, page, Math.max(1, starts.length), 'the list of articles');
  const { index, count: pages } = at;
  const lines: AnswerLine[] = kb.articles.slice(at.from, at.to).map(lineOf);
  return {
    command,
    found: total > 0,
    title: `${plural(total, 'article')}`,
    lead: total ? `The bot answers from ${plural(total, 'article')}.` : 'No articles are loaded.',
    sections: [{ lines }],
    citations: [],
    page: pages > 1 ? { index, count: pages, command: 'articles', argument: '' } : undefined,
  };
}
