// The knowledge base as the running bot sees it: not ready until the first load has finished, then
// always the latest one the store swapped in. Commands that arrive before it is ready are deferred
// and wait for `ready()`.

import { setTimeout as sleep } from 'node:timers/promises';
import type { Article } from '../corpus/article.ts';
import type { Extractor } from '../knowledge/extractor.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { KnowledgeStore } from '../knowledge/store.ts';
import type { Logger } from '../log.ts';

/**
 * Extracts one article per turn of the event loop, so gateway heartbeats and the 3-second
 * acknowledgements keep flowing while a large folder loads.
 */
export const cooperativeExtractor: Extractor = {
  async extract(articles: Article[]) {
    // Imported on first use: a start from cached facts never loads the extractor or compromise.
    const { extractArticle } = await import('../extract/extract-article.ts');
    const out = [];
    for (const article of articles) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      out.push(extractArticle(article));
    }
    return out;
  },
};

/** Progress of a long first load, as a log line every 10% (the bot's stderr is JSON only). */
export function logProgress(log: Logger): (done: number, total: number) => void {
  let lastTenth = 0;
  return (done, total) => {
    const tenth = Math.floor((done / total) * 10);
    if (tenth > lastTenth || done === total) {
      lastTenth = tenth;
      log.info('extracting articles', { done, total });
    }
  };
}

export interface KnowledgeSource {
  /** The knowledge base to answer from, or undefined while the first load runs. */
  readonly current: KnowledgeBase | undefined;
  /** Resolves with the knowledge base once loaded, or undefined if that takes longer than `timeoutMs`. */
  ready(timeoutMs: number): Promise<KnowledgeBase | undefined>;
}

export class LiveKnowledge implements KnowledgeSource {
  private loaded = false;
  private stopped = false;
  private markReady!: () => void;
  private readonly whenLoaded = new Promise<void>((resolve) => (this.markReady = resolve));
  private markStopped!: () => void;
  /** Shutting down ends every wait, so a deferred answer says "try again" instead of thinking forever. */
  private readonly whenStopped = new Promise<'stopped'>((resolve) => (this.markStopped = () => resolve('stopped')));

  constructor(
    readonly store: KnowledgeStore,
    private readonly log: Logger,
  ) {}

  get current(): KnowledgeBase | undefined {
    return this.loaded ? this.store.current : undefined;
  }

  async ready(timeoutMs: number): Promise<KnowledgeBase | undefined> {
    if (this.loaded) return this.store.current;
    const timer = sleep(timeoutMs, 'timeout' as const, { ref: false });
    const outcome = await Promise.race([this.whenLoaded.then(() => 'loaded' as const), timer, this.whenStopped]);
    return outcome === 'loaded' ? this.store.current : undefined;
  }

  /**
   * The first load, retried every few seconds if it fails. `hold` keeps the bot "still loading"
   * until it resolves too (a test-only delay; see test-hooks.ts).
   */
  async load(hold: Promise<unknown> = Promise.resolve()): Promise<void> {
    const started = performance.now();
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.store.refresh();
        break;
      } catch (error) {
        this.log.error('loading the articles failed; retrying in 5 s', { seeds: this.store.dir, attempt, error });
        await sleep(5000, undefined, { ref: false });
      }
    }
    await hold;
    if (this.stopped) return;
    const kb = this.store.current;
    this.loaded = true;
    this.markReady();
    this.log.info('knowledge base loaded', {
      seeds: this.store.dir,
      articles: kb?.articles.length ?? 0,
      ms: Math.round(performance.now() - started),
    });
    if (this.store.problem) this.log.warn(this.store.problem, { seeds: this.store.dir });
  }

  /** Re-reads the seeds folder (after the watcher saw a change); failures are logged, not thrown. */
  async refresh(reason: string): Promise<void> {
    try {
      const result = await this.store.refresh();
      if (result.added.length || result.changed.length || result.removed.length) {
        this.log.info('seeds folder changed', {
          reason,
          added: result.added,
          changed: result.changed,
          removed: result.removed,
        });
      }
    } catch (error) {
      this.log.error('refreshing the articles failed; still answering from the previous knowledge base', {
        reason,
        error,
      });
    }
  }

  stop(): void {
    this.stopped = true;
    this.markStopped();
  }
}
