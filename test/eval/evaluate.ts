// Loads the annotated articles, runs our extractor (and, when asked, the compromise baseline) on
// each, and scores both against the gold annotations.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { CORPORA, type Corpus, type GoldArticle, checkGold, loadGold } from './gold.ts';
import { ourPredictions } from './ours.ts';
import {
  type ArticleScore,
  type Figures,
  MEASURES,
  type MeasureName,
  type Predictions,
  figures,
  scoreArticle,
} from './score.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = `${ROOT}seeds`;
/** A byte-identical copy of ../shared/corpus/dev/articles, so that the measure runs on a clean clone. */
export const VENDORED_DEV_DIR = fileURLToPath(new URL('./articles/dev', import.meta.url));
export const SHARED_DEV_DIR = `${ROOT}../shared/corpus/dev/articles`;
/** Likewise of ../shared/corpus/dev2/articles. */
export const VENDORED_DEV2_DIR = fileURLToPath(new URL('./articles/dev2', import.meta.url));
export const SHARED_DEV2_DIR = `${ROOT}../shared/corpus/dev2/articles`;

export function corpusDir(corpus: Corpus): string {
  if (corpus === 'seed') return process.env.EVAL_SEEDS_DIR ?? SEEDS_DIR;
  if (corpus === 'dev2') return process.env.EVAL_DEV2_DIR ?? VENDORED_DEV2_DIR;
  return process.env.EVAL_DEV_DIR ?? VENDORED_DEV_DIR;
}

export interface ArticleResult {
  file: string;
  corpus: Corpus;
  ours: ArticleScore;
  baseline?: ArticleScore;
  /** The publication day the dates were scored at (given, or the best for our extractor). */
  publication?: number;
  baselinePublication?: number;
}

export type SystemName = 'ours' | 'baseline';
export type Summary = Record<Corpus, Record<SystemName, Partial<Record<MeasureName, Figures>>>>;

export interface Report {
  articles: ArticleResult[];
  summary: Summary;
  /** Gold files that do not fit their articles; their articles are not scored. */
  problems: string[];
}

interface Loaded {
  gold: GoldArticle;
  article: Article;
}

export function loadAnnotated(golds = loadGold()): { loaded: Loaded[]; problems: string[] } {
  const problems: string[] = [];
  const loaded: Loaded[] = [];
  const corpora = new Map<Corpus, Article[]>();
  for (const gold of golds) {
    if (!corpora.has(gold.corpus)) corpora.set(gold.corpus, loadCorpus(corpusDir(gold.corpus)).articles);
    const article = corpora.get(gold.corpus)!.find((a) => a.file === gold.file);
    if (!article) {
      problems.push(`${gold.file}: no such article in ${corpusDir(gold.corpus)}`);
      continue;
    }
    if (article.hash !== gold.sha256) {
      problems.push(`${gold.file}: the file has changed since it was annotated (sha256 ${article.hash})`);
      continue;
    }
    const wrong = checkGold(gold, article.text);
    if (wrong.length) {
      problems.push(...wrong.map((w) => `${gold.file}: ${w}`));
      continue;
    }
    loaded.push({ gold, article });
  }
  return { loaded, problems };
}

export function summarize(articles: ArticleResult[]): Summary {
  const summary = Object.fromEntries(CORPORA.map((c) => [c, { ours: {}, baseline: {} }])) as Summary;
  for (const corpus of CORPORA) {
    for (const system of ['ours', 'baseline'] as const) {
      for (const measure of MEASURES) {
        const counts = articles
          .filter((a) => a.corpus === corpus)
          .map((a) => a[system]?.[measure])
          .filter((m) => m !== undefined);
        if (counts.length) summary[corpus][system][measure] = figures(counts);
      }
    }
  }
  return summary;
}

export interface EvaluateOptions {
  /** Run the compromise baseline too (default true). */
  baseline?: boolean;
  /** Score only these corpora (default all annotated ones). */
  corpora?: Corpus[];
}

/** Scores our extractor, and the compromise baseline unless `baseline` is false. */
export async function evaluate(options: EvaluateOptions = {}): Promise<Report> {
  const wanted = new Set(options.corpora ?? CORPORA);
  const { loaded, problems } = loadAnnotated(loadGold().filter((g) => wanted.has(g.corpus)));
  const ours: { item: Loaded; predictions: Predictions }[] = loaded.map((item) => ({
    item,
    predictions: ourPredictions(item.article, extractArticle(item.article)),
  }));
  const articles: ArticleResult[] = ours.map(({ item, predictions }) => {
    const { publication, ...score } = scoreArticle(item.gold, item.article.text, predictions);
    return { file: item.gold.file, corpus: item.gold.corpus, ours: score, publication };
  });
  if (options.baseline !== false) {
    // Only now: the baseline plugs compromise-dates into the compromise our extractor uses.
    const { baselinePredictions } = await import('./baseline.ts');
    loaded.forEach((item, i) => {
      const { publication, ...score } = scoreArticle(
        item.gold,
        item.article.text,
        baselinePredictions(item.article, item.gold.publication ?? undefined),
      );
      articles[i].baseline = score;
      articles[i].baselinePublication = publication;
    });
  }
  return { articles, summary: summarize(articles), problems };
}

export const devAvailable = () => existsSync(corpusDir('dev'));
