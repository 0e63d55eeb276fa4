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
  /** The terms the readings use, by id. */
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];

  private constructor(
    private readonly articles: readonly Article[],
    mini: MiniSearch<ArticleDocument>,
    df: Map<string, number>,
  ) {
    this.mini = mini;
    this.df = df;
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

  static load(articles: readonly Article[], data: SearchIndexData): SearchIndex {
    const mini = MiniSearch.loadJS<ArticleDocument>(data.mini, SearchIndex.options());
    return new SearchIndex(articles, mini, new Map(data.df));
  }

  toData(): SearchIndexData {
    return { mini: this.mini.toJSON(), df: [...this.df] };
  }

  private static options() {
    return {
      fields: ['title', 'text'],
      idField: 'id',
      ...queryOptions,
      searchOptions: { ...queryOptions, boost: { title: 2 } },
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
    const r: Reading = {
      ends: Uint32Array.from(ends),
      terms: Uint32Array.from(terms),
      positionEnds: Uint32Array.from(positionEnds),
      positionTerms: Uint32Array.from(positionTerms),
      positionAt: Uint32Array.from(positionAt),
    };
    this.readings.set(article, r);
    this.readingBytes += bytesOf(r);
    while (this.readingBytes > READINGS_BYTES && this.readings.size > 1) {
      const [oldest, dropped] = this.readings.entries().next().value!;
      this.readings.delete(oldest);
      this.readingBytes -= bytesOf(dropped);
    }
    return r;
  }

  private termId(term: string): number {
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
    const hits = this.mini.search(selective.join(' '), {
      ...queryOptions,
      boost: { title: 2 },
      combineWith: 'OR',
      filter: within ? (r) => within.has(r.id as number) : undefined,
    });
    return hits.slice(0, limit).map((h) => ({ id: h.id as number, score: h.score }));
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
    for (const [article, articleScore] of candidates) {
      const sentences = this.termsOf(article);
      sentences.forEach((words, sentence) => {
        const matched = new Set<string>();
        let score = 0;
        const tf = new Map<string, number>();
        for (const w of words) if (idf.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
        for (const [term, f] of tf) {
          matched.add(term);
          score += (idf.get(term)! * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * words.length) / AVERAGE_SENTENCE_TERMS));
        }
        for (const e of options.entityMentions ?? []) {
          if (!e.mentions(article, sentence)) continue;
          const missing = e.terms.filter((t) => !matched.has(t));
          if (missing.length === e.terms.length) {
            // Mentioned by pronoun or role ("he", "the envoy"): count the name as present.
            for (const t of e.terms) matched.add(t);
            score += Math.max(0, ...e.terms.map((t) => idf.get(t) ?? this.idf(t))) * 0.9;
          }
        }
        if (score <= 0) return;
        // Adjacent query terms in order ("no limits partnership") read as a phrase.
        for (let i = 0; i + 1 < words.length; i++) {
          const p = unique.indexOf(words[i]);
          if (p >= 0 && unique[p + 1] === words[i + 1]) score += 0.5;
        }
        score += 0.15 * (articleScore / best);
        hits.push({ article, sentence, score, matched });
      });
    }
    hits.sort((a, b) => b.score - a.score || a.article - b.article || a.sentence - b.sentence);
    return hits.slice(0, limit);
  }
}

function bytesOf(r: Reading): number {
  return r.ends.byteLength + r.terms.byteLength + r.positionEnds.byteLength + 2 * r.positionTerms.byteLength;
}
