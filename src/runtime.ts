// How the bot's Node.js processes run: TypeScript through tsx's loader, and a bounded heap. With no
// bound, V8 sizes its heap from the machine's memory and lets a busy process grow to twice what it
// holds; with one it collects sooner. 1.5 GB holds a knowledge base of 10,000 articles three times
// over; raise it for larger folders (package.json's scripts pass the same flags). A 32 MB young
// generation halves the collections while a warm start decodes its snapshot (about 0.2 s at 10,000).
export const HEAP_MB = 1536;
export const NODE_FLAGS = [`--max-old-space-size=${HEAP_MB}`, '--max-semi-space-size=32', '--import', 'tsx'];
