import { SlashCommandBuilder } from '@discordjs/builders';
import { answerAsk } from '../src/answer/ask.ts';
import { type Command, usableAnywhere } from './command.ts';

export const ask: Command = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('ask')
    .setDescription('Ask a question about the articles; the answer cites its sentences.')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('Your question, e.g. "Who did Belousov meet?"')
        .setRequired(true)
        .setMaxLength(300),
    ),
  example: '/ask Who did Belousov meet?',
  execute: (kb, options) => answerAsk(kb, options.question ?? '', `/ask ${options.question ?? ''}`.trim()),
};
