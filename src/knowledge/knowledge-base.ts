// The knowledge base: every article, its facts, and what is derived from all of them (merged
// entities, statements, the timeline, entity profiles) plus a search index. Answers read from it;
// nothing here writes back. Per-article facts are fetched through a source that may decode them
// only when asked, so that a warm start with thousands of articles reads only what it must.

import type { Article, Span } from '../corpus/article.ts';
import type { ArticleFacts } from '../extract/facts.ts';
import { type Derived, derive, type EntityProfile, type StatementRow, type TimelineEntry } from './derived.ts';
import { EntityRegistry, type RegistryData } from './entity-registry.ts';
import { SearchIndex, type SearchIndexData } from './search-index.ts';

/** Per-article facts by article index. */
export type FactsSource = (article: number) => ArticleFacts;

export interface StatementView {
  article: number;
  kind: 'direct' | 'indirect';
  content: Span;
  context: Span;
  sentences: [number, number];
  /** Global entity id of the speaker. */
  speaker?: number;
  speakerSpan?: Span;
}

/** Everything a knowledge base needs besides the articles and their facts: what the snapshot stores. */
export interface KnowledgeParts extends Derived {
  registry: RegistryData;
  index: SearchIndexData;
}

/** Saved parts as a warm start reads them: the search index and the timeline are decoded on first use. */
export type LazyParts = Omit<KnowledgeParts, 'index' | 'timeline'> & {
  index: () => SearchIndexData;
  timeline: () => TimelineEntry[];
};

export class KnowledgeBase {
  private bySpeaker?: Map<number, number[]>;
  private indexValue?: SearchIndex;
  private timelineValue?: TimelineEntry[];
  /** The timeline's positions by article told in and by participant, built on first use. */
  private timelineBy?: { article: Map<number, number[]>; participant: Map<number, number[]> };

  private constructor(
    readonly articles: readonly Article[],
    private readonly factsSource: FactsSource,
    readonly registry: EntityRegistry,
    private readonly loadIndex: () => SearchIndex,
    private readonly derived: Omit<Derived, 'timeline'>,
    private readonly loadTimeline: () => TimelineEntry[],
  ) {}

  /** Builds everything from the articles' facts; `index` is a saved search index for exactly these articles. */
  static build(
    articles: readonly Article[],
    facts: readonly ArticleFacts[],
    options: { index?: SearchIndexData } = {},
  ): KnowledgeBase {
    const registry = EntityRegistry.build(articles, facts);
    const index = options.index ? SearchIndex.load(articles, options.index) : SearchIndex.build(articles);
    const { timeline, ...derived } = derive(articles, facts, registry);
    return new KnowledgeBase(
      articles,
      (a) => facts[a],
      registry,
      () => index,
      derived,
      () => timeline,
    );
  }

  /** Restores a knowledge base from its saved parts; facts are read through `facts` when needed. */
  static fromParts(articles: readonly Article[], parts: LazyParts, facts: FactsSource): KnowledgeBase {
    const { index, registry, timeline, ...derived } = parts;
    return new KnowledgeBase(
      articles,
      facts,
      EntityRegistry.fromData(registry),
      () => SearchIndex.load(articles, index()),
      derived,
      timeline,
    );
  }

  toParts(): KnowledgeParts {
    return {
      registry: this.registry.toData(),
      index: this.index.toData(),
      ...this.derived,
      timeline: [...this.timeline],
    };
  }

  /** The two-stage search index over the articles' sentences. */
  get index(): SearchIndex {
    return (this.indexValue ??= this.loadIndex());
  }

  /** Decodes now what is otherwise decoded on first use: for the moment after a warm start. */
  warmUp(): void {
    void this.index;
    void this.timeline;
  }

  factsOf(article: number): ArticleFacts {
    return this.factsSource(article);
  }

  get statements(): readonly StatementRow[] {
    return this.derived.statements;
  }

  /** Every event, merged and in time order. */
  get timeline(): readonly TimelineEntry[] {
    return (this.timelineValue ??= this.loadTimeline());
  }

  /**
   * The timeline's entries told in any of these articles or with any of these participants, in
   * timeline order: what a subject's timeline filters, without reading the whole timeline.
   */
  timelineOf(articles: Iterable<number>, participants: Iterable<number>): TimelineEntry[] {
    if (!this.timelineBy) {
      const by = { article: new Map<number, number[]>(), participant: new Map<number, number[]>() };
      const add = (map: Map<number, number[]>, key: number, i: number) => {
        const list = map.get(key) ?? map.set(key, []).get(key)!;
        if (list[list.length - 1] !== i) list.push(i);
      };
      this.timeline.forEach((e, i) => {
        for (const [a] of e.tellings) add(by.article, a, i);
        for (const p of e.participants) add(by.participant, p, i);
      });
      this.timelineBy = by;
    }
    const at = new Set<number>();
    for (const a of articles) for (const i of this.timelineBy.article.get(a) ?? []) at.add(i);
    for (const p of participants) for (const i of this.timelineBy.participant.get(p) ?? []) at.add(i);
    const timeline = this.timeline;
    return [...at].sort((a, b) => a - b).map((i) => timeline[i]);
  }

  profile(id: number): EntityProfile {
    return this.derived.profiles[id];
  }

  /** The sentences that mention an entity (by name, surname, role or pronoun), by article. */
  sentencesMentioning(id: number): Map<number, Set<number>> {
    const map = new Map<number, Set<number>>();
    const s = this.derived.profiles[id].sentences;
    for (let i = 0; i < s.length; i += 3) (map.get(s[i]) ?? map.set(s[i], new Set()).get(s[i])!).add(s[i + 1]);
    return map;
  }

  /**
   * Does the entity appear in this article (in this sentence, if one is given)? A binary search of
   * its profile's sorted (article, sentence) list: no allocation, whatever the entity's fame.
   */
  mentions(id: number, article: number, sentence?: number): boolean {
    const s = this.derived.profiles[id].sentences;
    let lo = 0;
    let hi = s.length / 3;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const a = s[3 * mid];
      if (a < article || (a === article && sentence !== undefined && s[3 * mid + 1] < sentence)) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= s.length / 3 || s[3 * lo] !== article) return false;
    return sentence === undefined || s[3 * lo + 1] === sentence;
  }

  /** Statements by any of these speakers, in article order. */
  statementsBy(ids: Iterable<number>): StatementView[] {
    if (!this.bySpeaker) {
      this.bySpeaker = new Map();
      this.derived.statements.forEach((row, i) => {
        if (row[8] >= 0) (this.bySpeaker!.get(row[8]) ?? this.bySpeaker!.set(row[8], []).get(row[8])!).push(i);
      });
    }
    const rows = [...new Set(ids)].flatMap((id) => this.bySpeaker!.get(id) ?? []).sort((a, b) => a - b);
    return rows.map((i) => this.statement(i));
  }

  statement(i: number): StatementView {
    const r = this.derived.statements[i];
    const view: StatementView = {
      article: r[0],
      kind: r[1] === 0 ? 'direct' : 'indirect',
      content: { start: r[2], end: r[3] },
      context: { start: r[4], end: r[5] },
      sentences: [r[6], r[7]],
    };
    if (r[8] >= 0) view.speaker = r[8];
    if (r[9] >= 0) view.speakerSpan = { start: r[9], end: r[10] };
    return view;
  }

  text(article: number, span: Span): string {
    return this.articles[article].text.slice(span.start, span.end);
  }
}
