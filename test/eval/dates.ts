// Comparing a predicted time (a range of days) with a gold value: ISO values exactly (or within the
// gold's tolerance), relative values against a publication day P that the article does not give.
// P is a free parameter, chosen once per article and system to make the most gold dates right: an
// extractor that cannot know P is judged on the days it gives relative to each other and to the
// weekdays and months the text names, never on the guess of P itself.

import type { GoldTimeValue, RelativeValue } from './gold.ts';

const DAY_MS = 86_400_000;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface DayRange {
  /** First and last day, as days since 1970-01-01 (UTC). */
  from: number;
  to: number;
}

export const dayNumber = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
const lastOfMonth = (y: number, m: number) => dayNumber(y, m + 1, 1) - 1;

export function calendar(day: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function isoDay(day: number): string {
  const c = calendar(day);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** "2023-03-07/2023-03-09", or the day alone. */
export function showRange(r: DayRange): string {
  return r.from === r.to ? isoDay(r.from) : `${isoDay(r.from)}/${isoDay(r.to)}`;
}

/** The days of one ISO part: "2023", "2023-03", "2023-03-07". */
function isoPart(s: string): DayRange | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return undefined;
  const y = +m[1];
  if (m[3]) return { from: dayNumber(y, +m[2], +m[3]), to: dayNumber(y, +m[2], +m[3]) };
  if (m[2]) return { from: dayNumber(y, +m[2], 1), to: lastOfMonth(y, +m[2]) };
  return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31) };
}

/** The days an ISO gold value stands for; throws on a malformed value (a gold file's error). */
export function isoRange(value: string): DayRange {
  const week = /^week of (\S+)$/.exec(value);
  if (week) {
    const d = isoPart(week[1]);
    if (!d || d.from !== d.to || calendar(d.from).weekday !== 1)
      throw new Error(`gold: “${value}” is not the week of a Monday`);
    return { from: d.from, to: d.from + 6 };
  }
  const [a, b] = value.split('/');
  const first = isoPart(a);
  const last = b === undefined ? first : isoPart(b);
  if (!first || !last || last.to < first.from) throw new Error(`gold: “${value}” is not an ISO date or range`);
  return { from: first.from, to: last.to };
}

export const isRelative = (v: GoldTimeValue): v is RelativeValue => typeof v !== 'string';

const within = (x: number, [lo, hi]: [number, number]) => x >= lo && x <= hi;

/** Is the prediction right for publication day `p`? */
export function relativeHolds(v: RelativeValue, r: DayRange, p: number): boolean {
  const a = calendar(r.from);
  const b = calendar(r.to);
  const pub = calendar(p);
  if (v.days && !(within(r.from - p, v.days) && within(r.to - p, v.days))) return false;
  if (v.from && !within(r.from - p, v.from)) return false;
  if (v.to && !within(r.to - p, v.to)) return false;
  if (v.weekday !== undefined && !(r.from === r.to && WEEKDAYS[a.weekday] === v.weekday)) return false;
  if (v.unit === 'day' && r.from !== r.to) return false;
  if (v.unit === 'week' && !(a.weekday === 1 && r.to === r.from + 6)) return false;
  if (v.unit === 'month' && !(a.day === 1 && r.to === lastOfMonth(a.year, a.month))) return false;
  if (v.unit === 'year' && !(a.month === 1 && a.day === 1 && r.to === dayNumber(a.year, 12, 31))) return false;
  if (v.month !== undefined && !(a.month === v.month && b.month === v.month && a.year === b.year)) return false;
  if (v.day !== undefined && a.day !== v.day) return false;
  if (v.yearOffset !== undefined && a.year !== pub.year + v.yearOffset) return false;
  if (v.monthOffset !== undefined && a.year * 12 + a.month !== pub.year * 12 + pub.month + v.monthOffset) return false;
  return true;
}

/** Is the prediction right for one gold value (ISO, or relative at publication day `p`)? */
export function valueHolds(v: GoldTimeValue, r: DayRange, p: number | undefined, tolerance = 0): boolean {
  if (!isRelative(v)) {
    const g = isoRange(v);
    return Math.abs(r.from - g.from) <= tolerance && Math.abs(r.to - g.to) <= tolerance;
  }
  return p !== undefined && relativeHolds(v, r, p);
}

/** The publication days worth trying for a relative value and a prediction: those its bounds allow. */
export function candidateDays(v: RelativeValue, r: DayRange): [number, number] {
  let lo = r.from - 800;
  let hi = r.to + 800;
  const clamp = (x: number, [a, b]: [number, number]) => {
    lo = Math.max(lo, x - b);
    hi = Math.min(hi, x - a);
  };
  if (v.days) {
    clamp(r.from, v.days);
    clamp(r.to, v.days);
  }
  if (v.from) clamp(r.from, v.from);
  if (v.to) clamp(r.to, v.to);
  return [lo, hi];
}

/** Describes a gold value for error listings. */
export function showValue(v: GoldTimeValue): string {
  if (!isRelative(v)) return v;
  const parts: string[] = [];
  if (v.unit) parts.push(`a ${v.unit}`);
  if (v.weekday) parts.push(`a ${v.weekday}`);
  if (v.month) parts.push(`in month ${v.month}${v.day ? ` day ${v.day}` : ''}`);
  if (v.yearOffset !== undefined)
    parts.push(`year P${v.yearOffset ? (v.yearOffset > 0 ? '+' : '') + v.yearOffset : ''}`);
  if (v.monthOffset !== undefined) parts.push(`month P${v.monthOffset > 0 ? '+' : ''}${v.monthOffset}`);
  if (v.days) parts.push(`P${v.days[0] >= 0 ? '+' : ''}${v.days[0]}…P${v.days[1] >= 0 ? '+' : ''}${v.days[1]} days`);
  if (v.from) parts.push(`from P${v.from[0]}…P${v.from[1]}`);
  if (v.to) parts.push(`to P${v.to[0]}…P${v.to[1]}`);
  return parts.join(', ');
}
