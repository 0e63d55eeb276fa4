// The lines above a story that say who wrote it, for whom and when: "By Jane Doe", "Jane Doe,
// Health Correspondent", "By JANE DOE", "Quarrow Herald | March 26, 2025", "Associated Press",
// "Updated 7 August 2025, 16:42 CEST", "Published 09/02/2026 - 14:37", "Monday, March 31, 2025",
// "*Quarrow, 23 July 2025*". Each reader takes one line (markup already blanked) and says what it
// holds, or undefined when the line is not metadata.

import { anyOf, pattern } from '../text/pattern.ts';
import { MONTH_PATTERN, WEEKDAY_NAMES, WEEKDAY_PATTERN, isRealDate, monthNumber } from './months.ts';

export interface FoundDate {
  year: number;
  month: number;
  day: number;
  /** Where the date stands in the string, and how long it is. */
  at: number;
  length: number;
  /** A numeric date whose day and month could be either way round ("09/02/2026"). */
  alternative?: { year: number; month: number; day: number };
}

export interface LineMetadata {
  kind: 'byline' | 'outlet' | 'published' | 'updated' | 'date' | 'standfirst';
  byline?: string;
  outlet?: string;
  date?: FoundDate;
}

const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.toLowerCase());
const WEEKDAY = WEEKDAY_PATTERN;
const MONTH = MONTH_PATTERN;
const MONTH_FIRST = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
const TIME =
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?=\s|$|[,.;)])|\b\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?/gi;
const ZONE =
  /\b(?:GMT|UTC)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?|\b(?:[ECMP][SD]T|CES?T|BST|IST|EES?T|WES?T|AES?T|JST|SGT|HKT|WAT|CAT|EAT|SAST|MSK)\b|\blocal time\b/gi;

/** The first full date (day, month and year) in a string. */
export function findDate(s: string): FoundDate | undefined {
  const found: FoundDate[] = [];
  let m = ISO.exec(s);
  if (m && isRealDate(+m[1], +m[2], +m[3]))
    found.push({ year: +m[1], month: +m[2], day: +m[3], at: m.index, length: m[0].length });
  m = MONTH_FIRST.exec(s);
  if (m && monthNumber(m[1]) && isRealDate(+m[3], monthNumber(m[1])!, +m[2]))
    found.push({ year: +m[3], month: monthNumber(m[1])!, day: +m[2], at: m.index, length: m[0].length });
  m = DAY_FIRST.exec(s);
  if (m && monthNumber(m[2]) && isRealDate(+m[3], monthNumber(m[2])!, +m[1]))
    found.push({ year: +m[3], month: monthNumber(m[2])!, day: +m[1], at: m.index, length: m[0].length });
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    const dayFirst = isRealDate(year, b, a) ? { year, month: b, day: a } : undefined;
    const monthFirst = isRealDate(year, a, b) ? { year, month: a, day: b } : undefined;
    const one = dayFirst ?? monthFirst;
    if (one) {
      const both = dayFirst && monthFirst && a !== b;
      found.push({ ...one, at: m.index, length: m[0].length, alternative: both ? monthFirst : undefined });
    }
  }
  return found.sort((x, y) => x.at - y.at)[0];
}

export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The weekdays a text names, as 0 (Sunday) to 6. */
export function weekdaysNamed(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g))
    out.add(WEEKDAYS.findIndex((w) => w.startsWith(m[1].toLowerCase())));
  return out;
}

/**
 * Settles a numeric date that reads both ways ("09/02/2026": 9 February or 2 September). A weekday
 * the lead names is usually the publication day, or the day before it; failing that, the way the
 * article writes its other dates (day first, "9 February", or month first, "February 9") decides.
 */
