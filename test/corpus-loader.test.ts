// One loader: the bot's knowledge store reads a folder through the same two steps as loadCorpus
// (scanCorpus, then parseCorpus), so what the corpus tests establish holds for what the bot serves.
// A file unchanged in size and modification time is taken as unchanged and not read again; a warm
// start takes its articles, texts included, from the snapshot made for exactly these files.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Corpus, loadCorpus, scanCorpus } from '../src/corpus/load.ts';
import { KnowledgeCache } from '../src/knowledge/cache.ts';
import { inlineExtractor } from '../src/knowledge/extractor.ts';
import { KnowledgeStore } from '../src/knowledge/store.ts';
import type { Logger } from '../src/log.ts';

const ROOT = resolve(import.meta.dirname, '..');
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

let work: string;
let seeds: string;

/** Gives a file a whole-second modification time, which utimes can set back exactly. */
function roundTime(path: string): Date {
  const t = new Date(Math.floor(statSync(path).mtimeMs / 1000) * 1000 - 60_000);
  utimesSync(path, t, t);
  return t;
}

/** Same size, other bytes: what an edit that keeps the length would leave. */
function sameSizeEdit(path: string): string {
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(/[a-z]/, (c) => (c === 'z' ? 'y' : String.fromCharCode(c.charCodeAt(0) + 1)));
  expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
  writeFileSync(path, edited);
  return edited;
}

function storeOn(dir: string, cacheDir?: string): KnowledgeStore {
  return new KnowledgeStore(dir, {
    log: quiet,
    extractor: inlineExtractor,
    poolThreshold: 0,
    cache: cacheDir ? new KnowledgeCache(cacheDir) : undefined,
  });
}

/** What a load yields, in a form to compare: each article whole, the warnings, the problem. */
const served = (c: Pick<Corpus, 'articles' | 'warnings' | 'problem'>) =>
  JSON.parse(JSON.stringify({ articles: c.articles, warnings: c.warnings, problem: c.problem }));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsdesk-loader-'));
  seeds = join(work, 'seeds');
  cpSync(join(ROOT, 'test/fixtures/corpus'), seeds, { recursive: true });
  // Files the loader must skip or warn about, beside the good ones.
  writeFileSync(join(seeds, 'empty.txt'), '');
  writeFileSync(join(seeds, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  writeFileSync(join(seeds, 'zz-copy.md'), readFileSync(join(seeds, 'rail-plan.md')));
  writeFileSync(join(seeds, 'unclosed.md'), '---\ntitle: Never closed\n\nPlanners approved a rail link on Tuesday.\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the one loader', () => {
  it('gives the knowledge store exactly the articles, warnings and problem that loadCorpus gives', async () => {
    const corpus = loadCorpus(seeds);
    expect(corpus.warnings.map((w) => w.file)).toEqual(['binary.txt', 'empty.txt', 'unclosed.md', 'zz-copy.md']);
    const store = storeOn(seeds);
    const result = await store.refresh();
    const kb = store.current!;
    expect(served({ articles: [...kb.articles], warnings: result.skipped, problem: store.problem })).toEqual(
      served(corpus),
    );
  });

  it('gives the same problem for a folder with nothing to serve', async () => {
    const empty = join(work, 'nothing');
    cpSync(join(seeds, 'empty.txt'), join(empty, 'empty.txt'));
    const store = storeOn(empty);
    await store.refresh();
    expect(store.problem).toBe(loadCorpus(empty).problem);
    expect(store.problem).toMatch(/No article in .* could be loaded \(1 file skipped\)/);
  });

  it('does not read or hash again a file whose size and modification time are unchanged', () => {
    const path = join(seeds, 'ferry-service.txt');
    const mtime = roundTime(path);
    const atime = mtime;
    const first = scanCorpus(seeds);
    const stamps = new Map(first.files.map((f) => [f.file, f.stamp]));
    const before = first.files.find((f) => f.file === 'ferry-service.txt')!.hash;
    sameSizeEdit(path);
    utimesSync(path, atime, mtime); // the edit leaves no trace in size or time
    const trusted = scanCorpus(seeds, { stamps });
    const entry = trusted.files.find((f) => f.file === 'ferry-service.txt')!;
    expect(entry.hash).toBe(before);
    expect(entry.bytes).toBeUndefined(); // not read
    expect(trusted.files.filter((f) => f.bytes)).toEqual([]);
    // A new modification time is a change: the file is read and hashed again.
    utimesSync(path, atime, new Date(mtime.getTime() + 5000));
    const reread = scanCorpus(seeds, { stamps }).files.find((f) => f.file === 'ferry-service.txt')!;
    expect(reread.bytes).toBeDefined();
    expect(reread.hash).not.toBe(before);
  });

  it('restores a warm start from the snapshot without reading the articles, and reads a changed one again', async () => {
    const dir = join(work, 'warm');
    const cacheDir = join(work, 'cache');
    cpSync(join(ROOT, 'test/fixtures/corpus'), dir, { recursive: true });
    const path = join(dir, 'rail-plan.md');
    const mtime = roundTime(path);
    const atime = mtime;
    const cold = storeOn(dir, cacheDir);
    await cold.refresh();
    await new Promise((r) => setImmediate(r)); // the snapshot is written just after the swap
    const original = cold.current!.articles.find((a) => a.file === 'rail-plan.md')!.text;

    // Edited without a trace in size or time: the warm start still serves the text its facts were
    // made from, as the snapshot kept it — proof that it did not read the file.
    const edited = sameSizeEdit(path);
    utimesSync(path, atime, mtime);
    const warm = storeOn(dir, cacheDir);
    await warm.refresh();
    expect(warm.current!.articles.find((a) => a.file === 'rail-plan.md')!.text).toBe(original);
    expect(served({ articles: [...warm.current!.articles], warnings: [], problem: warm.problem })).toEqual(
      served({ articles: [...cold.current!.articles], warnings: [], problem: cold.problem }),
    );

    // Touched: the change is seen, that file alone is read, and the bot serves the new text.
    utimesSync(path, atime, new Date(mtime.getTime() + 5000));
    const result = await warm.refresh();
    expect(result.changed).toEqual(['rail-plan.md']);
    expect(warm.current!.articles.find((a) => a.file === 'rail-plan.md')!.text).toBe(edited);
  });
});
