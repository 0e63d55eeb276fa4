// Sentence retrieval in two stages, so that a query touches little however many articles there are:
// minisearch ranks whole articles (title boosted over text), then the sentences of the best few are
// scored with BM25 against the same terms. Entity names need no field of their own: every mention is
// in the text, and a question's entities are matched against their sentences in stage two.

import { LRUCache } from 'lru-cache';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Article } from '../corpus/article.ts';
import { analyze, analyzeWord, tokenize } from '../text/analyzer.ts';

export interface SentenceHit {
  article: number;
  sentence: number;
  score: number;
  /** Query terms found in the sentence (or supplied by an entity it mentions). */
  matched: Set<string>;
}

export interface SearchOptions {
  /** How many sentences to return. */
  limit?: number;
  /** How many articles the second stage reads. */
  articles?: number;
  /** Sentences that mention an entity of the question by pronoun or role, with the terms of its name. */
  entityMentions?: { terms: string[]; mentions: (article: number, sentence: number) => boolean }[];
  /** Only these articles. */
  within?: Set<number>;
  /** Words that mean the same as the question's key words: they count, at half weight. */
  expansions?: string[];
}

/** Fields hold terms already analysed, separated by spaces. */
interface ArticleDocument {
  id: number;
  title: string;
  text: string;
}

/**
 * One article's sentences as the search reads them, packed as term ids: each sentence's analysed
 * terms, and each of its words' terms with the word's offset in the sentence. `ends[i]` is where
 * sentence i's terms end in `terms` (likewise `positionEnds` in `positionTerms` and `positionAt`).
 */
interface Reading {
  ends: Uint32Array;
  terms: Uint32Array;
  positionEnds: Uint32Array;
  positionTerms: Uint32Array;
  positionAt: Uint32Array;
  /** The headline's analysed terms. */
  title: Uint32Array;
}

/**
 * Bytes of packed readings kept: about 3 MB per 1,000 articles, so a folder of 10,000 keeps all it
 * has read and a question re-reads no article; beyond some 80,000 the longest unread are dropped.
 */
const READINGS_BYTES = 256 * 1024 * 1024;

const K1 = 1.2;
const B = 0.75;
const AVERAGE_SENTENCE_TERMS = 16;

const queryOptions = { tokenize: (s: string) => s.split(' '), processTerm: (t: string) => t };

/** Postings stage one reads at most, past its two rarest terms. */
const STAGE_ONE_POSTINGS = 3000;

/** In a large corpus, a term found in more than a third of the articles ranks nothing apart. */
function isCommon(df: Map<string, number>, articles: number, term: string): boolean {
  return articles > 300 && (df.get(term) ?? 0) > articles / 3;
}

export interface SearchIndexData {
  mini: AsPlainObject;
  df: [string, number][];
}

export class SearchIndex {
  private readonly mini: MiniSearch<ArticleDocument>;
  /** In how many articles each term occurs: the second stage's IDF. */
  private readonly df: Map<string, number>;
  /** The most recently read articles' analysed sentences: a few articles are read by many questions. */
  private readonly sentenceTerms = new LRUCache<number, string[][]>({ max: 500 });
  /**
   * Every article read so far, analysed once: analysing is most of what a question costs, and
   * questions read the same articles again. Packed, since unpacked arrays of strings take ten times
   * the memory; the least recently read go first past READINGS_BYTES.
   */
  private readonly readings = new Map<number, Reading>();
  private readingBytes = 0;
  /** Scratch counts by term id for sentenceFrequencies (all zero between calls). */
  private scratch?: { last: Uint32Array; count: Uint32Array };
  /** The terms the readings use, by id: those of the stored readings first, whose ids they are. */
  private termIds?: Map<string, number>;
  private readonly termNames: string[];

  private constructor(
    private readonly articles: readonly Article[],
    mini: MiniSearch<ArticleDocument>,
    df: Map<string, number>,
    /** Readings saved with the snapshot, so that a question analyses no article after a warm start. */
    private readonly stored?: StoredReadings,
  ) {
    this.mini = mini;
    this.df = df;
    this.termNames = stored ? [...stored.terms] : [];
  }

