/**
 * What Discord users expect of an app now, end to end through the real discord.js client against
 * the local stand-in: the "Check in the articles" message command, commands in a DM and a group DM
 * (user install), private replies where Discord forces them, a choice between people of one name,
 * 👍/👎 feedback written to the log, the timeline picture, and topic autocomplete. The commands are
 * registered globally (`npm run deploy -- --global`), as user install requires.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DiscordStandin,
  type InteractionOutcome,
  type Json,
  type StandinMessage,
  snowflake,
  startDiscordStandin,
} from '../support/discord-standin.ts';
import { BotProcess, type Finished, botEnv, run } from './bot-process.ts';
import { EPHEMERAL, buttons, fakeToken, isEphemeral, newUser, string, textOf } from './discord-client.ts';
import { FIXTURES, type TempSeeds, makeSeeds } from './seeds.ts';

const APPLICATION_ID = snowflake();
const TOKEN = fakeToken(APPLICATION_ID);
const RATE_LIMIT = 4;
const CHECK = 'Check in the articles';
/** The member's permissions without USE_EXTERNAL_APPS (1 << 50): the server keeps members' apps private. */
const NO_EXTERNAL_APPS = '2147601472';

let standin: DiscordStandin;
let seeds: TempSeeds;
let deploy: Finished;
let bot: BotProcess;
let feedbackLog: string;

function expectClean(outcome: InteractionOutcome): void {
  expect(outcome.violations).toEqual([]);
  expect(outcome.ackMs).toBeLessThan(3000);
  expect(outcome.timedOut).toBe(false);
  for (const m of outcome.messages) expect(m.allowed_mentions).toEqual({ parse: [] });
}

function selects(message: StandinMessage | null | undefined): Json[] {
  return (message?.components ?? [])
    .flatMap((row: Json) => (row.components ?? []) as Json[])
    .filter((c) => c.type === 3);
}

const article = (name: string) => readFileSync(join(seeds.dir, name), 'utf8');

beforeAll(async () => {
  standin = await startDiscordStandin({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    requireRegisteredCommands: true,
    timeoutMs: 10_000,
  });
  seeds = makeSeeds(0);
  // Two people named Haddad, for the choice.
  copyFileSync(join(FIXTURES, 'incoming', '06_velmark_runoff.txt'), join(seeds.dir, '06_velmark_runoff.txt'));
  feedbackLog = join(seeds.cacheDir, 'ratings', 'feedback.jsonl');
  const env = botEnv({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: standin.applicationId,
    DISCORD_API_BASE: standin.apiBase,
    SEEDS_DIR: seeds.dir,
    CACHE_DIR: seeds.cacheDir,
    FEEDBACK_LOG: feedbackLog,
    LOG_FORMAT: 'json',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
  });
  deploy = await run('npm', ['run', '--silent', 'deploy', '--', '--global'], env);
  bot = new BotProcess('src/main.ts', env);
  await standin.waitForIdentify(30_000);
  await bot.waitForLog((e) => e.message === 'knowledge base loaded', 40_000);
});

afterAll(async () => {
  await bot?.stop('SIGKILL');
  await standin?.close();
  seeds?.remove();
  if (process.env.E2E_DEBUG) console.log(deploy?.stdout, deploy?.stderr, bot?.lines.join('\n'));
});

