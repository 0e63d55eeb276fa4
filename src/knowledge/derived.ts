// What the knowledge base derives once from every article's facts, so that no query has to read
// all of them: for each entity the sentences that mention it, its roles and the people it appears
// with; every statement with its speaker; the timeline, merged and in order. Plain serialisable
// data: the warm-start snapshot stores it as it is.

import { type Article, publicationDay, type Span } from '../corpus/article.ts';
import { dayNumber } from '../corpus/months.ts';
import type { FactsList } from './knowledge-base.ts';
import type { ArticleFacts, Role } from '../extract/facts.ts';
import { RELAYED_CLAIM } from '../extract/lexicon.ts';
import { compareTimes, type Certainty, type Granularity } from '../extract/time-value.ts';
import { analyze } from '../text/analyzer.ts';
import { nameKey } from '../text/normalize.ts';
import { type EntityRegistry, spanText } from './entity-registry.ts';

export interface RoleLine {
  text: string;
  /** Where the articles give it: [article, start, end], one per article that does. */
  cites: [number, number, number][];
}

const MAX_ROLE_CITES = 4;

export interface EntityProfile {
  /** Flat triples (article, sentence, flags), in article and sentence order. Flags: 1 = the
   *  entity is the subject there, 2 = it is named (not only a pronoun or role). A typed array
   *  when restored from a snapshot. */
  sentences: ArrayLike<number>;
  /** Distinct roles, each with the span it comes from. */
  roles: RoleLine[];
  /** Other people and organisations it shares sentences with, most often first. */
  companions: number[];
  /** How many articles mention it. */
  articles: number;
}

/** A statement: [article, kind (0 direct, 1 reported), content start, end, context start, end,
 *  first sentence, last sentence, speaker id or -1, speaker-phrase start or -1, end or -1]. */
export type StatementRow = [number, 0 | 1, number, number, number, number, number, number, number, number, number];

export interface TimelineEntry {
  label: string;
  from: number;
  to: number;
  granularity: Granularity;
  certainty: Certainty;
  /** -1 for calendar dates; otherwise the article whose unknown publication day the time hangs on. */
  group: number;
  /** Each telling of the event: [article, sentence, clause start, clause end]; the first is shown. */
  tellings: [number, number, number, number][];
  /** Global entity ids named or referred to in the sentence. */
  participants: number[];
  /** Only the moment someone was quoted ("…,” X said in an interview Monday night"): shown in a
   *  subject's timeline, not in the timeline of everything. */
  speech?: true;
  /** Only a later sentence of a live-blog entry, dated by the entry's stamp: shown in a subject's
   *  timeline where the sentence itself is about the subject, not for every line of its blog. */
  continued?: true;
}

export interface Derived {
  profiles: EntityProfile[];
  statements: StatementRow[];
  timeline: TimelineEntry[];
}

const MAX_ROLES = 12;
const HONORIFIC_ONLY = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|lord|lady|rev|reverend|sheikh|sheikha)\.?$/i;
const MAX_COMPANIONS = 8;

export function derive(articles: readonly Article[], facts: FactsList, registry: EntityRegistry): Derived {
  return {
    profiles: profilesOf(articles, facts, registry),
    statements: statementsOf(facts, registry),
    timeline: timelineOf(articles, facts, registry),
  };
}

