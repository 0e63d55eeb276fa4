// Buttons carry everything they need in their custom_id (src/render/custom-id.ts), so they work
// after a restart: Sources shows the cited sentences privately; a pager button redraws the message
// it is on with another page. A custom_id that cannot be read gets a polite private answer.

import type { ButtonInteraction } from 'discord.js';
import { runPage } from '../../commands/index.ts';
import { parseCustomId } from '../render/custom-id.ts';
import { renderSources } from '../render/sources.ts';
import { answerPayload } from './answer-reply.ts';
import { asEdit, defer, isEphemeral, send, sendNotice } from './replies.ts';
import type { InteractionContext, RouterDeps } from './router.ts';
import { STILL_LOADING } from './slash-commands.ts';

export const STALE_BUTTON = 'This button is from an older version of the bot and no longer works. Please run the command again.';

export async function answerButton(interaction: ButtonInteraction, deps: RouterDeps, context: InteractionContext): Promise<void> {
  const action = parseCustomId(interaction.customId);
  if (!action) {
    await sendNotice(interaction, STALE_BUTTON);
    return;
  }
  let kb = deps.knowledge.current;
  if (action.kind === 'sources') {
    if (!kb) {
      await defer(interaction, true);
      kb = await deps.knowledge.ready(deps.loadWaitMs);
      if (!kb) return sendNotice(interaction, STILL_LOADING);
    }
    // Spans whose article changed or vanished are reported as no longer available.
    await send(interaction, renderSources(kb, action));
    return;
  }
  if (!kb) {
    await interaction.deferUpdate();
    kb = await deps.knowledge.ready(deps.loadWaitMs);
    if (!kb) return sendNotice(interaction, STILL_LOADING);
  }
  const answer = runPage(kb, action.command, action.page, action.argument, (error) => deps.log.error('page handler failed', { ...context, error }));
  const payload = answerPayload(deps, kb, answer, { command: action.command, options: { page: String(action.page), ...(action.argument ? { argument: action.argument } : {}) } });
  // An error or unknown command is told privately rather than replacing the page everyone sees.
  if (isEphemeral(payload)) await send(interaction, payload);
  else if (interaction.deferred) await interaction.editReply(asEdit(payload));
  else await interaction.update(asEdit(payload));
}
