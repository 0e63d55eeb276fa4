// The console as a person keeps it open: a real process reading commands as they are typed. It
// reloads when articles are copied into the seeds folder, as the bot does, and its /help lists
// exactly the commands it takes, while Discord's lists exactly those registered.

import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../commands/index.ts';
import { answerLine } from '../src/console/main.ts';
import { CONSOLE_COMMANDS, parseCommand } from '../src/console/parse-command.ts';
import { commandDefinitions } from '../src/discord/definitions.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/fixtures/discord');

/** A console process with its output read line by line. */
function startConsole(seeds: string) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/console/main.ts', '--json', '--watch', '--seeds', seeds],
    {
      cwd: ROOT,
      env: { ...process.env, CACHE_DIR: join(seeds, '..', 'cache'), LOG_FORMAT: 'text' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const until = async (what: () => boolean, ms: number, label: string) => {
    const start = Date.now();
    while (!what()) {
      if (Date.now() - start > ms) throw new Error(`timed out waiting for ${label}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    child,
    stderr: () => stderr,
    until,
    /** Sends one command and waits for its one JSON line. */
    async ask(line: string): Promise<{ found: boolean; text: string }> {
      const before = stdout.split('\n').filter(Boolean).length;
      child.stdin.write(`${line}\n`);
      await until(() => stdout.split('\n').filter(Boolean).length > before, 30_000, line);
      return JSON.parse(stdout.split('\n').filter(Boolean)[before]);
    },
  };
}

describe('the interactive console', () => {
  const base = mkdtempSync(join(tmpdir(), 'newsbot-console-watch-'));
  const seeds = join(base, 'seeds');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it(
    'answers from an article copied into the seeds folder while it runs, without a restart',
    { timeout: 60_000 },
    async () => {
      const { cpSync } = await import('node:fs');
      cpSync(join(FIXTURES, 'seeds'), seeds, { recursive: true });
      const console_ = startConsole(seeds);
      try {
        await console_.until(() => /watching the seeds folder/.test(console_.stderr()), 30_000, 'the watcher');
        const before = await console_.ask('/who Irene Castellan');
        expect(before.found).toBe(false);
        copyFileSync(join(FIXTURES, 'incoming', '04_estavia_cholera.txt'), join(seeds, '04_estavia_cholera.txt'));
        await console_.until(() => /seeds folder changed/.test(console_.stderr()), 15_000, 'the reload');
        const after = await console_.ask('/who Irene Castellan');
        expect(after.found).toBe(true);
        expect(after.text).toMatch(/health minister/i);
      } finally {
        console_.child.stdin.end();
        await new Promise((r) => console_.child.once('close', r));
      }
      // Closing its input ends it: the watcher does not keep it running.
      expect(console_.child.exitCode).toBe(0);
    },
  );
});

describe('/help lists exactly the commands there are', () => {
  const usages = (text: string) => [...text.matchAll(/(?:^|\n)• \*\*\/([a-z]+)/g)].map((m) => m[1]).sort();

  it('in the console: the commands it takes, and each of them runs', async () => {
    const { kb } = await loadKnowledge(join(FIXTURES, 'seeds'), createLogger('text', 'error'), { cacheDir: false });
    const help = JSON.parse(answerLine(kb, '/help', true)) as { reply: { embeds: { description: string }[] } };
    const listed = usages(help.reply.embeds[0].description);
    expect(listed).toEqual([...CONSOLE_COMMANDS].sort());
    for (const name of listed)
      expect(parseCommand(`/${name}`).ok || /needs/.test((parseCommand(`/${name}`) as { error: string }).error)).toBe(
        true,
      );
    // /add takes a path or an address in the console (src/console/add.ts).
    expect(parseCommand('/add file:x.txt')).toMatchObject({ ok: true, name: 'add', options: { file: 'x.txt' } });
  });

  it('in Discord: every registered command, written with its options as registered', async () => {
    const { kb } = await loadKnowledge(join(FIXTURES, 'seeds'), createLogger('text', 'error'), { cacheDir: false });
    const help = runCommand(kb, 'help', {});
    const lines = help.sections.flatMap((s) => s.lines.map((l) => l.label));
    const registered = commandDefinitions().map((d) => {
      // A message command is found in a message's Apps menu, by its name.
      if (d.type === 3) return d.name;
      const options = ('options' in d ? (d.options ?? []) : []) as { name: string; required?: boolean }[];
      return [`/${d.name}`, ...options.map((o) => (o.required ? o.name : `[${o.name}]`))].join(' ');
    });
    expect([...lines].sort()).toEqual([...registered].sort());
  });
});
