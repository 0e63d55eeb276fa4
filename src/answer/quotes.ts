// /quotes [speaker]: what people said, word for word or reported, attributed and cited.

import type { KnowledgeBase, StatementRef } from '../knowledge/knowledge-base.ts';
import { analyze } from '../text/analyzer.ts';
import { nameKey } from '../text/normalize.ts';
import { type Answer, type AnswerLine, Citations, flat, notFound, plural } from './answer.ts';

export const QUOTES_PER_PAGE = 8;

export function answerQuotes(kb: KnowledgeBase, speaker: string, page = 1, command = `/quotes${speaker ? ' ' + speaker : ''}`): Answer {
  const query = speaker.trim();
  let statements: StatementRef[];
  let who = '';
  if (!query) {
    statements = kb.statements.filter((s) => s.statement.kind === 'direct');
  } else {
    const found = kb.registry.lookup(query);
    const ids = found.exact.length ? found.exact : found.partial;
    if (ids.length) {
      const set = new Set(ids);
      statements = kb.statements.filter((s) => s.speaker !== undefined && set.has(s.speaker));
      who = ids.length === 1 ? kb.registry.get(ids[0]).name : query;
      if (statements.length === 0) {
        return notFound(command, `No quotes from ${who}`, `${who} is in the articles but is not quoted or reported as saying anything.`);
      }
    } else {
      // A speaker that is not an entity ("health officials", "Diplomats"): match the attribution's words.
      const terms = analyze(query);
      statements = terms.length ? kb.statements.filter((s) => {
        if (!s.statement.speakerSpan) return false;
        const words = new Set(analyze(kb.text(s.article, s.statement.speakerSpan)));
        return terms.every((t) => words.has(t));
      }) : [];
      who = query;
      if (statements.length === 0) return notFound(command, 'No quotes found', `The articles quote nobody called “${query}”.`);
    }
  }
  if (statements.length === 0) return notFound(command, 'No quotes found', 'The articles hold no quotations.');

  const ordered = mergeRepeats(kb, statements).sort((a, b) => rank(a.first) - rank(b.first) || a.first.article - b.first.article || a.first.statement.content.start - b.first.statement.content.start);
  const pages = Math.max(1, Math.ceil(ordered.length / QUOTES_PER_PAGE));
  const index = Math.min(Math.max(1, page), pages);
  const cites = new Citations(kb);
  const lines: AnswerLine[] = ordered.slice((index - 1) * QUOTES_PER_PAGE, index * QUOTES_PER_PAGE).map(({ first, all }) => {
    const s = first.statement;
    const speakerName = first.speaker !== undefined ? kb.registry.get(first.speaker).name
      : s.speakerSpan ? flat(kb.text(first.article, s.speakerSpan)) : 'unattributed';
    return {
      label: query && first.speaker !== undefined ? (s.kind === 'direct' ? 'Said' : 'Reported') : speakerName,
      text: flat(kb.text(first.article, s.content)),
      quoted: s.kind === 'direct',
      cites: all.map((x) => cites.cite(x.article, x.statement.context)),
    };
  });
  const direct = ordered.filter((o) => o.first.statement.kind === 'direct').length;
  return {
    command, found: true,
    title: who ? `Quotes: ${who}` : 'Quotes',
    lead: `${plural(direct, 'direct quote')} and ${plural(ordered.length - direct, 'reported statement')}${who ? ` from ${who}` : ''}.`,
    sections: [{ lines }],
    citations: cites.list,
    page: pages > 1 ? { index, count: pages, command: 'quotes', argument: query } : undefined,
  };
}

const rank = (s: StatementRef) => (s.statement.kind === 'direct' ? 0 : 1);

/** The same words reported by two articles are one quote with both citations. */
function mergeRepeats(kb: KnowledgeBase, statements: StatementRef[]): { first: StatementRef; all: StatementRef[] }[] {
  const groups = new Map<string, { first: StatementRef; all: StatementRef[] }>();
  for (const s of statements) {
    const key = `${s.speaker ?? ''}|${nameKey(kb.text(s.article, s.statement.content))}`;
    const g = groups.get(key);
    if (g) g.all.push(s);
    else groups.set(key, { first: s, all: [s] });
  }
  return [...groups.values()];
}
