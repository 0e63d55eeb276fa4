// /add in the console: a file path or an address, through the same handler as Discord, into a real
// seeds folder; later commands see the new article.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAddLine } from '../src/console/add.ts';
import { answerLine } from '../src/console/main.ts';
import { parseCommand } from '../src/console/parse-command.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log.ts';

const STORY =
  'TARVIK, June 3 (Reuters) - Harbour pilots in Tarvik walked off the job on Monday over pay, stranding 14 cargo ships outside the port.\n\nUnion leader Mira Okonkwo said the strike would last until the port authority made a new offer.\n';
const PAGE = `<html><head><meta property="og:title" content="Bakers strike over night shifts"><meta name="author" content="Rafa Lind"></head><body><article>
<h1>Bakers strike over night shifts</h1>
<p>Bakers at the city's three largest bakeries walked out on Thursday over night-shift pay, leaving shops short of bread for the weekend, their union said.</p>
<p>Union organiser Petra Solis said members would stay out until the owners agreed to talks, and that a second walkout was planned for the following week if none were held.</p>
</article></body></html>`;

let server: Server;
let base: string;
let work: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = mkdtempSync(join(tmpdir(), 'console-add-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('parsing /add in the console', () => {
  it('takes a path, file:, url: or a bare address', () => {
    expect(parseCommand('/add notes/story.md')).toEqual({ ok: true, name: 'add', options: { file: 'notes/story.md' } });
    expect(parseCommand('/add file:my story.txt')).toEqual({
      ok: true,
      name: 'add',
      options: { file: 'my story.txt' },
    });
    expect(parseCommand('/add url:https://news.example/a')).toEqual({
      ok: true,
      name: 'add',
      options: { url: 'https://news.example/a' },
    });
    expect(parseCommand('/add https://news.example/a')).toEqual({
      ok: true,
      name: 'add',
      options: { url: 'https://news.example/a' },
    });
    // An address of another scheme is an address (and refused for it), never a path to read.
    expect(parseCommand('/add file:///etc/passwd')).toEqual({
      ok: true,
      name: 'add',
      options: { url: 'file:///etc/passwd' },
    });
    expect(parseCommand('/add')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/needs a file path or an address/),
    });
  });
});

describe('/add in the console, on a real seeds folder', () => {
  it('adds a file by its path, then a page by its address, and later commands see both', async () => {
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    writeFileSync(
      join(seeds, 'first.txt'),
      'VESTRA, May 2 (Reuters) - The port reopened on Friday after a week of repairs, the harbour office said.\n',
    );
    const storyPath = join(work, 'pilots.txt');
    writeFileSync(storyPath, STORY);
    const loaded = await loadKnowledge(seeds, createLogger('json', 'error'), { cacheDir: false });

    const fromFile = JSON.parse(await answerAddLine(loaded.store, `/add ${storyPath}`, true)) as {
      found: boolean;
      text: string;
    };
    expect(fromFile.found).toBe(true);
    expect(fromFile.text).toMatch(/Added: .*Harbour pilots/);
    expect(fromFile.text).toContain('Mira Okonkwo');

    const fromUrl = JSON.parse(
      await answerAddLine(loaded.store, `/add url:${base}/bakers`, true, { allowPrivate: true }),
    ) as { found: boolean; text: string };
    expect(fromUrl.found, fromUrl.text).toBe(true);
    expect(fromUrl.text).toContain('Added: Bakers strike over night shifts');
    expect(readdirSync(seeds).sort()).toEqual(['bakers-strike-over-night-shifts.md', 'first.txt', 'pilots.txt']);

    const who = JSON.parse(answerLine(loaded.store.current!, '/who Petra Solis', true)) as {
      found: boolean;
      text: string;
    };
    expect(who.found).toBe(true);

    // Refusals write nothing: a loopback page without ALLOW_PRIVATE_URLS, a file: address, a missing file, a PDF, the same file again.
    const refusals: [string, RegExp][] = [
      [`/add ${base}/bakers`, /private or local address/],
      ['/add file:///etc/passwd', /Only http and https/],
      [`/add ${join(work, 'missing.md')}`, /There is no file/],
      [`/add ${join(work, 'report.pdf')}`, /Only \.txt and \.md files/],
      [`/add ${storyPath}`, /already loaded/],
    ];
    for (const [line, reason] of refusals) {
      const out = JSON.parse(await answerAddLine(loaded.store, line, true, {})) as { found: boolean; text: string };
      expect(out.found, line).toBe(false);
      expect(out.text, line).toMatch(reason);
    }
    expect(readdirSync(seeds).sort()).toEqual(['bakers-strike-over-night-shifts.md', 'first.txt', 'pilots.txt']);
  });
});
