// The on-disk cache: answers are the same with it, without it, and after it is damaged; damage is
// detected, reported and rebuilt, never served; a changed article re-extracts only itself. The
// tests run in order on one cache folder, each starting from what the one before left.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCommand } from '../commands/index.ts';
import type { Article } from '../src/corpus/article.ts';
import { KnowledgeCache, materialized } from '../src/knowledge/cache.ts';
import { analyze } from '../src/text/analyzer.ts';
import { type Extractor, inlineExtractor } from '../src/knowledge/extractor.ts';
import { KnowledgeStore } from '../src/knowledge/store.ts';
import type { Logger } from '../src/log.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = [join(ROOT, 'seeds'), join(ROOT, 'test/fixtures/corpus'), join(ROOT, 'test/fixtures/holdout/articles')];

/** Commands of every kind, over all the articles. */
const COMMANDS: [string, Record<string, string>][] = [
  ['who', { name: 'Belousov' }],
  ['who', { name: 'Tkachenko' }],
  ['who', { name: 'Jinhai Mining Group' }],
  ['timeline', {}],
  ['timeline', { about: 'Taravia' }],
  ['quotes', {}],
  ['quotes', { speaker: 'Park Ji-hoon' }],
  ['ask', { question: 'Who did Belousov meet?' }],
  ['ask', { question: 'How close was the original count between Kesic and Tkachenko?' }],
  ['ask', { question: 'Did the Constitutional Court block the recount?' }],
  ['articles', {}],
];

let work: string;
let seeds: string;
let cacheDir: string;
let reference: string[];

/** A log that keeps its warnings, to see what the cache reported. */
function recordingLog(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    debug() {},
    info() {},
    error() {},
    warn: (message, fields) => void warnings.push(`${message} ${JSON.stringify(fields ?? {})}`),
  };
}

/** The real extractor, counting the articles it is given. */
function countingExtractor(): Extractor & { count: number } {
  const counter = {
    count: 0,
    extract: (articles: Article[]) => {
      counter.count += articles.length;
      return inlineExtractor.extract(articles);
    },
  };
  return counter;
}

