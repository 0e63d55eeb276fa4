// /timeline [about]: events in time order, each cited. Events of articles whose publication day is
// unknown cannot be placed among calendar dates, so they follow, article by article, in their own
// order and with honest relative labels ("the week before publication").

import { EVENT_LINE_MAX, type TimelineEntry } from '../knowledge/derived.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { headingChars, LIST_PAGE_CHARS, lineChars } from '../render/list-line.ts';
import { clip } from '../render/markdown.ts';
import { analyze } from '../text/analyzer.ts';
import { isoDay } from '../extract/time-value.ts';
import { publicationDay } from '../corpus/article.ts';
import {
  type Answer,
  type AnswerLine,
  type AnswerSection,
  Citations,
  flat,
  notFound,
  plural,
  type TimelinePicture,
} from './answer.ts';
import { noSuchPage, oncePerKnowledgeBase, pageAt, pageStarts, pageStartsOnce } from './paging.ts';

/** At most this many events a page; fewer when their lines are long (pages are cut by what fits). */
export const TIMELINE_PER_PAGE = 30;
/** At most this many sentences about the subject that give no date. */
const UNDATED_MAX = 6;
/** Articles read for a topic: the search index's best matches. */
const TOPIC_ARTICLES = 60;
/** Articles searched for undated mentions. */
const UNDATED_ARTICLES = 12;

interface Selection {
  entries: readonly TimelineEntry[];
  undated: { article: number; sentence: number }[];
  label: string;
}

type Row = { section: string; entry?: TimelineEntry; undated?: { article: number; sentence: number } };

/** Events a picture shows at most: beyond that the labels could not be read. */
export const PICTURE_EVENTS_MAX = 40;
const PICTURE_LABEL_MAX = 60;

export function answerTimeline(
  kb: KnowledgeBase,
  about: string,
  page = 1,
  command = `/timeline${about ? ' ' + about : ''}`,
  options: { picture?: boolean } = {},
): Answer {
  const query = about.trim();
  // What is listed depends on the knowledge base and the query alone: made once, for every page
  // (the whole timeline, asked with no subject, is over 50,000 events at 10,000 articles).
  const { selection, rows, articles, merged } = oncePerKnowledgeBase(kb, `timeline-rows:${query}`, () =>
    listed(kb, query),
  );
  if (!selection) return notFound(command, 'No timeline', `The articles have nothing about “${query}”.`);
  if (selection.entries.length === 0 && selection.undated.length === 0) {
    return notFound(
      command,
      'No dated events',
      query ? `The articles give no dates for events about ${selection.label}.` : 'The articles give no dated events.',
    );
  }

  const headingOf = (row: Row) =>
    row.section === 'dated'
      ? undefined
      : row.section === 'undated'
        ? 'No date given'
        : `Publication date unknown: “${kb.articles[Number(row.section.slice(8))].title.text}”`;
  // A heading opens its section, and again any page that starts inside it.
  const starts = pageStartsOnce(kb, `timeline:${query}`, () =>
    pageStarts(
      rows.length,
      (i, opensPage) => {
        const row = rows[i];
        const heading = opensPage || rows[i - 1].section !== row.section ? headingChars(headingOf(row)) : 0;
        return heading + (row.entry ? entryChars(kb, row.entry) : lineChars(undatedLine(kb, row.undated!)));
      },
      { items: TIMELINE_PER_PAGE, chars: LIST_PAGE_CHARS },
    ),
  );
  const at = pageAt(starts, rows.length, page);
  if (!at) return noSuchPage(command, page, Math.max(1, starts.length), 'the timeline');
  const index = at.index;
  const pages = at.count;
  const cites = new Citations(kb);
  const sections: AnswerSection[] = [];
  for (const row of rows.slice(at.from, at.to)) {
    const heading = headingOf(row);
    let section = sections[sections.length - 1];
    if (!section || section.heading !== heading) {
      section = { heading, lines: [] };
      sections.push(section);
    }
    section.lines.push(row.entry ? lineOf(kb, row.entry, cites) : undatedLine(kb, row.undated!, cites));
  }
  const subject = query ? ` about ${selection.label}` : '';
  const undated = selection.undated.length ? `, and ${plural(selection.undated.length, 'mention')} with no date` : '';
  return {
    command,
    found: true,
    title: query ? `Timeline: ${selection.label}` : 'Timeline',
    lead: `${plural(selection.entries.length, 'event')}${subject} from ${plural(articles, 'article')}${undated}.`,
    sections,
    citations: cites.list,
    page: pages > 1 ? { index, count: pages, command: 'timeline', argument: query } : undefined,
    footer:
      [
        merged ? 'Events reported in more than one article are shown once, with each citation.' : '',
        sections.some((x) => x.lines.some((l) => l.label?.endsWith(INFERRED_MARK)))
          ? `${INFERRED_MARK} The article does not give the year: it is inferred.`
          : '',
        sections.some((x) => x.lines.some((l) => l.label?.endsWith(PLACED_MARK)))
          ? `${PLACED_MARK} The article gives no date: it is placed by what a related article says of the same happening.`
          : '',
      ]
        .filter(Boolean)
        .join('\n') || undefined,
    compactSources: true,
    picture: options.picture
      ? pictureOf(kb, selection, query ? `Timeline: ${selection.label}` : 'Timeline')
      : undefined,
  };
}

