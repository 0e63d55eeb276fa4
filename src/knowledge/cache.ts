// Derived data on disk, under .cache/: each article's facts, keyed by its content hash and the
// extractor version, and the search index of a seeds folder. Every file carries a header with its
// format, version, key and a checksum of its body; a file that is corrupt, truncated, foreign or of
// another version is discarded and rebuilt, never served. Writes go to a temporary file that is then
// renamed into place, so a reader — this process or another sharing the folder — sees either the old
// file or the new one, whole.

import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ArticleFacts, EXTRACTOR_VERSION } from '../extract/facts.ts';
import type { Logger } from '../log.ts';
import { type Article, PARAGRAPH_KINDS } from '../corpus/article.ts';
import type { FileStamp } from '../corpus/load.ts';
import type { TimelineEntry } from './derived.ts';
import type { KnowledgeParts, LazyParts } from './knowledge-base.ts';
import type { SearchIndexData } from './search-index.ts';
import { PROJECT_DIR } from '../runtime.ts';

const FORMAT = 'newsdesk-cache';
/** Bump when the index's shape or its analyzer changes. */
export const INDEX_VERSION = 3;
/** Bump when the snapshot's shape, or anything derived into it (registry merging, profiles, the timeline), changes. */
export const SNAPSHOT_VERSION = 15;

/** An article as the snapshot keeps it: everything but the text, which comes from the file, with
 *  paragraphs and sentences packed as flat number lists (start, end, kind or paragraph). */
export type ArticleLayout = Omit<Article, 'text' | 'paragraphs' | 'sentences'> & {
  p: number[];
  s: number[];
  t: number;
};

export function packLayout({ text, paragraphs, sentences, ...rest }: Article): ArticleLayout {
  return {
    ...rest,
    t: text.length,
    p: paragraphs.flatMap((x) => [x.start, x.end, PARAGRAPH_KINDS.indexOf(x.kind)]),
    s: sentences.flatMap((x) => [x.start, x.end, x.paragraph]),
  };
}

export function unpackLayout({ p, s, t: _length, ...rest }: ArticleLayout, text: string): Article {
  // Paragraphs and sentences are unpacked on first use: a warm start touches few articles' before
  // its first answer, and unpacking every one would make a hundred thousand objects at once.
  let paragraphs: Article['paragraphs'] | undefined;
  let sentences: Article['sentences'] | undefined;
  const article = { ...rest, text } as Article;
  Object.defineProperties(article, {
    paragraphs: {
      enumerable: true,
      get: () =>
        (paragraphs ??= Array.from({ length: p.length / 3 }, (_, i) => ({
          index: i,
          kind: PARAGRAPH_KINDS[p[3 * i + 2]] ?? 'text',
          start: p[3 * i],
          end: p[3 * i + 1],
        }))),
    },
    sentences: {
      enumerable: true,
      get: () =>
        (sentences ??= Array.from({ length: s.length / 3 }, (_, i) => ({
          index: i,
          paragraph: s[3 * i + 2],
          start: s[3 * i],
          end: s[3 * i + 1],
        }))),
    },
  });
  return article;
}

/** A warm start: every article (text included) and its facts, and all that is derived from them. */
export interface Snapshot {
  /** Decoded when called: every article, in order. */
  articles: () => Article[];
  parts: LazyParts;
  /** Files that could not be served, to warn about again. */
  skipped: { file: string; reason: string; skipped?: boolean }[];
  /** Each article's facts, decoded only when asked for; undefined (and the snapshot discarded) if damaged. */
  facts: (article: number) => ArticleFacts | undefined;
  /** The size of an article's facts as stored. */
  factsBytes: (article: number) => number;
}

/**
 * The snapshot's sections, in order: the files' stamps, the article layouts, their texts, the
 * index, the timeline, each article's facts, and the derived parts with where each article's facts
 * are (written last, when that is known). The stamps (each file's size, modification
 * time and hash) come first with a checksum of their own: a start reads them to know, without
 * reading a file, which files are unchanged. The texts are the articles' own, so a warm start reads
 * one section instead of every file.
 */
interface SnapshotHeader extends Header {
  metaChecksum: number;
  stampsLength: number;
  stampsChecksum: number;
  layoutsLength: number;
  textsLength: number;
  metaLength: number;
  indexLength: number;
  timelineLength: number;
  blobLength: number;
}

const CHUNK = 4 * 1024 * 1024;
/** Room for the snapshot's header line, which is written last. */
const HEADER_BYTES = 2048;

export const DEFAULT_CACHE_DIR = resolve(PROJECT_DIR, '.cache');

interface Header {
  format: string;
  kind: 'facts' | 'index' | 'snapshot';
  version: string;
  key: string;
  checksum: string;
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

export class KnowledgeCache {
  constructor(
    readonly dir: string,
    private readonly log?: Logger,
  ) {}