export function settleAmbiguousDate(
  date: FoundDate,
  lead: string,
  wholeText: string,
): { date?: { year: number; month: number; day: number }; why: string } {
  const options = [
    { year: date.year, month: date.month, day: date.day, order: 'day first' },
    { ...date.alternative!, order: 'month first' },
  ];
  const named = weekdaysNamed(lead);
  for (const lag of [0, 1]) {
    const fits = options.filter((o) => named.has((weekdayOf(o.year, o.month, o.day) + 7 - lag) % 7));
    if (fits.length === 1) return { date: fits[0], why: `read ${fits[0].order}: the lead's weekday fits that day` };
  }
  const dayFirst = (wholeText.match(new RegExp(`\\b\\d{1,2}\\s+${MONTH}`, 'gi')) ?? []).length;
  const monthFirst = (wholeText.match(new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b`, 'gi')) ?? []).length;
  if (dayFirst > monthFirst) return { date: options[0], why: 'read day first, as the article writes its other dates' };
  if (monthFirst > dayFirst)
    return { date: options[1], why: 'read month first, as the article writes its other dates' };
  return { why: 'it could be read day first or month first' };
}

const JOURNALIST_ROLE_TITLE = pattern(
  'u',
  /^(?:(?:[\p{Lu}][\p{L}-]*|and|&|of|for|the)\s+){0,4}/u,
  anyOf(
    /Correspondent|Reporter|Editor|Writer|Columnist|Contributor|Critic|Analyst|Producer|Journalist/,
    /Presenter|Chief|Staff|Desk|Bureau|Commentator|Reviewer|Photographer/,
  ),
  '$',
);
/** The same desk titles in lower case, as many outlets write them: "health reporter", "local democracy reporter". */
const JOURNALIST_ROLE_LOWER = pattern(
  'u',
  /^(?:[\p{L}-]+\s+){0,3}/u,
  anyOf(
    /correspondent|reporter|editor|writer|columnist|contributor|critic|analyst|producer|journalist/,
    /presenter|commentator|reviewer|photographer|desk/,
  ),
  '$',
);
/** Words that make a clause of a role ("who was a reporter"), never a desk title. */
const NOT_A_DESK_TITLE = /\b(?:a|an|who|which|that|was|is|were|has|had|said|says|former)\b/i;
const JOURNALIST_ROLE = {
  test: (s: string) => JOURNALIST_ROLE_TITLE.test(s) || (JOURNALIST_ROLE_LOWER.test(s) && !NOT_A_DESK_TITLE.test(s)),
};
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|de|da|del|della|der|van|von|bin|bint|al|el|le|la|du|dos|das|y|ap|ab|ferch)";
const PERSON = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORD}){1,5}$`, 'u');
const PEOPLE = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORD}){1,5}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORD}){1,5})*$`,
  'u',
);
const OUTLET_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}'’&.-]*|\\p{N}+[\\p{L}\\p{N}]*|of|the|and|&|de|du|la|le|el)";
const OUTLET = new RegExp(`^(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?:\\s+${OUTLET_WORD}){0,5}$`, 'u');
/** A live page's note on how to read it: "All times local", "Newest posts first", "Oldest entries first". */
const LIVE_NOTE = pattern(
  'i',
  '^',
  anyOf(
    /all times?\b|times? (?:are|in)\b|(?:newest|latest|oldest|earliest)(?: (?:posts|entries|updates))? first/,
    // "Entries in the order they were posted", "Updates in chronological order"
    /(?:entries|posts|updates) (?:are )?(?:shown )?in (?:the )?(?:chronological )?order\b/,
    /this (?:interview|conversation) has been (?:edited|condensed)|refresh\b/,
  ),
);
const LIVE_FILLER = /\blive\s+(?:coverage|blog|updates|reporting)\b(?!\s+from\b)/gi;
const SEPARATOR = /\s+[|·•—–]\s+|\s+-\s+/;

/** A date line once the date, weekday, times, zones and fillers are taken out: what is left. */
function leftOverOfDateLine(s: string, date: FoundDate): string {
  return (s.slice(0, date.at) + ' ' + s.slice(date.at + date.length))
    .replace(new RegExp(`\\b${WEEKDAY}(?=[\\s,]|$)`, 'gi'), ' ')
    .replace(TIME, ' ')
    .replace(ZONE, ' ')
    .replace(/\b(?:at|on)\b/gi, ' ')
    .replace(/[,;|·•—–()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a line of byline, outlet or date metadata. `line` has its Markdown markup blanked out. */
export function readMetadataLine(raw: string): LineMetadata | undefined {
  const line = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[*_\s]+|[*_\s]+$/g, '');
  if (!line || line.length > 160) return undefined;

  // "Updated 7 August 2025, 16:42 CEST", "Published 09/02/2026 - 14:37", "Last updated: Mon 1 Sep 2025".
  const stamp =
    /^(?:(last\s+)?(updated|modified)|(first\s+)?(published|posted|issued)|date)\b\s*(?:on\b)?\s*:?\s*(.*)$/i.exec(
      line,
    );
  if (stamp) {
    const date = findDate(stamp[5]);
    if (date && leftOverOfDateLine(stamp[5], date).split(' ').filter(Boolean).length <= 3) {
      return { kind: stamp[2] ? 'updated' : 'published', date };
    }
  }

  // "By Jane Doe", "By JANE DOE, Staff Writer | The Halden Post", "Interview by Jane Doe · Books · Friday 20 June 2025".
  const by = /^(?:(?:interview|words|text|story|written|reporting)\s+)?by\s+(.+)$/i.exec(line);
  if (by) {
    // "By Mele Tupou, Pacific affairs correspondent. 12 January 2026.": a date after the byline's full stop.
    const trailing = /^(.+?)\.\s+([^.]+?)\.?$/.exec(by[1]);
    const trailingDate = trailing ? findDate(trailing[2]) : undefined;
    if (trailing && trailingDate && !leftOverOfDateLine(trailing[2], trailingDate)) {
      const read = readMetadataLine(`By ${trailing[1]}`);
      if (read?.kind === 'byline') return { ...read, date: read.date ?? trailingDate };
    }
    const parts = by[1]
      .split(SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean);
    // "By A and B in Kotara", "By A at the Derby Arena": where they filed from is not part of the byline.
    const names = parts[0].replace(/[.,;]+$/, '').replace(/\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’. -]*$/u, '');
    const nameOnly = names.split(/,\s*/)[0];
    let role = names.slice(nameOnly.length).replace(/^,\s*/, '');
    // "By Ada Marrow, economics columnist, The Halden Post": a role, then the outlet.
    const roleThenOutlet = /^(.+),\s*([^,]+)$/.exec(role);
    let outlet: string | undefined;
    if (
      roleThenOutlet &&
      PERSON.test(nameOnly) &&
      JOURNALIST_ROLE.test(roleThenOutlet[1]) &&
      OUTLET.test(roleThenOutlet[2])
    ) {
      role = roleThenOutlet[1];
      outlet = roleThenOutlet[2];
    }
    if (
      !/\d/.test(names) &&
      (PEOPLE.test(nameOnly) || PEOPLE.test(names)) &&
      (!role || JOURNALIST_ROLE.test(role) || PEOPLE.test(names))
    ) {
      const out: LineMetadata = outlet
        ? { kind: 'byline', byline: `${nameOnly}, ${role}`, outlet }
        : { kind: 'byline', byline: names };
      const separator = SEPARATOR.exec(by[1])?.[0].trim();
      for (const part of parts.slice(1)) {
        const published = /^(?:updated|published|posted)\b:?\s*(.*)$/i.exec(part);
        const date = findDate(published ? published[1] : part);
        if (date) out.date ??= date;
        // "| The Halden Post" names the outlet; after "·" a single word is more often a section ("· Books ·").
        else if (OUTLET.test(part) && (separator === '|' || part.split(/\s+/).length >= 2)) out.outlet ??= part;
      }
      return out;
    }
    return undefined;
  }

  // "From our Parliamentary Correspondent, Ada Marrow", "From our correspondent in Quarrow": the
  // British papers' byline for a staff correspondent.
  const fromOur = /^from our\s+([^,]+?)(?:\s+in\s+\p{Lu}[\p{L}'’. -]*)?(?:,\s*(.+))?$/iu.exec(line);
  if (fromOur && JOURNALIST_ROLE.test(fromOur[1])) {
    const name = fromOur[2]?.trim();
    if (!name) return { kind: 'byline', byline: line };
    if (PERSON.test(name)) return { kind: 'byline', byline: `${name}, ${fromOur[1]}` };
  }

  // "Harbour Courier weather desk", "Andes Radio live desk": an outlet's desk signs the story.
  const desk = /^(.+?)\s+(?:[\p{Ll}-]+\s+){0,2}desk$/u.exec(line);
  if (desk && OUTLET.test(desk[1])) return { kind: 'byline', byline: line, outlet: desk[1] };

  // "Court reporter: Ada Marrow", "Reporter: Ada Marrow": the desk title, a colon, the name.
  const colon = /^([^:]{3,40}):\s*(.+)$/.exec(line);
  if (colon && JOURNALIST_ROLE.test(colon[1].trim()) && PERSON.test(colon[2].trim()))
    return { kind: 'byline', byline: `${colon[2].trim()}, ${colon[1].trim().toLowerCase()}` };

  // "Ada Marrow, Health Correspondent"
  const comma = /^([^,]+),\s*(.+)$/.exec(line);
  if (comma && PERSON.test(comma[1]) && JOURNALIST_ROLE.test(comma[2])) return { kind: 'byline', byline: line };

  // "The Halden Post | Published: 27/11/2025": an outlet and a stamp, each part read on its own.
  if (SEPARATOR.test(line)) {
    const parts = line
      .split(SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean);
    const read = parts.map(
      (p) => readMetadataLine(p) ?? (OUTLET.test(p) ? { kind: 'outlet' as const, outlet: p } : undefined),
    );
    if (parts.length >= 2 && read.every(Boolean) && read.some((r) => r!.date) && read.some((r) => r!.outlet)) {
      const dated = read.find((r) => r!.date)!;
      return { kind: 'outlet', outlet: read.find((r) => r!.outlet)!.outlet, date: dated.date };
    }
    // "Great Lakes Sport and partner titles | Published Friday 20 November 2026": a stamp that says
    // "Published" dates the line whatever stands beside it.
    const stamped = read.find((r) => (r?.kind === 'published' || r?.kind === 'updated') && r.date);
    if (parts.length >= 2 && stamped) return stamped;
    // "Ada Marrow, economics correspondent · Wednesday 18 November 2026": a byline and its date.
    const bylined = read.find((r) => r?.kind === 'byline');
    const dated = read.find((r) => r?.kind === 'date');
    if (parts.length === 2 && bylined && dated) return { ...bylined, date: dated.date };
  }

  // "Translated from the Korean by the desk": an editor's note on the story, not news.
  if (/^translated from (?:the )?\p{Lu}[\p{L}-]*\b/iu.test(line) && line.length <= 160) return { kind: 'standfirst' };

  // "Thursday 5th November", "Thursday, November 5": a date line that gives no year is metadata,
  // though it dates nothing to the day on its own.
  if (
    new RegExp(
      `^${WEEKDAY},?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)$`,
      'i',
    ).test(line)
  )
    return { kind: 'date' };

  // "Quarrow Herald | March 26, 2025", "The Halden Post, Wednesday 2 April 2025", "Monday, March 31, 2025", "Quarrow, 23 July 2025".
  const unfilled = line.replace(LIVE_FILLER, ' ').replace(/\s+/g, ' ').trim();
  const date = findDate(unfilled);
  if (date) {
    const before = unfilled
      .slice(0, date.at)
      .replace(new RegExp(`\\b${WEEKDAY}\\s*,?\\s*$`, 'i'), '')
      .replace(/[\s,|·•—–-]+$/, '')
      .trim();
    const after = unfilled.slice(before.length);
    if (leftOverOfDateLine(after, { ...date, at: date.at - before.length })) return undefined;
    if (!before) return { kind: 'date', date };
    // "Puerto Arenas, Talvera — 3 March 2026": a place and its region, then the date.
    if (
      /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(
        before,
      ) &&
      /^[\s,]*[—–-]/.test(after)
    )
      return { kind: 'date', date };
    if (!OUTLET.test(before)) return undefined;
    // A lone place name before a date is a place line ("Quarrow, 23 July 2025"); more words, an outlet.
    const lonePlace = before.split(/\s+/).length === 1 && !/\d/.test(before) && !/[|·•—–]/.test(after);
    return lonePlace ? { kind: 'date', date } : { kind: 'outlet', outlet: before, date };
  }
  return undefined;
}

/** The holder of a copyright line, "© 2025 The Halden Post. All rights reserved.": the outlet, when nothing else names it. */
export function copyrightHolder(raw: string): string | undefined {
  const line = raw.replace(/\s+/g, ' ').trim();
  const m =
    /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)[.,]?\s*(?:all rights reserved\.?)?$/i.exec(
      line,
    );
  const holder = m?.[1].replace(/[.,]$/, '').trim();
  return holder && holder.length <= 60 && OUTLET.test(holder) ? holder : undefined;
}

/** A line that can only be an outlet's name: "Associated Press", "The Quarrow Herald". Read only next to a byline. */
export function readOutletLine(raw: string): string | undefined {
  const line = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[*_\s]+|[*_\s]+$/g, '');
  return line.length <= 60 && !/[.!?:;]$/.test(line) && OUTLET.test(line) ? line : undefined;
}

/** The parts of a standfirst that are metadata: "Live coverage from X, Wednesday 18 June 2025." "By A and B." "All times local." */
export function readStandfirst(raw: string): LineMetadata[] | undefined {
  const text = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[*_\s]+|[*_\s]+$/g, '');
  if (text.length > 400) return undefined;
  const parts = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const out: LineMetadata[] = [];
  for (const p of parts) {
    const sentence = p.replace(/[.!]$/, '');
    if (LIVE_NOTE.test(sentence)) {
      out.push({ kind: 'standfirst' });
      continue;
    }
    const line = readMetadataLine(sentence);
    if (line) {
      out.push(line);
      continue;
    }
    // "Live coverage from Quarrow Space Centre, Wednesday 18 June 2025"
    const date = findDate(sentence);
    if (date && /\blive\b|\bcoverage\b|\bupdates\b/i.test(sentence) && sentence.length < 160) {
      out.push({ kind: 'date', date });
      continue;
    }
    return undefined;
  }
  return out.some((l) => l.kind !== 'standfirst') ? out : undefined;
}
