// npm run train [-- --report] — fits /ask's judge on the gold cases and writes
// src/answer/ask/judge-weights.json.
//
// Every /ask case of every corpus below is run through retrieval (src/answer/ask/candidates.ts);
// a candidate sentence is a positive example when it overlaps one of the case's gold citations
// (or, for a case without citations, holds one of its expected strings), and every candidate of
// a question the articles cannot answer is a negative. A logistic regression is fitted on them.
// The threshold is chosen by leave-one-corpus-out cross-validation: each corpus is judged by a
// model fitted on the others, and the threshold is set just above the highest probability any
// held-out question reached with a wrong best sentence — so that, on text the model was not
// fitted on, no answer was wrong. `--report` prints the cross-validated figures without writing.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { type Candidate, FEATURE_NAMES, holdsAskedKind, retrieve } from '../src/answer/ask/candidates.ts';
import { analyseQuestion } from '../src/answer/ask/question.ts';
import { speechAnswer } from '../src/answer/ask/speech.ts';
import { type BoostOptions, DEFAULT_BOOST, fitBoosted } from '../src/answer/ask/boosting.ts';
import {
  type Scorer,
  ANSWER_FEATURE_NAMES,
  answerability,
  answerFeatures,
  type Judged,
  type JudgeModel,
  differingReport,
  rank,
  notAnAnswer,
  thresholdKind,
} from '../src/answer/ask/judge.ts';

export interface CorpusSpec {
  name: string;
  articles: string;
  cases: string;
}

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');

/** The corpora with gold /ask cases: the shared ones, and those written for the project in test/fixtures. */
export function corpora(): CorpusSpec[] {
  const list: CorpusSpec[] = [
    { name: 'seed', articles: join(shared, 'seeds'), cases: join(shared, 'corpus', 'seed-cases.jsonl') },
    {
      name: 'dev',
      articles: join(shared, 'corpus', 'dev', 'articles'),
      cases: join(shared, 'corpus', 'dev', 'cases.jsonl'),
    },
    {
      name: 'dev2',
      articles: join(shared, 'corpus', 'dev2', 'articles'),
      cases: join(shared, 'corpus', 'dev2', 'cases.jsonl'),
    },
  ];
  for (const dir of [
    'holdout',
    'written-a',
    'written-b',
    'written-c',
    'written-d',
    'written-e',
    'written-f',
    'written-g',
    'written-h',
    'written-i',
    'written-j',
  ]) {
    const base = join(root, 'test', 'fixtures', dir);
    if (existsSync(join(base, 'cases.jsonl')))
      list.push({ name: dir, articles: join(base, 'articles'), cases: join(base, 'cases.jsonl') });
  }
  return list.filter((c) => existsSync(c.articles) && existsSync(c.cases));
}

interface GoldCase {
  id: string;
  command: string;
  includes?: string[];
  includes_any?: string[][];
  cites?: [string, string][];
  excludes?: string[];
  no_answer?: boolean;
}

