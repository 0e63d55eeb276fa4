// npm run eval [-- --verbose] [--baseline-errors] [--json] [--no-baseline]
//
// Precision, recall and F1 of our extraction against the hand-written gold annotations of
// test/eval/gold/, per article and micro-averaged over the seed and over the dev articles, beside
// the same measures for compromise alone. --verbose lists our errors (--baseline-errors the
// baseline's too); --json prints every figure as one JSON object on the last line.

import { isoDay } from './dates.ts';
import { type ArticleResult, type Report, type SystemName, evaluate } from './evaluate.ts';
import { type Counts, type MeasureName, MEASURES, figures } from './score.ts';
import { TARGETS } from './targets.ts';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const verbose = args.has('--verbose') || args.has('-v');
const baselineErrors = args.has('--baseline-errors');
const withBaseline = !args.has('--no-baseline');

const TITLES: Record<MeasureName, string> = {
  people: 'People',
  organizations: 'Organisations',
  places: 'Places',
  quotes: 'Quote attribution (statements with a speaker)',
  dates: 'Date normalisation',
  statements: 'Statements found (speakers aside)',
  roles: 'Roles of the people found (credits included)',
};

const num = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function cell(c: Counts | undefined): string {
  if (!c) return pad('   —', 36);
  const f = figures([c]);
  return `${lpad(num(f.precision), 5)} ${lpad(num(f.recall), 5)} ${lpad(num(f.f1), 5)}  ${lpad(`${c.pNum}/${c.pDen}`, 7)} ${lpad(`${c.rNum}/${c.rDen}`, 7)}  `;
}

function table(report: Report, measure: MeasureName): string[] {
  const lines: string[] = [];
  const width = 30;
  lines.push(`${TITLES[measure]}`);
  lines.push(`${pad('', width)}${pad('ours', 38)}${withBaseline ? 'compromise alone' : ''}`);
  const head = `${lpad('P', 5)} ${lpad('R', 5)} ${lpad('F1', 5)}  ${lpad('P n/d', 7)} ${lpad('R n/d', 7)}  `;
  lines.push(`${pad('', width)}${head}${withBaseline ? head : ''}`);
  for (const corpus of ['seed', 'dev'] as const) {
    const rows = report.articles.filter((a) => a.corpus === corpus);
    if (!rows.length) continue;
    for (const a of rows) lines.push(`${pad(a.file, width)}${cell(a.ours[measure])}${withBaseline ? cell(a.baseline?.[measure]) : ''}`.trimEnd());
    const total = (s: SystemName) => {
      const list = rows.map((a) => a[s]?.[measure]).filter((m) => m !== undefined);
      return list.length ? figures(list) : undefined;
    };
    lines.push(`${pad(`${corpus === 'seed' ? 'seed' : 'dev'} overall (micro)`, width)}${cell(total('ours'))}${withBaseline ? cell(total('baseline')) : ''}`.trimEnd());
  }
  return lines;
}

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

const report = await evaluate({ baseline: withBaseline });
const out: string[] = [];
if (report.problems.length) {
  out.push('Gold annotations that do not fit their files (these articles are not scored):');
  for (const p of report.problems) out.push(`  ${p}`);
  out.push('');
}
out.push(`Extraction measured against hand-written annotations: ${report.articles.filter((a) => a.corpus === 'seed').length} seed article(s), ${report.articles.filter((a) => a.corpus === 'dev').length} dev article(s).`);
out.push('P n/d: correct / predicted; R n/d: correct / gold. Rules: test/eval/README.md.');
out.push('');
for (const measure of MEASURES) {
  out.push(...table(report, measure), '');
}
out.push('Targets (issue #3)');
for (const t of TARGETS) {
  const f = report.summary[t.corpus].ours[t.measure];
  const value = f ? f[t.figure] : undefined;
  const ok = value !== undefined && value >= t.min;
  out.push(`  ${ok ? 'ok  ' : 'MISS'} ${t.corpus} ${t.measure} ${t.figure} ${value === undefined ? '—' : num(value)} (≥ ${t.min})`);
}
if (verbose || baselineErrors) {
  out.push('');
  for (const a of report.articles) {
    if (verbose) out.push(...errors(a, 'ours'), '');
    if (baselineErrors) out.push(...errors(a, 'baseline'), '');
  }
}
if (!json) console.log(out.join('\n'));
else {
  if (verbose || baselineErrors) console.log(out.join('\n'));
  const perArticle = Object.fromEntries(report.articles.map((a) => [a.file, {
    corpus: a.corpus,
    ours: Object.fromEntries(Object.entries(a.ours).map(([k, m]) => [k, figures([m])])),
    baseline: a.baseline ? Object.fromEntries(Object.entries(a.baseline).map(([k, m]) => [k, figures([m])])) : undefined,
  }]));
  console.log(JSON.stringify({ summary: report.summary, articles: perArticle, problems: report.problems }));
}
