import { SlashCommandBuilder } from '@discordjs/builders';
import { answerArticles } from '../src/answer/articles.ts';
import { type Command, pageOf, usableAnywhere } from './command.ts';

export const articles: Command = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('articles')
    .setDescription('The articles the bot has read: title, date, source, length.'),
  example: '/articles',
  execute: (kb, options) => answerArticles(kb, pageOf(options)),
};
