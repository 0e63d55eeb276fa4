// Command registration as Discord judges it: the stand-in's own rules and, when ../shared has it,
// Discord's OpenAPI schema. Our definitions pass; the mistakes Discord refuses are refused.

import { Client, DiscordAPIError, GatewayIntentBits, REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../src/discord/definitions.ts';
import { checkCommandDefinitions } from './support/discord-limits.ts';
import { loadDiscordOpenApi } from './support/discord-openapi.ts';
import { type DiscordStandin, startDiscordStandin } from './support/discord-standin.ts';

const TOKEN = 'MTA-standin.bot-token.for-registration';
const openApi = loadDiscordOpenApi();

let standin: DiscordStandin;
let rest: REST;

beforeAll(async () => {
  standin = await startDiscordStandin({ token: TOKEN, openApi: openApi ?? false, requireRegisteredCommands: true });
  rest = new REST({ api: standin.apiBase }).setToken(TOKEN);
});
afterAll(() => standin?.close());

async function put(body: unknown[], guild = false): Promise<{ status: number; errors?: unknown }> {
  try {
    await rest.put(
      guild
        ? Routes.applicationGuildCommands(standin.applicationId, standin.guildId)
        : Routes.applicationCommands(standin.applicationId),
      { body },
    );
    return { status: 200 };
  } catch (error) {
    if (error instanceof DiscordAPIError) return { status: error.status, errors: error.rawError };
    throw error;
  }
}

const slash = { name: 'who', description: 'Who someone is', type: 1 };

describe('command registration', () => {
  it('accepts our definitions, by our rules and by Discord’s schema', async () => {
    const defs = commandDefinitions();
    expect(checkCommandDefinitions(defs)).toEqual([]);
    if (openApi) expect(openApi.check('commands', defs)).toEqual([]);
    expect(await put(defs)).toEqual({ status: 200 });
    expect(standin.registeredCommands('global').map((c) => c.name)).toContain('Check in the articles');
    expect(standin.violations()).toEqual([]);
  });

  it('refuses a message command with a description or options', async () => {
    const described = await put([{ name: 'Check in the articles', type: 3, description: 'Checks a message' }]);
    expect(described.status).toBe(400);
    expect(JSON.stringify(described.errors)).toMatch(/message command has no description/);
    const withOptions = await put([{ name: 'Check', type: 3, options: [{ name: 'x', description: 'x', type: 3 }] }]);
    expect(withOptions.status).toBe(400);
    expect(JSON.stringify(withOptions.errors)).toMatch(/no options/);
  });

  it('refuses integration types and contexts Discord does not have, empty or repeated', async () => {
    for (const bad of [
      { integration_types: [0, 2] },
      { integration_types: [] },
      { contexts: [0, 3] },
      { contexts: [1, 1] },
    ]) {
      const out = await put([{ ...slash, ...bad }]);
      expect(out.status, JSON.stringify(bad)).toBe(400);
    }
    expect(standin.violations().join('\n')).toMatch(/integration type/);
  });

  it.skipIf(!openApi)('checks bodies against Discord’s OpenAPI schema', () => {
    expect(
      openApi!.check('commands', [
        { ...slash, integration_types: [0, 1], contexts: [0, 1, 2], default_member_permissions: '32' },
      ]),
    ).toEqual([]);
    expect(openApi!.check('commands', [{ ...slash, contexts: [7] }]).join('\n')).toMatch(/contexts\/0/);
    expect(openApi!.check('callback', { type: 4, data: { content: 'hi', flags: 64 } })).toEqual([]);
    expect(openApi!.check('callback', { type: 42 }).length).toBeGreaterThan(0);
  });

  it('offers a command outside servers only when it is global and registered for that context and install', async () => {
    // A bare client to receive the interactions (it answers none: only what Discord would offer is checked).
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
    await client.login(TOKEN);
    await standin.waitForIdentify(10_000);
    await put([{ ...slash, integration_types: [0], contexts: [0] }]);
    const dm = await standin.sendCommand({ name: 'who', place: 'bot-dm', installs: ['user'], timeoutMs: 300 });
    expect(dm.violations.join('\n')).toMatch(/not registered for the bot DM/);
    expect(dm.violations.join('\n')).toMatch(/not registered for a user install/);
    await put([{ ...slash }], true);
    await put([]);
    const guildOnly = await standin.sendCommand({ name: 'who', place: 'group-dm', timeoutMs: 300 });
    expect(guildOnly.violations.join('\n')).toMatch(/never registered globally/);
    await client.destroy();
  });
});
