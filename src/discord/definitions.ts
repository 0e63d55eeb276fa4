// What `npm run deploy` registers: every slash command of COMMANDS, the message commands, and /add.

import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { add } from '../../commands/add.ts';
import { MESSAGE_COMMANDS } from '../../commands/check.ts';
import { COMMANDS } from '../../commands/index.ts';

export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...[...COMMANDS.values()].map((c) => c.data.toJSON()), add.data.toJSON(), ...[...MESSAGE_COMMANDS.values()].map((c) => c.data.toJSON())];
}
