// "Check in the articles": a message command (right-click a message → Apps). Discord sends the
// message's text with the interaction (in its resolved messages), so no Message Content intent is
// needed. The answer is always private: it is for the person checking, not a reply to the author.

import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { Answer } from '../src/answer/answer.ts';
import { CHECK_COMMAND, answerCheck } from '../src/answer/check.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { usableAnywhere } from './command.ts';

export interface MessageCommand {
  data: ContextMenuCommandBuilder;
  /** Answers about a message's text. */
  execute(kb: KnowledgeBase, text: string): Answer;
}

export const check: MessageCommand = {
  // A message command has a name of up to 32 characters, shown as is, and no description or options.
  data: usableAnywhere(new ContextMenuCommandBuilder().setName(CHECK_COMMAND).setType(ApplicationCommandType.Message)),
  execute: (kb, text) => answerCheck(kb, text),
};

/** Message commands by name. */
export const MESSAGE_COMMANDS: ReadonlyMap<string, MessageCommand> = new Map([[check.data.name, check]]);
