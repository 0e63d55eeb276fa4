/**
 * A local stand-in for Discord's REST API and gateway, good enough for the REAL
 * discord.js v14 client to log in, receive interactions and answer them.
 *
 * What discord.js 14.28 (with @discordjs/rest 2.6 and @discordjs/ws 1.2) does,
 * and so what this serves (all on one HTTP server on 127.0.0.1):
 *
 * - REST: `${rest.api}/v10${route}`. `rest.api` must be `http://HOST:PORT/api`
 *   WITHOUT a version; @discordjs/rest appends `/v10` itself.
 * - Authenticated routes carry `Authorization: Bot <token>`; interaction
 *   callbacks and interaction webhooks are sent with `auth: false` (the
 *   interaction token in the URL is the credential).
 * - `client.login()` only calls `GET /v10/gateway/bot` (a 401 there becomes
 *   discord.js's TokenInvalid error). It never calls `/users/@me` or
 *   `/applications/@me`; the bot user and the application come from READY.
 * - Gateway: connects to `${url}?v=10&encoding=json` from `/gateway/bot`; asks
 *   for `&compress=zlib-stream` only when the optional `zlib-sync` package is
 *   installed (it is not here), so plain JSON text frames are the normal case.
 *   HELLO(10) -> IDENTIFY(2) -> READY, then it waits (up to 15 s) for a
 *   GUILD_CREATE for every guild READY listed as unavailable before the client
 *   emits `clientReady`. Heartbeats are op 1, answered with op 11.
 * - Every interaction callback is `POST /v10/interactions/{id}/{token}/callback
 *   ?with_response=false|true`. With `false` Discord answers 204; with `true`
 *   200 and `{ interaction, resource }`.
 * - Edits/follow-ups go to `/v10/webhooks/{applicationId}/{token}[...]`;
 *   follow-ups always carry `?wait=true` and expect the message back.
 * - Replies with files are multipart/form-data: `payload_json` + `files[n]`,
 *   with `attachments: [{ id: "n" }]` inside the JSON pointing at `files[n]`.
 *
 * On top of serving, the stand-in records everything the bot does for each
 * interaction it dispatched and flags violations (3-second rule, double acks,
 * message limits from ./discord-limits.ts, missing allowed_mentions, ...).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import {
  checkAutocompleteChoices,
  checkCommandDefinitions,
  checkMessagePayload,
  checkModal,
  isEmptyMessage,
  issueStrings,
  MessageFlagBits,
  type LimitIssue,
} from './discord-limits.ts';
import { type BodyKind, type DiscordOpenApi, loadDiscordOpenApi } from './discord-openapi.ts';

// =====================================================================================
// Public types
// =====================================================================================

/** Loose JSON object: payloads come from the bot under test and are not trusted to match any type. */
export type Json = Record<string, any>;

export interface DiscordStandinOptions {
  /** The bot token the stand-in accepts (REST `Authorization: Bot <token>` and gateway IDENTIFY). */
  token: string;
  /** Application id (also the bot user's id, as for modern Discord apps). Default: a fresh snowflake. */
  applicationId?: string;
  /** The one guild the bot is in. Default: a fresh snowflake. */
  guildId?: string;
  /** The text channel interactions come from. Default: a fresh snowflake. */
  channelId?: string;
  /** Bot user name shown in READY. */
  botUsername?: string;
  /** HELLO heartbeat interval (Discord: 41250 ms). */
  heartbeatIntervalMs?: number;
  /** The interaction acknowledgement deadline (Discord: 3000 ms). */
  ackDeadlineMs?: number;
  /**
   * What to do with a callback after the deadline. `'reject'` (default) answers
   * 404 Unknown interaction (10062) like Discord; `'accept'` records it as if it
   * had worked. Both record a violation.
   */
  lateAcks?: 'reject' | 'accept';
  /** Answer 400 like Discord when a payload breaks a hard limit (default true). Violations are recorded either way. */
  rejectInvalidPayloads?: boolean;
  /** Enforce the project policy `allowed_mentions: { parse: [] }` (default true). */
  requireAllowedMentions?: boolean;
  /** Flag `sendCommand` of a command name that was never registered with PUT .../commands (default false). */
  requireRegisteredCommands?: boolean;
  /** Default time a send* call waits for the interaction to settle (default 5000 ms). */
  timeoutMs?: number;
  /** After settling, wait this long for more activity (follow-ups) before resolving (default 150 ms). */
  quietMs?: number;
  /** Upload limit per file (Discord default for guilds: 10 MiB). */
  attachmentSizeLimit?: number;
  /** Receives one line per notable event; handy with `console.error` when debugging. */
  log?: (line: string) => void;
  /**
   * Check request bodies against Discord's OpenAPI spec (../shared/discord-api-spec/openapi.json):
   * default on when the file exists; `false` turns it off; a loaded spec may be passed in.
   */
  openApi?: DiscordOpenApi | false;
}

export interface AttachmentInfo {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
  description?: string;
  ephemeral?: boolean;
}

/** A message as the stand-in stores and returns it (shape of Discord's message object). */
export interface StandinMessage {
  id: string;
  type: number;
  channel_id: string;
  guild_id?: string;
  author: Json;
  content: string;
  embeds: Json[];
  components: Json[];
  attachments: AttachmentInfo[];
  flags: number;
  timestamp: string;
  edited_timestamp: string | null;
  mentions: Json[];
  mention_roles: string[];
  mention_everyone: boolean;
  pinned: boolean;
  tts: boolean;
  webhook_id?: string;
  application_id?: string;
  allowed_mentions?: Json;
  interaction_metadata?: Json;
  [key: string]: unknown;
}

