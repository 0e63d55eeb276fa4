// Date expressions in news text, and their normalisation against the article's publication day.
//
// Recognition is a set of regular patterns for the forms wire copy uses ("on Tuesday", "last week",
// "in May this year", "three weeks ago", "April 12, 1994", "between 2016 and 2019", "two weeks
// earlier", "a day before the talks opened"). Resolution follows news conventions: a bare weekday or
// month means the most recent one in a clause about the past and the next one in a clause about the
// future; "earlier"/"later" without a named event count from the story's main event (the first
// date of the lead sentence); "before/after <clause>" counts from the date of the same sentence.

import type { Article, Span } from '../corpus/article.ts';
import { MONTH_NAMES, monthNumber } from '../corpus/months.ts';
import { termOf } from '../text/analyzer.ts';
import { anyOf, pattern } from '../text/pattern.ts';
import { synonymsOf } from '../text/synonyms.ts';
import type { TimeExpression } from './facts.ts';
import {
  type Certainty,
  type Granularity,
  type TimeValue,
  calendarLabel,
  dateOf,
  dayNumber,
  isoDay,
  lastDayOfMonth,
  monthName,
  WEEKDAYS,
} from './time-value.ts';
import type { Token } from './tokens.ts';
import { CARDINAL_WORDS } from '../text/numbers.ts';

type Raw =
  | { kind: 'date'; year?: number; month: number; day?: number; yearOffset?: number; part?: 'early' | 'mid' | 'late' }
  | { kind: 'months'; fromMonth: number; toMonth: number; year?: number }
  | { kind: 'year'; year: number; part?: 'early' | 'mid' | 'late'; beforeNoun?: true }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'weekday'; weekday: number; which?: 'last' | 'next' | 'this'; week?: number }
  | { kind: 'period'; unit: 'week' | 'month' | 'year' | 'weekend' | 'decade'; offset: number; upToNow?: boolean }
  | { kind: 'season'; season: 'spring' | 'summer' | 'autumn' | 'winter'; offset: number }
  | { kind: 'day'; offset: number }
  | { kind: 'ago'; lo: number; hi: number; sign: -1 | 1 }
  | { kind: 'relative'; lo: number; hi: number; sign: -1 | 1; toClause: boolean }
  | { kind: 'same-day' };

interface Found {
  start: number;
  end: number;
  raw: Raw;
  sentence: number;
}

const MONTH = anyOf(
  /Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?/,
  /July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?/,
);
const FULL_MONTH = `(?:${MONTH_NAMES.join('|')})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d|21\d\d)`;
/** Nouns of a document or a happening that a year before them dates ("a 2021 plan", "the 2009 explosion"). */
const PRENOMINAL_YEAR_NOUNS =
  'plan|law|agreement|amendment|accord|treaty|deal|decree|ruling|verdict|report|survey|study|census|audit|review|' +
  'inquiry|interview|election|referendum|explosion|earthquake|flood|floods|fire|collapse|crash|strike|coup|attack|' +
  'ceasefire|contract|reform|constitution';
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const NUMBER_WORD = anyOf(
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty',
  /\d{1,3}|several|a few|a couple of|a couple/,
);
const QUALIFIER = String.raw`(?:${anyOf(
  'about|around|roughly|nearly|almost|some|just|only|barely',
  'more than|less than|fewer than|over|under|at least|at most|little more than|just over|just under',
)}\s+)?`;
const UNIT = String.raw`(?:day|week|month|year|decade)s?`;
/** Makes each word's first letter match either case: "in" → "[Ii]n", so sentence-initial words match. */
const ci = (alternation: string) => alternation.replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);
const PART = String.raw`(?:(?<part>${ci('early|mid|late|the end of|the start of|the beginning of|the middle of')})[\s-]+)?`;

/** Words that count units of time ("three weeks ago", "a few days later"), with the value they stand for. */
const NUMBER_VALUES: Record<string, number> = {
  ...CARDINAL_WORDS,
  a: 1,
  an: 1,
  several: 4,
  'a few': 3,
  'a couple of': 2,
  'a couple': 2,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3652 };
const SEASON_MONTHS = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] } as const;

function amountRange(qualifier: string | undefined, numberWord: string, unit: string): [number, number] {
  const n = NUMBER_VALUES[numberWord.toLowerCase()] ?? Number(numberWord);
  const days = n * UNIT_DAYS[unit.toLowerCase().replace(/s$/, '')];
  const q = (qualifier ?? '').trim().toLowerCase();
  if (/^(less than|fewer than|under|barely|at most|just under)/.test(q))
    return [Math.max(0, Math.round(days * 0.5)), days];
  if (/^(more than|over|at least|just over|little more than)/.test(q)) return [days, Math.round(days * 1.3)];
  return [days, days];
}

const partOf = (p: string | undefined): 'early' | 'mid' | 'late' | undefined =>
  !p
    ? undefined
    : /early|start|beginning/.test(p)
      ? 'early'
      : /mid|middle/.test(p)
        ? 'mid'
        : /late|end/.test(p)
          ? 'late'
          : undefined;

interface Pattern {
  re: RegExp;
  build: (m: RegExpExecArray) => Raw | undefined;
}

