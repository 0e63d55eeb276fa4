import { describe, expect, it } from 'vitest';
import { checkSettings, isBotToken, isSnowflake, tokenApplicationId } from '../src/discord/settings.ts';
import { redact } from '../src/log.ts';

const CLIENT = '123456789012345678';
const GUILD = '876543210987654321';
/** Shaped like a real token, issued for CLIENT. */
const TOKEN = `${Buffer.from(CLIENT).toString('base64url')}.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB`;

const problems = (env: NodeJS.ProcessEnv, purpose: Parameters<typeof checkSettings>[1] = { mode: 'start' }) => {
  const result = checkSettings(env, purpose);
  return result.ok ? [] : result.problems;
};

describe('token and id formats', () => {
  it('accepts three base64url parts as a token, and nothing else', () => {
    expect(isBotToken(TOKEN)).toBe(true);
    expect(isBotToken('MTA-standin.bot-token.for-tests')).toBe(false); // parts too short
    expect(isBotToken('a'.repeat(32))).toBe(false); // a client secret
    expect(isBotToken(`${TOKEN}.extra`)).toBe(false);
    expect(isBotToken(TOKEN.replace('.', ' '))).toBe(false);
  });

  it('accepts 17 to 20 digits as a snowflake', () => {
    expect(isSnowflake('12345678901234567')).toBe(true);
    expect(isSnowflake('12345678901234567890')).toBe(true);
    expect(isSnowflake('1234567890123456')).toBe(false);
    expect(isSnowflake('123456789012345678901')).toBe(false);
    expect(isSnowflake('12345678901234567a')).toBe(false);
  });

  it('reads the application id from the token', () => {
    expect(tokenApplicationId(TOKEN)).toBe(CLIENT);
    expect(tokenApplicationId('bm90LWFuLWlk.GaBcDe.x')).toBeUndefined();
  });

  it('a token that passes the check is also masked by the logger', () => {
    expect(redact(`token ${TOKEN} here`)).toBe('token [redacted] here');
  });
});

describe('checkSettings for npm start', () => {
  it('needs only the token, and fills in the defaults', () => {
    const result = checkSettings({ DISCORD_TOKEN: TOKEN }, { mode: 'start' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toMatchObject({
      token: TOKEN,
      apiBase: undefined,
      maxArticleBytes: 1024 * 1024,
      rateLimitPerMinute: 20,
      logFormat: 'json',
      logLevel: 'info',
    });
    expect(result.settings.seedsDir).toMatch(/seeds$/);
  });

  it('says when the token is missing', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN is not set: starting the bot needs the bot token/),
    ]);
    expect(problems({ DISCORD_TOKEN: '  ' })).toEqual([expect.stringMatching(/^DISCORD_TOKEN is not set/)]);
  });

  it('says why a token is malformed, without repeating it', () => {
    const secret = 'abcdefghijklmnopqrstuvwxyzABCDEF';
    const [p] = problems({ DISCORD_TOKEN: secret });
    expect(p).toMatch(/does not look like a Discord bot token.*client secret/);
    expect(p).not.toContain(secret);
    expect(problems({ DISCORD_TOKEN: 'ab'.repeat(32) })[0]).toMatch(/public key/);
    expect(problems({ DISCORD_TOKEN: 'one.two' })[0]).toMatch(/2 dot-separated parts/);
  });

  it('takes a token pasted with its "Bot " prefix or in quotes', () => {
    for (const pasted of [`Bot ${TOKEN}`, `"${TOKEN}"`, ` ${TOKEN} `]) {
      const result = checkSettings({ DISCORD_TOKEN: pasted }, { mode: 'start' });
      expect(result.ok && result.settings.token).toBe(TOKEN);
    }
  });

  it('checks ids when they are set, never echoing a token pasted in the wrong place', () => {
    expect(problems({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123' })).toEqual([
      expect.stringMatching(/^DISCORD_CLIENT_ID must be a Discord id \(17 to 20 digits\), got "123"/),
    ]);
    const [p] = problems({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: TOKEN });
    expect(p).toMatch(/^DISCORD_GUILD_ID must be a Discord id .* got a value of \d+ characters/);
    expect(p).not.toContain(TOKEN.split('.')[2]);
  });

  it('warns when the token and the client id belong to different applications', () => {
    const result = checkSettings({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '112233445566778899' }, { mode: 'start' });
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/different application/)]);
  });

  it('checks the API base, numbers and log settings', () => {
    expect(problems({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'http://127.0.0.1:5000/api/v10' })[0]).toMatch(
      /must not end with an API version.*use http:\/\/127\.0\.0\.1:5000\/api/,
    );
    expect(problems({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'discord.com' })[0]).toMatch(/must be an http\(s\) URL/);
    const ok = checkSettings(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'http://127.0.0.1:5000/api/' },
      { mode: 'start' },
    );
    expect(ok.ok && ok.settings.apiBase).toBe('http://127.0.0.1:5000/api');
    expect(problems({ DISCORD_TOKEN: TOKEN, MAX_ARTICLE_BYTES: '1.5' })[0]).toMatch(
      /MAX_ARTICLE_BYTES must be a whole number above 0/,
    );
    expect(problems({ DISCORD_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '-1' })[0]).toMatch(
      /RATE_LIMIT_PER_MINUTE must be a whole number \(0 or more\)/,
    );
    const off = checkSettings({ DISCORD_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '0' }, { mode: 'start' });
    expect(off.ok && off.settings.rateLimitPerMinute).toBe(0);
    expect(problems({ DISCORD_TOKEN: TOKEN, LOG_FORMAT: 'xml', LOG_LEVEL: 'loud' })).toHaveLength(2);
  });

  it('lists every problem at once', () => {
    expect(problems({ DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: 'y', MAX_ARTICLE_BYTES: 'z' })).toHaveLength(3);
  });
});

describe('checkSettings for npm run deploy', () => {
  it('needs the token, the client id and the guild id', () => {
    const ps = problems({}, { mode: 'deploy', global: false });
    expect(ps).toHaveLength(3);
    expect(ps[0]).toMatch(/^DISCORD_TOKEN is not set: deploying commands needs the bot token/);
    expect(ps[1]).toMatch(/^DISCORD_CLIENT_ID is not set.*General Information → Application ID/);
    expect(ps[2]).toMatch(/^DISCORD_GUILD_ID is not set.*--global.*Copy Server ID/);
  });

  it('does without the guild id when deploying globally', () => {
    expect(problems({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT }, { mode: 'deploy', global: true })).toEqual([]);
    expect(
      problems({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT }, { mode: 'deploy', global: false }),
    ).toHaveLength(1);
    const result = checkSettings(
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT, DISCORD_GUILD_ID: GUILD },
      { mode: 'deploy', global: false },
    );
    expect(result.ok && [result.settings.clientId, result.settings.guildId]).toEqual([CLIENT, GUILD]);
  });
});
