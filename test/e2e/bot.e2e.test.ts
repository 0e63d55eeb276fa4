/**
 * The bot end to end: `npm run deploy`, then the bot started as `npm start` starts it (tsx
 * src/main.ts with DISCORD_TOKEN set), talking to the local Discord stand-in over real HTTP and a
 * real gateway WebSocket with the real discord.js client. Nothing of the project is mocked.
 *
 * The tests run in order and share one bot process: the first command is sent while the knowledge
 * base is still loading (held a little by the test-only NEWS_BOT_TEST_LOAD_DELAY_MS).
 */
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { commandDefinitions } from '../../src/discord/definitions.ts';
import {
  type DiscordStandin,
  type InteractionOutcome,
  type Json,
  snowflake,
  startDiscordStandin,
} from '../support/discord-standin.ts';
import { BotProcess, type Finished, botEnv, run } from './bot-process.ts';
import {
  EPHEMERAL,
  MANAGER_PERMISSIONS,
  buttons,
  fakeToken,
  isEphemeral,
  newUser,
  string,
  textOf,
} from './discord-client.ts';
import { FIXTURES, type TempSeeds, makeSeeds } from './seeds.ts';

const APPLICATION_ID = snowflake();
const TOKEN = fakeToken(APPLICATION_ID);
const RATE_LIMIT = 6;

let standin: DiscordStandin;
let seeds: TempSeeds;
let deploy: Finished;
let bot: BotProcess;
let env: NodeJS.ProcessEnv;
const started = Date.now();

/** No violations, acknowledged within 3 s, and nobody mentioned. */
function expectClean(outcome: InteractionOutcome): void {
  expect(outcome.violations).toEqual([]);
  expect(outcome.ackMs).toBeLessThan(3000);
  expect(outcome.timedOut).toBe(false);
  for (const m of outcome.messages) {
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect(m.mentions).toEqual([]);
    expect(m.mention_everyone).toBe(false);
  }
}

beforeAll(async () => {
  standin = await startDiscordStandin({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    requireRegisteredCommands: true,
    timeoutMs: 8000,
  });
  seeds = makeSeeds();
  env = botEnv({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: standin.applicationId,
    DISCORD_GUILD_ID: standin.guildId,
    DISCORD_API_BASE: standin.apiBase,
    SEEDS_DIR: seeds.dir,
    CACHE_DIR: seeds.cacheDir,
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    // Test-only: /who Kaboom throws inside the router; the first load counts as unfinished until
    // 1.5 s after the gateway is ready, so the first command is deferred.
    NEWS_BOT_TEST_THROW: 'who=Kaboom',
    NEWS_BOT_TEST_LOAD_DELAY_MS: '1500',
    // Test-only: /add url: may fetch from the local page server on 127.0.0.1.
    ALLOW_PRIVATE_URLS: 'true',
  });
  deploy = await run('npm', ['run', '--silent', 'deploy'], env);
  bot = new BotProcess('src/main.ts', env);
});