const PATTERNS: Pattern[] = [
  {
    // April 12, 1994 · Nov. 6, 2024
    re: new RegExp(String.raw`\b(?<m>${MONTH})\s+(?<d>${DAY}),?\s+(?<y>${YEAR})\b`, 'g'),
    build: (m) => ({ kind: 'date', year: +m.groups!.y, month: monthNumber(m.groups!.m)!, day: parseInt(m.groups!.d) }),
  },
  {
    // 12 April 1994
    re: new RegExp(String.raw`\b(?<d>${DAY})\s+(?:of\s+)?(?<m>${FULL_MONTH})\s+(?<y>${YEAR})\b`, 'g'),
    build: (m) => ({ kind: 'date', year: +m.groups!.y, month: monthNumber(m.groups!.m)!, day: parseInt(m.groups!.d) }),
  },
  {
    // between April and September · April to September · April-to-September
    re: pattern(
      'g',
      String.raw`\b(?:between\s+(?<a>${FULL_MONTH})\s+and\s+(?<b>${FULL_MONTH})|`,
      String.raw`(?:from\s+)?(?<c>${FULL_MONTH})(?:\s+to\s+|-to-|\s*[-–]\s*|\s+through\s+|\s+until\s+)(?<d>${FULL_MONTH}))`,
      String.raw`(?:,?\s+(?<y>${YEAR}))?\b`,
    ),
    build: (m) => ({
      kind: 'months',
      fromMonth: monthNumber(m.groups!.a ?? m.groups!.c)!,
      toMonth: monthNumber(m.groups!.b ?? m.groups!.d)!,
      year: m.groups!.y ? +m.groups!.y : undefined,
    }),
  },
  {
    // between 2016 and 2019 · from 2016 to 2019 · 2016-2019 · in 2022 and 2023
    re: pattern(
      'g',
      String.raw`\b(?:between\s+(?<a>${YEAR})\s+and\s+(?<b>${YEAR})`,
      String.raw`|from\s+(?<c>${YEAR})\s+(?:to|until|through)\s+(?<d>${YEAR})`,
      String.raw`|(?<e>${YEAR})\s*[-–]\s*(?<f>${YEAR}|\d\d)\b`,
      String.raw`|(?<=\b(?:in|during|of)\s+)(?<g>${YEAR})\s+and\s+(?<h>${YEAR}))\b`,
    ),
    build: (m) => {
      const g = m.groups!;
      const from = +(g.a ?? g.c ?? g.e ?? g.g);
      let to = +(g.b ?? g.d ?? g.f ?? g.h);
      if (to < 100) to += Math.floor(from / 100) * 100;
      return to > from ? { kind: 'years', from, to } : undefined;
    },
  },
  {
    // February 2022 · early 2025 · the end of March 2020
    re: new RegExp(String.raw`\b${PART}(?<m>${FULL_MONTH}),?\s+(?<y>${YEAR})\b`, 'g'),
    build: (m) => ({
      kind: 'date',
      year: +m.groups!.y,
      month: monthNumber(m.groups!.m)!,
      part: partOf(m.groups!.part?.toLowerCase()),
    }),
  },
  {
    // March 7 · Nov. 6 · July 1 · Jan 27
    re: new RegExp(String.raw`\b(?<m>${MONTH})\s+(?<d>${DAY})\b(?![,.]?\d)`, 'g'),
    build: (m) => ({ kind: 'date', month: monthNumber(m.groups!.m)!, day: parseInt(m.groups!.d) }),
  },
  {
    // 7 March
    re: new RegExp(String.raw`\b(?<d>${DAY})\s+(?:of\s+)?(?<m>${FULL_MONTH})\b`, 'g'),
    build: (m) => ({ kind: 'date', month: monthNumber(m.groups!.m)!, day: parseInt(m.groups!.d) }),
  },
  {
    // in May this year · last December · next January · in June · April next year
    re: pattern(
      'g',
      String.raw`\b(?:(?<rel>${ci('last|next|this|previous')})\s+(?<m1>${FULL_MONTH})`,
      String.raw`|(?<m3>${FULL_MONTH})\s+(?<rel3>this|last|next)\s+year`,
      String.raw`|(?<prep>${ci('in|since|until|by|from|during|before|after|through|of|mid|late|early|the end of|end')})`,
      String.raw`[\s-]+(?<m2>${FULL_MONTH})(?:,?\s+(?<rel2>this|last|next)\s+year)?)\b`,
    ),
    build: (m) => {
      const g = m.groups!;
      const rel = (g.rel ?? g.rel2 ?? g.rel3)?.toLowerCase();
      const yearOffset =
        rel === 'last' || rel === 'previous' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : undefined;
      return {
        kind: 'date',
        month: monthNumber(g.m1 ?? g.m2 ?? g.m3)!,
        yearOffset,
        part: partOf(g.prep?.toLowerCase()),
      };
    },
  },
  {
    // mid-2024 · in 2012 · until 2030 · since 1994
    re: pattern(
      'g',
      String.raw`\b(?:(?<part>${ci('early|mid|late|the end of|the start of|the beginning of')})[\s-]+`,
      String.raw`|(?<=\b(?:${ci('in|since|until|by|from|before|after|during|through|of|year|around|circa|and|or|between')})\s+)`,
      // "a branch is planned for 2031", "the budget for 2026": what is arranged for a year.
      String.raw`|(?<=\b(?:${ci('planned|scheduled|slated|set|due|targeted|earmarked|pencilled|penciled|budget|budgets|forecast|target|plans?')})\s+for\s+))`,
      String.raw`(?<y>${YEAR})\b`,
      // …but not a number of something: "2024 people", "2030 tonnes"
      String.raw`(?![-–]?\s*`,
      anyOf(
        '%|percent|per cent|people|troops|seats|votes|cases|deaths|jobs|workers|homes',
        'km|miles|kilometers|kilometres|metres|meters|tonnes|tons|barrels|units|shares',
      ),
      ')',
    ),
    build: (m) => ({ kind: 'year', year: +m.groups!.y, part: partOf(m.groups!.part?.toLowerCase()) }),
  },
  {
    // "1968 | The act places…", "- 2011: A drought kills…": a year that opens a line of a chronology
    // (a table's date column, a dated list) dates that line.
    re: pattern(
      'g',
      String.raw`(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\|[ \t]*)?(?:\*\*)?)(?<y>${YEAR})(?:\*\*)?`,
      String.raw`(?=[ \t]*(?:\||:|[-–—][ \t]))`,
    ),
    build: (m) => ({ kind: 'year', year: +m.groups!.y }),
  },
  {
    // "a 2018 master plan", "the 2009 explosion at the mine", "a 1998 interview": a year set before
    // a noun of a document or a happening dates that thing, as "the plan of 2018" would. Only nouns
    // that name one (not "the 2026 budget", "the 2027 edition", "its 2025 spending": amounts and
    // series that are no event of that year), with at most one word between ("surveillance law").
    re: pattern(
      'g',
      String.raw`(?<=\b(?:${ci('a|an|the|its|their|his|her')})\s+)(?<y>${YEAR})`,
      String.raw`(?=\s+(?:[a-z]+\s+)?${anyOf(PRENOMINAL_YEAR_NOUNS)}\b)`,
    ),
    build: (m) => ({ kind: 'year', year: +m.groups!.y, beforeNoun: true }),
  },
  {
    // the 1960s · the late 1650s · the mid-1990s: a calendar decade, or the third of one a part names.
    re: /\bthe\s+(?:(?<part>early|mid|late)[\s-]+)?(?<d>1\d\d|20\d|21\d)0s\b/gi,
    build: (m) => {
      const from = +m.groups!.d * 10;
      const part = partOf(m.groups!.part?.toLowerCase());
      const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : [0, 9];
      return { kind: 'years', from: from + a, to: from + b };
    },
  },
  {
    // Years centuries old, where the text marks them as years: "admitted to the guild in 1648",
    // "painted around 1651"; not a number of things ("in 1500 homes", "by 1200 votes").
    re: pattern(
      'gu',
      String.raw`(?<=\b(?:${ci('in|since|until|around|circa|before|after')})\s+)(?<y>1[0-7]\d\d)\b`,
      String.raw`(?![-–]?\s*(?:%|\p{L}+s\b|[,.]\d))`,
    ),
    build: (m) => ({ kind: 'year', year: +m.groups!.y }),
  },
  {
    // An era marks a year of any age: "between 950 and 980 AD", "AD 793", "410 CE".
    re: /\b(?:between\s+(?<a>\d{3,4})\s+and\s+(?<b>\d{3,4})|(?<c>\d{3,4})\s*[-–]\s*(?<d>\d{3,4}))\s+(?:AD|CE|A\.D\.)(?!\w)/g,
    build: (m) => {
      const from = +(m.groups!.a ?? m.groups!.c);
      const to = +(m.groups!.b ?? m.groups!.d);
      return from >= 100 && to > from ? { kind: 'years', from, to } : undefined;
    },
  },
  {
    re: /\b(?:(?:AD|A\.D\.)\s+(?<a>\d{3,4})|(?<b>\d{3,4})\s+(?:AD|CE))(?!\w)/g,
    build: (m) => {
      const year = +(m.groups!.a ?? m.groups!.b);
      return year >= 100 ? { kind: 'year', year } : undefined;
    },
  },
  {
    // last Friday · next Monday · on Tuesday · late on Thursday · Sunday's · Monday morning
    re: pattern(
      'g',
      String.raw`\b(?:(?<which>${ci('last|next|this|coming|past')})\s+)?(?:(?:${ci('early|late')})\s+(?:on\s+)?)?`,
      String.raw`(?<w>${WEEKDAY})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b`,
      // "Wednesday of last week": that weekday in the calendar week before (or after) publication's.
      String.raw`(?:\s+of\s+(?<week>${ci('last|next|this')})\s+week\b)?`,
    ),
    build: (m) => {
      const which = m.groups!.which?.toLowerCase();
      const week = m.groups!.week?.toLowerCase();
      return {
        kind: 'weekday',
        weekday: WEEKDAYS.indexOf(m.groups!.w),
        which:
          which === 'coming' ? 'next' : which === 'past' ? 'last' : (which as 'last' | 'next' | 'this' | undefined),
        ...(week ? { week: week === 'last' ? -1 : week === 'next' ? 1 : 0 } : {}),
      };
    },
  },
  {
    // three weeks ago · a year ago · two days from now
    re: new RegExp(
      String.raw`\b(?<q>${QUALIFIER})(?<n>${NUMBER_WORD})\s+(?<u>${UNIT})\s+(?<dir>ago|from now|hence)\b`,
      'gi',
    ),
    build: (m) => {
      const [lo, hi] = amountRange(m.groups!.q, m.groups!.n, m.groups!.u);
      return { kind: 'ago', lo, hi, sign: m.groups!.dir.toLowerCase() === 'ago' ? -1 : 1 };
    },
  },
  {
    // two weeks earlier · a day later · less than three weeks before (his forces launched …)
    re: pattern(
      'gi',
      String.raw`(?<!\b(?:for|over|within|in|lasting)\s+)\b(?<q>${QUALIFIER})(?<n>${NUMBER_WORD})\s+(?<u>${UNIT})\s+`,
      String.raw`(?<dir>earlier|later|before|after|previously|beforehand|afterwards)\b`,
      String.raw`(?<clause>\s+(?:the|a|an|his|her|its|their|he|she|it|they|[A-Z]\w+))?`,
    ),
    build: (m) => {
      const [lo, hi] = amountRange(m.groups!.q, m.groups!.n, m.groups!.u);
      const dir = m.groups!.dir.toLowerCase();
      const toClause = !!m.groups!.clause && (dir === 'before' || dir === 'after');
      return { kind: 'relative', lo, hi, sign: /earlier|before|previously/.test(dir) ? -1 : 1, toClause };
    },
  },
  {
    // the end of the year · the end of next month: the period it ends
    re: /\b(?:the\s+)?end\s+of\s+(?<rel>the|this|next)\s+(?<u>week|month|year)\b/gi,
    build: (m) => ({
      kind: 'period',
      unit: m.groups!.u.toLowerCase() as 'week' | 'month' | 'year',
      offset: m.groups!.rel.toLowerCase() === 'next' ? 1 : 0,
      upToNow: false,
    }),
  },
  {
    // last week · this month · next year · the past decade · earlier this year
    re: /\b(?:(?<rel>last|next|this|coming|past|previous|following|earlier this|later this|so far this)\s+(?<u>week|weekend|month|year|decade))\b/gi,
    build: (m) => {
      const rel = m.groups!.rel.toLowerCase();
      const unit = m.groups!.u.toLowerCase() as 'week' | 'month' | 'year' | 'weekend' | 'decade';
      if (rel === 'past') return { kind: 'period', unit, offset: 0, upToNow: true };
      const offset =
        rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' || rel === 'following' ? 1 : 0;
      return { kind: 'period', unit, offset, upToNow: rel === 'so far this' || rel === 'earlier this' };
    },
  },
  {
    // spring 2028 · the summer of 2019 · winter 2026: a season of a year named, its months
    re: pattern('gi', String.raw`\b(?:the\s+)?(?<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?<y>${YEAR})\b`),
    build: (m) => {
      const s = m.groups!.s.toLowerCase();
      const [fromMonth, toMonth] = SEASON_MONTHS[(s === 'fall' ? 'autumn' : s) as keyof typeof SEASON_MONTHS];
      return { kind: 'months', fromMonth, toMonth, year: +m.groups!.y };
    },
  },
  {
    // this summer · last winter
    re: /\b(?<rel>last|next|this|coming)\s+(?<s>spring|summer|autumn|fall|winter)\b/gi,
    build: (m) => {
      const rel = m.groups!.rel.toLowerCase();
      const s = m.groups!.s.toLowerCase();
      return {
        kind: 'season',
        season: (s === 'fall' ? 'autumn' : s) as 'spring',
        offset: rel === 'last' ? -1 : rel === 'this' ? 0 : 1,
      };
    },
  },
  {
    // the same day · that morning · the same afternoon: the day the story has just named
    re: /\b(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)\b/gi,
    build: () => ({ kind: 'same-day' }),
  },
  {
    // this morning · this afternoon · last night: a part of the reporting day, or of the evening
    // before it, which a report or a live-blog entry names instead of the weekday
    re: /\b(?<d>this\s+(?:morning|afternoon|evening)|last\s+night)\b/gi,
    build: (m) => ({ kind: 'day', offset: /^last/i.test(m.groups!.d) ? -1 : 0 }),
  },
  {
    re: /\b(?<d>yesterday|today|tonight|tomorrow)\b/gi,
    build: (m) => ({
      kind: 'day',
      offset: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m.groups!.d.toLowerCase()]!,
    }),
  },
];

