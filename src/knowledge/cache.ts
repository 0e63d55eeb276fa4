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
import type { EntityProfile, TimelineEntry } from './derived.ts';
import type { Entity, RegistryData } from './entity-registry.ts';
import type { KnowledgeParts, LazyParts } from './knowledge-base.ts';
import type { SearchIndexData, StoredReadings } from './search-index.ts';
import { PROJECT_DIR } from '../runtime.ts';

const FORMAT = 'newsdesk-cache';
/** Bump when the index's shape or its analyzer changes. */
export const INDEX_VERSION = 3;
/** Bump when the snapshot's shape, or anything derived into it (registry merging, profiles, the timeline), changes. */
export const SNAPSHOT_VERSION = 30;

/** An article as the snapshot keeps it: everything but its text, with paragraphs and sentences
 *  packed as flat number lists (start, end, kind or paragraph). */
export type ArticleLayout = Omit<Article, 'text' | 'paragraphs' | 'sentences'> & { p: number[]; s: number[] };

export function packLayout({ text: _text, paragraphs, sentences, ...rest }: Article): ArticleLayout {
  return {
    ...rest,
    p: paragraphs.flatMap((x) => [x.start, x.end, PARAGRAPH_KINDS.indexOf(x.kind)]),
    s: sentences.flatMap((x) => [x.start, x.end, x.paragraph]),
  };
}

export function unpackLayout({ p, s, ...rest }: ArticleLayout, text: string): Article {
  return {
    ...rest,
    text,
    paragraphs: Array.from({ length: p.length / 3 }, (_, i) => ({
      index: i,
      kind: PARAGRAPH_KINDS[p[3 * i + 2]] ?? 'text',
      start: p[3 * i],
      end: p[3 * i + 1],
    })),
    sentences: Array.from({ length: s.length / 3 }, (_, i) => ({
      index: i,
      paragraph: s[3 * i + 2],
      start: s[3 * i],
      end: s[3 * i + 1],
    })),
  } as Article;
}

/**
 * A restored article whose fields but its file and hash are read from the snapshot when one is
 * first used: a warm start touches few articles before its first answer, and decoding every one
 * would read and parse some 30 MB per 10,000 articles. On first use the fields become the
 * object's own, so that spreading, copying or serialising it afterwards sees them all; before,
 * toJSON reads them.
 */
class RestoredArticle {
  #load?: () => Article;

  constructor(
    readonly file: string,
    readonly hash: string,
    load: () => Article,
  ) {
    this.#load = load;
  }