/** A file the bot uploaded in a multipart request. */
export interface UploadedFile {
  /** Form field name, e.g. `files[0]`. */
  key: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedCallback {
  /** Interaction callback type: 4 reply, 5 defer reply, 6 defer update, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  data?: Json;
  /** Milliseconds after the INTERACTION_CREATE was sent. */
  atMs: number;
  withResponse: boolean;
  files: UploadedFile[];
  /** HTTP status the stand-in answered. */
  status: number;
  /** Discord-style error body when status >= 400. */
  error?: Json;
}

export interface RecordedEdit {
  /** `@original` or a message id, as in the URL. */
  target: string;
  messageId?: string;
  data: Json;
  files: UploadedFile[];
  atMs: number;
  status: number;
  error?: Json;
}

export interface RecordedFollowup {
  messageId?: string;
  data: Json;
  files: UploadedFile[];
  atMs: number;
  status: number;
  error?: Json;
  /** First follow-up after a deferred reply: Discord puts it in place of the "thinking..." message. */
  replacedDeferred: boolean;
}

export interface RecordedDelete {
  target: string;
  messageId?: string;
  atMs: number;
  status: number;
}

export interface RecordedRequest {
  method: string;
  /** Path with query, e.g. `/api/v10/gateway/bot`. */
  path: string;
  status: number;
  /** Epoch ms. */
  at: number;
  authorized: boolean;
}

export type InteractionKind = 'command' | 'autocomplete' | 'component' | 'modal';

/**
 * Everything the bot did in answer to one interaction. The object is live: it
 * keeps filling if the bot acts after the send* promise resolved.
 */
export interface InteractionOutcome {
  kind: InteractionKind;
  interactionId: string;
  token: string;
  /** The INTERACTION_CREATE payload (`d`) that was dispatched. */
  payload: Json;
  /** The first accepted callback. */
  callback?: { type: number; data?: Json; atMs: number };
  /** Every callback attempt, accepted or not. */
  callbacks: RecordedCallback[];
  /** When the interaction was acknowledged (ms after dispatch). */
  ackMs?: number;
  /** Edits of @original and of follow-ups (PATCH), in order. */
  edits: RecordedEdit[];
  followups: RecordedFollowup[];
  deletes: RecordedDelete[];
  /** The message the user ends up seeing: @original after edits, else the last follow-up; null if deleted. */
  final?: StandinMessage | null;
  /** All messages created for this interaction (current state), original first. */
  messages: StandinMessage[];
  violations: string[];
  /** Every REST call about this interaction. */
  calls: Array<{ method: string; path: string; status: number; atMs: number }>;
  /** Settled = answered as far as Discord is concerned (see send* docs); false when the timeout ended the wait. */
  settled: boolean;
  timedOut: boolean;
}

export interface CommandOptionInput {
  name: string;
  /** ApplicationCommandOptionType: 1 sub, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number, 11 attachment. */
  type: number;
  /** For type 11: an attachment's `id` or `filename` from `attachments` (omit to take them in order). */
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOptionInput[];
}

export interface AttachmentInput {
  filename: string;
  content: Buffer | string;
  contentType?: string;
  /** Fixed id; a fresh snowflake otherwise. */
  id?: string;
  description?: string;
}

/** Where an interaction happens (Discord's interaction context types 0, 1, 2). */
export type InteractionPlace = 'guild' | 'bot-dm' | 'group-dm';

export interface SendOptionsBase {
  /** The invoking user (merged over a default test user). */
  user?: Json;
  /** Where the user is: the guild's text channel (default), a DM with the bot, or a group DM. */
  place?: InteractionPlace;
  /**
   * How the app is installed for this interaction (`authorizing_integration_owners`): default
   * `['guild']` in the guild, `['user']` in a group DM, `['guild']` in the bot DM.
   */
  installs?: Array<'guild' | 'user'>;
  /** The member's permissions in the channel, as a decimal string (e.g. '32' = MANAGE_GUILD). */
  memberPermissions?: string;
  roles?: string[];
  /** The bot's permissions in the channel (`app_permissions`). */
  appPermissions?: string;
  locale?: string;
  /** How long to wait for the interaction to settle. */
  timeoutMs?: number;
  /** How long to keep collecting after it settled. */
  quietMs?: number;
  /** Replace the default settle rule: resolve once this returns true (or at timeout). */
  until?: (outcome: InteractionOutcome) => boolean;
}

export interface SendCommandInput extends SendOptionsBase {
  name: string;
  /** For a message command (commandType 3): the message it is used on (author, content, embeds). */
  targetMessage?: Partial<StandinMessage>;
  options?: CommandOptionInput[];
  /** 1 slash (default), 2 user, 3 message context menu. */
  commandType?: number;
  /** Files the user attached; referenced from options of type 11. */
  attachments?: AttachmentInput[];
  /** Extra `data.resolved` entries (users, members, roles, channels). */
  resolved?: Json;
}

export interface SendAutocompleteInput extends SendOptionsBase {
  name: string;
  /** Exactly one option (possibly nested in a subcommand) should have `focused: true`. */
  options: CommandOptionInput[];
}

export interface SendComponentInput extends SendOptionsBase {
  customId: string;
  /** The message the component was on: a stored message (e.g. `outcome.final`) or a partial one. */
  message?: Partial<StandinMessage>;
  /** ComponentType: 2 button (default), 3 string select, 5 user, 6 role, 7 mentionable, 8 channel select. */
  componentType?: number;
  /** Selected values, for select menus. */
  values?: string[];
}

export interface SendModalSubmitInput extends SendOptionsBase {
  customId: string;
  fields: Array<{ customId: string; value: string }>;
  /** The message whose component opened the modal, if any (allows callback types 6/7). */
  message?: Partial<StandinMessage>;
}

export interface IdentifyInfo {
  intents: number;
  properties: Json;
  shard?: [number, number];
  compress: boolean;
  /** Query of the gateway connection, e.g. { v: '10', encoding: 'json' }. */
  query: Record<string, string>;
  sessionId: string;
}

export interface RegisteredCommand extends Json {
  id: string;
  application_id: string;
  name: string;
  type: number;
  guild_id?: string;
  version: string;
}

export interface DiscordStandin {
  /** Give this as DISCORD_API_BASE / `rest.api`: `http://127.0.0.1:PORT/api` (no version). */
  readonly apiBase: string;
  /** `http://127.0.0.1:PORT`, where attachments are served too. */
  readonly origin: string;
  /** The gateway URL handed out by `GET /gateway/bot`. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** Resolves once a gateway session got READY (and its GUILD_CREATE); rejects after timeoutMs. */
  waitForIdentify(timeoutMs?: number): Promise<IdentifyInfo>;
  /** True while a READY gateway session is open. */
  isConnected(): boolean;
  /** Commands recorded from PUT/POST .../commands: no argument = all, 'global', or a guild id. */
  registeredCommands(scope?: string): RegisteredCommand[];
  sendCommand(input: SendCommandInput): Promise<InteractionOutcome>;
  sendAutocomplete(input: SendAutocompleteInput): Promise<InteractionOutcome>;
  sendComponent(input: SendComponentInput): Promise<InteractionOutcome>;
  /** `sendComponent` with a button. */
  sendButton(input: Omit<SendComponentInput, 'componentType' | 'values'>): Promise<InteractionOutcome>;
  sendModalSubmit(input: SendModalSubmitInput): Promise<InteractionOutcome>;
  /** Dispatches any gateway event to the bot. */
  dispatch(event: string, data: unknown): void;
  /** Stores a file and returns its attachment object (served at `url`). */
  addAttachment(input: AttachmentInput): AttachmentInfo;
  /** Every outcome so far. */
  readonly outcomes: readonly InteractionOutcome[];
  /** Every REST request so far. */
  readonly requests: readonly RecordedRequest[];
  /** Requests to routes the stand-in does not know (answered 404). */
  readonly unknownRequests: readonly RecordedRequest[];
  /** All violations: global ones (command registration, gateway) and each interaction's, prefixed. */
  violations(): string[];
  close(): Promise<void>;
}

// =====================================================================================
// Helpers
// =====================================================================================

const DISCORD_EPOCH = 1420070400000n;
let snowflakeIncrement = 0n;
/** A real-looking snowflake (17-19 digits matter: @discordjs/rest buckets routes by them). */
export function snowflake(ms: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(ms) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeIncrement).toString();
}

let openApiCache: DiscordOpenApi | null | undefined;
/** Discord's spec is large: read and compiled once per process, for every stand-in. */
function sharedOpenApi(): DiscordOpenApi | undefined {
  if (openApiCache === undefined) openApiCache = loadDiscordOpenApi() ?? null;
  return openApiCache ?? undefined;
}

const randomToken = (): string => `aW50ZXJhY3Rpb246${randomBytes(36).toString('base64url')}`;

const InteractionType = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
} as const;
const Callback = {
  Pong: 1,
  Reply: 4,
  DeferReply: 5,
  DeferUpdate: 6,
  Update: 7,
  Autocomplete: 8,
  Modal: 9,
  PremiumRequired: 10,
  LaunchActivity: 12,
} as const;

/** Which callback types Discord accepts for each interaction type. */
function allowedCallbacks(type: number, hasMessage: boolean): number[] {
  switch (type) {
    case InteractionType.ApplicationCommand:
      return [4, 5, 9, 10, 12];
    case InteractionType.MessageComponent:
      return [4, 5, 6, 7, 9, 10, 12];
    case InteractionType.Autocomplete:
      return [8];
    case InteractionType.ModalSubmit:
      return hasMessage ? [4, 5, 6, 7, 10, 12] : [4, 5, 10, 12];
    default:
      return [1];
  }
}

/** Discord's error bodies. */
const Errors = {
  unauthorized: { message: '401: Unauthorized', code: 0 },
  notFound: { message: '404: Not Found', code: 0 },
  unknownInteraction: { message: 'Unknown interaction', code: 10062 },
  alreadyAcked: { message: 'Interaction has already been acknowledged.', code: 40060 },
  unknownWebhook: { message: 'Unknown Webhook', code: 10015 },
  invalidWebhookToken: { message: 'Invalid Webhook Token', code: 50027 },
  unknownMessage: { message: 'Unknown Message', code: 10008 },
  missingAccess: { message: 'Missing Access', code: 50001 },
  emptyMessage: { message: 'Cannot send an empty message', code: 50006 },
} as const;

/** Builds a Discord "Invalid Form Body" (50035) body from limit issues, nested by path like Discord does. */
function invalidFormBody(issues: readonly LimitIssue[], root = ''): Json {
  const errors: Json = {};
  for (const issue of issues) {
    const path = [root, issue.path].filter(Boolean).join('.');
    let node = errors;
    for (const part of path ? path.split('.') : []) node = node[part] ??= {};
    (node._errors ??= []).push({ code: issue.rule, message: issue.message });
  }
  return { message: 'Invalid Form Body', code: 50035, errors };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body.message));
  }
}

interface ParsedBody {
  json: Json | undefined;
  files: UploadedFile[];
}

async function readBody(req: http.IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { json: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    // Node's fetch Response parses multipart for us; no extra dependency needed.
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: UploadedFile[] = [];
    let json: Json | undefined;
    for (const [key, value] of form) {
      if (typeof value === 'string') {
        if (key === 'payload_json') json = JSON.parse(value) as Json;
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({
          key,
          filename: value.name,
          contentType: value.type || 'application/octet-stream',
          size: data.length,
          data,
        });
      }
    }
    return { json, files };
  }
  try {
    return { json: JSON.parse(raw.toString('utf8')) as Json, files: [] };
  } catch {
    throw new HttpError(400, { message: '400: Bad Request', code: 50109 });
  }
}

