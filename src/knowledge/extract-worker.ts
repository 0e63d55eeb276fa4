// A worker thread that parses articles and extracts facts: one batch a message, files in and
// parse results out, or articles in and facts out.

import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/article.ts';
import { parseArticle } from '../corpus/parse-article.ts';
import { extractArticle } from '../extract/extract-article.ts';

export type WorkerRequest =
  { id: number; articles: Article[] } | { id: number; files: { file: string; bytes: Uint8Array; hash: string }[] };

parentPort!.on('message', (batch: WorkerRequest) => {
  try {
    if ('files' in batch)
      parentPort!.postMessage({ id: batch.id, results: batch.files.map((f) => parseArticle(f.file, f.bytes, f.hash)) });
    else parentPort!.postMessage({ id: batch.id, results: batch.articles.map(extractArticle) });
  } catch (e) {
    parentPort!.postMessage({ id: batch.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
