/**
 * Sources, end to end, on the dev2 articles (a copy in test/fixtures/dev2): the bot as `npm start`
 * runs it, the real discord.js client, the local Discord stand-in. For /ask, /who, /quotes and
 * /timeline, every [n] of the reply is in its Sources view under the same number, the view lists
 * every citation of the reply in order (over its own pages when long), and the claim a reply marks
 * [n] is part of the sentence Sources gives for [n]. A Sources button still works after a restart;
 * pressing buttons does not use up a user's commands.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/render/markdown.ts';
import {
  type DiscordStandin,
  type InteractionOutcome,
  type Json,
  type StandinMessage,
  snowflake,
  startDiscordStandin,
} from '../support/discord-standin.ts';
import { BotProcess, ROOT, botEnv, run } from './bot-process.ts';
import { buttons, fakeToken, isEphemeral, newUser, string } from './discord-client.ts';
import { displayText } from '../../src/corpus/display-text.ts';

const APPLICATION_ID = snowflake();
const TOKEN = fakeToken(APPLICATION_ID);
const RATE_LIMIT = 4;

let standin: DiscordStandin;
let base: string;
let seeds: string;
let env: NodeJS.ProcessEnv;
let bot: BotProcess;
const texts = new Map<string, string>();

/** Whitespace collapsed, and straight and curly quotes alike: a role may be shown with typographic apostrophes. */
const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();

function expectClean(outcome: InteractionOutcome): void {
  expect(outcome.violations).toEqual([]);
  expect(outcome.timedOut).toBe(false);
}

/** A reply's list lines with the footnote numbers they carry, and every [n] anywhere in the reply. */
function claimsOf(message: StandinMessage): { claims: { text: string; cites: number[] }[]; marks: Set<number> } {
  const claims: { text: string; cites: number[] }[] = [];
  const marks = new Set<number>();
  for (const e of message.embeds) {
    for (const line of (e.description ?? '').split('\n')) {
      const m = /^• (?:\*\*(?:\\.|[^*])+\*\* )?([\s\S]*?) ((?:\[\d+\])+)…?$/.exec(line);
      if (!m) continue;
      const cites = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
      // The claim as written, without the quotation marks the reply adds, up to where it was shortened.
      const text = plainText(m[1])
        .replace(/^“([\s\S]*)”$/, '$1')
        .split('…')[0];
      expect(text.trim().length, line).toBeGreaterThan(0);
      claims.push({ text: flat(text), cites });
    }
    const all = [e.description ?? '', ...((e.fields ?? []) as Json[]).map((f) => f.value as string)].join('\n');
    for (const x of all.matchAll(/(?<!\\)\[(\d+)\]/g)) marks.add(Number(x[1]));
  }
  return { claims, marks };
}

interface SourceShown {
  n: number;
  file: string;
  paragraph: number;
  sentence: string;
  /** The cited words, which the view shows in bold within the sentence (the whole sentence when it is all cited). */
  cited: string;
}

/** Every page of a Sources view: presses Sources, then Next until the last page. */
async function sourcesOf(
  reply: StandinMessage,
  user: Json,
): Promise<{ shown: SourceShown[]; pages: number; customId: string }> {
  const button = buttons(reply).find((b) => b.label === 'Sources');
  expect(button, 'a Sources button').toBeDefined();
  let out = await standin.sendButton({ customId: button!.custom_id, message: reply, user });
  expectClean(out);
  expect(isEphemeral(out)).toBe(true);
  const shown: SourceShown[] = [];
  let pages = 0;
  for (;;) {
    const view = out.final!;
    pages++;
    for (const entry of (view.embeds[0].description ?? '').split('\n\n')) {
      const m = /^\*\*\[(\d+)\] [\s\S]+?\*\* \(([\s\S]+?), ¶(\d+)\)\n> ([\s\S]*)$/.exec(entry);
      if (!m) continue;
      const bold = /(?<!\\)\*\*([\s\S]+?)(?<!\\)\*\*/.exec(m[4]);
      const sentence = flat(plainText(m[4]));
      shown.push({
        n: Number(m[1]),
        file: plainText(m[2]),
        paragraph: Number(m[3]),
        sentence,
        cited: bold ? flat(plainText(bold[1])) : sentence,
      });
    }
    const next = buttons(view).find((b) => /Next/.test(b.label));
    if (!next || next.disabled) break;
    out = await standin.sendButton({ customId: next.custom_id, message: view, user });
    expectClean(out);
    expect(out.callback?.type).toBe(7); // the view's own page turns in place
    expect(pages).toBeLessThan(20);
  }
  return { shown, pages, customId: button!.custom_id };
}