  private factsPath(hash: string): string {
    return join(this.dir, `facts-v${EXTRACTOR_VERSION}`, hash.slice(0, 2), `${hash}.json`);
  }

  private indexPath(seedsDir: string): string {
    return join(
      this.dir,
      `index-v${INDEX_VERSION}.${EXTRACTOR_VERSION}`,
      `${sha1(resolve(seedsDir)).slice(0, 16)}.json`,
    );
  }

  /** An article's cached facts, or undefined when there are none that can be trusted. */
  getFacts(hash: string): ArticleFacts | undefined {
    const body = this.read(this.factsPath(hash), 'facts', String(EXTRACTOR_VERSION), hash);
    if (body === undefined) return undefined;
    try {
      const facts = JSON.parse(body) as ArticleFacts;
      if (
        facts.version !== EXTRACTOR_VERSION ||
        facts.hash !== hash ||
        !Array.isArray(facts.entities) ||
        !Array.isArray(facts.statements) ||
        !Array.isArray(facts.times) ||
        !Array.isArray(facts.events)
      )
        throw new Error('unexpected shape');
      return facts;
    } catch (e) {
      this.discard(this.factsPath(hash), `unreadable facts (${(e as Error).message})`);
      return undefined;
    }
  }

  setFacts(facts: ArticleFacts): void {
    this.write(this.factsPath(facts.hash), 'facts', String(EXTRACTOR_VERSION), facts.hash, JSON.stringify(facts));
  }

  /** The cached search index of a seeds folder, if it was built for exactly these articles. */
  getIndex(seedsDir: string, articleHashes: string[]): SearchIndexData | undefined {
    const key = sha1(articleHashes.join('\n'));
    const path = this.indexPath(seedsDir);
    const body = this.read(path, 'index', `${INDEX_VERSION}.${EXTRACTOR_VERSION}`, key, true);
    if (body === undefined) return undefined;
    try {
      return JSON.parse(body) as SearchIndexData;
    } catch (e) {
      this.discard(path, `unreadable index (${(e as Error).message})`);
      return undefined;
    }
  }

  setIndex(seedsDir: string, articleHashes: string[], data: SearchIndexData): void {
    this.write(
      this.indexPath(seedsDir),
      'index',
      `${INDEX_VERSION}.${EXTRACTOR_VERSION}`,
      sha1(articleHashes.join('\n')),
      JSON.stringify(data),
    );
  }

  private snapshotPath(seedsDir: string): string {
    return join(
      this.dir,
      `snapshot-v${SNAPSHOT_VERSION}.${INDEX_VERSION}.${EXTRACTOR_VERSION}`,
      `${sha1(resolve(seedsDir)).slice(0, 16)}.bin`,
    );
  }

  /**
   * The snapshot of a seeds folder, if it was made for exactly these files (names and content
   * hashes). Its body is checked with a CRC-32 before use; facts stay encoded in memory until an
   * answer needs them.
   */
  getSnapshot(seedsDir: string, key: string): Snapshot | undefined {
    const opened = this.openSnapshot(seedsDir);
    if (!opened) return undefined;
    const { fd, header, start, path } = opened;
    let keepOpen = false;
    try {
      if (header.key !== key) return undefined; // made for other files: rebuilt and replaced later
      // Check the sections a start reads, a piece at a time, then read back only those needed now.
      const chunk = Buffer.allocUnsafe(CHUNK);
      let crc = 0;
      const checkedStart = start + header.stampsLength;
      const checkedEnd =
        checkedStart + header.layoutsLength + header.textsLength + header.indexLength + header.timelineLength;
      for (let at = checkedStart; at < checkedEnd; at += CHUNK) {
        const n = readSync(fd, chunk, 0, Math.min(CHUNK, checkedEnd - at), at);
        crc = crc32(chunk.subarray(0, n), crc);
      }
      if (String(crc) !== header.checksum) throw new Error('checksum mismatch (corrupted)');
      // One buffer, reused for every read: many small short-lived allocations would leave the
      // process's memory fragmented long after they are freed.
      let buffer = chunk;
      const bytes = (from: number, length: number) => {
        if (buffer.length < length) buffer = Buffer.allocUnsafeSlow(Math.max(length, buffer.length * 2));
        readSync(fd, buffer, 0, length, from);
        return buffer.subarray(0, length);
      };
      const section = (from: number, length: number, checksum?: number) => {
        const b = bytes(from, length);
        if (checksum !== undefined && crc32(b) !== checksum) return undefined;
        return JSON.parse(b.toString('utf8'));
      };
      // Sections are parsed only when asked for, one at a time, so their JSON never sits in memory together.
      let at = checkedStart;
      const next = (length: number) => {
        const from = at;
        at += length;
        return from;
      };
      const layoutsAt = next(header.layoutsLength);
      const textsAt = next(header.textsLength);
      const indexAt = next(header.indexLength);
      const timelineAt = next(header.timelineLength);
      const blobStart = next(header.blobLength);
      const metaAt = next(header.metaLength);
      const articles = () => {
        const layouts = section(layoutsAt, header.layoutsLength) as ArticleLayout[];
        // One string for all the texts, each article's a slice of it: one decoding, no copies.
        const texts = bytes(textsAt, header.textsLength).toString('utf8');
        let offset = 0;
        return layouts.map((layout) => {
          const text = texts.slice(offset, offset + layout.t);
          offset += layout.t;
          return unpackLayout(layout, text);
        });
      };
      const meta = section(metaAt, header.metaLength, header.metaChecksum);
      if (!meta) throw new Error('checksum mismatch (corrupted)');
      const { parts, skipped, offsets } = meta as Omit<Snapshot, 'facts' | 'parts' | 'articles'> & {
        parts: Omit<KnowledgeParts, 'index' | 'timeline'>;
        offsets: number[];
      };
      const index = () => section(indexAt, header.indexLength) as SearchIndexData;
      const timeline = () => section(timelineAt, header.timelineLength) as TimelineEntry[];
      const facts = (article: number) => {
        const f = section(blobStart + offsets[3 * article], offsets[3 * article + 1], offsets[3 * article + 2]) as
          ArticleFacts | undefined;
        if (!f) this.discard(path, `checksum mismatch in the facts of article ${article} (corrupted)`);
        return f;
      };
      keepOpen = true; // the file stays open: renaming a new snapshot over it keeps this one readable
      const factsBytes = (article: number) => offsets[3 * article + 1];
      return { articles, parts: { ...parts, index, timeline }, skipped, facts, factsBytes };
    } catch (e) {
      this.discard(path, (e as Error).message);
      return undefined;
    } finally {
      if (!keepOpen) closeSync(fd);
    }
  }

