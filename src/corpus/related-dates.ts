// Wire datelines rarely carry a year ("VESTRA, Oct 14 (Reuters) -"). When another article of the
// same story has a full date close to that day, the year is almost surely the same one: a running
// story is told over days, not years. Only the text is used (shared rare proper names), so the
// year is known before extraction and every date of the article can be resolved with it.

import { dayNumber, MONTH_NAMES } from './months.ts';
import type { Article } from './article.ts';

/** Proper names two articles must share to count as the same story. */
const MIN_SHARED_NAMES = 3;
/** The dated article must fall within this many days of the dateline's day. */
const MAX_DAYS_APART = 45;
/** Names read from the start of each article. */
const NAMES_READ = 80;

const COMMON_CAPITALISED = new Set([
  ...MONTH_NAMES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Reuters', 'Associated', 'Press', 'AP', 'AFP', 'President', 'Minister', 'Prime', 'Chief', 'Executive',
  'Mr', 'Mrs', 'Ms', 'Dr', 'The', 'But', 'And', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I',
]);

/** Distinct capitalised words that are not the first word of a sentence: the article's names. */
function namesOf(article: Article): Set<string> {
  const names = new Set<string>();
  for (const s of article.sentences) {
    const words = article.text.slice(s.start, s.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    for (let i = 1; i < words.length && names.size < NAMES_READ; i++) {
      const word = words[i].replace(/['’]s?$/, '');
      if (word.length >= 3 && /^\p{Lu}/u.test(word) && !COMMON_CAPITALISED.has(word)) names.add(word);
    }
    if (names.size >= NAMES_READ) break;
  }
  return names;
}

/**
 * The articles, with a year added to each year-less dateline that a dated article of the same
 * story fixes. Articles that need no change are returned as they are.
 */
export function dateFromRelatedArticles(articles: readonly Article[]): Article[] {
  const undated = articles.map((a, i) => (a.date.kind === 'no-year' ? i : -1)).filter((i) => i >= 0);
  if (!undated.length) return [...articles];
  const wanted = new Map(undated.map((i) => [i, namesOf(articles[i])]));
  const asked = new Set([...wanted.values()].flatMap((s) => [...s]));
  // Names too common to tell stories apart (a country that most articles of a world-news folder name) are not evidence.
  const datedByName = new Map<string, number[]>();
  articles.forEach((a, i) => {
    if (a.date.kind !== 'exact') return;
    for (const name of namesOf(a)) if (asked.has(name)) (datedByName.get(name) ?? datedByName.set(name, []).get(name)!).push(i);
  });
  const tooCommon = Math.max(5, articles.length / 20);
  const out = [...articles];
  for (const [i, names] of wanted) {
    if (articles[i].date.kind !== 'no-year') continue;
    // A year set by an earlier load is worked out again: the related article may have gone.
    const { year: _year, yearFrom: _from, ...date } = articles[i].date;
    const shared = new Map<number, number>();
    for (const name of names) {
      const list = datedByName.get(name);
      if (!list || list.length > tooCommon) continue;
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    let best: { year: number; file: string; shared: number; apart: number } | undefined;
    for (const [j, count] of shared) {
      const other = articles[j].date;
      if (count < MIN_SHARED_NAMES || other.kind !== 'exact') continue;
      const otherDay = dayNumber(other.year, other.month, other.day);
      for (const year of [other.year - 1, other.year, other.year + 1]) {
        const apart = Math.abs(dayNumber(year, date.month, date.day) - otherDay);
        if (apart > MAX_DAYS_APART) continue;
        if (!best || count > best.shared || (count === best.shared && apart < best.apart)) best = { year, file: articles[j].file, shared: count, apart };
      }
    }
    if (best) out[i] = { ...articles[i], date: { ...date, year: best.year, yearFrom: best.file } };
    else if (_year !== undefined) out[i] = { ...articles[i], date };
  }
  return out;
}