beforeAll(async () => {
  standin = await startDiscordStandin({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    requireRegisteredCommands: true,
    timeoutMs: 15_000,
  });
  base = mkdtempSync(join(tmpdir(), 'newsbot-sources-'));
  seeds = join(base, 'seeds');
  cpSync(join(ROOT, 'test/fixtures/dev2/articles'), seeds, { recursive: true });
  env = botEnv({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: standin.applicationId,
    DISCORD_GUILD_ID: standin.guildId,
    DISCORD_API_BASE: standin.apiBase,
    SEEDS_DIR: seeds,
    CACHE_DIR: join(base, 'cache'),
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
  });
  const deploy = await run('npm', ['run', '--silent', 'deploy'], env);
  expect(deploy.code).toBe(0);
  bot = new BotProcess('src/main.ts', env);
  await bot.waitForLog((e) => e.message === 'knowledge base loaded', 60_000);
}, 90_000);

afterAll(async () => {
  await bot?.stop('SIGKILL');
  await standin?.close();
  if (base) rmSync(base, { recursive: true, force: true });
  if (process.env.E2E_DEBUG) console.log(bot?.lines.join('\n'));
});

const CASES = [
  { name: 'ask', options: [string('question', 'How many people on board survived the Hallvik crash?')] },
  { name: 'ask', options: [string('question', 'Why did rescuers have to use farm tractors to reach the wreck?')] },
  { name: 'ask', options: [string('question', "What did Kwaneta's central bank do with interest rates?")] },
  { name: 'who', options: [string('name', 'Sergei Dorokhin')] },
  { name: 'who', options: [string('name', 'Kaija Rautio')] },
  { name: 'quotes', options: [string('speaker', 'Rautio')] },
  { name: 'quotes', options: [] },
  { name: 'timeline', options: [] },
  { name: 'timeline', options: [string('about', 'Aeromarka')] },
];