  /**
   * What the seeds folder's snapshot saw of each file (size, modification time, content hash), so
   * that a start reads and hashes only the files that changed since; undefined without a sound one.
   */
  getStamps(seedsDir: string): Map<string, FileStamp> | undefined {
    const opened = this.openSnapshot(seedsDir);
    if (!opened) return undefined;
    const { fd, header, start, path } = opened;
    try {
      const b = Buffer.allocUnsafe(header.stampsLength);
      readSync(fd, b, 0, b.length, start);
      if (crc32(b) !== header.stampsChecksum) throw new Error('checksum mismatch in the file stamps (corrupted)');
      const rows = JSON.parse(b.toString('utf8')) as [string, number, number, string][];
      return new Map(rows.map(([file, size, mtimeMs, hash]) => [file, { size, mtimeMs, hash }]));
    } catch (e) {
      this.discard(path, (e as Error).message);
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** Opens the snapshot and reads its header; the caller closes the file. */
  private openSnapshot(
    seedsDir: string,
  ): { fd: number; header: SnapshotHeader; start: number; path: string } | undefined {
    const path = this.snapshotPath(seedsDir);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const size = fstatSync(fd).size;
      const head = Buffer.alloc(Math.min(4096, size));
      readSync(fd, head, 0, head.length, 0);
      const newline = head.indexOf(10);
      if (newline < 0) throw new Error('no header');
      const header = JSON.parse(head.subarray(0, newline).toString('utf8')) as SnapshotHeader;
      if (header.format !== FORMAT || header.kind !== 'snapshot') throw new Error('not a snapshot of ours');
      const version = `${SNAPSHOT_VERSION}.${INDEX_VERSION}.${EXTRACTOR_VERSION}`;
      if (header.version !== version) throw new Error(`version ${header.version}, expected ${version}`);
      const start = newline + 1;
      const lengths =
        header.stampsLength +
        header.layoutsLength +
        header.textsLength +
        header.metaLength +
        header.indexLength +
        header.timelineLength +
        header.blobLength;
      if (size - start !== lengths) throw new Error('truncated');
      return { fd, header, start, path };
    } catch (e) {
      closeSync(fd);
      this.discard(path, (e as Error).message);
      return undefined;
    }
  }

  setSnapshot(
    seedsDir: string,
    key: string,
    snapshot: {
      stamps: [string, FileStamp][];
      articles: readonly Article[];
      parts: KnowledgeParts;
      skipped: Snapshot['skipped'];
    },
    facts: readonly ArticleFacts[],
  ): void {
    const { index, timeline, ...parts } = snapshot.parts;
    this.writeRaw(this.snapshotPath(seedsDir), (write) => {
      // The header goes first but is known last: room is kept for it, and it is written at the end.
      write(Buffer.alloc(HEADER_BYTES, 0x20));
      const stamps = Buffer.from(
        JSON.stringify(snapshot.stamps.map(([file, st]) => [file, st.size, st.mtimeMs, st.hash])),
        'utf8',
      );
      write(stamps);
      // Each section is made, written and let go in turn, so the snapshot never sits whole in memory.
      let crc = 0;
      const section = (content: Buffer) => {
        crc = crc32(content, crc);
        write(content);
        return content.length;
      };
      const layoutsLength = section(Buffer.from(JSON.stringify(snapshot.articles.map(packLayout)), 'utf8'));
      const textsLength = section(Buffer.from(snapshot.articles.map((a) => a.text).join(''), 'utf8'));
      const indexLength = section(Buffer.from(JSON.stringify(index), 'utf8'));
      const timelineLength = section(Buffer.from(JSON.stringify(timeline), 'utf8'));
      // Facts one article at a time, each with its own checksum, checked when an answer reads it.
      const offsets: number[] = [];
      let blobLength = 0;
      for (const f of facts) {
        const c = Buffer.from(JSON.stringify(f), 'utf8');
        offsets.push(blobLength, c.length, crc32(c));
        blobLength += c.length;
        write(c);
      }
      const meta = Buffer.from(JSON.stringify({ parts, skipped: snapshot.skipped, offsets }), 'utf8');
      write(meta);
      const header: SnapshotHeader = {
        format: FORMAT,
        kind: 'snapshot',
        version: `${SNAPSHOT_VERSION}.${INDEX_VERSION}.${EXTRACTOR_VERSION}`,
        key,
        checksum: String(crc),
        metaChecksum: crc32(meta),
        stampsLength: stamps.length,
        stampsChecksum: crc32(stamps),
        layoutsLength,
        textsLength,
        indexLength,
        timelineLength,
        blobLength,
        metaLength: meta.length,
      };
      const line = JSON.stringify(header);
      if (line.length >= HEADER_BYTES) throw new Error('snapshot header too long');
      return Buffer.from(line.padEnd(HEADER_BYTES - 1) + '\n', 'utf8');
    });
  }

  /** Total bytes of the cache on disk. */
  size(): number {
    let total = 0;
    const walk = (p: string) => {
      let st;
      try {
        st = statSync(p);
      } catch {
        return;
      }
      if (st.isDirectory()) {
        for (const name of readdirSafe(p)) walk(join(p, name));
      } else total += st.size;
    };
    walk(this.dir);
    return total;
  }

  clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private read(
    path: string,
    kind: Header['kind'],
    version: string,
    key: string,
    keyMismatchIsStale = false,
  ): string | undefined {
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      return undefined; // not cached yet
    }
    const newline = raw.indexOf('\n');
    try {
      if (newline < 0) throw new Error('no header');
      const header = JSON.parse(raw.slice(0, newline)) as Header;
      const body = raw.slice(newline + 1);
      if (header.format !== FORMAT || header.kind !== kind) throw new Error('not a cache file of ours');
      if (header.version !== version) throw new Error(`version ${header.version}, expected ${version}`);
      if (header.key !== key) {
        if (keyMismatchIsStale) return undefined; // built for other articles: rebuilt and overwritten later
        throw new Error('wrong key');
      }
      if (header.checksum !== sha1(body)) throw new Error('checksum mismatch (truncated or corrupted)');
      return body;
    } catch (e) {
      this.discard(path, (e as Error).message);
      return undefined;
    }
  }

