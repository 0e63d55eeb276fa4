// Small invented corpora for answer tests: articles from text, and the knowledge base the bot
// would build from them (related datelines dated, facts extracted, everything derived).

import type { Article } from '../../src/corpus/article.ts';
import { hashBytes, parseArticleText } from '../../src/corpus/parse-article.ts';
import { dateFromRelatedArticles } from '../../src/corpus/related-dates.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

export function article(file: string, text: string): Article {
  const parsed = parseArticleText(file, text, hashBytes(new TextEncoder().encode(text)));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.article;
}

export function knowledge(...articles: Article[]): KnowledgeBase {
  const dated = dateFromRelatedArticles(articles);
  return KnowledgeBase.build(dated, dated.map(extractArticle));
}
