// How the bot's Node.js processes run: TypeScript through tsx's loader, and a bounded heap. With no
// bound, V8 sizes its heap from the machine's memory and lets a busy process grow to twice what it
// holds; with one it collects sooner. 1.5 GB holds a knowledge base of 10,000 articles three times
// over; raise it for larger folders (package.json's scripts pass the same flag).
export const HEAP_MB = 1536;
export const NODE_FLAGS = [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx'];