async function load(options: { cache: boolean }) {
  const log = recordingLog();
  const extractor = countingExtractor();
  const store = new KnowledgeStore(seeds, {
    log,
    extractor,
    poolThreshold: 0,
    cache: options.cache ? new KnowledgeCache(cacheDir, log) : undefined,
  });
  await store.refresh();
  await new Promise((r) => setImmediate(r)); // the snapshot is written just after the swap
  const kb = store.current!;
  // Every article's facts too: a damaged one must never be what is read.
  const answers = [
    ...COMMANDS.map(([name, o]) => JSON.stringify(runCommand(kb, name, o))),
    ...kb.articles.map((_, i) => JSON.stringify(kb.factsOf(i))),
    // And every article's sentences as the search reads them: saved with the snapshot, they must
    // be what analysing the article gives.
    ...kb.articles.map((_, i) =>
      JSON.stringify([kb.index.termsOf(i), kb.index.positionsOf(i), kb.index.titleTermsOf(i)]),
    ),
  ];
  return { store, log, extractor, answers };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
const snapshotFile = () => filesUnder(cacheDir).find((f) => f.endsWith('.bin'))!;
const factsFiles = () => filesUnder(cacheDir).filter((f) => f.includes('facts-v') && f.endsWith('.json'));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'newsdesk-cache-'));
  seeds = join(work, 'seeds');
  cacheDir = join(work, 'cache');
  for (const dir of SOURCES) cpSync(dir, seeds, { recursive: true });
  reference = (await load({ cache: false })).answers;
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the cache', () => {
  it('gives the same answers cold, warm and without it; warm extracts nothing', async () => {
    const cold = await load({ cache: true });
    expect(cold.extractor.count).toBe(cold.store.current!.articles.length);
    expect(cold.answers).toEqual(reference);
    const warm = await load({ cache: true });
    expect(warm.extractor.count).toBe(0);
    expect(warm.log.warnings).toEqual([]);
    expect(warm.answers).toEqual(reference);
  });

  it('restores every article whole, read on first use: the same fields serialised, copied or spread', async () => {
    const fresh = () =>
      new KnowledgeStore(seeds, { log: recordingLog(), poolThreshold: 0, cache: new KnowledgeCache(cacheDir) });
    const parsed = new KnowledgeStore(seeds, { log: recordingLog(), poolThreshold: 0 });
    await parsed.refresh();
    const originals = parsed.current!.articles;
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
    // Serialised without being read first (toJSON reads it).
    const warm = fresh();
    await warm.refresh();
    expect(plain(warm.current!.articles)).toEqual(plain(originals));
    // Copied to a worker, or spread, once read: its fields are its own.
    const again = fresh();
    await again.refresh();
    again.current!.articles.forEach((a, i) => {
      expect(structuredClone(materialized(a))).toEqual(plain(originals[i]));
      expect(plain({ ...a })).toEqual(plain(originals[i]));
    });
  });

  it('finds the articles whose headline holds every term as a scan of every headline does', async () => {
    const { store } = await load({ cache: true });
    const kb = store.current!;
    const titles = kb.articles.map((a) => new Set(analyze(a.title.text)));
    const queries = [
      ...titles.flatMap((t) => [[...t].slice(0, 1), [...t].slice(0, 2), [...t].slice(1, 4)]),
      ['no-such-term'],
    ];
    for (const terms of queries) {
      const scanned = titles.flatMap((t, i) => (terms.length && terms.every((w) => t.has(w)) ? [i] : []));
      expect(kb.articlesWithTitleTerms(terms)).toEqual(scanned);
    }
  });

  // Where the damage is: 10% in is what a start reads (layouts, derived data), 95% in is some
  // article's facts, checked when an answer reads them.
  it.each([0.1, 0.95])(
    'detects a snapshot corrupted %s of the way in, discards it, answers the same and writes a sound one',
    async (where) => {
      const path = snapshotFile();
      const bytes = readFileSync(path);
      bytes[Math.floor(bytes.length * where)] ^= 0xff;
      writeFileSync(path, bytes);
      const damaged = await load({ cache: true });
      expect(damaged.log.warnings.join('\n')).toMatch(/discarding a cache file.*checksum mismatch/);
      expect(damaged.extractor.count).toBe(0); // each article's own facts were sound
      expect(damaged.answers).toEqual(reference);
      const next = await load({ cache: true });
      expect(next.log.warnings).toEqual([]);
      expect(next.answers).toEqual(reference);
    },
  );

  // Each section by name, from the snapshot's header: those a start reads, and those read only when
  // an answer needs them (derived again from the facts or the articles when damaged).
  it.each(['registry', 'profiles', 'articles', 'statements', 'index', 'readings', 'readingTerms', 'timeline', 'facts'])(
    "detects damage in the snapshot's %s section, answers the same and writes a sound one",
    async (section) => {
      const path = snapshotFile();
      const bytes = readFileSync(path);
      const header = JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString('utf8')) as {
        sections: Record<string, [number, number, number]>;
      };
      const [offset, length] = header.sections[section];
      bytes[bytes.indexOf(10) + 1 + offset + Math.floor(length / 2)] ^= 0xff;
      writeFileSync(path, bytes);
      const damaged = await load({ cache: true });
      expect(damaged.log.warnings.join('\n')).toMatch(/discarding a cache file.*checksum mismatch/);
      expect(damaged.extractor.count).toBe(0);
      expect(damaged.answers).toEqual(reference);
      const next = await load({ cache: true });
      expect(next.log.warnings).toEqual([]);
      expect(next.answers).toEqual(reference);
    },
  );

  it('re-extracts a truncated, garbled or foreign facts file, and only those', async () => {
    unlinkSync(snapshotFile());
    const [truncated, garbled, foreign, another] = factsFiles();
    truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
    writeFileSync(garbled, 'not a cache file\n{}');
    writeFileSync(foreign, readFileSync(another)); // sound, but another article's
    const repaired = await load({ cache: true });
    const warnings = repaired.log.warnings.join('\n');
    expect(repaired.log.warnings).toHaveLength(3);
    expect(warnings).toMatch(/truncated or corrupted/);
    expect(warnings).toMatch(/no header|not a cache file/);
    expect(warnings).toMatch(/wrong key/);
    expect(repaired.extractor.count).toBe(3);
    expect(repaired.answers).toEqual(reference);
  });

  it('re-extracts only a changed article, and drops a removed one', async () => {
    const { store, extractor } = await load({ cache: true });
    const before = store.current!.articles.length;
    const changed = join(seeds, 'rail-plan.md');
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nThe minister said the plan would be reviewed in 2031.\n');
    unlinkSync(join(seeds, 'ferry-service.txt'));
    const result = await store.refresh();
    expect(result.changed).toEqual(['rail-plan.md']);
    expect(result.removed).toEqual(['ferry-service.txt']);
    expect(extractor.count).toBe(1);
    expect(store.current!.articles.map((a) => a.file)).not.toContain('ferry-service.txt');
    expect(store.current!.articles).toHaveLength(before - 1);
  });
});