  /** Reads the article's fields, once, and makes them its own. */
  protected fields(): Article {
    const load = this.#load;
    if (load) {
      this.#load = undefined;
      for (const [key, value] of Object.entries(load()))
        if (key !== 'file' && key !== 'hash')
          Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return this as unknown as Article;
  }

  toJSON(): object {
    return { ...this.fields() };
  }
}

/** Restored articles with a getter for each of these fields, reading the article on first use. */
function restoredArticles(keys: readonly string[]) {
  class Restored extends RestoredArticle {}
  for (const key of keys)
    Object.defineProperty(Restored.prototype, key, {
      configurable: true,
      get(this: Restored) {
        // Once read, the article's fields are its own; one it does not have is undefined.
        const fields = this.fields() as unknown as Record<string, unknown>;
        return Object.hasOwn(fields, key) ? fields[key] : undefined;
      },
    });
  return (file: string, hash: string, load: () => Article) => new Restored(file, hash, load) as unknown as Article;
}

/** Makes a restored article's fields its own (see RestoredArticle), for code that copies it whole. */
export function materialized(article: Article): Article {
  void article.text;
  return article;
}

/** A warm start: every article (text included) and its facts, and all that is derived from them. */
export interface Snapshot {
  /** Every article, in order; texts, paragraphs and sentences decoded when first read. */
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
 * The snapshot's sections, in the order written. Each has its own CRC-32, checked when it is read;
 * a start reads only those it needs, and the others (statements, index, timeline, each article's
 * facts) when an answer first needs them. Numbers are kept as little-endian typed arrays, which
 * load without parsing; the rest is JSON. The stamps (each file's size, modification time and
 * hash) let a start know, without reading a file, which files are unchanged.
 */
const SECTION_NAMES = [
  'stamps', // JSON: [file, size, mtimeMs, hash][]
  'articleIndex', // JSON: { files: [file, hash][], keys: every field of an article, skipped }
  'articles', // each article's layout (JSON) then its text (UTF-8), one article after another
  'articleOffsets', // Uint32: (offset in `articles`, layout length, text length, CRC-32) per article
  'registry', // JSON: { entities without refs, byArticle }
  'refEnds', // Uint32: each entity's end in `refs`
  'refs', // Int32: (article, local) pairs
  'profiles', // JSON: profiles without their sentences
  'profileSentenceEnds', // Uint32: each entity's end in `profileSentences`
  'profileSentences', // Int32: (article, sentence, flags) triples
  'statements', // Int32: the statement rows, one after another
  'index', // JSON: SearchIndexData
  'readings', // Uint32: each article's analysed sentences (SearchIndex.packReadings), one after another
  'readingOffsets', // Uint32: (offset in `readings`, length, CRC-32) per article, in bytes
  'readingTerms', // JSON: the term names the readings' ids stand for
  'timeline', // JSON: TimelineEntry[]
  'facts', // JSON: each article's facts, one after another
  'factOffsets', // Uint32: (offset in `facts`, length, CRC-32) per article
] as const;
type SectionName = (typeof SECTION_NAMES)[number];

interface SnapshotHeader extends Header {
  /** Where each section is, from the end of the header: offset, length, CRC-32. */
  sections: Record<SectionName, [number, number, number]>;
  /** Bytes after the header. */
  bodyLength: number;
}

/** Typed arrays are stored as this machine lays them out; a snapshot from another byte order is rebuilt. */
const BYTE_ORDER = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'le' : 'be';
const SNAPSHOT_VERSION_TAG = `${SNAPSHOT_VERSION}.${INDEX_VERSION}.${EXTRACTOR_VERSION}.${BYTE_ORDER}`;

/** The piece of a section checked at a time. */
const CHUNK = 4 * 1024 * 1024;

/** Sections start at multiples of 8 bytes, so that typed arrays can view them in place. */
const ALIGN = 8;

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
    return this.getFactsSized(hash)?.facts;
  }

