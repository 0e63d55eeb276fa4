// The live knowledge base of a running bot: loaded once, then refreshed when articles are added,
// changed or removed. A refresh builds a new knowledge base beside the old one and swaps it in
// whole, so commands keep answering from the previous one until the swap.

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../corpus/article.ts';
import {
  type Corpus,
  type CorpusFile,
  type CorpusLoadOptions,
  DEFAULT_MAX_ARTICLE_BYTES,
  type FileStamp,
  bytesOf,
  formatWarning,
  hashBytes,
  parseCorpus,
  scanCorpus,
} from '../corpus/scan.ts';
import { type ArticleFacts, factsKey } from '../extract/facts.ts';
import type { Logger } from '../log.ts';
import { type KnowledgeCache, materialized } from './cache.ts';
import type { SearchIndexData } from './search-index.ts';
import { type Extractor, inlineExtractor } from './extractor.ts';
import { type FactsList, KnowledgeBase } from './knowledge-base.ts';
import { WorkerPoolExtractor } from './worker-pool.ts';
import { nlp } from '../extract/nlp.ts';
import { wordnet } from '../text/wordnet.ts';
import { similarity } from '../text/embeddings.ts';

/** What reading a question loads on first use: compromise, the WordNet lookup, the word vectors. */
function loadLanguageModels(): void {
  nlp()('Who said it?');
  wordnet();
  similarity('report', 'story');
}

export interface StoreOptions {
  log: Logger;
  maxBytes?: number;
  /** Extracts a few articles; many at once go to a pool of worker threads. */
  extractor?: Extractor;
  /** Derived data on disk; without it everything is extracted again at each start. */
  cache?: KnowledgeCache;
  /** From this many articles to extract, use worker threads (0: never). */
  poolThreshold?: number;
  /** Progress of a long extraction: articles done of total. */
  onProgress?: (done: number, total: number) => void;
}

export interface RefreshResult {
  added: string[];
  changed: string[];
  removed: string[];
  skipped: { file: string; reason: string; skipped?: boolean }[];
}

export class AddArticleError extends Error {}

export class KnowledgeStore {
  private kb?: KnowledgeBase;
  /** Each file's last loaded hash, to tell what changed. */
  private hashes = new Map<string, string>();
  /** What the last load saw of each file, to tell an unchanged file without reading it. */
  private stamps = new Map<string, FileStamp>();
  private articlesByHash = new Map<string, Article>();
  private refreshing: Promise<RefreshResult> | undefined;
  private queued = false;
  private readonly maxBytes: number;
  private readonly extractor: Extractor;
  problem?: string;

  constructor(
    readonly dir: string,
    private readonly options: StoreOptions,
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    this.extractor = options.extractor ?? inlineExtractor;
  }

  /** The largest article accepted, in bytes. */
  get maxArticleBytes(): number {
    return this.maxBytes;
  }

  /** The knowledge base commands answer from, or undefined while the first load runs. */
  get current(): KnowledgeBase | undefined {
    return this.kb;
  }

