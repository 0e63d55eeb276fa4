// How facts get extracted: in this thread, or (for many articles) by a pool of worker threads.
// Either way each article's facts come out the same: extraction is a pure function. The extractor
// is imported on first use, so a start from cached facts never loads the NLP models.

import type { Article } from '../corpus/article.ts';
import type { ArticleFacts } from '../extract/facts.ts';

export interface Extractor {
  extract(articles: Article[]): Promise<ArticleFacts[]>;
  close?(): Promise<void>;
}

export const inlineExtractor: Extractor = {
  async extract(articles) {
    if (articles.length === 0) return [];
    const { extractArticle } = await import('../extract/extract-article.ts');
    return articles.map(extractArticle);
  },
};