function profilesOf(articles: readonly Article[], facts: FactsList, registry: EntityRegistry): EntityProfile[] {
  const sentenceLists: number[][] = registry.entities.map(() => []);
  const roleLists: RoleLine[][] = registry.entities.map(() => []);
  const roleSeen: Map<string, RoleLine>[] = registry.entities.map(() => new Map());
  const together: Map<number, number>[] = registry.entities.map(() => new Map());
  const articleCounts = new Array<number>(registry.entities.length).fill(0);
  facts.forEach((f, a) => {
    const text = articles[a].text;
    const sentences = articles[a].sentences;
    const bySentence = new Map<number, Set<number>>();
    f.entities.forEach((e, local) => {
      const id = registry.globalId(a, local);
      articleCounts[id]++;
      const flags = new Map<number, number>();
      for (const m of e.mentions) {
        if (m.sentence < 0) continue;
        const sentence = sentences[m.sentence];
        let flag = flags.get(m.sentence) ?? 0;
        if (isSubject(text, sentence.start, m.start)) flag |= 1;
        if (m.kind === 'name' || m.kind === 'surname' || m.kind === 'acronym') flag |= 2;
        flags.set(m.sentence, flag);
        (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, new Set()).get(m.sentence)!).add(id);
      }
      for (const [s, flag] of [...flags].sort((x, y) => x[0] - y[0])) sentenceLists[id].push(a, s, flag);
      for (const role of e.roles) {
        let shown = roleText(registry, a, text, role, articles[a].title.text);
        const span = role.source === 'credit' ? creditSpan(text, role) : role;
        const court = role.qualifier ? undefined : courtOfJudge(articles[a], f, shown);
        if (court) shown = `${shown} of the ${court.name}`;
        // The same role told twice ("Foreign Minister", "Valdoria's Foreign Minister") is one line
        // citing each article that gives it.
        const key = nameKey(shown.replace(/^.*[’']s /, '').replace(/^(?:the|a|an) /i, ''));
        const known = roleSeen[id].get(key);
        if (known) {
          if (known.cites.length < MAX_ROLE_CITES && !known.cites.some((c) => c[0] === a))
            known.cites.push([a, span.start, span.end]);
          continue;
        }
        if (roleLists[id].length >= MAX_ROLES) continue;
        const line: RoleLine = { text: shown, cites: [[a, span.start, span.end]] };
        if (court) line.cites.push([a, court.sentence.start, court.sentence.end]);
        roleSeen[id].set(key, line);
        roleLists[id].push(line);
      }
    });
    for (const ids of bySentence.values()) {
      for (const x of ids)
        for (const y of ids)
          if (x !== y && registry.get(y).type !== 'place') together[x].set(y, (together[x].get(y) ?? 0) + 1);
    }
  });
  // An honorific alone ("Dr", "Sheikh") says less than an office: offices first.
  const honorificOnly = (r: RoleLine) => HONORIFIC_ONLY.test(r.text);
  return registry.entities.map((_, id) => ({
    sentences: sentenceLists[id],
    roles: [...roleLists[id].filter((r) => !honorificOnly(r)), ...roleLists[id].filter(honorificOnly)],
    companions: [...together[id]]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_COMPANIONS)
      .map(([o]) => o),
    articles: articleCounts[id],
  }));
}

/** A judge's title that names no court: "Chief Justice", "Presiding Judge", "Justice". */
const JUDICIAL_TITLE = /^(?:chief\s+justice|(?:presiding\s+|chief\s+)?judge|justice|magistrate)$/i;
/** A court's name: "the Supreme Court", "the Eastfield High Court", "the Constitutional Tribunal". */
const COURT_NAME = /\b(?:Court|Tribunal)$/;

/**
 * "Chief Justice Ana Morel" in a story whose one court is "the Supreme Court": a judge's title
 * without its court is the title of the court the story tells of, when it names only one. The
 * sentence that names it is cited beside the title's.
 */
function courtOfJudge(
  article: Article,
  facts: ArticleFacts,
  title: string,
): { name: string; sentence: { start: number; end: number } } | undefined {
  if (!JUDICIAL_TITLE.test(title.trim())) return undefined;
  const { text } = article;
  const courts = facts.entities.filter(
    (o) => o.type === 'organization' && COURT_NAME.test(spanText(text, o.name.start, o.name.end)),
  );
  const names = new Set(courts.map((o) => nameKey(spanText(text, o.name.start, o.name.end))));
  if (names.size !== 1) return undefined;
  const court = courts[0];
  const first = court.mentions.find((m) => m.sentence >= 0);
  if (!first) return undefined;
  const sentence = article.sentences[first.sentence];
  return sentence ? { name: spanText(text, court.name.start, court.name.end), sentence } : undefined;
}

/** Does a mention open its clause, before any verb — is it who acts? */
function isSubject(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  return !/\b(?:is|are|was|were|has|have|had|said|says|met|told|by|with|of|to|from|for|against|at|on)\b/i.test(
    before.slice(before.lastIndexOf(',') + 1),
  );
}

function creditSpan(text: string, role: Role): { start: number; end: number } {
  // "Reporting by Lidia Kelly in Melbourne": cite the credit from its label to the name (and place).
  const before = text.lastIndexOf(';', role.start) + 1;
  const open = text.lastIndexOf('(', role.start) + 1;
  let start = Math.max(before, open);
  while (/\s/.test(text[start])) start++;
  return { start, end: role.qualifier ? role.qualifier.end : role.end };
}

function roleText(registry: EntityRegistry, article: number, text: string, role: Role, title: string): string {
  if (role.source === 'credit') {
    const where = role.qualifier ? ` in ${spanText(text, role.qualifier.start, role.qualifier.end)}` : '';
    const what = {
      reporter: 'reporting',
      'additional reporter': 'additional reporting',
      writer: 'writing',
      editor: 'editing',
      contributor: 'contributing',
    }[role.credit ?? 'contributor'];
    return `${what} for “${title}”${where} (${role.credit ?? 'contributor'})`;
  }
  const body = text.slice(role.start, role.end).replace(/\s+/g, ' ').trim().replace(/[,;]$/, '');
  if (!role.qualifier) return body;
  let owner = spanText(text, role.qualifier.start, role.qualifier.end);
  if (/^(?:her|his|its|their)$/i.test(owner)) {
    // "her deputy": whose, when the pronoun was resolved; otherwise just the role.
    if (role.qualifierEntity === undefined) return body;
    owner = registry.get(registry.globalId(article, role.qualifierEntity)).name;
  }
  return `${owner}’s ${body}`;
}

function statementsOf(facts: FactsList, registry: EntityRegistry): StatementRow[] {
  const rows: StatementRow[] = [];
  facts.forEach((f, a) => {
    for (const s of f.statements) {
      rows.push([
        a,
        s.kind === 'direct' ? 0 : 1,
        s.content.start,
        s.content.end,
        s.context.start,
        s.context.end,
        s.sentences[0],
        s.sentences[1],
        s.speaker === undefined ? -1 : registry.globalId(a, s.speaker),
        s.speakerSpan?.start ?? -1,
        s.speakerSpan?.end ?? -1,
      ]);
    }
  });
  return rows;
}

// ---- the timeline ---------------------------------------------------------------------------

/** The longest event clause a timeline line shows whole; longer ones are cut short. */
export const EVENT_LINE_MAX = 180;

const SPEECH_CLAUSE = /^(?:[\p{L}\p{N}'’.() -]+\s)?(?:said|says|told|added|announced|stated)\b[^,;]{0,40}$/u;
/** A clause that attributes (not one describing the speaker: "…, which has owned the mine since 2019"). */
const ATTRIBUTION =
  /^(?!\s*(?:which|who|whose|where|when)\b).*\b(?:said|says|told|tells|added|announced|stated|according to)\b/isu;

/**
 * After the date of a saying, what was said as a clause of its own, before any quotation: "… that
 * talks were", or with no "that" after the verb of saying ("…, Ada Marrow, said the levy would").
 */
const REPORTED_THAT = /^[^“”".;]{0,60}\b(?:that|said|says|added|told\s+\p{L}+)\s[^“”".;]{3,}$/u;

/** What a sentence tells before its attribution: a clause of some length set off by a comma, with no quotation. */
const REPORTED_BEFORE_ATTRIBUTION = /^[^“”"]{40,},\s*$/u;

/** A relative clause in the clause: "a former lock who took over the club in 2022". */
const RELATIVE_CLAUSE = /^(?:[^,;“”"]*\s|[^,;“”"]+,\s+(?:a|an|the)\s[^,;“”"]*\s)?(?:who|which|whose)\s/iu;

/** The day an article reports from: its publication, or the day a related article places it on; last when unknown. */
function reportedOn(article: Article): number {
  const date = article.date;
  const placed = date.kind === 'unknown' ? date.placed : undefined;
  return publicationDay(date)?.day ?? (placed ? dayNumber(placed.year, placed.month, placed.day ?? 1) : Infinity);
}

/** Stems that place a happening in time ("since", "the first half of", "a year earlier"), outside
 *  the date itself: two clauses sharing them tell of the same period, not the same happening. */
const TIME_FRAME_TERMS = new Set(
  'sinc until first second third fourth last next half quarter year month week dai earlier later ago twice mid'.split(
    ' ',
  ),
);
const COMPARISON = /\b(?:from|than|compared with|versus)\s+(?:about\s+|around\s+)?[$€£¥]?\d[^,;]{0,30}$/i;

/** Does the event clause run into the quotation itself? Then it is no attribution of its own. */
function quotedBetween(text: string, span: Span, content: Span): boolean {
  return span.start < content.end && content.start < span.end;
}

/** A sentence without its closing punctuation. */
/**
 * A sentence told whole, without its closing stop, and without the live page's stamp that opens it
 * ("**12:40** We spoke…"): the line's label gives the time.
 */
function trimmedSentence(article: Article, facts: ArticleFacts, sentence: number): Span {
  const { start, end } = article.sentences[sentence];
  let e = end;
  while (e > start && /[\s.!?]/.test(article.text[e - 1])) e--;
  const stamp = facts.times.find((t) => t.heads && t.sentence === sentence && t.end > start && t.end < e);
  const from = stamp ? stamp.end + /^[\s*_]*/.exec(article.text.slice(stamp.end, e))![0].length : start;
  return { start: from, end: e };
}

function timelineOf(articles: readonly Article[], facts: FactsList, registry: EntityRegistry): TimelineEntry[] {
  interface Candidate {
    article: number;
    sentence: number;
    start: number;
    end: number;
    timeStart: number;
    timeEnd: number;
    time: ArticleFacts['times'][number]['value'];
    participants: number[];
    speech?: true;
    continued?: true;
  }
  const candidates: Candidate[] = [];
  facts.forEach((f, a) => {
    const article = articles[a];
    for (const e of f.events) {
      const time = f.times[e.time];
      // "The same report said the club was founded 23 years ago": a correction relays the error it
      // then corrects; what that dates is no event.
      const relaying = article.sentences[e.sentence];
      if (relaying && RELAYED_CLAIM.test(article.text.slice(relaying.start, relaying.end))) continue;
      let span: Span = e.span;
      let speech: true | undefined;
      // A date in a statement's attribution dates the saying: a reported statement ("X won, the
      // board said on Wednesday") is itself the news, told whole; the moment a quote was given
      // ("the envoy told Reuters on Monday") is not. A date inside a quotation is not an event.
      const statement = f.statements.find((s) => s.context.start <= time.start && time.end <= s.context.end);
      const inContent = statement && statement.content.start <= time.start && time.end <= statement.content.end;
      // "The bid on July 3 was turned down, with the club's president calling it “insulting”": a
      // clause of its own before the quotation's attribution is news, not the moment of a quote.
      const beforeQuote =
        statement?.kind === 'direct' &&
        !inContent &&
        span.end <= statement.content.start &&
        statement.context.start <= span.start &&
        !/[“"]/.test(article.text.slice(statement.context.start, span.start)) &&
        !ATTRIBUTION.test(article.text.slice(span.start, statement.content.start));
      // "…,” said the coach, Ada Marrow, who took over the club in 2022": what the attribution
      // tells of the speaker is an event of theirs.
      const aboutSpeaker =
        statement?.kind === 'direct' &&
        !inContent &&
        !quotedBetween(article.text, span, statement.content) &&
        RELATIVE_CLAUSE.test(article.text.slice(span.start, span.end));
      // In a Q&A interview the answers are the interviewee's own story: "I was a junior doctor in 2011".
      const ownStory = statement?.rule === 'interview-answer' && inContent;
      const participants = e.participants.map((p) => registry.globalId(a, p));
      if (ownStory && statement.speaker !== undefined) participants.push(registry.globalId(a, statement.speaker));
      // "told the assembly on Tuesday that talks were “at an advanced stage”": reported speech that
      // quotes a few of its words is a report of that day, told whole, not the moment of a quote.
      const reportedWithQuote =
        statement?.kind === 'direct' &&
        !inContent &&
        time.end <= statement.content.start &&
        REPORTED_THAT.test(article.text.slice(time.end, statement.content.start).replace(/["“‘']\s*$/u, ''));
      const told = beforeQuote || aboutSpeaker || ownStory;
      // A chronology's dated item is the happening of its date, though it tells of a saying.
      const item = e.rules?.includes('date-heads-item');
      if (item) {
        // told whole, as extracted
      } else if (reportedWithQuote) {
        span = trimmedSentence(article, f, e.sentence);
      } else if (
        statement?.kind === 'direct' &&
        !told &&
        (inContent ||
          !ATTRIBUTION.test(article.text.slice(span.start, span.end)) ||
          quotedBetween(article.text, span, statement.content))
      ) {
        continue;
      } else if (statement?.kind === 'direct' && !told) {
        // "“The road is open again,” she said on Friday": the words with their attribution, from the
        // quotation's opening mark, since the saying tells nothing without what was said.
        // Only words within the sentence the line cites.
        const from = statement.content.start - (/["“‘']/.test(article.text[statement.content.start - 1] ?? '') ? 1 : 0);
        if (statement.content.end < span.end && from < span.start && from >= article.sentences[e.sentence].start)
          span = { start: from, end: span.end };
        speech = true;
      } else if (statement && !inContent && ATTRIBUTION.test(article.text.slice(span.start, span.end))) {
        span = trimmedSentence(article, f, e.sentence);
      } else if (!statement && SPEECH_CLAUSE.test(article.text.slice(span.start, span.end).trim())) {
        // "Floods have killed at least 23 people, officials said on Wednesday, as …": reported
        // speech the statement reader left unattributed is the news of that day, told whole; a
        // bare "he said on Monday" after a quotation is not.
        const reported = article.text.slice(article.sentences[e.sentence].start, span.start);
        if (!REPORTED_BEFORE_ATTRIBUTION.test(reported)) continue;
        span = trimmedSentence(article, f, e.sentence);
      }
      // The baseline of a comparison inside a clause ("rose to $2.3 billion from $2.0 billion a year
      // earlier") dates the old figure, not what the clause tells; set off by a comma ("…, from
      // $6.8 billion in January 2023") it is a dated figure of its own.
      const before = article.text.slice(span.start, time.start);
      const comparison = COMPARISON.exec(before);
      if (
        comparison &&
        /\w/.test(before.slice(0, comparison.index)) &&
        !/,\s*(?:up|down)?\s*$/.test(before.slice(0, comparison.index))
      )
        continue;
      candidates.push({
        article: a,
        sentence: e.sentence,
        start: span.start,
        end: span.end,
        timeStart: time.start,
        timeEnd: time.end,
        time: time.value,
        participants,
        ...(speech ? { speech } : {}),
        ...(e.rules?.includes('live-entry-continues') ? { continued: true as const } : {}),
      });
    }
  });
  // "…said the ferries would not run again this year": a year that runs on past the day it is told
  // of is placed at that day, not at its first (the events of its months before came first).
  const toldOn = articles.map(reportedOn);
  const placedAt = (c: Candidate) => {
    const told = toldOn[c.article];
    return c.time.granularity === 'year' && c.time.from <= told && told < c.time.to ? told : c.time.from;
  };
  candidates.sort(
    (x, y) => placedAt(x) - placedAt(y) || compareTimes(x.time, y.time) || x.article - y.article || x.start - y.start,
  );
  // The same happening told twice (by two articles, or twice in one) is one entry: same calendar
  // day or month, and two content words in common.
  const entries: TimelineEntry[] = [];
  const byDate = new Map<string, { entry: TimelineEntry; terms: Set<string> }[]>();
  const seen = new Set<string>();
  for (const c of candidates) {
    const clauseKey = `${c.article}:${c.start}:${c.end}`;
    if (seen.has(clauseKey)) continue;
    seen.add(clauseKey);
    const dated = c.time.certainty !== 'estimated';
    // Words of the date itself ("June", "year") say nothing about what happened.
    const clause = articles[c.article].text.slice(c.start, c.end);
    const inside = c.start <= c.timeStart && c.timeEnd <= c.end;
    const terms = new Set(
      analyze(
        inside ? clause.slice(0, c.timeStart - c.start) + ' ' + clause.slice(c.timeEnd - c.start) : clause,
      ).filter((t) => !TIME_FRAME_TERMS.has(t)),
    );
    const dateKey = `${c.time.from}:${c.time.to}:${c.time.minute ?? ''}`;
    if (dated && (c.time.granularity === 'day' || c.time.granularity === 'month' || c.time.granularity === 'year')) {
      // Told twice in one article, a happening shares most of its words; across articles two will do.
      const same = byDate.get(dateKey)?.find((x) => {
        const shared = [...terms].filter((t) => x.terms.has(t)).length;
        // A year is too wide to tell one happening in one article.
        if (c.time.granularity === 'year' && x.entry.tellings.every(([a]) => a === c.article)) return false;
        return x.entry.tellings.some(([a]) => a !== c.article) || x.entry.tellings[0][0] !== c.article
          ? shared >= 2
          : shared >= 3 && shared * 2 >= Math.min(terms.size, x.terms.size);
      });
      if (same) {
        same.entry.tellings.push([c.article, c.sentence, c.start, c.end]);
        for (const p of c.participants) if (!same.entry.participants.includes(p)) same.entry.participants.push(p);
        if (!c.continued) delete same.entry.continued;
        // Show a telling a line can show whole (one cut short may lose what it tells): the first
        // report's, which tells the news as it broke (later ones look back), then the fullest.
        const length = (t: [number, number, number, number]) => t[3] - t[2];
        const fits = (t: [number, number, number, number]) => length(t) <= EVENT_LINE_MAX;
        const told = (t: [number, number, number, number]) => toldOn[t[0]];
        same.entry.tellings.sort(
          (x, y) =>
            Number(fits(y)) - Number(fits(x)) ||
            (fits(x) ? told(x) - told(y) || length(y) - length(x) : length(x) - length(y)),
        );
        for (const t of terms) same.terms.add(t);
        continue;
      }
    }
    const entry: TimelineEntry = {
      label: c.time.label,
      from: c.time.from,
      to: c.time.to,
      granularity: c.time.granularity,
      certainty: c.time.certainty,
      group: dated ? -1 : c.article,
      tellings: [[c.article, c.sentence, c.start, c.end]],
      participants: [...new Set(c.participants)],
    };
    if (c.speech) entry.speech = true;
    if (c.continued) entry.continued = true;
    entries.push(entry);
    if (dated) (byDate.get(dateKey) ?? byDate.set(dateKey, []).get(dateKey)!).push({ entry, terms });
  }
  return entries;
}
