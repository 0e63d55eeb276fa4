// The console as people and scripts run it: a real process, a real seeds folder, commands on stdin.
// All processes start together in beforeAll (each costs a tsx start-up), and the tests read their
// results.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_FILE = '000_eb5dd61c9aed607a.txt';
const CHECK_CASES = '/work/shared/check-cases.mjs';
const SHARED_SEEDS = '/work/shared/seeds';
const SEED_CASES = '/work/shared/corpus/seed-cases.jsonl';
const canCheckCases = existsSync(CHECK_CASES) && existsSync(SHARED_SEEDS) && existsSync(SEED_CASES);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { input?: string; env: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The batch of commands: good ones, ones that find nothing, and bad ones. */
const COMMANDS = [
  '/who Belousov',
  '/timeline',
  '/timeline about:Taiwan',
  '/quotes speaker:Belousov',
  'hello, who is Belousov?',
  '/nosuch thing',
  '/ask Who did Belousov meet?',
  '/articles',
  '/who Mairead Quill',
  '/who',
  '/quotes speaker:Lisken page:2',
  `/who ${'x'.repeat(81)}`,
  '/ask question:What did “Quill” say about **pay** @everyone <@123456789012345678>?',
  '/who 習近平 🙂',
];

interface JsonAnswer {
  command: string;
  found: boolean;
  text: string;
  reply: { allowedMentions?: { parse?: unknown[] }; embeds?: unknown[]; content?: string };
  citations: { file: string; start: number; end: number; quote: string }[];
}

let seeds: string;
let cache: string;
let env: NodeJS.ProcessEnv;
let batch: Run;
let loneSlash: Run;
let missingFolder: Run;
let npmArticles: Run;
let checkCases: Run | undefined;
let answers: JsonAnswer[];

beforeAll(async () => {
  seeds = mkdtempSync(join(tmpdir(), 'console-e2e-seeds-'));
  cache = mkdtempSync(join(tmpdir(), 'console-e2e-cache-'));
  copyFileSync(join(ROOT, 'seeds', SEED_FILE), join(seeds, SEED_FILE));
  copyFileSync(join(ROOT, 'test/fixtures/corpus/harbour-strike.txt'), join(seeds, 'harbour-strike.txt'));
  writeFileSync(join(seeds, 'empty-draft.txt'), '');
  writeFileSync(join(seeds, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));

  env = { ...process.env, CACHE_DIR: cache, LOG_FORMAT: 'text', LOG_LEVEL: 'info' };
  delete env.SEEDS_DIR;
  const tsx = (input: string, dir: string) => run('npx', ['tsx', 'src/console/main.ts', '--json', '--seeds', dir], { input, env });

  [batch, loneSlash, missingFolder, npmArticles, checkCases] = await Promise.all([
    tsx(COMMANDS.join('\n') + '\n', seeds),
    tsx('/\n/articles\n', seeds),
    tsx('/articles\n/who Belousov\n', join(seeds, 'no-such-folder')),
    run('npm', ['run', '--silent', 'ask', '--', '--json', '/articles'], { env }),
    canCheckCases
      ? run('node', [CHECK_CASES, '--corpus', SHARED_SEEDS, '--cases', SEED_CASES], { env })
      : Promise.resolve(undefined),
  ]);
  answers = batch.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as JsonAnswer);
}, 120_000);