/** How much a match pins down, so that "March 17" beats "until March" where they overlap. */
function specificity(raw: Raw): number {
  switch (raw.kind) {
    case 'date':
      return (raw.day ? 4 : 2) + (raw.year ? 2 : raw.yearOffset !== undefined ? 1 : 0);
    case 'years':
    case 'months':
      return 4;
    case 'year':
    case 'weekday':
    case 'relative':
    case 'ago':
      return 3;
    default:
      return 2;
  }
}

/** Finds the date expressions of each sentence. Where matches overlap, the more specific wins. */
export function findTimeExpressions(article: Article): Found[] {
  const found: Found[] = [];
  for (const sentence of article.sentences) {
    const s = article.text.slice(sentence.start, sentence.end);
    const here: Found[] = [];
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
        const raw = p.build(m);
        if (!raw || (raw.kind === 'date' && !(raw.month >= 1 && raw.month <= 12))) continue;
        let text = m[0];
        if (raw.kind === 'relative' && m.groups?.clause) text = text.slice(0, text.length - m.groups.clause.length);
        here.push({
          start: sentence.start + m.index,
          end: sentence.start + m.index + text.trimEnd().length,
          raw,
          sentence: sentence.index,
        });
      }
    }
    here.sort(
      (a, b) => specificity(b.raw) - specificity(a.raw) || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    let kept: Found[] = [];
    for (const f of here) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    // "struck down a 2023 surveillance law on Monday": the sentence's own date is the news; the
    // year before a noun only names which law, and dates the sentence only where nothing else does.
    if (kept.some((f) => !(f.raw.kind === 'year' && f.raw.beforeNoun)))
      kept = kept.filter((f) => !(f.raw.kind === 'year' && f.raw.beforeNoun));
    found.push(...kept.sort((a, b) => a.start - b.start));
  }
  return found;
}

// ---- tense ----------------------------------------------------------------------------------

