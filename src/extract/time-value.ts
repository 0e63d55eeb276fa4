// Normalised time: every date expression becomes a range of days. Where the article's publication
// day is unknown, the range is an estimate that only orders events, and the label says what the
// text really tells ("about a week before publication"), never a made-up calendar date.

import { dateOf, dayNumber, MONTH_NAMES } from '../corpus/months.ts';

export type Granularity = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'range';

/**
 * - exact: from the text and the article's known date;
 * - inferred: the article's dateline omits the year, inferred from the years the article mentions;
 * - estimated: relative to a publication day that is unknown; good for ordering within the article only.
 */
export type Certainty = 'exact' | 'inferred' | 'estimated';

export interface TimeValue {
  /** First and last day, as days since 1970-01-01 (UTC). */
  from: number;
  to: number;
  granularity: Granularity;
  certainty: Certainty;
  /** The normalised form: ISO where the calendar date is known ("2022-02", "2023-03-21", "2016/2019"),
   *  otherwise a description relative to publication ("May, the year of publication"). */
  label: string;
  /** The time lies after the article was written ("will meet on May 15"). */
  future?: boolean;
  /** Minutes after midnight, where a clock time is given: orders the events of one day. */
  minute?: number;
}

export { dateOf, dayNumber };

export function lastDayOfMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(dayNum: number): string {
  const d = dateOf(dayNum);
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(dayNum: number): string {
  const d = dateOf(dayNum);
  return `${d.year}-${pad(d.month)}`;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A readable form of a calendar range: "12 April 1994", "June 2021", "2016 to 2019". */
export function calendarLabel(from: number, to: number, granularity: Granularity): string {
  const a = dateOf(from);
  const b = dateOf(to);
  switch (granularity) {
    case 'day':
      return `${isoDay(from)}`;
    case 'week':
      return `week of ${isoDay(from)}`;
    case 'month':
      return isoMonth(from);
    case 'season':
    case 'range':
      if (a.year === b.year && a.month === b.month) return from === to ? isoDay(from) : `${isoDay(from)}/${isoDay(to)}`;
      if (from === dayNumber(a.year, a.month, 1) && to === lastDayOfMonth(b.year, b.month)) {
        if (a.month === 1 && b.month === 12) return a.year === b.year ? `${a.year}` : `${a.year}/${b.year}`;
        return `${isoMonth(from)}/${isoMonth(to)}`;
      }
      return `${isoDay(from)}/${isoDay(to)}`;
    case 'year':
      return `${a.year}`;
    case 'decade':
      return `${a.year}s`;
  }
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** Orders two times as timelines do: by when they begin, then the shorter first. */
export function compareTimes(a: TimeValue, b: TimeValue): number {
  return a.from - b.from || a.to - b.to || (a.minute ?? -1) - (b.minute ?? -1);
}