describe('Sources shows exactly the citations of its reply', () => {
  let first: { reply: StandinMessage; customId: string; shown: SourceShown[] } | undefined;

  for (const c of CASES) {
    const typed = `/${c.name} ${c.options.map((o) => o.value).join(' ')}`.trim();
    it(
      `${typed}: every [n] is in Sources under the same number, and its claim is part of that sentence`,
      { timeout: 30_000 },
      async () => {
        const user = newUser();
        const out = await standin.sendCommand({ name: c.name, options: c.options, user });
        expectClean(out);
        const reply = out.final!;
        const { claims, marks } = claimsOf(reply);
        expect(claims.length, typed).toBeGreaterThan(0);
        const { shown, customId } = await sourcesOf(reply, user);
        // Every citation, numbered 1..N in the reply's order, none missing, none twice.
        expect(shown.map((s) => s.n)).toEqual(shown.map((_, i) => i + 1));
        for (const n of marks)
          expect(
            shown.some((s) => s.n === n),
            `[${n}] of ${typed} is in Sources`,
          ).toBe(true);
        const byNumber = new Map(shown.map((s) => [s.n, s]));
        for (const claim of claims) {
          // A timeline event told by several articles shows the first telling's words; the others tell it in their own.
          const checked = c.name === 'timeline' ? claim.cites.slice(0, 1) : claim.cites;
          for (const n of checked) {
            const source = byNumber.get(n)!;
            // A role may carry whose it is from elsewhere in the article ("the board's chief
            // investigator" shown as the board's name): then it is the cited words with that qualifier before them.
            if (c.name === 'who' && !source.sentence.includes(claim.text) && source.cited !== source.sentence) {
              expect(
                claim.text.endsWith(source.cited),
                `${typed}: [${n}] “${claim.text}” ends with “${source.cited}”`,
              ).toBe(true);
              expect(claim.text.slice(0, -source.cited.length)).toMatch(/^\S+'s $/);
              continue;
            }
            expect(source.sentence, `${typed}: [${n}] “${claim.text}”`).toContain(claim.text);
          }
        }
        // The sentence shown is the article's own text as shown (without link markup), in the paragraph named.
        for (const s of shown) {
          if (!texts.has(s.file)) texts.set(s.file, flat(displayText(readFileSync(join(seeds, s.file), 'utf8'))));
          expect(texts.get(s.file)).toContain(s.sentence.replace(/…$/, ''));
          expect(s.paragraph).toBeGreaterThan(0);
        }
        first ??= { reply, customId, shown };
      },
    );
  }

  it(
    'a long timeline page lists all its citations, over pages of the Sources view if need be',
    { timeout: 30_000 },
    async () => {
      const user = newUser();
      const page1 = await standin.sendCommand({ name: 'timeline', user });
      const next = buttons(page1.final).find((b) => /Next/.test(b.label))!;
      const page2 = await standin.sendButton({ customId: next.custom_id, message: page1.final!, user });
      expectClean(page2);
      const { marks } = claimsOf(page2.final!);
      const { shown } = await sourcesOf(page2.final!, user);
      expect(marks.size).toBeGreaterThan(8);
      expect(Math.max(...marks)).toBe(shown.length);
    },
  );

  it('still works after a restart: the button names a record kept under CACHE_DIR', { timeout: 60_000 }, async () => {
    expect(first).toBeDefined();
    await bot.stop('SIGTERM');
    for (let i = 0; i < 50 && standin.isConnected(); i++) await new Promise((r) => setTimeout(r, 100));
    bot = new BotProcess('src/main.ts', env);
    await bot.waitForLog((e) => e.message === 'knowledge base loaded', 60_000);
    const { shown } = await sourcesOf(first!.reply, newUser());
    expect(shown).toEqual(first!.shown);
  });

  it('says so when the sources of an unknown reply are asked for, without leading blank lines', async () => {
    const out = await standin.sendButton({
      customId: 'S:AAAAAAAAAAAAAAAA',
      message: { content: 'an old reply' },
      user: newUser(),
    });
    expectClean(out);
    expect(isEphemeral(out)).toBe(true);
    const description = out.final!.embeds[0].description as string;
    expect(description).toMatch(/^These sources are no longer available/);
  });

  it("page turns and Sources presses do not use up a user's commands", { timeout: 30_000 }, async () => {
    const user = newUser('reader');
    const first = await standin.sendCommand({ name: 'timeline', user });
    let message = first.final!;
    for (let i = 0; i < RATE_LIMIT + 2; i++) {
      const next =
        buttons(message).find((b) => /Next/.test(b.label) && !b.disabled) ??
        buttons(message).find((b) => /Previous/.test(b.label))!;
      const turned = await standin.sendButton({ customId: next.custom_id, message, user });
      expectClean(turned);
      expect(turned.callback?.type).toBe(7);
      message = turned.final!;
      const sources = await standin.sendButton({
        customId: buttons(message).find((b) => b.label === 'Sources')!.custom_id,
        message,
        user,
      });
      expect(sources.final!.embeds[0].title).toMatch(/^Sources/);
    }
    for (let i = 1; i < RATE_LIMIT; i++)
      expect((await standin.sendCommand({ name: 'help', user })).final!.embeds[0].title).not.toMatch(/slow/i);
    const over = await standin.sendCommand({ name: 'help', user });
    expect(isEphemeral(over)).toBe(true);
    expect(JSON.stringify(over.final!.embeds)).toMatch(/try again in \d+ seconds?/);
  });
});
