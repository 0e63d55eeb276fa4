// A seeds folder as people leave it: good articles beside empty, binary, oversized, broken and
// duplicate files. The loader serves the good ones and names each bad one with a reason a user
// understands; it never throws.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatWarning, listArticleFiles, loadCorpus, type LoadedCorpus } from '../src/corpus/load.ts';
import { decodeArticle } from '../src/corpus/parse-article.ts';

const isRoot = process.getuid?.() === 0;
const SEED = resolve(import.meta.dirname, '../seeds/000_eb5dd61c9aed607a.txt');
const MAX_BYTES = 4096;

const GOOD: Record<string, string> = {
  'good-ferry.txt':
    '(Reuters) – A ferry operator said on Wednesday it would cut winter sailings by half. Islanders objected.\n',
  'good-rail.md':
    '---\ntitle: Rail link approved\ndate: 2023-11-14\n---\n\n# Rail link approved\n\nPlanners approved a rail link on Tuesday.\n',
  'nested/good-clinic.txt': 'NAIROBI, Kenya (AP) — A charity opened a free eye clinic on Monday. It has six doctors.\n',
  'folder.txt/good-inside.txt': 'A folder named like an article is searched, not read. This article is inside it.\n',
};

/** Each bad file, with what its warning must say. */
const BAD: Record<string, { bytes: string | Buffer; reason: RegExp }> = {
  'empty.txt': { bytes: '', reason: /empty/ },
  'blank.md': { bytes: ' \n\t\r\n  \n', reason: /empty/ },
  'bom-only.txt': { bytes: '\uFEFF\n', reason: /empty/ },
  'binary.txt': { bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x41, 0x42]), reason: /binary/ },
  'latin1.txt': {
    bytes: Buffer.from('Caf\xe9 owners in S\xe3o Paulo protested.\n', 'latin1'),
    reason: /not valid UTF-8/,
  },
  'huge.txt': { bytes: 'Prices rose again on Monday. '.repeat(400), reason: /too large.*limit is 4\.0 KB/ },
  'front-matter-only.md': { bytes: '---\ntitle: Nothing else\n---\n', reason: /no article text/ },
  'heading-only.md': { bytes: '# Just a heading\n', reason: /no article text/ },
  'zz-copy-of-ferry.txt': { bytes: GOOD['good-ferry.txt'], reason: /exact duplicate of good-ferry\.txt/ },
  // A README or licence describes the folder; answered from, it would compete with the articles.
  'README.md': {
    bytes: '# About these files\n\nEach file is one story; the ferry story has 2 figures.\n',
    reason: /folder's own documentation/,
  },
  'nested/LICENSE.txt': {
    bytes: 'Permission is granted to copy these articles.\n',
    reason: /folder's own documentation/,
  },
  // A link to a folder cannot be read as a file; it is named for it rather than crashing the loader.
  'linked-folder.txt': { bytes: '', reason: /cannot be read \(it is a folder, not a file\)/ },
};

/** Files whose front matter is broken: served all the same, with one warning naming the problem. */
const BROKEN_FRONT_MATTER: Record<string, { bytes: string; reason: RegExp; title: string; sentences: string[] }> = {
  'unclosed.md': {
    bytes: '---\ntitle: Never closed\n\nPlanners approved a rail link.\n',
    reason: /front matter.*never closes.*loaded without it \(keeping its title\)/,
    title: 'Never closed',
    sentences: ['Planners approved a rail link.'],
  },
  'invalid-yaml.md': {
    bytes: '---\ntitle: [unbalanced\ndate: 2023-01-01\n---\nPlanners rejected a tram link.\n',
    reason: /front matter is not valid YAML.*loaded without it \(keeping its date\)/,
    title: 'Planners rejected a tram link.',
    sentences: ['Planners rejected a tram link.'],
  },
  'yaml-list.md': {
    bytes: '---\n- title\n- date\n---\nPlanners delayed a bus link.\n',
    reason: /front matter must be a set of key: value lines; the article is loaded without it$/,
    title: 'Planners delayed a bus link.',
    sentences: ['Planners delayed a bus link.'],
  },
};