  static build(articles: readonly Article[]): SearchIndex {
    const mini = new MiniSearch<ArticleDocument>(SearchIndex.options());
    const df = new Map<string, number>();
    const analysed = articles.map((a) => {
      const title = analyze(a.title.text);
      const text = a.sentences.flatMap((s) => analyze(a.text.slice(s.start, s.end)));
      for (const term of new Set([...title, ...text])) df.set(term, (df.get(term) ?? 0) + 1);
      return { title, text };
    });
    // Stage one never looks up the most common terms (see rankArticles), so they are not indexed:
    // in a large corpus they are a fifth of all postings.
    const indexed = (t: string) => !isCommon(df, articles.length, t);
    analysed.forEach(({ title, text }, id) =>
      mini.add({ id, title: title.filter(indexed).join(' '), text: text.filter(indexed).join(' ') }),
    );
    return new SearchIndex(articles, mini, df);
  }

  static load(articles: readonly Article[], data: SearchIndexData, stored?: StoredReadings): SearchIndex {
    const mini = MiniSearch.loadJS<ArticleDocument>(data.mini, SearchIndex.options());
    return new SearchIndex(articles, mini, new Map(data.df), stored);
  }

  /**
   * Every article's reading, packed for the snapshot (see packReading), and then the term names
   * their ids stand for. Articles not read yet are analysed one at a time and not kept.
   */
  packReadings(): PackedReadings {
    return { blocks: this.packedBlocks(), terms: () => this.termNames };
  }

  private *packedBlocks(): Generator<Uint32Array> {
    for (let a = 0; a < this.articles.length; a++)
      yield packReading(this.readings.get(a) ?? this.storedReading(a) ?? this.analyseReading(a));
  }

  toData(): SearchIndexData {
    return { mini: this.mini.toJSON(), df: [...this.df] };
  }

  /**
   * JSON.stringify(this.toData()), the same text, made a term at a time: minisearch's toJSON
   * (minisearch 7's, step for step) makes the whole index as objects first, some 100 MB at 10,000
   * articles, at the moment a cold start's snapshot is written.
   */
  toDataJson(): string {
    const m = this.mini as unknown as MiniJson;
    if (!(m._documentIds instanceof Map) || !(m._fieldLength instanceof Map) || !(m._storedFields instanceof Map))
      return JSON.stringify(this.toData());
    const head = JSON.stringify({
      documentCount: m._documentCount,
      nextId: m._nextId,
      documentIds: Object.fromEntries(m._documentIds),
      fieldIds: m._fieldIds,
      fieldLength: Object.fromEntries(m._fieldLength),
      averageFieldLength: m._avgFieldLength,
      storedFields: Object.fromEntries(m._storedFields),
      dirtCount: m._dirtCount,
    });
    const pieces = ['{"mini":', head.slice(0, -1), ',"index":['];
    let first = true;
    for (const [term, fieldIndex] of m._index) {
      const data: Record<number, Record<number, number>> = {};
      for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
      pieces.push(first ? JSON.stringify([term, data]) : `,${JSON.stringify([term, data])}`);
      first = false;
    }
    pieces.push('],"serializationVersion":2},"df":', JSON.stringify([...this.df]), '}');
    return pieces.join('');
  }

  private static options() {
    return {
      fields: ['title', 'text'],
      idField: 'id',
      ...queryOptions,
      searchOptions: { ...queryOptions, boost: FIELD_BOOST },
    };
  }

