// npm run eval [-- --verbose] [--baseline-errors] [--json] [--no-baseline] [--corpus dev2] [--summary]
//
// Precision, recall and F1 of our extraction against the hand-written gold annotations of
// test/eval/gold/, per article and micro-averaged over the seed, the dev and the dev2 articles,
// beside the same measures for compromise alone. --verbose lists our errors (--baseline-errors the
// baseline's too); --json prints every figure as one JSON object on the last line; --corpus
// (repeatable, or comma-separated) keeps only those corpora; --summary leaves out the per-article
// rows.
//
// The printout is a list of sections. Another measure (a retrieval rank for /ask, say) is one more
// `Section`: compute its figures in `collect`, print them in `lines`, return them from `json`, and
// add it to SECTIONS below.

import { isoDay } from './dates.ts';
import { type ArticleResult, type Report, type SystemName, evaluate } from './evaluate.ts';
import { CORPORA, type Corpus } from './gold.ts';
import { type Counts, type MeasureName, MEASURES, figures } from './score.ts';
import { DEV2_GOALS, TARGETS, type Target } from './targets.ts';
import { askRanks } from './ask-rank.ts';

interface Options {
  json: boolean;
  verbose: boolean;
  baselineErrors: boolean;
  withBaseline: boolean;
  summaryOnly: boolean;
  corpora: Corpus[];
}

function parseArgs(argv: string[]): Options {
  const args = new Set(argv);
  const corpora: Corpus[] = [];
  argv.forEach((a, i) => {
    const value = a === '--corpus' ? argv[i + 1] : a.startsWith('--corpus=') ? a.slice('--corpus='.length) : undefined;
    for (const c of value?.split(',') ?? []) {
      if (!(CORPORA as string[]).includes(c)) throw new Error(`--corpus: “${c}” is not one of ${CORPORA.join(', ')}`);
      corpora.push(c as Corpus);
    }
  });
  return {
    json: args.has('--json'),
    verbose: args.has('--verbose') || args.has('-v'),
    baselineErrors: args.has('--baseline-errors'),
    withBaseline: !args.has('--no-baseline'),
    summaryOnly: args.has('--summary'),
    corpora: corpora.length ? [...new Set(corpora)] : CORPORA,
  };
}

/** One part of the printout, with its own figures. */
interface Section {
  /** Printed lines (may be empty). */
  lines(): string[];
  /** Its figures for --json, under this key; omitted when undefined. */
  json?(): [string, unknown] | undefined;
}

interface Context {
  options: Options;
  report: Report;
}

const TITLES: Record<MeasureName, string> = {
  people: 'People',
  organizations: 'Organisations',
  places: 'Places',
  quotes: 'Quote attribution (statements with a speaker)',
  dates: 'Event dates (date expressions normalised)',
  events: 'Dated events (the dates of timeline events; R counts every gold date)',
  statements: 'Statements found (speakers aside)',
  roles: 'Roles of the people found (credits included)',
};

const CORPUS_NAMES: Record<Corpus, string> = { seed: 'seed', dev: 'dev', dev2: 'dev2' };

const num = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function cell(c: Counts | undefined): string {
  if (!c) return pad('   —', 36);
  const f = figures([c]);
  return `${lpad(num(f.precision), 5)} ${lpad(num(f.recall), 5)} ${lpad(num(f.f1), 5)}  ${lpad(`${c.pNum}/${c.pDen}`, 7)} ${lpad(`${c.rNum}/${c.rDen}`, 7)}  `;
}

const HEAD = `${lpad('P', 5)} ${lpad('R', 5)} ${lpad('F1', 5)}  ${lpad('P n/d', 7)} ${lpad('R n/d', 7)}  `;
const WIDTH = 38;

const rowsOf = (ctx: Context, corpus: Corpus) => ctx.report.articles.filter((a) => a.corpus === corpus);
const corporaShown = (ctx: Context) => ctx.options.corpora.filter((c) => rowsOf(ctx, c).length);

function total(rows: ArticleResult[], system: SystemName, measure: MeasureName): Counts | undefined {
  const list = rows.map((a) => a[system]?.[measure]).filter((m) => m !== undefined);
  return list.length ? figures(list) : undefined;
}

function header(ctx: Context, title: string): string[] {
  return [
    title,
    `${pad('', WIDTH)}${pad('ours', 38)}${ctx.options.withBaseline ? 'compromise alone' : ''}`,
    `${pad('', WIDTH)}${HEAD}${ctx.options.withBaseline ? HEAD : ''}`,
  ];
}

const row = (ctx: Context, label: string, ours: Counts | undefined, baseline: Counts | undefined) =>
  `${pad(label, WIDTH)}${cell(ours)}${ctx.options.withBaseline ? cell(baseline) : ''}`.trimEnd();

/** Problems with the gold files, and what was measured. */
const introSection = (ctx: Context): Section => ({
  lines() {
    const out: string[] = [];
    if (ctx.report.problems.length) {
      out.push('Gold annotations that do not fit their files (these articles are not scored):');
      for (const p of ctx.report.problems) out.push(`  ${p}`);
      out.push('');
    }
    const counts = corporaShown(ctx)
      .map((c) => `${rowsOf(ctx, c).length} ${CORPUS_NAMES[c]}`)
      .join(', ');
    out.push(`Extraction measured against hand-written annotations: ${counts} article(s).`);
    out.push('P n/d: correct / predicted; R n/d: correct / gold. Rules: test/eval/README.md.', '');
    return out;
  },
});

