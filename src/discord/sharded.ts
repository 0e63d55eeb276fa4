// npm run start:sharded: the bot as several processes, one per gateway shard, through discord.js's
// ShardingManager. Only needed for bots in thousands of servers: Discord requires sharding once a
// bot is in 2,500 servers per shard. Each shard is `src/main.ts` run with tsx; each loads its own
// knowledge base and watches the same seeds folder, so an article added through one shard reaches
// all of them. DISCORD_SHARDS fixes the number of shards; otherwise Discord recommends one.
// (Not SHARD_COUNT: discord.js reads that itself in every client.)

import { MODULE_EXT, NODE_FLAGS } from '../runtime.ts';
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { REST, Routes, type Shard, ShardingManager } from 'discord.js';
import { createLogger } from '../log.ts';
import { checkSettings } from './settings.ts';

const MAIN = fileURLToPath(new URL(`../main${MODULE_EXT}`, import.meta.url));
const SPAWN_TIMEOUT_MS = 120_000;

async function main(): Promise<void> {
  const checked = checkSettings(process.env, { mode: 'start' });
  const log = createLogger(process.env.LOG_FORMAT?.trim() === 'text' ? 'text' : 'json');
  if (!checked.ok) {
    for (const problem of checked.problems) log.error(problem);
    process.exitCode = 1;
    return;
  }
  const { token, apiBase } = checked.settings;
  let totalShards = Number(process.env.DISCORD_SHARDS || 0);
  if (!Number.isInteger(totalShards) || totalShards < 1) {
    // Asked of the same API the shards use (discord.js's own 'auto' always asks discord.com).
    const rest = new REST(apiBase ? { api: apiBase } : {}).setToken(token!);
    totalShards = ((await rest.get(Routes.gatewayBot())) as { shards: number }).shards;
  }
  const manager = new ShardingManager(MAIN, {
    token,
    totalShards,
    mode: 'process',
    respawn: true,
    // Each shard is TypeScript, run through tsx's loader.
    execArgv: NODE_FLAGS,
  });
  let stopping = false;
  manager.on('shardCreate', (shard: Shard) => {
    log.info('shard starting', { shard: shard.id, of: totalShards });
    // The manager starts it again (respawn), unless we are stopping.
    shard.on(
      'death',
      (child) =>
        stopping ||
        log.warn('shard exited; restarting it', {
          shard: shard.id,
          code: 'exitCode' in child ? child.exitCode : undefined,
        }),
    );
  });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    log.info('stopping shards', { signal });
    // Each shard shuts down gracefully on SIGTERM (see bot.ts) and exits 0.
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            shard.kill();
          }),
      ),
    );
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  log.info('spawning shards', { shards: totalShards });
  await manager.spawn({ amount: totalShards, timeout: SPAWN_TIMEOUT_MS });
  log.info('all shards ready', { shards: totalShards });
}

main().catch((error: unknown) => {
  createLogger('json').error('sharded start failed', { error });
  process.exit(1);
});
