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
    // Facts go back as the JSON the cache stores: one string copies faster than an object graph,
    // and until the knowledge base is built they take less memory than the objects.
    else
      parentPort!.postMessage({ id: batch.id, results: batch.articles.map((a) => JSON.stringify(extractArticle(a))) });
  } catch (e) {
    parentPort!.postMessage({ id: batch.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
