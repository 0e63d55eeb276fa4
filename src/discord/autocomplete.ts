// Autocomplete answers from memory, at once: Discord sends one per keystroke and shows nothing if the
// answer is late. While the knowledge base loads there is nothing to suggest yet.

import type { AutocompleteInteraction } from 'discord.js';
import { COMMANDS } from '../../commands/index.ts';
import type { Choice } from '../../commands/command.ts';
import type { RouterDeps } from './router.ts';

export const MAX_CHOICES = 25;

/** Choices Discord accepts: at most 25, names 1–100 characters, values up to 100. */
export function validChoices(choices: Choice[]): Choice[] {
  return choices
    .filter((c) => c.name.trim().length >= 1 && [...c.name].length <= 100 && [...c.value].length <= 100)
    .slice(0, MAX_CHOICES);
}

export async function answerAutocomplete(interaction: AutocompleteInteraction, deps: RouterDeps): Promise<void> {
  const kb = deps.knowledge.current;
  const command = COMMANDS.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices =
    kb && command?.autocomplete ? validChoices(command.autocomplete(kb, focused.name, String(focused.value))) : [];
  await interaction.respond(choices);
}
