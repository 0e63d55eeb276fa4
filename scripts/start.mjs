// npm start, npm run ask and npm run start:sharded: `node [flags] scripts/start.mjs ENTRY [args…]`.
// Checks the build in dist/ (scripts/build.mjs --if-stale) and the WordNet and word-vector lookups, then runs
// dist/ENTRY in this same process. A pre-script would start two more Node processes (and npm's
// lifecycle around them) before every start: several hundred milliseconds of a warm start.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({ ifStale: true });
await import('./lookups-if-missing.mjs');
// The entry sees the command line it would have had if started itself: node ENTRY args….
const entry = join(root, 'dist', process.argv[2]);
process.argv.splice(1, 2, entry);
await import(pathToFileURL(entry).href);
