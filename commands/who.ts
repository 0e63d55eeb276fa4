import { SlashCommandBuilder } from '@discordjs/builders';
import { answerWho } from '../src/answer/who.ts';
import { type Command, entityChoices, usableAnywhere } from './command.ts';

export const who: Command = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('who')
    .setDescription('Who a person or organisation is in the articles: roles, quotes, actions.')
    .addStringOption((o) =>
      o
        .setName('name')
        .setDescription('A name, surname or alias, e.g. Belousov')
        .setRequired(true)
        .setMaxLength(80)
        .setAutocomplete(true),
    ),
  example: '/who Belousov',
  execute: (kb, options) => answerWho(kb, options.name ?? '', `/who ${options.name ?? ''}`.trim()),
  autocomplete: (kb, _option, typed) => entityChoices(kb, typed),
};