afterAll(() => {
  rmSync(seeds, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('console --json with commands on stdin', () => {
  it('exits cleanly', () => {
    expect(batch.code, batch.stderr).toBe(0);
  });

  it('writes exactly one JSON line per input line, in order, and nothing else on stdout', () => {
    const lines = batch.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toHaveLength(COMMANDS.length);
    for (const line of lines.slice(0, -1)) expect(() => JSON.parse(line), line.slice(0, 100)).not.toThrow();
    expect(answers.map((a) => a.command)).toEqual(COMMANDS.map((c) => c.trim()));
  });

  it('gives every answer command, found, text, reply and citations', () => {
    for (const a of answers) {
      expect(Object.keys(a).sort(), a.command).toEqual(['citations', 'command', 'found', 'reply', 'text']);
      expect(typeof a.found).toBe('boolean');
      expect(a.text.trim().length, a.command).toBeGreaterThan(0);
      expect(Array.isArray(a.citations)).toBe(true);
    }
  });

  it('cites only exact text: every quote is the file at [start, end)', () => {
    let checked = 0;
    for (const a of answers) {
      for (const c of a.citations) {
        const text = readFileSync(join(seeds, c.file), 'utf8');
        expect(c.start, `${a.command} → ${c.file}`).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeGreaterThan(c.start);
        expect(c.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(c.start, c.end), `${a.command} → ${c.file}`).toBe(c.quote);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('pings nobody: allowedMentions.parse is empty in every reply', () => {
    for (const a of answers) expect(a.reply.allowedMentions?.parse, a.command).toEqual([]);
  });

  it('answers a person in the seed article, with citations', () => {
    const who = answers[0];
    expect(who.found).toBe(true);
    expect(who.text).toContain('Andrei Belousov');
    expect(who.citations.some((c) => c.file === SEED_FILE)).toBe(true);
  });

  it('answers from every loaded article, found in the right file', () => {
    const quill = answers[COMMANDS.indexOf('/who Mairead Quill')];
    expect(quill.found).toBe(true);
    expect(quill.citations.length).toBeGreaterThan(0);
    expect(quill.citations.every((c) => c.file === 'harbour-strike.txt')).toBe(true);
  });

  it('lists the loaded articles and not the bad files', () => {
    const list = answers[COMMANDS.indexOf('/articles')];
    expect(list.found).toBe(true);
    expect(list.text).toContain(SEED_FILE);
    expect(list.text).toContain('harbour-strike.txt');
    expect(list.text).not.toMatch(/empty-draft|scan\.txt/);
  });

  it('answers bad input with found: false and a clear message, and carries on', () => {
    const by = (c: string) => answers[COMMANDS.indexOf(c)];
    expect(by('hello, who is Belousov?')).toMatchObject({ found: false, citations: [] });
    expect(by('hello, who is Belousov?').text).toMatch(/Commands start with "\/"/);
    expect(by('/nosuch thing').text).toMatch(/There is no \/nosuch command/);
    expect(by('/who').text).toMatch(/\/who needs name:/);
    expect(by(`/who ${'x'.repeat(81)}`).text).toMatch(/too long/);
    for (const c of ['hello, who is Belousov?', '/nosuch thing', '/who', `/who ${'x'.repeat(81)}`]) expect(by(c).found).toBe(false);
    // The commands after the bad ones were still answered.
    expect(by('/ask Who did Belousov meet?').text.length).toBeGreaterThan(0);
  });

  it('says plainly when nobody by that name is in the articles', () => {
    const nobody = answers[COMMANDS.indexOf('/quotes speaker:Lisken page:2')];
    expect(nobody.found).toBe(false);
    expect(nobody.citations).toEqual([]);
  });

  it('writes the warnings for bad files to stderr only, naming each file', () => {
    expect(batch.stderr).toMatch(/empty-draft\.txt: it is empty/);
    expect(batch.stderr).toMatch(/scan\.txt: it looks binary/);
    expect(batch.stdout).not.toMatch(/empty-draft|scan\.txt|skipped/);
    expect(batch.stderr).toMatch(/Loaded 2 articles/);
  });

  it('answers a lone slash and goes on to the next line', () => {
    expect(loneSlash.code, loneSlash.stderr).toBe(0);
    const lines = loneSlash.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonAnswer);
    expect(lines.map((l) => [l.command, l.found])).toEqual([['/', false], ['/articles', true]]);
  });

  it('reports a missing seeds folder on stderr and still answers every line', () => {
    expect(missingFolder.code).toBe(0);
    expect(missingFolder.stderr).toMatch(/does not exist/);
    const lines = missingFolder.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonAnswer);
    expect(lines.map((l) => [l.command, l.found])).toEqual([['/articles', false], ['/who Belousov', false]]);
  });
});

describe('npm run ask', () => {
  it('lists the seed article with npm run --silent ask -- --json "/articles"', () => {
    expect(npmArticles.code, npmArticles.stderr).toBe(0);
    const lines = npmArticles.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]) as JsonAnswer;
    expect(answer).toMatchObject({ command: '/articles', found: true });
    expect(answer.text).toContain(SEED_FILE);
    expect(answer.reply.allowedMentions?.parse).toEqual([]);
  });
});

describe.skipIf(!canCheckCases)('the shared case checker', () => {
  it('runs on the seed cases and prints a cases: score line', () => {
    expect(checkCases!.code, checkCases!.stdout + checkCases!.stderr).not.toBeNull();
    expect(checkCases!.stdout).toMatch(/^cases: \d+ passed, \d+ failed/m);
  });
});
