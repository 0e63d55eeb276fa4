import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS, isIgnoredPath, type SeedsWatcher, watchSeeds } from '../src/discord/watch-seeds.ts';
import { createLogger } from '../src/log.ts';

describe('isIgnoredPath', () => {
  const root = '/srv/seeds';
  it('ignores hidden files and folders and temporary files, never the folder itself', () => {
    for (const p of [
      '.x.txt.3f9a.tmp',
      '.git/HEAD',
      'sub/.hidden.md',
      'draft.txt~',
      'a.txt.swp',
      'b.md.part',
      'c.crdownload',
      '#autosave#',
      'node_modules/x.md',
    ]) {
      expect(isIgnoredPath(root, join(root, p)), p).toBe(true);
    }
    for (const p of ['a.txt', 'sub/b.md', 'notes.tmp.txt', 'sub'])
      expect(isIgnoredPath(root, join(root, p)), p).toBe(false);
    expect(isIgnoredPath(root, root)).toBe(false);
    expect(isIgnoredPath('/srv/.seeds', '/srv/.seeds')).toBe(false);
  });
});

describe('watchSeeds', () => {
  let dir: string;
  let watcher: SeedsWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns a burst of article changes into one refresh, and ignores other files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'seeds-watch-'));
    const reasons: string[] = [];
    watcher = watchSeeds(dir, (reason) => reasons.push(reason), createLogger('json', 'error'));
    await watcher.ready;
    const settle = async (count: number) => {
      for (let i = 0; i < 100 && reasons.length < count; i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 200)); // and nothing more comes
    };

    writeFileSync(join(dir, 'photo.jpg'), 'not an article');
    writeFileSync(join(dir, '.draft.txt.tmp'), 'being written');
    writeFileSync(join(dir, 'draft.txt~'), 'a backup');
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 300));
    expect(reasons).toEqual([]);

    writeFileSync(join(dir, 'a.txt'), 'one');
    writeFileSync(join(dir, 'b.md'), 'two');
    writeFileSync(join(dir, 'a.txt'), 'one, edited');
    await settle(1);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/add a\.txt/);
    expect(reasons[0]).toMatch(/add b\.md/);

    // Articles in a new sub-folder count too.
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'c.txt'), 'three');
    await settle(2);
    expect(reasons.slice(1).join(' ')).toMatch(/more\/c\.txt/);
  });
});
