// /timeline [about]: events in time order, each cited. Events of articles whose publication day is
// unknown cannot be placed among calendar dates, so they follow, article by article, in their own
// order and with honest relative labels ("the week before publication").

import type { KnowledgeBase, TimelineEvent } from '../knowledge/knowledge-base.ts';
import { analyze } from '../text/analyzer.ts';
import { clip } from '../render/markdown.ts';
import { type Answer, type AnswerLine, type AnswerSection, Citations, flat, notFound, plural } from './answer.ts';

export const TIMELINE_PER_PAGE = 30;
/** Event clauses are shortened in the list; the Sources button shows them whole. */
const EVENT_TEXT_MAX = 150;

interface Entry {
  events: TimelineEvent[];
  /** Where in the order: a calendar date, or an article whose date is unknown. */
  group: 'dated' | number;
}

interface Selection {
  events: TimelineEvent[];
  undated: { article: number; sentence: number }[];
  label: string;
}

export function answerTimeline(kb: KnowledgeBase, about: string, page = 1, command = `/timeline${about ? ' ' + about : ''}`): Answer {
  const query = about.trim();
  const selection = select(kb, query);
  if (!selection) return notFound(command, 'No timeline', `The articles have nothing about “${query}”.`);
  if (selection.events.length === 0 && selection.undated.length === 0) {
    return notFound(command, 'No dated events', query ? `The articles give no dates for events about ${selection.label}.` : 'The articles give no dated events.');
  }
  const entries = mergeRepeats(kb, selection.events.filter((e) => isNewsEvent(kb, e)));
  const dated = entries.filter((e) => e.group === 'dated');
  const byArticle = new Map<number, Entry[]>();
  for (const e of entries) if (e.group !== 'dated') (byArticle.get(e.group) ?? byArticle.set(e.group, []).get(e.group)!).push(e);

  // One list of rows: dated events, then each undated article's events, then sentences with no date.
  type Row = { section: string; entry?: Entry; undated?: { article: number; sentence: number } };
  const rows: Row[] = dated.map((entry) => ({ section: 'dated', entry }));
  for (const [article, list] of byArticle) for (const entry of list) rows.push({ section: `article:${article}`, entry });
  for (const u of selection.undated) rows.push({ section: 'undated', undated: u });

  const pages = Math.max(1, Math.ceil(rows.length / TIMELINE_PER_PAGE));
  const index = Math.min(Math.max(1, page), pages);
  const cites = new Citations(kb);
  const sections: AnswerSection[] = [];
  for (const row of rows.slice((index - 1) * TIMELINE_PER_PAGE, index * TIMELINE_PER_PAGE)) {
    let section = sections[sections.length - 1];
    const heading = row.section === 'dated' ? undefined
      : row.section === 'undated' ? 'No date given'
        : `Publication date unknown: “${kb.articles[Number(row.section.slice(8))].title.text}”`;
    if (!section || section.heading !== heading) {
      section = { heading, lines: [] };
      sections.push(section);
    }
    section.lines.push(row.entry ? lineOf(kb, row.entry, cites) : undatedLine(kb, row.undated!, cites));
  }
  const total = selection.events.length;
  return {
    command, found: true,
    title: query ? `Timeline: ${selection.label}` : 'Timeline',
    lead: `${plural(entries.length, 'event')}${query ? ` about ${selection.label}` : ''} from ${plural(new Set(selection.events.map((e) => e.article)).size, 'article')}${selection.undated.length ? `, and ${plural(selection.undated.length, 'mention')} with no date` : ''}.`,
    sections,
    citations: cites.list,
    page: pages > 1 ? { index, count: pages, command: 'timeline', argument: query } : undefined,
    compactSources: true,
    footer: total > entries.length ? 'Events reported in more than one article are shown once, with each citation.' : undefined,
  };
}

function lineOf(kb: KnowledgeBase, entry: Entry, cites: Citations): AnswerLine {
  const first = entry.events[0];
  const longest = entry.events.reduce((a, b) => (b.event.span.end - b.event.span.start > a.event.span.end - a.event.span.start ? b : a));
  const sentenceOf = (e: TimelineEvent) => kb.articles[e.article].sentences[e.event.sentence];
  // Cite the whole sentence: the clause is what the list shows, the sentence is what it stands on.
  return {
    label: first.time.label,
    text: clip(flat(kb.text(longest.article, longest.event.span)), EVENT_TEXT_MAX),
    cites: [longest, ...entry.events.filter((e) => e !== longest)].map((e) => cites.cite(e.article, sentenceOf(e))),
  };
}

function undatedLine(kb: KnowledgeBase, u: { article: number; sentence: number }, cites: Citations): AnswerLine {
  const s = kb.articles[u.article].sentences[u.sentence];
  return { text: flat(kb.text(u.article, s)), cites: [cites.sentence(u.article, u.sentence)] };
}

