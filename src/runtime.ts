// How the bot's Node.js processes run: TypeScript through tsx's loader, and a bounded heap. With no
// bound, V8 sizes its heap from the machine's memory and lets a busy process grow to twice what it
// holds; with one it collects sooner. 1.5 GB holds a knowledge base of 10,000 articles three times
// over; raise it for larger folders (package.json's scripts pass the same flags). A 16 MB young
// generation and a heap grown by 30% at a time (V8's default is up to 100%) keep resident memory
// close to what the knowledge base holds: a warm start decodes little, so the extra collections
// cost little.
import { fileURLToPath } from 'node:url';

export const HEAP_MB = 1536;

/**
 * Whether this is the build in dist/ (scripts/build.mjs), which npm start and npm run ask run so
 * that a start does not compile TypeScript, rather than the sources through tsx (tests, tools).
 */
export const COMPILED = import.meta.url.endsWith('.js');
/** The extension of this build's modules, for the files a process starts by path. */
export const MODULE_EXT = COMPILED ? '.js' : '.ts';
/** The project's folder: dist/ sits one level deeper than the sources. */
export const PROJECT_DIR = fileURLToPath(new URL(COMPILED ? '../..' : '..', import.meta.url));

const MEMORY_FLAGS = [`--max-old-space-size=${HEAP_MB}`, '--max-semi-space-size=16', '--heap-growing-percent=30'];
/** The flags of a process that runs this build's modules: the sources need tsx's loader. */
export const NODE_FLAGS = COMPILED ? MEMORY_FLAGS : [...MEMORY_FLAGS, '--import', 'tsx'];