let dir: string;
let corpus: LoadedCorpus;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-bad-input-'));
  for (const [file, text] of Object.entries(GOOD)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  for (const [file, { bytes }] of Object.entries(BAD)) {
    if (file === 'linked-folder.txt') continue;
    writeFileSync(join(dir, file), bytes);
  }
  for (const [file, { bytes }] of Object.entries(BROKEN_FRONT_MATTER)) writeFileSync(join(dir, file), bytes);
  mkdirSync(join(dir, 'some-folder'));
  symlinkSync(join(dir, 'some-folder'), join(dir, 'linked-folder.txt'));
  if (!isRoot) {
    writeFileSync(join(dir, 'locked.txt'), 'Nobody may read this article. It is locked.\n');
    chmodSync(join(dir, 'locked.txt'), 0o000);
  }
  // Ignored: hidden files and folders, other extensions. Each would warn if it were read.
  writeFileSync(join(dir, '.hidden.txt'), Buffer.from([0, 1, 2]));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'notes.txt'), Buffer.from([0, 1, 2]));
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  writeFileSync(join(dir, 'README'), '');
  writeFileSync(join(dir, 'data.json'), '{}');
  writeFileSync(join(dir, 'notes.txt.bak'), '');
  corpus = loadCorpus(dir, { maxBytes: MAX_BYTES });
});

