import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuotes } from '../src/answer/quotes.ts';
import { type Command, subjectChoices, pageOf, usableAnywhere } from './command.ts';

export const quotes: Command = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('quotes')
    .setDescription('Quotes and reported statements, attributed and cited.')
    .addStringOption((o) =>
      o.setName('speaker').setDescription('Whose words, e.g. Belousov').setMaxLength(80).setAutocomplete(true),
    ),
  example: '/quotes Belousov',
  execute: (kb, options) =>
    answerQuotes(kb, options.speaker ?? '', pageOf(options), `/quotes ${options.speaker ?? ''}`.trim()),
  autocomplete: (kb, _option, typed) => subjectChoices(kb, typed),
};
