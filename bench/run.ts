// npm run bench [-- --articles N] [--json]: speed and memory on a deterministic synthetic corpus.
//
// It generates N wire-style articles (default 1,000) in a temporary folder, then measures, each in
// a fresh process: a cold ingest (empty cache) until the first answer, a warm start (cache present)
// until the first answer, peak RSS, the cache's size on disk, and the latency of at least 1,000
// varied queries of each kind. The last line with --json is one JSON object with the figures.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeCache } from '../src/knowledge/cache.ts';
import { NODE_FLAGS } from '../src/runtime.ts';
import { type BenchQuery, generateQueries, writeCorpus } from './synthetic-corpus.ts';

const args = process.argv.slice(2);
const articles = Number(args.includes('--articles') ? args[args.indexOf('--articles') + 1] : 1000);
const json = args.includes('--json');
const perKind = Number(args.includes('--queries') ? args[args.indexOf('--queries') + 1] : 1000);
const say = (s: string) => process.stderr.write(s + '\n');

const work = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
const seeds = join(work, 'seeds');
const cache = join(work, 'cache');
try {
  say(`Generating ${articles} articles in ${seeds}…`);
  writeCorpus(seeds, articles);
  const all = generateQueries(perKind * 6, articles);
  const queries: BenchQuery[] = [];
  for (const kind of ['ask', 'who', 'timeline', 'quotes', 'autocomplete'] as const) queries.push(...all.filter((q) => q.kind === kind).slice(0, perKind));
  const queriesFile = join(work, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(queries));

  const child = (label: string, extra: string[]) => {
    say(`${label}…`);
    const started = Date.now();
    // Measured as the bot runs: with the same Node flags as npm start.
    const run = spawnSync(process.execPath, [...NODE_FLAGS, 'bench/child.ts', '--seeds', seeds, '--cache', cache, '--queries', queriesFile, ...extra], {
      encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`${label} failed with exit code ${run.status}`);
    const result = JSON.parse(run.stdout.trim().split('\n').pop()!);
    return { ...result, wallMs: Date.now() - started };
  };
  const cold = child('Cold ingest (no cache)', []);
  const warm = child('Warm start (cache present) and query latency', ['--latency']);
  const cacheBytes = new KnowledgeCache(cache).size();

  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : 0;
  };
  const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  const kinds = ['ask', 'who', 'timeline', 'quotes', 'autocomplete'] as const;
  const result = {
    articles: cold.articles,
    ingest_cold_s: round(cold.firstAnswerMs / 1000, 2),
    ingest_articles_per_s: round(cold.articles / (cold.firstAnswerMs / 1000), 1),
    warm_start_s: round(warm.firstAnswerMs / 1000, 2),
    peak_rss_mb: round(Math.max(cold.maxRssMb, warm.maxRssMb), 0),
    cache_mb: round(cacheBytes / 1024 / 1024, 1),
    p50_ms: Object.fromEntries(kinds.map((k) => [k, round(pct(warm.latencies[k], 50), 2)])),
    p99_ms: Object.fromEntries(kinds.map((k) => [k, round(pct(warm.latencies[k], 99), 2)])),
  };
  const rows = [
    ['articles', `${result.articles} (${cold.entities} entities, ${cold.events} events, ${cold.statements} statements)`],
    ['cold ingest to first answer', `${result.ingest_cold_s} s (${result.ingest_articles_per_s} articles/s)`],
    ['warm start to first answer', `${result.warm_start_s} s`],
    ['peak RSS', `${result.peak_rss_mb} MB (cold ${round(cold.maxRssMb, 0)}, warm ${round(warm.maxRssMb, 0)})`],
    ['cache on disk', `${result.cache_mb} MB`],
    ...kinds.map((k) => [`${k} p50 / p99`, `${result.p50_ms[k]} / ${result.p99_ms[k]} ms (${warm.latencies[k].length} queries)`]),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(rows.map(([a, b]) => `${a.padEnd(width)}  ${b}`).join('\n') + '\n');
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