/** The selection's rows in the order listed, with the counts the lead and footer give. */
function listed(kb: KnowledgeBase, query: string) {
  const selection = select(kb, query);
  if (!selection) return { selection, rows: [], articles: 0, merged: false };
  // Calendar dates first, then each undated article's events in their own order, then sentences with no date.
  const dated: Row[] = [];
  const byArticle = new Map<number, Row[]>();
  for (const entry of selection.entries) {
    if (entry.group < 0) dated.push({ section: 'dated', entry });
    else
      (byArticle.get(entry.group) ?? byArticle.set(entry.group, []).get(entry.group)!).push({
        section: `article:${entry.group}`,
        entry,
      });
  }
  const rows: Row[] = [
    ...dated,
    ...[...byArticle.values()].flat(),
    ...selection.undated.map((u) => ({ section: 'undated', undated: u })),
  ];
  const articles = new Set(selection.entries.map((e) => e.tellings[0][0])).size;
  const merged = selection.entries.some((e) => e.tellings.length > 1);
  return { selection, rows, articles, merged };
}

/**
 * What the picture shows: the events with a calendar date, at the middle of their range, each
 * labelled with its clause and coloured by its article. Events hung on an unknown publication day
 * have no place on a calendar axis and are counted as left out.
 */
function pictureOf(kb: KnowledgeBase, selection: Selection, title: string): TimelinePicture {
  const dated = selection.entries.filter((e) => e.group < 0);
  const shown = dated.slice(0, PICTURE_EVENTS_MAX);
  return {
    title,
    events: shown.map((e) => {
      const [article, , start, end] = e.tellings[0];
      return {
        date: isoDay(Math.floor((e.from + e.to) / 2)),
        label: clip(flat(kb.text(article, { start, end })), PICTURE_LABEL_MAX),
        article: kb.articles[article].title.text,
      };
    }),
    left: selection.entries.length - shown.length,
  };
}

/** Marks a date whose year the article does not give, explained once in the footer: the words
 *  "(year inferred)" on every such line would take the room of other events on a page. */
const INFERRED_MARK = '*';
/** Marks a date an undated article is given by a related article's account of the same happening. */
const PLACED_MARK = '†';
const compactLabel = (label: string) =>
  label.replace(/ \(year inferred\)$/, INFERRED_MARK).replace(/ \(date inferred\)$/, PLACED_MARK);

/**
 * The characters an event's line takes in a page. The same event is listed under many subjects
 * (each of its participants, each article's story), and paging measures every event listed: each
 * is measured once.
 */
const entryCharsKnown = new WeakMap<TimelineEntry, number>();
function entryChars(kb: KnowledgeBase, entry: TimelineEntry): number {
  let n = entryCharsKnown.get(entry);
  if (n === undefined) entryCharsKnown.set(entry, (n = lineChars(lineOf(kb, entry))));
  return n;
}

/** An event's line; without `cites` (to measure it), its footnote numbers are placeholders. */
function lineOf(kb: KnowledgeBase, entry: TimelineEntry, cites?: Citations): AnswerLine {
  const [article, , start, end] = entry.tellings[0];
  // The list shows the clause; the citation is the whole sentence it stands on.
  return {
    label: compactLabel(entry.label),
    text: clip(withoutAppositive(flat(kb.text(article, { start, end })), EVENT_LINE_MAX), EVENT_LINE_MAX),
    cites: entry.tellings.map(([a, sentence]) => cites?.sentence(a, sentence) ?? 0),
  };
}

