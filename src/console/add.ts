// /add in the console, through the same handler as Discord (src/ingest/add.ts): a file path is read
// from disk (a .txt or .md file within the size limit), an address is fetched; either is saved into
// the seeds folder and the knowledge base refreshed.

import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isArticleFileName } from '../../commands/add.ts';
import type { Answer } from '../answer/answer.ts';
import { formatBytes } from '../corpus/load.ts';
import { addArticleFrom, refusal } from '../ingest/add.ts';
import { type FetchPageOptions, pageOptionsFromEnv } from '../ingest/fetch-page.ts';
import type { KnowledgeStore } from '../knowledge/store.ts';
import { renderConsole } from '../render/console.ts';
import { renderReply, replyText } from '../render/discord.ts';
import { parseCommand } from './parse-command.ts';

export async function answerAddLine(
  store: KnowledgeStore,
  line: string,
  json: boolean,
  pageOptions: FetchPageOptions = pageOptionsFromEnv(),
): Promise<string> {
  const command = line.trim();
  const answer = await addAnswer(store, command, pageOptions);
  answer.command = command;
  if (!json) return renderConsole(answer);
  const reply = renderReply(answer);
  return JSON.stringify({ command, found: answer.found, text: replyText(reply), reply, citations: [] });
}

async function addAnswer(store: KnowledgeStore, command: string, pageOptions: FetchPageOptions): Promise<Answer> {
  const parsed = parseCommand(command);
  if (!parsed.ok) return refusal(command, parsed.error);
  const deps = {
    addArticle: async (name: string, bytes: Uint8Array) => ({
      article: await store.addArticle(name, bytes),
      kb: store.current,
    }),
    pageOptions,
  };
  if (parsed.options.url) {
    const outcome = await addArticleFrom({ kind: 'url', url: parsed.options.url }, deps);
    return outcome.ok ? outcome.answer : refusal(command, outcome.reason);
  }
  const path = resolve(parsed.options.file);
  const name = basename(path);
  if (!isArticleFileName(name)) return refusal(command, `Only .txt and .md files can be added; “${name}” is neither.`);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return refusal(command, `${parsed.options.file} is not a file.`);
    size = stat.size;
  } catch {
    return refusal(command, `There is no file ${parsed.options.file}.`);
  }
  if (size > store.maxArticleBytes)
    return refusal(
      command,
      `“${name}” is too large (${formatBytes(size)}; the limit is ${formatBytes(store.maxArticleBytes)}).`,
    );
  const outcome = await addArticleFrom({ kind: 'file', name, bytes: readFileSync(path) }, deps);
  return outcome.ok ? outcome.answer : refusal(command, outcome.reason);
}
