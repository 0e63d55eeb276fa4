// From a seeds folder to a knowledge base, for the console and the benchmark: a KnowledgeStore
// loaded once, with the on-disk cache and worker threads for large folders.

import type { Logger } from '../log.ts';
import { DEFAULT_CACHE_DIR, KnowledgeCache } from './cache.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { progressReporter } from './progress.ts';
import { KnowledgeStore } from './store.ts';

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  store: KnowledgeStore;
  /** Set when nothing could be loaded, with a message for the user. */
  problem?: string;
}

export interface KnowledgeOptions {
  cacheDir?: string | false;
  maxBytes?: number;
  poolThreshold?: number;
}

export function openStore(dir: string, log: Logger, options: KnowledgeOptions = {}): KnowledgeStore {
  const cacheDir = options.cacheDir === undefined ? process.env.CACHE_DIR || DEFAULT_CACHE_DIR : options.cacheDir;
  const maxBytes = options.maxBytes ?? (Number(process.env.MAX_ARTICLE_BYTES) || undefined);
  return new KnowledgeStore(dir, {
    log,
    maxBytes,
    poolThreshold: options.poolThreshold,
    cache: cacheDir ? new KnowledgeCache(cacheDir, log) : undefined,
    onProgress: progressReporter(log),
  });
}

export async function loadKnowledge(
  dir: string,
  log: Logger,
  options: KnowledgeOptions = {},
): Promise<LoadedKnowledge> {
  const store = openStore(dir, log, options);
  await store.refresh();
  return { kb: store.current!, store, problem: store.problem };
}
