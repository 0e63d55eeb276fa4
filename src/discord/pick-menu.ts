// The select menu of an answer that several people fit: the chosen name runs the command again.
// The person who asked sees their message turn into the answer; anyone else gets it privately, so
// nobody changes what another person asked for.

import type { StringSelectMenuInteraction } from 'discord.js';
import { COMMANDS, runCommand } from '../../commands/index.ts';
import { parsePickId } from '../render/answer-controls.ts';
import { answerPayload } from './answer-reply.ts';
import { STALE_BUTTON } from './buttons.ts';
import { asEdit, send, sendNotice } from './replies.ts';
import type { InteractionContext, RouterDeps } from './router.ts';
import { STILL_LOADING } from './slash-commands.ts';

export async function answerPick(
  interaction: StringSelectMenuInteraction,
  deps: RouterDeps,
  context: InteractionContext,
): Promise<void> {
  const parsed = parsePickId(interaction.customId);
  const command = parsed && COMMANDS.get(parsed.command);
  const first = (command?.data.toJSON() as { options?: { name: string }[] } | undefined)?.options?.[0]?.name;
  const value = interaction.values[0];
  if (!parsed || !first || !value) return sendNotice(interaction, STALE_BUTTON);
  const asker = interaction.message.interactionMetadata?.user.id;
  const inPlace = asker === interaction.user.id;
  let kb = deps.knowledge.current;
  if (!kb) {
    if (inPlace) await interaction.deferUpdate();
    else await interaction.deferReply({ flags: 64 });
    kb = await deps.knowledge.ready(deps.loadWaitMs);
    if (!kb) return sendNotice(interaction, STILL_LOADING);
  }
  const options = { [first]: value };
  const answer = runCommand(kb, parsed.command, options, (error) =>
    deps.log.error('pick handler failed', { ...context, error }),
  );
  if (!inPlace) answer.ephemeral = true;
  const payload = answerPayload(deps, kb, answer, { command: parsed.command, options });
  if (!inPlace || answer.ephemeral) await send(interaction, payload);
  else if (interaction.deferred) await interaction.editReply(asEdit(payload));
  else await interaction.update(asEdit(payload));
}
