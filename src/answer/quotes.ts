// /quotes [speaker]: what people said, word for word or reported, attributed and cited.

import type { KnowledgeBase, StatementView } from '../knowledge/knowledge-base.ts';
import { LIST_PAGE_CHARS, lineChars } from '../render/list-line.ts';
import { analyze } from '../text/analyzer.ts';
import { type Answer, type AnswerLine, Citations, flat, notFound, plural } from './answer.ts';
import { noSuchPage, oncePerKnowledgeBase, pageAt, pageStarts, pageStartsOnce } from './paging.ts';
import { entitiesFitting, severalFit } from './several.ts';

/**
 * An interviewer's question (a Q&A piece's bold or "Q:" paragraph) is kept as theirs, so that it is
 * never the interviewee's; but a question is nothing they stated, so /quotes does not list it.
 */
function isInterviewQuestion(kb: KnowledgeBase, s: StatementView): boolean {
  const { paragraphs } = kb.articles[s.article];
  const p = paragraphs.find((x) => x.start <= s.content.start && s.content.start < x.end);
  return p?.kind === 'question';
}

/** At most this many quotes a page; fewer when they are long (pages are cut by what fits). */
export const QUOTES_PER_PAGE = 8;

export function answerQuotes(
  kb: KnowledgeBase,
  speaker: string,
  page = 1,
  command = `/quotes${speaker ? ' ' + speaker : ''}`,
): Answer {
  const query = speaker.trim();
  let statements: StatementView[];
  let who = '';
  if (!query) {
    // Everything said: quotations and reported statements, as the lead counts them.
    statements = oncePerKnowledgeBase(kb, 'quotes-all', () =>
      Array.from({ length: kb.statementCount }, (_, i) => kb.statement(i)).filter((s) => !isInterviewQuestion(kb, s)),
    );
  } else {
    const ids = entitiesFitting(kb, query);
    // Several people of that name: the reader says whose words (a merged list would mix them up).
    const people = ids.filter((id) => kb.registry.get(id).type === 'person');
    if (people.length > 1) return severalFit(kb, query, people, command, 'quotes');
    if (ids.length) {
      statements = kb.statementsBy(ids).filter((s) => !isInterviewQuestion(kb, s));
      who = ids.length === 1 ? kb.registry.get(ids[0]).name : query;
      if (statements.length === 0) {
        return notFound(
          command,
          `No quotes from ${who}`,
          `${who} is in the articles but is not quoted or reported as saying anything.`,
        );
      }
    } else {
      statements = bySpeakerWords(kb, query);
      who = query;
      if (statements.length === 0)
        return notFound(command, 'No quotes found', `The articles quote nobody called “${query}”.`);
    }
  }
  if (statements.length === 0) return notFound(command, 'No quotes found', 'The articles hold no quotations.');

  const ordered = oncePerKnowledgeBase(kb, `quotes-order:${query}`, () =>
    mergeRepeats(kb, statements, !!query).sort(
      (a, b) =>
        rank(a.first) - rank(b.first) ||
        a.first.article - b.first.article ||
        a.first.content.start - b.first.content.start,
    ),
  );
  const lineOf = ({ first, all }: { first: StatementView; all: StatementView[] }, cites?: Citations): AnswerLine => {
    const speakerName =
      first.speaker !== undefined
        ? kb.registry.get(first.speaker).name
        : first.speakerSpan
          ? flat(kb.text(first.article, first.speakerSpan))
          : 'unattributed';
    return {
      label: query && first.speaker !== undefined ? (first.kind === 'direct' ? 'Said' : 'Reported') : speakerName,
      text: flat(kb.text(first.article, first.content)),
      quoted: first.kind === 'direct',
      cites: all.map((x) => cites?.cite(x.article, x.context) ?? 0),
    };
  };
  const starts = pageStartsOnce(kb, `quotes:${query}`, () =>
    pageStarts(ordered.length, (i) => lineChars(lineOf(ordered[i])), {
      items: QUOTES_PER_PAGE,
      chars: LIST_PAGE_CHARS,
    }),
  );
  const at = pageAt(starts, ordered.length, page);
  if (!at) return noSuchPage(command, page, Math.max(1, starts.length), 'this list of quotes');
  const { index, count: pages } = at;
  const cites = new Citations(kb);
  const lines: AnswerLine[] = ordered.slice(at.from, at.to).map((o) => lineOf(o, cites));
  const direct = ordered.filter((o) => o.first.kind === 'direct').length;
  return {
    command,
    found: true,
    title: who ? `Quotes: ${who}` : 'Quotes',
    lead: `${plural(direct, 'direct quote')} and ${plural(ordered.length - direct, 'reported statement')}${who ? ` from ${who}` : ''}.`,
    sections: [{ lines }],
    citations: cites.list,
    page: pages > 1 ? { index, count: pages, command: 'quotes', argument: query } : undefined,
  };
}

const rank = (s: StatementView) => (s.kind === 'direct' ? 0 : 1);

/** A speaker that is not an entity ("health officials", "Diplomats"): the attribution's words. */
function bySpeakerWords(kb: KnowledgeBase, query: string): StatementView[] {
  const terms = [...new Set(analyze(query))];
  if (terms.length === 0 || terms.some((t) => kb.index.documentFrequency(t) === 0)) return [];
  const articles = new Set(kb.index.rankArticles(terms, 300).map((a) => a.id));
  const out: StatementView[] = [];
  // Only the statements of those articles are decoded (there are over 100,000 at 10,000 articles).
  for (let i = 0; i < kb.statementCount; i++) {
    if (!articles.has(kb.statementArticle(i))) continue;
    const statement = kb.statement(i);
    if (!statement.speakerSpan) continue;
    const words = new Set(analyze(kb.text(statement.article, statement.speakerSpan)));
    if (terms.every((t) => words.has(t))) out.push(statement);
  }
  return out;
}

/** The same words from the same speaker in two articles are one quote with both citations. */
function mergeRepeats(
  kb: KnowledgeBase,
  statements: StatementView[],
  merge: boolean,
): { first: StatementView; all: StatementView[] }[] {
  if (!merge) return statements.map((s) => ({ first: s, all: [s] }));
  const groups = new Map<string, { first: StatementView; all: StatementView[] }>();
  for (const s of statements) {
    const key = `${s.speaker ?? ''}|${flat(kb.text(s.article, s.content))
      .toLowerCase()
      .replace(/[“”"‘’']/g, '')}`;
    const g = groups.get(key);
    if (g) g.all.push(s);
    else groups.set(key, { first: s, all: [s] });
  }
  return [...groups.values()];
}