export interface Example {
  corpus: string;
  id: string;
  answerable: boolean;
  /** The kind of answer the question asks for. */
  kind: string;
  candidates: (Candidate & { positive: boolean; acceptable: boolean; excluded: boolean })[];
  /** Rank (0-based) of the first positive candidate in retrieval's own order, or -1. */
  retrievalRank: number;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');

export function buildKnowledge(dir: string): KnowledgeBase {
  const loaded = loadCorpus(dir);
  return KnowledgeBase.build(loaded.articles, loaded.articles.map(extractArticle));
}

/** The /ask cases of a corpus, each with its candidates labelled. */
export function examplesOf(spec: CorpusSpec): Example[] {
  const kb = buildKnowledge(spec.articles);
  const cases = readFileSync(spec.cases, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldCase)
    .filter((c) => c.command.startsWith('/ask '));
  return cases.flatMap((c) => {
    const q = analyseQuestion(kb, c.command.slice(5));
    // "Who is X?" is answered from X's roles, not by the judge.
    if (q.identity) return [];
    // "What did X say about Y?" is answered from X's statements when they fit, not by the judge.
    if (!q.unknownNames.length && speechAnswer(kb, c.command.slice(5))) return [];
    // As the bot does: a question about a time reads only sentences that speak of it.
    const candidates = q.unknownNames.length
      ? []
      : retrieve(kb, q).filter((c) => !(q.dates.length && c.features.date_missing) && holdsAskedKind(q, c));
    const gold = (c.cites ?? []).flatMap(([file, sub]) => {
      const a = kb.articles.findIndex((x) => x.file === file);
      const at = a >= 0 ? kb.articles[a].text.indexOf(sub) : -1;
      return at >= 0 ? [{ article: a, start: at, end: at + sub.length }] : [];
    });
    const expected = [...(c.includes ?? []), ...(c.includes_any ?? []).flat()].map(norm);
    const labelled = candidates.map((cand) => {
      const s = kb.articles[cand.article].sentences[cand.sentence];
      let positive = false;
      if (!c.no_answer) {
        positive = gold.length
          ? gold.some((g) => g.article === cand.article && g.start < s.end && g.end > s.start)
          : expected.some((e) => norm(kb.articles[cand.article].text.slice(s.start, s.end)).includes(e));
      }
      // Not a wrong answer, as the case checker counts it: a gold sentence, or one that says an expected string.
      const said = norm(kb.articles[cand.article].text.slice(s.start, s.end));
      // A short expected string counts only as a whole word ("38" in "rescued 38 people"), and "Yes"/"No"
      // never: an answer's lead says them, not the sentence, and "no" is inside too many words.
      const acceptable =
        !c.no_answer &&
        (positive ||
          expected.some((e) =>
            e.length >= 3
              ? said.includes(e)
              : /^\d+$/.test(e) && new RegExp(`(?<![\\d.,])${e}(?![\\d]|[.,]\\d)`).test(said),
          ));
      // A shown sentence that says what the case excludes (another person's name, a wrong figure)
      // makes the answer wrong, as the case checker counts it, however right the best one is.
      const excluded = (c.excludes ?? []).some((x) => said.includes(norm(x)));
      return { ...cand, positive, acceptable, excluded };
    });
    const byRetrieval = [...labelled].filter((x) => x.retrieval > 0).sort((x, y) => y.retrieval - x.retrieval);
    return [
      {
        corpus: spec.name,
        id: c.id,
        answerable: !c.no_answer,
        kind: thresholdKind(q),
        candidates: labelled,
        retrievalRank: byRetrieval.findIndex((x) => x.positive),
      },
    ];
  });
}

// ---- logistic regression ----------------------------------------------------------------------

// Penalties (overridable by L2= and ANSWER_L2= to compare them): fitted to convergence, the
// answerability model, one row per question and a few hundred in all, is held closer to zero; 0.03
// gave the most held-out right answers at no wrong one among 0.003–0.3.
const L2 = Number(process.env.L2 ?? 0.01);
const ANSWER_L2 = Number(process.env.ANSWER_L2 ?? 0.03);
/** Gradient-descent epochs of the listwise ranker (RANKER=listwise), which has no Newton step here. */
const EPOCHS = 3000;
/** Newton steps at most: the log loss converges in far fewer. */
const NEWTON_STEPS = 50;
const RATE = 0.3;

/**
 * Fits weights by Newton's method on the log loss (the two classes weighted to count alike) with an
 * L2 penalty on all but the bias. The loss is convex, so this reaches the same optimum gradient
 * descent approaches, in a few dozen steps instead of thousands.
 */
export function fitLogistic(
  rows: { features: Record<string, number>; label: boolean }[],
  names: readonly string[],
  l2 = L2,
): Record<string, number> {
  const n = names.length;
  const w = new Float64Array(n);
  if (!rows.length) return Object.fromEntries(names.map((f) => [f, 0]));
  const x = rows.map((r) => Float64Array.from(names, (f) => r.features[f]));
  const y = rows.map((r) => (r.label ? 1 : 0));
  const positives = y.filter(Boolean).length;
  const posWeight = positives ? (rows.length - positives) / positives : 1;
  const weight = y.map((label) => (label ? posWeight : 1));
  const total = weight.reduce((a, b) => a + b, 0);
  const bias = names.indexOf('bias');
  const penalty = (f: number) => (f === bias ? 0 : l2);
  const loss = (v: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < rows.length; i++) {
      let z = 0;
      for (let f = 0; f < n; f++) z += v[f] * x[i][f];
      // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, computed without overflow.
      const m = y[i] ? -z : z;
      sum += weight[i] * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
    }
    let reg = 0;
    for (let f = 0; f < n; f++) reg += penalty(f) * v[f] * v[f];
    return sum / total + reg / 2;
  };
  let current = loss(w);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = new Float64Array(n);
    const hess = Array.from({ length: n }, () => new Float64Array(n));
    for (let i = 0; i < rows.length; i++) {
      const xi = x[i];
      let z = 0;
      for (let f = 0; f < n; f++) z += w[f] * xi[f];
      const p = 1 / (1 + Math.exp(-z));
      const g = (weight[i] * (p - y[i])) / total;
      const h = (weight[i] * p * (1 - p)) / total;
      for (let f = 0; f < n; f++) {
        if (xi[f] === 0) continue;
        grad[f] += g * xi[f];
        const hf = h * xi[f];
        for (let k = 0; k < n; k++) hess[f][k] += hf * xi[k];
      }
    }
    for (let f = 0; f < n; f++) {
      grad[f] += penalty(f) * w[f];
      // A feature that never varies would leave the system singular: the tiny ridge keeps it solvable.
      hess[f][f] += penalty(f) + 1e-9;
    }
    const delta = solve(hess, grad);
    // Step halving keeps every step downhill where the quadratic model overshoots.
    let scale = 1;
    let next = w;
    for (; scale > 1e-4; scale /= 2) {
      next = w.map((v, f) => v - scale * delta[f]);
      const l = loss(next);
      if (l <= current) {
        current = l;
        break;
      }
    }
    const moved = Math.max(...delta.map((d) => Math.abs(d * scale)));
    w.set(next);
    if (moved < 1e-7 || scale <= 1e-4) break;
  }
  return Object.fromEntries(names.map((f, i) => [f, w[i]]));
}

