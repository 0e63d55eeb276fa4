// Login failures say what happened: the real discord.js client fails against an address nobody
// listens on, a name that does not resolve, and the stand-in refusing the token; the bot, started
// as `npm start` starts it, tells which and exits.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLoginProblem, gatewayCloseProblem, loginProblemKind } from '../src/discord/login-problem.ts';
import { type DiscordStandin, snowflake, startDiscordStandin } from './support/discord-standin.ts';
import { BotProcess, botEnv } from './e2e/bot-process.ts';
import { fakeToken } from './e2e/discord-client.ts';

const APPLICATION_ID = snowflake();
const TOKEN = fakeToken(APPLICATION_ID);
let standin: DiscordStandin;
const cacheDir = mkdtempSync(join(tmpdir(), 'newsbot-login-'));

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function loginError(api: string, token = TOKEN): Promise<unknown> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api, retries: 0, timeout: 10_000 } });
  try {
    await client.login(token);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await client.destroy();
  }
}

beforeAll(async () => {
  standin = await startDiscordStandin({ token: TOKEN, applicationId: APPLICATION_ID });
});
afterAll(async () => {
  await standin?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('why logging in failed', () => {
  it('a refused connection is a network problem, named as such', async () => {
    const error = await loginError(`http://127.0.0.1:${await closedPort()}/api`);
    expect(loginProblemKind(error)).toBe('refused');
    expect(describeLoginProblem(error, 'http://127.0.0.1:1/api')).toMatch(
      /^could not reach Discord: the connection to 127\.0\.0\.1:1 was refused \(ECONNREFUSED/,
    );
  });

  it('a name that does not resolve is a DNS problem', { timeout: 30_000 }, async () => {
    const error = await loginError('http://newsbot-login-test.invalid/api');
    // Offline, the resolver may time out instead of answering; either way it is the network's fault.
    expect(['dns', 'network']).toContain(loginProblemKind(error));
    expect(describeLoginProblem(error)).toMatch(/^could not reach Discord/);
    expect(describeLoginProblem(error)).not.toMatch(/token/i);
  });

  it('a refused token is the token, and the message says how to get a new one', async () => {
    const error = await loginError(standin.apiBase, fakeToken(APPLICATION_ID));
    expect(loginProblemKind(error)).toBe('token');
    expect(describeLoginProblem(error)).toMatch(/^Discord refused the token \(401\).*Reset Token/);
  });

  it('refused access and disallowed intents are missing permissions', () => {
    expect(loginProblemKind(Object.assign(new Error('Missing Access'), { status: 403, code: 50001 }))).toBe(
      'permissions',
    );
    expect(
      loginProblemKind(
        Object.assign(new Error('Privileged intent provided is not enabled or whitelisted.'), {
          code: 'DisallowedIntents',
        }),
      ),
    ).toBe('permissions');
    expect(describeLoginProblem(Object.assign(new Error('Forbidden'), { status: 403 }))).toMatch(/missing permissions/);
    expect(gatewayCloseProblem(4014)).toMatch(/missing permissions/);
    expect(gatewayCloseProblem(4004)).toMatch(/token/);
    expect(gatewayCloseProblem(1006)).toBeUndefined();
  });
});

describe('npm start when login fails', () => {
  for (const [what, api, token, expected] of [
    [
      'nothing listens',
      async () => `http://127.0.0.1:${await closedPort()}/api`,
      TOKEN,
      /could not reach Discord: the connection to 127\.0\.0\.1:\d+ was refused/,
    ],
    [
      'the token is refused',
      async () => standin.apiBase,
      fakeToken(APPLICATION_ID),
      /Discord refused the token \(401\)/,
    ],
  ] as const) {
    it(`says so when ${what}, and exits with an error`, { timeout: 40_000 }, async () => {
      const bot = new BotProcess(
        'src/main.ts',
        botEnv({
          DISCORD_TOKEN: token,
          DISCORD_API_BASE: await api(),
          SEEDS_DIR: 'test/fixtures/discord/seeds',
          CACHE_DIR: cacheDir,
          LOG_FORMAT: 'json',
        }),
      );
      const exit = await bot.exited;
      expect(exit.code).toBe(1);
      const logged = bot.logs.find((e) => e.level === 'error');
      expect(logged?.message).toMatch(expected);
      expect(bot.stdout + bot.lines.join('\n')).not.toContain(token);
    });
  }
});
