// Month and weekday names: the one home of these words, for the corpus readers (datelines, bylines,
// front matter) and for extraction (src/extract/lexicon.ts, times.ts).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month abbreviations as news writes them: "Jan", "Sept" (lower case; "may" is a full name). */
export const MONTH_ABBREVIATIONS = [...MONTHS.filter((m) => m !== 'may'), 'sept'];

/** A month in a regular expression, full or cut, with an optional full stop: "March", "Sept.", "Nov". */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Weekdays, Sunday first (the order of Date.getUTCDay). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A weekday in a regular expression, full or cut, with an optional full stop: "Tues.", "Thursday". */
export const WEEKDAY_PATTERN = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?';

/** 1-12 for a month name or its abbreviation ("Sept", "Nov."), else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.indexOf(w.slice(0, 3));
  if (i < 0) return undefined;
  const full = MONTH_NAMES[i].toLowerCase();
  if (w === 'sept' || full.startsWith(w)) return i + 1;
  return undefined;
}

/** Days since 1970-01-01 (UTC) of a calendar date: the one day count dates are compared in. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date and weekday (0 = Sunday) of a day number. */
export function dateOf(dayNum: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(dayNum * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
