// The bot's settings, read from the environment (and .env) and checked before anything connects,
// with one clear message per problem. A problem message never repeats the token itself.

import { resolve } from 'node:path';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../corpus/load.ts';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 20;

export interface Settings {
  /** The bot token without a "Bot " prefix; undefined only when the mode does not need it. */
  token?: string;
  clientId?: string;
  guildId?: string;
  /** Discord's REST base without a version, e.g. http://127.0.0.1:PORT/api; undefined = discord.com. */
  apiBase?: string;
  seedsDir: string;
  maxArticleBytes: number;
  /** Commands per user per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  logFormat: 'json' | 'text';
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export type SettingsCheck = { ok: true; settings: Settings; warnings: string[] } | { ok: false; problems: string[] };

/** What the settings are for: `deploy` needs the client id (and guild id unless global); `start` needs the token. */
export type Purpose = { mode: 'start' } | { mode: 'deploy'; global: boolean };

// A bot token is three base64url parts: the bot's id, a timestamp and an HMAC. Lengths are loose on
// purpose (Discord has changed them before); they match the logger's redaction pattern.
const TOKEN = /^[A-Za-z\d_-]{20,}\.[A-Za-z\d_-]{5,}\.[A-Za-z\d_-]{20,}$/;
const SNOWFLAKE = /^\d{17,20}$/;

export function isBotToken(value: string): boolean {
  return TOKEN.test(value);
}

export function isSnowflake(value: string): boolean {
  return SNOWFLAKE.test(value);
}

/** The application id a token was issued for, when its first part decodes to one. */
export function tokenApplicationId(token: string): string | undefined {
  const decoded = Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8');
  return isSnowflake(decoded) ? decoded : undefined;
}

/** Empty strings count as unset, as in a freshly copied .env.example. */
function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]
    ?.trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
  return value ? value : undefined;
}

function describeBadToken(value: string): string {
  const why = /^[a-f\d]{64}$/i.test(value)
    ? "it looks like the application's public key"
    : /^[A-Za-z\d_-]{32}$/.test(value)
      ? 'it looks like the OAuth2 client secret'
      : /\s/.test(value)
        ? 'it contains spaces'
        : `it has ${value.split('.').length} dot-separated part${value.split('.').length === 1 ? '' : 's'}`;
  return (
    `DISCORD_TOKEN does not look like a Discord bot token (three dot-separated parts, about 70 characters; ${why}). ` +
    'Copy it from the developer portal: your application → Bot → Reset Token.'
  );
}

function snowflakeProblem(name: string, value: string, where: string): string | undefined {
  if (isSnowflake(value)) return undefined;
  // Echo short values only: a token pasted into the wrong setting must not be printed.
  const got =
    value.length <= 24 && !value.includes('.') ? JSON.stringify(value) : `a value of ${value.length} characters`;
  return `${name} must be a Discord id (17 to 20 digits), got ${got}. ${where}`;
}

const CLIENT_ID_HELP = 'Find it in the developer portal: your application → General Information → Application ID.';
const GUILD_ID_HELP =
  'In Discord, turn on Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID.';

function positiveInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  problems: string[],
  allowZero = false,
): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    problems.push(
      `${name} must be a whole number${allowZero ? ' (0 or more)' : ' above 0'}, got ${JSON.stringify(raw)}.`,
    );
    return fallback;
  }
  return n;
}

export function checkSettings(env: NodeJS.ProcessEnv, purpose: Purpose): SettingsCheck {
  const problems: string[] = [];
  const warnings: string[] = [];

  let token = read(env, 'DISCORD_TOKEN')?.replace(/^Bot\s+/i, '');
  if (token === undefined) {
    problems.push(
      purpose.mode === 'deploy'
        ? 'DISCORD_TOKEN is not set: deploying commands needs the bot token (developer portal → your application → Bot → Reset Token). Put it in .env.'
        : 'DISCORD_TOKEN is not set: starting the bot needs the bot token (developer portal → your application → Bot → Reset Token). Put it in .env.',
    );
  } else if (!isBotToken(token)) {
    problems.push(describeBadToken(token));
    token = undefined;
  }

  const clientId = read(env, 'DISCORD_CLIENT_ID');
  const guildId = read(env, 'DISCORD_GUILD_ID');
  if (purpose.mode === 'deploy') {
    if (clientId === undefined)
      problems.push(`DISCORD_CLIENT_ID is not set: deploying commands needs the application id. ${CLIENT_ID_HELP}`);
    if (guildId === undefined && !purpose.global) {
      problems.push(
        `DISCORD_GUILD_ID is not set: commands are deployed to one test server unless you pass --global. ${GUILD_ID_HELP}`,
      );
    }
  }
  if (clientId !== undefined) {
    const p = snowflakeProblem('DISCORD_CLIENT_ID', clientId, CLIENT_ID_HELP);
    if (p) problems.push(p);
    else if (token && tokenApplicationId(token) && tokenApplicationId(token) !== clientId) {
      warnings.push(
        'DISCORD_TOKEN belongs to a different application than DISCORD_CLIENT_ID; check that both come from the same application.',
      );
    }
  }
  if (guildId !== undefined) {
    const p = snowflakeProblem('DISCORD_GUILD_ID', guildId, GUILD_ID_HELP);
    if (p) problems.push(p);
  }

  let apiBase = read(env, 'DISCORD_API_BASE');
  if (apiBase !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(apiBase);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol))
      problems.push(
        `DISCORD_API_BASE must be an http(s) URL such as https://discord.com/api, got ${JSON.stringify(apiBase)}.`,
      );
    else if (/\/v\d+\/?$/.test(url.pathname))
      problems.push(
        `DISCORD_API_BASE must not end with an API version (discord.js adds /v10 itself): use ${apiBase.replace(/\/v\d+\/?$/, '')}.`,
      );
    else apiBase = apiBase.replace(/\/+$/, '');
  }

  const maxArticleBytes = positiveInteger(env, 'MAX_ARTICLE_BYTES', DEFAULT_MAX_ARTICLE_BYTES, problems);
  const rateLimitPerMinute = positiveInteger(
    env,
    'RATE_LIMIT_PER_MINUTE',
    DEFAULT_RATE_LIMIT_PER_MINUTE,
    problems,
    true,
  );

  const format = read(env, 'LOG_FORMAT') ?? 'json';
  if (format !== 'json' && format !== 'text')
    problems.push(`LOG_FORMAT must be json or text, got ${JSON.stringify(format)}.`);
  const level = read(env, 'LOG_LEVEL') ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(level))
    problems.push(`LOG_LEVEL must be debug, info, warn or error, got ${JSON.stringify(level)}.`);

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    warnings,
    settings: {
      token,
      clientId,
      guildId,
      apiBase,
      seedsDir: resolve(read(env, 'SEEDS_DIR') ?? 'seeds'),
      maxArticleBytes,
      rateLimitPerMinute,
      logFormat: format as Settings['logFormat'],
      logLevel: level as Settings['logLevel'],
    },
  };
}

/** Thrown when the settings cannot work; the message lists every problem. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`the settings need fixing:\n- ${problems.join('\n- ')}`);
    this.name = 'SettingsError';
  }
}
