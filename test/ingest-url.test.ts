// /add url: against a real local HTTP server on 127.0.0.1, through the same handler Discord and the
// console use, into a real seeds folder. A page full of clutter is saved clean with its metadata;
// everything else is refused with its reason, and nothing is written for it.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/corpus/parse-article.ts';
import { addArticleFrom, type AddDeps } from '../src/ingest/add.ts';
import { type FetchPageOptions, isPublicAddress, PAGE_LIMITS } from '../src/ingest/fetch-page.ts';
import { KnowledgeStore } from '../src/knowledge/store.ts';
import { createLogger } from '../src/log.ts';

const CLUTTERED_PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour pilots end strike | The Kessel Courier</title>
<meta property="og:title" content="Harbour pilots end three-day strike after pay deal">
<meta property="og:site_name" content="The Kessel Courier">
<meta property="article:published_time" content="2025-03-14T09:30:00+01:00">
<meta name="author" content="Maria Jensen">
<script>window.tracking = { id: 42 };</script>
<style>.ad { color: red }</style>
</head><body>
<a href="#main">Skip to content</a>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main id="main"><article>
<h1>Harbour pilots end three-day strike after pay deal</h1>
<p class="byline">By <a href="/authors/maria-jensen">Maria Jensen</a></p>
<div class="share"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/share">Share on X</a> <a href="mailto:?body=x">Email</a></div>
<figure><img src="https://cdn.example/pilots.jpg" alt="Pilots on the quay"><figcaption>Pilots on the quay at Kessel on Thursday. Photo: Port Authority</figcaption></figure>
<p>Harbour pilots at the port of Kessel returned to work on Friday after accepting a pay offer that ends a three-day strike, the pilots' union said, allowing dozens of ships stuck in the bay to start moving again.</p>
<p>The union said its members had voted by 212 to 31 to accept a 6.5% rise this year and a further 4% next year. The <a href="https://port.example/statement">port authority said in a statement</a> that the first vessels would berth by midday.</p>
<div class="ad">Advertisement</div>
<p>About 40 cargo ships had been waiting at anchor, according to the port authority, and shipping agents said delays had cost importers more than $9 million a day.</p>
<p>"We never wanted to stop the port. We wanted to be heard," union secretary Tomas Berg told reporters outside the pilots' station. "Now we have been."</p>
<aside><h2>Read more</h2><ul><li><a href="/a">Port of Kessel opens new terminal</a></li><li><a href="/b">Shipping rates climb</a></li></ul></aside>
<p>Sign up for our morning newsletter to get the day's news in your inbox.</p>
</article></main>
<footer><p>© 2025 The Kessel Courier. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p></footer>
</body></html>`;

const EMPTY_PAGE =
  '<!doctype html><html><head><title>Log in</title></head><body><form><input name="user"><button>Log in</button></form></body></html>';

let server: Server;
let base: string;
/** Bytes the 40 MB route actually sent before the client hung up. */
let hugeSent = 0;
const TOTAL_HUGE = 40 * 1024 * 1024;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(CLUTTERED_PAGE);
    } else if (path === '/moved') {
      res.writeHead(302, { location: '/story' });
      res.end();
    } else if (path.startsWith('/loop')) {
      const n = Number(path.slice(5) || 0);
      res.writeHead(301, { location: `/loop${n + 1}` });
      res.end();
    } else if (path === '/to-inner') {
      res.writeHead(302, { location: `http://inner.invalid:${(server.address() as AddressInfo).port}/story` });
      res.end();
    } else if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    } else if (path === '/huge') {
      // Streamed without a length, so only counting as it arrives can stop it.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, '<p>Prices rose again on Monday.</p>\n');
      const pump = () => {
        while (hugeSent < TOTAL_HUGE) {
          hugeSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => undefined);
      pump();
    } else if (path === '/never-ends') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>The first words of a page that never finishes');
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    } else if (path === '/empty') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(EMPTY_PAGE);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A fresh seeds folder with a real store, and the handler's dependencies over it. */
async function seedsFolder(options: FetchPageOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'add-url-'));
  const store = new KnowledgeStore(dir, { log: createLogger('json', 'error') });
  await store.refresh();
  const deps: AddDeps = {
    addArticle: async (name, bytes) => ({ article: await store.addArticle(name, bytes), kb: store.current }),
    pageOptions: options,
  };
  return { dir, store, deps, files: () => readdirSync(dir), done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('/add url: a cluttered news page', () => {
  it('is saved as Markdown with its metadata, and only its story', async () => {
    const seeds = await seedsFolder({ allowPrivate: true });
    try {
      const outcome = await addArticleFrom({ kind: 'url', url: `${base}/story` }, seeds.deps);
      expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
      expect(seeds.files()).toEqual(['harbour-pilots-end-three-day-strike-after-pay-deal.md']);
      const saved = readFileSync(join(seeds.dir, seeds.files()[0]), 'utf8');
      expect(saved).toMatch(/^---\ntitle: Harbour pilots end three-day strike after pay deal\n/);
      expect(saved).toContain(`url: ${base}/story`);
      expect(saved).toContain('date: 2025-03-14');
      expect(saved).toContain('byline: Maria Jensen');
      expect(saved).toContain('source: The Kessel Courier');
      // The story, with link words kept and their addresses gone.
      expect(saved).toContain('voted by 212 to 31');
      expect(saved).toContain('The port authority said in a statement that the first vessels');
      expect(saved).toContain('"We never wanted to stop the port.');
      // None of the page furniture.
      for (const clutter of [
        'Skip to content',
        'Share on',
        'Advertisement',
        'cookies',
        'newsletter',
        '©',
        'All rights reserved',
        'Read more',
        'Port of Kessel opens',
        'Photo: Port Authority',
        'tracking',
        '](',
        '![',
        'http://port',
        'https://',
      ]) {
        expect(saved, clutter).not.toContain(clutter);
      }
      if (!outcome.ok) return;
      const article = outcome.article;
      expect(article.title.text).toBe('Harbour pilots end three-day strike after pay deal');
      expect(article.date).toMatchObject({ kind: 'exact', year: 2025, month: 3, day: 14 });
      expect(article.byline).toBe('Maria Jensen');
      expect(article.source).toBe('The Kessel Courier');
      // /who knows the people of the page at once.
      expect(outcome.answer.sections[0].lines.find((l) => l.label === 'People')?.text).toMatch(/Tomas Berg/);
    } finally {
      seeds.done();
    }
  });

  it('follows a redirect and records the address the page came from', async () => {
    const seeds = await seedsFolder({ allowPrivate: true });
    try {
      const outcome = await addArticleFrom({ kind: 'url', url: `${base}/moved` }, seeds.deps);
      expect(outcome.ok).toBe(true);
      expect(readFileSync(join(seeds.dir, seeds.files()[0]), 'utf8')).toContain(`url: ${base}/story`);
    } finally {
      seeds.done();
    }
  });
});

describe('/add url: refusals, each with its reason and nothing written', () => {
  const refusals: [string, () => string, RegExp, FetchPageOptions?][] = [
    ['more than five redirects', () => `${base}/loop0`, /redirected more than 5 times/],
    [
      'a redirect to a file: address',
      () => `${base}/to-file`,
      /Only http and https.*file: is not allowed \(the page redirected there\)/,
    ],
    ['a 40 MB page', () => `${base}/huge`, /larger than 5 MB/],
    ['a page that never finishes', () => `${base}/never-ends`, /took longer than 0\.5 s/, { timeoutMs: 500 }],
    ['an image', () => `${base}/image`, /an image \(image\/png\), not a web page/],
    ['a 404', () => `${base}/missing`, /HTTP 404/],
    ['a page with no article text', () => `${base}/empty`, /no story text/],
    ['a file: URL', () => 'file:///etc/passwd', /Only http and https addresses can be added; file: is not allowed/],
    ['something that is not an address', () => 'not a url', /not a web address/],
  ];
  for (const [what, url, reason, extra] of refusals) {
    it(`refuses ${what}`, async () => {
      const seeds = await seedsFolder({ allowPrivate: true, ...extra });
      try {
        const outcome = await addArticleFrom({ kind: 'url', url: url() }, seeds.deps);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.reason).toMatch(reason);
        expect(seeds.files()).toEqual([]);
      } finally {
        seeds.done();
      }
    });
  }

  it('stops reading the 40 MB page soon after the limit, without taking it all', () => {
    expect(hugeSent).toBeLessThan(TOTAL_HUGE);
  });

  it('refuses a loopback address without ALLOW_PRIVATE_URLS, by number or by name', async () => {
    const seeds = await seedsFolder({});
    try {
      for (const url of [
        `${base}/story`,
        `http://localhost:${new URL(base).port}/story`,
        `http://[::1]:${new URL(base).port}/story`,
      ]) {
        const outcome = await addArticleFrom({ kind: 'url', url }, seeds.deps);
        expect(outcome.ok, url).toBe(false);
        if (!outcome.ok) expect(outcome.reason).toMatch(/points to a private or local address/);
      }
      expect(seeds.files()).toEqual([]);
    } finally {
      seeds.done();
    }
  });

  it('keeps the default limits: 5 MB, 15 s, 5 redirects', () => {
    expect(PAGE_LIMITS).toEqual({ maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 });
  });
});

