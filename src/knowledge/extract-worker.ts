// A worker thread that extracts facts: articles in, facts out, one batch a message.

import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/article.ts';
import { extractArticle } from '../extract/extract-article.ts';

parentPort!.on('message', (batch: { id: number; articles: Article[] }) => {
  try {
    parentPort!.postMessage({ id: batch.id, facts: batch.articles.map(extractArticle) });
  } catch (e) {
    parentPort!.postMessage({ id: batch.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
