// Our extractor's facts as predictions for scoring.

import type { Article, Span } from '../../src/corpus/article.ts';
import type { ArticleFacts, EntityFact } from '../../src/extract/facts.ts';
import type { PredictedEntity, PredictedTime, Predictions } from './score.ts';

const NAME_KINDS = new Set(['name', 'surname', 'acronym', 'credit']);

/** Its names: the qualified name first ("China Defence Ministry"), then the name and its name-like mentions. */
export function entityNames(text: string, e: EntityFact): string[] {
  const t = (s: Span) => text.slice(s.start, s.end);
  const names = e.qualifier ? [`${t(e.qualifier)} ${t(e.name)}`, t(e.name)] : [t(e.name)];
  for (const m of e.mentions) if (NAME_KINDS.has(m.kind)) names.push(t(m));
  return [...new Set(names)];
}

const timeOf = (x: ArticleFacts['times'][number]): PredictedTime => ({
  start: x.start,
  end: x.end,
  from: x.value.from,
  to: x.value.to,
  label: x.value.label,
});

export function ourPredictions(article: Article, facts: ArticleFacts): Predictions {
  const { text } = article;
  const t = (s: Span) => text.slice(s.start, s.end);
  const entities: PredictedEntity[] = facts.entities.map((e) => ({
    type: e.type,
    names: entityNames(text, e),
    roles: e.roles.map((r) => (r.source === 'credit' ? (r.credit ?? 'credit') : t(r.head))),
  }));
  return {
    entities,
    statements: facts.statements.map((s) => ({
      content: t(s.content),
      speaker: s.speaker !== undefined ? entities[s.speaker]?.names : undefined,
      speakerText: s.speakerSpan ? t(s.speakerSpan) : undefined,
    })),
    times: facts.times.map(timeOf),
    // Several clauses may share one date; the date of the timeline is counted once.
    events: [...new Set(facts.events.map((e) => e.time))].map((i) => timeOf(facts.times[i])),
    hasRoles: true,
  };
}