describe('the connection goes to the address that was checked', () => {
  it('connects to the checked address even when the name would not resolve again (no second lookup)', async () => {
    // "news.invalid" can never resolve through DNS: the page arrives only if the connection is pinned
    // to the address the check resolved it to.
    const seeds = await seedsFolder({
      allowPrivate: true,
      resolveHost: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    try {
      const outcome = await addArticleFrom(
        { kind: 'url', url: `http://news.invalid:${new URL(base).port}/story` },
        seeds.deps,
      );
      expect(outcome.ok, outcome.ok ? '' : outcome.reason).toBe(true);
    } finally {
      seeds.done();
    }
  });

  it('checks every address a name resolves to, and refuses if any is private', async () => {
    const seeds = await seedsFolder({
      resolveHost: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
    });
    try {
      const outcome = await addArticleFrom({ kind: 'url', url: 'http://mixed.invalid/story' }, seeds.deps);
      expect(outcome).toEqual({
        ok: false,
        reason: expect.stringMatching(/mixed\.invalid points to a private or local address \(10\.0\.0\.7\)/),
      });
      expect(seeds.files()).toEqual([]);
    } finally {
      seeds.done();
    }
  });

  it('checks again after a redirect: an allowed page that redirects to a name with a refused address is refused', async () => {
    // For this test only 127.0.0.1 counts as allowed; the redirect's name resolves to 127.0.0.2.
    const port = new URL(base).port;
    const resolveHost = async (host: string) => [
      { address: host === 'inner.invalid' ? '127.0.0.2' : '127.0.0.1', family: 4 },
    ];
    const seeds = await seedsFolder({ resolveHost, addressAllowed: (a) => a === '127.0.0.1' });
    try {
      const direct = await addArticleFrom({ kind: 'url', url: `http://outer.invalid:${port}/to-inner` }, seeds.deps);
      expect(direct).toEqual({
        ok: false,
        reason: expect.stringMatching(/^inner\.invalid points to a private or local address \(127\.0\.0\.2\)/),
      });
      expect(seeds.files()).toEqual([]);
    } finally {
      seeds.done();
    }
  });
});

describe('which addresses are public', () => {
  it('refuses loopback, private, link-local, carrier-grade, multicast, reserved and mapped addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.9',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'ff02::1',
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });
  it('accepts ordinary public addresses', () => {
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:8.8.8.8'])
      expect(isPublicAddress(a), a).toBe(true);
  });
});

describe('a saved page reads back as its article', () => {
  it('keeps every sentence the exact text of the file', async () => {
    const seeds = await seedsFolder({ allowPrivate: true });
    try {
      await addArticleFrom({ kind: 'url', url: `${base}/story` }, seeds.deps);
      const text = readFileSync(join(seeds.dir, seeds.files()[0]), 'utf8');
      const parsed = parseArticleText(seeds.files()[0], text, 'x');
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.article.sentences.length).toBeGreaterThanOrEqual(5);
      for (const s of parsed.article.sentences)
        expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    } finally {
      seeds.done();
    }
  });
});
