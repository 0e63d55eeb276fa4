// /add: a server manager adds an article. With a .txt/.md attachment it is downloaded and saved;
// with url: the page is fetched and its story saved (src/ingest, the same handler as the console);
// with neither, a form opens and its text is saved. The reply says what the bot found in it. Anything
// the user can fix (too large, wrong type, duplicate, unreadable) is said privately.

import {
  type Attachment,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import { ADD_FIELDS, addArticleModal, articleFromForm, isArticleFileName } from '../../commands/add.ts';
import { formatBytes } from '../corpus/load.ts';
import { type AddRequest, addArticleFrom } from '../ingest/add.ts';
import { pageOptionsFromEnv } from '../ingest/fetch-page.ts';
import { AddArticleError } from '../knowledge/store.ts';
import { renderReply } from '../render/discord.ts';
import { defer, renderOptionsFor, send, sendNotice } from './replies.ts';
import type { InteractionContext, RouterDeps } from './router.ts';
import { STILL_LOADING } from './slash-commands.ts';

export const NOT_ALLOWED =
  'Only members with the Manage Server permission can add articles. Ask a server manager to add it for you.';
const DOWNLOAD_TIMEOUT_MS = 20_000;

/**
 * Discord already hides /add from others (default_member_permissions); this checks again, and
 * tells a member without Manage Server why nothing happens. True when it refused.
 */
async function refusedPermission(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  deps: RouterDeps,
  context: InteractionContext,
): Promise<boolean> {
  if (interaction.inGuild() && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return false;
  deps.log.info('add refused: missing Manage Server', context);
  await sendNotice(interaction, NOT_ALLOWED);
  return true;
}

export async function answerAdd(
  interaction: ChatInputCommandInteraction,
  deps: RouterDeps,
  context: InteractionContext,
): Promise<void> {
  if (await refusedPermission(interaction, deps, context)) return;
  const file = interaction.options.getAttachment('file');
  const url = interaction.options.getString('url')?.trim();
  if (file && url) {
    await sendNotice(interaction, 'Give either a file or an address (url:), not both.');
    return;
  }
  if (url) {
    await defer(interaction, true);
    await save(interaction, deps, context, { kind: 'url', url });
    return;
  }
  if (!file) {
    // showModal must be the first answer, so no deferring here.
    await interaction.showModal(addArticleModal());
    return;
  }
  // Refuse from the metadata when it already says no, before downloading anything.
  if (!isArticleFileName(file.name)) {
    await sendNotice(
      interaction,
      `Only .txt and .md files can be added; “${file.name}” is neither. Save the article as plain text and try again.`,
    );
    return;
  }
  if (file.size > deps.maxArticleBytes) {
    await sendNotice(
      interaction,
      `“${file.name}” is too large (${formatBytes(file.size)}; the limit is ${formatBytes(deps.maxArticleBytes)}).`,
    );
    return;
  }
  await defer(interaction, true);
  let bytes: Uint8Array;
  try {
    bytes = await download(file, deps);
  } catch (error) {
    if (!(error instanceof AddArticleError)) throw error;
    await sendNotice(interaction, error.message);
    return;
  }
  await save(interaction, deps, context, { kind: 'file', name: file.name, bytes });
}

export async function answerAddForm(
  interaction: ModalSubmitInteraction,
  deps: RouterDeps,
  context: InteractionContext,
): Promise<void> {
  if (await refusedPermission(interaction, deps, context)) return;
  const { name, bytes } = articleFromForm(
    interaction.fields.getTextInputValue(ADD_FIELDS.title),
    interaction.fields.getTextInputValue(ADD_FIELDS.text),
  );
  await defer(interaction, true);
  await save(interaction, deps, context, { kind: 'file', name, bytes });
}

async function save(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  deps: RouterDeps,
  context: InteractionContext,
  request: AddRequest,
): Promise<void> {
  // Duplicates are checked against the loaded articles, so wait for the first load.
  if (!(await deps.knowledge.ready(deps.loadWaitMs))) {
    await sendNotice(interaction, STILL_LOADING);
    return;
  }
  const outcome = await addArticleFrom(request, {
    addArticle: deps.addArticle,
    pageOptions: deps.pageOptions ?? pageOptionsFromEnv(),
  });
  if (!outcome.ok) {
    deps.log.info('add refused', { ...context, reason: outcome.reason });
    await sendNotice(interaction, outcome.reason);
    return;
  }
  deps.log.info('article added', { ...context, file: outcome.article.file, bytes: outcome.bytes });
  await send(interaction, renderReply(outcome.answer, outcome.kb ? renderOptionsFor(outcome.kb, deps.sources) : {}));
}

/** Downloads an attachment from Discord's CDN, refusing anything over the size limit as it arrives. */
async function download(file: Attachment, deps: RouterDeps): Promise<Uint8Array> {
  const url = new URL(file.url);
  if (!deps.attachmentHosts.includes(url.host))
    throw new AddArticleError('That attachment is not on Discord’s file server, so I will not download it.');
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new AddArticleError(
      timedOut
        ? 'Downloading the file took too long. Please try again.'
        : 'I could not download the file. Please try again.',
    );
  }
  if (!response.ok || !response.body)
    throw new AddArticleError(`I could not download the file (HTTP ${response.status}). Please try again.`);
  const tooLarge = () =>
    new AddArticleError(`“${file.name}” is too large (the limit is ${formatBytes(deps.maxArticleBytes)}).`);
  if (Number(response.headers.get('content-length') ?? 0) > deps.maxArticleBytes) {
    await response.body.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > deps.maxArticleBytes) throw tooLarge(); // leaving the loop cancels the download
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
