import { SlashCommandBuilder } from '@discordjs/builders';
import { answerHelp } from '../src/answer/help.ts';
import { type Command, usableAnywhere } from './command.ts';

export const help: Command = {
  data: usableAnywhere(new SlashCommandBuilder()).setName('help').setDescription('The commands, each with an example.'),
  execute: () => answerHelp(),
};
