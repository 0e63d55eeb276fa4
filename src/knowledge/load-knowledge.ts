// From a seeds folder to a knowledge base: load and check the files, extract each article's facts,
// merge and index them.

import type { Article } from '../corpus/article.ts';
import { type LoadOptions, formatWarning, loadCorpus } from '../corpus/load.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { ArticleFacts } from '../extract/facts.ts';
import type { Logger } from '../log.ts';
import { KnowledgeBase } from './knowledge-base.ts';

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** Set when nothing could be loaded, with a message for the user. */
  problem?: string;
}

export function loadKnowledge(dir: string, log: Logger, options: LoadOptions = {}): LoadedKnowledge {
  const corpus = loadCorpus(dir, options);
  for (const w of corpus.warnings) log.warn(formatWarning(w), { file: w.file });
  const facts: ArticleFacts[] = corpus.articles.map((a: Article) => extractArticle(a));
  return { kb: new KnowledgeBase(corpus.articles, facts), problem: corpus.problem };
}
