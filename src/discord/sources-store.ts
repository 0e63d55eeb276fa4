// What Sources buttons show, kept on the bot's side: one small JSON file per record under
// CACHE_DIR/sources/, named by the record's id, so a button works after a restart and in every shard
// (they share the cache folder), and recent records in memory. Records are kept at least
// RETENTION_DAYS; older files are removed at start and then once a day.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../log.ts';
import type { SourceEntry, SourcesRecord } from '../render/sources.ts';

export const RETENTION_DAYS = 35;
const DAY_MS = 86_400_000;
/** Records held in memory; a button whose record was evicted reads its file. */
const MEMORY_RECORDS = 5000;
const ID = /^[A-Za-z0-9_-]{8,40}$/;

export class SourcesStore {
  private readonly memory = new LRUCache<string, SourceEntry[]>({ max: MEMORY_RECORDS });
  private readonly dir: string | undefined;
  private lastPrune: number;

  /** Without a folder, records live in memory only (the console, which has no buttons to press later). */
  constructor(
    cacheDir: string | undefined,
    private readonly log?: Logger,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.dir = cacheDir ? join(cacheDir, 'sources') : undefined;
    // The first prune is the caller's, at start; then one a day as replies are made.
    this.lastPrune = now();
  }

  private fileOf(id: string): string {
    return join(this.dir!, id.slice(0, 2), `${id}.json`);
  }

  /** Keeps a record. The id is derived from the entries, so keeping the same one twice changes nothing. */
  keep(record: SourcesRecord): void {
    if (this.memory.has(record.id)) return;
    this.memory.set(record.id, record.entries);
    if (!this.dir) return;
    try {
      const file = this.fileOf(record.id);
      mkdirSync(join(this.dir, record.id.slice(0, 2)), { recursive: true });
      // Written whole, then renamed: a reader never sees half a record.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ saved: new Date(this.now()).toISOString(), entries: record.entries }));
      renameSync(tmp, file);
    } catch (error) {
      // The button still works until a restart, from memory.
      this.log?.warn('could not save the sources of a reply', { dir: this.dir, error });
    }
    if (this.now() - this.lastPrune > DAY_MS) this.prune();
  }

  /** The record's entries, or undefined when it is not (or no longer) kept. */
  get(id: string): SourceEntry[] | undefined {
    if (!ID.test(id)) return undefined;
    const known = this.memory.get(id);
    if (known || !this.dir) return known;
    try {
      const entries = (JSON.parse(readFileSync(this.fileOf(id), 'utf8')) as { entries: SourceEntry[] }).entries;
      if (!Array.isArray(entries)) return undefined;
      this.memory.set(id, entries);
      return entries;
    } catch {
      return undefined;
    }
  }

  /** Removes record files older than the retention period; returns how many. */
  prune(): number {
    this.lastPrune = this.now();
    if (!this.dir) return 0;
    const cutoff = this.now() - RETENTION_DAYS * DAY_MS;
    let removed = 0;
    let folders: string[];
    try {
      folders = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const folder of folders) {
      const path = join(this.dir, folder);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        continue;
      }
      for (const name of names) {
        const file = join(path, name);
        try {
          if (statSync(file).mtimeMs < cutoff) {
            rmSync(file, { force: true });
            this.memory.delete(name.replace(/\.json$/, ''));
            removed++;
          }
        } catch {
          // Removed meanwhile by another shard.
        }
      }
    }
    if (removed) this.log?.info('removed old sources of replies', { removed, olderThanDays: RETENTION_DAYS });
    return removed;
  }
}