  private write(path: string, kind: Header['kind'], version: string, key: string, body: string): void {
    const header: Header = { format: FORMAT, kind, version, key, checksum: sha1(body) };
    this.writeRaw(path, `${JSON.stringify(header)}\n${body}`);
  }

  /** Writes a file whole or not at all; `content` may write it piece by piece and return the bytes that go at its start. */
  private writeRaw(path: string, content: string | Buffer | ((write: (b: Buffer) => void) => Buffer)): void {
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (typeof content === 'function') {
        const fd = openSync(temporary, 'wx');
        try {
          const head = content((b) => void writeSync(fd, b));
          writeSync(fd, head, 0, head.length, 0);
        } finally {
          closeSync(fd);
        }
      } else writeFileSync(temporary, content);
      renameSync(temporary, path);
    } catch (e) {
      try {
        unlinkSync(temporary);
      } catch {
        /* already gone */
      }
      this.log?.warn('could not write the cache; continuing without it', { path, error: e });
    }
  }

  private discard(path: string, why: string): void {
    this.log?.warn('discarding a cache file that cannot be trusted; it will be rebuilt', { path, why });
    try {
      unlinkSync(path);
    } catch {
      /* another process may have replaced it already */
    }
  }
}

function readdirSafe(p: string): string[] {
  try {
    return readdirSync(p);
  } catch {
    return [];
  }
}
