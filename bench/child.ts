// One measured process of the benchmark: load a seeds folder (cold or warm, depending on the cache
// it is given), answer a first command, and optionally time many queries. Prints one JSON object.

import { readFileSync } from 'node:fs';
import { COMMANDS, runCommand } from '../commands/index.ts';
import { openStore } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log.ts';
import { renderReply } from '../src/render/discord.ts';
import type { BenchQuery } from './synthetic-corpus.ts';

const args = process.argv.slice(2);
const arg = (name: string) => args[args.indexOf(name) + 1];
const seeds = arg('--seeds');
const cacheDir = arg('--cache');
const queries: BenchQuery[] = JSON.parse(readFileSync(arg('--queries'), 'utf8'));
const timeQueries = args.includes('--latency');

const OPTION = { ask: 'question', who: 'name', timeline: 'about', quotes: 'speaker' } as const;

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' work.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const importedAt = performance.now();
const importedCpu = cpuMs();
const log = createLogger('text', 'warn');
const store = openStore(seeds, log, { cacheDir });
const loadStarted = performance.now();
await store.refresh();
const kb = store.current!;
const loadedAt = performance.now();
const loadedCpu = cpuMs();
const first = runCommand(kb, 'who', { name: queries.find((q) => q.kind === 'who')!.text });
renderReply(first, { hashOf: () => 'x' });
const firstAnswerAt = performance.now();
const firstAnswerCpu = cpuMs();

const latencies: Record<string, number[]> = { ask: [], who: [], timeline: [], quotes: [], autocomplete: [] };
if (timeQueries) {
  // The bot gives the event loop a turn between any two commands, and the work a warm start leaves
  // for just after its first answer (decoding the search index and the timeline) runs then. The
  // queries below follow one another without one: a turn here lets that work run where it would.
  await new Promise<void>((r) => setImmediate(() => r()));
  const byFile = new Map(kb.articles.map((a) => [a.file, a.hash]));
  for (const q of queries) {
    const t = performance.now();
    if (q.kind === 'autocomplete') {
      const choices = COMMANDS.get('who')!.autocomplete!(kb, 'name', q.text);
      if (choices.length > 25) throw new Error('more than 25 choices');
    } else {
      const options = q.text ? { [OPTION[q.kind]]: q.text } : {};
      renderReply(runCommand(kb, q.kind, options), { hashOf: (f) => byFile.get(f) });
    }
    latencies[q.kind].push(performance.now() - t);
  }
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;
// A cold start writes the snapshot just after its first answer; let it finish before exiting, and
// count its memory too: it is part of the start's peak.
await new Promise((r) => setTimeout(r, 50));
await new Promise<void>((r) => setImmediate(() => r()));
process.stdout.write(
  JSON.stringify({
    articles: kb.articles.length,
    entities: kb.registry.entities.length,
    events: kb.timeline.length,
    statements: kb.statementCount,
    importMs: importedAt,
    loadMs: loadedAt - loadStarted,
    firstAnswerMs: firstAnswerAt, // since the process started: module loading included
    // CPU time of this process (all its threads, worker threads included) over the same phases.
    importCpuMs: importedCpu,
    loadCpuMs: loadedCpu - importedCpu,
    firstAnswerCpuMs: firstAnswerCpu,
    maxRssMb,
    maxRssAtExitMb: process.resourceUsage().maxRSS / 1024,
    latencies,
  }) + '\n',
  // Exit once the line is out: a pipe takes it asynchronously.
  () => process.exit(0),
);