/** Solves a x = b for a small symmetric positive definite a (Gaussian elimination with partial pivoting). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => Float64Array.from([...row, b[i]]));
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      if (k) for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const out = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r][n];
    for (let j = r + 1; j < n; j++) v -= m[r][j] * out[j];
    out[r] = v / m[r][r];
  }
  return out;
}

type Labelled = Example['candidates'][number];

function ranked(
  model: Pick<JudgeModel, 'ranker'>,
  e: Example,
): (Judged & { positive: boolean; acceptable: boolean; excluded: boolean })[] {
  return rank(e.candidates, model as JudgeModel).map((j) => {
    const c = j as Judged & Partial<Labelled>;
    return { ...c, positive: !!c.positive, acceptable: !!c.acceptable, excluded: !!c.excluded };
  });
}

/** Both steps of the judge, fitted on these examples (thresholds are set apart, by cross-validation). */
const RANKER = (process.env.RANKER ?? 'logistic') as Scorer['kind'];
const ANSWERER = (process.env.ANSWERER ?? 'logistic') as Scorer['kind'];

function fitScorer(
  kind: Scorer['kind'],
  rows: { features: Record<string, number>; label: boolean }[],
  names: readonly string[],
  boost?: Partial<BoostOptions>,
  l2 = L2,
): Scorer {
  return kind === 'boosted'
    ? { kind, ...fitBoosted(rows, [...names], { ...DEFAULT_BOOST, ...boost }) }
    : { kind: 'logistic', weights: fitLogistic(rows, names, l2) };
}

/**
 * A conditional logit over each question's candidates: maximises the probability the question's
 * gold sentences hold among its candidates, so a feature counts by how it tells candidates of the
 * same question apart (answer selection), not by how common positives are overall.
 */
