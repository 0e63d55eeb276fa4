// What `npm run deploy` registers: every slash command of COMMANDS and every message command.

import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { MESSAGE_COMMANDS } from '../../commands/check.ts';
import { COMMANDS } from '../../commands/index.ts';

export function commandDefinitions(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...COMMANDS.values(), ...MESSAGE_COMMANDS.values()].map((c) => c.data.toJSON());
}