afterAll(() => {
  if (!isRoot) chmodSync(join(dir, 'locked.txt'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

describe('loading a folder with bad files beside good ones', () => {
  it('loads every good article, and the ones with broken front matter, and nothing else', () => {
    expect(corpus.articles.map((a) => a.file).sort()).toEqual(
      [...Object.keys(GOOD), ...Object.keys(BROKEN_FRONT_MATTER)].sort(),
    );
    expect(corpus.problem).toBeUndefined();
  });

  it('gives exactly one warning per bad file and per broken front matter', () => {
    const expected = [
      ...Object.keys(BAD),
      ...Object.keys(BROKEN_FRONT_MATTER),
      ...(isRoot ? [] : ['locked.txt']),
    ].sort();
    expect(corpus.warnings.map((w) => w.file).sort()).toEqual(expected);
  });

  for (const [file, { reason, title, sentences }] of Object.entries(BROKEN_FRONT_MATTER)) {
    it(`serves ${file} without its broken front matter, warning ${reason}`, () => {
      const warning = corpus.warnings.find((w) => w.file === file)!;
      expect(warning.reason).toMatch(reason);
      expect(warning.skipped).toBe(false);
      expect(formatWarning(warning)).toContain(file);
      const article = corpus.articles.find((a) => a.file === file)!;
      expect(article.title.text).toBe(title);
      expect(article.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual(sentences);
    });
  }

  for (const [file, { reason }] of Object.entries(BAD)) {
    it(`names ${file} with the reason ${reason}`, () => {
      const warning = corpus.warnings.find((w) => w.file === file);
      expect(warning, `no warning for ${file}`).toBeDefined();
      expect(warning!.reason).toMatch(reason);
      expect(formatWarning(warning!)).toContain(file);
    });
  }

  it.skipIf(isRoot)('skips a file it may not read, saying permission was denied', () => {
    const warning = corpus.warnings.find((w) => w.file === 'locked.txt');
    expect(warning?.reason).toMatch(/cannot be read \(permission denied\)/);
  });

  it('writes every reason for a person: plain words, no error codes or stack traces', () => {
    for (const w of corpus.warnings) {
      expect(w.reason, w.file).not.toMatch(/\bE[A-Z]{3,}\b|Error|\n|at .*:\d+/);
      expect(w.reason.length, w.file).toBeLessThan(200);
    }
  });

  it('keeps the first file of a duplicate pair in path order', () => {
    expect(corpus.articles.some((a) => a.file === 'good-ferry.txt')).toBe(true);
    expect(corpus.articles.some((a) => a.file === 'zz-copy-of-ferry.txt')).toBe(false);
  });

  it('ignores hidden files, hidden folders and files that are not .txt or .md', () => {
    const listed = listArticleFiles(dir);
    for (const ignored of ['.hidden.txt', '.git/notes.txt', 'photo.png', 'README', 'data.json', 'notes.txt.bak']) {
      expect(listed).not.toContain(ignored);
      expect(corpus.warnings.map((w) => w.file)).not.toContain(ignored);
    }
    expect(listed).toContain('nested/good-clinic.txt');
  });

  it('refuses an oversized file by its size, even when it is otherwise a good article', () => {
    const big = corpus.warnings.find((w) => w.file === 'huge.txt')!;
    expect(big.reason).toMatch(/^it is too large \(\d+(\.\d)? KB; the limit is 4\.0 KB\)$/);
  });

  it('accepts an article of exactly the size limit', () => {
    const one = mkdtempSync(join(tmpdir(), 'corpus-limit-'));
    try {
      const text = 'Prices rose. '.repeat(100).slice(0, 1000).trimEnd() + '\n';
      writeFileSync(join(one, 'exact.txt'), text);
      const size = Buffer.byteLength(text);
      expect(loadCorpus(one, { maxBytes: size }).articles).toHaveLength(1);
      expect(loadCorpus(one, { maxBytes: size - 1 }).warnings[0].reason).toMatch(/too large/);
    } finally {
      rmSync(one, { recursive: true, force: true });
    }
  });

  it('names a broken link with a reason in plain words', () => {
    const one = mkdtempSync(join(tmpdir(), 'corpus-broken-link-'));
    try {
      writeFileSync(join(one, 'good.txt'), 'Officials met on Monday. They agreed.\n');
      symlinkSync(join(one, 'gone.txt'), join(one, 'broken.txt'));
      const corpus = loadCorpus(one);
      expect(corpus.articles.map((a) => a.file)).toEqual(['good.txt']);
      expect(corpus.warnings).toHaveLength(1);
      expect(corpus.warnings[0].reason).not.toMatch(/\bE[A-Z]{3,}\b/);
    } finally {
      rmSync(one, { recursive: true, force: true });
    }
  });
});

describe('decoding article bytes', () => {
  it('refuses NUL bytes, invalid UTF-8 and empty text, and keeps a byte-order mark', () => {
    expect(decodeArticle(Buffer.from('abc\0def'))).toEqual({
      ok: false,
      reason: 'it looks binary (it contains NUL bytes)',
    });
    expect(decodeArticle(Buffer.from([0x61, 0xff, 0x62]))).toEqual({ ok: false, reason: 'it is not valid UTF-8 text' });
    expect(decodeArticle(Buffer.from([0xe2, 0x80]))).toEqual({ ok: false, reason: 'it is not valid UTF-8 text' });
    expect(decodeArticle(Buffer.from(' \n '))).toEqual({ ok: false, reason: 'it is empty' });
    expect(decodeArticle(Buffer.from('\uFEFFText.'))).toEqual({ ok: true, text: '\uFEFFText.' });
  });

  it('decodes the seed article exactly as Node reads it', () => {
    const r = decodeArticle(readFileSync(SEED));
    expect(r.ok && r.text).toBe(readFileSync(SEED, 'utf8'));
  });
});

describe('folders with nothing to serve', () => {
  it('gives one clear problem for a missing folder, and no exception', () => {
    const missing = join(tmpdir(), `corpus-missing-${process.pid}-${Date.now()}`);
    const c = loadCorpus(missing);
    expect(c.articles).toEqual([]);
    expect(c.warnings).toEqual([]);
    expect(c.problem).toBe(
      `The seeds folder ${missing} does not exist. Create it and put .txt or .md articles in it, or choose another with --seeds DIR or SEEDS_DIR.`,
    );
  });

  it('gives one clear problem for an empty folder, and no exception', () => {
    const empty = mkdtempSync(join(tmpdir(), 'corpus-empty-'));
    try {
      const c = loadCorpus(empty);
      expect(c.articles).toEqual([]);
      expect(c.warnings).toEqual([]);
      expect(c.problem).toBe(`The seeds folder ${empty} has no .txt or .md articles yet.`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('gives one clear problem for a folder of only bad files, beside their warnings', () => {
    const bad = mkdtempSync(join(tmpdir(), 'corpus-all-bad-'));
    try {
      writeFileSync(join(bad, 'empty.txt'), '');
      writeFileSync(join(bad, 'binary.md'), Buffer.from([0, 0, 0]));
      const c = loadCorpus(bad);
      expect(c.articles).toEqual([]);
      expect(c.warnings).toHaveLength(2);
      expect(c.problem).toBe(`No article in ${bad} could be loaded (2 files skipped).`);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('gives one clear problem when the seeds path is a file', () => {
    const c = loadCorpus(SEED);
    expect(c.articles).toEqual([]);
    expect(c.problem).toBe(`The seeds folder ${SEED} is not a folder.`);
  });
});
