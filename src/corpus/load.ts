// Reading a seeds folder into articles: the two steps of src/corpus/scan.ts with the article parser.
// The one loader: the bot's knowledge store runs the same two steps (loading the parser only when
// something must be parsed), and the console, the tests and the evaluation read folders through it.

import { type Corpus, type CorpusLoadOptions, parseCorpus, scanCorpus } from './scan.ts';
import { parseArticle } from './parse-article.ts';

export * from './scan.ts';

/**
 * Loads every article under `dir`: lists the files, reads and hashes those that are new or changed,
 * skips what cannot be served (unreadable, too large, an exact duplicate of an earlier file in path
 * order), then restores or parses the rest and settles dates from related articles.
 */
export function loadCorpus(dir: string, options: CorpusLoadOptions = {}): Corpus {
  return parseCorpus(scanCorpus(dir, options), { parse: parseArticle, ...options });
}
