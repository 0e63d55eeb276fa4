// The regression guard: the shared case checker (../shared/check-cases.mjs), run through the real
// console on the seed, dev and dev2 corpora, must pass at least as many cases as recorded in
// test/regression/case-floors.json and give no more wrong answers. A change that breaks answers
// fails CI here. Skipped only where ../shared is not beside the clone.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const floors = JSON.parse(readFileSync(join(root, 'test', 'regression', 'case-floors.json'), 'utf8')) as Record<
  string,
  { passed: number; wrong: number }
>;

const corpora: Record<string, string[]> = {
  seed: ['--corpus', join(shared, 'seeds'), '--cases', join(shared, 'corpus', 'seed-cases.jsonl')],
  dev: ['--corpus', join(shared, 'corpus', 'dev')],
  dev2: ['--corpus', join(shared, 'corpus', 'dev2')],
};

describe.skipIf(!existsSync(join(shared, 'check-cases.mjs')))('case checker regression guard', () => {
  for (const [name, args] of Object.entries(corpora)) {
    it(`${name}: passes at least ${floors[name].passed} cases with at most ${floors[name].wrong} wrong answers`, () => {
      const run = spawnSync(process.execPath, [join(shared, 'check-cases.mjs'), ...args, '--quiet'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 240_000,
      });
      const last =
        run.stdout
          .split('\n')
          .filter((l) => l.startsWith('cases:'))
          .pop() ?? '';
      const m = /cases: (\d+) passed, (\d+) failed .*?, (\d+) wrong answers/.exec(last);
      expect(m, `the checker did not finish: ${run.stdout.slice(-500)}${run.stderr.slice(-500)}`).toBeTruthy();
      expect(Number(m![1])).toBeGreaterThanOrEqual(floors[name].passed);
      expect(Number(m![3])).toBeLessThanOrEqual(floors[name].wrong);
    }, 300_000);
  }
});
