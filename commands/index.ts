// Every slash command, by name. Each file holds one command's definition and handler.

import { type HelpEntry, slashCommandHelp } from '../src/answer/help.ts';
import { add } from './add.ts';
import { articles } from './articles.ts';
import { ask } from './ask.ts';
import { MESSAGE_COMMANDS } from './check.ts';
import type { Command } from './command.ts';
import { helpCommand } from './help.ts';
import { quotes } from './quotes.ts';
import { timeline } from './timeline.ts';
import { who } from './who.ts';

export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [ask, who, timeline, quotes, articles, add, helpCommand(() => helpEntries())].map((c) => [c.data.name, c]),
);

/**
 * /help's entries, from the definitions: the slash commands named in `available` (all by default),
 * then the message commands where the edge has them (Discord does; the console has no messages).
 */
export function helpEntries(available?: ReadonlySet<string>, messageCommands = true): HelpEntry[] {
  const slash = [...COMMANDS.values()]
    .filter((c) => !available || available.has(c.data.name))
    .map((c) => slashCommandHelp(c.data.toJSON(), c.example));
  const onMessages = [...MESSAGE_COMMANDS.values()].map((c) => ({
    usage: c.data.name,
    what: c.description,
    example: c.example,
  }));
  return messageCommands ? [...slash, ...onMessages] : slash;
}

export type { Command, CommandOptions } from './command.ts';

import type { Answer } from '../src/answer/answer.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import type { CommandOptions as Options } from './command.ts';

/** Thrown by handlers for input the user can fix; other errors are bugs. */
export class UserError extends Error {}

/**
 * Runs a command by name. An unknown command, or a handler that fails, gives a polite private
 * answer (found: false) instead of an exception, so neither Discord nor the console ever crashes.
 */
export function runCommand(
  kb: KnowledgeBase,
  name: string,
  options: Options,
  onError?: (error: unknown) => void,
): Answer {
  const command = COMMANDS.get(name);
  const typed = `/${name}${Object.values(options)
    .filter(Boolean)
    .map((v) => ` ${v}`)
    .join('')}`;
  if (!command) return privateRefusal(typed, 'Unknown command', `There is no /${name} command. Try /help.`, 'usage');
  // Reached only by a command name no edge routes here (each edge answers /add itself).
  if (!command.execute) return privateRefusal(typed, 'Not here', `/${name} cannot be run from here.`, 'usage');
  try {
    return command.execute(kb, options);
  } catch (error) {
    onError?.(error);
    return privateRefusal(
      typed,
      'Something went wrong',
      'Sorry — that command failed on our side. It has been logged; please try again or rephrase.',
    );
  }
}

/** A private answer that runs nothing: `problem` 'usage' when the user typed something to fix. */
function privateRefusal(command: string, title: string, lead: string, problem?: Answer['problem']): Answer {
  return {
    command,
    found: false,
    ...(problem ? { problem } : {}),
    title,
    lead,
    sections: [],
    citations: [],
    ephemeral: true,
  };
}

/** The option a pager button's argument fills, per command: "P|timeline|2|Quarrow" → about: Quarrow. */
export function runPage(
  kb: KnowledgeBase,
  name: string,
  page: number,
  argument: string,
  onError?: (error: unknown) => void,
): Answer {
  const command = COMMANDS.get(name);
  const first = (command?.data.toJSON() as { options?: { name: string }[] } | undefined)?.options?.[0]?.name;
  const options: Options = { page: String(page) };
  if (first && argument) options[first] = argument;
  return runCommand(kb, name, options, onError);
}
