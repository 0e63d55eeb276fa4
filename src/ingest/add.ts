// /add's work, the same from Discord and from the console: an article given as a file (its name and
// bytes) or as a web address is saved into the seeds folder, and the reply says what the bot found
// in it. Anything the user can fix comes back as a refusal with its reason; nothing is written then.

import { describeAddedArticle, slugOf } from '../../commands/add.ts';
import type { Answer } from '../answer/answer.ts';
import type { Article } from '../corpus/article.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { AddArticleError } from '../knowledge/store.ts';
import { type FetchPageOptions, PageRefused, fetchPage } from './fetch-page.ts';
import { articleFromPage, pageArticleFile } from './page-article.ts';

export type AddRequest = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'url'; url: string };

export interface AddDeps {
  /** Saves an article (KnowledgeStore.addArticle) and gives the knowledge base that includes it. */
  addArticle(name: string, bytes: Uint8Array): Promise<{ article: Article; kb: KnowledgeBase | undefined }>;
  pageOptions?: FetchPageOptions;
}

export type AddOutcome =
  | { ok: true; answer: Answer; article: Article; kb: KnowledgeBase | undefined; bytes: number }
  | { ok: false; reason: string };

/** Fetches a page and turns it into an article file: name and bytes. Throws PageRefused with the reason. */
export async function articleFileFromUrl(
  url: string,
  options: FetchPageOptions = {},
): Promise<{ name: string; bytes: Buffer; url: string }> {
  const page = await fetchPage(url, options);
  const article = articleFromPage(page);
  return { name: `${slugOf(article.title)}.md`, bytes: Buffer.from(pageArticleFile(article), 'utf8'), url: page.url };
}

export async function addArticleFrom(request: AddRequest, deps: AddDeps): Promise<AddOutcome> {
  let name: string;
  let bytes: Uint8Array;
  try {
    if (request.kind === 'url') ({ name, bytes } = await articleFileFromUrl(request.url, deps.pageOptions));
    else ({ name, bytes } = request);
    const { article, kb } = await deps.addArticle(name, bytes);
    return { ok: true, answer: describeAddedArticle(kb, article), article, kb, bytes: bytes.length };
  } catch (error) {
    if (error instanceof PageRefused || error instanceof AddArticleError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** A refusal as an Answer, for the console. */
export function refusal(command: string, reason: string): Answer {
  return { command, found: false, title: 'Not added', lead: reason, sections: [], citations: [], ephemeral: true };
}
