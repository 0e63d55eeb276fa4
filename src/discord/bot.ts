// npm start with DISCORD_TOKEN: the Discord bot. It checks its settings, logs in with the Guilds
// intent only, loads the articles while already acknowledging commands, watches the seeds folder,
// and shuts down cleanly on SIGINT or SIGTERM. Logs are JSON lines on stderr; the token never is.

import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { nlp } from '../extract/nlp.ts';
import { FeedbackLog } from '../feedback/feedback-log.ts';
import { DEFAULT_CACHE_DIR, KnowledgeCache } from '../knowledge/cache.ts';
import { KnowledgeStore } from '../knowledge/store.ts';
import { createLogger, type Logger } from '../log.ts';
import { cooperativeExtractor, LiveKnowledge, logProgress } from './live-knowledge.ts';
import { describeLoginProblem, gatewayCloseProblem, loginProblemKind } from './login-problem.ts';
import { RateLimiter } from './rate-limit.ts';
import { createRouter } from './router.ts';
import { checkSettings, SettingsError } from './settings.ts';
import { SourcesStore } from './sources-store.ts';
import { anyTestHook, readTestHooks } from './test-hooks.ts';
import { watchSeeds } from './watch-seeds.ts';

/** Discord's file servers; /add downloads attachments only from these (and a local stand-in's host). */
const DISCORD_CDN_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'];
/** How long a deferred answer waits for the first load (an interaction token lasts 15 minutes). */
const LOAD_WAIT_MS = 60_000;
/** How long shutdown waits for answers in progress. */
const DRAIN_MS = 3000;

export interface RunningBot {
  client: Client;
  knowledge: LiveKnowledge;
  log: Logger;
  /** Stops everything; resolves when done (does not exit the process). */
  stop(reason: string): Promise<void>;
}

export async function startBot(env: NodeJS.ProcessEnv): Promise<RunningBot> {
  const checked = checkSettings(env, { mode: 'start' });
  const log = createLogger(
    env.LOG_FORMAT?.trim() === 'text' ? 'text' : 'json',
    checked.ok ? checked.settings.logLevel : 'info',
  );
  if (!checked.ok) {
    for (const problem of checked.problems) log.error(problem);
    throw new SettingsError(checked.problems);
  }
  const { settings } = checked;
  for (const warning of checked.warnings) log.warn(warning);
  const hooks = readTestHooks(env);
  if (anyTestHook(hooks))
    log.warn('test-only hooks are on (NEWS_BOT_TEST_*); never set them in production', {
      throwWhen: hooks.throwWhen,
      loadDelayMs: hooks.loadDelayMs,
    });
  if (env.ALLOW_PRIVATE_URLS === 'true')
    log.warn('ALLOW_PRIVATE_URLS is on: /add url: may fetch local and private addresses; it is for tests only');

  const cacheDir = env.CACHE_DIR?.trim() || DEFAULT_CACHE_DIR;
  const store = new KnowledgeStore(settings.seedsDir, {
    log,
    maxBytes: settings.maxArticleBytes,
    extractor: cooperativeExtractor,
    cache: new KnowledgeCache(cacheDir, log),
    onProgress: logProgress(log),
  });
  const knowledge = new LiveKnowledge(store, log);
  const sources = new SourcesStore(cacheDir, log);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Set here too, so even a reply that forgot it can never ping anyone.
    allowedMentions: { parse: [] },
    ...(settings.apiBase ? { rest: { api: settings.apiBase } } : {}),
  });

  const pending = new Set<Promise<void>>();
  const route = createRouter({
    knowledge,
    addArticle: async (name, bytes) => {
      const article = await store.addArticle(name, bytes);
      return { article, kb: knowledge.current };
    },
    log,
    sources,
    limiter: new RateLimiter(settings.rateLimitPerMinute),
    maxArticleBytes: settings.maxArticleBytes,
    attachmentHosts: [...DISCORD_CDN_HOSTS, ...(settings.apiBase ? [new URL(settings.apiBase).host] : [])],
    hooks,
    loadWaitMs: LOAD_WAIT_MS,
    feedback: new FeedbackLog(env.FEEDBACK_LOG?.trim() || join(cacheDir, 'feedback.jsonl')),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    const p = route(interaction).finally(() => pending.delete(p));
    pending.add(p);
  });
  client.on(Events.Error, (error) => log.error('discord client error', { error }));
  client.on(Events.Warn, (message) => log.warn(message));
  // Disconnects while stopping are our own doing; others are worth a line (discord.js reconnects).
  let stopping: Promise<void> | undefined;
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping) return;
    // A close code discord.js does not recover from is said for what it means.
    const problem = gatewayCloseProblem(event.code);
    if (problem) log.error(problem, { shard, code: event.code });
    else log.warn('gateway disconnected', { shard, code: event.code });
  });
  client.on(Events.ShardReconnecting, (shard) => stopping || log.info('gateway reconnecting', { shard }));

  // The test-only load delay counts from the moment the gateway is ready.
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  client.once(Events.ClientReady, (c) => {
    log.info('connected to Discord', {
      user: c.user.tag,
      application: c.application.id,
      guilds: c.guilds.cache.size,
      shard: c.shard?.ids,
    });
    connected();
  });
  const hold = hooks.loadDelayMs ? ready.then(() => sleep(hooks.loadDelayMs)) : Promise.resolve();

  log.info('starting', {
    seeds: settings.seedsDir,
    api: settings.apiBase ?? 'https://discord.com/api',
    rateLimitPerMinute: settings.rateLimitPerMinute,
  });
  // Never rejects: failures are logged and retried. Once loaded, the language model that reads
  // questions is loaded too, so the first /ask does not wait for it.
  void knowledge.load(hold).then(() => setImmediate(() => nlp()));
  // Sources of replies past their retention are removed once the articles are being read.
  setImmediate(() => sources.prune());
  const watcher = watchSeeds(settings.seedsDir, (reason) => void knowledge.refresh(reason), log);

  const stop = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      log.info('shutting down', { reason, inFlight: pending.size });
      knowledge.stop();
      await Promise.race([Promise.allSettled([...pending]), sleep(DRAIN_MS)]);
      await watcher.close().catch((error: unknown) => log.warn('closing the watcher failed', { error }));
      await client.destroy();
      log.info('stopped');
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          log.error('shutdown failed', { error });
          process.exit(1);
        },
      );
    });
  }
  process.on('unhandledRejection', (error) => log.error('unhandled rejection', { error }));

  try {
    await client.login(settings.token);
  } catch (error) {
    const problem = describeLoginProblem(error, settings.apiBase);
    log.error(problem, { problem: loginProblemKind(error), error });
    await stop('login failed');
    throw new Error(problem, { cause: error });
  }
  return { client, knowledge, log, stop };
}
