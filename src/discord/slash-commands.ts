// A slash command other than /add: run its pure handler and reply. While the knowledge base is still
// loading, or when the interaction has already waited long (the event loop was busy, say swapping in
// a new knowledge base), defer first so the 3-second acknowledgement is never missed, then edit.

import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { runCommand } from '../../commands/index.ts';
import type { CommandOptions } from '../../commands/command.ts';
import { replyPrivately, replyWithAnswer } from './answer-reply.ts';
import { defer, sendNotice } from './replies.ts';
import type { InteractionContext, RouterDeps } from './router.ts';
import { throwIfHooked } from './test-hooks.ts';

/**
 * Past this age an interaction is deferred before anything else, leaving room for slow work. The age
 * comes from the interaction's id (Discord's clock); a local clock that runs ahead only makes the
 * bot defer more often.
 */
export const LATE_AFTER_MS = 1500;

export const STILL_LOADING =
  'I am still reading the articles and could not finish in time. Please try again in a minute.';

/** The options as the pure handlers take them: name → text (attachments left out). */
export function optionsOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandOptions {
  const options: CommandOptions = {};
  for (const o of interaction.options.data) {
    if (o.type === ApplicationCommandOptionType.Attachment || o.value === undefined || o.value === null) continue;
    options[o.name] = String(o.value);
  }
  return options;
}

export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  deps: RouterDeps,
  context: InteractionContext,
): Promise<void> {
  const options = optionsOf(interaction);
  let kb = deps.knowledge.current;
  const age = Date.now() - interaction.createdTimestamp;
  if (!kb || age > LATE_AFTER_MS) {
    await defer(interaction, replyPrivately(interaction));
    kb ??= await deps.knowledge.ready(deps.loadWaitMs);
    if (!kb) {
      await sendNotice(interaction, STILL_LOADING);
      return;
    }
  }
  throwIfHooked(deps.hooks, interaction.commandName, options);
  const answer = runCommand(kb, interaction.commandName, options, (error) =>
    deps.log.error('command handler failed', { ...context, error }),
  );
  await replyWithAnswer(interaction, deps, context, kb, answer, {
    command: interaction.commandName,
    options: definedOptions(options),
  });
}

/** The options that were given, for the feedback log. */
function definedOptions(options: CommandOptions): Record<string, string> {
  return Object.fromEntries(Object.entries(options).filter((e): e is [string, string] => e[1] !== undefined));
}
