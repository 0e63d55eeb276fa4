// The slowest queries of each kind on a benchmark folder, to find what makes a p99:
//   tsx bench/slowest.ts --seeds DIR --cache DIR --queries FILE [--kind timeline] [--top 10]
import { readFileSync } from 'node:fs';
import { COMMANDS, runCommand } from '../commands/index.ts';
import { openStore } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log.ts';
import { renderReply } from '../src/render/discord.ts';
import type { BenchQuery } from './synthetic-corpus.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const queries: BenchQuery[] = JSON.parse(readFileSync(arg('--queries')!, 'utf8'));
const kind = arg('--kind');
const top = Number(arg('--top', '10'));
// With --passes 2, the second pass shows costs that are not one-time (lazy loading, first compiles).
const passes = Number(arg('--passes', '1'));
const store = openStore(arg('--seeds')!, createLogger('text', 'warn'), { cacheDir: arg('--cache') });
await store.refresh();
const kb = store.current!;
kb.warmUp();
const OPTION = { ask: 'question', who: 'name', timeline: 'about', quotes: 'speaker' } as const;
const byFile = new Map(kb.articles.map((a) => [a.file, a.hash]));
let times: { kind: string; text: string; ms: number }[] = [];
for (let pass = 0; pass < passes; pass++) {
  times = [];
  for (const q of queries.filter((x) => !kind || x.kind === kind)) {
    const t = performance.now();
    if (q.kind === 'autocomplete') COMMANDS.get('who')!.autocomplete!(kb, 'name', q.text);
    else
      renderReply(runCommand(kb, q.kind, q.text ? { [OPTION[q.kind]]: q.text } : {}), { hashOf: (f) => byFile.get(f) });
    times.push({ kind: q.kind, text: q.text, ms: performance.now() - t });
  }
}
for (const k of new Set(times.map((t) => t.kind))) {
  const of = times.filter((t) => t.kind === k).sort((a, b) => b.ms - a.ms);
  console.log(
    `${k}: p50 ${of[of.length >> 1].ms.toFixed(2)} ms, p99 ${of[Math.floor(of.length / 100)].ms.toFixed(2)} ms`,
  );
  for (const t of of.slice(0, top)) console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  ${JSON.stringify(t.text)}`);
}
process.exit(0);