/** The events an `about` asks for: of an entity (named, or referred to in the sentence), or of a topic. */
function select(kb: KnowledgeBase, query: string): Selection | undefined {
  if (!query) return { events: kb.timeline, undated: [], label: '' };
  const found = kb.registry.lookup(query);
  const ids = found.exact.length ? found.exact : found.partial;
  const mentioned = new Map<number, Set<number>>();
  for (const id of ids) {
    for (const [article, sentences] of kb.sentencesMentioning(id)) {
      const set = mentioned.get(article) ?? new Set<number>();
      for (const s of sentences) set.add(s);
      mentioned.set(article, set);
    }
  }
  const terms = [...new Set(analyze(query))];
  const idSet = new Set(ids);
  const articleAbout = new Map<number, boolean>();
  const aboutTopic = (article: number, sentence: number) => {
    if (terms.length === 0) return false;
    if (!articleAbout.has(article)) {
      const title = new Set(analyze(kb.articles[article].title.text));
      articleAbout.set(article, ids.length === 0 && terms.every((t) => title.has(t)));
    }
    if (articleAbout.get(article)) return true;
    const words = new Set(kb.index.termsOf(article)[sentence]);
    return terms.every((t) => words.has(t));
  };
  // Only articles that can contain the topic are read.
  const candidates = new Set<number>(mentioned.keys());
  for (const a of kb.index.rankArticles(terms, 500)) candidates.add(a.id);
  const events = kb.timeline.filter((e) => candidates.has(e.article) && (
    e.participants.some((p) => idSet.has(p)) || mentioned.get(e.article)?.has(e.event.sentence) || aboutTopic(e.article, e.event.sentence)));
  if (ids.length === 0 && events.length === 0 && ![...candidates].some((a) => kb.index.termsOf(a).some((_, s) => aboutTopic(a, s)))) return undefined;
  // Sentences about it that carry no date.
  const withEvent = new Set(events.map((e) => `${e.article}:${e.event.sentence}`));
  const dated = new Set(kb.timeline.map((e) => `${e.article}:${e.event.sentence}`));
  const undated: { article: number; sentence: number }[] = [];
  for (const article of [...candidates].sort((a, b) => a - b)) {
    kb.articles[article].sentences.forEach((_, sentence) => {
      const key = `${article}:${sentence}`;
      if (withEvent.has(key) || dated.has(key)) return;
      const words = new Set(kb.index.termsOf(article)[sentence]);
      const hit = mentioned.get(article)?.has(sentence) || (ids.length === 0 && terms.length > 0 && terms.every((t) => words.has(t)));
      if (hit) undated.push({ article, sentence });
    });
  }
  const label = ids.length === 1 ? kb.registry.get(ids[0]).name : query;
  return { events, undated: undated.slice(0, 6), label };
}

const SPEECH_CLAUSE = /^(?:[\p{L}\p{N}'’.() -]+\s)?(?:said|says|told|added|announced|stated)\b[^,;]{0,40}$/u;
const COMPARISON = /\b(?:from|than|compared with|versus)\s[^,;]{0,40}$/i;

/**
 * A happening worth a timeline entry: not the moment a quote was given ("the envoy told Reuters on
 * Monday"), not a date inside a quotation, not the baseline of a comparison ("up from 35% a year ago").
 */
function isNewsEvent(kb: KnowledgeBase, e: TimelineEvent): boolean {
  const text = kb.text(e.article, e.event.span);
  if (SPEECH_CLAUSE.test(text.trim())) return false;
  const time = kb.facts[e.article].times[e.event.time];
  const sentence = kb.articles[e.article].sentences[e.event.sentence];
  if (COMPARISON.test(kb.articles[e.article].text.slice(sentence.start, time.start))) return false;
  const inQuote = kb.facts[e.article].statements.some((s) => s.kind === 'direct' && s.content.start <= time.start && time.end <= s.content.end);
  return !inQuote;
}

/** The same happening told twice (by two articles, or twice in one) is one entry with every citation. */
function mergeRepeats(kb: KnowledgeBase, events: TimelineEvent[]): Entry[] {
  const entries: Entry[] = [];
  const seenClause = new Set<string>();
  for (const e of events) {
    const clauseKey = `${e.article}:${e.event.span.start}:${e.event.span.end}`;
    if (seenClause.has(clauseKey)) continue;
    seenClause.add(clauseKey);
    const group: Entry['group'] = e.time.certainty === 'estimated' ? e.article : 'dated';
    const same = group === 'dated' && (e.time.granularity === 'day' || e.time.granularity === 'month')
      ? entries.find((x) => x.group === 'dated' && x.events.some((y) => y.time.from === e.time.from && y.time.to === e.time.to && sameHappening(kb, y, e)))
      : undefined;
    if (same) same.events.push(e);
    else entries.push({ events: [e], group });
  }
  return entries;
}

/** Two clauses tell the same happening when they share their verb and another content word. */
function sameHappening(kb: KnowledgeBase, a: TimelineEvent, b: TimelineEvent): boolean {
  const ta = new Set(analyze(kb.text(a.article, a.event.span)));
  const tb = analyze(kb.text(b.article, b.event.span));
  const shared = tb.filter((t) => ta.has(t));
  return shared.length >= 2;
}
