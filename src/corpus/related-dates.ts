// Wire datelines rarely carry a year ("VESTRA, Oct 14 (Reuters) -"). When another article of the
// same story has a full date close to that day, the year is almost surely the same one: a running
// story is told over days, not years. An article with no date at all is placed by a later article
// of the same story that dates the happening it reports ("the minister visited Hanoi in March
// 2024" dates the report of that visit). Only the text is used (shared rare proper names, and the
// words of the happening), so the date is known before extraction and every date of the article
// can be resolved with it.

import { analyze } from '../text/analyzer.ts';
import { dateOf, dayNumber, MONTH_NAMES, monthNumber, WEEKDAY_NAMES } from './months.ts';
import type { Article } from './article.ts';

/** Proper names two articles must share to count as the same story. */
const MIN_SHARED_NAMES = 3;
/** The dated article must fall within this many days of the dateline's day. */
const MAX_DAYS_APART = 45;
/** Names read from the start of each article. */
const NAMES_READ = 80;

const COMMON_CAPITALISED = new Set([
  ...MONTH_NAMES,
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Reuters',
  'Associated',
  'Press',
  'AP',
  'AFP',
  'President',
  'Minister',
  'Prime',
  'Chief',
  'Executive',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'The',
  'But',
  'And',
  'In',
  'On',
  'At',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
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

/** Words a dated sentence must share with an undated article's opening to tell the same happening. */
const MIN_SHARED_WORDS = 3;
/** Sentences of an undated article's opening (after its headline) that say what happened. */
const OPENING_SENTENCES = 2;
const MONTH_WORDS = `(?:${MONTH_NAMES.join('|')})`;
/** Month names and their usual abbreviations ("Nov.", "Sept."). */
const MONTH_WORDS_ABBR = `(?:${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
/** "in March 2024", "on 3 March 2024", "on March 3, 2024": a happening's own month or day. */
const DATED_HAPPENING = new RegExp(
  `\\b(?:(\\d{1,2})\\s+)?(${MONTH_WORDS})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+((?:19|20)\\d\\d)\\b`,
  'g',
);

/** Weekday names as the analyzer gives them: the day shared is no evidence of the same happening. */
const WEEKDAY_TERMS = new Set(WEEKDAY_NAMES.flatMap((d) => analyze(d)));

/** The terms of what an undated article opens with: its headline and first sentences. */
function openingTerms(article: Article): Set<string> {
  const words = [
    article.title.text,
    ...article.sentences.slice(0, OPENING_SENTENCES + 1).map((s) => article.text.slice(s.start, s.end)),
  ];
  return new Set(analyze(words.join(' ')).filter((t) => !/^\d+$/.test(t)));
}

type Placed = { year: number; month: number; day?: number; from: string };

/** A month-and-year happening told in a dated article, with the terms of its sentence. */
interface Happening {
  year: number;
  month: number;
  day?: number;
  /** Dated by a weekday of the week before publication ("on Tuesday morning"), 0 = Sunday. */
  weekday?: number;
  terms: ReadonlySet<string>;
}

/**
 * "a landslide buried the village on Tuesday morning": a later article of a running story names
 * the days of the week before it, and the report of that day's happening opens with the same
 * weekday ("slammed into the coast early Tuesday"). Not "next Tuesday", "by Tuesday", "until
 * Tuesday", which look ahead.
 */
const WEEKDAY_HAPPENING = new RegExp(
  `(?<!\\b(?:next|by|until|till|from|this coming)\\s+)\\b(${WEEKDAY_NAMES.join('|')})\\b`,
  'g',
);
/**
 * "rose to 23 on Thursday … since the storm made landfall two days earlier": a count of days back
 * from the weekday its sentence names (or, with "ago", from publication) dates a happening too.
 */
const DAYS_BACK = /\b(one|two|three|four|five|six|\d)\s+days?\s+(earlier|before|ago)\b/gi;
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six'];
const countOf = (word: string) => (/^\d$/.test(word) ? Number(word) : COUNT_WORDS.indexOf(word.toLowerCase()) + 1);
/** A weekday counted back from publication lies within the week before it. */
const WEEK = 7;

/** The weekday an undated article's lead (the sentence after its headline) dates its news by. */
function leadWeekday(article: Article): number | undefined {
  for (const s of article.sentences.slice(0, OPENING_SENTENCES)) {
    const sentence = article.text.slice(s.start, s.end);
    if (sentence.trim() === article.title.text.trim()) continue;
    WEEKDAY_HAPPENING.lastIndex = 0;
    const m = WEEKDAY_HAPPENING.exec(sentence);
    return m ? WEEKDAY_NAMES.indexOf(m[1]) : undefined;
  }
  return undefined;
}

/**
 * The happenings a dated article dates in the past, in text order: worked out once per article,
 * since many undated articles of a story read the same related ones.
 */
function happeningsOf(other: Article): Happening[] {
  const out: Happening[] = [];
  if (other.date.kind !== 'exact') return out;
  const published = dayNumber(other.date.year, other.date.month, other.date.day);
  for (const s of other.sentences) {
    const sentence = other.text.slice(s.start, s.end);
    let terms: Set<string> | undefined;
    DATED_HAPPENING.lastIndex = 0;
    for (let m = DATED_HAPPENING.exec(sentence); m; m = DATED_HAPPENING.exec(sentence)) {
      const month = monthNumber(m[2])!;
      const year = Number(m[4]);
      const day = m[1] || m[3] ? Number(m[1] ?? m[3]) : undefined;
      // A later article tells of it as past: the happening comes before that article.
      if (dayNumber(year, month, day ?? 1) > published) continue;
      terms ??= new Set(analyze(sentence));
      out.push({ year, month, ...(day ? { day } : {}), terms });
    }
    WEEKDAY_HAPPENING.lastIndex = 0;
    let named: number | undefined;
    for (let m = WEEKDAY_HAPPENING.exec(sentence); m; m = WEEKDAY_HAPPENING.exec(sentence)) {
      const weekday = WEEKDAY_NAMES.indexOf(m[1]);
      // The last such weekday on or before publication.
      const day = published - ((dateOf(published).weekday - weekday + WEEK) % WEEK);
      named ??= day;
      terms ??= new Set(analyze(sentence));
      out.push({ ...dateOf(day), weekday, terms });
    }
    DAYS_BACK.lastIndex = 0;
    for (let m = DAYS_BACK.exec(sentence); m; m = DAYS_BACK.exec(sentence)) {
      const from = /^ago$/i.test(m[2]) ? published : named;
      if (from === undefined) continue;
      const day = from - countOf(m[1]);
      terms ??= new Set(analyze(sentence));
      out.push({ ...dateOf(day), terms });
    }
  }
  return out;
}

/**
 * Where a dated article of the same story dates what an undated one reports: the sentence of the
 * dated article with a month and year that shares most words with the undated one's opening.
 */
function placeByRelated(
  article: Article,
  related: readonly Article[],
  happenings: (other: Article) => Happening[],
): Placed | undefined {
  const opening = openingTerms(article);
  const lead = leadWeekday(article);
  let best: (Placed & { shared: number }) | undefined;
  for (const other of related) {
    for (const h of happenings(other)) {
      // A weekday places the article only where its own lead tells of the same weekday.
      if (h.weekday !== undefined && h.weekday !== lead) continue;
      let shared = 0;
      for (const t of h.terms) if (opening.has(t) && !WEEKDAY_TERMS.has(t)) shared++;
      if (shared >= MIN_SHARED_WORDS && (!best || shared > best.shared))
        best = { year: h.year, month: h.month, ...(h.day ? { day: h.day } : {}), from: other.file, shared };
    }
  }
  if (!best) return undefined;
  const { shared: _shared, ...placed } = best;
  return placed;
}

/** A quoted title long enough to name one article: "“The last season on the lake”". */
const QUOTED = /["“]([^"“”\n]{12,200})["”]/g;
/** Words of a title as compared: case, quotes and dashes aside. */
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
/** After a cited title, its date: "published on 18 November 2026", "(Nov. 15)", "on March 3, 2025". */
const CITED_DATE = new RegExp(
  String.raw`^[^.;"“]{0,40}?\b(?:(\d{1,2})\s+(${MONTH_WORDS_ABBR})\.?(?:,?\s+(\d{4}))?|(${MONTH_WORDS_ABBR})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?)\b`,
  'i',
);

interface CitedDate {
  year?: number;
  month: number;
  day: number;
  from: Article;
}

/**
 * Dates another article gives an article it cites by its title, as corrections columns and
 * follow-ups do ("our report “X” (Nov. 15)", "the feature “X”, published on 18 November 2026"): the
 * most direct evidence of when an undated article appeared.
 */
function citedDates(articles: readonly Article[], wanted: ReadonlyMap<string, number>): Map<number, CitedDate> {
  const found = new Map<number, CitedDate>();
  if (!wanted.size) return found;
  // Most quotations are speech: only one whose first word opens a wanted title is compared whole.
  const firstWords = new Set([...wanted.keys()].map((k) => k.split(' ')[0]));
  for (const other of articles) {
    for (const m of other.text.matchAll(QUOTED)) {
      if (!firstWords.has(titleKey(/^\S*/.exec(m[1])![0]))) continue;
      const i = wanted.get(titleKey(m[1]));
      if (i === undefined || articles[i] === other || found.has(i)) continue;
      const d = CITED_DATE.exec(other.text.slice(m.index! + m[0].length, m.index! + m[0].length + 80));
      if (!d) continue;
      const month = monthNumber(d[2] ?? d[4]);
      const day = Number(d[1] ?? d[5]);
      const year = d[3] ?? d[6];
      if (!month || day < 1 || day > 31) continue;
      found.set(i, { month, day, from: other, ...(year ? { year: Number(year) } : {}) });
    }
  }
  return found;
}

/** A headline's terms, without numbers and weekday names, which tell no story apart. */
const headlineTerms = (article: Article) =>
  new Set(analyze(article.title.text).filter((t) => !/^\d+$/.test(t) && !WEEKDAY_TERMS.has(t)));

/** The terms of the sentence holding an offset of an article's text. */
function sentenceTermsAt(article: Article, offset: number): Set<string> {
  const sentence = article.sentences.find((x) => x.start <= offset && offset < x.end);
  return new Set(sentence ? analyze(article.text.slice(sentence.start, sentence.end)) : []);
}

const sharedCount = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((t) => b.has(t)).length;

/**
 * "Our report of the cup final on Saturday 20 June 2026": another article that writes a
 * year-less dateline's day in full, in a sentence sharing the dated article's headline words,
 * gives its year. For each such article (keyed by month and day), the year and the article.
 */
function yearsFromNamedDays(
  articles: readonly Article[],
  noYear: ReadonlyMap<string, number[]>,
): Map<number, { year: number; from: Article }> {
  const found = new Map<number, { year: number; from: Article }>();
  if (!noYear.size) return found;
  const headline = new Map<number, Set<string>>();
  const titleTerms = (i: number) => headline.get(i) ?? headline.set(i, headlineTerms(articles[i])).get(i)!;
  // Only texts that name a wanted month are read for dates (a large folder has few year-less datelines).
  const months = [...new Set([...noYear.keys()].map((k) => MONTH_NAMES[Number(k.split('-')[0]) - 1]))];
  for (const other of articles) {
    if (!months.some((name) => other.text.includes(name))) continue;
    for (const m of other.text.matchAll(DATED_HAPPENING)) {
      const day = m[1] ?? m[3];
      const month = monthNumber(m[2]);
      if (!day || !month) continue;
      const wanted = noYear.get(`${month}-${Number(day)}`);
      if (!wanted) continue;
      const words = sentenceTermsAt(other, m.index!);
      for (const i of wanted) {
        if (articles[i] === other || found.has(i)) continue;
        if (sharedCount(titleTerms(i), words) >= MIN_SHARED_WORDS) found.set(i, { year: Number(m[4]), from: other });
      }
    }
  }
  return found;
}

/** "an interview with this newspaper published on 14 October": another article's day of publication. */
const PUBLISHED_ON = new RegExp(
  String.raw`\bpublished\s+(?:on\s+)?(?:(\d{1,2})\s+(${MONTH_WORDS_ABBR})\.?|(${MONTH_WORDS_ABBR})\.?\s+(\d{1,2}))(?:,?\s+(\d{4}))?\b`,
  'gi',
);

/**
 * "In an interview with this newspaper published on 14 October, the collective's secretary, Ada
 * Marrow, said…": a sentence of another article that gives a day of publication and shares the
 * undated article's headline words (a name is two) dates it, as a citation by title does.
 */
function publishedOnDates(articles: readonly Article[], undated: readonly number[]): Map<number, CitedDate> {
  const found = new Map<number, CitedDate>();
  const wanted = undated.filter((i) => articles[i].date.kind === 'unknown');
  if (!wanted.length) return found;
  const terms = new Map(wanted.map((i) => [i, headlineTerms(articles[i])]));
  for (const other of articles) {
    if (!/published/i.test(other.text)) continue;
    for (const m of other.text.matchAll(PUBLISHED_ON)) {
      const month = monthNumber(m[2] ?? m[3]);
      const day = Number(m[1] ?? m[4]);
      if (!month || day < 1 || day > 31) continue;
      const words = sentenceTermsAt(other, m.index!);
      for (const i of wanted) {
        if (articles[i] === other || found.has(i)) continue;
        if (sharedCount(terms.get(i)!, words) >= 2)
          found.set(i, { month, day, from: other, ...(m[5] ? { year: Number(m[5]) } : {}) });
      }
    }
  }
  return found;
}

/** The year of a day cited without one: the last such day on or before the citing article's date. */
function yearOfCited(cited: CitedDate): number | undefined {
  if (cited.year) return cited.year;
  const d = cited.from.date;
  if (d.kind !== 'exact') return undefined;
  return dayNumber(d.year, cited.month, cited.day) <= dayNumber(d.year, d.month, d.day) ? d.year : d.year - 1;
}

/**
 * The articles, with a year added to each year-less dateline that a dated article of the same
 * story fixes, and a place in time for each undated article a dated one dates. Articles that need
 * no change are returned as they are.
 */
export function dateFromRelatedArticles(articles: readonly Article[]): Article[] {
  const undated = articles
    .map((a, i) => (a.date.kind === 'no-year' || a.date.kind === 'unknown' ? i : -1))
    .filter((i) => i >= 0);
  if (!undated.length) return [...articles];
  const wanted = new Map(undated.map((i) => [i, namesOf(articles[i])]));
  const asked = new Set([...wanted.values()].flatMap((s) => [...s]));
  // Names too common to tell stories apart (a country that most articles of a world-news folder name) are not evidence.
  const datedByName = new Map<string, number[]>();
  articles.forEach((a, i) => {
    if (a.date.kind !== 'exact') return;
    for (const name of namesOf(a))
      if (asked.has(name)) (datedByName.get(name) ?? datedByName.set(name, []).get(name)!).push(i);
  });
  const tooCommon = Math.max(5, articles.length / 20);
  const out = [...articles];
  const titled = new Map<string, number>();
  for (const i of undated) {
    const key = titleKey(articles[i].title.text);
    if (key.split(' ').length >= 3) titled.set(key, i);
  }
  const cited = citedDates(articles, titled);
  for (const [i, c] of publishedOnDates(articles, undated)) if (!cited.has(i)) cited.set(i, c);
  const noYear = new Map<string, number[]>();
  for (const i of undated) {
    const d = articles[i].date;
    if (d.kind === 'no-year')
      (noYear.get(`${d.month}-${d.day}`) ?? noYear.set(`${d.month}-${d.day}`, []).get(`${d.month}-${d.day}`)!).push(i);
  }
  const named = yearsFromNamedDays(articles, noYear);
  const happeningsBy = new Map<Article, Happening[]>();
  const happenings = (other: Article) =>
    happeningsBy.get(other) ?? happeningsBy.set(other, happeningsOf(other)).get(other)!;
  // How many of these names each dated article shares, in the order the articles are first met
  // (ties go to the first): counted in one reused array, since thousands of undated articles
  // each count through lists of hundreds.
  const counts = new Int32Array(articles.length);
  const sharedNames = (names: Iterable<string>): [number, number][] => {
    const met: number[] = [];
    for (const name of names) {
      const list = datedByName.get(name);
      if (!list || list.length > tooCommon) continue;
      for (const j of list) if (counts[j]++ === 0) met.push(j);
    }
    const out = met.map((j): [number, number] => [j, counts[j]]);
    for (const j of met) counts[j] = 0;
    return out;
  };
  for (const [i, names] of wanted) {
    const current = articles[i].date;
    const citation = cited.get(i);
    const citedYear = citation && yearOfCited(citation);
    if (citation && citedYear) {
      out[i] =
        current.kind === 'unknown'
          ? {
              ...articles[i],
              date: {
                kind: 'unknown',
                placed: { year: citedYear, month: citation.month, day: citation.day, from: citation.from.file },
              },
            }
          : current.kind === 'no-year' && current.month === citation.month && current.day === citation.day
            ? { ...articles[i], date: { ...current, year: citedYear, yearFrom: citation.from.file } }
            : articles[i];
      if (out[i] !== articles[i]) continue;
    }
    if (current.kind === 'unknown') {
      // Placed again on every load: the related article may have gone.
      const shared = sharedNames(names);
      const related = [...shared].filter(([, n]) => n >= MIN_SHARED_NAMES).map(([j]) => articles[j]);
      const placed = placeByRelated(articles[i], related, happenings);
      if (placed) out[i] = { ...articles[i], date: { kind: 'unknown', placed } };
      else if (current.placed) out[i] = { ...articles[i], date: { kind: 'unknown' } };
      continue;
    }
    if (current.kind !== 'no-year') continue;
    // A year set by an earlier load is worked out again: the related article may have gone.
    const { year: _year, yearFrom: _from, ...date } = current;
    const shared = sharedNames(names);
    let best: { year: number; file: string; shared: number; apart: number } | undefined;
    for (const [j, count] of shared) {
      const other = articles[j].date;
      if (count < MIN_SHARED_NAMES || other.kind !== 'exact') continue;
      const otherDay = dayNumber(other.year, other.month, other.day);
      for (const year of [other.year - 1, other.year, other.year + 1]) {
        const apart = Math.abs(dayNumber(year, date.month, date.day) - otherDay);
        if (apart > MAX_DAYS_APART) continue;
        if (!best || count > best.shared || (count === best.shared && apart < best.apart))
          best = { year, file: articles[j].file, shared: count, apart };
      }
    }
    const fullDay = named.get(i);
    // The day written in full with its year is the more direct evidence.
    if (fullDay) out[i] = { ...articles[i], date: { ...date, year: fullDay.year, yearFrom: fullDay.from.file } };
    else if (best) out[i] = { ...articles[i], date: { ...date, year: best.year, yearFrom: best.file } };
    else if (_year !== undefined) out[i] = { ...articles[i], date };
  }
  return out;
}