/** ", a former mayor of the city, to": an appositive set off by commas before the verb's complement. */
const APPOSITIVE_BEFORE_COMPLEMENT =
  /, (?:a|an|the|his|her|its|their) [^,;:"“”()]{3,100}?,(?= (?:to|from|for|into|as|with|over) )/;

/**
 * "sentenced Ada Marrow, a former mayor of the city, to six years in prison": a line too long for
 * its room loses the appositive (marked "…"), then any aside in brackets, before it loses its
 * end, which holds the news. The citation still gives the whole sentence.
 */
function withoutAppositive(text: string, max: number): string {
  if (text.length <= max) return text;
  const shorter = text.replace(APPOSITIVE_BEFORE_COMPLEMENT, ' …');
  if (shorter.length <= max) return shorter;
  // "Varo Tramways Limited ("Varo" or "the Company") today announced …": an aside in brackets
  // goes next, before the end.
  return shorter.replace(PARENTHETICAL, ' (…)');
}

/** An aside in brackets after a word: a defined name, an acronym's expansion, a gloss. */
const PARENTHETICAL = /(?<=\S) \([^()]{3,80}\)/g;

function undatedLine(kb: KnowledgeBase, u: { article: number; sentence: number }, cites?: Citations): AnswerLine {
  const s = kb.articles[u.article].sentences[u.sentence];
  return { text: flat(kb.text(u.article, s)), cites: [cites?.sentence(u.article, u.sentence) ?? 0] };
}

/**
 * The sentences an article opens with: its headings and the first sentence of its text, where a
 * news story names what it is about.
 */
function openingSentences(kb: KnowledgeBase, article: number): number[] {
  const { sentences, paragraphs, title } = kb.articles[article];
  const out: number[] = [];
  for (const s of sentences) {
    out.push(s.index);
    // A plain-text file's headline is its first sentence, a heading in all but markup.
    const headline = s.index === 0 && kb.text(article, s).trim() === title.text.trim();
    if (paragraphs[s.paragraph]?.kind !== 'heading' && !headline) break;
  }
  return out;
}

/**
 * "the Halvard-3 mine" … "An explosion at the mine in 2009": in an article that names the topic
 * with a common noun after it, "the <noun>" refers back to it. For each article, the pattern of
 * that back-reference.
 */
function headsReferringBack(kb: KnowledgeBase, query: string, articles: Iterable<number>): Map<number, RegExp> {
  const out = new Map<number, RegExp>();
  const wanted = query.toLowerCase();
  if (!wanted) return out;
  // "Kofar Ruwa bridge" asked, and written so: "the bridge" after it is the same bridge.
  const ownHead = /\s(\p{Ll}{3,})$/u.exec(query)?.[1];
  for (const article of articles) {
    const text = kb.articles[article].text;
    const lower = text.toLowerCase();
    if (ownHead && !STOP_HEADS.has(ownHead) && lower.includes(wanted)) {
      out.set(article, new RegExp(`\\bthe\\s+(?:same\\s+)?${ownHead}\\b`, 'i'));
      continue;
    }
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      // "Halvard-3 mine near …" → "mine"; "Halvard-3 coal mine" → "mine".
      const words = /^\s+(\p{Ll}{3,})\b(?:\s+(\p{Ll}{3,})\b)?/u.exec(
        text.slice(at + wanted.length, at + wanted.length + 40),
      );
      const head = words && (words[2] && !STOP_HEADS.has(words[2]) ? words[2] : words[1]);
      if (head && !STOP_HEADS.has(head)) {
        out.set(article, new RegExp(`\\bthe\\s+(?:same\\s+)?${head}\\b`, 'i'));
        break;
      }
    }
  }
  return out;
}

/**
 * "the Marlow Valley Railway opened …" then "the railway": a name that ends in a common noun is
 * referred to by that noun after the opening, which counts as naming it again.
 */
function referredToByHead(kb: KnowledgeBase, article: number, ids: number[], opening: number[]): boolean {
  const a = kb.articles[article];
  const after = a.sentences[opening[opening.length - 1] + 1]?.start;
  if (after === undefined) return false;
  const rest = a.text.slice(after);
  return ids.some((id) => {
    const head = /(\p{Lu}\p{Ll}{2,})$/u.exec(kb.registry.get(id).name)?.[1]?.toLowerCase();
    return !!head && !STOP_HEADS.has(head) && new RegExp(`\\bthe\\s+${head}\\b`, 'i').test(rest);
  });
}

