// One article to its facts: entities, statements, times and events. Pure: text in, facts out.

import type { Article } from '../corpus/article.ts';
import { extractEntities } from './entities.ts';
import { extractEvents } from './events.ts';
import { type ArticleFacts, EXTRACTOR_VERSION, factsKey } from './facts.ts';
import { extractStatements } from './statements.ts';
import { extractTimes } from './times.ts';
import { tagArticle } from './tokens.ts';

export function extractArticle(article: Article): ArticleFacts {
  const tagged = tagArticle(article);
  const { entities, mentions } = extractEntities(tagged);
  const statements = extractStatements(tagged, mentions, (e) => entities[e].type === 'person');
  const times = extractTimes(article, tagged.tokens);
  const events = extractEvents(article, tagged.tokens, tagged.sentenceTokens, times, entities);
  return { version: EXTRACTOR_VERSION, hash: factsKey(article), entities, statements, times, events };
}
