// The hand-written gold annotations of test/eval/gold/*.json: their shape, loading, and the checks
// that keep them honest (every quoted text is the file's own text; every speaker is annotated).
// The annotation rules are in test/eval/README.md.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normName } from './normalize.ts';

/** The seed articles, the dev corpus, and the varied dev2 corpus (web clips, live blogs, interviews…). */
export type Corpus = 'seed' | 'dev' | 'dev2';
export const CORPORA: Corpus[] = ['seed', 'dev', 'dev2'];

export interface GoldEntity {
  name: string;
  aliases: string[];
  roles?: string[];
  /** A credited reporter or editor: the credits line's role. */
  credit?: string;
  /** Debatable: a prediction of it is neither right nor wrong, and missing it is no error. */
  optional?: boolean;
  note?: string;
}

export interface GoldStatement {
  kind: 'direct' | 'indirect';
  /** A distinctive 4–12 word substring of what was said, exactly as in the file. */
  text: string;
  /** Other substrings of the same statement (a second sentence of one quotation, a second clause). */
  alt?: string[];
  /** The speaker's gold name; several when the text allows either; null when unattributed or a group. */
  speaker: string | string[] | null;
  optional?: boolean;
  note?: string;
}

/**
 * A date relative to an unknown publication day P. A prediction [from, to] (days) is right for a
 * choice of P when every given condition holds; P is chosen once per article (see dates.ts).
 */
export interface RelativeValue {
  /** Both ends lie within [lo, hi] days of P. */
  days?: [number, number];
  /** The first day lies within [lo, hi] days of P. */
  from?: [number, number];
  /** The last day lies within [lo, hi] days of P. */
  to?: [number, number];
  /** One day, this weekday. */
  weekday?: string;
  /** Exactly one calendar day, Monday-to-Sunday week, calendar month or calendar year. */
  unit?: 'day' | 'week' | 'month' | 'year';
  /** Both ends in this month (1-12) of one year. */
  month?: number;
  /** The first day is this day of the month. */
  day?: number;
  /** The first day's year is P's year plus this. */
  yearOffset?: number;
  /** The first day's calendar month is P's month plus this. */
  monthOffset?: number;
}

/** An ISO form ("2023-03-21", "2023-03", "2023", "2023-04/2023-09", "week of 2023-03-13") or a relative value. */
export type GoldTimeValue = string | RelativeValue;

export interface GoldDate {
  /** The expression exactly as in the file. */
  text: string;
  /** A longer text around it, when `text` occurs more than once in the file. */
  context?: string;
  /** One value, or several acceptable ones. */
  value: GoldTimeValue | GoldTimeValue[];
  /** Days either end of an ISO value may be off ("two weeks ago"). */
  tolerance?: number;
  optional?: boolean;
  note?: string;
}

export interface GoldArticle {
  file: string;
  corpus: Corpus;
  sha256: string;
  /** ISO day the article was published (given or inferred), or null when the text does not say. */
  publication: string | null;
  publicationNote?: string;
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
  statements: GoldStatement[];
  dates: GoldDate[];
}

export const GOLD_DIR = new URL('./gold/', import.meta.url).pathname;

export function loadGold(dir = GOLD_DIR): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle);
}

/** Every occurrence of `needle` in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Where a gold date's text stands in the file, or a reason it cannot be placed. */
export function locateDate(text: string, date: GoldDate): { start: number; end: number } | string {
  if (date.context) {
    const at = occurrences(text, date.context);
    if (at.length !== 1) return `context “${date.context}” occurs ${at.length} times`;
    const inner = occurrences(date.context, date.text);
    if (inner.length !== 1) return `“${date.text}” occurs ${inner.length} times in its context`;
    return { start: at[0] + inner[0], end: at[0] + inner[0] + date.text.length };
  }
  const at = occurrences(text, date.text);
  if (at.length !== 1) return `“${date.text}” occurs ${at.length} times; give a context`;
  return { start: at[0], end: at[0] + date.text.length };
}

export function allEntities(gold: GoldArticle): GoldEntity[] {
  return [...gold.people, ...gold.organizations, ...gold.places];
}

/** The gold entity a speaker name refers to, by its name or an alias. */
export function findGoldEntity(gold: GoldArticle, name: string): GoldEntity | undefined {
  const key = normName(name);
  return allEntities(gold).find((e) => [e.name, ...e.aliases].some((n) => normName(n) === key));
}

const words = (s: string) => s.trim().split(/\s+/).length;

/** Problems with a gold file against its article text; empty when it is sound. */
export function checkGold(gold: GoldArticle, text: string): string[] {
  const problems: string[] = [];
  for (const s of gold.statements) {
    for (const t of [s.text, ...(s.alt ?? [])]) {
      if (!text.includes(t)) problems.push(`statement text not in the file: “${t}”`);
      // A quotation shorter than four words can only be annotated whole, and then only as optional.
      if ((words(t) < 4 && !s.optional) || words(t) > 12) problems.push(`statement text is not 4–12 words: “${t}”`);
    }
    const speakers = s.speaker === null ? [] : Array.isArray(s.speaker) ? s.speaker : [s.speaker];
    for (const name of speakers)
      if (!findGoldEntity(gold, name)) problems.push(`speaker “${name}” is not an annotated entity`);
  }
  for (const d of gold.dates) {
    const at = locateDate(text, d);
    if (typeof at === 'string') problems.push(`date: ${at}`);
  }
  const seen = new Map<string, string>();
  for (const e of allEntities(gold)) {
    for (const n of [e.name, ...e.aliases]) {
      const key = normName(n);
      const other = seen.get(key);
      if (other && other !== e.name) problems.push(`“${n}” names both ${other} and ${e.name}`);
      seen.set(key, e.name);
    }
  }
  return problems;
}
