// The knowledge base: every article, its facts, and what is derived from all of them (merged
// entities, statements, the timeline, entity profiles) plus a search index. Answers read from it;
// nothing here writes back. Per-article facts are fetched through a source that may decode them
// only when asked, so that a warm start with thousands of articles reads only what it must.

import type { Article, Span } from '../corpus/article.ts';
import type { ArticleFacts } from '../extract/facts.ts';
import { type Derived, derive, type EntityProfile, type StatementRow, type TimelineEntry } from './derived.ts';

/** Statement rows packed one after another, as the snapshot keeps them. */
function packRows(rows: readonly StatementRow[]): Int32Array {
  const packed = new Int32Array(rows.length * STATEMENT_COLUMNS);
  rows.forEach((r, i) => packed.set(r, i * STATEMENT_COLUMNS));
  return packed;
}
import { EntityRegistry, type RegistryData } from './entity-registry.ts';
import { type PackedReadings, SearchIndex, type SearchIndexData, type StoredReadings } from './search-index.ts';
import { analyze } from '../text/analyzer.ts';

/** Per-article facts by article index. */
export type FactsSource = (article: number) => ArticleFacts;

/** Every article's facts in article order, as the build walks them: a list, or facts decoded as they are walked. */
export interface FactsList {
  forEach(visit: (facts: ArticleFacts, article: number) => void): void;
}

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
  /** The search index's data as JSON (SearchIndex.toDataJson). */
  index: string;
  /** Each article's analysed sentences, made as the snapshot is written (see SearchIndex.packReadings). */
  readings?: PackedReadings;
}

/**
 * Saved parts as a warm start reads them: the statements (packed, STATEMENT_COLUMNS numbers a row),
 * the search index and the timeline are decoded on first use; undefined when the saved copy is
 * damaged, and they are derived again from the facts.
 */
export interface LazyParts {
  registry: RegistryData;
  profiles: EntityProfile[];
  statements: () => Int32Array | undefined;
  index: () => SearchIndexData | undefined;
  timeline: () => TimelineEntry[] | undefined;
  /** The articles' analysed sentences, read one article at a time; undefined without them. */
  readings?: () => StoredReadings | undefined;
}

/** Numbers in a statement row (see StatementRow). */
export const STATEMENT_COLUMNS = 11;

export class KnowledgeBase {
  private bySpeaker?: Map<number, number[]>;
  private indexValue?: SearchIndex;
  private timelineValue?: TimelineEntry[];
  /** The timeline's positions by article told in and by participant, built on first use. */
  private timelineBy?: { article: Map<number, number[]>; participant: Map<number, number[]> };

  private statementRows?: StatementRow[];
  /** Each analysed headline term's articles, built on first use. */
  private titleIndex?: Map<string, number[]>;
  /** What is derived again from every article's facts, when a saved part turns out damaged. */
  private rederived?: Derived;

  private constructor(
    readonly articles: readonly Article[],
    private readonly factsSource: FactsSource,
    readonly registry: EntityRegistry,
    private readonly loadIndex: () => SearchIndex,
    private readonly profiles: EntityProfile[],
    /** The statements as built (rows) or as saved (packed rows, decoded on first use). */
    private readonly packedStatements: (() => Int32Array | undefined) | StatementRow[],
    private readonly loadTimeline: () => TimelineEntry[],
  ) {
    if (Array.isArray(packedStatements)) this.statementRows = packedStatements;
  }

  /**
   * Builds everything from the articles' facts; `index` is a saved search index for exactly these
   * articles. With `factsSource` the knowledge base reads the facts through it afterwards (the
   * same facts, decoded again when needed), so that the caller can let the list go; `release` is
   * called once the build has read them, before the search index (which reads only the articles)
   * is built.
   */
  static build(
    articles: readonly Article[],
    facts: readonly ArticleFacts[] | FactsList,
    options: { index?: SearchIndexData; factsSource?: FactsSource; release?: () => void } = {},
  ): KnowledgeBase {
    const list = facts as readonly ArticleFacts[];
    if (!options.factsSource && !Array.isArray(facts))
      throw new Error('facts walked as they are decoded need a source');
    const registry = EntityRegistry.build(articles, facts);
    const { timeline, profiles, statements } = derive(articles, facts, registry);
    options.release?.();
    const index = options.index ? SearchIndex.load(articles, options.index) : SearchIndex.build(articles);
    return new KnowledgeBase(
      articles,
      options.factsSource ?? ((a) => list[a]),
      registry,
      () => index,
      profiles,
      statements,
      () => timeline,
    );
  }

  /** Restores a knowledge base from its saved parts; facts are read through `facts` when needed. */
  static fromParts(articles: readonly Article[], parts: LazyParts, facts: FactsSource): KnowledgeBase {
    const { index, registry, timeline, profiles, statements } = parts;
    const kb: KnowledgeBase = new KnowledgeBase(
      articles,
      facts,
      EntityRegistry.fromData(registry),
      () => {
        const data = index();
        return data ? SearchIndex.load(articles, data, parts.readings?.()) : SearchIndex.build(articles);
      },
      profiles,
      () => statements() ?? packRows(kb.rederive().statements),
      () => timeline() ?? kb.rederive().timeline,
    );
    return kb;
  }