/**
 * "…said her office would set up a panel to review the port's rules." / "The review is due by
 * 30 June.": a sentence whose subject is a definite noun phrase ("The review", "The new panel")
 * whose head word the sentence before said goes on about what that sentence was about (head match
 * of a definite description, as in coreference sieves). A possessive ("The board's chief") names
 * someone else; a modifier must be said before too ("the inland road" after "the coastal road" is
 * another road), as the sieves' head match allows only compatible modifiers.
 */
function definiteBackReference(kb: KnowledgeBase, article: number, sentence: number): boolean {
  const a = kb.articles[article];
  const opening = /^\s*The\s+(\p{Ll}+)(['’])?(?:\s+(\p{Ll}+)(['’])?)?/u.exec(kb.text(article, a.sentences[sentence]));
  if (!opening) return false;
  // "The new panel will…": a modifier and its head; "The club has asked…": the head, then its verb.
  const [, first, firstOwns, second, secondOwns] = opening;
  const twoWords = !firstOwns && second !== undefined && !STOP_HEADS.has(second);
  const phrase = twoWords ? [first, second] : [first];
  const head = phrase[phrase.length - 1];
  if ((twoWords ? secondOwns : firstOwns) || head.length < 3 || STOP_HEADS.has(head)) return false;
  const before = kb.index.termsOf(article)[sentence - 1];
  const saidBefore = (p: string[]) => {
    const words = analyze(p.join(' '));
    return words.length > 0 && words.every((w) => before.includes(w));
  };
  // "The club asked…", "The storm damaged…": a second word in -ed is as often the verb.
  return saidBefore(phrase) || (twoWords && /ed$/.test(second) && first.length >= 3 && saidBefore([first]));
}

/**
 * A sentence that opens with a pronoun ("She scored…", "It was founded…") goes on about what the
 * sentence before named: a pronoun's antecedent is nearly always in the sentence just before
 * (the backward-looking centre of centering theory).
 */
