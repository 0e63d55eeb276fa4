// Parsing and extraction on every core: a pool of worker threads, each running the same pure
// parser and extraction, fed small batches so that fast and slow articles even out across workers.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/article.ts';
import type { ParseResult } from '../corpus/parse-article.ts';
import type { ArticleFacts } from '../extract/facts.ts';
import { COMPILED, MODULE_EXT } from '../runtime.ts';
import type { Extractor } from './extractor.ts';

const BATCH = 8;

export interface PoolOptions {
  size?: number;
  /** Called after each batch with the number of articles done so far. */
  onProgress?: (done: number, total: number) => void;
}

export class WorkerPoolExtractor implements Extractor {
  private workers: Worker[] = [];
  private readonly size: number;

  constructor(private readonly options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
  }

  private start(): void {
    if (this.workers.length) return;
    // The build runs its worker module as is; the sources' worker first registers tsx.
    const entry = new URL(`./extract-worker${MODULE_EXT}`, import.meta.url);
    const boot = COMPILED ? entry : new URL('./worker-boot.mjs', import.meta.url);
    // Each worker holds compromise (about 50 MB) and a batch of articles; a bounded heap keeps its
    // footprint small, since every worker's memory adds to the process's.
    for (let i = 0; i < this.size; i++) {
      this.workers.push(
        new Worker(boot, {
          workerData: { entry: entry.href },
          resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 48 },
        }),
      );
    }
  }

  async extract(articles: Article[]): Promise<ArticleFacts[]> {
    return (await this.extractJson(articles)).map((json) => JSON.parse(json) as ArticleFacts);
  }

  /**
   * Each article's facts as JSON, as the cache stores them (see extract-worker.ts). With `sink`,
   * each is handed to it as it arrives (with the article's position) and not kept.
   */
  extractJson(articles: Article[], sink?: (i: number, json: string) => void): Promise<string[]> {
    return this.run<Article, string>(articles, (batch) => ({ articles: batch }), this.options.onProgress, sink);
  }

  /** Parses files on the workers: the parser's results, in order. */
  parse(files: { file: string; bytes: Uint8Array; hash: string }[]): Promise<ParseResult[]> {
    return this.run<(typeof files)[number], ParseResult>(files, (batch) => ({ files: batch }));
  }

  private async run<In, Out>(
    articles: In[],
    request: (batch: In[]) => object,
    onProgress?: (done: number, total: number) => void,
    sink?: (i: number, result: Out) => void,
  ): Promise<Out[]> {
    if (articles.length === 0) return [];
    this.start();
    const results: Out[] = new Array(articles.length);
    let next = 0;
    let done = 0;
    let batchId = 0;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const pending = new Map<number, number>();
            const send = () => {
              if (next >= articles.length) {
                if (pending.size) return; // the last results are still to come
                worker.off('message', onMessage);
                worker.off('error', onError);
                resolve();
                return;
              }
              const from = next;
              next = Math.min(articles.length, next + BATCH);
              const id = batchId++;
              pending.set(id, from);
              worker.postMessage({ id, ...request(articles.slice(from, next)) });
            };
            const onMessage = (m: { id: number; results?: Out[]; error?: string }) => {
              const from = pending.get(m.id)!;
              pending.delete(m.id);
              if (m.error) {
                worker.off('message', onMessage);
                worker.off('error', onError);
                reject(new Error(`extraction failed: ${m.error}`));
                return;
              }
              m.results!.forEach((f, k) => {
                if (sink) sink(from + k, f);
                else results[from + k] = f;
              });
              done += m.results!.length;
              onProgress?.(done, articles.length);
              send();
            };
            const onError = (e: Error) => reject(e);
            worker.on('message', onMessage);
            worker.on('error', onError);
            // Two batches in flight: the worker starts the next while its last results travel back.
            send();
            send();
          }),
      ),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
