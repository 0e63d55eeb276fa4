// "Check in the articles": a message command (right-click a message → Apps). Discord sends the
// message's text with the interaction (in its resolved messages), so no Message Content intent is
// needed. The answer is always private: it is for the person checking, not a reply to the author.

// From the builders and the API types rather than discord.js, which would load the whole client
// into the console as well.
import { ContextMenuCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandType } from 'discord-api-types/v10';
import type { Answer } from '../src/answer/answer.ts';
import { CHECK_COMMAND, answerCheck } from '../src/answer/check.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { usableAnywhere } from './command.ts';

export interface MessageCommand {
  data: ContextMenuCommandBuilder;
  /** What /help says of it: a message command has no description of its own on Discord. */
  description: string;
  /** Where to find it, for /help. */
  example: string;
  /** Answers about a message's text. */
  execute(kb: KnowledgeBase, text: string): Answer;
}

export const check: MessageCommand = {
  // A message command has a name of up to 32 characters, shown as is, and no description or options.
  data: usableAnywhere(new ContextMenuCommandBuilder().setName(CHECK_COMMAND).setType(ApplicationCommandType.Message)),
  description:
    'Shows you, privately, what the articles say about a message’s claims, cited, or that they say nothing about it.',
  example: 'a message’s menu → Apps → Check in the articles',
  execute: (kb, text) => answerCheck(kb, text),
};

/** Message commands by name. */
export const MESSAGE_COMMANDS: ReadonlyMap<string, MessageCommand> = new Map([[check.data.name, check]]);
