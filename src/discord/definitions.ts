// What `npm run deploy` registers: every command of COMMANDS, plus /add.

import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { add } from '../../commands/add.ts';
import { COMMANDS } from '../../commands/index.ts';

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [...[...COMMANDS.values()].map((c) => c.data.toJSON()), add.data.toJSON()];
}