  /** In how many articles a term occurs. */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Inverse document frequency of a term, over articles. */
  idf(term: string): number {
    const n = this.articles.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The analysed terms of each sentence of an article, computed once and kept while in use. */
  termsOf(article: number): string[][] {
    let terms = this.sentenceTerms.get(article);
    if (!terms) {
      const r = this.reading(article);
      terms = this.unpack(r.ends, r.terms, (i) => this.termNames[r.terms[i]]);
      this.sentenceTerms.set(article, terms);
    }
    return terms;
  }

  /** The analysed terms of one sentence (termsOf's, without unpacking the rest of the article). */
  sentenceTermsOf(article: number, sentence: number): string[] {
    const kept = this.sentenceTerms.get(article);
    if (kept) return kept[sentence];
    const r = this.reading(article);
    const from = sentence ? r.ends[sentence - 1] : 0;
    return Array.from(r.terms.subarray(from, r.ends[sentence]), (id) => this.termNames[id]);
  }

  /** How many sentences the search reads in the article. */
  sentenceCount(article: number): number {
    return this.reading(article).ends.length;
  }

  /** The analysed terms of the article's headline. */
  titleTermsOf(article: number): string[] {
    return Array.from(this.reading(article).title, (id) => this.termNames[id]);
  }

  /** In how many of the article's sentences each term occurs. */
  sentenceFrequencies(article: number): Map<string, number> {
    const r = this.reading(article);
    // Counted by term id in scratch arrays, each sentence's own terms once (the sentence each id was
    // last counted in, plus one), then cleared for the next article.
    if (!this.scratch || this.scratch.last.length < this.termNames.length) {
      const size = Math.max(1024, this.termNames.length * 2);
      this.scratch = { last: new Uint32Array(size), count: new Uint32Array(size) };
    }
    const { last, count } = this.scratch;
    const seen: number[] = [];
    let from = 0;
    for (let s = 0; s < r.ends.length; s++) {
      for (let i = from; i < r.ends[s]; i++) {
        const id = r.terms[i];
        if (last[id] === s + 1) continue;
        if (last[id] === 0) seen.push(id);
        last[id] = s + 1;
        count[id]++;
      }
      from = r.ends[s];
    }
    const out = new Map<string, number>();
    for (const id of seen) {
      out.set(this.termNames[id], count[id]);
      last[id] = 0;
      count[id] = 0;
    }
    return out;
  }

  /**
   * Each sentence's words' terms, with the word's offset in the sentence text: each word analysed
   * on its own (so "U.S.-led" gives its own parts), unlike termsOf's whole sentences. A new array
   * every call.
   */
  positionsOf(article: number): { term: string; at: number }[][] {
    const r = this.reading(article);
    return this.unpack(r.positionEnds, r.positionTerms, (i) => ({
      term: this.termNames[r.positionTerms[i]],
      at: r.positionAt[i],
    }));
  }

  /** positionsOf for one sentence only: a question reads a few sentences of each article. */
  positionsOfSentence(article: number, sentence: number): { term: string; at: number }[] {
    const r = this.reading(article);
    const from = sentence ? r.positionEnds[sentence - 1] : 0;
    const out: { term: string; at: number }[] = new Array(r.positionEnds[sentence] - from);
    for (let i = from; i < r.positionEnds[sentence]; i++)
      out[i - from] = { term: this.termNames[r.positionTerms[i]], at: r.positionAt[i] };
    return out;
  }

  private unpack<T>(ends: Uint32Array, of: Uint32Array, item: (i: number) => T): T[][] {
    const out: T[][] = new Array(ends.length);
    let from = 0;
    for (let s = 0; s < ends.length; s++) {
      const sentence: T[] = new Array(ends[s] - from);
      for (let i = from; i < ends[s]; i++) sentence[i - from] = item(i);
      out[s] = sentence;
      from = ends[s];
    }
    return out;
  }

  private reading(article: number): Reading {
    const kept = this.readings.get(article);
    if (kept) {
      // Most recently read last, so that eviction takes the longest unread.
      this.readings.delete(article);
      this.readings.set(article, kept);
      return kept;
    }
    const r = this.storedReading(article) ?? this.analyseReading(article);
    this.readings.set(article, r);
    this.readingBytes += bytesOf(r);
    while (this.readingBytes > READINGS_BYTES && this.readings.size > 1) {
      const [oldest, dropped] = this.readings.entries().next().value!;
      this.readings.delete(oldest);
      this.readingBytes -= bytesOf(dropped);
    }
    return r;
  }

  /** The article's reading as the snapshot saved it; undefined without one (or if damaged). */
  private storedReading(article: number): Reading | undefined {
    const block = this.stored?.block(article);
    const r = block && unpackReading(block);
    if (!r) return undefined;
    const known = this.stored!.terms.length;
    for (const part of [r.terms, r.positionTerms, r.title]) for (const id of part) if (id >= known) return undefined;
    return r;
  }

  private analyseReading(article: number): Reading {
    const a = this.articles[article];
    const ends: number[] = [];
    const terms: number[] = [];
    const positionEnds: number[] = [];
    const positionTerms: number[] = [];
    const positionAt: number[] = [];
    for (const s of a.sentences) {
      const text = a.text.slice(s.start, s.end);
      for (const t of analyze(text)) terms.push(this.termId(t));
      ends.push(terms.length);
      for (const tok of tokenize(text))
        for (const t of analyzeWord(tok.text)) {
          positionTerms.push(this.termId(t));
          positionAt.push(tok.start);
        }
      positionEnds.push(positionTerms.length);
    }
    return {
      title: Uint32Array.from(analyze(a.title.text), (t) => this.termId(t)),
      ends: Uint32Array.from(ends),
      terms: Uint32Array.from(terms),
      positionEnds: Uint32Array.from(positionEnds),
      positionTerms: Uint32Array.from(positionTerms),
      positionAt: Uint32Array.from(positionAt),
    };
  }

  /** The names of these term ids. */
  private termSet(ids: Map<number, unknown>): Set<string> {
    const out = new Set<string>();
    for (const id of ids.keys()) out.add(this.termNames[id]);
    return out;
  }

  /** A term's id, if some reading uses it. */
  private knownTermId(term: string): number | undefined {
    this.termIds ??= new Map(this.termNames.map((t, i) => [t, i]));
    return this.termIds.get(term);
  }

  private termId(term: string): number {
    // Made when first needed: after a warm start every reading is stored, and none needs it.
    this.termIds ??= new Map(this.termNames.map((t, i) => [t, i]));
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.push(term) - 1;
      this.termIds.set(term, id);
    }
    return id;
  }

