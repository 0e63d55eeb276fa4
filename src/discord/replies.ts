// Sending a rendered reply (ReplyPayload) through discord.js in whatever state the interaction is
// in: not yet acknowledged, deferred, or already answered. Mentions stay disabled on every path.

import {
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { AnswerPayload } from '../render/answer-controls.ts';
import { type RenderOptions, type ReplyPayload, renderNotice } from '../render/discord.ts';
import type { SourcesStore } from './sources-store.ts';

export const APOLOGY =
  'Sorry — something went wrong on our side while answering that. It has been logged; please try again in a moment.';

export function isEphemeral(payload: ReplyPayload | AnswerPayload): boolean {
  return Boolean(payload.flags && payload.flags & MessageFlags.Ephemeral);
}

export function asReply(payload: ReplyPayload | AnswerPayload): InteractionReplyOptions {
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
    flags: isEphemeral(payload) ? MessageFlags.Ephemeral : undefined,
    ...('files' in payload && payload.files ? { files: payload.files } : {}),
  };
}

/** Edits cannot change whether a message is ephemeral, so they carry no flags. */
export function asEdit(payload: ReplyPayload | AnswerPayload): InteractionEditReplyOptions & InteractionUpdateOptions {
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
    ...('files' in payload && payload.files ? { files: payload.files } : {}),
  };
}

/** Whether each deferred reply was deferred privately: that decides how it can be finished. */
const deferredPrivately = new WeakMap<RepliableInteraction, boolean>();

export async function defer(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  deferredPrivately.set(interaction, ephemeral);
}

/**
 * Answers the interaction with the payload, however far it got: a first reply, the end of a
 * deferred reply, or a follow-up. A private answer to a public "thinking…" (or to a button whose
 * message is being updated) removes the placeholder and follows up privately, so an error meant for
 * one person never replaces what the channel sees.
 */
export async function send(interaction: RepliableInteraction, payload: ReplyPayload | AnswerPayload): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(asReply(payload));
    return;
  }
  if (interaction.deferred && !interaction.replied) {
    // true: a private "thinking…"; false: a public one; undefined: a button's deferUpdate.
    const privately = deferredPrivately.get(interaction);
    if (isEphemeral(payload) && privately !== true) {
      if (privately === false) await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(asReply(payload));
      return;
    }
    await interaction.editReply(asEdit(payload));
    return;
  }
  await interaction.followUp(asReply(payload));
}

/** A short private message, sent whatever state the interaction is in. */
export function sendNotice(
  interaction: RepliableInteraction,
  message: string,
  tone: 'error' | 'info' = 'info',
): Promise<void> {
  return send(interaction, renderNotice(message, tone));
}

const hashLookups = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Render options for answers from this knowledge base: Sources buttons record each file's hash, and keep their citations in `sources`. */
export function renderOptionsFor(kb: KnowledgeBase, sources: SourcesStore): RenderOptions {
  let byFile = hashLookups.get(kb);
  if (!byFile) {
    byFile = new Map(kb.articles.map((a) => [a.file, a.hash]));
    hashLookups.set(kb, byFile);
  }
  const lookup = byFile;
  return { hashOf: (file) => lookup.get(file), keepSources: (record) => sources.keep(record) };
}
