// Runs the bot as a child process, exactly as `npm run deploy` and `npm start` do, and collects what
// it writes to stderr (one JSON log entry a line) so tests can wait for log entries.

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export type LogEntry = Record<string, unknown> & { level?: string; message?: string };

/** Settings the tests control; a developer's own .env never overrides them (dotenv keeps what is set). */
const CONTROLLED = [
  'DISCORD_TOKEN',
  'DISCORD_CLIENT_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_BASE',
  'SEEDS_DIR',
  'CACHE_DIR',
  'MAX_ARTICLE_BYTES',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'RATE_LIMIT_PER_MINUTE',
  'DISCORD_SHARDS',
  'NEWS_BOT_TEST_THROW',
  'NEWS_BOT_TEST_LOAD_DELAY_MS',
  'FEEDBACK_LOG',
];

export function botEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONTROLLED) env[name] = ''; // empty = unset for the bot, and not taken from .env
  // discord.js reads these itself (set by a ShardingManager); an empty one would break the client.
  for (const name of ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'SHARDS', 'SHARD_COUNT']) delete env[name];
  return { ...env, ...settings };
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (e.g. `npm run deploy`). */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export class BotProcess {
  readonly child: ChildProcess;
  /** Every stderr line, as written. */
  readonly lines: string[] = [];
  stdout = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private partial = '';
  private waiters: Array<() => void> = [];

  /** `script` relative to the project root, run with tsx like the npm scripts do. */
  constructor(script: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(TSX, [script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => {
      const text = this.partial + d.toString();
      const parts = text.split('\n');
      this.partial = parts.pop() ?? '';
      this.lines.push(...parts);
      for (const w of this.waiters.splice(0)) w();
    });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        if (this.partial) this.lines.push(this.partial);
        this.partial = '';
        for (const w of this.waiters.splice(0)) w();
        resolve({ code, signal });
      });
    });
  }

  /** The stderr lines that are JSON log entries. */
  get logs(): LogEntry[] {
    return this.lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as LogEntry];
      } catch {
        return [];
      }
    });
  }

  /** Resolves with the first log entry matching, waiting for it if need be. */
  async waitForLog(match: (entry: LogEntry) => boolean, timeoutMs = 20_000): Promise<LogEntry> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.logs.find(match);
      if (found) return found;
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        throw new Error(`the bot exited before logging what was awaited:\n${this.lines.join('\n')}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for a log entry:\n${this.lines.slice(-20).join('\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends the signal and waits for the exit (SIGKILL after the timeout). */
  async stop(
    signal: NodeJS.Signals = 'SIGTERM',
    timeoutMs = 10_000,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