  /** Re-reads the folder and swaps in a new knowledge base if anything changed. Calls made while one runs are merged. */
  refresh(): Promise<RefreshResult> {
    if (this.refreshing) {
      this.queued = true;
      return this.refreshing;
    }
    this.refreshing = this.doRefresh().finally(() => {
      this.refreshing = undefined;
      if (this.queued) {
        this.queued = false;
        void this.refresh();
      }
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<RefreshResult> {
    const { log, cache } = this.options;
    const result: RefreshResult = { added: [], changed: [], removed: [], skipped: [] };
    const first = this.kb === undefined;
    const phase = phaseTimer();
    // The folder through the one loader (src/corpus/load.ts), in its two steps. First the files:
    // a file whose size and modification time are what the last load (or the snapshot) saw is
    // neither read nor hashed again.
    const options: CorpusLoadOptions = {
      maxBytes: this.maxBytes,
      stamps: first ? cache?.getStamps(this.dir) : this.stamps,
      parsed: (hash, file) => {
        const known = this.articlesByHash.get(hash);
        return known?.file === file ? known : undefined;
      },
    };
    phase('stamps');
    const scan = scanCorpus(this.dir, options);
    phase('scan');
    this.problem = scan.problem;
    const nextHashes = new Map(scan.files.map((f) => [f.file, f.hash]));
    for (const [file, hash] of nextHashes) {
      const before = this.hashes.get(file);
      if (before === undefined) result.added.push(file);
      else if (before !== hash) result.changed.push(file);
    }
    for (const file of this.hashes.keys()) if (!nextHashes.has(file)) result.removed.push(file);
    if (!first && !result.added.length && !result.changed.length && !result.removed.length) {
      this.stamps = stampsOf(scan.files); // touched but unchanged files: their new times
      return result;
    }

    // Then the articles: on a warm start, restored from the snapshot made for exactly these files
    // (texts included); otherwise parsed, reusing what is already parsed.
    const snapshotKey = keyOf(scan.files);
    const snapshot = first ? cache?.getSnapshot(this.dir, snapshotKey) : undefined;
    // Many files to parse, or to extract: a pool of worker threads does both, started once.
    const toParse = snapshot ? [] : scan.files.filter((f) => !options.parsed!(f.hash, f.file));
    const threshold = this.options.poolThreshold ?? 40;
    const pool =
      threshold > 0 && toParse.length >= threshold
        ? new WorkerPoolExtractor({ onProgress: this.options.onProgress })
        : undefined;
    try {
      if (snapshot) {
        options.restore = () => ({ articles: snapshot.articles(), warnings: snapshot.skipped });
      } else if (pool) {
        const results = await pool.parse(
          toParse.map((f) => ({ file: f.file, bytes: bytesOf(this.dir, f), hash: f.hash })),
        );
        const byFile = new Map(toParse.map((f, i) => [f.file, results[i]]));
        options.parse = (file) => byFile.get(file)!;
      } else {
        // The parser (and its Markdown and YAML libraries) is loaded only when something must be parsed.
        options.parse = (await import('../corpus/parse-article.ts')).parseArticle;
      }
      phase('snapshot');
      const corpus = parseCorpus(scan, options);
      // What was read to be parsed is parsed: let it go before extraction, the longest step.
      for (const f of scan.files) delete f.bytes;
      phase(snapshot ? 'restore' : 'parse');
      result.skipped.push(...corpus.warnings);
      for (const w of result.skipped) log.warn(formatWarning(w), { file: w.file });
      const { articles } = corpus;
      if (snapshot) {
        const restored = snapshot;
        // Damaged facts in the snapshot are read from the article's own cache entry instead.
        const factsOf = (a: number) => restored.facts(a) ?? cache!.getFacts(factsKey(articles[a]));
        this.install(
          KnowledgeBase.fromParts(
            articles,
            restored.parts,
            lazyFacts((a) => {
              const f = factsOf(a);
              if (!f)
                throw new Error(
                  `The cached facts of ${articles[a].file} are damaged; restart the bot to rebuild them.`,
                );
              return f;
            }, restored.factsBytes),
          ),
          corpus,
          nextHashes,
        );
        phase('knowledge base');
        // The search index and the timeline are decoded just after the first answers can be given,
        // and what reading a question loads on first use (compromise, WordNet, the word vectors)
        // is loaded then too, rather than by the first question.
        const kb = this.kb!;
        setImmediate(() => {
          kb.warmUp();
          loadLanguageModels();
        });
        return result;
      }

      // Otherwise: extract what has no facts yet, and derive everything again.
      const { facts, stored } = await this.factsFor(articles, pool);
      await pool?.close(); // before the knowledge base is built: the workers' memory is not needed
      phase('extract');
      const hashes = articles.map((a) => a.hash);
      const indexData = cache?.getIndex(this.dir, hashes);
      const { kb, factsJson } = buildReleasingFacts(articles, facts, stored, indexData, cache);
      this.install(kb, corpus, nextHashes);
      phase('knowledge base');
      if (cache) {
        // Saved after the swap, so that writing does not delay answers.
        const stamps = [...this.stamps];
        setImmediate(() => {
          // The index's data is made once for both files: making it takes seconds at 10,000 articles.
          const parts = kb.toParts();
          phase('snapshot parts');
          if (!indexData) cache.setIndex(this.dir, hashes, parts.index);
          phase('index written');
          // Only the warnings of parsing are kept: those of reading are found again by each scan.
          const skipped = result.skipped.filter((w) => nextHashes.has(w.file));
          cache.setSnapshot(this.dir, snapshotKey, { stamps, articles, parts, skipped }, factsJson);
          phase('snapshot written');
        });
      }
      if (!first)
        log.info('knowledge base updated', {
          added: result.added.length,
          changed: result.changed.length,
          removed: result.removed.length,
          articles: articles.length,
        });
    } finally {
      await pool?.close();
    }
    return result;
  }

  private install(kb: KnowledgeBase, corpus: Corpus, hashes: Map<string, string>): void {
    this.articlesByHash = new Map(corpus.articles.map((a) => [a.hash, a]));
    this.hashes = hashes;
    this.stamps = stampsOf(corpus.files);
    this.kb = kb;
    this.problem = corpus.problem;
  }

  /**
   * Facts of every article: from the knowledge base in use, from the cache, or extracted anew; and
   * the size as stored of those that the cache holds (read from it or just written to it).
   */
  private async factsFor(
    articles: Article[],
    pool?: WorkerPoolExtractor,
  ): Promise<{ facts: (ArticleFacts | undefined)[]; stored: Map<string, number> }> {
    const known = new Map<string, ArticleFacts>();
    const stored = new Map<string, number>();
    const current = this.kb;
    if (current) current.articles.forEach((a, i) => known.set(factsKey(a), current.factsOf(i)));
    const missing = articles.filter((a) => !known.has(factsKey(a)));
    await this.extractMissing(missing, known, stored, pool);
    // Undefined: in the cache only, decoded when read.
    return { facts: articles.map((a) => known.get(factsKey(a))), stored };
  }

  /** Facts for articles not yet known: from the cache, else extracted (on worker threads when many). */
  private async extractMissing(
    articles: Article[],
    into: Map<string, ArticleFacts>,
    stored: Map<string, number>,
    started?: WorkerPoolExtractor,
  ): Promise<void> {
    const { cache, onProgress } = this.options;
    const misses: Article[] = [];
    for (const a of articles) {
      const cached = cache?.getFactsSized(factsKey(a));
      if (cached) {
        into.set(factsKey(a), cached.facts);
        stored.set(factsKey(a), cached.bytes);
      } else misses.push(a);
    }
    if (!misses.length) return;
    // A restored article is read on first use; its fields must be its own before it is copied to a worker.
    misses.forEach(materialized);
    const threshold = this.options.poolThreshold ?? 40;
    const pool =
      threshold > 0 && misses.length >= threshold ? (started ?? new WorkerPoolExtractor({ onProgress })) : undefined;
    try {
      if (pool) {
        // Each article's facts come as JSON, go to the cache as they come and are let go: the
        // build decodes them from the cache as it walks them (see buildReleasingFacts). At 10,000
        // articles the JSON is some 80 MB and the objects 150 MB. Without a cache, or where a
        // write fails, the facts are kept.
        await pool.extractJson(misses, (i, json) => {
          const key = factsKey(misses[i]);
          if (cache?.setFactsJson(key, json)) stored.set(key, json.length);
          else into.set(key, JSON.parse(json) as ArticleFacts);
        });
        await pool.close();
        return;
      }
      const extracted = await this.extractor.extract(misses);
      misses.forEach((a, i) => {
        into.set(factsKey(a), extracted[i]);
        cache?.setFacts(extracted[i]);
      });
    } finally {
      if (pool !== started) await pool?.close();
    }
  }

  /**
   * Saves a new article into the seeds folder and indexes it at once. The text is checked as the
   * loader checks files; the file is written to a temporary name and then linked into place, so a
   * reader never sees half a file and an existing article is never overwritten.
   */
  async addArticle(requestedName: string, bytes: Uint8Array): Promise<Article> {
    const name = safeFileName(requestedName);
    if (bytes.length > this.maxBytes)
      throw new AddArticleError(`The article is too large (${bytes.length} bytes; the limit is ${this.maxBytes}).`);
    const hash = hashBytes(bytes);
    const { parseArticle } = await import('../corpus/parse-article.ts');
    const parsed = parseArticle(name, bytes, hash);
    if (!parsed.ok) throw new AddArticleError(`The article cannot be used: ${parsed.reason}.`);
    const existing = this.kb?.articles.find((a) => a.hash === hash);
    if (existing) throw new AddArticleError(`This article is already loaded, as ${existing.file}.`);
    mkdirSync(this.dir, { recursive: true });
    const target = join(this.dir, name);
    if (existsSync(target))
      throw new AddArticleError(`An article named ${name} already exists; rename the file and try again.`);
    const temporary = join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(temporary, bytes, { flag: 'wx' });
    try {
      linkSync(temporary, target); // fails if the target appeared meanwhile: never overwrites
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST')
        throw new AddArticleError(`An article named ${name} already exists; rename the file and try again.`);
      throw e;
    } finally {
      unlinkSync(temporary);
    }
    await this.refresh();
    // A refresh that was already running when the file appeared may have missed it; the queued one will not.
    if (!this.kb?.articles.some((a) => a.file === name)) await this.refresh();
    return this.kb?.articles.find((a) => a.file === name) ?? parsed.article;
  }
}

/** With NEWSDESK_TIMING set, each step of a load and its milliseconds, on stderr. */
function phaseTimer(): (name: string) => void {
  if (!process.env.NEWSDESK_TIMING) return () => {};
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    const { rss, heapUsed } = process.memoryUsage();
    const peak = process.resourceUsage().maxRSS * 1024;
    process.stderr.write(
      `load: ${name} ${(now - last).toFixed(1)} ms (RSS ${mb(rss)} MB, heap ${mb(heapUsed)} MB, peak RSS ${mb(peak)} MB)\n`,
    );
    last = now;
  };
}

const stampsOf = (files: readonly CorpusFile[]) => new Map(files.map((f) => [f.file, f.stamp]));

/** The key of a set of files: their names and content hashes. */
function keyOf(reads: readonly { file: string; hash: string }[]): string {
  const h = createHash('sha1');
  for (const r of reads) h.update(`${r.file}\0${r.hash}\n`);
  return h.digest('hex');
}

/**
 * Bytes of facts (as stored) kept decoded: about 9 MB per 1,000 articles, 1.5 times that in memory.
 * A question reads the facts of some 25 articles and questions return to the same ones, so a folder
 * of a few thousand keeps all it has read; beyond, the least recently used are decoded again.
 */
const FACTS_KEPT_BYTES = 24 * 1024 * 1024;

/** Facts decoded when first asked for, and the most recently used kept decoded. */
function lazyFacts(
  decode: (article: number) => ArticleFacts,
  bytesOf: (article: number) => number,
  keep = FACTS_KEPT_BYTES,
): (article: number) => ArticleFacts {
  const decoded = new Map<number, ArticleFacts>();
  let bytes = 0;
  return (article) => {
    let f = decoded.get(article);
    if (f) {
      decoded.delete(article);
    } else {
      f = decode(article);
      bytes += bytesOf(article);
      while (bytes > keep && decoded.size > 0) {
        const oldest = decoded.keys().next().value!;
        decoded.delete(oldest);
        bytes -= bytesOf(oldest);
      }
    }
    decoded.set(article, f);
    return f;
  };
}

/**
 * Builds the knowledge base from every article's facts, those held (`facts`) and those only in the
 * cache (undefined there), which are decoded from the cache each time the build walks them and
 * let go after each article. Once the build has read them, the held facts that the cache holds
 * are let go too. Afterwards the knowledge base reads facts from the cache when an answer needs
 * them (the most recently used kept decoded), as a warm start reads them from the snapshot, and
 * the snapshot copies their JSON from the cache. At 10,000 articles the facts as objects are some
 * 150 MB of heap.
 */
function buildReleasingFacts(
  articles: readonly Article[],
  facts: (ArticleFacts | undefined)[],
  stored: ReadonlyMap<string, number>,
  index: SearchIndexData | undefined,
  cache: KnowledgeCache | undefined,
): { kb: KnowledgeBase; factsJson: (article: number) => string } {
  const keys = articles.map(factsKey);
  const released = cache ? keys.map((k) => stored.has(k)) : keys.map(() => false);
  const held = facts;
  const read = (a: number): ArticleFacts => {
    const f = cache?.getFacts(keys[a]);
    if (!f) throw new Error(`The cached facts of ${articles[a].file} are damaged; restart the bot to rebuild them.`);
    return f;
  };
  const walked: FactsList = {
    forEach(visit) {
      for (let a = 0; a < articles.length; a++) visit(held[a] ?? read(a), a);
    },
  };
  const lazy = lazyFacts(read, (a) => stored.get(keys[a]) ?? 0);
  const factsSource = (a: number) => held[a] ?? lazy(a);
  const release = () =>
    released.forEach((r, a) => {
      if (r) held[a] = undefined;
    });
  const kb = KnowledgeBase.build(articles, walked, { index, factsSource, release });
  const factsJson = (a: number) => (released[a] && cache!.getFactsJson(keys[a])) || JSON.stringify(kb.factsOf(a));
  return { kb, factsJson };
}

/** A plain file name in the seeds folder: no folders, no hidden files, .txt or .md. */
export function safeFileName(requested: string): string {
  let name = basename(requested.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (!/\.(txt|md)$/i.test(name)) name = `${name.replace(/\.[^.]*$/, '') || 'article'}.txt`;
  if (name.length > 120) name = name.slice(0, 110) + name.slice(name.lastIndexOf('.'));
  return name;
}
