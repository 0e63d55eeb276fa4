// A temporary seeds folder for the end-to-end test: the repository's seeds, two fixture articles,
// and enough small generated articles that /articles has a second page.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './bot-process.ts';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'discord');

export interface TempSeeds {
  dir: string;
  cacheDir: string;
  /** How many articles the folder starts with. */
  count: number;
  remove(): void;
}

const TOWNS = [
  'Alder',
  'Brenna',
  'Calloway',
  'Dunmore',
  'Essel',
  'Farrow',
  'Glenrock',
  'Harwick',
  'Ilsby',
  'Jessop',
  'Kell',
];
const HARBOURMASTERS = [
  'Ines Vallon',
  'Marta Quell',
  'Oren Salt',
  'Petra Lund',
  'Ravi Prado',
  'Sanna Keel',
  'Tobin Rusk',
  'Una Marr',
  'Viktor Hale',
  'Wren Osk',
  'Yara Penn',
];

/** A short valid wire story; each is different, so none is a duplicate of another. */
function harbourStory(i: number): string {
  const town = TOWNS[i % TOWNS.length];
  return [
    `PORT ${town.toUpperCase()}, May ${i + 3} (Reuters) - The port authority of Port ${town} said on Tuesday that cargo volumes rose ${i + 4}% in April from a year earlier, helped by grain shipments.`,
    '',
    `Harbourmaster ${HARBOURMASTERS[i % HARBOURMASTERS.length]} said ${i + 12} ships were waiting to unload and that a new crane would arrive in June.`,
    '',
    `"We have never been this busy," she told reporters in Port ${town}.`,
    '',
  ].join('\n');
}

export function makeSeeds(extra = 24): TempSeeds {
  const base = mkdtempSync(join(tmpdir(), 'newsbot-e2e-'));
  const dir = join(base, 'seeds');
  const cacheDir = join(base, 'cache');
  mkdirSync(dir);
  let count = 0;
  for (const from of [join(ROOT, 'seeds'), join(FIXTURES, 'seeds')]) {
    for (const name of readdirSync(from).filter((n) => /\.(txt|md)$/.test(n))) {
      copyFileSync(join(from, name), join(dir, name));
      count++;
    }
  }
  for (let i = 0; i < extra; i++) {
    writeFileSync(join(dir, `harbour-${String(i + 1).padStart(2, '0')}.txt`), harbourStory(i));
    count++;
  }
  return { dir, cacheDir, count, remove: () => rmSync(base, { recursive: true, force: true }) };
}
