// What Sources buttons show is kept on the bot's side: in files under CACHE_DIR that a new process
// reads (a restart), for at least the retention period; and the view shows the reply's citations
// by the reply's numbers, saying which are no longer available.

import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../commands/index.ts';
import type { Answer } from '../src/answer/answer.ts';
import { RETENTION_DAYS, SourcesStore } from '../src/discord/sources-store.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log.ts';
import { parseCustomId } from '../src/render/custom-id.ts';
import { renderReply } from '../src/render/discord.ts';
import { renderSources, type SourcesRecord } from '../src/render/sources.ts';

const ROOT = join(import.meta.dirname, '..');
const DAY = 86_400_000;
let kb: KnowledgeBase;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'sources-store-'));
  dirs.push(d);
  return d;
};

beforeAll(async () => {
  ({ kb } = await loadKnowledge(join(ROOT, 'test/fixtures/discord/seeds'), createLogger('text', 'error'), {
    cacheDir: false,
  }));
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A reply rendered as the bot renders it, its record kept in `store`. */
function reply(answer: Answer, store: SourcesStore): { id: string; record: SourcesRecord } {
  let record!: SourcesRecord;
  const payload = renderReply(answer, {
    hashOf: (f) => kb.articles.find((a) => a.file === f)?.hash,
    keepSources: (r) => {
      record = r;
      store.keep(r);
    },
  });
  const button = payload.components[0].components.find((b) => b.label === 'Sources')!;
  const action = parseCustomId(button.custom_id);
  expect(action).toMatchObject({ kind: 'sources', id: record.id });
  return { id: record.id, record };
}

describe('SourcesStore', () => {
  it('gives a record back in another process (a new store on the same folder)', () => {
    const dir = tempDir();
    const { id, record } = reply(runCommand(kb, 'who', { name: 'Lisken' }), new SourcesStore(dir));
    const later = new SourcesStore(dir);
    expect(later.get(id)).toEqual(record.entries);
    expect(later.get('AAAAAAAAAAAAAAAA')).toBeUndefined();
    expect(later.get('../../etc/passwd')).toBeUndefined();
  });

  it('keeps records for the retention period, and removes older ones', () => {
    const dir = tempDir();
    let now = Date.now();
    const store = new SourcesStore(dir, undefined, () => now);
    const { id } = reply(runCommand(kb, 'who', { name: 'Lisken' }), store);
    const file = join(dir, 'sources', id.slice(0, 2), `${id}.json`);
    expect(RETENTION_DAYS).toBeGreaterThanOrEqual(30);
    // 30 days on, it is still there.
    const at30 = new Date(now - 30 * DAY);
    utimesSync(file, at30, at30);
    expect(store.prune()).toBe(0);
    expect(new SourcesStore(dir).get(id)).toBeDefined();
    // Past the retention period it goes, from disk and memory.
    const old = new Date(now - (RETENTION_DAYS + 1) * DAY);
    utimesSync(file, old, old);
    now += 1;
    expect(store.prune()).toBe(1);
    expect(readdirSync(join(dir, 'sources', id.slice(0, 2)))).toEqual([]);
    expect(store.get(id)).toBeUndefined();
  });

  it('works in memory only without a folder', () => {
    const store = new SourcesStore(undefined);
    const { id, record } = reply(runCommand(kb, 'timeline', {}), store);
    expect(store.get(id)).toEqual(record.entries);
  });
});

describe('the Sources view', () => {
  it('numbers every citation as the reply does, in order', () => {
    const answer = runCommand(kb, 'who', { name: 'Lisken' });
    const store = new SourcesStore(undefined);
    const { id } = reply(answer, store);
    const view = renderSources(kb, { id, entries: store.get(id)! });
    const numbers = [...view.embeds[0].description!.matchAll(/^\*\*\[(\d+)\]/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(answer.citations.map((c) => c.n));
    expect(view.flags).toBe(64);
  });

  it('says which sources changed, keeping the others and every number', () => {
    const answer = runCommand(kb, 'timeline', {});
    const store = new SourcesStore(undefined);
    const { id } = reply(answer, store);
    const entries = store.get(id)!;
    const changed = entries.map((e, i) => (i === 1 ? { ...e, hash: 'ffffffffffffffff' } : e));
    const view = renderSources(kb, { id, entries: changed });
    const text = view.embeds[0].description!;
    expect(text).toMatch(/^\*\*\[1\]/);
    expect(text).toMatch(/\*\*\[2\]\*\* no longer available/);
    expect(text).toMatch(new RegExp(`1 of these ${entries.length} sources are no longer available`));
  });

  it('says so, without leading blank lines, when every source is gone or the record is unknown', () => {
    for (const view of [
      renderSources(kb, undefined),
      renderSources(kb, { entries: [{ n: 1, file: 'gone.txt', hash: 'ffff', start: 0, end: 4 }] }),
    ]) {
      expect(view.embeds[0].description).toMatch(/^(These sources are|\*\*\[1\]\*\* no longer available)/);
      expect(view.embeds[0].description).not.toMatch(/^\s/);
    }
  });
});