const FUTURE_WORDS = /^(?:will|won['’]t|shall|['’]ll|would|could|can|cannot|can['’]t|may|might|must|should|gonna)$/i;
const PAST_AUXILIARIES = /^(?:was|were|had|did|hadn['’]t|wasn['’]t|weren['’]t|didn['’]t)$/i;
const PRESENT_AUXILIARIES = /^(?:is|are|am|has|have|does|do|['’]s|['’]re)$/i;
const VERB_GROUP_FILLERS =
  /^(?:be|been|being|not|n['’]t|also|still|only|then|now|soon|again|never|already|just|likely|unlikely|probably|expected|due|scheduled|set|going|able)$/i;
const LOOKING_AHEAD = pattern(
  'i',
  '^',
  anyOf(
    /scheduled|due|set|expected|expects|expect|plans|planned|plan|planning|intends|intend|aims|aim|hopes|hope/,
    /going|ready|prepared|wants|want|seeks|seek|agreed|decided|voted|vowed|pledged|promised|is|are/,
  ),
  '$',
);
const PUT_OFF = /\b(?:postponed|delayed|deferred|adjourned|put off|pushed back|rescheduled)\b[^,;.]{0,50}$/i;
const UNTIL_AT_END = /\b(?:until|till|to)\s+(?:at\s+least\s+)?$/i;
const SUBORDINATORS = /\b(?:before|when|until|once|if|unless|as soon as|by the time)\b/i;

/**
 * Is the date at `start` about the future? News is written in the past, so the answer is no unless
 * the verb the date goes with looks ahead. That verb is the nearest one before the date in its
 * sentence (or after it, when none comes before). It looks ahead when its verb group holds "will",
 * "would" or another modal, when it is "scheduled/due/expected/set (to)" after "is/are", when it is an
 * infinitive after a verb of intention in the present ("expects to begin"), or when it is in the
 * present tense after "before", "when", "until"… ("before the rainy season starts in May").
 */
export function clauseIsFuture(text: string, sentenceStart: number, start: number, tokens: Token[]): boolean {
  // "A hearing is set for Thursday", "talks are scheduled to resume": arrangements ahead, whatever
  // the tagger makes of "set".
  const lead = text.slice(Math.max(sentenceStart, text.lastIndexOf(',', start) + 1), start);
  if (SCHEDULED.test(lead)) return true;
  // "prices due on 1 January", "with a decision due on 3 February", "the election due in May": "due"
  // after a noun sets a date still to come; not "was due on March 3", an arrangement of the past.
  if (DUE_BEFORE_DATE.test(lead) && !PAST_DUE_BEFORE_DATE.test(lead)) return true;
  // "postponed until December", "delayed to next month": the new date of a put-off happening lies
  // ahead of the putting off, though that is told in the past.
  if (PUT_OFF.test(lead) && (UNTIL_AT_END.test(lead) || /^(?:until|till)\b/i.test(text.slice(start, start + 6))))
    return true;
  // "runs until Sept. 30", "has until April 15 to reply": a period that ends at the date, told in
  // the present, ends ahead ("is closed until at least Tuesday"); told in the past ("stayed open
  // until May 2") it has ended.
  if (/\b(?:until|till|through)\s+(?:at\s+least\s+)?$/i.test(lead)) {
    // "more rain was expected until Wednesday": a forecast's period, even told in the past, runs ahead
    // of the telling.
    if (/\b(?:expected|forecast|predicted)\s+(?:to\s+\w+\s+)?(?:until|till|through)\s+(?:at\s+least\s+)?$/i.test(lead))
      return true;
    const leadTokens = tokens.filter((t) => t.start >= start - lead.length && t.end <= start);
    if (
      leadTokens.some((t) => t.tags.has('PresentTense') || FUTURE_WORDS.test(t.text)) &&
      !leadTokens.some((t) => t.tags.has('PastTense') || PAST_AUXILIARIES.test(t.text))
    )
      return true;
  }
  let verbIndex = -1;
  // "would open operating theatres": a gerund between a verb and its noun qualifies the noun.
  const attributive = (i: number) =>
    tokens[i].tags.has('Gerund') &&
    i > 0 &&
    isMainVerb(tokens[i - 1]) &&
    !!tokens[i + 1]?.tags.has('Noun') &&
    !tokens[i + 1].tags.has('Pronoun');
  const isVerb = (i: number) =>
    (isMainVerb(tokens[i]) && !attributive(i)) ||
    (i > 0 && /^(?:had|has|have)$/i.test(tokens[i - 1].text) && !tokens[i].tags.has('Determiner'));
  // The clause's own verb: not one across a semicolon ("may stay open …; on March 9 it had been").
  const clauseFloor = Math.max(sentenceStart, text.lastIndexOf(';', start) + 1);
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].end <= start && tokens[i].start >= clauseFloor && isVerb(i)) {
      verbIndex = i;
      break;
    }
  }
  if (verbIndex < 0) verbIndex = tokens.findIndex((t, i) => t.start >= start && isVerb(i));
  if (verbIndex < 0) return false;
  const clauseStart = text.lastIndexOf(',', start) + 1;
  if (/\bnext\b/i.test(text.slice(Math.max(clauseStart, sentenceStart), start))) return true;
  const verb = tokens[verbIndex];
  // "crews expected some relief on Wednesday": what is expected lies ahead.
  if (
    verb.end <= start &&
    /^(?:expects?|expected|forecasts?|predicts?|predicted|anticipates?|anticipated)$/i.test(verb.text)
  )
    return true;
  // Walk back over the verb group: auxiliaries, adverbs, participles.
  let presentAuxiliary = false;
  for (let k = verbIndex - 1; k >= Math.max(0, verbIndex - 5); k--) {
    const w = tokens[k].text;
    if (FUTURE_WORDS.test(w)) return true;
    if (PAST_AUXILIARIES.test(w)) return false;
    // "would revise the design and present an estimate by December": a verb joined to the one
    // before by "and"/"or" shares its verb group.
    if (/^(?:and|or)$/i.test(w) && k === verbIndex - 1) {
      let previous = -1;
      for (let i = k - 1; i >= 0 && tokens[i].start >= clauseFloor; i--)
        if (isVerb(i)) {
          previous = i;
          break;
        }
      if (previous < 0) break;
      verbIndex = previous;
      k = previous;
      continue;
    }
    if (/^to$/i.test(w)) {
      const governor = tokens[k - 1];
      // "a night market in the square, to open on Fridays from December": an infinitive set off
      // by a comma tells what a thing is for, still to come.
      if (governor && /,\s*$/.test(text.slice(governor.end, tokens[k].start))) return true;
      if (!governor || !LOOKING_AHEAD.test(governor.text)) return false;
      const auxiliary = tokens[k - 2]?.text ?? '';
      // "had been due to end on March 31": an arrangement of the past, however it was meant.
      if (
        PAST_AUXILIARIES.test(auxiliary) ||
        (/^been$/i.test(auxiliary) && PAST_AUXILIARIES.test(tokens[k - 3]?.text ?? ''))
      )
        return false;
      return (
        governor.tags.has('PresentTense') ||
        // "planned to resume the search on Tuesday": a plan told in the past still looks ahead of
        // its telling (unless "had planned", above).
        /^(?:planned|vowed|pledged|promised|agreed|decided|voted)$/i.test(governor.text) ||
        PRESENT_AUXILIARIES.test(auxiliary) ||
        FUTURE_WORDS.test(auxiliary) ||
        (/^(?:due|set|going|ready|scheduled)$/i.test(governor.text) && !governor.tags.has('PastTense'))
      );
    }
    if (PRESENT_AUXILIARIES.test(w)) {
      if (/^(?:scheduled|due|set|expected|planned|slated)$/i.test(verb.text)) return true;
      presentAuxiliary = true;
      continue;
    }
    if (VERB_GROUP_FILLERS.test(w) || tokens[k].tags.has('Adverb')) continue;
    break;
  }
  // "The exhibition opens on Saturday": a timetable's present tells what is still to come.
  // Not an adjective after a verb ("stayed open until Sept. 30").
  const afterVerb = verbIndex > 0 && tokens[verbIndex - 1].tags.has('Verb');
  if (
    verb.end <= start &&
    verb.tags.has('PresentTense') &&
    !verb.tags.has('PastTense') &&
    !afterVerb &&
    TIMETABLE_VERBS.test(verb.text)
  )
    return true;
  // "before the rainy season starts in May", "when she is sworn in on January 29": the present
  // after "when", "before", "until"… tells what is still to come.
  if ((verb.tags.has('PresentTense') && !verb.tags.has('Copula')) || presentAuxiliary) {
    const before = text.slice(Math.max(clauseStart, sentenceStart), verb.start);
    return SUBORDINATORS.test(before);
  }
  return false;
}

/**
 * "The union has called a strike for Monday", "a vote for Thursday": a weekday that a thing is
 * called or set for lies ahead, whatever the tense of the calling. Not a possessive ("arrested
 * for Monday's attack"), which names a happening.
 */
function arrangedFor(text: string, sentenceStart: number, f: Found): boolean {
  return (
    /\bfor\s+$/i.test(text.slice(Math.max(sentenceStart, f.start - 5), f.start)) &&
    !/['’]s$/.test(text.slice(f.start, f.end))
  );
}

/** Verbs whose simple present, with a date, reads as a timetable: "opens on Saturday", "talks resume on Monday". */
const TIMETABLE_VERBS =
  /^(?:opens?|begins?|starts?|resumes?|reopens?|closes?|arrives?|departs?|launches|launch|kicks?)$/i;

const DUE_BEFORE_DATE = /\bdue\s+(?:(?:on|in|by|from|for|at|before)\s+)?(?:the\s+)?$/i;
const PAST_DUE_BEFORE_DATE = /\b(?:was|were|had\s+been)\s+(?:\w+\s+)?due\s+(?:\w+\s+)?(?:the\s+)?$/i;

const SCHEDULED =
  /\b(?:is|are|remains?)\s+(?:now\s+)?(?:set|scheduled|due|slated|planned|expected)\s+(?:for|on|to|in|at|by)\b[^.;]*$/i;

function isMainVerb(t: Token): boolean {
  return (
    t.tags.has('Verb') &&
    !t.tags.has('Auxiliary') &&
    !t.tags.has('Modal') &&
    !t.tags.has('Copula') &&
    !t.tags.has('Particle') &&
    !FUTURE_WORDS.test(t.text)
  );
}

// ---- the publication day ----------------------------------------------------------------------

export interface Publication {
  /** The publication day, or an estimate of it when `certainty` is 'estimated'. */
  day: number;
  certainty: Certainty;
  /** Placed by a related article that gives only the month: days within it are not known. */
  monthOnly?: boolean;
  /** Placed by a related article ("visited Hanoi in March 2024"), not by a year-less dateline. */
  placed?: boolean;
}

/**
 * The article's publication day: its date when known, or its dateline's day in the year a related
 * article fixes; otherwise an estimate, used only to order the article's own events: after every
 * absolute date the article mentions in the past (a year-less dateline's day in that year).
 */
/** The day of the month an article placed by its month alone is counted from (its lead's weekday on or after it). */
const MID_MONTH = 11;

/** Sentences of the lead, where a story says the day of its main event (a headline may come first). */
const LEAD_SENTENCES = 1;

export function publicationOf(article: Article, found: Found[], futureOf: (f: Found) => boolean): Publication {
  const date = article.date;
  if (date.kind === 'exact') return { day: dayNumber(date.year, date.month, date.day), certainty: 'exact' };
  if (date.kind === 'no-year' && date.year)
    return { day: dayNumber(date.year, date.month, date.day), certainty: 'inferred' };
  if (date.kind === 'unknown' && date.placed) {
    // The happening the article reports, dated by a related article: the story's own day.
    // Given only the month, the story's day is put mid-month, so that the days it counts back or
    // ahead ("on Wednesday", "last Friday") stay within that month as far as can be.
    const { year, month, day } = date.placed;
    let placed = dayNumber(year, month, day ?? MID_MONTH);
    const leadDay = found.find(
      (f) => f.sentence <= LEAD_SENTENCES && f.raw.kind === 'weekday' && !f.raw.which && !futureOf(f),
    );
    if (leadDay?.raw.kind === 'weekday' && day === undefined)
      placed += (leadDay.raw.weekday - dateOf(placed).weekday + 7) % 7;
    return { day: placed, certainty: 'inferred', placed: true, ...(day === undefined ? { monthOnly: true } : {}) };
  }
  // "Updated 7:15 PM GMT-3, October 7, 2025", "By … · Friday 20 June 2025": a full date on a
  // line of metadata above the story dates it.
  for (const f of found) {
    const r = f.raw;
    if (r.kind === 'date' && r.year && r.day && isMetadataSentence(article, f.sentence))
      return { day: dayNumber(r.year, r.month, r.day), certainty: 'exact' };
  }
  let latestPast: number | undefined;
  for (const f of found) {
    if (futureOf(f)) continue;
    const r = f.raw;
    const end =
      r.kind === 'date' && r.year
        ? r.day
          ? dayNumber(r.year, r.month, r.day)
          : lastDayOfMonth(r.year, r.month)
        : r.kind === 'year'
          ? dayNumber(r.year, 12, 31)
          : r.kind === 'years'
            ? dayNumber(r.to, 12, 31)
            : r.kind === 'months' && r.year
              ? lastDayOfMonth(r.year, r.toMonth)
              : undefined;
    if (end !== undefined && (latestPast === undefined || end > latestPast)) latestPast = end;
  }
  // Mentioned years only bound the year of publication from below ("since 2014"): no calendar
  // date is claimed from them.
  let day = latestPast ?? dayNumber(2000, 6, 30);
  if (date.kind === 'no-year') {
    const year = dateOf(day).year;
    day = dayNumber(dayNumber(year, date.month, date.day) < day ? year + 1 : year, date.month, date.day);
  }
  for (const f of found) {
    const r = f.raw;
    if (r.kind === 'date' && !r.year && r.yearOffset === 0 && !futureOf(f)) {
      day = Math.max(day, lastDayOfMonth(dateOf(day).year, r.month));
    }
  }
  // Months named without a year ("in December and January", "on 3 March") all lie in the year
  // before an undated story: it was written after the last of them, where the calendar's longest
  // silence begins — and after any year it names.
  const datelineLike = found.some((f) => f.sentence <= 1 && f.raw.kind === 'date' && f.raw.day !== undefined);
  if (date.kind === 'unknown' && !datelineLike) {
    const named = found
      .filter((f) => !futureOf(f))
      .flatMap((f) =>
        f.raw.kind === 'date' && !f.raw.year && f.raw.yearOffset === undefined
          ? [f.raw.month]
          : f.raw.kind === 'months' && !f.raw.year
            ? [f.raw.fromMonth, f.raw.toMonth]
            : [],
      );
    const months = [...new Set(named)].sort((a, b) => a - b);
    if (months.length >= 2) {
      let last = months[months.length - 1];
      let gap = months[0] + 12 - last;
      for (let k = 0; k + 1 < months.length; k++) {
        if (months[k + 1] - months[k] > gap) {
          gap = months[k + 1] - months[k];
          last = months[k];
        }
      }
      day = lastDayOfMonth(dateOf(day).year + 1, last);
    }
  }
  // "The strike ended on Tuesday": the lead's weekday is the story's own day, of or just before
  // publication, so the article's other weekdays ("began last Thursday") are counted from it.
  if (date.kind === 'unknown') {
    const leadDay = found.find(
      (f) => f.sentence <= LEAD_SENTENCES && f.raw.kind === 'weekday' && !f.raw.which && !futureOf(f),
    );
    if (leadDay && leadDay.raw.kind === 'weekday') day += (leadDay.raw.weekday - dateOf(day).weekday + 7) % 7;
  }
  return { day, certainty: 'estimated' };
}

// ---- resolution -----------------------------------------------------------------------------

interface Resolved {
  from: number;
  to: number;
  granularity: Granularity;
  /** How the time stands to publication, for labels when the calendar date is unknown. */
  relative: string;
  /** True when the year comes from the text itself. */
  calendarKnown: boolean;
}

function monthRange(year: number, month: number, part?: 'early' | 'mid' | 'late'): [number, number] {
  const first = dayNumber(year, month, 1);
  const last = lastDayOfMonth(year, month);
  if (part === 'early') return [first, first + 9];
  if (part === 'mid') return [first + 10, first + 19];
  if (part === 'late') return [first + 20, last];
  return [first, last];
}

/** Days after publication that a year-less day ("Oct. 29") still falls in the year of publication,
 *  whatever the tense: style books give the year of any other year's day. */
const SAME_YEAR_AHEAD = 60;

function pickYear(month: number, day: number | undefined, pub: number, future: boolean): number {
  const p = dateOf(pub);
  const candidate = dayNumber(p.year, month, day ?? 1);
  if (future) return candidate < pub - (day ? 0 : 31) ? p.year + 1 : p.year;
  return candidate > pub + (day ? SAME_YEAR_AHEAD : 0) ? p.year - 1 : p.year;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
function describeDays(lo: number, hi: number): string {
  const mid = Math.round((lo + hi) / 2);
  if (mid % 365 === 0 || mid >= 330) return plural(Math.round(mid / 365), 'year');
  if (mid % 30 === 0 || mid >= 56) return plural(Math.round(mid / 30), 'month');
  if (mid % 7 === 0 || mid >= 14) return plural(Math.round(mid / 7), 'week');
  return plural(mid, 'day');
}

function resolve(
  raw: Raw,
  pub: number,
  future: boolean,
  anchor: { from: number; to: number } | undefined,
): Resolved | undefined {
  const p = dateOf(pub);
  const when = future ? 'after' : 'before';
  switch (raw.kind) {
    case 'date': {
      if (raw.year) {
        if (raw.day) {
          const d = dayNumber(raw.year, raw.month, raw.day);
          return { from: d, to: d, granularity: 'day', relative: '', calendarKnown: true };
        }
        const [from, to] = monthRange(raw.year, raw.month, raw.part);
        return { from, to, granularity: 'month', relative: '', calendarKnown: true };
      }
      const year = raw.yearOffset !== undefined ? p.year + raw.yearOffset : pickYear(raw.month, raw.day, pub, future);
      const yearWords =
        raw.yearOffset === 0
          ? 'the year of publication'
          : raw.yearOffset === -1
            ? 'the year before publication'
            : raw.yearOffset === 1
              ? 'the year after publication'
              : `year not given, ${when} publication`;
      if (raw.day) {
        const d = dayNumber(year, raw.month, raw.day);
        return {
          from: d,
          to: d,
          granularity: 'day',
          relative: `${monthName(raw.month)} ${raw.day} (${yearWords})`,
          calendarKnown: false,
        };
      }
      const [from, to] = monthRange(year, raw.month, raw.part);
      return {
        from,
        to,
        granularity: 'month',
        relative: `${monthName(raw.month)} (${yearWords})`,
        calendarKnown: false,
      };
    }
    case 'months': {
      const year = raw.year ?? pickYear(raw.fromMonth, undefined, pub, future);
      const toYear = raw.toMonth < raw.fromMonth ? year + 1 : year;
      return {
        from: dayNumber(year, raw.fromMonth, 1),
        to: lastDayOfMonth(toYear, raw.toMonth),
        granularity: 'range',
        relative: `${monthName(raw.fromMonth)} to ${monthName(raw.toMonth)}${raw.year ? ' ' + raw.year : ''}`,
        calendarKnown: !!raw.year,
      };
    }
    case 'year': {
      const [from, to] =
        raw.part === 'early'
          ? [dayNumber(raw.year, 1, 1), dayNumber(raw.year, 4, 30)]
          : raw.part === 'mid'
            ? [dayNumber(raw.year, 5, 1), dayNumber(raw.year, 8, 31)]
            : raw.part === 'late'
              ? [dayNumber(raw.year, 9, 1), dayNumber(raw.year, 12, 31)]
              : [dayNumber(raw.year, 1, 1), dayNumber(raw.year, 12, 31)];
      return { from, to, granularity: raw.part ? 'range' : 'year', relative: '', calendarKnown: true };
    }
    case 'years':
      return {
        from: dayNumber(raw.from, 1, 1),
        to: dayNumber(raw.to, 12, 31),
        granularity: 'range',
        relative: '',
        calendarKnown: true,
      };
    case 'weekday': {
      const name = WEEKDAYS[raw.weekday];
      if (raw.week !== undefined) {
        const d = pub - ((p.weekday + 6) % 7) + 7 * raw.week + ((raw.weekday + 6) % 7);
        return {
          from: d,
          to: d,
          granularity: 'day',
          relative: `${name}, in the week ${raw.week < 0 ? 'before' : raw.week > 0 ? 'after' : 'of'} publication`,
          calendarKnown: false,
        };
      }
      const delta = (raw.weekday - p.weekday + 7) % 7;
      if (raw.which === 'next' || (future && raw.which !== 'last')) {
        const d = pub + (delta === 0 ? 7 : delta);
        return {
          from: d,
          to: d,
          granularity: 'day',
          relative: `${name}, in the week after publication`,
          calendarKnown: false,
        };
      }
      const d = raw.which === 'last' ? pub - (delta === 0 ? 7 : 7 - delta) : pub - ((7 - delta) % 7);
      return {
        from: d,
        to: d,
        granularity: 'day',
        relative: `${name}, in the week before publication`,
        calendarKnown: false,
      };
    }
    case 'period': {
      if (raw.unit === 'week' || raw.unit === 'weekend') {
        if (raw.upToNow)
          return {
            from: pub - 7,
            to: pub,
            granularity: 'week',
            relative: 'the week before publication',
            calendarKnown: false,
          };
        const monday = pub - ((p.weekday + 6) % 7) + 7 * raw.offset;
        const [from, to] = raw.unit === 'weekend' ? [monday + 5, monday + 6] : [monday, monday + 6];
        const words =
          raw.offset < 0
            ? 'the week before publication'
            : raw.offset > 0
              ? 'the week after publication'
              : 'the week of publication';
        return {
          from,
          to,
          granularity: 'week',
          relative: raw.unit === 'weekend' ? words.replace('week', 'weekend') : words,
          calendarKnown: false,
        };
      }
      if (raw.unit === 'month') {
        if (raw.upToNow)
          return {
            from: pub - 30,
            to: pub,
            granularity: 'month',
            relative: 'the month before publication',
            calendarKnown: false,
          };
        const m0 = p.year * 12 + (p.month - 1) + raw.offset;
        const [from, to] = monthRange(Math.floor(m0 / 12), (m0 % 12) + 1);
        const words =
          raw.offset < 0
            ? 'the month before publication'
            : raw.offset > 0
              ? 'the month after publication'
              : 'the month of publication';
        return { from, to, granularity: 'month', relative: words, calendarKnown: false };
      }
      if (raw.unit === 'decade') {
        return {
          from: pub - 3652,
          to: pub,
          granularity: 'decade',
          relative: 'the decade before publication',
          calendarKnown: false,
        };
      }
      if (raw.upToNow)
        return {
          from: dayNumber(p.year, 1, 1),
          to: pub,
          granularity: 'year',
          relative: 'the year of publication, up to publication',
          calendarKnown: false,
        };
      const y = p.year + raw.offset;
      const words =
        raw.offset < 0
          ? 'the year before publication'
          : raw.offset > 0
            ? 'the year after publication'
            : 'the year of publication';
      return {
        from: dayNumber(y, 1, 1),
        to: dayNumber(y, 12, 31),
        granularity: 'year',
        relative: words,
        calendarKnown: false,
      };
    }
    case 'season': {
      const [a, b] = SEASON_MONTHS[raw.season];
      const y = p.year + raw.offset;
      const from = dayNumber(y, a, 1);
      const to = b < a ? lastDayOfMonth(y + 1, b) : lastDayOfMonth(y, b);
      const words = raw.offset < 0 ? 'before' : raw.offset > 0 ? 'after' : 'of';
      return {
        from,
        to,
        granularity: 'season',
        relative: `${raw.season}, the year ${words} publication`.replace('the year of', 'the year of'),
        calendarKnown: false,
      };
    }
    case 'day': {
      const d = pub + raw.offset;
      return {
        from: d,
        to: d,
        granularity: 'day',
        relative:
          raw.offset < 0
            ? 'the day before publication'
            : raw.offset > 0
              ? 'the day after publication'
              : 'the day of publication',
        calendarKnown: false,
      };
    }
    case 'ago': {
      const from = pub + raw.sign * raw.hi;
      const to = pub + raw.sign * raw.lo;
      const span = describeDays(raw.lo, raw.hi);
      return {
        from: Math.min(from, to),
        to: Math.max(from, to),
        granularity: raw.hi >= 28 ? 'month' : raw.hi >= 7 ? 'week' : 'day',
        relative: `about ${span} ${raw.sign < 0 ? 'before' : 'after'} publication`,
        calendarKnown: false,
      };
    }
    case 'relative': {
      if (!anchor) return undefined;
      // "X, two weeks before <clause>": the clause's event is X's date moved forward; "two weeks earlier": moved back.
      const sign = raw.toClause ? -raw.sign : raw.sign;
      const a = sign < 0 ? anchor.from - raw.hi : anchor.from + raw.lo;
      const b = sign < 0 ? anchor.to - raw.lo : anchor.to + raw.hi;
      const granularity: Granularity =
        raw.lo === raw.hi && anchor.to - anchor.from < 32
          ? anchor.to === anchor.from
            ? 'day'
            : 'range'
          : raw.hi >= 300
            ? 'year'
            : raw.hi >= 28
              ? 'month'
              : raw.hi >= 7
                ? 'week'
                : 'day';
      return { from: Math.min(a, b), to: Math.max(a, b), granularity, relative: '', calendarKnown: false };
    }
  }
}

/**
 * For "two days after the vote": an earlier date of the article that the same thing goes with,
 * written next to it ("the Oct. 6 election", "the vote on Oct. 6").
 */
function datedEarlier(text: string, f: Found, earlier: TimeExpression[]): TimeExpression | undefined {
  const noun = /^\s*(?:the|this|that|its|their|his|her)\s+(\p{L}+)/u.exec(text.slice(f.end, f.end + 40))?.[1];
  const term = noun && termOf(noun);
  if (!term) return undefined;
  const same = synonymsOf(term);
  const nextWord = (t: TimeExpression) => /^\s+(\p{L}+)/u.exec(text.slice(t.end, t.end + 30))?.[1];
  const wordBefore = (t: TimeExpression) =>
    /(\p{L}+)\s+(?:on|in|of)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1];
  return [...earlier].reverse().find((t) => [nextWord(t), wordBefore(t)].some((w) => w && same.has(termOf(w))));
}

/** "The ruling came three days after …": a sentence whose subject is the story's main event. */
const REFERS_TO_LEAD = /^\s*(?:The|This|That|Its|Their|His|Her)\s+(?:[\p{L}-]+\s+){0,2}(?:came|comes|come)\s+$/u;

/** A line of metadata above the story: a byline, an "Updated"/"Published" line, a date alone. */
export function isMetadataSentence(article: Article, sentence: number): boolean {
  const s = article.sentences[sentence];
  if (!s || sentence > 4) return false;
  const words = article.text.slice(s.start, s.end).replace(/[*_]/g, '').trim();
  const raw = article.text.slice(s.start, s.end).trim();
  return (
    /^(?:By\s|Updated\b|Published\b|Posted\b|Last updated\b|Interview by\b)/i.test(words) ||
    (/\b(?:Updated|Published)\b[^.]*\d{4}/.test(words) && words.length < 160) ||
    // an italic standfirst or date line: "*Live coverage from …, Wednesday 18 June 2025*"
    // (a paragraph's span may start inside its emphasis, so the marker before it counts too)
    (/^[*_][^*_]/.test(
      article.text.slice(Math.max(0, (article.paragraphs[s.paragraph]?.start ?? s.start) - 1), s.end).trimStart(),
    ) &&
      /\b\d{4}[.*_]*$/.test(raw) &&
      words.length < 160)
  );
}

const STOPWORDS = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'were',
  'been',
  'their',
  'they',
  'said',
  'which',
  'would',
  'there',
  'about',
  'after',
  'before',
  'when',
  'will',
  'into',
  'than',
  'them',
  'then',
  'what',
  'also',
  'more',
  'some',
  'other',
]);
const isEnglishStopword = (w: string) => STOPWORDS.has(w);

