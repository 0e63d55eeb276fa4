// The knowledge base: every article with its facts, merged across articles (entities, statements,
// a timeline of events) and indexed for search. Answers read from it; nothing here writes back.

import type { Article, Span } from '../corpus/article.ts';
import type { ArticleFacts, EventFact, Mention, Statement } from '../extract/facts.ts';
import { compareTimes, type TimeValue } from '../extract/time-value.ts';
import { EntityRegistry } from './entity-registry.ts';
import { SearchIndex, type SearchIndexData } from './search-index.ts';

export interface StatementRef {
  article: number;
  statement: Statement;
  /** Global entity id of the speaker. */
  speaker?: number;
}

export interface TimelineEvent {
  article: number;
  event: EventFact;
  time: TimeValue;
  /** Global entity ids. */
  participants: number[];
  place?: number;
}

export interface MentionRef {
  article: number;
  mention: Mention;
}

export class KnowledgeBase {
  readonly registry: EntityRegistry;
  readonly index: SearchIndex;
  readonly statements: StatementRef[] = [];
  /** Every event, in time order. */
  readonly timeline: TimelineEvent[] = [];
  private readonly mentionCache = new Map<number, MentionRef[]>();

  constructor(readonly articles: readonly Article[], readonly facts: readonly ArticleFacts[], indexData?: SearchIndexData) {
    this.registry = new EntityRegistry(articles, facts);
    this.index = indexData
      ? SearchIndex.load(articles, indexData)
      : SearchIndex.build(articles, (a) => this.namesInArticle(a));
    facts.forEach((f, a) => {
      for (const statement of f.statements) {
        const ref: StatementRef = { article: a, statement };
        if (statement.speaker !== undefined) ref.speaker = this.registry.globalId(a, statement.speaker);
        this.statements.push(ref);
      }
      for (const event of f.events) {
        const t: TimelineEvent = {
          article: a, event, time: f.times[event.time].value,
          participants: event.participants.map((p) => this.registry.globalId(a, p)),
        };
        if (event.place !== undefined) t.place = this.registry.globalId(a, event.place);
        this.timeline.push(t);
      }
    });
    this.timeline.sort((x, y) => compareTimes(x.time, y.time) || x.article - y.article || x.event.span.start - y.event.span.start);
  }

  /** Names of the entities an article mentions, for the search index's boosted field. */
  namesInArticle(article: number): string[] {
    const ids = new Set(this.registry.byArticle[article] ?? []);
    return [...ids].flatMap((id) => [this.registry.get(id).name, ...this.registry.get(id).aliases]);
  }

  /** Every mention of an entity, in all articles. */
  mentionsOf(id: number): MentionRef[] {
    let list = this.mentionCache.get(id);
    if (!list) {
      list = [];
      for (const ref of this.registry.get(id).refs) {
        for (const mention of this.facts[ref.article].entities[ref.local].mentions) list.push({ article: ref.article, mention });
      }
      list.sort((a, b) => a.article - b.article || a.mention.start - b.mention.start);
      if (this.mentionCache.size > 5000) this.mentionCache.clear();
      this.mentionCache.set(id, list);
    }
    return list;
  }

  /** The sentences that mention an entity, by article. */
  sentencesMentioning(id: number): Map<number, Set<number>> {
    const out = new Map<number, Set<number>>();
    for (const { article, mention } of this.mentionsOf(id)) {
      if (mention.sentence < 0) continue;
      (out.get(article) ?? out.set(article, new Set()).get(article)!).add(mention.sentence);
    }
    return out;
  }

  text(article: number, span: Span): string {
    return this.articles[article].text.slice(span.start, span.end);
  }
}
