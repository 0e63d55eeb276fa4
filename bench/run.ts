// npm run bench [-- --articles N[,N…]] [--json] [--queries Q]: speed and memory on a deterministic
// synthetic corpus.
//
// For each size N (default 1,000) it generates N wire-style articles in a temporary folder, then
// measures, each in a fresh process: a cold ingest (empty cache) until the first answer, a warm
// start (cache present) until the first answer with the latency of Q varied queries of each kind
// (default 1,000), and a warm start of the console by `npm start`, from spawn to its first answer.
// It reports peak RSS and the cache's size on disk. Wall times count other processes' work on a
// shared machine; the CPU times beside them are this process's own. With several sizes
// it prints one table, a column per size (how cost grows). With --json the last line is the JSON
// object of the figures (an array of them for several sizes).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeCache } from '../src/knowledge/cache.ts';
import { MODULE_EXT, NODE_FLAGS, PROJECT_DIR } from '../src/runtime.ts';
import { type BenchQuery, generateQueries, writeCorpus } from './synthetic-corpus.ts';

const args = process.argv.slice(2);
const sizes = String(args.includes('--articles') ? args[args.indexOf('--articles') + 1] : 1000)
  .split(',')
  .map(Number);
const json = args.includes('--json');
const perKind = Number(args.includes('--queries') ? args[args.indexOf('--queries') + 1] : 1000);
const say = (s: string) => process.stderr.write(s + '\n');
// The measured process runs as the bot does: the build in dist/ when this is it (npm run bench).
const CHILD = fileURLToPath(new URL(`./child${MODULE_EXT}`, import.meta.url));
const kinds = ['ask', 'who', 'timeline', 'quotes', 'autocomplete'] as const;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : 0;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function measure(articles: number) {
  const work = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  const seeds = join(work, 'seeds');
  const cache = join(work, 'cache');
  try {
    say(`Generating ${articles} articles in ${seeds}…`);
    writeCorpus(seeds, articles);
    const all = generateQueries(perKind * 6, articles);
    const queries: BenchQuery[] = [];
    for (const kind of kinds) queries.push(...all.filter((q) => q.kind === kind).slice(0, perKind));
    const queriesFile = join(work, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(queries));

    const child = (label: string, extra: string[]) => {
      say(`${label}…`);
      // Measured as the bot runs: with the same Node flags as npm start.
      const run = spawnSync(
        process.execPath,
        [...NODE_FLAGS, CHILD, '--seeds', seeds, '--cache', cache, '--queries', queriesFile, ...extra],
        {
          encoding: 'utf8',
          maxBuffer: 512 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      if (run.status !== 0) throw new Error(`${label} failed with exit code ${run.status}`);
      return JSON.parse(run.stdout.trim().split('\n').pop()!);
    };
    const cold = child('Cold ingest (no cache)', []);
    const warm = child('Warm start (cache present) and query latency', ['--latency']);
    // The console as a user starts it: `npm start` (its build check included) without a Discord
    // token, one answer, then exit.
    say('Warm start of the console, as a whole process from npm start…');
    const who = queries.find((q) => q.kind === 'who')!.text;
    const consoleMs = await firstOutput(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      ['start', '--silent', '--', '--seeds', seeds, '--no-watch', `/who ${who}`],
      { ...process.env, DISCORD_TOKEN: '', CACHE_DIR: cache },
    );
    const cacheBytes = new KnowledgeCache(cache).size();

    return {
      articles: cold.articles,
      entities: cold.entities,
      events: cold.events,
      statements: cold.statements,
      ingest_cold_s: round(cold.firstAnswerMs / 1000, 2),
      ingest_articles_per_s: round(cold.articles / (cold.firstAnswerMs / 1000), 1),
      ingest_cold_cpu_s: round(cold.firstAnswerCpuMs / 1000, 2),
      warm_start_s: round(warm.firstAnswerMs / 1000, 2),
      warm_start_cpu_s: round(warm.firstAnswerCpuMs / 1000, 2),
      // Where a warm start's time goes: loading modules, then loading the knowledge base.
      warm_modules_s: round(warm.importMs / 1000, 2),
      warm_load_s: round(warm.loadMs / 1000, 2),
      warm_console_s: round(consoleMs / 1000, 2),
      peak_rss_mb: round(Math.max(cold.maxRssMb, warm.maxRssMb), 0),
      peak_rss_cold_mb: round(cold.maxRssMb, 0),
      // Until the first answer, above; then the snapshot is written, which a cold start's peak includes.
      peak_rss_cold_with_snapshot_mb: round(cold.maxRssAtExitMb, 0),
      peak_rss_warm_mb: round(warm.maxRssMb, 0),
      cache_mb: round(cacheBytes / 1024 / 1024, 1),
      queries_per_kind: warm.latencies.ask.length,
      p50_ms: Object.fromEntries(kinds.map((k) => [k, round(pct(warm.latencies[k], 50), 2)])),
      p99_ms: Object.fromEntries(kinds.map((k) => [k, round(pct(warm.latencies[k], 99), 2)])),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Milliseconds from spawning a process to its first output on stdout (its first answer). */
function firstOutput(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: PROJECT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let at: number | undefined;
    let stderr = '';
    child.stdout.once('data', () => {
      at = performance.now() - started;
    });
    child.stdout.resume();
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) =>
      code === 0 && at !== undefined ? resolve(at) : reject(new Error(`the console failed (${code}): ${stderr}`)),
    );
  });
}

const results: Result[] = [];
for (const n of sizes) results.push(await measure(n));
type Result = Awaited<ReturnType<typeof measure>>;
const rows: [string, (r: Result) => string][] = [
  ['articles', (r) => String(r.articles)],
  ['entities / events / statements', (r) => `${r.entities} / ${r.events} / ${r.statements}`],
  [
    'cold ingest to first answer',
    (r) => `${r.ingest_cold_s} s (${r.ingest_articles_per_s}/s; CPU ${r.ingest_cold_cpu_s} s)`,
  ],
  ['warm start to first answer', (r) => `${r.warm_start_s} s (CPU ${r.warm_start_cpu_s} s)`],
  ['  of which modules / load', (r) => `${r.warm_modules_s} / ${r.warm_load_s} s`],
  ['warm: npm start to first answer', (r) => `${r.warm_console_s} s`],
  ['peak RSS (cold, warm)', (r) => `${r.peak_rss_mb} MB (${r.peak_rss_cold_mb}, ${r.peak_rss_warm_mb})`],
  ['  cold, with its snapshot written', (r) => `${r.peak_rss_cold_with_snapshot_mb} MB`],
  ['cache on disk', (r) => `${r.cache_mb} MB`],
  ...kinds.map((k): [string, (r: Result) => string] => [`${k} p50 / p99`, (r) => `${r.p50_ms[k]} / ${r.p99_ms[k]} ms`]),
];
const cells = rows.map(([label, cell]) => [label, ...results.map(cell)]);
const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => row[c].length)));
process.stdout.write(
  cells
    .map((row) => row.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('   '))
    .join('\n') + '\n',
);
process.stdout.write(
  `(${perKind} queries of each kind; wall times include other processes' work on a shared machine, CPU times are the process's own)\n`,
);
if (json) process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results) + '\n');
