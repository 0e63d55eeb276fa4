// npm run deploy [-- --global]: registers the slash commands with Discord, in the test server
// DISCORD_GUILD_ID (instant) or, with --global, everywhere the bot is (can take a while to appear).
// Prints the names it registered; never the token.

import 'dotenv/config';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { redact } from '../log.ts';
import { commandDefinitions } from './definitions.ts';
import { checkSettings } from './settings.ts';

const INVITE_HELP =
  'Invite the bot with the applications.commands scope: https://discord.com/oauth2/authorize?client_id=YOUR_CLIENT_ID&scope=bot+applications.commands';

function explain(error: unknown, where: string): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return 'Discord refused the token (401 Unauthorized). Reset it in the developer portal (Bot → Reset Token) and update DISCORD_TOKEN.';
    if (error.code === 50001 || error.status === 403)
      return (
        `Discord refused access to ${where} (${error.status}, Missing Access): is the bot in that server, ` +
        `and does DISCORD_CLIENT_ID match the token? ${INVITE_HELP}`
      );
    if (error.code === 50035) return `Discord rejected a command definition: ${JSON.stringify(error.rawError)}`;
    return `Discord answered ${error.status}: ${error.message}`;
  }
  return `Could not reach Discord: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<number> {
  const global = process.argv.slice(2).includes('--global');
  const checked = checkSettings(process.env, { mode: 'deploy', global });
  if (!checked.ok) {
    process.stderr.write(`Cannot deploy the commands:\n${checked.problems.map((p) => `- ${p}`).join('\n')}\n`);
    return 1;
  }
  const { token, clientId, guildId, apiBase } = checked.settings;
  for (const w of checked.warnings) process.stderr.write(`warning: ${w}\n`);
  const rest = new REST(apiBase ? { api: apiBase } : {}).setToken(token!);
  const body = commandDefinitions();
  const where = global ? 'all servers (global)' : `server ${guildId}`;
  try {
    const route = global ? Routes.applicationCommands(clientId!) : Routes.applicationGuildCommands(clientId!, guildId!);
    const registered = (await rest.put(route, { body })) as { name: string; type?: number }[];
    const names = registered.map((c) => (c.type === 3 ? `“${c.name}” (on a message)` : `/${c.name}`));
    process.stdout.write(`Registered ${registered.length} commands in ${where}: ${names.join(', ')}\n`);
    if (global) process.stdout.write('Global commands can take up to an hour to appear in every server.\n');
    return 0;
  } catch (error) {
    process.stderr.write(`${redact(explain(error, where))}\n`);
    return 1;
  }
}

// Exit explicitly: the REST client's keep-alive connections would otherwise hold the process open.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${redact(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(1);
  },
);