export function fitListwise(
  groups: { features: Record<string, number>; label: boolean }[][],
  names: readonly string[],
): Record<string, number> {
  const n = names.length;
  const w = new Float64Array(n);
  const usable = groups.filter((g) => g.some((r) => r.label) && g.some((r) => !r.label));
  const xs = usable.map((g) => g.map((r) => Float64Array.from(names, (f) => (f === 'bias' ? 0 : r.features[f]))));
  const grad = new Float64Array(n);
  for (let epoch = 0; epoch < EPOCHS && usable.length; epoch++) {
    grad.fill(0);
    for (let q = 0; q < usable.length; q++) {
      const x = xs[q];
      const z = x.map((xi) => xi.reduce((sum, v, f) => sum + w[f] * v, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const all = e.reduce((a, b) => a + b, 0);
      const pos = e.reduce((a, v, i) => a + (usable[q][i].label ? v : 0), 0);
      for (let i = 0; i < x.length; i++) {
        // d(-log(pos/all))/dz_i = p_i - (label_i ? e_i/pos : 0)
        const g = e[i] / all - (usable[q][i].label ? e[i] / pos : 0);
        for (let f = 0; f < n; f++) grad[f] += g * x[i][f];
      }
    }
    for (let f = 0; f < n; f++) w[f] -= RATE * (grad[f] / usable.length + L2 * w[f]);
  }
  return Object.fromEntries(names.map((f, i) => [f, w[i]]));
}

function fitRanker(examples: Example[]): Scorer {
  if (RANKER === 'listwise') {
    const groups = examples
      .filter((e) => e.answerable)
      .map((e) => e.candidates.map((c) => ({ features: c.features as Record<string, number>, label: c.positive })));
    return { kind: 'listwise', weights: fitListwise(groups, FEATURE_NAMES) };
  }
  const rows = examples
    .filter((e) => e.answerable)
    .flatMap((e) => e.candidates.map((c) => ({ features: c.features as Record<string, number>, label: c.positive })));
  return fitScorer(RANKER, rows, FEATURE_NAMES);
}

export function fit(examples: Example[]): Pick<JudgeModel, 'ranker' | 'answer'> {
  const ranker = fitRanker(examples);
  // The answerability model must learn how sure the ranker is on text it was not fitted on, so each
  // corpus's questions are ranked by a ranker fitted on the other corpora (stacking).
  const names = [...new Set(examples.map((e) => e.corpus))];
  const answerRows = names.flatMap((name) => {
    const inner = names.length > 1 ? fitRanker(examples.filter((e) => e.corpus !== name)) : ranker;
    return examples
      .filter((e) => e.corpus === name)
      .flatMap((e) => {
        const r = ranked({ ranker: inner }, e);
        const f = answerFeatures(r);
        return f ? [{ features: f as Record<string, number>, label: r[0].positive }] : [];
      });
  });
  return {
    ranker,
    answer: fitScorer(ANSWERER, answerRows, ANSWER_FEATURE_NAMES, { rounds: 60, depth: 2, minHessian: 4 }, ANSWER_L2),
  };
}

/** A sentence the bot would show: the ranker's probability and what the case says of it. */
interface Shown {
  p: number;
  positive: boolean;
  acceptable: boolean;
  excluded: boolean;
}

export interface Outcome {
  corpus: string;
  id: string;
  kind: string;
  answerable: boolean;
  /** The answerability model's probability. */
  confidence: number;
  /** The ranker's best candidates (at most 3). */
  ranked: Shown[];
  /** Another day's article's report, shown beside the best as the bot does (judge.ts's differingReport). */
  rival?: Shown;
  /** Gold citations the case has, and how many the best candidates cover. */
  judgeRank: number;
  retrievalRank: number;
}

export function outcomes(model: Pick<JudgeModel, 'ranker' | 'answer'>, examples: Example[]): Outcome[] {
  return examples.map((e) => {
    const r = ranked(model, e);
    return {
      corpus: e.corpus,
      id: e.id,
      kind: e.kind,
      answerable: e.answerable,
      confidence: notAnAnswer(r, e.kind) ? 0 : answerability(r, model as JudgeModel),
      ranked: r
        .slice(0, 3)
        .map((x) => ({ p: x.p, positive: x.positive, acceptable: x.acceptable, excluded: x.excluded })),
      rival: rivalOf(r),
      judgeRank: r.findIndex((x) => x.positive),
      retrievalRank: e.retrievalRank,
    };
  });
}

function rivalOf(r: ReturnType<typeof ranked>): Outcome['rival'] {
  const x = differingReport(r);
  return x && { p: x.p, positive: x.positive, acceptable: x.acceptable, excluded: x.excluded };
}

/**
 * What the bot would show at these thresholds: the best candidate, others the ranker also likes, and
 * a differing report of another day.
 */
export function shownAt(o: Outcome, threshold: number, support: number) {
  return o.confidence >= threshold && o.ranked[0]
    ? [o.ranked[0], ...o.ranked.slice(1).filter((r) => r.p >= support), ...(o.rival ? [o.rival] : [])]
    : [];
}

export const isWrongAt = (o: Outcome, t: number, s = 1) => {
  const shown = shownAt(o, t, s);
  return shown.length > 0 && (!shown.some((r) => r.acceptable) || shown.some((r) => r.excluded));
};
export const isRightAt = (o: Outcome, t: number, s = 1) => {
  const shown = shownAt(o, t, s);
  return shown.some((r) => r.positive) && !shown.some((r) => r.excluded);
};

/** The lowest threshold at which no outcome is a wrong answer. */
export function safeThreshold(results: Outcome[]): number {
  const levels = [...new Set(results.map((r) => r.confidence))].sort((a, b) => a - b);
  for (const t of levels) if (!results.some((r) => isWrongAt(r, t))) return t;
  return 1;
}

/**
 * A kind of question sets its own threshold only when cross-validation gave it at least this many
 * questions whose best sentence was wrong: fewer cannot tell how sure the model must be.
 */
const KIND_MIN_NEGATIVES = 10;

/** Per kind of question, the lowest threshold at which none of its held-out outcomes is wrong, where there is evidence enough. */
export function kindThresholds(results: Outcome[], fallback: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const kind of [...new Set(results.map((r) => r.kind))].sort()) {
    const mine = results.filter((r) => r.kind === kind);
    const negatives = mine.filter((r) => !r.answerable || !r.ranked[0]?.acceptable).length;
    if (negatives < KIND_MIN_NEGATIVES) continue;
    const t = safeThreshold(mine);
    if (t < fallback) out[kind] = Math.round(t * 1e6) / 1e6;
  }
  return out;
}

const rightAt = (o: Outcome, threshold: number, kinds: Record<string, number>, support: number) =>
  isRightAt(o, kinds[o.kind] ?? threshold, support);
const wrongAt = (o: Outcome, threshold: number, kinds: Record<string, number>, support: number) =>
  isWrongAt(o, kinds[o.kind] ?? threshold, support);

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(0)}%` : '—';
}

function main() {
  const report = process.argv.includes('--report');
  const specs = corpora();
  const all: Example[] = [];
  for (const spec of specs) {
    const t = performance.now();
    const ex = examplesOf(spec);
    all.push(...ex);
    process.stderr.write(
      `${spec.name}: ${ex.length} /ask cases, ${ex.reduce((n, e) => n + e.candidates.length, 0)} candidates (${Math.round(performance.now() - t)} ms)\n`,
    );
  }
  // Leave one corpus out: each corpus judged by a model fitted on the others.
  const held: Outcome[] = [];
  for (const spec of specs)
    held.push(
      ...outcomes(
        fit(all.filter((e) => e.corpus !== spec.name)),
        all.filter((e) => e.corpus === spec.name),
      ),
    );
  // The bot answers the training corpora with the model fitted on all of them: no answer there may be
  // wrong either, so each threshold is the higher of the held-out one and the in-sample one.
  const fitted = fit(all);
  const inSample = outcomes(fitted, all);
  const threshold = Math.max(safeThreshold(held), safeThreshold(inSample));
  const heldKinds = kindThresholds(held, threshold);
  const inKinds = kindThresholds(inSample, 1);
  const kinds: Record<string, number> = {};
  for (const [k, t] of Object.entries(heldKinds)) {
    const both = Math.max(t, inKinds[k] ?? safeThreshold(inSample.filter((o) => o.kind === k)));
    if (both < threshold) kinds[k] = Math.round(both * 1e6) / 1e6;
  }
  // Further sentences shown beside the best may make an answer wrong (another councillor beside the
  // right list): only a support threshold with no wrong answer held out or in sample is allowed, and
  // of those the one that most often adds a gold sentence.
  const supports = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1].filter(
    (x) => x === 1 || ![...held, ...inSample].some((o) => wrongAt(o, threshold, kinds, x)),
  );
  const supportThreshold = supports.reduce((best, s) => {
    const gain = (x: number) =>
      held.filter((o) => rightAt(o, threshold, kinds, x)).length -
      held.filter((o) => wrongAt(o, threshold, kinds, x)).length;
    return gain(s) > gain(best) ? s : best;
  }, 1);
  const lines: string[] = [];
  lines.push(
    `leave-one-corpus-out: answer threshold ${threshold.toFixed(4)} (no held-out answer wrong), support threshold ${supportThreshold}`,
  );
  lines.push(
    `thresholds by kind of question: ${
      Object.entries(kinds)
        .map(([k, t]) => `${k} ${t.toFixed(3)}`)
        .join(', ') || 'none'
    }`,
  );
  lines.push(
    'corpus      cases  answerable  gold@1 bm25  gold@3 bm25  gold@1 judge  gold@3 judge  right  wrong  (at 0.5: right wrong)',
  );
  for (const spec of specs) {
    const r = held.filter((o) => o.corpus === spec.name);
    const ans = r.filter((o) => o.answerable);
    const cell = (n: number) => pct(n, ans.length).padStart(11);
    const columns = [
      String(r.length).padStart(5),
      String(ans.length).padStart(10),
      cell(ans.filter((o) => o.retrievalRank === 0).length),
      cell(ans.filter((o) => o.retrievalRank >= 0 && o.retrievalRank < 3).length),
      cell(ans.filter((o) => o.judgeRank === 0).length).padStart(12),
      cell(ans.filter((o) => o.judgeRank >= 0 && o.judgeRank < 3).length).padStart(12),
      String(r.filter((o) => rightAt(o, threshold, kinds, supportThreshold)).length).padStart(5),
      String(r.filter((o) => wrongAt(o, threshold, kinds, supportThreshold)).length).padStart(5),
      `(${r.filter((o) => isRightAt(o, 0.5, supportThreshold)).length} ${r.filter((o) => isWrongAt(o, 0.5, supportThreshold)).length})`,
    ];
    lines.push(`${spec.name.padEnd(11)} ${columns.join('  ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (process.argv.includes('--wrong')) {
    for (const o of held
      .filter((x) => isWrongAt(x, 0.3, 1))
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 25)) {
      process.stdout.write(
        `  ${o.confidence.toFixed(3)} ${o.corpus} ${o.id}${o.answerable ? '' : ' (no answer)'} gold@judge=${o.judgeRank}\n`,
      );
    }
  }
  if (report) return;
  const round = (sc: Scorer): Scorer =>
    sc.kind !== 'boosted'
      ? {
          kind: sc.kind,
          weights: Object.fromEntries(Object.entries(sc.weights).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4])),
        }
      : sc;
  const model = {
    ranker: round(fitted.ranker),
    answer: round(fitted.answer),
    threshold: Math.round(threshold * 1e6) / 1e6,
    kindThresholds: kinds,
    supportThreshold,
    trainedOn: Object.fromEntries(specs.map((s) => [s.name, all.filter((e) => e.corpus === s.name).length])),
  };
  writeFileSync(join(root, 'src', 'answer', 'ask', 'judge-weights.json'), JSON.stringify(model, null, 2) + '\n');
  process.stdout.write('weights written to src/answer/ask/judge-weights.json\n');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
