// Derived data on disk, under .cache/: each article's facts, keyed by its content hash and the
// extractor version, and the search index of a seeds folder. Every file carries a header with its
// format, version, key and a checksum of its body; a file that is corrupt, truncated, foreign or of
// another version is discarded and rebuilt, never served. Writes go to a temporary file that is then
// renamed into place, so a reader — this process or another sharing the folder — sees either the old
// file or the new one, whole.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleFacts, EXTRACTOR_VERSION } from '../extract/facts.ts';
import type { Logger } from '../log.ts';
import type { SearchIndexData } from './search-index.ts';

const FORMAT = 'newsdesk-cache';
/** Bump when the index's shape or its analyzer changes. */
export const INDEX_VERSION = 1;

export const DEFAULT_CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../.cache');

interface Header {
  format: string;
  kind: 'facts' | 'index';
  version: string;
  key: string;
  checksum: string;
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

export class KnowledgeCache {
  constructor(readonly dir: string, private readonly log?: Logger) {}

  private factsPath(hash: string): string {
    return join(this.dir, `facts-v${EXTRACTOR_VERSION}`, hash.slice(0, 2), `${hash}.json`);
  }

  private indexPath(seedsDir: string): string {
    return join(this.dir, `index-v${INDEX_VERSION}.${EXTRACTOR_VERSION}`, `${sha1(resolve(seedsDir)).slice(0, 16)}.json`);
  }

  /** An article's cached facts, or undefined when there are none that can be trusted. */
  getFacts(hash: string): ArticleFacts | undefined {
    const body = this.read(this.factsPath(hash), 'facts', String(EXTRACTOR_VERSION), hash);
    if (body === undefined) return undefined;
    try {
      const facts = JSON.parse(body) as ArticleFacts;
      if (facts.version !== EXTRACTOR_VERSION || facts.hash !== hash || !Array.isArray(facts.entities) || !Array.isArray(facts.statements)
        || !Array.isArray(facts.times) || !Array.isArray(facts.events)) throw new Error('unexpected shape');
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
    this.write(this.indexPath(seedsDir), 'index', `${INDEX_VERSION}.${EXTRACTOR_VERSION}`, sha1(articleHashes.join('\n')), JSON.stringify(data));
  }

  /** Total bytes of the cache on disk. */
  size(): number {
    let total = 0;
    const walk = (p: string) => {
      let st;
      try { st = statSync(p); } catch { return; }
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

  private read(path: string, kind: Header['kind'], version: string, key: string, keyMismatchIsStale = false): string | undefined {
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
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temporary, `${JSON.stringify(header)}\n${body}`);
      renameSync(temporary, path);
    } catch (e) {
      try { unlinkSync(temporary); } catch { /* already gone */ }
      this.log?.warn('could not write the cache; continuing without it', { path, error: e });
    }
  }

  private discard(path: string, why: string): void {
    this.log?.warn('discarding a cache file that cannot be trusted; it will be rebuilt', { path, why });
    try { unlinkSync(path); } catch { /* another process may have replaced it already */ }
  }
}

function readdirSafe(p: string): string[] {
  try {
    return readdirSync(p);
  } catch {
    return [];
  }
}