/** Decodes one path segment; discord.js leaves `@original` as is, but be lenient. */
const seg = (s: string): string => decodeURIComponent(s);

// =====================================================================================
// Internal state
// =====================================================================================

interface GatewaySession {
  ws: WebSocket;
  sessionId?: string;
  seq: number;
  identified: boolean;
  ready: boolean;
  /** zlib-stream: one deflate stream per connection, each message ends with a sync flush. */
  zlibStream: boolean;
  zlibHeaderSent: boolean;
  query: Record<string, string>;
  identify?: IdentifyInfo;
}

interface StoredMessage {
  message: StandinMessage;
  interactionId?: string;
  deleted: boolean;
}

interface StoredFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

interface InteractionState {
  outcome: InteractionOutcome;
  type: number;
  sentAt: number;
  acked: boolean;
  ackType?: number;
  /** The message @original refers to, once there is one. */
  originalId?: string;
  /** For component/modal interactions: the message the component was on. */
  sourceMessageId?: string;
  /** The deferred reply is still "thinking...". */
  loading: boolean;
  followupIds: string[];
  until?: (o: InteractionOutcome) => boolean;
  quietMs: number;
  quietTimer?: NodeJS.Timeout;
  timeoutTimer?: NodeJS.Timeout;
  resolve?: (o: InteractionOutcome) => void;
  done: boolean;
  /** Discord makes every reply ephemeral here (user install only, no Use External Apps). */
  forcedPrivate: boolean;
}

// =====================================================================================
// The stand-in
// =====================================================================================