afterAll(async () => {
  await bot?.stop('SIGKILL');
  await standin?.close();
  seeds?.remove();
  console.log(`bot e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // E2E_DEBUG=1 prints the bot's log, to see what it did.
  if (process.env.E2E_DEBUG) console.log(deploy?.stdout, bot?.lines.join('\n'));
});

describe('the bot, end to end', () => {
  it('deploys every command of COMMANDS and the message command, and prints their names but not the token', () => {
    expect(deploy.stderr).toBe('');
    expect(deploy.code).toBe(0);
    const expected = commandDefinitions();
    expect(expected.length).toBe(COMMANDS.size + 1);
    expect(deploy.stdout).toContain(`Registered ${expected.length} commands in server ${standin.guildId}`);
    for (const c of expected) expect(deploy.stdout).toContain(c.type === 3 ? `“${c.name}”` : `/${c.name}`);
    expect(deploy.stdout + deploy.stderr).not.toContain(TOKEN);

    const shape = (list: Json[]) =>
      list.map((c) => ({
        name: c.name,
        options: (c.options ?? []).map((o: Json) => ({
          name: o.name,
          type: o.type,
          max_length: o.max_length,
          autocomplete: o.autocomplete ?? false,
          required: o.required ?? false,
        })),
      }));
    const registered = standin.registeredCommands(standin.guildId);
    expect(shape(registered)).toEqual(shape(expected as Json[]));
    expect(standin.registeredCommands('global')).toEqual([]);
    // /add: Manage Server by default, servers only.
    const addCommand = registered.find((c) => c.name === 'add')!;
    expect(addCommand.default_member_permissions).toBe('32');
    expect(addCommand.contexts).toEqual([0]);
  });

  it(
    'defers commands sent while the articles load, then edits in the answer (or a private apology)',
    { timeout: 60_000 },
    async () => {
      const identify = await standin.waitForIdentify(30_000);
      expect(identify.intents).toBe(1); // Guilds only
      const [out, failed] = await Promise.all([
        standin.sendCommand({ name: 'who', options: [string('name', 'Belousov')], user: newUser(), timeoutMs: 20_000 }),
        // Throws (test hook) once the knowledge base is there: the public "thinking…" is removed and the apology is private.
        standin.sendCommand({
          name: 'who',
          options: [string('name', 'Kaboom')],
          user: newUser(),
          timeoutMs: 20_000,
          until: (o) => o.followups.length > 0,
        }),
      ]);
      expectClean(out);
      expect(out.callback?.type).toBe(5);
      expect(out.edits.map((e) => e.status)).toEqual([200]);
      expect(textOf(out.final)).toContain('Andrei Belousov');
      expect(isEphemeral(out)).toBe(false);

      expectClean(failed);
      expect(failed.callback?.type).toBe(5);
      expect(failed.deletes.map((d) => d.status)).toEqual([204]);
      expect(failed.messages).toHaveLength(1);
      expect(failed.messages[0].flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(textOf(failed.messages[0])).toMatch(/Sorry/);
      // It really was loading: the knowledge base was reported loaded after the command arrived.
      const loaded = await bot.waitForLog((e) => e.message === 'knowledge base loaded');
      expect(loaded.articles).toBe(seeds.count);
    },
  );

  it('answers every command at once, within limits, mentioning nobody', async () => {
    const inputs = [
      { name: 'ask', options: [string('question', 'Who did Belousov meet?')], expect: 'Belousov' },
      { name: 'who', options: [string('name', 'Lisken')], expect: 'Teodora Lisken' },
      { name: 'timeline', options: [], expect: 'Timeline' },
      { name: 'quotes', options: [string('speaker', 'Ferrante')], expect: 'Ferrante' },
      { name: 'articles', options: [], expect: `${seeds.count} articles` },
      { name: 'help', options: [], expect: '/who' },
    ];
    for (const input of inputs) {
      const out = await standin.sendCommand({ name: input.name, options: input.options, user: newUser() });
      expectClean(out);
      // A reply at once; a deferral only if this machine stalled the bot for over 1.5 s.
      expect([4, 5], input.name).toContain(out.callback?.type);
      expect(textOf(out.final), input.name).toContain(input.expect);
    }
  });

  it('suggests at most 25 names for /who, Andrei Belousov among them for "Bel"', async () => {
    const out = await standin.sendAutocomplete({
      name: 'who',
      options: [{ ...string('name', 'Bel'), focused: true }],
      user: newUser(),
    });
    expectClean(out);
    const choices = out.callback?.data?.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('Andrei Belousov');
  });

  it('shows the cited sentences privately when Sources is pressed on a /who reply', async () => {
    const who = await standin.sendCommand({ name: 'who', options: [string('name', 'Belousov')], user: newUser() });
    const sources = buttons(who.final).find((b) => b.label === 'Sources');
    expect(sources?.custom_id).toMatch(/^S:/);
    const out = await standin.sendButton({ customId: sources!.custom_id, message: who.final!, user: newUser() });
    expectClean(out);
    expect(out.callback?.type).toBe(4);
    expect(isEphemeral(out)).toBe(true);
    const shown = textOf(out.final);
    expect(shown).toContain('000_eb5dd61c9aed607a.txt');
    // Every quoted passage is the article's own text.
    const article = readFileSync(join(seeds.dir, '000_eb5dd61c9aed607a.txt'), 'utf8').replace(/\s+/g, ' ');
    // The cited words are in bold within their sentence.
    const quoted = shown
      .split('\n')
      .filter((l) => l.startsWith('> '))
      .map((l) => l.slice(2).replace(/\*\*/g, '').replace(/…$/, ''));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(article).toContain(q.slice(0, 80));
    expect(quoted.some((q) => q.includes('Belousov'))).toBe(true);
  });

  it('turns the page of a long /timeline and of /articles by updating the message', async () => {
    for (const name of ['timeline', 'articles']) {
      const first = await standin.sendCommand({ name, user: newUser() });
      expect(textOf(first.final)).toMatch(/Page 1 of [2-9]/);
      const next = buttons(first.final).find((b) => /Next/.test(b.label));
      expect(next?.custom_id).toBe(`P|${name}|2|`);
      const out = await standin.sendButton({ customId: next!.custom_id, message: first.final!, user: newUser() });
      expectClean(out);
      expect(out.callback?.type, name).toBe(7);
      expect(out.final?.id).toBe(first.final?.id); // the same message, updated
      expect(textOf(out.final)).toMatch(/Page 2 of [2-9]/);
      if (name === 'articles') expect(textOf(out.final)).toMatch(/harbour-\d\d\.txt/);
    }
  });

  it('answers stale or unreadable buttons politely and privately', async () => {
    const stale = await standin.sendButton({
      customId: 'S|0123456789:0-a',
      message: { content: 'an old reply' },
      user: newUser(),
    });
    expectClean(stale);
    expect(isEphemeral(stale)).toBe(true);
    expect(textOf(stale.final)).toMatch(/no longer available/);
    const unreadable = await standin.sendButton({
      customId: 'x:legacy-button',
      message: { content: 'an old reply' },
      user: newUser(),
    });
    expectClean(unreadable);
    expect(isEphemeral(unreadable)).toBe(true);
    expect(textOf(unreadable.final)).toMatch(/older version of the bot/);
  });

  it('/add with an attachment saves the article, reports who is in it, and /who finds them', async () => {
    const content = readFileSync(join(FIXTURES, 'incoming', '06_velmark_runoff.txt'));
    const out = await standin.sendCommand({
      name: 'add',
      options: [{ name: 'file', type: 11, value: '06_velmark_runoff.txt' }],
      attachments: [{ filename: '06_velmark_runoff.txt', content, contentType: 'text/plain; charset=utf-8' }],
      memberPermissions: MANAGER_PERMISSIONS,
      user: newUser('manager'),
      timeoutMs: 15_000,
    });
    expectClean(out);
    expect(out.callback?.type).toBe(5); // deferred: downloads can be slow
    expect(isEphemeral(out)).toBe(true);
    const told = textOf(out.final);
    expect(told).toContain('Added:');
    expect(told).toContain('Laila Haddad');
    expect(told).toContain('Samir Haddad');
    expect(readFileSync(join(seeds.dir, '06_velmark_runoff.txt')).equals(content)).toBe(true);

    const who = await standin.sendCommand({ name: 'who', options: [string('name', 'Laila Haddad')], user: newUser() });
    expectClean(who);
    expect(textOf(who.final)).toMatch(/mayor/i);

    // The same file again is refused, privately, with the store's reason.
    const again = await standin.sendCommand({
      name: 'add',
      options: [{ name: 'file', type: 11 }],
      attachments: [{ filename: 'runoff-copy.txt', content, contentType: 'text/plain' }],
      memberPermissions: MANAGER_PERMISSIONS,
      user: newUser('manager'),
    });
    expectClean(again);
    expect(isEphemeral(again)).toBe(true);
    expect(textOf(again.final)).toMatch(/already loaded/);
  });

  it('/add refuses members without Manage Server, and wrong file types before downloading', async () => {
    const files = () => readdirSync(seeds.dir).sort();
    const before = files();
    const refused = await standin.sendCommand({
      name: 'add',
      options: [{ name: 'file', type: 11 }],
      attachments: [{ filename: 'mine.txt', content: 'PARIS (Reuters) - Someone wrote something on Monday.' }],
      user: newUser('member'),
    });
    expectClean(refused);
    expect(refused.callback?.type).toBe(4);
    expect(isEphemeral(refused)).toBe(true);
    expect(textOf(refused.final)).toMatch(/Manage Server/);

    const pdf = await standin.sendCommand({
      name: 'add',
      options: [{ name: 'file', type: 11 }],
      attachments: [{ filename: 'report.pdf', content: '%PDF-1.7 not an article' }],
      memberPermissions: MANAGER_PERMISSIONS,
      user: newUser('manager'),
    });
    expectClean(pdf);
    expect(isEphemeral(pdf)).toBe(true);
    expect(textOf(pdf.final)).toMatch(/\.txt and \.md/);
    expect(standin.requests.some((r) => r.path.includes('report.pdf'))).toBe(false);
    expect(files()).toEqual(before);
  });

  it('/add url: fetches a page, saves its story, and /who finds its people; a non-page is refused privately', async () => {
    const pages = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<html><head><title>Ferry</title><meta property="og:site_name" content="The Island Post"></head><body><nav><a href="/">Home</a></nav><article><h1>Island ferry cuts winter sailings</h1>
<p>The island's ferry operator said on Wednesday it would halve its winter sailings from November, blaming the rising cost of fuel and a shortage of crew for the smaller boats.</p>
<p>Harbour master Ines Varga said the cut would leave the island's clinic without a daily visiting doctor for most of the winter, and islanders planned a protest on Saturday.</p>
<p>"We will be cut off for days at a time," Varga told a meeting in the harbour hall.</p></article><footer>© 2025 The Island Post</footer></body></html>`);
      } else {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(Buffer.from([0xff, 0xd8, 0xff]));
      }
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    try {
      const manager = newUser('manager');
      const out = await standin.sendCommand({
        name: 'add',
        options: [string('url', `${base}/story`)],
        memberPermissions: MANAGER_PERMISSIONS,
        user: manager,
        timeoutMs: 15_000,
      });
      expectClean(out);
      expect(out.callback?.type).toBe(5);
      expect(isEphemeral(out)).toBe(true);
      expect(textOf(out.final)).toContain('Added: Island ferry cuts winter sailings');
      expect(textOf(out.final)).toContain('Ines Varga');
      const saved = readFileSync(join(seeds.dir, 'island-ferry-cuts-winter-sailings.md'), 'utf8');
      expect(saved).toContain(`url: ${base}/story`);
      expect(saved).not.toContain('©');
      const who = await standin.sendCommand({ name: 'who', options: [string('name', 'Ines Varga')], user: newUser() });
      expect(textOf(who.final)).toMatch(/harbour master/i);

      const before = readdirSync(seeds.dir).sort();
      const image = await standin.sendCommand({
        name: 'add',
        options: [string('url', `${base}/photo.jpg`)],
        memberPermissions: MANAGER_PERMISSIONS,
        user: manager,
      });
      expectClean(image);
      expect(isEphemeral(image)).toBe(true);
      expect(textOf(image.final)).toMatch(/an image \(image\/jpeg\), not a web page/);
      const scheme = await standin.sendCommand({
        name: 'add',
        options: [string('url', 'file:///etc/passwd')],
        memberPermissions: MANAGER_PERMISSIONS,
        user: manager,
      });
      expect(textOf(scheme.final)).toMatch(/Only http and https/);
      expect(readdirSync(seeds.dir).sort()).toEqual(before);
    } finally {
      pages.closeAllConnections();
      await new Promise((resolve) => pages.close(resolve));
    }
  });

  it('/add without a file opens a form, and its text becomes an article', async () => {
    const manager = newUser('manager');
    const shown = await standin.sendCommand({ name: 'add', memberPermissions: MANAGER_PERMISSIONS, user: manager });
    expectClean(shown);
    expect(shown.callback?.type).toBe(9);
    expect(shown.callback?.data?.custom_id).toBe('add-article');
    const text = [
      'KESSEL, June 3 (Reuters) - Harbour pilots in Kessel walked off the job on Monday over pay, stranding 14 cargo ships outside the port.',
      '',
      'Union leader Mira Okonkwo said the strike would last until the port authority made a new offer.',
    ].join('\n');
    const out = await standin.sendModalSubmit({
      customId: 'add-article',
      fields: [
        { customId: 'title', value: 'Kessel harbour pilots strike' },
        { customId: 'text', value: text },
      ],
      memberPermissions: MANAGER_PERMISSIONS,
      user: manager,
      timeoutMs: 15_000,
    });
    expectClean(out);
    expect(isEphemeral(out)).toBe(true);
    expect(textOf(out.final)).toContain('Added: Kessel harbour pilots strike');
    expect(textOf(out.final)).toContain('Mira Okonkwo');
    expect(existsSync(join(seeds.dir, 'kessel-harbour-pilots-strike.md'))).toBe(true);
    const who = await standin.sendCommand({ name: 'who', options: [string('name', 'Okonkwo')], user: newUser() });
    expect(textOf(who.final)).toContain('Mira Okonkwo');
  });

  it('answers a handler that throws with a private apology, and logs it with its context', async () => {
    const user = newUser();
    const out = await standin.sendCommand({ name: 'who', options: [string('name', 'Kaboom')], user });
    expectClean(out);
    expect(out.callback?.type).toBe(4);
    expect(isEphemeral(out)).toBe(true);
    expect(textOf(out.final)).toMatch(/Sorry/);
    const logged = await bot.waitForLog((e) => e.message === 'interaction failed' && e.user === user.id);
    expect(logged).toMatchObject({ level: 'error', command: 'who', options: { name: 'Kaboom' } });
    expect(JSON.stringify((logged.error as Json).message)).toMatch(/NEWS_BOT_TEST_THROW/);
  });

  it('finds the people of an article copied into the seeds folder while it runs', async () => {
    await bot.waitForLog((e) => e.message === 'watching the seeds folder');
    const copied = Date.now();
    copyFileSync(join(FIXTURES, 'incoming', '04_estavia_cholera.txt'), join(seeds.dir, '04_estavia_cholera.txt'));
    let found = false;
    while (!found && Date.now() - copied < 10_000) {
      const out = await standin.sendCommand({
        name: 'who',
        options: [string('name', 'Irene Castellan')],
        user: newUser(),
      });
      expectClean(out);
      found = /health minister/i.test(textOf(out.final));
      if (!found) await new Promise((r) => setTimeout(r, 200));
    }
    expect(found).toBe(true);
    expect(Date.now() - copied).toBeLessThan(10_000);
  });

  it('slows down a user past the rate limit, kindly and privately; autocomplete is not counted', async () => {
    const user = newUser('eager');
    const outcomes: InteractionOutcome[] = [];
    for (let i = 0; i <= RATE_LIMIT; i++) outcomes.push(await standin.sendCommand({ name: 'help', user }));
    for (const out of outcomes) expectClean(out);
    expect(outcomes.slice(0, RATE_LIMIT).every((o) => !/try again in/.test(textOf(o.final)))).toBe(true);
    const last = outcomes[RATE_LIMIT];
    expect(isEphemeral(last)).toBe(true);
    expect(textOf(last.final)).toMatch(/limit is 6 a minute.*try again in \d+ seconds?/s);
    const suggest = await standin.sendAutocomplete({
      name: 'who',
      options: [{ ...string('name', 'Ferr'), focused: true }],
      user,
    });
    expectClean(suggest);
    expect((suggest.callback?.data?.choices as Json[]).map((c) => c.value)).toContain('Lucia Ferrante');
  });

  it('stops on SIGTERM with exit code 0; its stderr is JSON lines without the token', async () => {
    const exit = await bot.stop('SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(bot.lines.length).toBeGreaterThan(5);
    for (const line of bot.lines) expect(() => JSON.parse(line), line).not.toThrow();
    const stderr = bot.lines.join('\n');
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(TOKEN.split('.')[2]);
    expect(bot.logs.map((e) => e.message)).toEqual(
      expect.arrayContaining(['connected to Discord', 'shutting down', 'stopped']),
    );
    expect(standin.violations()).toEqual([]);
    expect(standin.unknownRequests).toEqual([]);
  });
});