  /**
   * Articles ranked for the terms: stage one. Terms in more than a third of all articles rank
   * nothing apart but cost the most to score, so they are left to stage two — unless nothing else
   * is left.
   */
  rankArticles(terms: string[], limit: number, within?: Set<number>): { id: number; score: number }[] {
    if (terms.length === 0) return [];
    // A question of common words only ("what happened last year?") singles out no article.
    const uncommon = terms.filter((t) => !isCommon(this.df, this.articles.length, t));
    if (uncommon.length === 0) return [];
    // Stage one's cost is the postings it reads: the rarest terms, which single articles out best,
    // up to a budget of postings (at least two terms); the rest still count in stage two.
    const byRarity = [...uncommon].sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0));
    const selective: string[] = [];
    let postings = 0;
    for (const t of byRarity) {
      postings += this.df.get(t) ?? 0;
      if (selective.length >= 2 && postings > STAGE_ONE_POSTINGS) break;
      selective.push(t);
    }
    return this.scoreArticles(selective, limit, within);
  }

  /** Articles scored for all of these terms (OR, headline boosted), best first: minisearch's ranking. */
  scoreArticles(terms: string[], limit: number, within?: Set<number>): { id: number; score: number }[] {
    const query = terms.join(' ');
    return rankOr(this.mini, query, limit, within) ?? this.scoreArticlesByMiniSearch(terms, within).slice(0, limit);
  }

  /** The same through minisearch's own search: what scoreArticles must equal (the tests compare them). */
  scoreArticlesByMiniSearch(terms: string[], within?: Set<number>): { id: number; score: number }[] {
    return this.mini
      .search(terms.join(' '), {
        ...queryOptions,
        boost: FIELD_BOOST,
        combineWith: 'OR',
        filter: within ? (r) => within.has(r.id as number) : undefined,
      })
      .map((h) => ({ id: h.id as number, score: h.score }));
  }

  /** Sentences ranked for the terms: stage two over the best articles. */
  search(terms: string[], options: SearchOptions = {}): SentenceHit[] {
    const unique = [...new Set(terms)];
    const expansions = [...new Set(options.expansions ?? [])].filter((t) => !unique.includes(t) && !t.includes('_'));
    const limit = options.limit ?? 20;
    const candidates = new Map<number, number>();
    // Articles that mention an entity of the question only by pronoun or role still rank by its name's
    // terms in stage one, so the entity's articles need not all be read.
    const articleLimit = options.articles ?? 25;
    for (const a of this.rankArticles(unique, articleLimit, options.within)) candidates.set(a.id, a.score);
    // Synonyms widen stage one only when the question's own words find few articles: searching
    // them always costs several times as much.
    if (candidates.size < articleLimit / 2 && expansions.length) {
      for (const a of this.rankArticles(expansions, articleLimit - candidates.size, options.within))
        if (!candidates.has(a.id)) candidates.set(a.id, a.score / 2);
    }
    const best = Math.max(1e-9, ...candidates.values());
    const idf = new Map([
      ...expansions.map((t) => [t, this.idf(t) / 2] as const),
      ...unique.map((t) => [t, this.idf(t)] as const),
    ]);
    const hits: SentenceHit[] = [];
    // Sentences are read as term ids, without unpacking them into strings: the query's terms by id
    // (a term no reading uses matches nothing), each with its IDF — once the articles are read, as
    // reading one may give a term its id.
    const readings = new Map([...candidates.keys()].map((a) => [a, this.reading(a)]));
    const idfById = new Map<number, number>();
    for (const [term, weight] of idf) {
      const id = this.knownTermId(term);
      if (id !== undefined) idfById.set(id, weight);
    }
    const uniqueIds = unique.map((t) => this.knownTermId(t) ?? -1);
    const tf = new Map<number, number>();
    const entityMentions = options.entityMentions ?? [];
    for (const [article, articleScore] of candidates) {
      const r = readings.get(article)!;
      let from = 0;
      for (let sentence = 0; sentence < r.ends.length; sentence++) {
        const to = r.ends[sentence];
        const length = to - from;
        let score = 0;
        // Each matched term in the order the sentence first says it, as its scores are summed.
        tf.clear();
        for (let i = from; i < to; i++) {
          const w = r.terms[i];
          if (idfById.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
        }
        for (const [term, f] of tf)
          score += (idfById.get(term)! * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * length) / AVERAGE_SENTENCE_TERMS));
        let matched: Set<string> | undefined;
        for (const e of entityMentions) {
          if (!e.mentions(article, sentence)) continue;
          matched ??= this.termSet(tf);
          if (e.terms.every((t) => !matched!.has(t))) {
            // Mentioned by pronoun or role ("he", "the envoy"): count the name as present.
            for (const t of e.terms) matched.add(t);
            score += Math.max(0, ...e.terms.map((t) => idf.get(t) ?? this.idf(t))) * 0.9;
          }
        }
        if (score > 0) {
          // Adjacent query terms in order ("no limits partnership") read as a phrase.
          for (let i = from; i + 1 < to; i++) {
            const p = uniqueIds.indexOf(r.terms[i]);
            if (p >= 0 && uniqueIds[p + 1] === r.terms[i + 1]) score += 0.5;
          }
          score += 0.15 * (articleScore / best);
          hits.push({ article, sentence, score, matched: matched ?? this.termSet(tf) });
        }
        from = to;
      }
    }
    hits.sort((a, b) => b.score - a.score || a.article - b.article || a.sentence - b.sentence);
    return hits.slice(0, limit);
  }
}

