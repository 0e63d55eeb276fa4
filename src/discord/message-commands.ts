// A message command ("Check in the articles"): the text of the message it was used on comes with
// the interaction, so the bot needs no Message Content intent. The answer is always private.

import type { Message, MessageContextMenuCommandInteraction } from 'discord.js';
import { MESSAGE_COMMANDS } from '../../commands/check.ts';
import { replyWithAnswer } from './answer-reply.ts';
import { defer, sendNotice } from './replies.ts';
import type { InteractionContext, RouterDeps } from './router.ts';
import { LATE_AFTER_MS, STILL_LOADING } from './slash-commands.ts';

/** What a reader sees of a message: its text, and the text of its embeds (another bot's answer, say). */
export function messageText(message: Message): string {
  const parts = [message.content];
  for (const e of message.embeds) parts.push(e.title ?? '', e.description ?? '', ...e.fields.map((f) => f.value));
  return parts.filter((p) => p.trim()).join('\n');
}

export async function answerMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  deps: RouterDeps,
  context: InteractionContext,
): Promise<void> {
  const command = MESSAGE_COMMANDS.get(interaction.commandName);
  if (!command) {
    await sendNotice(
      interaction,
      'That command is from an older version of this bot. Please try again after it updates.',
    );
    return;
  }
  let kb = deps.knowledge.current;
  if (!kb || Date.now() - interaction.createdTimestamp > LATE_AFTER_MS) {
    await defer(interaction, true);
    kb ??= await deps.knowledge.ready(deps.loadWaitMs);
    if (!kb) return sendNotice(interaction, STILL_LOADING);
  }
  const text = messageText(interaction.targetMessage);
  const answer = command.execute(kb, text);
  // The message's text is someone else's words: the log keeps only its length.
  await replyWithAnswer(interaction, deps, context, kb, answer, {
    command: command.data.name,
    options: { characters: String(text.length) },
  });
}
