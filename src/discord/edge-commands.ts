// The slash commands that have no pure handler, because their answer needs the interaction itself
// (an attachment to download, a form to show, a permission to check), with the handler that answers
// each; every other command goes through its pure handler (slash-commands.ts).

import type { ChatInputCommandInteraction } from 'discord.js';
import { add } from '../../commands/add.ts';
import { answerAdd } from './add-article.ts';
import type { InteractionContext, RouterDeps } from './router.ts';

type Handler = (
  interaction: ChatInputCommandInteraction,
  deps: RouterDeps,
  context: InteractionContext,
) => Promise<void>;

export const EDGE_COMMANDS: ReadonlyMap<string, Handler> = new Map([[add.data.name, answerAdd]]);