/** Stage one weighs a headline's words twice a body's. */
const FIELD_BOOST = { title: 2 };
/** minisearch's defaults for BM25+ (k, b, d), which stage one is scored with. */
const MINI_BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** The parts of a minisearch index that its OR search reads (minisearch 7's own fields). */
interface MiniInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _options: { searchOptions: { bm25?: typeof MINI_BM25 } };
}

/** What minisearch's toJSON reads (minisearch 7's own fields). */
interface MiniJson {
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

/**
 * minisearch's OR search of plain terms, title boosted, with the very same arithmetic and order —
 * the same scores, ties in the same order — but without its per-posting result objects (a match
 * record, a stored-fields copy) nor a sort of every matching article: at 10,000 articles those
 * were most of a question's time. Undefined when the index is not as this expects (another
 * minisearch version, documents discarded, a term repeated): minisearch's own search then serves.
 */
function rankOr(
  mini: MiniSearch<ArticleDocument>,
  query: string,
  limit: number,
  within?: Set<number>,
): { id: number; score: number }[] | undefined {
  const m = mini as unknown as MiniInternals;
  const terms = query.split(' ').filter((t) => !!t);
  const bm25 = m._options?.searchOptions?.bm25;
  if (
    typeof m._index?.get !== 'function' ||
    !(m._fieldLength instanceof Map) ||
    !(m._documentIds instanceof Map) ||
    m._dirtCount !== 0 ||
    m._documentIds.size !== m._documentCount ||
    !bm25 ||
    bm25.k !== MINI_BM25.k ||
    bm25.b !== MINI_BM25.b ||
    bm25.d !== MINI_BM25.d ||
    new Set(terms).size !== terms.length
  )
    return undefined;
  const fields: [number, number][] = [
    [m._fieldIds.title, FIELD_BOOST.title],
    [m._fieldIds.text, 1],
  ];
  if (fields.some(([id]) => id === undefined)) return undefined;
  const work = workspaceOf(m);
  // Each article's score and how many of the terms it holds, and the order minisearch first meets them in.
  const { scores, held } = work;
  const met: number[] = [];
  for (const term of terms) {
    const postings = termPostings(m, work, term, fields);
    if (!postings) continue;
    const { docs, sums } = postings;
    for (let i = 0; i < docs.length; i++) {
      const docId = docs[i];
      if (Number.isNaN(scores[docId])) {
        scores[docId] = sums[i];
        held[docId] = 1;
        met.push(docId);
      } else {
        scores[docId] = scores[docId] + sums[i];
        held[docId]++;
      }
    }
  }
  // The best `limit`, as minisearch's stable sort gives them: by score, equal scores in the order
  // the articles were first met in. Kept best first; a later article goes after the equal ones.
  const out: { id: number; score: number }[] = [];
  for (const docId of met) {
    const score = scores[docId] * held[docId];
    scores[docId] = NaN;
    if (limit <= 0 || (out.length >= limit && !(score > out[out.length - 1].score))) continue;
    const id = m._documentIds.get(docId) as number;
    if (within && !within.has(id)) continue;
    let at = out.length;
    while (at > 0 && out[at - 1].score < score) at--;
    out.splice(at, 0, { id, score });
    if (out.length > limit) out.pop();
  }
  return out;
}

/** Per-index scratch arrays for rankOr (NaN: not met yet) and each field's lengths by document. */
interface Workspace {
  scores: Float64Array;
  own: Float64Array;
  held: Uint16Array;
  lengths: Float64Array[];
  /** Recently searched terms' postings (see termPostings), least recently used first. */
  postings: Map<string, TermPostings | null>;
  postingBytes: number;
}

/**
 * A term's score in each article that holds it, as minisearch sums it (the headline's, plus the
 * body's), in the order minisearch meets the articles: a term's postings are scored once, not at
 * every question that has the term.
 */
interface TermPostings {
  docs: Uint32Array;
  sums: Float64Array;
}

/** Bytes of scored postings kept: a few megabytes hold the terms questions keep asking about. */
const POSTING_BYTES = 16 * 1024 * 1024;

function termPostings(
  m: MiniInternals,
  work: Workspace,
  term: string,
  fields: [number, number][],
): TermPostings | undefined {
  const kept = work.postings.get(term);
  if (kept !== undefined) {
    work.postings.delete(term);
    work.postings.set(term, kept);
    return kept ?? undefined;
  }
  const data = m._index.get(term);
  let made: TermPostings | null = null;
  if (data) {
    const { k, b, d } = MINI_BM25;
    const { own, lengths } = work;
    const order: number[] = [];
    for (const [fieldId, boost] of fields) {
      const freqs = data.get(fieldId);
      if (!freqs) continue;
      const matching = freqs.size;
      const avgFieldLength = m._avgFieldLength[fieldId];
      const fieldLengths = lengths[fieldId];
      const invDocFreq = Math.log(1 + (m._documentCount - matching + 0.5) / (matching + 0.5));
      for (const [docId, termFreq] of freqs) {
        const fieldLength = fieldLengths[docId];
        const raw =
          invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
        // minisearch's term weight × term boost × field boost × document boost × score, the others all 1.
        const weighted = boost * raw;
        if (Number.isNaN(own[docId])) {
          own[docId] = weighted;
          order.push(docId);
        } else own[docId] = own[docId] + weighted;
      }
    }
    made = { docs: Uint32Array.from(order), sums: Float64Array.from(order, (docId) => own[docId]) };
    for (const docId of order) own[docId] = NaN;
  }
  work.postings.set(term, made);
  work.postingBytes += made ? made.docs.byteLength + made.sums.byteLength : 0;
  while (work.postingBytes > POSTING_BYTES && work.postings.size > 1) {
    const [oldest, dropped] = work.postings.entries().next().value!;
    work.postings.delete(oldest);
    work.postingBytes -= dropped ? dropped.docs.byteLength + dropped.sums.byteLength : 0;
  }
  return made ?? undefined;
}

const workspaces = new WeakMap<object, Workspace>();

function workspaceOf(m: MiniInternals): Workspace {
  let w = workspaces.get(m);
  if (!w) {
    let size = 0;
    for (const docId of m._documentIds.keys()) size = Math.max(size, docId + 1);
    const lengths = Object.values(m._fieldIds).map(() => new Float64Array(size));
    for (const [docId, byField] of m._fieldLength)
      byField.forEach((length, fieldId) => {
        if (lengths[fieldId]) lengths[fieldId][docId] = length;
      });
    w = {
      scores: new Float64Array(size).fill(NaN),
      own: new Float64Array(size).fill(NaN),
      held: new Uint16Array(size),
      lengths,
      postings: new Map(),
      postingBytes: 0,
    };
    workspaces.set(m, w);
  }
  return w;
}

/** The snapshot's readings: each article's block (see packReading) and the names of the term ids they use. */
export interface StoredReadings {
  terms: readonly string[];
  block: (article: number) => Uint32Array | undefined;
}

/** What the snapshot writer takes: every article's block in order, then the term names (known once all are made). */
export interface PackedReadings {
  blocks: Iterable<Uint32Array>;
  terms: () => readonly string[];
}

/**
 * One article's reading as one array: its sentence count, then `ends`, `positionEnds`, `terms`,
 * `positionTerms`, `positionAt` and `title`, one after another.
 */
function packReading(r: Reading): Uint32Array {
  const n = r.ends.length;
  const out = new Uint32Array(1 + 2 * n + r.terms.length + 2 * r.positionTerms.length + r.title.length);
  out[0] = n;
  let at = 1;
  for (const part of [r.ends, r.positionEnds, r.terms, r.positionTerms, r.positionAt, r.title]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A packed reading's parts, as views of the block (nothing copied); undefined if the block is malformed. */
function unpackReading(block: Uint32Array): Reading | undefined {
  const n = block[0];
  if (n === undefined || block.length < 1 + 2 * n) return undefined;
  const ends = block.subarray(1, 1 + n);
  const positionEnds = block.subarray(1 + n, 1 + 2 * n);
  const terms = n ? ends[n - 1] : 0;
  const positions = n ? positionEnds[n - 1] : 0;
  if (block.length < 1 + 2 * n + terms + 2 * positions) return undefined;
  let at = 1 + 2 * n;
  const part = (length: number) => block.subarray(at, (at += length));
  return {
    ends,
    positionEnds,
    terms: part(terms),
    positionTerms: part(positions),
    positionAt: part(positions),
    title: block.subarray(at),
  };
}

function bytesOf(r: Reading): number {
  return (
    r.ends.byteLength +
    r.terms.byteLength +
    r.positionEnds.byteLength +
    2 * r.positionTerms.byteLength +
    r.title.byteLength
  );
}