  private rederive(): Derived {
    return (this.rederived ??= derive(
      this.articles,
      this.articles.map((_, i) => this.factsOf(i)),
      this.registry,
    ));
  }

  toParts(): KnowledgeParts {
    return {
      registry: this.registry.toData(),
      index: this.index.toDataJson(),
      readings: this.index.packReadings(),
      profiles: this.profiles,
      statements: [...this.statements],
      timeline: [...this.timeline],
    };
  }

  /** The saved statements, packed; decoded into rows only when the rows themselves are asked for. */
  private packed?: Int32Array;
  private get packedRows(): Int32Array | undefined {
    if (this.statementRows) return undefined;
    return (this.packed ??= (this.packedStatements as () => Int32Array | undefined)());
  }

  /** The two-stage search index over the articles' sentences. */
  get index(): SearchIndex {
    return (this.indexValue ??= this.loadIndex());
  }

  /** Decodes now what is otherwise decoded on first use: for the moment after a warm start. */
  warmUp(): void {
    void this.index;
    void this.timeline;
    this.registry.prepareSuggestions();
  }

  factsOf(article: number): ArticleFacts {
    return this.factsSource(article);
  }

  get statements(): readonly StatementRow[] {
    if (!this.statementRows) {
      const p = this.packedRows!;
      this.statementRows = Array.from(
        { length: p.length / STATEMENT_COLUMNS },
        (_, i) => [...p.subarray(i * STATEMENT_COLUMNS, (i + 1) * STATEMENT_COLUMNS)] as StatementRow,
      );
    }
    return this.statementRows;
  }

  /** How many statements there are, without decoding them. */
  get statementCount(): number {
    const p = this.packedRows;
    return p ? p.length / STATEMENT_COLUMNS : this.statementRows!.length;
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

  /**
   * The articles whose headline holds every one of these analysed terms, in article order: what
   * a subject's timeline reads, without analysing every headline at every question.
   */
  articlesWithTitleTerms(terms: readonly string[]): number[] {
    if (!this.titleIndex) {
      const index = new Map<string, number[]>();
      this.articles.forEach((a, i) => {
        for (const t of new Set(analyze(a.title.text))) (index.get(t) ?? index.set(t, []).get(t)!).push(i);
      });
      this.titleIndex = index;
    }
    if (!terms.length) return [];
    const lists = terms.map((t) => this.titleIndex!.get(t) ?? []).sort((x, y) => x.length - y.length);
    const rest = lists.slice(1).map((l) => new Set(l));
    return lists[0].filter((i) => rest.every((r) => r.has(i)));
  }

  profile(id: number): EntityProfile {
    return this.profiles[id];
  }

  /** The sentences that mention an entity (by name, surname, role or pronoun), by article. */
  sentencesMentioning(id: number): Map<number, Set<number>> {
    const map = new Map<number, Set<number>>();
    const s = this.profiles[id].sentences;
    for (let i = 0; i < s.length; i += 3) (map.get(s[i]) ?? map.set(s[i], new Set()).get(s[i])!).add(s[i + 1]);
    return map;
  }

  /**
   * Does the entity appear in this article (in this sentence, if one is given)? A binary search of
   * its profile's sorted (article, sentence) list: no allocation, whatever the entity's fame.
   */
  mentions(id: number, article: number, sentence?: number): boolean {
    const s = this.profiles[id].sentences;
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
      const by = new Map<number, number[]>();
      for (let i = 0; i < this.statementCount; i++) {
        const speaker = this.column(i, 8);
        if (speaker >= 0) (by.get(speaker) ?? by.set(speaker, []).get(speaker)!).push(i);
      }
      this.bySpeaker = by;
    }
    const rows = [...new Set(ids)].flatMap((id) => this.bySpeaker!.get(id) ?? []).sort((a, b) => a - b);
    return rows.map((i) => this.statement(i));
  }

  /** Column c of statement row i, from the rows or the packed rows, whichever is there. */
  private column(i: number, c: number): number {
    const p = this.packedRows;
    return p ? p[i * STATEMENT_COLUMNS + c] : this.statementRows![i][c];
  }

  /** The article statement i is in, without decoding the statement. */
  statementArticle(i: number): number {
    return this.column(i, 0);
  }

  /** The speaker of statement i (a global id), if known, without decoding the statement. */
  statementSpeaker(i: number): number | undefined {
    const speaker = this.column(i, 8);
    return speaker >= 0 ? speaker : undefined;
  }

  statement(i: number): StatementView {
    const p = this.packedRows;
    const r = p ? p.subarray(i * STATEMENT_COLUMNS, (i + 1) * STATEMENT_COLUMNS) : this.statementRows![i];
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
