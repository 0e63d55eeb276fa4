import { SlashCommandBuilder } from '@discordjs/builders';
import { type HelpEntry, answerHelp } from '../src/answer/help.ts';
import { type Command, usableAnywhere } from './command.ts';

/** /help, listing the entries `entries` gives when it runs (the registry, which holds /help itself). */
export function helpCommand(entries: () => HelpEntry[]): Command {
  return {
    data: usableAnywhere(new SlashCommandBuilder())
      .setName('help')
      .setDescription('The commands, each with an example.'),
    example: '/help',
    execute: () => answerHelp(entries()),
  };
}