  /** The same, with the size of the facts as stored (their JSON's length). */
  getFactsSized(hash: string): { facts: ArticleFacts; bytes: number } | undefined {
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
      return { facts, bytes: body.length };
    } catch (e) {
      this.discard(this.factsPath(hash), `unreadable facts (${(e as Error).message})`);
      return undefined;
    }
  }

  setFacts(facts: ArticleFacts): void {
    this.setFactsJson(facts.hash, JSON.stringify(facts));
  }

  /** The same, from the facts already as JSON (what the extraction workers send); false if it could not be written. */
  setFactsJson(hash: string, json: string): boolean {
    return this.write(this.factsPath(hash), 'facts', String(EXTRACTOR_VERSION), hash, json);
  }

  /** An article's cached facts as stored (JSON), checked as getFacts checks them but not decoded. */
  getFactsJson(hash: string): string | undefined {
    return this.read(this.factsPath(hash), 'facts', String(EXTRACTOR_VERSION), hash);
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

  /** Saves a seeds folder's search index: its data (SearchIndexData) as JSON. */
  setIndex(seedsDir: string, articleHashes: string[], json: string): void {
    this.write(
      this.indexPath(seedsDir),
      'index',
      `${INDEX_VERSION}.${EXTRACTOR_VERSION}`,
      sha1(articleHashes.join('\n')),
      json,
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
   * hashes). Each section is checked with its CRC-32 when it is read; those a start does not need
   * are read when an answer first needs them, and one found damaged then is rebuilt from the rest.
   */
  getSnapshot(seedsDir: string, key: string): Snapshot | undefined {
    const opened = this.openSnapshot(seedsDir);
    if (!opened) return undefined;
    const { fd, header, start, path } = opened;
    let keepOpen = false;
    let damaged = false;
    // A damaged section discards the whole snapshot (the next start makes a new one).
    const discard = (why: string) => {
      if (!damaged) this.discard(path, why);
      damaged = true;
    };
    try {
      if (header.key !== key) return undefined; // made for other files: rebuilt and replaced later
      /** A section's bytes in a buffer of its own (so typed arrays can view it), or undefined if damaged. */
      const read = (name: SectionName): Buffer | undefined => {
        const [offset, length, checksum] = header.sections[name];
        const b = Buffer.allocUnsafeSlow(length);
        if (readSync(fd, b, 0, length, start + offset) !== length || crc32(b) !== checksum) {
          discard(`checksum mismatch in its ${name} (corrupted)`);
          return undefined;
        }
        return b;
      };
      const must = (name: SectionName) => {
        const b = read(name);
        if (!b) throw new Error(`checksum mismatch in its ${name} (corrupted)`);
        return b;
      };
      const json = (b: Buffer) => JSON.parse(b.toString('utf8'));
      const u32 = (b: Buffer) => new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
      const i32 = (b: Buffer) => new Int32Array(b.buffer, b.byteOffset, b.length / 4);
      /** Item i of a list kept as one flat array and the ends of its items. */
      const slicer =
        <T extends Uint32Array | Int32Array>(ends: Uint32Array, all: T) =>
        (i: number) =>
          all.subarray(i ? ends[i - 1] : 0, ends[i]) as T;

      // What a start needs: which articles there are, and the registry with its profiles.
      const { files, keys, skipped } = json(must('articleIndex')) as {
        files: [string, string][];
        keys: string[];
        skipped: Snapshot['skipped'];
      };
      const articleOffsets = u32(must('articleOffsets'));
      // The articles are read one at a time when first used, but checked now, a piece at a time
      // (some 15 ms for 10,000 articles): a damaged one is found while the facts can still rebuild everything.
      {
        const [offset, length, checksum] = header.sections.articles;
        const chunk = Buffer.allocUnsafe(Math.min(CHUNK, length));
        let crc = 0;
        for (let at = 0; at < length; at += chunk.length) {
          const n = readSync(fd, chunk, 0, Math.min(chunk.length, length - at), start + offset + at);
          crc = crc32(chunk.subarray(0, n), crc);
        }
        if (crc !== checksum) throw new Error('checksum mismatch in its articles (corrupted)');
      }
      const registry = json(must('registry')) as RegistryData;
      const refsOf = slicer(u32(must('refEnds')), i32(must('refs')));
      const profiles = json(must('profiles')) as EntityProfile[];
      const profileSentencesOf = slicer(u32(must('profileSentenceEnds')), i32(must('profileSentences')));
      const factOffsets = u32(must('factOffsets'));

      registry.entities.forEach((entity, id) => {
        let refs: Entity['refs'] | undefined;
        Object.defineProperty(entity, 'refs', {
          enumerable: true,
          get: () => {
            if (!refs) {
              const r = refsOf(id);
              refs = Array.from({ length: r.length / 2 }, (_, k) => ({ article: r[2 * k], local: r[2 * k + 1] }));
            }
            return refs;
          },
        });
      });
      profiles.forEach((profile, id) => {
        profile.sentences = profileSentencesOf(id);
      });
      const articlesAt = start + header.sections.articles[0];
      /** Article i whole, read from the file; a damaged one discards the snapshot, and cannot be served. */
      const article = (i: number): Article => {
        const [offset, layoutLength, textLength, checksum] = articleOffsets.subarray(4 * i, 4 * i + 4);
        const b = Buffer.allocUnsafe(layoutLength + textLength);
        readSync(fd, b, 0, b.length, articlesAt + offset);
        if (crc32(b) !== checksum) {
          discard(`checksum mismatch in article ${i} (corrupted)`);
          throw new Error(`The cached text of ${files[i][0]} is damaged; restart the bot to rebuild it.`);
        }
        return unpackLayout(
          JSON.parse(b.toString('utf8', 0, layoutLength)) as ArticleLayout,
          b.toString('utf8', layoutLength),
        );
      };
      const restored = restoredArticles([...keys, 'text', 'paragraphs', 'sentences']);
      const articles = () => files.map(([file, hash], i) => restored(file, hash, () => article(i)));
      const statements = () => {
        const b = read('statements');
        return b && i32(b);
      };
      const index = () => {
        const b = read('index');
        return b && (json(b) as SearchIndexData);
      };
      const timeline = () => {
        const b = read('timeline');
        return b && (json(b) as TimelineEntry[]);
      };
      const readingsAt = start + header.sections.readings[0];
      const readings = (): StoredReadings | undefined => {
        const offsets = read('readingOffsets');
        const terms = read('readingTerms');
        if (!offsets || !terms) return undefined;
        const at = u32(offsets);
        return {
          terms: json(terms) as string[],
          // A damaged block is analysed again from the article, and the snapshot made again.
          block: (article) => {
            const [offset, length, checksum] = [at[3 * article], at[3 * article + 1], at[3 * article + 2]];
            if (offset === undefined || length % 4) return undefined;
            const block = new Uint32Array(length / 4);
            const b = Buffer.from(block.buffer);
            readSync(fd, b, 0, length, readingsAt + offset);
            if (crc32(b) === checksum) return block;
            discard(`checksum mismatch in the readings of article ${article} (corrupted)`);
            return undefined;
          },
        };
      };
      const factsAt = start + header.sections.facts[0];
      // One buffer, reused for every article's facts: many small short-lived allocations would
      // leave the process's memory fragmented long after they are freed.
      let buffer = Buffer.allocUnsafeSlow(64 * 1024);
      const facts = (article: number) => {
        const [offset, length, checksum] = [
          factOffsets[3 * article],
          factOffsets[3 * article + 1],
          factOffsets[3 * article + 2],
        ];
        if (buffer.length < length) buffer = Buffer.allocUnsafeSlow(Math.max(length, buffer.length * 2));
        const b = buffer.subarray(0, length);
        readSync(fd, b, 0, length, factsAt + offset);
        if (crc32(b) !== checksum) {
          discard(`checksum mismatch in the facts of article ${article} (corrupted)`);
          return undefined;
        }
        return json(b) as ArticleFacts;
      };
      keepOpen = true; // the file stays open: renaming a new snapshot over it keeps this one readable
      const factsBytes = (article: number) => factOffsets[3 * article + 1];
      return {
        articles,
        parts: { registry, profiles, statements, index, timeline, readings },
        skipped,
        facts,
        factsBytes,
      };
    } catch (e) {
      discard((e as Error).message);
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
      const [offset, length, checksum] = header.sections.stamps;
      const b = Buffer.allocUnsafe(length);
      readSync(fd, b, 0, length, start + offset);
      if (crc32(b) !== checksum) throw new Error('checksum mismatch in the file stamps (corrupted)');
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
      if (header.version !== SNAPSHOT_VERSION_TAG)
        throw new Error(`version ${header.version}, expected ${SNAPSHOT_VERSION_TAG}`);
      const start = HEADER_BYTES;
      if (SECTION_NAMES.some((name) => !header.sections?.[name])) throw new Error('a section is missing');
      if (size - start !== header.bodyLength) throw new Error('truncated');
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
    /** Each article's facts, or its facts as JSON (as JSON.stringify gives them). */
    facts: readonly ArticleFacts[] | ((article: number) => string),
  ): void {
    const { articles } = snapshot;
    const factsJson = typeof facts === 'function' ? facts : (i: number) => JSON.stringify(facts[i]);
    const factsCount = typeof facts === 'function' ? articles.length : facts.length;
    const { index, timeline, registry, profiles, statements, readings } = snapshot.parts;
    this.writeRaw(this.snapshotPath(seedsDir), (write) => {
      // The header goes first but is known last: room is kept for it, and it is written at the end.
      write(Buffer.alloc(HEADER_BYTES, 0x20));
      const sections = {} as SnapshotHeader['sections'];
      let at = 0;
      // Each section is made, written and let go in turn, so the snapshot never sits whole in memory.
      /** Writes a section from one or more pieces, so that a large one need not be joined first. */
      const section = (name: SectionName, content: Buffer | ArrayBufferView | Iterable<Buffer>) => {
        const pieces = ArrayBuffer.isView(content)
          ? [Buffer.from(content.buffer, content.byteOffset, content.byteLength)]
          : content;
        let crc = 0;
        let length = 0;
        for (const b of pieces) {
          crc = crc32(b, crc);
          length += b.length;
          write(b);
        }
        sections[name] = [at, length, crc];
        at += length;
        const pad = (ALIGN - (at % ALIGN)) % ALIGN;
        if (pad) {
          write(Buffer.alloc(pad));
          at += pad;
        }
      };
      const jsonOf = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
      /** A list of number lists as one flat array and the ends of its items. */
      const flat = <T extends Uint32Array | Int32Array>(
        lists: ArrayLike<number>[],
        Type: { new (length: number): T },
      ): [Uint32Array, T] => {
        const ends = new Uint32Array(lists.length);
        let total = 0;
        lists.forEach((l, i) => (ends[i] = total += l.length));
        const all = new Type(total);
        let k = 0;
        for (const l of lists) for (let i = 0; i < l.length; i++) all[k++] = l[i];
        return [ends, all];
      };
      section('stamps', jsonOf(snapshot.stamps.map(([file, st]) => [file, st.size, st.mtimeMs, st.hash])));
      const keys = new Set<string>();
      for (const a of articles)
        for (const k of Object.keys(a))
          if (!['file', 'hash', 'text', 'paragraphs', 'sentences'].includes(k)) keys.add(k);
      section(
        'articleIndex',
        jsonOf({ files: articles.map((a) => [a.file, a.hash]), keys: [...keys], skipped: snapshot.skipped }),
      );
      const articleOffsets = new Uint32Array(4 * articles.length);
      let offset = 0;
      section(
        'articles',
        (function* () {
          for (let i = 0; i < articles.length; i++) {
            const layout = Buffer.from(JSON.stringify(packLayout(articles[i])), 'utf8');
            const text = Buffer.from(articles[i].text, 'utf8');
            articleOffsets.set([offset, layout.length, text.length, crc32(text, crc32(layout))], 4 * i);
            offset += layout.length + text.length;
            yield layout;
            yield text;
          }
        })(),
      );
      section('articleOffsets', articleOffsets);
      section('registry', jsonOf({ ...registry, entities: registry.entities.map(({ refs: _r, ...e }) => e) }));
      const [refEnds, refs] = flat(
        registry.entities.map((e) => e.refs.flatMap((r) => [r.article, r.local])),
        Int32Array,
      );
      section('refEnds', refEnds);
      section('refs', refs);
      section('profiles', jsonOf(profiles.map(({ sentences: _s, ...p }) => p)));
      const [profileSentenceEnds, profileSentences] = flat(
        profiles.map((p) => p.sentences),
        Int32Array,
      );
      section('profileSentenceEnds', profileSentenceEnds);
      section('profileSentences', profileSentences);
      section('statements', Int32Array.from(statements.flat()));
      section('index', Buffer.from(index, 'utf8'));
      // Each article's analysed sentences, made, written and let go one at a time.
      const readingOffsets = new Uint32Array(3 * articles.length);
      offset = 0;
      let readingTerms: readonly string[] = [];
      section(
        'readings',
        (function* () {
          if (!readings) return;
          let i = 0;
          for (const block of readings.blocks) {
            const b = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
            readingOffsets.set([offset, b.length, crc32(b)], 3 * i++);
            offset += b.length;
            yield b;
          }
          readingTerms = readings.terms();
        })(),
      );
      section('readingOffsets', readingOffsets);
      section('readingTerms', jsonOf(readingTerms));
      section('timeline', jsonOf(timeline));
      // Facts one article at a time, each with its own checksum, checked when an answer reads it;
      // each is encoded, written and let go in turn.
      const factOffsets = new Uint32Array(3 * factsCount);
      offset = 0;
      section(
        'facts',
        (function* () {
          for (let i = 0; i < factsCount; i++) {
            const c = Buffer.from(factsJson(i), 'utf8');
            factOffsets.set([offset, c.length, crc32(c)], 3 * i);
            offset += c.length;
            yield c;
          }
        })(),
      );
      section('factOffsets', factOffsets);
      const header: SnapshotHeader = {
        format: FORMAT,
        kind: 'snapshot',
        version: SNAPSHOT_VERSION_TAG,
        key,
        checksum: '',
        sections,
        bodyLength: at,
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

  private write(path: string, kind: Header['kind'], version: string, key: string, body: string): boolean {
    const header: Header = { format: FORMAT, kind, version, key, checksum: sha1(body) };
    return this.writeRaw(path, `${JSON.stringify(header)}\n${body}`);
  }

  /** Writes a file whole or not at all; `content` may write it piece by piece and return the bytes that go at its start. */
  private writeRaw(path: string, content: string | Buffer | ((write: (b: Buffer) => void) => Buffer)): boolean {
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
      return true;
    } catch (e) {
      try {
        unlinkSync(temporary);
      } catch {
        /* already gone */
      }
      this.log?.warn('could not write the cache; continuing without it', { path, error: e });
      return false;
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
