// Stage one of the search scores articles with minisearch's own BM25+ arithmetic, read straight
// from its index: the same articles, the same scores to the last bit, ties in the same order.

import { describe, expect, it, vi } from 'vitest';
import MiniSearch from 'minisearch';
import { join, resolve } from 'node:path';
import { KnowledgeStore } from '../src/knowledge/store.ts';
import type { Logger } from '../src/log.ts';

const ROOT = resolve(import.meta.dirname, '..');
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

describe('stage one', () => {
  it('ranks articles exactly as minisearch does, with or without a filter', async () => {
    const store = new KnowledgeStore(join(ROOT, 'test/fixtures/written-c/articles'), { log: quiet, poolThreshold: 0 });
    await store.refresh();
    const kb = store.current!;
    const index = kb.index;
    const odd = new Set(kb.articles.map((_, i) => i).filter((i) => i % 2));
    let compared = 0;
    kb.articles.forEach((_, a) => {
      index.termsOf(a).forEach((terms, s) => {
        // Queries of one to six of a sentence's terms, and one with a word no article uses.
        const query = [...new Set(terms)].slice(0, 1 + (s % 6));
        if (s % 4 === 0) query.push('zzunknownzz');
        for (const within of [undefined, odd]) {
          expect(index.scoreArticles(query, 1000, within)).toEqual(index.scoreArticlesByMiniSearch(query, within));
          expect(index.scoreArticles(query, 3, within)).toEqual(
            index.scoreArticlesByMiniSearch(query, within).slice(0, 3),
          );
          compared++;
        }
      });
    });
    expect(compared).toBeGreaterThan(100);
    // And it is its own scoring that was compared, not minisearch's search standing in for it.
    const search = vi.spyOn(MiniSearch.prototype, 'search');
    index.scoreArticles(index.termsOf(0)[1], 10);
    expect(search).not.toHaveBeenCalled();
    search.mockRestore();
  });
});

describe('the index as the snapshot saves it', () => {
  it('is written a term at a time as the very text JSON.stringify gives its data', async () => {
    const store = new KnowledgeStore(join(ROOT, 'test/fixtures/written-c/articles'), { log: quiet, poolThreshold: 0 });
    await store.refresh();
    const index = store.current!.index;
    expect(index.toDataJson()).toBe(JSON.stringify(index.toData()));
  });
});
