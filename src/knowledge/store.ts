// The live knowledge base of a running bot: loaded once, then refreshed when articles are added,
// changed or removed. A refresh builds a new knowledge base beside the old one and swaps it in
// whole, so commands keep answering from the previous one until the swap.

import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../corpus/article.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, formatWarning, listArticleFiles, readArticleBytes, seedsProblem } from '../corpus/load.ts';
import { hashBytes, parseArticle } from '../corpus/parse-article.ts';
import type { ArticleFacts } from '../extract/facts.ts';
import type { Logger } from '../log.ts';
import type { KnowledgeCache } from './cache.ts';
import { type Extractor, inlineExtractor } from './extractor.ts';
import { KnowledgeBase } from './knowledge-base.ts';
import { WorkerPoolExtractor } from './worker-pool.ts';

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
  skipped: { file: string; reason: string }[];
}

export class AddArticleError extends Error {}

export class KnowledgeStore {
  private kb?: KnowledgeBase;
  /** Each file's last loaded hash, to tell what changed. */
  private hashes = new Map<string, string>();
  private articlesByHash = new Map<string, Article>();
  private factsByHash = new Map<string, ArticleFacts>();
  private refreshing: Promise<RefreshResult> | undefined;
  private queued = false;
  private readonly maxBytes: number;
  private readonly extractor: Extractor;
  problem?: string;

  constructor(readonly dir: string, private readonly options: StoreOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    this.extractor = options.extractor ?? inlineExtractor;
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
    const { log } = this.options;
    const result: RefreshResult = { added: [], changed: [], removed: [], skipped: [] };
    this.problem = seedsProblem(this.dir);
    const files = this.problem ? [] : listArticleFiles(this.dir);
    const nextHashes = new Map<string, string>();
    const seenHashes = new Map<string, string>();
    const toExtract: Article[] = [];
    const articles: Article[] = [];
    for (const file of files) {
      const read = readArticleBytes(this.dir, file, this.maxBytes);
      if (!read.ok) {
        result.skipped.push({ file, reason: read.reason });
        continue;
      }
      const duplicateOf = seenHashes.get(read.hash);
      if (duplicateOf) {
        result.skipped.push({ file, reason: `it is an exact duplicate of ${duplicateOf}` });
        continue;
      }
      let article = this.articlesByHash.get(read.hash);
      if (!article || article.file !== file) {
        const parsed = parseArticle(file, read.bytes, read.hash);
        if (!parsed.ok) {
          result.skipped.push({ file, reason: parsed.reason });
          continue;
        }
        for (const note of parsed.notes) result.skipped.push({ file, reason: note });
        article = parsed.article;
      }
      seenHashes.set(read.hash, file);
      nextHashes.set(file, read.hash);
      articles.push(article);
      if (!this.factsByHash.has(read.hash)) toExtract.push(article);
      const before = this.hashes.get(file);
      if (before === undefined) result.added.push(file);
      else if (before !== read.hash) result.changed.push(file);
    }
    for (const file of this.hashes.keys()) if (!nextHashes.has(file)) result.removed.push(file);
    for (const s of result.skipped) log.warn(formatWarning(s), { file: s.file });

    const first = this.kb === undefined;
    if (!first && !result.added.length && !result.changed.length && !result.removed.length) return result;
    await this.extractMissing(toExtract);
    const facts = articles.map((a) => this.factsByHash.get(a.hash)!);
    const cache = this.options.cache;
    const hashes = articles.map((a) => a.hash);
    const indexData = cache?.getIndex(this.dir, hashes);
    const kb = new KnowledgeBase(articles, facts, indexData);
    // Saved after the swap, so that writing it does not delay the first answer.
    if (cache && !indexData) setImmediate(() => cache.setIndex(this.dir, hashes, kb.index.toData()));
    // Forget what no file holds any more.
    const live = new Set(articles.map((a) => a.hash));
    for (const h of [...this.factsByHash.keys()]) if (!live.has(h)) this.factsByHash.delete(h);
    this.articlesByHash = new Map(articles.map((a) => [a.hash, a]));
    this.hashes = nextHashes;
    this.kb = kb;
    if (!articles.length) this.problem ??= `The seeds folder ${this.dir} has no article that could be loaded.`;
    else this.problem = undefined;
    if (!first) log.info('knowledge base updated', { added: result.added.length, changed: result.changed.length, removed: result.removed.length, articles: articles.length });
    return result;
  }

  /** Facts for articles not yet known: from the cache, else extracted (on worker threads when many). */
  private async extractMissing(articles: Article[]): Promise<void> {
    const { cache, onProgress } = this.options;
    const misses: Article[] = [];
    for (const a of articles) {
      const cached = cache?.getFacts(a.hash);
      if (cached) this.factsByHash.set(a.hash, cached);
      else misses.push(a);
    }
    if (!misses.length) return;
    const threshold = this.options.poolThreshold ?? 40;
    const pool = threshold > 0 && misses.length >= threshold ? new WorkerPoolExtractor({ onProgress }) : undefined;
    try {
      const extracted = await (pool ?? this.extractor).extract(misses);
      misses.forEach((a, i) => {
        this.factsByHash.set(a.hash, extracted[i]);
        cache?.setFacts(extracted[i]);
      });
    } finally {
      await pool?.close();
    }
  }

  /**
   * Saves a new article into the seeds folder and indexes it at once. The text is checked as the
   * loader checks files; the file is written to a temporary name and then linked into place, so a
   * reader never sees half a file and an existing article is never overwritten.
   */
  async addArticle(requestedName: string, bytes: Uint8Array): Promise<Article> {
    const name = safeFileName(requestedName);
    if (bytes.length > this.maxBytes) throw new AddArticleError(`The article is too large (${bytes.length} bytes; the limit is ${this.maxBytes}).`);
    const hash = hashBytes(bytes);
    const parsed = parseArticle(name, bytes, hash);
    if (!parsed.ok) throw new AddArticleError(`The article cannot be used: ${parsed.reason}.`);
    const existing = this.kb?.articles.find((a) => a.hash === hash);
    if (existing) throw new AddArticleError(`This article is already loaded, as ${existing.file}.`);
    mkdirSync(this.dir, { recursive: true });
    const target = join(this.dir, name);
    if (existsSync(target)) throw new AddArticleError(`An article named ${name} already exists; rename the file and try again.`);
    const temporary = join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(temporary, bytes, { flag: 'wx' });
    try {
      linkSync(temporary, target); // fails if the target appeared meanwhile: never overwrites
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new AddArticleError(`An article named ${name} already exists; rename the file and try again.`);
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

/** A plain file name in the seeds folder: no folders, no hidden files, .txt or .md. */
export function safeFileName(requested: string): string {
  let name = basename(requested.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^[.\s]+/, '').trim();
  if (!/\.(txt|md)$/i.test(name)) name = `${name.replace(/\.[^.]*$/, '') || 'article'}.txt`;
  if (name.length > 120) name = name.slice(0, 110) + name.slice(name.lastIndexOf('.'));
  return name;
}
