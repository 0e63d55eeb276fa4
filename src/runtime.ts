// How the bot's Node.js processes run: TypeScript through tsx's loader, and a bounded heap. With no
// bound, V8 sizes its heap from the machine's memory and lets a busy process grow to twice what it
// holds; with one it collects sooner. 1.5 GB holds a knowledge base of 10,000 articles three times
// over; raise it for larger folders (package.json's scripts pass the same flags). A 16 MB young
// generation and a heap grown by 30% at a time (V8's default is up to 100%) keep resident memory
// close to what the knowledge base holds: a warm start decodes little, so the extra collections
// cost little.
export const HEAP_MB = 1536;
export const NODE_FLAGS = [
  `--max-old-space-size=${HEAP_MB}`,
  '--max-semi-space-size=16',
  '--heap-growing-percent=30',
  '--import',
  'tsx',
];