const CLOCK_IN = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
const CLOCK = /\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(?:at\s+)(\d{1,2})[:.](\d{2})\b/gi;

/** Minutes after midnight of a clock time as written: "2:14 a.m.", "7am", "at 18:10". */
function clockMinutes(m: RegExpExecArray): number | undefined {
  const hour = Number(m[1] ?? m[4]);
  const minute = Number(m[2] ?? m[5] ?? 0);
  const half = (m[3] ?? '').toLowerCase().replace(/\./g, '');
  if (hour > 23 || minute > 59 || (half && hour > 12)) return undefined;
  return (half === 'pm' && hour < 12 ? hour + 12 : half === 'am' && hour === 12 ? 0 : hour) * 60 + minute;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Clock times order the events of one day. A clock time beside a date sets that date's time of
 * day; alone ("disabled the alarm at 2:14 a.m.") it falls on the day the story last named, as
 * HeidelTime resolves against its reference time.
 */
function addClockTimes(article: Article, out: TimeExpression[], entries: LiveEntryLike[]): TimeExpression[] {
  const { text, sentences } = article;
  const added: TimeExpression[] = [];
  const byStart = [...out].sort((a, b) => a.start - b.start);
  const words = (n: number) =>
    new Set(
      (
        text
          .slice(sentences[n].start, sentences[n].end)
          .toLowerCase()
          .match(/\p{L}{4,}/gu) ?? []
      ).filter((w) => !isEnglishStopword(w)),
    );
  /** The day a bare clock time falls on: the last day named in its paragraph, else the named day
   *  whose sentence shares most words with its own ("the thieves … skylight"), else the last named. */
  const referenceFor = (n: number): TimeExpression | undefined => {
    const days = [...byStart, ...added]
      .filter((t) => t.sentence < n && t.value.granularity === 'day' && !t.value.future)
      .sort((a, b) => a.start - b.start);
    if (days.length === 0) return undefined;
    const inParagraph = days.filter((t) => sentences[t.sentence].paragraph === sentences[n].paragraph);
    if (inParagraph.length) return inParagraph[inParagraph.length - 1];
    // In a live blog, the day of the entry it stands in.
    const entry = entries.find(
      (x) => x.paragraphs[0] <= sentences[n].paragraph && sentences[n].paragraph <= x.paragraphs[1],
    );
    const stamp = entry && byStart.find((t) => t.heads && t.start === entry.time.start);
    if (stamp) return stamp;
    const mine = words(n);
    const shared = (t: TimeExpression) => [...words(t.sentence)].filter((w) => mine.has(w)).length;
    const best = days.reduce((a, b) => (shared(b) >= shared(a) ? b : a));
    return shared(best) > 0 ? best : days[days.length - 1];
  };
  for (const sentence of sentences) {
    const own = byStart.filter((t) => t.sentence === sentence.index);
    const s = text.slice(sentence.start, sentence.end);
    // "Monday night", "early hours of Sunday": a part of the day orders what a clock does not.
    for (const t of own) {
      if (t.value.granularity !== 'day' || t.value.minute !== undefined) continue;
      const around = text
        .slice(Math.max(sentence.start, t.start - 20), Math.min(sentence.end, t.end + 12))
        .toLowerCase();
      const part = /early hours/.test(around)
        ? 120
        : /\bmorning\b/.test(around)
          ? 540
          : /\bafternoon\b/.test(around)
            ? 900
            : /\bevening\b/.test(around)
              ? 1140
              : /\b(?:night|tonight)\b/.test(around)
                ? 1260
                : undefined;
      if (part !== undefined && !CLOCK_IN.test(s)) t.value = { ...t.value, minute: part };
    }
    CLOCK.lastIndex = 0;
    for (let m = CLOCK.exec(s); m; m = CLOCK.exec(s)) {
      const minutes = clockMinutes(m);
      if (minutes === undefined) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (own.some((t) => t.start < end && start < t.end)) continue;
      // A live blog's stamp dates its entry already.
      if (byStart.some((t) => t.heads && t.start < end && start < t.end)) continue;
      // "at 12:01 a.m. Monday", "between 1 a.m. and 3 a.m. on Sunday": the sentence's own day.
      const ownDay = own.find((t) => t.value.granularity === 'day');
      if (ownDay) {
        if (ownDay.value.minute === undefined) ownDay.value = { ...ownDay.value, minute: minutes };
        continue;
      }
      const day = referenceFor(sentence.index);
      if (!day) continue;
      const value: TimeValue = {
        ...day.value,
        minute: minutes,
        label: `${day.value.label.replace(/ \d\d:\d\d$/, '')} ${hhmm(minutes)}`,
      };
      added.push({ start, end, sentence: sentence.index, value });
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

interface LiveEntryLike {
  time: Span;
  minutes: number;
  paragraphs: [number, number];
}

/** A live blog's entries: the corpus's, or paragraphs that are a clock time alone ("**10:50**"). */
function liveEntries(article: Article): LiveEntryLike[] {
  const given = (article as Article & { liveEntries?: LiveEntryLike[] }).liveEntries;
  if (given?.length) return given;
  const { text, paragraphs } = article;
  const stamps = paragraphs
    .map((p) => ({
      p,
      // "00:47" on a line of its own, alone in its paragraph or (in plain text) over the entry's lines.
      m: /^[\s*_#]*(\d{1,2})[:.](\d{2})(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?[*_]*(?:[ \t]*[—–-][^\n]*)?[ \t*_]*(?:\n|$)/.exec(
        text.slice(p.start, p.end),
      ),
    }))
    .filter((x) => x.m && Number(x.m[1]) < 24 && Number(x.m[2]) < 60);
  if (stamps.length < 3) return inlineEntries(article);
  return stamps.map((x, k) => {
    const next = stamps[k + 1]?.p.index ?? paragraphs.length;
    const at = x.p.start + x.m!.index + x.m![0].indexOf(x.m![1]);
    return {
      time: { start: at, end: at + x.m![1].length + 1 + x.m![2].length },
      minutes: Number(x.m![1]) * 60 + Number(x.m![2]),
      // The entry's text is the paragraphs after the stamp, or the rest of the stamp's own.
      paragraphs: [x.m![0].endsWith('\n') ? x.p.index : x.p.index + 1, next - 1] as [number, number],
    };
  });
}

/**
 * Entries whose paragraph opens with its own emphasised time, the text running on after it
 * ("**9:45 p.m.** That is all from us tonight."): a second common live-blog layout.
 */
function inlineEntries(article: Article): LiveEntryLike[] {
  const { text, paragraphs } = article;
  const stamps = paragraphs.flatMap((p) => {
    // The paragraph may begin past the opening emphasis; the closing one must be there.
    const m = /^([*_]{0,2})(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?[*_]{1,2}[ \t]+(?=\S)/i.exec(
      text.slice(p.start, p.end),
    );
    if (!m) return [];
    let hour = Number(m[2]);
    const minute = Number(m[3]);
    const half = m[4]?.toLowerCase();
    if (hour > 23 || minute > 59 || (half && hour > 12)) return [];
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    const at = p.start + m[1].length;
    const length = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/i.exec(m[0].slice(m[1].length))![0].length;
    return [{ p, at, length, minutes: hour * 60 + minute }];
  });
  if (stamps.length < 3) return [];
  return stamps.map((x, k) => ({
    time: { start: x.at, end: x.at + x.length },
    minutes: x.minutes,
    paragraphs: [x.p.index, (stamps[k + 1]?.p.index ?? paragraphs.length) - 1] as [number, number],
  }));
}

/**
 * Each live-blog entry is an event at its clock time, on the blog's day: its first sentence tells it.
 * The time expression is the timestamp itself; `heads` marks that it dates the sentence after it.
 */
function addLiveEntries(article: Article, out: TimeExpression[], publication: Publication): TimeExpression[] {
  const entries = liveEntries(article);
  if (entries.length === 0) return out;
  const added: TimeExpression[] = [];
  const shifts = midnightShifts(entries.map((e) => e.minutes));
  entries.forEach((entry, k) => {
    // The entry's first sentence that says something past the stamp ("**5:55 p.m.**" may be split off alone).
    const first = article.sentences.find(
      (s) =>
        s.paragraph >= entry.paragraphs[0] &&
        s.paragraph <= entry.paragraphs[1] &&
        s.end > entry.time.end + 1 &&
        /\p{L}{2,}/u.test(article.text.slice(Math.max(s.start, entry.time.end), s.end).replace(/^\W*[ap]\.?m\.?/i, '')),
    );
    if (!first) return;
    // "Good morning and welcome to our coverage. As of last night the toll stood at 11.": a greeting
    // opens the blog's day; the news is in the sentence after it.
    const afterGreeting = GREETING.test(
      article.text.slice(Math.max(first.start, entry.time.end), first.end).replace(/^[\s*_—–|:-]+/, ''),
    )
      ? article.sentences[first.index + 1]
      : undefined;
    const told = afterGreeting && afterGreeting.paragraph <= entry.paragraphs[1] ? afterGreeting : first;
    const day = publication.day + shifts[k];
    const label =
      publication.certainty === 'estimated'
        ? `${hhmm(entry.minutes)}, ${shifts[k] === 0 ? 'on the day of the blog' : shifts[k] < 0 ? 'the day before the blog' : 'the day after the blog'}`
        : `${isoDay(day)} ${hhmm(entry.minutes)}`;
    added.push({
      start: entry.time.start,
      end: entry.time.end,
      sentence: told.index,
      heads: true,
      value: { from: day, to: day, granularity: 'day', certainty: publication.certainty, label, minute: entry.minutes },
    });
  });
  return [...out, ...added];
}

/** A live blog's greeting to its readers: "Good morning from the square", "Hello and welcome to our coverage". */
const GREETING = /^(?:good\s+(?:morning|afternoon|evening)|hello|welcome(?:\s+back)?\s+to)\b/i;

/** A jump of the clock between neighbouring entries this large is a night passed, not disorder. */
const MIDNIGHT_JUMP = 12 * 60;

/**
 * "00:47 … 00:20 … 23:58": a blog that runs past midnight. Its first entry is on the blog's day;
 * going down a newest-first blog, a clock that jumps forward by half a day steps back a day
 * (oldest-first, one that jumps back steps forward). Days to add to each entry's.
 */
function midnightShifts(minutes: number[]): number[] {
  let down = 0;
  for (let k = 1; k < minutes.length; k++) down += Math.sign(minutes[k - 1] - minutes[k]);
  const newestFirst = down > 0;
  let shift = 0;
  return minutes.map((m, k) => {
    const jump = k === 0 ? 0 : m - minutes[k - 1];
    if (newestFirst && jump > MIDNIGHT_JUMP) shift--;
    if (!newestFirst && -jump > MIDNIGHT_JUMP) shift++;
    return shift;
  });
}

/** Extracts and normalises every date expression of an article. */
export function extractTimes(article: Article, tokens: Token[]): TimeExpression[] {
  const found = findTimeExpressions(article);
  const { text, sentences } = article;
  const futureCache = new Map<Found, boolean>();
  const futureOf = (f: Found) => {
    let v = futureCache.get(f);
    if (v === undefined) {
      const s = sentences[f.sentence];
      const sentenceTokens = tokens.filter((t) => t.sentence === f.sentence);
      const r = f.raw;
      v =
        r.kind === 'ago'
          ? r.sign > 0
          : r.kind === 'day'
            ? r.offset > 0
            : (r.kind === 'weekday' && r.which === 'next') ||
                ((r.kind === 'period' || r.kind === 'season') && r.offset > 0)
              ? true
              : (r.kind === 'weekday' && r.which === 'last') ||
                  ((r.kind === 'period' || r.kind === 'season') && r.offset < 0)
                ? false
                : (r.kind === 'weekday' && arrangedFor(text, s.start, f)) ||
                  clauseIsFuture(text, s.start, f.start, sentenceTokens);
      futureCache.set(f, v);
    }
    return v;
  };
  const publication = publicationOf(article, found, futureOf);
  const out: TimeExpression[] = [];
  /** Dates counted from another ("two weeks later"), which "the same day" does not refer to. */
  const counted = new Set<TimeExpression>();
  let lead: TimeValue | undefined;
  let leadLabel = '';
  for (let f of found) {
    const future = futureOf(f);
    let anchor: TimeValue | undefined;
    let anchorLabel = '';
    if (
      f.raw.kind === 'relative' &&
      f.raw.toClause &&
      !out.some((t) => t.sentence === f.sentence && t.end <= f.start)
    ) {
      // "demanded the recount two days after the vote": the vote dated earlier ("the Oct. 6
      // election"); the sentence's own clause is what happened then.
      const named = datedEarlier(text, f, out);
      if (named) {
        f = { ...f, raw: { ...f.raw, toClause: false } };
        anchor = named.value;
        anchorLabel = named.value.label;
      }
    }
    if (f.raw.kind === 'relative' && !anchor) {
      // Count from the nearest date before it in the same sentence; for "earlier"/"later", else from the lead's date.
      const before = [...out].reverse().find((t) => t.sentence === f.sentence && t.end <= f.start);
      if (before) {
        anchor = before.value;
        anchorLabel = before.value.label;
      } else if (lead && (!f.raw.toClause || REFERS_TO_LEAD.test(text.slice(sentences[f.sentence].start, f.start)))) {
        anchor = lead;
        anchorLabel = leadLabel;
      }
    }
    if (f.raw.kind === 'same-day') {
      // "They reported it to the coastguard the same day": the day last named before it,
      // by its own date, not one counted from another ("three days after the vote").
      const named = [...out].reverse().find((t) => t.sentence <= f.sentence && t.end <= f.start && !counted.has(t));
      // "that morning" is of a day: a month named last ("from December") does not say which.
      if (!named || named.value.granularity !== 'day') continue;
      const { minute: _minute, ...value } = named.value;
      out.push({
        start: f.start,
        end: f.end,
        sentence: f.sentence,
        value: { ...value, label: value.label.replace(/ \d\d:\d\d$/, '') },
      });
      continue;
    }
    let r = resolve(f.raw, publication.day, future, anchor);
    if (!r) continue;
    const certainty: Certainty = r.calendarKnown
      ? 'exact'
      : f.raw.kind === 'relative' && anchor
        ? anchor.certainty
        : publication.certainty;
    let label: string;
    if (f.raw.kind === 'relative' && (certainty === 'estimated' || !(r.granularity === 'day' && r.from === r.to))) {
      label = relativeLabel(text.slice(f.start, f.end), f.raw, anchorLabel);
    } else if (certainty === 'estimated') {
      label = r.relative;
    } else if (publication.monthOnly && !r.calendarKnown && r.to - r.from < 28) {
      // Placed by a month alone: a day counted from it is known only to that month.
      const { year, month } = dateOf(r.from);
      r = { ...r, from: dayNumber(year, month, 1), to: lastDayOfMonth(year, month), granularity: 'month' };
      label = `${calendarLabel(r.from, r.to, r.granularity)} (date inferred)`;
    } else {
      label = calendarLabel(r.from, r.to, r.granularity);
      if (certainty === 'inferred') label += publication.placed ? ' (date inferred)' : ' (year inferred)';
    }
    const value: TimeValue = { from: r.from, to: r.to, granularity: r.granularity, certainty, label };
    if (future) value.future = true;
    const expression: TimeExpression = { start: f.start, end: f.end, sentence: f.sentence, value };
    if (f.raw.kind === 'relative' && f.raw.toClause) expression.governsFollowingClause = true;
    if (f.raw.kind === 'relative') counted.add(expression);
    out.push(expression);
    if (!lead && f.sentence === 0 && f.raw.kind !== 'relative') {
      lead = value;
      leadLabel = value.label;
    }
  }
  const withEntries = addLiveEntries(article, out, publication);
  return addClockTimes(article, withEntries, liveEntries(article));
}

/** "less than three weeks after 2022-02", "two weeks before Sunday": the amount as written. */
function relativeLabel(expression: string, raw: Extract<Raw, { kind: 'relative' }>, anchorLabel: string): string {
  const amount = expression
    .replace(/\s+(?:earlier|later|before|after|previously|beforehand|afterwards)$/i, '')
    .trim()
    .toLowerCase();
  const sign = raw.toClause ? -raw.sign : raw.sign;
  const anchor = anchorLabel.replace(/\s*\(.*$/, '').replace(/,.*$/, '') || 'the main event';
  return `${amount} ${sign < 0 ? 'before' : 'after'} ${anchor}`;
}
