/**
 * Tests of the Discord stand-in itself, driven by a bare discord.js Client
 * (not our bot): if these pass, the real client library can log in to the
 * stand-in and every answer path is recorded and checked.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  ModalBuilder,
  REST,
  Routes,
  TextInputBuilder,
  TextInputStyle,
  MessageFlags,
  type Interaction,
} from 'discord.js';
import { startDiscordStandin, type DiscordStandin } from './support/discord-standin.ts';
import {
  checkAutocompleteChoices,
  checkEmbeds,
  checkMessageComponents,
  checkMessagePayload,
  checkModal,
} from './support/discord-limits.ts';

const TOKEN = 'MTA-standin.bot-token.for-tests';
const NO_PINGS = { parse: [] as [] };

let standin: DiscordStandin;
let client: Client;
/** What the bare client does with the next interactions; each test sets its own. */
let handler: (i: Interaction) => Promise<void> = async () => {};
const handlerErrors: unknown[] = [];

beforeAll(async () => {
  standin = await startDiscordStandin({ token: TOKEN });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
  client.on(Events.InteractionCreate, (i) => {
    handler(i).catch((err: unknown) => handlerErrors.push(err));
  });
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await standin?.close();
});

/** Runs `fn`, returning the DiscordAPIError it throws (or undefined). */
async function apiError(fn: () => Promise<unknown>): Promise<DiscordAPIError | undefined> {
  try {
    await fn();
    return undefined;
  } catch (err) {
    if (err instanceof DiscordAPIError) return err;
    throw err;
  }
}