const PRONOUN_OPENING = /^[\s"“]*(?:He|She|It|They|His|Her|Its|Their)\b/u;

/** Words after a name that are no noun it could be called by. */
const STOP_HEADS = new Set(
  (
    'and the was were has had have said says for with from that who which will would also are is ' +
    'near into onto off over under after before since about across along around at in on of by to'
  ).split(' '),
);

/**
 * The events an `about` asks for: those of an entity (named, or referred to in the sentence) or of
 * a topic (all its words in the sentence); and every event of an article the entity or topic is
 * the subject of (named in its opening, and more than once for an entity), since a story's events
 * are about its subject even where a sentence does not name it.
 */
function select(kb: KnowledgeBase, query: string): Selection | undefined {
  if (!query) return { entries: kb.timeline.filter((e) => !e.speech && !e.continued), undated: [], label: '' };
  const found = kb.registry.lookup(query);
  // A partial name match ("Taravia election" in "Taravia's Central Election Board") may be a topic too.
  const ids = found.exact.length ? found.exact : found.partial;
  const idSet = new Set(ids);
  const mentioned = new Map<number, Set<number>>();
  for (const id of ids) {
    for (const [article, sentences] of kb.sentencesMentioning(id)) {
      const set = mentioned.get(article) ?? mentioned.set(article, new Set()).get(article)!;
      for (const s of sentences) set.add(s);
    }
  }
  const subjectOf = new Set<number>();
  for (const [article, sentences] of mentioned) {
    const opening = openingSentences(kb, article);
    if (!opening.some((s) => sentences.has(s))) continue;
    if (sentences.size >= 2 || referredToByHead(kb, article, ids, opening)) subjectOf.add(article);
  }
  // A headline that names it ("Tribunal cuts Norvale governor's votes") makes it the story's subject,
  // even where the text names it only inside a longer name.
  if (found.exact.length) {
    for (const i of kb.articlesWithTitleTerms(analyze(query))) subjectOf.add(i);
  }
  // A topic ("cholera", "budget in Corvesta"): sentences holding all its words. Only the articles
  // the search index finds for it are read.
  // A story asked by its name and a word or two for what happened ("Zadrovac museum theft"): the
  // words the articles use are enough when they are most of the query and include its rarest one.
  const asked = found.exact.length ? [] : [...new Set(analyze(query))];
  const terms = asked.filter((t) => kb.index.documentFrequency(t) > 0);
  const enough = terms.length > 0 && terms.length >= Math.ceil((asked.length * 2) / 3);
  const rarest = [...terms].sort((a, b) => kb.index.documentFrequency(a) - kb.index.documentFrequency(b))[0];
  const topicArticles = new Set<number>();
  if (enough) {
    for (const a of kb.index.rankArticles(terms, TOPIC_ARTICLES)) topicArticles.add(a.id);
  }
  const referredBack = headsReferringBack(kb, query, topicArticles);
  const sentenceHasTopic = (article: number, sentence: number) => {
    const words = kb.index.termsOf(article)[sentence];
    if (words.length > 0 && terms.every((t) => words.includes(t))) return true;
    const back = referredBack.get(article);
    return !!back && back.test(kb.text(article, kb.articles[article].sentences[sentence]));
  };
  const ranked = enough ? kb.index.rankArticles(terms, TOPIC_ARTICLES).map((a) => a.id) : [];
  for (const article of topicArticles) {
    const opening = new Set(openingSentences(kb, article).flatMap((s) => kb.index.termsOf(article)[s]));
    for (const t of analyze(kb.articles[article].title.text)) opening.add(t);
    const held = terms.filter((t) => opening.has(t)).length;
    // The opening names the story, or (for one of the best matches) tells what happened while the
    // name comes later ("garment factory fire" … "Rupali Knitwear Ltd").
    const rarestInArticle = kb.index.termsOf(article).some((words) => words.includes(rarest));
    if (
      held >= Math.ceil(asked.length / 2) &&
      (opening.has(rarest) || (rarestInArticle && ranked.indexOf(article) >= 0 && ranked.indexOf(article) < 2))
    )
      subjectOf.add(article);
  }
  const namedIn = (article: number, sentence: number) =>
    !!mentioned.get(article)?.has(sentence) || (topicArticles.has(article) && sentenceHasTopic(article, sentence));
  const direct = (article: number, sentence: number) => subjectOf.has(article) || namedIn(article, sentence);
  // An explainer's chronology ("How we got here": a table or list of dated lines) is the story's
  // history: when one of its lines is about the subject, every line of it is. Read only in the
  // articles the topic search found (at most TOPIC_ARTICLES) and in those of the first
  // TOPIC_ARTICLES articles naming an entity, never in every article naming one.
  const chronologyOf = new Map<number, Map<number, number[]>>();
  const namingArticles = new Set([...mentioned.keys()].sort((a, b) => a - b).slice(0, TOPIC_ARTICLES));
  const chronology = (article: number, sentence: number) => {
    if (!topicArticles.has(article) && !namingArticles.has(article)) return undefined;
    let runs = chronologyOf.get(article);
    if (!runs) chronologyOf.set(article, (runs = chronologyRuns(kb, article)));
    return runs.get(sentence);
  };
  // A chronology's line that holds the topic's rarest word ("the first Orrin turbine" for the
  // dam) is about it: a chronology tells one story, and its lines are terse.
  const namesTopic = (article: number, s: number) =>
    direct(article, s) || (!!rarest && topicArticles.has(article) && kb.index.termsOf(article)[s].includes(rarest));
  const relevant = (article: number, sentence: number) =>
    direct(article, sentence) ||
    !!chronology(article, sentence)?.some((s) => namesTopic(article, s)) ||
    (sentence > 0 &&
      namedIn(article, sentence - 1) &&
      (definiteBackReference(kb, article, sentence) ||
        PRONOUN_OPENING.test(kb.text(article, kb.articles[article].sentences[sentence]))));
  // Only the entries of these articles and entities can pass: the timeline's index gives them.
  const entries = kb
    .timelineOf([...subjectOf, ...mentioned.keys(), ...topicArticles], ids)
    .filter(
      (e) =>
        e.participants.some((p) => idSet.has(p)) ||
        e.tellings.some(([a, s]) => (e.continued ? namedIn(a, s) : relevant(a, s))),
    );
  if (ids.length === 0 && topicArticles.size === 0) return undefined;

  // Sentences about it that carry no date, in the few articles looked at (only their dated
  // sentences are collected: an event merged from many articles has thousands of tellings).
  const undated: { article: number; sentence: number }[] = [];
  const looked = [...new Set([...mentioned.keys(), ...topicArticles])].sort((a, b) => a - b).slice(0, UNDATED_ARTICLES);
  const lookedAt = new Set(looked);
  const withDate = new Set<string>();
  for (const e of entries) for (const [a, s] of e.tellings) if (lookedAt.has(a)) withDate.add(`${a}:${s}`);
  // What was said about it, with no date of its own, was said by the day its article was published.
  const said = new Set<string>();
  for (const article of looked) {
    if (undated.length >= UNDATED_MAX) break;
    const facts = kb.factsOf(article);
    for (const st of facts.statements) said.add(`${article}:${st.sentences[0]}`);
    const datedSentences = new Set(facts.events.map((e) => e.sentence));
    kb.articles[article].sentences.forEach((_, sentence) => {
      if (undated.length >= UNDATED_MAX || withDate.has(`${article}:${sentence}`) || datedSentences.has(sentence))
        return;
      if (mentioned.get(article)?.has(sentence) || (terms.length && sentenceHasTopic(article, sentence))) {
        undated.push({ article, sentence });
      }
    });
  }
  if (entries.length === 0 && undated.length === 0 && (ids.length === 0 || terms.length)) return undefined;
  const label = found.exact.length === 1 ? kb.registry.get(found.exact[0]).name : query;
  const { entries: withHeadlines, undated: rest } = headlinesOnTheirDay(kb, entries, undated, said);
  return { entries: withHeadlines, undated: rest, label };
}

/** A line of a chronology: a date or a year first ("March 1993 | …", "14 May 2025: …", "2011 — …"). */
const DATED_LINE = /^[\s|*_-]*(?:\d{1,2}\s+\p{L}+\s+)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\b/u;
/** Lines a chronology has at least. */
const CHRONOLOGY_MIN = 3;

/**
 * The chronologies of an article: runs of consecutive table rows or paragraphs, each opening with a
 * date, at least CHRONOLOGY_MIN long. Each sentence of a run maps to the run's sentences.
 */
function chronologyRuns(kb: KnowledgeBase, article: number): Map<number, number[]> {
  const a = kb.articles[article];
  const out = new Map<number, number[]>();
  const dated = a.paragraphs.map(
    (p) =>
      (p.kind === 'table-row' || p.kind === 'text') &&
      DATED_LINE.test(a.text.slice(p.start, Math.min(p.end, p.start + 40))),
  );
  const sentencesOf = new Map<number, number[]>();
  for (const s of a.sentences)
    (sentencesOf.get(s.paragraph) ?? sentencesOf.set(s.paragraph, []).get(s.paragraph)!).push(s.index);
  for (let i = 0; i < dated.length;) {
    if (!dated[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < dated.length && dated[j]) j++;
    if (j - i >= CHRONOLOGY_MIN) {
      const run = a.paragraphs.slice(i, j).flatMap((p) => sentencesOf.get(p.index) ?? []);
      for (const s of run) out.set(s, run);
    }
    i = j;
  }
  return out;
}

/**
 * "Floods kill at least 23 in …": a headline gives no date, yet it tells the news of the day its
 * article was published; so do its lead ("The toll has been revised down to 12") and a statement
 * with no date of its own ("…," the police chief told reporters), reported that day. Where that
 * day is known, each is an event of that day (after the day's other undated-hour events, before
 * its clock times), not a mention with no date.
 */
function headlinesOnTheirDay(
  kb: KnowledgeBase,
  entries: readonly TimelineEntry[],
  undated: { article: number; sentence: number }[],
  said: ReadonlySet<string>,
): { entries: readonly TimelineEntry[]; undated: { article: number; sentence: number }[] } {
  const out = [...entries];
  const rest: { article: number; sentence: number }[] = [];
  for (const u of undated) {
    const a = kb.articles[u.article];
    const day = publicationDay(a.date);
    const s = a.sentences[u.sentence];
    // The headline is the sentence that is the article's title.
    // The lead (the opening's last sentence, after any headings) tells the news of the day too;
    // a live page's first entry is no lead.
    const lead = !a.liveEntries?.length && openingSentences(kb, u.article).at(-1) === u.sentence;
    const told = kb.text(u.article, s).trim() === a.title.text.trim() || lead || said.has(`${u.article}:${u.sentence}`);
    if (day === undefined || !told) {
      rest.push(u);
      continue;
    }
    let end = s.end;
    while (end > s.start && /[\s.]/.test(a.text[end - 1])) end--;
    const entry: TimelineEntry = {
      label: isoDay(day.day) + (day.inferred ? ' (year inferred)' : ''),
      from: day.day,
      to: day.day,
      granularity: 'day',
      certainty: day.inferred ? 'inferred' : 'exact',
      group: -1,
      tellings: [[u.article, u.sentence, s.start, end]],
      participants: [],
    };
    let at = out.findIndex(
      (e) => e.group >= 0 || e.from > day.day || (e.from === day.day && (e.to > day.day || /\d\d:\d\d/.test(e.label))),
    );
    if (at < 0) at = out.length;
    out.splice(at, 0, entry);
  }
  return { entries: out, undated: rest };
}