describe('the bot anywhere, end to end', () => {
  it('registers every command for both installs and every context, /add for servers only, and the message command without description or options', () => {
    expect(deploy.stderr).toBe('');
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toContain(`“${CHECK}” (on a message)`);
    const registered = standin.registeredCommands('global');
    expect(registered.length).toBe(8);
    for (const c of registered) {
      if (c.name === 'add') {
        expect(c.integration_types).toEqual([0]);
        expect(c.contexts).toEqual([0]);
        expect(c.default_member_permissions).toBe('32');
      } else {
        expect(c.integration_types, c.name).toEqual([0, 1]);
        expect(c.contexts, c.name).toEqual([0, 1, 2]);
      }
    }
    const check = registered.find((c) => c.name === CHECK)!;
    expect(check.type).toBe(3);
    expect(check.description).toBe('');
    expect(check.options ?? []).toEqual([]);
    // The stand-in judged the bodies (its own rules and Discord's schema) and found nothing.
    expect(standin.violations()).toEqual([]);
  });

  it('checks a message against the articles: the sentences that bear on it, cited, privately, and no verdict', async () => {
    const claim = 'Laila Haddad won the presidential runoff with 54.6% of the vote.';
    const out = await standin.sendCommand({
      name: CHECK,
      commandType: 3,
      targetMessage: { content: claim },
      user: newUser(),
    });
    expectClean(out);
    expect(isEphemeral(out)).toBe(true);
    const shown = textOf(out.final);
    expect(shown).toContain('The articles say:');
    expect(shown).toContain('won Sunday’s presidential runoff with 54.6% of the vote');
    expect(shown).toMatch(/Sources/);
    expect(shown).not.toMatch(/\b(true|false|correct|incorrect|confirmed|debunked)\b/i);
    // The quoted sentence is the article's own text.
    const quoted = /“([^”]*?54\.6% of the vote[^”]*?)/.exec(shown)?.[1];
    expect(article('06_velmark_runoff.txt')).toContain(quoted!.slice(0, 60));
    expect(buttons(out.final).map((b) => b.label)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));
  });

  it('says the articles say nothing about a message they do not bear on', async () => {
    const out = await standin.sendCommand({
      name: CHECK,
      commandType: 3,
      targetMessage: { content: 'My cat prefers the blue sofa to the red armchair, and spring weather is lovely.' },
      user: newUser(),
    });
    expectClean(out);
    expect(isEphemeral(out)).toBe(true);
    expect(textOf(out.final)).toContain('The articles say nothing about this.');
    expect(textOf(out.final)).not.toContain('The articles say:');
  });

  it('answers in a direct message with no guild, and in a group DM through a user install', async () => {
    const dm = await standin.sendCommand({
      name: 'who',
      options: [string('name', 'Belousov')],
      place: 'bot-dm',
      installs: ['user'],
      user: newUser(),
    });
    expectClean(dm);
    expect(dm.payload.guild_id).toBeUndefined();
    expect(dm.payload.member).toBeUndefined();
    expect(dm.payload.context).toBe(1);
    expect(textOf(dm.final)).toContain('Andrei Belousov');
    expect(dm.final?.guild_id).toBeUndefined();

    const group = await standin.sendCommand({
      name: 'timeline',
      options: [string('about', 'Valdoria')],
      place: 'group-dm',
      user: newUser(),
    });
    expectClean(group);
    expect(group.payload.context).toBe(2);
    expect(group.payload.authorizing_integration_owners).toEqual({ '1': group.payload.user.id });
    expect(textOf(group.final)).toContain('Timeline: Valdoria');

    const checked = await standin.sendCommand({
      name: CHECK,
      commandType: 3,
      place: 'bot-dm',
      installs: ['user'],
      targetMessage: { content: 'Putin and Xi pledged a new era of partnership.' },
      user: newUser(),
    });
    expectClean(checked);
    expect(textOf(checked.final)).toContain('The articles say:');
  });

  it('replies privately in a server that has the app only through a user install and keeps members’ apps private', async () => {
    const out = await standin.sendCommand({
      name: 'who',
      options: [string('name', 'Lisken')],
      installs: ['user'],
      memberPermissions: NO_EXTERNAL_APPS,
      user: newUser(),
    });
    expectClean(out); // the stand-in flags a public reply there
    expect(isEphemeral(out)).toBe(true);
    expect(textOf(out.final)).toContain('Teodora Lisken');
  });

  it('offers a choice when several people fit a name, and the choice shows that person', async () => {
    const user = newUser();
    const who = await standin.sendCommand({ name: 'who', options: [string('name', 'Haddad')], user });
    expectClean(who);
    const listed = textOf(who.final);
    expect(listed).toMatch(/Laila Haddad.*mayor.*Velmark/);
    expect(listed).toMatch(/Samir Haddad.*finance minister/);
    const [menu] = selects(who.final);
    expect(menu.custom_id).toBe('W|who');
    expect(menu.custom_id.length).toBeLessThanOrEqual(100);
    expect(menu.options.map((o: Json) => o.value).sort()).toEqual(['Laila Haddad', 'Samir Haddad']);

    // The asker's message becomes the answer.
    const chosen = await standin.sendComponent({
      customId: menu.custom_id,
      componentType: 3,
      values: ['Laila Haddad'],
      message: who.final!,
      user,
    });
    expectClean(chosen);
    expect(chosen.callback?.type).toBe(7);
    expect(chosen.final?.id).toBe(who.final?.id);
    expect(textOf(chosen.final)).toMatch(/^Laila Haddad/);
    expect(textOf(chosen.final)).toMatch(/mayor/);
    expect(selects(chosen.final)).toEqual([]);

    // Someone else who chooses gets the answer privately; the asker's message stays.
    const quotes = await standin.sendCommand({
      name: 'quotes',
      options: [string('speaker', 'Haddad')],
      user: newUser(),
    });
    expectClean(quotes);
    const [quoteMenu] = selects(quotes.final);
    expect(quoteMenu.custom_id).toBe('W|quotes');
    const other = await standin.sendComponent({
      customId: quoteMenu.custom_id,
      componentType: 3,
      values: ['Samir Haddad'],
      message: quotes.final!,
      user: newUser(),
    });
    expectClean(other);
    expect(other.callback?.type).toBe(4);
    expect(isEphemeral(other)).toBe(true);
    expect(textOf(other.final)).toContain('I have called the president-elect');
  });

  it('writes a 👎 press to the feedback log, thanks privately, and never counts it against the rate limit', async () => {
    const user = newUser('rater');
    const answers: InteractionOutcome[] = [];
    for (const name of ['Belousov', 'Lisken', 'Ferrante', 'Castagne'].slice(0, RATE_LIMIT))
      answers.push(await standin.sendCommand({ name: 'who', options: [string('name', name)], user }));
    const answer = answers[0];
    const notHelpful = buttons(answer.final).find((b) => b.label === 'Not helpful')!;
    expect(notHelpful.emoji).toEqual({ name: '👎' });
    expect(notHelpful.custom_id.length).toBeLessThanOrEqual(100);
    // The user has used up the minute's commands; the press still counts.
    const press = await standin.sendButton({ customId: notHelpful.custom_id, message: answer.final!, user });
    expectClean(press);
    expect(isEphemeral(press)).toBe(true);
    expect(textOf(press.final)).toMatch(/Thanks/);
    expect(textOf(press.final)).not.toMatch(/try again in/);
    const helpful = buttons(answers[1].final).find((b) => b.label === 'Helpful')!;
    expect(helpful.emoji).toEqual({ name: '👍' });
    expect(
      textOf((await standin.sendButton({ customId: helpful.custom_id, message: answers[1].final!, user })).final),
    ).toMatch(/Thanks/);
    const slowed = await standin.sendCommand({ name: 'help', user });
    expect(textOf(slowed.final)).toMatch(/try again in/);

    const lines = readFileSync(feedbackLog, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    const mine = lines.filter((l) => l.user === createHash('sha256').update(user.id).digest('hex'));
    expect(mine.map((l) => l.verdict)).toEqual(['not helpful', 'helpful']);
    const [line] = mine;
    expect(Object.keys(line).sort()).toEqual([
      'answer',
      'citations',
      'command',
      'guild',
      'options',
      'time',
      'user',
      'verdict',
    ]);
    expect(line).toMatchObject({ guild: standin.guildId, command: 'who', options: { name: 'Belousov' } });
    expect(Date.now() - Date.parse(line.time)).toBeLessThan(60_000);
    expect(line.citations.length).toBeGreaterThan(0);
    for (const c of line.citations) {
      expect(Object.keys(c).sort()).toEqual(['end', 'file', 'start']);
      expect(article(c.file).slice(c.start, c.end)).not.toBe('');
    }
    expect(line.citations.some((c: Json) => article(c.file).slice(c.start, c.end).includes('Belousov'))).toBe(true);
    // Nothing else about the user: not the id, not the name.
    const raw = readFileSync(feedbackLog, 'utf8');
    expect(raw).not.toContain(user.id);
    expect(raw).not.toContain(user.username);

    const report = await run('npm', ['run', '--silent', 'feedback', '--', '--log', feedbackLog], process.env);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/\/who\s+1\s+1\n/);
    // A second press by the same person on the same answer replaces the first.
    await standin.sendButton({ customId: helpful.custom_id.replace('F|h|', 'F|n|'), message: answers[1].final!, user });
    const changed = await run('npm', ['run', '--silent', 'feedback', '--', '--log', feedbackLog], process.env);
    expect(changed.stdout).toMatch(/\/who\s+2\s+0\n/);
  });

  it('attaches a timeline picture: a real PNG the embed shows', { timeout: 40_000 }, async () => {
    const out = await standin.sendCommand({
      name: 'timeline',
      options: [string('about', 'Valdoria'), { name: 'picture', type: 5, value: true }],
      user: newUser(),
      timeoutMs: 20_000,
    });
    expectClean(out);
    expect(out.callback?.type).toBe(5); // drawing takes a moment: deferred first
    const upload = [...out.edits, ...out.followups].flatMap((e) => e.files).find((f) => f.filename === 'timeline.png');
    expect(upload).toBeDefined();
    expect([...upload!.data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(upload!.size).toBeGreaterThan(1024);
    expect(out.final?.attachments.map((a) => a.filename)).toContain('timeline.png');
    expect(out.final?.embeds[0].image?.url).toBe('attachment://timeline.png');
    expect(textOf(out.final)).toContain('Timeline: Valdoria');
    expect(out.final!.flags & EPHEMERAL).toBe(0);
  });

  it('suggests topics and organisations as well as people for /timeline about and /quotes speaker', async () => {
    const topic = await standin.sendAutocomplete({
      name: 'timeline',
      options: [{ ...string('about', 'tal'), focused: true }],
      user: newUser(),
    });
    expectClean(topic);
    const choices = topic.callback?.data?.choices as { name: string; value: string }[];
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices).toContainEqual({ name: expect.stringMatching(/^talks · topic · \d+ articles?$/), value: 'talks' });
    for (const c of choices) expect([...c.name].length).toBeLessThanOrEqual(100);

    const organisation = await standin.sendAutocomplete({
      name: 'quotes',
      options: [{ ...string('speaker', 'Bank'), focused: true }],
      user: newUser(),
    });
    expectClean(organisation);
    const names = organisation.callback?.data?.choices as { name: string; value: string }[];
    expect(names).toContainEqual({
      name: expect.stringMatching(/^Bank of Marenland · organisation/),
      value: 'Bank of Marenland',
    });

    // With nothing typed, the most talked-about come first: never more than 25.
    const all = await standin.sendAutocomplete({
      name: 'timeline',
      options: [{ ...string('about', ''), focused: true }],
      user: newUser(),
    });
    const listed = all.callback?.data?.choices as { name: string; value: string }[];
    expect(listed.length).toBe(25);
    const counts = listed.map((c) => Number(/· (\d+) articles?$/.exec(c.name)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('left no violations and no unknown requests', async () => {
    expect(standin.violations()).toEqual([]);
    expect(standin.unknownRequests).toEqual([]);
    expect(existsSync(feedbackLog)).toBe(true);
  });
});