describe('gateway and login', () => {
  it('lets a real discord.js client reach ready', async () => {
    const info = await standin.waitForIdentify(1000);
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(standin.applicationId);
    expect(client.application?.id).toBe(standin.applicationId);
    expect(client.guilds.cache.get(standin.guildId)?.available).toBe(true);
    expect(client.channels.cache.has(standin.channelId)).toBe(true);
    expect(info.intents).toBe(GatewayIntentBits.Guilds);
    // discord.js asks for v10 JSON and, without zlib-sync installed, no compression.
    expect(info.query).toEqual({ v: '10', encoding: 'json' });
    // Login needs only GET /gateway/bot, authenticated as a bot.
    const gw = standin.requests.find((r) => r.path === '/api/v10/gateway/bot');
    expect(gw?.authorized).toBe(true);
    expect(standin.requests.some((r) => r.path.includes('@me'))).toBe(false);
  });

  it('rejects a wrong token with 401 like Discord', async () => {
    const other = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
    await expect(other.login('wrong-token')).rejects.toThrow(/token/i);
    await other.destroy();
    expect(standin.requests.some((r) => r.path === '/api/v10/gateway/bot' && r.status === 401)).toBe(true);
  });

  it('speaks zlib-stream when a client asks for it', async () => {
    const ws = new WebSocket(`${standin.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = zlib.createInflate();
    const [frame] = (await once(ws, 'message')) as [Buffer];
    inflate.write(frame);
    const [text] = (await once(inflate, 'data')) as [Buffer];
    expect(JSON.parse(text.toString()).op).toBe(10);
    ws.close();
  });
});

describe('raw gateway protocol', () => {
  // A separate stand-in, so these raw sessions never take interactions meant for the client above.
  let raw: DiscordStandin;
  beforeAll(async () => {
    raw = await startDiscordStandin({ token: TOKEN });
  });
  afterAll(async () => {
    await raw.close();
  });

  /** Opens a gateway socket and returns it with a queue of parsed frames. */
  async function connect(): Promise<{ ws: WebSocket; next: () => Promise<any> }> {
    const ws = new WebSocket(`${raw.gatewayUrl}?v=10&encoding=json`);
    const queue: any[] = [];
    const waiters: Array<(v: any) => void> = [];
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString());
      const w = waiters.shift();
      if (w) w(msg);
      else queue.push(msg);
    });
    await once(ws, 'open');
    return { ws, next: () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => waiters.push(r))) };
  }

  it('acks heartbeats, closes 4004 on a wrong token, and resumes a session', async () => {
    const a = await connect();
    expect((await a.next()).op).toBe(10);
    a.ws.send(JSON.stringify({ op: 1, d: null }));
    expect((await a.next()).op).toBe(11);
    a.ws.send(JSON.stringify({ op: 2, d: { token: 'nope', intents: 1, properties: {} } }));
    const [code] = (await once(a.ws, 'close')) as [number];
    expect(code).toBe(4004);

    const b = await connect();
    await b.next(); // HELLO
    b.ws.send(JSON.stringify({ op: 2, d: { token: TOKEN, intents: 1, properties: {}, shard: [0, 1] } }));
    const ready = await b.next();
    expect(ready.t).toBe('READY');
    expect(ready.d.guilds).toEqual([{ id: raw.guildId, unavailable: true }]);
    expect((await b.next()).t).toBe('GUILD_CREATE');
    b.ws.close();
    await once(b.ws, 'close');

    const c = await connect();
    await c.next();
    c.ws.send(JSON.stringify({ op: 6, d: { token: TOKEN, session_id: ready.d.session_id, seq: 2 } }));
    const resumed = await c.next();
    expect([resumed.t, resumed.s]).toEqual(['RESUMED', 3]);
    c.ws.close();
  });
});

describe('commands registration', () => {
  it('records REST.put(Routes.applicationGuildCommands(...)) with ids', async () => {
    const rest = new REST({ api: standin.apiBase }).setToken(TOKEN);
    const body = [
      {
        name: 'who',
        description: 'Who is this?',
        options: [{ name: 'name', description: 'A name', type: 3, required: true, autocomplete: true }],
      },
      {
        name: 'add',
        description: 'Add a file',
        options: [{ name: 'file', description: 'The file', type: 11, required: true }],
      },
    ];
    const answer = (await rest.put(Routes.applicationGuildCommands(standin.applicationId, standin.guildId), {
      body,
    })) as Array<{ id: string; name: string }>;
    expect(answer.map((c) => c.name)).toEqual(['who', 'add']);
    expect(answer.every((c) => /^\d{17,19}$/.test(c.id))).toBe(true);
    const recorded = standin.registeredCommands(standin.guildId);
    expect(recorded.map((c) => c.name)).toEqual(['who', 'add']);
    expect(recorded[0]!.options).toEqual(body[0]!.options);
    expect(standin.registeredCommands('global')).toEqual([]);

    // Overwriting keeps ids; an invalid name is refused like Discord (400, 50035).
    const again = (await rest.put(Routes.applicationGuildCommands(standin.applicationId, standin.guildId), {
      body,
    })) as Array<{ id: string }>;
    expect(again[0]!.id).toBe(answer[0]!.id);
    const err = await apiError(() =>
      rest.put(Routes.applicationCommands(standin.applicationId), { body: [{ name: 'Bad Name', description: 'x' }] }),
    );
    expect(err?.code).toBe(50035);
    expect(standin.violations().some((v) => v.includes('Bad Name'))).toBe(true);
  });
});

describe('answering interactions', () => {
  it('records a reply with no violations', async () => {
    let seen = '';
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      seen = i.options.getString('name', true);
      await i.reply({ content: `About ${seen}`, allowedMentions: NO_PINGS });
    };
    const out = await standin.sendCommand({ name: 'who', options: [{ name: 'name', type: 3, value: 'Belousov' }] });
    expect(seen).toBe('Belousov');
    expect(out.callback?.type).toBe(4);
    expect(out.ackMs).toBeLessThan(3000);
    expect(out.final?.content).toBe('About Belousov');
    expect(out.violations).toEqual([]);
    expect(out.settled).toBe(true);
  });

  it('records deferReply + editReply', async () => {
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await sleep(100);
      await i.editReply({ content: 'Done thinking', allowedMentions: NO_PINGS });
    };
    const out = await standin.sendCommand({ name: 'who', options: [{ name: 'name', type: 3, value: 'x' }] });
    expect(out.callback?.type).toBe(5);
    expect(out.edits).toHaveLength(1);
    expect(out.edits[0]!.target).toBe('@original');
    expect(out.final?.content).toBe('Done thinking');
    expect(out.final?.flags).toBe(0); // the LOADING flag is gone
    expect(out.violations).toEqual([]);
  });

  it('puts the first follow-up after a defer in place of "thinking..."', async () => {
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.followUp({ content: 'first', allowedMentions: NO_PINGS });
      await i.followUp({ content: 'second', allowedMentions: NO_PINGS });
    };
    const out = await standin.sendCommand({ name: 'who', until: (o) => o.followups.length >= 2 });
    expect(out.followups.map((f) => f.replacedDeferred)).toEqual([true, false]);
    expect(out.final?.content).toBe('first');
    expect(out.messages.map((m) => m.content)).toEqual(['first', 'second']);
    expect(out.violations).toEqual([]);
  });

  it('flags a deferred reply that is never edited', async () => {
    handler = async (i) => {
      if (i.isChatInputCommand()) await i.deferReply();
    };
    const out = await standin.sendCommand({ name: 'who', timeoutMs: 500 });
    expect(out.timedOut).toBe(true);
    expect(out.violations.join('\n')).toMatch(/never edited/);
  });

  it('flags a reply without allowed_mentions', async () => {
    handler = async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'Hello <@123>' });
    };
    const out = await standin.sendCommand({ name: 'who' });
    expect(out.callback?.type).toBe(4); // Discord accepts it; it is our policy that flags it
    expect(out.violations.join('\n')).toMatch(/allowed_mentions is missing/);
  });

  it('answers a second ack with 40060 and flags it', async () => {
    let code: unknown;
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: 'one', allowedMentions: NO_PINGS });
      // discord.js itself refuses a second reply, so go around it with raw REST.
      const err = await apiError(() =>
        client.rest.post(Routes.interactionCallback(i.id, i.token), {
          body: { type: 4, data: { content: 'two', allowed_mentions: NO_PINGS } },
          auth: false,
        }),
      );
      code = err?.code;
    };
    const out = await standin.sendCommand({ name: 'who', until: (o) => o.callbacks.length >= 2 });
    expect(code).toBe(40060);
    expect(out.final?.content).toBe('one');
    expect(out.violations.join('\n')).toMatch(/double ack/);
  });

  it('flags an edit of @original before any ack', async () => {
    let code: unknown;
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      const err = await apiError(() =>
        client.rest.patch(Routes.webhookMessage(i.applicationId, i.token, '@original'), {
          body: { content: 'too early' },
          auth: false,
        }),
      );
      code = err?.code;
      await i.reply({ content: 'ok', allowedMentions: NO_PINGS });
    };
    const out = await standin.sendCommand({ name: 'who' });
    expect(code).toBe(10015);
    expect(out.violations.join('\n')).toMatch(/before the interaction was acknowledged/);
  });

  it('flags too-long content and rejects it with 400 like Discord', async () => {
    let code: unknown;
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      code = (await apiError(() => i.reply({ content: 'x'.repeat(2001), allowedMentions: NO_PINGS })))?.code;
    };
    // `until` replaces the default settle rule: stop waiting once the (refused) callback arrived.
    const out = await standin.sendCommand({ name: 'who', until: (o) => o.callbacks.length > 0 });
    expect(code).toBe(50035);
    expect(out.violations.join('\n')).toMatch(/content is 2001 characters \(max 2000\)/);
    expect(out.violations.join('\n')).toMatch(/no response/);
  });

  it('flags a late reply (the 3-second rule)', { timeout: 10_000 }, async () => {
    let code: unknown;
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      await sleep(3200);
      code = (await apiError(() => i.reply({ content: 'sorry, late', allowedMentions: NO_PINGS })))?.code;
    };
    const out = await standin.sendCommand({ name: 'who', timeoutMs: 4000 });
    expect(code).toBe(10062); // Discord has forgotten the interaction by then
    expect(out.callbacks[0]!.atMs).toBeGreaterThanOrEqual(3200);
    expect(out.violations.join('\n')).toMatch(/late ack: .* \(limit 3000 ms\)/);
    expect(out.violations.join('\n')).toMatch(/did not respond/);
  });
});

describe('other answer paths', () => {
  it('supports withResponse, fetchReply, ephemeral flags and deleteReply', async () => {
    let responded = '';
    let fetched = '';
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      const res = await i.reply({
        content: 'secret',
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
        withResponse: true,
      });
      responded = res.resource?.message?.content ?? '';
      fetched = (await i.fetchReply()).content;
      await i.deleteReply();
    };
    const out = await standin.sendCommand({ name: 'who', until: (o) => o.deletes.length > 0 });
    expect(responded).toBe('secret');
    expect(fetched).toBe('secret');
    expect(out.callbacks[0]!.withResponse).toBe(true);
    expect(out.callbacks[0]!.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(out.deletes.map((d) => d.status)).toEqual([204]);
    expect(out.final).toBeNull(); // the user ends up seeing nothing
    expect(out.violations).toEqual([]);
  });

  it('settles a button deferUpdate with the edit of the component message', async () => {
    handler = async (i) => {
      if (!i.isButton()) return;
      await i.deferUpdate();
      await i.editReply({ content: 'edited later', allowedMentions: NO_PINGS });
    };
    const out = await standin.sendButton({ customId: 'refresh', message: { content: 'old', components: [] } });
    expect(out.callback?.type).toBe(6);
    expect(out.timedOut).toBe(false);
    expect(out.edits[0]!.messageId).toBe(out.payload.message.id);
    expect(out.final?.content).toBe('edited later');
    expect(out.violations).toEqual([]);
  });
});

describe('autocomplete', () => {
  const choices = (n: number) => Array.from({ length: n }, (_, k) => ({ name: `Choice ${k}`, value: `c${k}` }));

  it('accepts 25 choices', async () => {
    handler = async (i) => {
      if (i.isAutocomplete()) await i.respond(choices(25));
    };
    const out = await standin.sendAutocomplete({
      name: 'who',
      options: [{ name: 'name', type: 3, value: 'Bel', focused: true }],
    });
    expect(out.callback?.type).toBe(8);
    expect(out.callback?.data?.choices).toHaveLength(25);
    expect(out.violations).toEqual([]);
  });

  it('flags 30 choices', async () => {
    let code: unknown;
    let focused = '';
    handler = async (i) => {
      if (!i.isAutocomplete()) return;
      focused = String(i.options.getFocused());
      code = (await apiError(() => i.respond(choices(30))))?.code;
    };
    const out = await standin.sendAutocomplete({
      name: 'who',
      options: [{ name: 'name', type: 3, value: 'Bel', focused: true }],
      until: (o) => o.callbacks.length > 0,
    });
    expect(focused).toBe('Bel');
    expect(code).toBe(50035);
    expect(out.violations.join('\n')).toMatch(/30 autocomplete choices \(max 25\)/);
  });
});

describe('components and modals', () => {
  it('handles a button on a message the bot sent', async () => {
    handler = async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        await i.reply({ content: 'Page 1', components: [row], allowedMentions: NO_PINGS });
      } else if (i.isButton()) {
        await i.update({
          content: `Page 2 (${i.customId}, was "${i.message.content}")`,
          components: [],
          allowedMentions: NO_PINGS,
        });
      }
    };
    const first = await standin.sendCommand({ name: 'who' });
    expect(first.final?.components).toHaveLength(1);
    const click = await standin.sendButton({ customId: 'more:1', message: first.final! });
    expect(click.callback?.type).toBe(7);
    expect(click.final?.id).toBe(first.final?.id); // the same message, updated
    expect(click.final?.content).toBe('Page 2 (more:1, was "Page 1")');
    expect(click.final?.edited_timestamp).not.toBeNull();
    expect(click.violations).toEqual([]);
  });

  it('handles showModal and a modal submit', async () => {
    handler = async (i) => {
      if (i.isChatInputCommand()) {
        const modal = new ModalBuilder()
          .setCustomId('note')
          .setTitle('Add a note')
          .addComponents(
            new ActionRowBuilder<TextInputBuilder>().addComponents(
              new TextInputBuilder().setCustomId('text').setLabel('Text').setStyle(TextInputStyle.Paragraph),
            ),
          );
        await i.showModal(modal);
      } else if (i.isModalSubmit()) {
        await i.reply({ content: `Noted: ${i.fields.getTextInputValue('text')}`, allowedMentions: NO_PINGS });
      }
    };
    const shown = await standin.sendCommand({ name: 'who' });
    expect(shown.callback?.type).toBe(9);
    expect(shown.callback?.data?.title).toBe('Add a note');
    expect(shown.violations).toEqual([]);
    const submitted = await standin.sendModalSubmit({
      customId: 'note',
      fields: [{ customId: 'text', value: 'hello' }],
    });
    expect(submitted.final?.content).toBe('Noted: hello');
    expect(submitted.violations).toEqual([]);
  });
});

describe('attachments', () => {
  it('serves user attachments and records files the bot sends', async () => {
    let downloaded = '';
    let contentType = '';
    handler = async (i) => {
      if (!i.isChatInputCommand()) return;
      const att = i.options.getAttachment('file', true);
      contentType = att.contentType ?? '';
      downloaded = await (await fetch(att.url)).text();
      await i.reply({
        content: `Got ${att.name} (${att.size} bytes)`,
        files: [{ attachment: Buffer.from(downloaded.toUpperCase()), name: 'shout.txt' }],
        allowedMentions: NO_PINGS,
      });
    };
    const out = await standin.sendCommand({
      name: 'add',
      options: [{ name: 'file', type: 11, value: 'x.txt' }],
      attachments: [{ filename: 'x.txt', content: 'hello file', contentType: 'text/plain' }],
    });
    expect(downloaded).toBe('hello file');
    expect(contentType).toBe('text/plain');
    expect(out.final?.content).toBe('Got x.txt (10 bytes)');
    // The reply was multipart; its file is served back like a CDN URL.
    expect(out.callbacks[0]!.files.map((f) => f.filename)).toEqual(['shout.txt']);
    const sent = out.final!.attachments[0]!;
    expect(sent.filename).toBe('shout.txt');
    expect(await (await fetch(sent.url)).text()).toBe('HELLO FILE');
    expect(out.violations).toEqual([]);
  });
});

describe('unexpected calls', () => {
  it('records unknown routes and answers 404 in Discord style', async () => {
    const err = await apiError(() => client.rest.get(Routes.channelMessages('123456789012345678')));
    expect(err?.status).toBe(404);
    expect(standin.unknownRequests.some((r) => r.path === '/api/v10/channels/123456789012345678/messages')).toBe(true);
  });

  it('saw no stray errors in the handlers', () => {
    expect(handlerErrors).toEqual([]);
  });
});

describe('discord-limits (pure)', () => {
  it('checks embeds, components, choices and modals', () => {
    expect(checkEmbeds([{ title: 't'.repeat(257) }]).map((i) => i.rule)).toEqual(['embed.title.max_length']);
    const big = Array.from({ length: 4 }, () => ({ description: 'd'.repeat(1600) }));
    expect(checkEmbeds(big).map((i) => i.rule)).toEqual(['embeds.total_length']);
    const row = {
      type: 1,
      components: Array.from({ length: 6 }, (_, k) => ({ type: 2, style: 1, label: 'b', custom_id: `b${k}` })),
    };
    expect(checkMessageComponents([row]).map((i) => i.rule)).toEqual(['action_row.buttons.max_count']);
    expect(checkAutocompleteChoices([{ name: '', value: 'v' }]).map((i) => i.rule)).toEqual(['choice.name.length']);
    expect(
      checkModal({
        custom_id: 'm',
        title: 'x'.repeat(46),
        components: [{ type: 1, components: [{ type: 4, custom_id: 't', label: 'L', style: 1 }] }],
      }).map((i) => i.rule),
    ).toEqual(['modal.title.length']);
    expect(checkMessagePayload({ content: '', allowed_mentions: { parse: [] } }).map((i) => i.rule)).toEqual([
      'message.empty',
    ]);
    expect(
      checkMessagePayload({ content: 'hi', allowed_mentions: { parse: ['users'] } }).map((i) => [
        i.rule,
        i.rejectedByDiscord,
      ]),
    ).toEqual([['allowed_mentions.parse', false]]);
  });
});