export async function startDiscordStandin(options: DiscordStandinOptions): Promise<DiscordStandin> {
  const token = options.token;
  const applicationId = options.applicationId ?? snowflake();
  const guildId = options.guildId ?? snowflake();
  const channelId = options.channelId ?? snowflake();
  const ownerId = snowflake();
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41250;
  const ackDeadlineMs = options.ackDeadlineMs ?? 3000;
  const lateAcks = options.lateAcks ?? 'reject';
  const rejectInvalid = options.rejectInvalidPayloads ?? true;
  const requireAllowedMentions = options.requireAllowedMentions ?? true;
  const defaultTimeoutMs = options.timeoutMs ?? 5000;
  const defaultQuietMs = options.quietMs ?? 150;
  const attachmentSizeLimit = options.attachmentSizeLimit ?? 10 * 1024 * 1024;
  const log = options.log ?? (() => {});
  const startedAt = new Date().toISOString();
  const openApi = options.openApi === false ? undefined : (options.openApi ?? sharedOpenApi());
  /** Discord's own schema for a request body: problems become violations (and a 400, as Discord answers). */
  const schemaIssues = (kind: BodyKind, body: unknown): LimitIssue[] =>
    (openApi?.check(kind, body) ?? []).map((message) => ({
      rule: `openapi.${kind}`,
      path: '',
      message: `Discord's OpenAPI schema: ${message}`,
      rejectedByDiscord: true,
    }));
  /** The DM channels users talk to the bot in, by user id. */
  const dmChannels = new Map<string, string>();

  const botUser = {
    id: applicationId,
    username: options.botUsername ?? 'standin-bot',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
    flags: 0,
    verified: true,
    mfa_enabled: false,
  };
  const everyonePermissions = '2248473465835073';
  const textChannel = {
    id: channelId,
    type: 0,
    guild_id: guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };

  // ---------------------------------------------------------------- stores
  const requests: RecordedRequest[] = [];
  const unknownRequests: RecordedRequest[] = [];
  const globalViolations: string[] = [];
  const outcomes: InteractionOutcome[] = [];
  const interactions = new Map<string, InteractionState>(); // by interaction id
  const byToken = new Map<string, InteractionState>();
  const messages = new Map<string, StoredMessage>();
  const files = new Map<string, StoredFile>(); // by attachment id
  /** Commands by scope ('global' or guild id), keyed by `${type}:${name}` so ids stay stable across PUTs. */
  const commands = new Map<string, Map<string, RegisteredCommand>>();
  const sessions = new Set<GatewaySession>();
  const identifyWaiters: Array<(info: IdentifyInfo) => void> = [];
  /** Sessions that went away, kept so a RESUME can pick them up. */
  const pastSessions = new Map<string, { seq: number; identify: IdentifyInfo }>();

  // ---------------------------------------------------------------- HTTP server
  const server = http.createServer((req, res) => {
    void handleHttp(req, res).catch((err: unknown) => {
      log(`stand-in: internal error ${String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { message: '500: Internal Server Error', code: 0 });
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/gateway') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onGatewayConnection(ws, url));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const apiBase = `${origin}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
    const headers: Record<string, string> = {
      // Optional for discord.js, but present on real responses; values never trigger waiting.
      'x-ratelimit-bucket': 'standin',
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '4',
      'x-ratelimit-reset': String(Date.now() / 1000 + 1),
      'x-ratelimit-reset-after': '1',
      ...extra,
    };
    if (status === 204 || body === undefined) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, {
      ...headers,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  async function handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', origin);
    const authorized = req.headers.authorization === `Bot ${token}`;
    const record: RecordedRequest = { method, path: url.pathname + url.search, status: 0, at: Date.now(), authorized };
    requests.push(record);
    const reply = (status: number, body?: unknown): void => {
      record.status = status;
      sendJson(res, status, body);
    };
    try {
      // Attachments (user uploads and files the bot sent) live outside /api, like the CDN.
      const file = /^\/(?:attachments|media\/attachments)\/\d+\/(\d+)\/[^/]+$/.exec(url.pathname);
      if (file && (method === 'GET' || method === 'HEAD')) {
        const stored = files.get(file[1]!);
        if (!stored) return reply(404, Errors.notFound);
        record.status = 200;
        res.writeHead(200, { 'content-type': stored.contentType, 'content-length': String(stored.data.length) });
        res.end(method === 'HEAD' ? undefined : stored.data);
        return;
      }
      const m = /^\/api\/v10(\/.*)$/.exec(url.pathname);
      const route = m ? m[1]! : undefined;
      const result = route === undefined ? undefined : await routeApi(method, route, url, req, authorized);
      if (result === undefined) {
        unknownRequests.push(record);
        log(`stand-in: unknown route ${method} ${record.path}`);
        return reply(404, Errors.notFound);
      }
      return reply(result.status, result.body);
    } catch (err) {
      if (err instanceof HttpError) return reply(err.status, err.body);
      throw err;
    }
  }

  interface ApiResult {
    status: number;
    body?: unknown;
  }

  /** Routes one `/v10/...` request; undefined = unknown route. */
  async function routeApi(
    method: string,
    route: string,
    url: URL,
    req: http.IncomingMessage,
    authorized: boolean,
  ): Promise<ApiResult | undefined> {
    const parts = route.split('/').slice(1).map(seg);
    const needAuth = (): void => {
      if (!authorized) throw new HttpError(401, Errors.unauthorized);
    };

    // --- gateway and identity
    if (route === '/gateway/bot' && method === 'GET') {
      needAuth();
      return {
        status: 200,
        body: {
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      };
    }
    if (route === '/gateway' && method === 'GET') return { status: 200, body: { url: gatewayUrl } };
    if (route === '/users/@me' && method === 'GET') {
      needAuth();
      return { status: 200, body: botUser };
    }
    if ((route === '/applications/@me' || route === '/oauth2/applications/@me') && method === 'GET') {
      needAuth();
      return { status: 200, body: applicationObject() };
    }

    // --- application commands
    if (parts[0] === 'applications' && parts.length >= 3) {
      const isGuild = parts[2] === 'guilds';
      const rest = isGuild ? parts.slice(5) : parts.slice(3);
      if ((isGuild ? parts[4] : parts[2]) !== 'commands' || rest.length > 1) return undefined;
      needAuth();
      if (parts[1] !== applicationId) throw new HttpError(403, Errors.missingAccess);
      const scope = isGuild ? parts[3]! : 'global';
      if (isGuild && scope !== guildId) throw new HttpError(403, Errors.missingAccess);
      return commandsRoute(method, scope, rest[0], req);
    }

    // --- interaction callback
    if (parts[0] === 'interactions' && parts.length === 4 && parts[3] === 'callback' && method === 'POST') {
      return interactionCallback(parts[1]!, parts[2]!, url, await readBody(req));
    }

    // --- interaction webhooks: follow-ups and message edits
    if (parts[0] === 'webhooks' && parts.length >= 3) {
      const [, appId, hookToken, sub, messageRef] = parts;
      if (parts.length === 3 && method === 'POST') {
        const state = webhookState(appId!, hookToken!);
        return followup(state, url, await readBody(req));
      }
      if (parts.length === 5 && sub === 'messages') {
        const state = webhookState(appId!, hookToken!);
        if (method === 'GET') return fetchMessage(state, messageRef!);
        if (method === 'PATCH') return editMessage(state, messageRef!, await readBody(req));
        if (method === 'DELETE') return deleteMessage(state, messageRef!);
      }
    }
    return undefined;
  }

  function applicationObject(): Json {
    return {
      id: applicationId,
      name: botUser.username,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: 'standin',
      flags: 0,
      bot: botUser,
      owner: { id: ownerId, username: 'owner', discriminator: '0', avatar: null, global_name: null },
      team: null,
    };
  }

  // ---------------------------------------------------------------- commands

  /** Stores one command; `previousGeneration` holds the scope's commands before a bulk overwrite. */
  function storeCommand(
    scope: string,
    body: Json,
    previousGeneration?: Map<string, RegisteredCommand>,
  ): RegisteredCommand {
    const bucket = commands.get(scope) ?? new Map<string, RegisteredCommand>();
    commands.set(scope, bucket);
    const type = typeof body.type === 'number' ? body.type : 1;
    const key = `${type}:${String(body.name)}`;
    const previous = bucket.get(key) ?? previousGeneration?.get(key);
    const command: RegisteredCommand = {
      ...body,
      // Discord keeps a command's id when it is overwritten under the same name.
      id: previous?.id ?? snowflake(),
      application_id: applicationId,
      version: snowflake(),
      type,
      name: String(body.name),
      description: body.description ?? '',
      default_member_permissions: body.default_member_permissions ?? null,
      nsfw: body.nsfw ?? false,
      ...(scope === 'global' ? {} : { guild_id: scope }),
    };
    bucket.set(key, command);
    return command;
  }

  async function commandsRoute(
    method: string,
    scope: string,
    commandId: string | undefined,
    req: http.IncomingMessage,
  ): Promise<ApiResult | undefined> {
    const bucket = (): RegisteredCommand[] => [...(commands.get(scope)?.values() ?? [])];
    if (commandId === undefined) {
      if (method === 'GET') return { status: 200, body: bucket() };
      if (method === 'PUT' || method === 'POST') {
        const { json } = await readBody(req);
        const list = method === 'PUT' ? json : [json];
        const issues = [
          ...checkCommandDefinitions(list),
          ...schemaIssues(method === 'PUT' ? 'commands' : 'command', json),
        ];
        if (issues.length > 0) {
          globalViolations.push(...issueStrings(issues, `${method} commands (${scope}): `));
          return { status: 400, body: invalidFormBody(issues) };
        }
        const previousGeneration = commands.get(scope);
        if (method === 'PUT') commands.set(scope, new Map()); // bulk overwrite replaces the whole scope
        const created = (list as Json[]).map((c) => storeCommand(scope, c, previousGeneration));
        log(`stand-in: ${method} ${created.length} command(s) in ${scope}`);
        return { status: method === 'PUT' ? 200 : 201, body: method === 'PUT' ? created : created[0] };
      }
      return undefined;
    }
    const found = bucket().find((c) => c.id === commandId);
    if (!found) throw new HttpError(404, { message: 'Unknown application command', code: 10063 });
    if (method === 'GET') return { status: 200, body: found };
    if (method === 'DELETE') {
      commands.get(scope)?.delete(`${found.type}:${found.name}`);
      return { status: 204 };
    }
    if (method === 'PATCH') {
      const { json } = await readBody(req);
      return { status: 200, body: storeCommand(scope, { ...found, ...json }) };
    }
    return undefined;
  }

  // ---------------------------------------------------------------- messages

  function registerFile(filename: string, contentType: string, data: Buffer, id = snowflake()): AttachmentInfo {
    files.set(id, { filename, contentType, data });
    const path = `/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: data.length,
      url: origin + path,
      proxy_url: `${origin}/media${path}`,
      content_type: contentType,
    };
  }

  /** Resolves the `attachments` of a create/edit payload against uploaded `files[n]` and existing attachments. */
  function resolveAttachments(
    data: Json,
    uploads: UploadedFile[],
    existing: AttachmentInfo[],
    ephemeral: boolean,
  ): AttachmentInfo[] {
    const byKey = new Map(uploads.map((u) => [u.key, u]));
    const used = new Set<string>();
    const out: AttachmentInfo[] = [];
    const fromUpload = (u: UploadedFile, meta: Json = {}): AttachmentInfo => {
      used.add(u.key);
      const info = registerFile(String(meta.filename ?? u.filename), u.contentType, u.data);
      if (meta.description) info.description = String(meta.description);
      if (ephemeral) info.ephemeral = true;
      return info;
    };
    if (Array.isArray(data.attachments)) {
      // An explicit list: keep listed old attachments, add listed uploads (id "n" = files[n]).
      for (const a of data.attachments as Json[]) {
        const id = String(a.id);
        const upload = byKey.get(`files[${id}]`);
        const old = existing.find((e) => e.id === id);
        if (upload) out.push(fromUpload(upload, a));
        else if (old) out.push(old);
      }
    } else {
      out.push(...existing);
    }
    for (const u of uploads) if (!used.has(u.key)) out.push(fromUpload(u));
    return out;
  }

  function newMessage(
    state: InteractionState | undefined,
    data: Json,
    uploads: UploadedFile[],
    extraFlags = 0,
  ): StandinMessage {
    // The bot cannot set LOADING itself; only a deferred reply (extraFlags) starts out loading.
    const flags = ((typeof data.flags === 'number' ? data.flags : 0) | extraFlags) & ~MessageFlagBits.Loading;
    const ephemeral = Boolean(flags & MessageFlagBits.Ephemeral);
    const message: StandinMessage = {
      id: snowflake(),
      type: state?.type === InteractionType.ApplicationCommand ? 20 : 0,
      channel_id: state?.outcome.payload.channel_id ?? channelId,
      ...(state && !state.outcome.payload.guild_id ? {} : { guild_id: guildId }),
      author: botUser,
      content: typeof data.content === 'string' ? data.content : '',
      embeds: Array.isArray(data.embeds) ? data.embeds : [],
      components: Array.isArray(data.components) ? data.components : [],
      attachments: resolveAttachments(data, uploads, [], ephemeral),
      flags: flags | (extraFlags & MessageFlagBits.Loading),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: Boolean(data.tts),
      webhook_id: applicationId,
      application_id: applicationId,
    };
    if (data.allowed_mentions !== undefined) message.allowed_mentions = data.allowed_mentions;
    if (data.poll !== undefined) message.poll = data.poll;
    if (state) {
      const p = state.outcome.payload;
      message.interaction_metadata = {
        id: p.id,
        type: p.type,
        user: p.member?.user ?? p.user,
        authorizing_integration_owners: p.authorizing_integration_owners,
        ...(p.data?.name ? { name: p.data.name } : {}),
      };
    }
    messages.set(message.id, { message, interactionId: state?.outcome.interactionId, deleted: false });
    return message;
  }

  /** Applies a partial edit like Discord: only the fields present change. */
  function applyEdit(message: StandinMessage, data: Json, uploads: UploadedFile[], markEdited: boolean): void {
    if (data.content !== undefined) message.content = typeof data.content === 'string' ? data.content : '';
    if (data.embeds !== undefined) message.embeds = Array.isArray(data.embeds) ? data.embeds : [];
    if (data.components !== undefined) message.components = Array.isArray(data.components) ? data.components : [];
    if (data.allowed_mentions !== undefined) message.allowed_mentions = data.allowed_mentions;
    if (data.poll !== undefined) message.poll = data.poll;
    const ephemeral = message.flags & MessageFlagBits.Ephemeral;
    if (typeof data.flags === 'number') message.flags = ephemeral | (data.flags & ~MessageFlagBits.Ephemeral);
    message.flags &= ~MessageFlagBits.Loading;
    if (data.attachments !== undefined || uploads.length > 0) {
      message.attachments = resolveAttachments(data, uploads, message.attachments, Boolean(ephemeral));
    }
    if (markEdited) message.edited_timestamp = new Date().toISOString();
  }

  /** The message a component interaction was on: stored if known, else built (as if the bot had sent it earlier). */
  function sourceMessage(partial: Partial<StandinMessage> | undefined): StandinMessage {
    if (partial?.id) {
      const stored = messages.get(partial.id);
      if (stored && !stored.deleted) return stored.message;
    }
    const message = newMessage(undefined, (partial ?? {}) as Json, []);
    if (partial?.id) {
      // Keep the caller's id so the bot sees the message it expects.
      messages.delete(message.id);
      message.id = partial.id;
      messages.set(message.id, { message, deleted: false });
    }
    Object.assign(message, { ...partial, id: message.id });
    return message;
  }

  // ---------------------------------------------------------------- interaction bookkeeping

  function atMs(state: InteractionState): number {
    return Math.round(performance.now() - state.sentAt);
  }

  function violation(state: InteractionState, text: string): void {
    state.outcome.violations.push(text);
    log(`stand-in: violation [${state.outcome.kind} ${state.outcome.interactionId}] ${text}`);
  }

  /** Recomputes `final` and `messages` from the stored messages. */
  function refresh(state: InteractionState): void {
    const ids = [...(state.originalId ? [state.originalId] : []), ...state.followupIds];
    state.outcome.messages = ids
      .map((id) => messages.get(id))
      .filter((s): s is StoredMessage => s !== undefined && !s.deleted)
      .map((s) => s.message);
    const original = state.originalId ? messages.get(state.originalId) : undefined;
    if (original) state.outcome.final = original.deleted ? null : original.message;
    else {
      const last = [...state.followupIds]
        .reverse()
        .map((id) => messages.get(id))
        .find((s) => s && !s.deleted);
      state.outcome.final = last ? last.message : state.followupIds.length > 0 ? null : undefined;
    }
  }

  /**
   * Default settle rule: a final callback (reply, update, autocomplete, modal)
   * settles at once; a deferred reply or deferred update settles with the
   * first edit of @original (or, for a deferred reply, the first follow-up).
   */
  function isSettled(state: InteractionState): boolean {
    if (state.until) return state.until(state.outcome);
    if (!state.acked) return false;
    if (state.ackType === Callback.DeferReply) return !state.loading;
    if (state.ackType === Callback.DeferUpdate) return state.outcome.edits.some((e) => e.status < 300);
    return true;
  }

  /** Called after every bit of activity on an interaction. */
  function touched(state: InteractionState): void {
    refresh(state);
    if (state.done) return;
    if (!isSettled(state)) return;
    state.outcome.settled = true;
    if (state.quietTimer) clearTimeout(state.quietTimer);
    state.quietTimer = setTimeout(() => finish(state, false), state.quietMs);
  }

  function finish(state: InteractionState, timedOut: boolean): void {
    if (state.done) return;
    state.done = true;
    if (state.quietTimer) clearTimeout(state.quietTimer);
    if (state.timeoutTimer) clearTimeout(state.timeoutTimer);
    state.outcome.timedOut = timedOut;
    if (!state.acked) {
      violation(
        state,
        `no response: the interaction was never acknowledged (Discord shows "The application did not respond")`,
      );
    } else if (state.ackType === Callback.DeferReply && state.loading) {
      violation(state, `deferred reply never edited: the user is left with "${botUser.username} is thinking..."`);
    }
    refresh(state);
    state.resolve?.(state.outcome);
  }

  function webhookState(appId: string, hookToken: string): InteractionState {
    if (appId !== applicationId) throw new HttpError(404, Errors.unknownWebhook);
    const state = byToken.get(hookToken);
    if (!state) throw new HttpError(401, Errors.invalidWebhookToken);
    return state;
  }

  function call(state: InteractionState, method: string, path: string, status: number): void {
    state.outcome.calls.push({ method, path, status, atMs: atMs(state) });
  }

  /** Records limit issues as violations; returns a 400 result if Discord would reject them. */
  function judge(state: InteractionState, issues: LimitIssue[], where: string, root = ''): ApiResult | undefined {
    for (const s of issueStrings(issues, `${where}: `)) violation(state, s);
    const hardIssues = issues.filter((i) => i.rejectedByDiscord);
    if (hardIssues.length === 0 || !rejectInvalid) return undefined;
    if (hardIssues.every((i) => i.rule === 'message.empty')) return { status: 400, body: Errors.emptyMessage };
    return { status: 400, body: invalidFormBody(hardIssues, root) };
  }

  // ---------------------------------------------------------------- REST: interaction callback

  function interactionCallback(id: string, itoken: string, url: URL, body: ParsedBody): ApiResult {
    const state = interactions.get(id);
    if (!state || state.outcome.token !== itoken) throw new HttpError(404, Errors.unknownInteraction);
    const data = body.json ?? {};
    const type = Number(data.type);
    const cbData = data.data as Json | undefined;
    const withResponse = url.searchParams.get('with_response') === 'true';
    const at = atMs(state);
    const entry: RecordedCallback = { type, data: cbData, atMs: at, withResponse, files: body.files, status: 0 };
    state.outcome.callbacks.push(entry);
    const result = ((): ApiResult => {
      if (state.acked) {
        violation(
          state,
          `double ack: callback type ${type} at ${at} ms, but the interaction was already acknowledged with type ${state.ackType} (Discord: 40060)`,
        );
        return { status: 400, body: Errors.alreadyAcked };
      }
      if (at > ackDeadlineMs) {
        violation(
          state,
          `late ack: callback type ${type} arrived ${at} ms after INTERACTION_CREATE (limit ${ackDeadlineMs} ms)`,
        );
        if (lateAcks === 'reject') return { status: 404, body: Errors.unknownInteraction };
      }
      if (!allowedCallbacks(state.type, state.sourceMessageId !== undefined).includes(type)) {
        violation(state, `callback type ${type} is not valid for a ${state.outcome.kind} interaction`);
        return {
          status: 400,
          body: invalidFormBody([
            {
              rule: 'INTERACTION_RESPONSE_TYPE_INVALID',
              path: 'type',
              message: 'Interaction response type is invalid',
              rejectedByDiscord: true,
            },
          ]),
        };
      }
      const where = `callback type ${type}`;
      let rejected: ApiResult | undefined;
      // Discord's schema is judged with each type's own limits below, so both kinds of problem are told.
      const schema = schemaIssues('callback', data);
      if (
        (type === Callback.Reply || type === Callback.DeferReply) &&
        state.forcedPrivate &&
        !((cbData?.flags ?? 0) & MessageFlagBits.Ephemeral)
      ) {
        // Discord shows it to the user alone anyway; a bot that thinks it is public edits and deletes the wrong way.
        violation(
          state,
          `${where}: public reply where Discord shows replies to the user alone (installed by the user only, and the server withholds Use External Apps)`,
        );
      }
      if (type === Callback.Reply) {
        rejected = judge(
          state,
          [...checkMessagePayload(cbData, { fileCount: body.files.length, requireAllowedMentions }), ...schema],
          where,
          'data',
        );
      } else if (type === Callback.Update) {
        const source = messages.get(state.sourceMessageId!)?.message;
        const issues = checkMessagePayload(cbData, {
          partial: true,
          fileCount: body.files.length,
          requireAllowedMentions,
        });
        if (source && !issues.some((i) => i.rule === 'message.empty')) {
          // An update is partial: judge emptiness on the message it would produce.
          const preview = structuredClone(source);
          applyEdit(preview, cbData ?? {}, [], false);
          if (isEmptyMessage(preview, body.files.length))
            issues.push({
              rule: 'message.empty',
              path: '',
              message: 'update would leave the message empty',
              rejectedByDiscord: true,
            });
        }
        rejected = judge(state, [...issues, ...schema], where, 'data');
      } else if (type === Callback.Autocomplete) {
        rejected = judge(state, [...checkAutocompleteChoices(cbData?.choices), ...schema], where, 'data.choices');
      } else if (type === Callback.Modal) {
        rejected = judge(state, [...checkModal(cbData), ...schema], where, 'data');
      } else {
        rejected = judge(state, schema, where);
      }
      if (rejected) return rejected;
      if (body.files.some((f) => f.size > attachmentSizeLimit)) {
        violation(state, `${where}: a file is larger than ${attachmentSizeLimit} bytes`);
        if (rejectInvalid) return { status: 413, body: { message: 'Request entity too large', code: 40005 } };
      }

      // Accepted: the interaction is acknowledged.
      state.acked = true;
      state.ackType = type;
      state.outcome.callback = { type, data: cbData, atMs: at };
      state.outcome.ackMs = at;
      let message: StandinMessage | undefined;
      if (type === Callback.Reply) {
        message = newMessage(state, cbData ?? {}, body.files);
        state.originalId = message.id;
      } else if (type === Callback.DeferReply) {
        // The "thinking..." placeholder: an empty message with the LOADING flag.
        message = newMessage(
          state,
          { flags: (cbData?.flags ?? 0) & MessageFlagBits.Ephemeral },
          [],
          MessageFlagBits.Loading,
        );
        state.originalId = message.id;
        state.loading = true;
      } else if (type === Callback.DeferUpdate || type === Callback.Update) {
        state.originalId = state.sourceMessageId;
        message = messages.get(state.originalId!)?.message;
        if (message && type === Callback.Update) applyEdit(message, cbData ?? {}, body.files, true);
      }
      if (!withResponse) return { status: 204 };
      // Shape of Discord's InteractionCallbackResponse.
      return {
        status: 200,
        body: {
          interaction: {
            id: state.outcome.interactionId,
            type: state.type,
            activity_instance_id: null,
            response_message_id: message?.id ?? null,
            response_message_loading: message ? Boolean(message.flags & MessageFlagBits.Loading) : null,
            response_message_ephemeral: message ? Boolean(message.flags & MessageFlagBits.Ephemeral) : null,
          },
          resource: { type, ...(message ? { message } : {}) },
        },
      };
    })();
    entry.status = result.status;
    if (result.status >= 400) entry.error = result.body as Json;
    call(state, 'POST', `/interactions/${id}/<token>/callback`, result.status);
    touched(state);
    return result;
  }

  // ---------------------------------------------------------------- REST: interaction webhooks

  /** Maps `@original` or an id to a stored message of this interaction. */
  function targetMessage(state: InteractionState, ref: string): StoredMessage | undefined {
    const id = ref === '@original' ? state.originalId : ref;
    if (!id) return undefined;
    if (id !== state.originalId && !state.followupIds.includes(id)) return undefined;
    const stored = messages.get(id);
    return stored && !stored.deleted ? stored : undefined;
  }

  function fetchMessage(state: InteractionState, ref: string): ApiResult {
    const stored = targetMessage(state, ref);
    const result: ApiResult = stored
      ? { status: 200, body: stored.message }
      : { status: 404, body: Errors.unknownMessage };
    call(state, 'GET', `/webhooks/<app>/<token>/messages/${ref}`, result.status);
    return result;
  }

  function editMessage(state: InteractionState, ref: string, body: ParsedBody): ApiResult {
    const data = body.json ?? {};
    const entry: RecordedEdit = { target: ref, data, files: body.files, atMs: atMs(state), status: 0 };
    state.outcome.edits.push(entry);
    const result = ((): ApiResult => {
      if (!state.acked) {
        violation(state, `edit of ${ref} before the interaction was acknowledged`);
        return { status: 404, body: Errors.unknownWebhook };
      }
      const stored = targetMessage(state, ref);
      if (!stored) {
        violation(state, `edit of ${ref}: no such message for this interaction (ack type ${state.ackType})`);
        return { status: 404, body: Errors.unknownMessage };
      }
      entry.messageId = stored.message.id;
      const issues = [
        ...checkMessagePayload(data, { partial: true, fileCount: body.files.length, requireAllowedMentions }),
        ...schemaIssues('edit', data),
      ];
      // An edit is partial: judge emptiness on the message it would produce (no side effects: no uploads).
      const preview = structuredClone(stored.message);
      applyEdit(preview, data, [], false);
      if (!issues.some((i) => i.rule === 'message.empty') && isEmptyMessage(preview, body.files.length)) {
        issues.push({
          rule: 'message.empty',
          path: '',
          message: 'edit would leave the message empty',
          rejectedByDiscord: true,
        });
      }
      const rejected = judge(state, issues, `edit of ${ref}`);
      if (rejected) return rejected;
      const wasLoading = state.loading && stored.message.id === state.originalId;
      // Filling a deferred reply is not shown as "(edited)" by Discord.
      applyEdit(stored.message, data, body.files, !wasLoading);
      if (wasLoading) state.loading = false;
      return { status: 200, body: stored.message };
    })();
    entry.status = result.status;
    if (result.status >= 400) entry.error = result.body as Json;
    call(state, 'PATCH', `/webhooks/<app>/<token>/messages/${ref}`, result.status);
    touched(state);
    return result;
  }

  function deleteMessage(state: InteractionState, ref: string): ApiResult {
    const stored = targetMessage(state, ref);
    const entry: RecordedDelete = { target: ref, messageId: stored?.message.id, atMs: atMs(state), status: 0 };
    state.outcome.deletes.push(entry);
    let result: ApiResult;
    if (!state.acked) {
      violation(state, `delete of ${ref} before the interaction was acknowledged`);
      result = { status: 404, body: Errors.unknownWebhook };
    } else if (!stored) {
      result = { status: 404, body: Errors.unknownMessage };
    } else {
      stored.deleted = true;
      if (stored.message.id === state.originalId) state.loading = false;
      result = { status: 204 };
    }
    entry.status = result.status;
    call(state, 'DELETE', `/webhooks/<app>/<token>/messages/${ref}`, result.status);
    touched(state);
    return result;
  }

  function followup(state: InteractionState, url: URL, body: ParsedBody): ApiResult {
    const data = body.json ?? {};
    const replacing = state.acked && state.loading;
    const entry: RecordedFollowup = {
      data,
      files: body.files,
      atMs: atMs(state),
      status: 0,
      replacedDeferred: replacing,
    };
    state.outcome.followups.push(entry);
    const result = ((): ApiResult => {
      if (!state.acked) {
        violation(state, 'follow-up before the interaction was acknowledged');
        return { status: 404, body: Errors.unknownWebhook };
      }
      const rejected = judge(
        state,
        [
          ...checkMessagePayload(data, { fileCount: body.files.length, requireAllowedMentions }),
          ...schemaIssues('followup', data),
        ],
        'follow-up',
      );
      if (rejected) return rejected;
      let message: StandinMessage;
      if (replacing) {
        // Discord puts the first follow-up after a deferred reply in place of "thinking...".
        message = messages.get(state.originalId!)!.message;
        applyEdit(message, data, body.files, false);
        state.loading = false;
      } else {
        message = newMessage(state, data, body.files);
        state.followupIds.push(message.id);
      }
      entry.messageId = message.id;
      return url.searchParams.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
    })();
    entry.status = result.status;
    if (result.status >= 400) entry.error = result.body as Json;
    call(state, 'POST', '/webhooks/<app>/<token>', result.status);
    touched(state);
    return result;
  }

  // ---------------------------------------------------------------- gateway

  function gatewaySend(session: GatewaySession, payload: Json): void {
    if (session.ws.readyState !== WebSocket.OPEN) return;
    const text = JSON.stringify(payload);
    if (!session.zlibStream) {
      session.ws.send(text);
      return;
    }
    // zlib-stream: a zlib header once, then raw deflate segments each ending in a
    // sync flush (00 00 ff ff). Independent segments concatenate into one valid stream.
    const segment = zlib.deflateRawSync(Buffer.from(text), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const frame = session.zlibHeaderSent ? segment : Buffer.concat([Buffer.from([0x78, 0x9c]), segment]);
    session.zlibHeaderSent = true;
    session.ws.send(frame, { binary: true });
  }

  function gatewayDispatch(session: GatewaySession, event: string, data: unknown): void {
    session.seq += 1;
    gatewaySend(session, { op: 0, t: event, s: session.seq, d: data });
  }

  function guildCreatePayload(): Json {
    const joinedAt = startedAt;
    return {
      id: guildId,
      name: 'Stand-in Guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      features: [],
      application_id: null,
      system_channel_id: channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      max_members: 500000,
      roles: [
        {
          id: guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: everyonePermissions,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      joined_at: joinedAt,
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [
        {
          user: botUser,
          roles: [],
          joined_at: joinedAt,
          deaf: false,
          mute: false,
          flags: 0,
          pending: false,
          nick: null,
          avatar: null,
          premium_since: null,
          communication_disabled_until: null,
        },
      ],
      channels: [textChannel],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  function onGatewayConnection(ws: WebSocket, url: URL): void {
    const query = Object.fromEntries(url.searchParams);
    const session: GatewaySession = {
      ws,
      seq: 0,
      identified: false,
      ready: false,
      zlibStream: query.compress === 'zlib-stream',
      zlibHeaderSent: false,
      query,
    };
    sessions.add(session);
    log(`stand-in: gateway connection ${url.search}`);
    ws.on('close', () => {
      session.ready = false;
      sessions.delete(session);
      if (session.sessionId && session.identify)
        pastSessions.set(session.sessionId, { seq: session.seq, identify: session.identify });
    });
    // Discord refuses other versions and encodings outright.
    if (query.v !== '10') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    if ((query.encoding ?? 'json') !== 'json') {
      ws.close(4002, 'Decode error');
      return;
    }
    gatewaySend(session, {
      op: 10,
      d: { heartbeat_interval: heartbeatIntervalMs, _trace: ['["gateway-standin",{"micros":0}]'] },
      s: null,
      t: null,
    });
    ws.on('message', (raw: RawData, isBinary: boolean) => onGatewayMessage(session, raw, isBinary));
  }

  function onGatewayMessage(session: GatewaySession, raw: RawData, isBinary: boolean): void {
    let payload: Json;
    try {
      if (isBinary) throw new Error('binary');
      payload = JSON.parse(raw.toString()) as Json;
    } catch {
      session.ws.close(4002, 'Decode error');
      return;
    }
    const op = payload.op;
    switch (op) {
      case 1: // heartbeat
        gatewaySend(session, { op: 11, d: null, s: null, t: null });
        return;
      case 2: // identify
        return identify(session, payload.d ?? {});
      case 6: // resume
        return resume(session, payload.d ?? {});
      case 3: // presence update
      case 4: // voice state update
      case 8: // request guild members
        if (!session.identified) session.ws.close(4003, 'Not authenticated');
        return;
      default:
        session.ws.close(4001, 'Unknown opcode');
    }
  }

  function identify(session: GatewaySession, d: Json): void {
    if (session.identified) {
      session.ws.close(4005, 'Already authenticated');
      return;
    }
    const given = String(d.token ?? '').replace(/^Bot\s+/i, '');
    if (given !== token) {
      globalViolations.push('gateway: IDENTIFY with a wrong token (closed 4004)');
      session.ws.close(4004, 'Authentication failed');
      return;
    }
    if (typeof d.intents !== 'number') {
      session.ws.close(4013, 'Invalid intent(s)');
      return;
    }
    const shard = Array.isArray(d.shard) ? (d.shard as [number, number]) : undefined;
    if (shard && (shard[1] !== 1 || shard[0] !== 0)) {
      session.ws.close(4010, 'Invalid shard');
      return;
    }
    session.identified = true;
    session.sessionId = randomBytes(16).toString('hex');
    const info: IdentifyInfo = {
      intents: d.intents,
      properties: d.properties ?? {},
      shard,
      compress: Boolean(d.compress),
      query: session.query,
      sessionId: session.sessionId,
    };
    session.identify = info;
    gatewayDispatch(session, 'READY', {
      v: 10,
      user: botUser,
      // Guilds start unavailable; GUILD_CREATE fills them in, as on Discord.
      guilds: [{ id: guildId, unavailable: true }],
      session_id: session.sessionId,
      session_type: 'normal',
      resume_gateway_url: gatewayUrl,
      shard: shard ?? [0, 1],
      application: { id: applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["gateway-standin",{"micros":0}]'],
    });
    // GUILD_CREATE is only sent with the GUILDS intent (bit 0).
    if (d.intents & 1) gatewayDispatch(session, 'GUILD_CREATE', guildCreatePayload());
    session.ready = true;
    log(`stand-in: READY (intents ${d.intents})`);
    for (const waiter of identifyWaiters.splice(0)) waiter(info);
  }

  function resume(session: GatewaySession, d: Json): void {
    const past = pastSessions.get(String(d.session_id));
    if (String(d.token ?? '') !== token || !past) {
      gatewaySend(session, { op: 9, d: false, s: null, t: null }); // invalid session, not resumable
      return;
    }
    session.identified = true;
    session.sessionId = String(d.session_id);
    session.seq = past.seq;
    session.identify = past.identify;
    gatewayDispatch(session, 'RESUMED', {});
    session.ready = true;
    for (const waiter of identifyWaiters.splice(0)) waiter(past.identify);
  }

  function currentSession(): GatewaySession | undefined {
    return [...sessions].reverse().find((s) => s.ready && s.ws.readyState === WebSocket.OPEN);
  }

  function waitForIdentify(timeoutMs = defaultTimeoutMs): Promise<IdentifyInfo> {
    const session = currentSession();
    if (session?.identify) return Promise.resolve(session.identify);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = identifyWaiters.indexOf(done);
        if (i >= 0) identifyWaiters.splice(i, 1);
        reject(new Error(`discord stand-in: no gateway session became READY within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (info: IdentifyInfo): void => {
        clearTimeout(timer);
        resolve(info);
      };
      identifyWaiters.push(done);
    });
  }

  // ---------------------------------------------------------------- sending interactions

  function member(input: SendOptionsBase): Json {
    const user = {
      id: '100000000000000001',
      username: 'tester',
      discriminator: '0',
      global_name: 'Tester',
      avatar: null,
      public_flags: 0,
      ...input.user,
    };
    return {
      user,
      roles: input.roles ?? [],
      // VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS, USE_APPLICATION_COMMANDS
      permissions: input.memberPermissions ?? '2147601472',
      joined_at: startedAt,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    };
  }

  const USE_EXTERNAL_APPS = 1n << 50n;

  /** Owners of the installs that authorise an interaction, as Discord sends them ('0' guild, '1' user). */
  function owners(place: InteractionPlace, installs: Array<'guild' | 'user'>, userId: string): Json {
    const out: Json = {};
    // In the bot's DM a guild install is named by "0" rather than a guild id.
    if (installs.includes('guild')) out['0'] = place === 'guild' ? guildId : '0';
    if (installs.includes('user')) out['1'] = userId;
    return out;
  }

  function isForcedPrivate(payload: Json): boolean {
    if (!payload.guild_id) return false;
    if (payload.authorizing_integration_owners?.['0']) return false;
    return (BigInt(payload.member?.permissions ?? '0') & USE_EXTERNAL_APPS) === 0n;
  }

  function basePayload(type: number, input: SendOptionsBase): Json {
    const place = input.place ?? 'guild';
    const installs = input.installs ?? (place === 'group-dm' ? ['user'] : ['guild']);
    const common = {
      id: snowflake(),
      application_id: applicationId,
      type,
      token: randomToken(),
      version: 1,
      locale: input.locale ?? 'en-US',
      entitlements: [],
      attachment_size_limit: attachmentSizeLimit,
    };
    if (place !== 'guild') {
      // Outside a server: `user` instead of `member`, no guild, and the DM or group DM as the channel.
      const user = member(input).user as Json;
      const dmId =
        place === 'bot-dm'
          ? (dmChannels.get(user.id) ?? dmChannels.set(user.id, snowflake()).get(user.id)!)
          : snowflake();
      const channel =
        place === 'bot-dm'
          ? { id: dmId, type: 1, last_message_id: null, flags: 0, recipients: [user] }
          : {
              id: dmId,
              type: 3,
              name: 'group chat',
              owner_id: user.id,
              last_message_id: null,
              flags: 0,
              icon: null,
              recipients: [
                user,
                {
                  id: '100000000000000099',
                  username: 'friend',
                  discriminator: '0',
                  global_name: 'Friend',
                  avatar: null,
                },
              ],
            };
      return {
        ...common,
        channel_id: dmId,
        channel,
        user,
        // Only what the user's own install may do there.
        app_permissions: place === 'bot-dm' ? everyonePermissions : '2248473465835073',
        authorizing_integration_owners: owners(place, installs, user.id),
        context: place === 'bot-dm' ? 1 : 2,
      };
    }
    const m = member(input);
    return {
      ...common,
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      channel_id: channelId,
      channel: { ...textChannel, permissions: input.appPermissions ?? everyonePermissions },
      member: m,
      app_permissions: input.appPermissions ?? everyonePermissions,
      guild_locale: 'en-US',
      authorizing_integration_owners: owners(place, installs, m.user.id),
      context: 0,
    };
  }

  /**
   * Would Discord offer this command here? Outside a server only global commands exist, and a
   * command is offered only in the contexts and for the installs it was registered for.
   */
  function availability(command: RegisteredCommand, payload: Json): string[] {
    const issues: string[] = [];
    const context = payload.context as number;
    const placeName = ['a server', 'the bot DM', 'a group DM'][context];
    if (context !== 0 && command.guild_id)
      issues.push(
        `"${command.name}" is registered in one server only: Discord offers it nowhere else, not in ${placeName}`,
      );
    const contexts = Array.isArray(command.contexts) ? (command.contexts as number[]) : [0, 1, 2];
    if (!contexts.includes(context))
      issues.push(
        `"${command.name}" is not registered for ${placeName} (contexts ${JSON.stringify(command.contexts)})`,
      );
    const installedAs = Object.keys(payload.authorizing_integration_owners ?? {}).map(Number);
    const types = Array.isArray(command.integration_types) ? (command.integration_types as number[]) : [0];
    if (!command.guild_id && !installedAs.some((t) => types.includes(t))) {
      issues.push(
        `"${command.name}" is not registered for ${installedAs.includes(1) ? 'a user install' : 'a server install'} (integration_types ${JSON.stringify(command.integration_types ?? null)})`,
      );
    }
    return issues;
  }

  function findCommand(name: string, type: number): RegisteredCommand | undefined {
    for (const scope of [guildId, 'global']) {
      const found = commands.get(scope)?.get(`${type}:${name}`);
      if (found) return found;
    }
    return undefined;
  }

  /** Builds `data` for command and autocomplete interactions, wiring attachments into `resolved`. */
  function commandData(input: SendCommandInput, issues: string[], payload: Json): Json {
    const type = input.commandType ?? 1;
    const registered = payload.guild_id
      ? findCommand(input.name, type)
      : commands.get('global')?.get(`${type}:${input.name}`);
    if (!registered && options.requireRegisteredCommands) {
      issues.push(
        `command "${input.name}" was never registered${payload.guild_id ? '' : ' globally'} (PUT .../commands first)`,
      );
    }
    if (registered) issues.push(...availability(registered, payload));
    const uploaded = (input.attachments ?? []).map((a) => addAttachment(a));
    let nextUnclaimed = 0;
    const mapOptions = (opts: CommandOptionInput[]): Json[] =>
      opts.map((o) => {
        const out: Json = { name: o.name, type: o.type };
        if (o.options) out.options = mapOptions(o.options);
        if (o.focused) out.focused = true;
        if (o.type === 11) {
          // Accept the attachment's id or filename, or take the next one in order.
          const found =
            uploaded.find((a) => a.id === String(o.value) || a.filename === String(o.value)) ?? uploaded[nextUnclaimed];
          nextUnclaimed++;
          out.value = found?.id ?? o.value;
        } else if (o.value !== undefined) {
          out.value = o.value;
        }
        return out;
      });
    const data: Json = { id: registered?.id ?? snowflake(), name: input.name, type };
    if (registered?.guild_id) data.guild_id = registered.guild_id;
    if (input.options?.length) data.options = mapOptions(input.options);
    const resolved: Json = { ...(input.resolved ?? {}) };
    if (uploaded.length > 0) resolved.attachments = Object.fromEntries(uploaded.map((a) => [a.id, a]));
    if (type === 3) {
      // A message command carries the message it was used on, content included (no intent needed).
      const target: Json = {
        id: snowflake(),
        type: 0,
        channel_id: payload.channel_id,
        content: '',
        embeds: [],
        components: [],
        attachments: [],
        author: {
          id: '100000000000000042',
          username: 'someone',
          discriminator: '0',
          global_name: 'Someone',
          avatar: null,
        },
        flags: 0,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        mentions: [],
        mention_roles: [],
        mention_everyone: false,
        pinned: false,
        tts: false,
        ...(payload.guild_id ? { guild_id: payload.guild_id } : {}),
        ...(input.targetMessage ?? {}),
      };
      data.target_id = target.id;
      resolved.messages = { ...(resolved.messages ?? {}), [target.id]: target };
    }
    if (Object.keys(resolved).length > 0) data.resolved = resolved;
    return data;
  }

  function addAttachment(input: AttachmentInput): AttachmentInfo {
    const data = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
    const info = registerFile(
      input.filename,
      input.contentType ?? 'application/octet-stream',
      data,
      input.id ?? snowflake(),
    );
    if (input.description) info.description = input.description;
    return info;
  }

  async function send(
    kind: InteractionKind,
    payload: Json,
    input: SendOptionsBase,
    preIssues: string[],
    sourceMessageId?: string,
  ): Promise<InteractionOutcome> {
    const timeoutMs = input.timeoutMs ?? defaultTimeoutMs;
    await waitForIdentify(timeoutMs);
    const session = currentSession();
    if (!session) throw new Error('discord stand-in: no open gateway session to dispatch to');
    const outcome: InteractionOutcome = {
      kind,
      interactionId: payload.id,
      token: payload.token,
      payload,
      callbacks: [],
      edits: [],
      followups: [],
      deletes: [],
      messages: [],
      violations: [...preIssues],
      calls: [],
      settled: false,
      timedOut: false,
    };
    const state: InteractionState = {
      outcome,
      type: payload.type,
      sentAt: 0,
      acked: false,
      sourceMessageId,
      loading: false,
      followupIds: [],
      until: input.until,
      quietMs: input.quietMs ?? defaultQuietMs,
      done: false,
      forcedPrivate: isForcedPrivate(payload),
    };
    interactions.set(outcome.interactionId, state);
    byToken.set(outcome.token, state);
    outcomes.push(outcome);
    const result = new Promise<InteractionOutcome>((resolve) => {
      state.resolve = resolve;
    });
    // The 3-second clock starts when the event leaves for the bot.
    state.sentAt = performance.now();
    gatewayDispatch(session, 'INTERACTION_CREATE', payload);
    state.timeoutTimer = setTimeout(() => finish(state, true), timeoutMs);
    log(`stand-in: sent ${kind} ${outcome.interactionId}`);
    return result;
  }

  function sendCommand(input: SendCommandInput): Promise<InteractionOutcome> {
    const issues: string[] = [];
    const payload = basePayload(InteractionType.ApplicationCommand, input);
    payload.data = commandData(input, issues, payload);
    return send('command', payload, input, issues);
  }

  function sendAutocomplete(input: SendAutocompleteInput): Promise<InteractionOutcome> {
    const issues: string[] = [];
    const payload = basePayload(InteractionType.Autocomplete, input);
    payload.data = commandData(
      { name: input.name, options: input.options, place: input.place, installs: input.installs },
      issues,
      payload,
    );
    return send('autocomplete', payload, input, issues);
  }

  function sendComponent(input: SendComponentInput): Promise<InteractionOutcome> {
    const payload = basePayload(InteractionType.MessageComponent, input);
    const message = sourceMessage(input.message);
    const componentType = input.componentType ?? 2;
    payload.message = message;
    payload.data = { custom_id: input.customId, component_type: componentType };
    if (componentType !== 2) payload.data.values = input.values ?? [];
    return send('component', payload, input, [], message.id);
  }

  function sendModalSubmit(input: SendModalSubmitInput): Promise<InteractionOutcome> {
    const payload = basePayload(InteractionType.ModalSubmit, input);
    let sourceId: string | undefined;
    if (input.message) {
      const message = sourceMessage(input.message);
      payload.message = message;
      sourceId = message.id;
    }
    payload.data = {
      custom_id: input.customId,
      // Legacy action-row layout, which discord.js's ModalSubmitFields reads.
      components: input.fields.map((f) => ({
        type: 1,
        components: [{ type: 4, custom_id: f.customId, value: f.value }],
      })),
    };
    return send('modal', payload, input, [], sourceId);
  }

  // ---------------------------------------------------------------- the handle

  return {
    apiBase,
    origin,
    gatewayUrl,
    token,
    applicationId,
    guildId,
    channelId,
    waitForIdentify,
    isConnected: () => currentSession() !== undefined,
    registeredCommands(scope?: string): RegisteredCommand[] {
      const scopes = scope === undefined ? [...commands.keys()] : [scope];
      return scopes.flatMap((s) => [...(commands.get(s)?.values() ?? [])]);
    },
    sendCommand,
    sendAutocomplete,
    sendComponent,
    sendButton: (input) => sendComponent({ ...input, componentType: 2 }),
    sendModalSubmit,
    dispatch(event: string, data: unknown): void {
      const session = currentSession();
      if (!session) throw new Error('discord stand-in: no open gateway session to dispatch to');
      gatewayDispatch(session, event, data);
    },
    addAttachment,
    outcomes,
    requests,
    unknownRequests,
    violations(): string[] {
      return [
        ...globalViolations,
        ...outcomes.flatMap((o) => o.violations.map((v) => `[${o.kind} ${o.interactionId}] ${v}`)),
      ];
    },
    async close(): Promise<void> {
      for (const state of interactions.values()) finish(state, true);
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections(); // keep-alive sockets from undici would hold close() open
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
