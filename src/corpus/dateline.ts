// The dateline that opens wire copy: "QUARROW, Jan 27 (Reuters) -", "PORT ELWIN, Orvia (AP) —",
// "GENEVA, March 7 (Reuters) -", or a bare "(Reuters) –".

import type { Dateline, PartialDate, Span } from './article.ts';
import { MONTH_PATTERN, monthNumber } from './months.ts';

const MONTH = MONTH_PATTERN;
/** "Jan 27", "27 January 2026", and either after a weekday ("Thursday 26 November 2026"). */
const DATE = `((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?))`;
const PLACE = "(\\p{Lu}[\\p{Lu}.'’\\- ]*[\\p{Lu}.])";
const REGION = "([A-Z][\\p{L}.'’\\- ]*?)";
const AGENCY = "\\(([A-Z][A-Za-z0-9.&'’ -]{0,40})\\)";
/** "Quarrow (AFP) -": a place in capitals and small letters, allowed only before an agency. */
const TITLE_PLACE = "(\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:[ -]\\p{Lu}\\p{Ll}[\\p{L}'’]*){0,2})";
const DASH = '[ \\t]*[-–—]+[ \\t]+';

const WITH_AGENCY = new RegExp(`^(?:${PLACE}(?:,\\s+${REGION})?(?:,\\s+${DATE})?\\s+)?${AGENCY}${DASH}`, 'u');
const TITLE_CASE_WITH_AGENCY = new RegExp(
  `^${TITLE_PLACE}(?:,\\s+${REGION})?(?:,\\s+${DATE})?\\s+${AGENCY}${DASH}`,
  'u',
);
const WITHOUT_AGENCY = new RegExp(`^${PLACE}(?:,\\s+${REGION})?(?:,\\s+${DATE})?${DASH}`, 'u');

/** Reads a dateline at `offset`; spans are absolute. */
export function readDateline(text: string, offset: number, end = text.length): Dateline | undefined {
  // A dateline stands on the paragraph's first line.
  const lineEnd = text.indexOf('\n', offset);
  const head = text.slice(offset, Math.min(end, offset + 200, lineEnd < 0 ? Infinity : lineEnd));
  let m = WITH_AGENCY.exec(head) ?? TITLE_CASE_WITH_AGENCY.exec(head);
  let agencyGroup = 4;
  if (!m) {
    m = WITHOUT_AGENCY.exec(head);
    agencyGroup = -1;
    // A bare capitalised word before a dash is too weak on its own: require an all-caps place.
    if (m && !/^\p{Lu}[\p{Lu}.'’\- ]{2,}$/u.test(m[1])) m = null;
  }
  if (!m) return undefined;
  const spanOf = (group: number): Span | undefined => {
    const value = m![group];
    if (!value) return undefined;
    const at = indexOfGroup(m!, group);
    return { start: offset + at, end: offset + at + value.length };
  };
  const dateText = m[3];
  return {
    start: offset,
    end: offset + m[0].length,
    place: spanOf(1),
    agency: agencyGroup > 0 ? spanOf(agencyGroup) : undefined,
    date: dateText ? parseDatelineDate(dateText) : undefined,
  };
}

/** Position of a capture group inside the match (groups here never repeat text before them). */
function indexOfGroup(m: RegExpExecArray, group: number): number {
  let from = 0;
  for (let g = 1; g < group; g++) {
    const v = m[g];
    if (v) from = m[0].indexOf(v, from) + v.length;
  }
  return m[0].indexOf(m[group]!, from);
}

function parseDatelineDate(dateText: string): PartialDate | undefined {
  const s = dateText.replace(/^\p{L}+day,?\s+/u, '');
  const a = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(s);
  const b = /^(\d{1,2})\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?$/.exec(s);
  const month = monthNumber(a ? a[1] : b ? b[2] : '');
  const day = Number(a ? a[2] : b ? b[1] : NaN);
  const year = a?.[3] ?? b?.[3];
  if (!month || !(day >= 1 && day <= 31)) return undefined;
  return { month, day, year: year ? Number(year) : undefined };
}
