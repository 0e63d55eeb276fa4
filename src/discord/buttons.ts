// Buttons: Sources shows, privately, every citation of the reply it is on (from the record the
// sources store keeps for it), and turns its own pages; a pager button redraws the message it is on
// with another page. A custom_id that cannot be read gets a polite private answer.

import type { ButtonInteraction } from 'discord.js';
import { runPage } from '../../commands/index.ts';
import type { AnswerPayload } from '../render/answer-controls.ts';
import type { ReplyPayload } from '../render/discord.ts';
import { parseCustomId } from '../render/custom-id.ts';
import { renderSources } from '../render/sources.ts';
import { answerPayload } from './answer-reply.ts';
import { asEdit, defer, isEphemeral, send, sendNotice } from './replies.ts';
import type { InteractionContext, RouterDeps } from './router.ts';
import { STILL_LOADING } from './slash-commands.ts';

export const STALE_BUTTON =
  'This button is from an older version of the bot and no longer works. Please run the command again.';

export async function answerButton(
  interaction: ButtonInteraction,
  deps: RouterDeps,
  context: InteractionContext,
): Promise<void> {
  const action = parseCustomId(interaction.customId);
  if (!action) {
    await sendNotice(interaction, STALE_BUTTON);
    return;
  }
  let kb = deps.knowledge.current;
  if (action.kind === 'sources' || action.kind === 'legacy-sources') {
    // A Sources button on a reply opens a private view; one on that view turns its page.
    const turning = action.kind === 'sources' && action.turn;
    if (!kb) {
      if (turning) await interaction.deferUpdate();
      else await defer(interaction, true);
      kb = await deps.knowledge.ready(deps.loadWaitMs);
      if (!kb) return sendNotice(interaction, STILL_LOADING);
    }
    const view =
      action.kind === 'sources'
        ? renderSources(kb, { id: action.id, entries: deps.sources.get(action.id) ?? [] }, action.page)
        : renderSources(kb, { entries: action.entries });
    if (turning) await update(interaction, view);
    else await send(interaction, view);
    return;
  }
  if (!kb) {
    await interaction.deferUpdate();
    kb = await deps.knowledge.ready(deps.loadWaitMs);
    if (!kb) return sendNotice(interaction, STILL_LOADING);
  }
  const answer = runPage(kb, action.command, action.page, action.argument, (error) =>
    deps.log.error('page handler failed', { ...context, error }),
  );
  const payload = answerPayload(deps, kb, answer, {
    command: action.command,
    options: { page: String(action.page), ...(action.argument ? { argument: action.argument } : {}) },
  });
  // An error, an unknown command or a page that is gone is told privately rather than replacing the page everyone sees.
  if (isEphemeral(payload)) await send(interaction, payload);
  else await update(interaction, payload);
}

/** Replaces the message the button is on. */
async function update(interaction: ButtonInteraction, payload: ReplyPayload | AnswerPayload): Promise<void> {
  if (interaction.deferred) await interaction.editReply(asEdit(payload));
  else await interaction.update(asEdit(payload));
}