/** Every measure, one row per corpus: the overview. */
const summarySection = (ctx: Context): Section => ({
  lines() {
    const out = header(ctx, 'Summary (micro-averages per corpus)');
    for (const measure of MEASURES) {
      for (const corpus of corporaShown(ctx)) {
        const rows = rowsOf(ctx, corpus);
        const ours = total(rows, 'ours', measure);
        const baseline = total(rows, 'baseline', measure);
        if (!ours && !baseline) continue;
        out.push(row(ctx, `${measure} · ${CORPUS_NAMES[corpus]}`, ours, baseline));
      }
    }
    return [...out, ''];
  },
  json: () => ['summary', ctx.report.summary],
});

/** One measure, per article and overall for each corpus. */
const measureSection = (ctx: Context, measure: MeasureName): Section => ({
  lines() {
    const out = header(ctx, TITLES[measure]);
    for (const corpus of corporaShown(ctx)) {
      const rows = rowsOf(ctx, corpus);
      for (const a of rows) out.push(row(ctx, a.file, a.ours[measure], a.baseline?.[measure]));
      out.push(
        row(
          ctx,
          `${CORPUS_NAMES[corpus]} overall (micro)`,
          total(rows, 'ours', measure),
          total(rows, 'baseline', measure),
        ),
      );
    }
    return [...out, ''];
  },
});

/** The targets of the issues, where their corpus was scored, all asserted by test/eval.test.ts. */
const targetsSection = (ctx: Context): Section => ({
  lines() {
    const shown = (list: Target[]) => list.filter((t) => ctx.options.corpora.includes(t.corpus));
    const line = (t: Target) => {
      const f = ctx.report.summary[t.corpus].ours[t.measure];
      const value = f ? f[t.figure] : undefined;
      const ok = value !== undefined && value >= t.min;
      return `  ${ok ? 'ok  ' : 'MISS'} ${t.corpus} ${t.measure} ${t.figure} ${value === undefined ? '—' : num(value)} (≥ ${t.min})`;
    };
    const out: string[] = [];
    if (shown(TARGETS).length)
      out.push('Targets (issue #3, asserted by test/eval.test.ts)', ...shown(TARGETS).map(line));
    if (shown(DEV2_GOALS).length)
      out.push('Goals (issue #11, asserted by test/eval.test.ts)', ...shown(DEV2_GOALS).map(line));
    return out;
  },
});

function errors(a: ArticleResult, system: SystemName): string[] {
  const score = a[system];
  if (!score) return [];
  const out: string[] = [];
  for (const measure of MEASURES) {
    const list = score[measure]?.errors ?? [];
    for (const e of list) out.push(`  [${measure}] ${e}`);
  }
  const pub = system === 'ours' ? a.publication : a.baselinePublication;
  const head = `${a.file} — ${system === 'ours' ? 'our extractor' : 'compromise alone'}${pub !== undefined ? ` (dates scored at publication day ${isoDay(pub)})` : ''}: ${out.length} error${out.length === 1 ? '' : 's'}`;
  return [head, ...out];
}

/** Every error of ours (--verbose) and of the baseline (--baseline-errors), per article. */
const errorsSection = (ctx: Context): Section => ({
  lines() {
    const { verbose, baselineErrors } = ctx.options;
    if (!verbose && !baselineErrors) return [];
    const out = [''];
    for (const a of ctx.report.articles) {
      if (verbose) out.push(...errors(a, 'ours'), '');
      if (baselineErrors) out.push(...errors(a, 'baseline'), '');
    }
    return out;
  },
  json() {
    const perArticle = Object.fromEntries(
      ctx.report.articles.map((a) => [
        a.file,
        {
          corpus: a.corpus,
          ours: Object.fromEntries(Object.entries(a.ours).map(([k, m]) => [k, figures([m])])),
          baseline: a.baseline
            ? Object.fromEntries(Object.entries(a.baseline).map(([k, m]) => [k, figures([m])]))
            : undefined,
        },
      ]),
    );
    return ['articles', perArticle];
  },
});

/** /ask: where the gold sentence of answerable questions is ranked, by BM25 alone and by the learned ranker. */
const askRankSection = (ctx: Context): Section => {
  const ranks = askRanks(ctx.options.corpora.map((c) => CORPUS_NAMES[c]));
  const p = (x: number) => lpad(`${Math.round(100 * x)}%`, 6);
  return {
    lines: () => [
      '/ask retrieval rank (answerable cases whose gold sentence is first / in the top three)',
      `${pad('', 12)}${lpad('cases', 6)}   ${pad('BM25 @1   @3', 16)}learned ranker @1   @3`,
      ...ranks.map(
        (r) =>
          `${pad(r.corpus, 12)}${lpad(String(r.answerable), 6)}   ${p(r.bm25At1)} ${p(r.bm25At3)}     ${p(r.judgeAt1)} ${p(r.judgeAt3)}`,
      ),
      '',
    ],
    json: () => ['askRank', ranks],
  };
};

const problemsSection = (ctx: Context): Section => ({ lines: () => [], json: () => ['problems', ctx.report.problems] });

let options: Options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const ctx: Context = { options, report: await evaluate({ baseline: options.withBaseline, corpora: options.corpora }) };
const SECTIONS: Section[] = [
  introSection(ctx),
  summarySection(ctx),
  ...(options.summaryOnly ? [] : MEASURES.map((m) => measureSection(ctx, m))),
  ...(options.summaryOnly ? [] : [askRankSection(ctx)]),
  targetsSection(ctx),
  errorsSection(ctx),
  problemsSection(ctx),
];

const printed = SECTIONS.flatMap((s) => s.lines());
if (!options.json) console.log(printed.join('\n'));
else {
  if (options.verbose || options.baselineErrors) console.log(printed.join('\n'));
  const entries = SECTIONS.map((s) => s.json?.()).filter((e) => e !== undefined);
  console.log(JSON.stringify(Object.fromEntries(entries)));
}