describe('npm run start:sharded', () => {
  // Two processes start here (the manager, then the shard), so allow for a slow machine.
  it(
    'runs the bot as shard 0 of 1 through ShardingManager, answers, and stops on SIGTERM',
    { timeout: 60_000 },
    async () => {
      // The single bot above has gone; wait until the stand-in saw its gateway close.
      for (let i = 0; i < 50 && standin.isConnected(); i++) await new Promise((r) => setTimeout(r, 100));
      const sharded = new BotProcess('src/discord/sharded.ts', {
        ...env,
        NEWS_BOT_TEST_LOAD_DELAY_MS: '',
        NEWS_BOT_TEST_THROW: '',
      });
      try {
        // Fail fast, with the manager's log, if it exits before a shard connects.
        const exitedEarly = sharded.exited.then((exit) =>
          Promise.reject(new Error(`start:sharded exited early (${JSON.stringify(exit)})`)),
        );
        const identify = await Promise.race([standin.waitForIdentify(45_000), exitedEarly]).catch((error: Error) => {
          throw new Error(`${error.message}\n${sharded.lines.join('\n')}`);
        });
        exitedEarly.catch(() => undefined);
        expect(identify.shard).toEqual([0, 1]); // the shard discord.js's manager asked for
        await sharded.waitForLog((e) => e.message === 'knowledge base loaded');
        const out = await standin.sendCommand({ name: 'who', options: [string('name', 'Castellan')], user: newUser() });
        expectClean(out);
        expect(textOf(out.final)).toContain('Irene Castellan');
        expect(await sharded.stop('SIGTERM')).toEqual({ code: 0, signal: null });
        for (const line of sharded.lines) expect(() => JSON.parse(line), line).not.toThrow();
        expect(sharded.lines.join('\n')).not.toContain(TOKEN);
        expect(sharded.logs.map((e) => e.message)).toEqual(
          expect.arrayContaining(['all shards ready', 'stopping shards', 'stopped']),
        );
      } finally {
        await sharded.stop('SIGKILL');
      }
    },
  );
});
