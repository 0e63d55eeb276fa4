// The judge, in two learned steps, as in retrieve-then-read question answering with a "no answer"
// option: a ranker orders the candidate sentences (logistic regression over candidates.ts's
// features), then an answerability model decides from the best candidate — its features, how sure
// the ranker is, by how much it beats the next — whether the articles answer at all. Weights and
// thresholds are learned from the gold cases by `npm run train` (scripts/train-ask.ts) and kept in
// judge-weights.json; none is set by hand. The answer threshold is the lowest at which
// leave-one-corpus-out cross-validation gave no wrong answer.

import { readFileSync } from 'node:fs';
import { type BoostedModel, predictBoosted } from './boosting.ts';
import { FEATURE_NAMES, type Candidate, type FeatureName } from './candidates.ts';

/** What the answerability model reads: the best candidate's features, and how it stands among the rest. */
export const ANSWER_FEATURES = {
  ...Object.fromEntries(FEATURE_NAMES.map((f) => [f, `the best candidate's ${f}`])),
  rank_p: "the ranker's probability for the best candidate",
  margin: 'how far the best candidate is ahead of the next one',
  agreeing: 'other candidates the ranker also finds likely: an answer said more than once',
  withheld_near: "a retrieved sentence that shares the question's words says the detail was not given",
  open_near: "a retrieved sentence that shares the question's words says the outcome is not known yet",
} as Record<(typeof FEATURE_NAMES)[number] | 'rank_p' | 'margin' | 'agreeing' | 'withheld_near' | 'open_near', string>;

export type AnswerFeatureName = keyof typeof ANSWER_FEATURES;
export const ANSWER_FEATURE_NAMES = Object.keys(ANSWER_FEATURES) as AnswerFeatureName[];

/**
 * A fitted scorer: one weight per feature (logistic: each candidate judged alone; listwise: the
 * candidates of one question compete, a conditional logit whose probabilities sum to one over
 * them), or boosted trees.
 */
export type Scorer =
  { kind: 'logistic' | 'listwise'; weights: Record<string, number> } | ({ kind: 'boosted' } & BoostedModel);

export function scoreWith(scorer: Scorer, features: Record<string, number>, names: readonly string[]): number {
  if (scorer.kind === 'boosted') return predictBoosted(scorer, features);
  return scorer.kind === 'listwise'
    ? linear(scorer.weights, features, names)
    : logistic(scorer.weights, features, names);
}

export interface JudgeModel {
  ranker: Scorer;
  answer: Scorer;
  /** Answer when the answerability model's probability is at least this. */
  threshold: number;
  /**
   * The same, for one kind of question ("when", "quantity", "two-part"…) that held enough
   * questions whose best sentence was wrong, under cross-validation, to set its own threshold:
   * how sure the model must be differs by kind (a date next to the asked words is a firmer sign
   * than a sentence that merely shares a "what" question's words).
   */
  kindThresholds?: Record<string, number>;
  /** Further sentences are shown beside the best when the ranker's probability for them is at least this. */
  supportThreshold: number;
  /** How the model was fitted, for the record. */
  trainedOn?: Record<string, unknown>;
}

let model: JudgeModel | undefined;

export function judgeModel(): JudgeModel {
  model ??= JSON.parse(readFileSync(new URL('./judge-weights.json', import.meta.url), 'utf8')) as JudgeModel;
  return model;
}

export function linear(
  weights: Record<string, number>,
  features: Record<string, number>,
  names: readonly string[],
): number {
  let z = 0;
  for (const f of names) z += (weights[f] ?? 0) * features[f];
  return z;
}

export function logistic(
  weights: Record<string, number>,
  features: Record<string, number>,
  names: readonly string[],
): number {
  return 1 / (1 + Math.exp(-linear(weights, features, names)));
}

export interface Judged extends Candidate {
  /** The ranker's probability that this sentence answers. */
  p: number;
}

export function rank(candidates: Candidate[], m: JudgeModel = judgeModel()): Judged[] {
  const scored = candidates.map((c) => ({ ...c, p: scoreWith(m.ranker, c.features, FEATURE_NAMES) }));
  if (m.ranker.kind === 'listwise' && scored.length) {
    // The share of the question's probability each candidate holds.
    const top = Math.max(...scored.map((c) => c.p));
    const sum = scored.reduce((n, c) => n + Math.exp(c.p - top), 0);
    for (const c of scored) c.p = Math.exp(c.p - top) / sum;
  }
  return scored.sort((a, b) => b.p - a.p || a.article - b.article || a.sentence - b.sentence);
}

export function answerFeatures(ranked: Judged[]): Record<AnswerFeatureName, number> | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const next = ranked[1]?.p ?? 0;
  return {
    ...best.features,
    rank_p: best.p,
    margin: best.p - next,
    agreeing: Math.min(3, ranked.slice(1).filter((c) => c.p >= 0.5).length) / 3,
    withheld_near: Math.max(
      0,
      ...ranked.map((c) => c.features.withheld * (c.features.coverage + c.features.coverage_related)),
    ),
    open_near: Math.max(
      0,
      ...ranked.map((c) => c.features.open_outcome * (c.features.coverage + c.features.coverage_related)),
    ),
  };
}

/** A sentence from another article is a differing report of the answer when the ranker scores it this near the best. */
const RIVAL_SHARE = 0.85;
const RIVAL_MIN_P = 0.5;

/**
 * Reports that differ: the sentence of another article, dated on another day, that the ranker puts
 * nearly level with the best (a toll that rose, a figure a later report revised). It is shown too,
 * each with its day, latest first, so an earlier report's figure is not given as the last word.
 */
export function differingReport<T extends Judged>(ranked: readonly T[]): T | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const rival = ranked
    .slice(1)
    .find((c) => c.article !== best.article && c.p >= Math.max(RIVAL_MIN_P, best.p * RIVAL_SHARE));
  return rival && best.day > 0 && rival.day > 0 && rival.day !== best.day ? rival : undefined;
}

/** The kind name a question's threshold is looked up by. */
export function thresholdKind(q: { kind: string; kinds: readonly string[] }): string {
  return q.kinds.length > 1 ? 'two-part' : q.kind;
}

/** The answerability a question of this kind must reach. */
export function thresholdFor(m: JudgeModel, kind: string): number {
  return m.kindThresholds?.[kind] ?? m.threshold;
}

/**
 * The best sentence itself says it is no answer: then the articles' own word is what the reply
 * tells, whatever the judge's weights make of it. Each rule is a rule rather than a weight because
 * the gold cases hold (almost) no answer of its kind from such a sentence; `says` is what the reply
 * tells the reader, and `shows` whether the sentence is shown as what the articles say rather than
 * as a nearest passage.
 */
export interface NotAnAnswerRule {
  name: string;
  feature: FeatureName;
  /** The question kinds it applies to (all but `except` when absent). */
  kinds?: readonly string[];
  except?: readonly string[];
  reason: string;
  says: string;
  shows: boolean;
}

export const NOT_AN_ANSWER: readonly NotAnAnswerRule[] = [
  {
    // Of 274 such candidates in the gold cases, 2 answered, both the other half of a two-part
    // question ("who found it, and when" where the finder's partner "has not been named").
    name: 'withheld',
    feature: 'withheld',
    except: ['two-part'],
    reason: 'the best sentence says the detail asked for was not given ("declined to say how many")',
    says: 'The articles say this was not made known.',
    shows: true,
  },
  {
    name: 'undecided',
    feature: 'undecided',
    kinds: ['yes-no'],
    reason: 'asked whether it will happen, the best sentence says the choice is yet to be made ("will decide whether")',
    says: 'The articles say this has not been decided yet.',
    shows: true,
  },
  {
    name: 'question-put',
    feature: 'question_put',
    kinds: ['yes-no'],
    reason:
      'asked whether it is so, the best sentence reports that very question put to someone ("Asked whether …, she said"), ' +
      'the form news uses for a reply that settles nothing',
    says: 'The articles tell of the question being put, but not of an answer that settles it.',
    shows: true,
  },
  {
    // In the gold cases no who- or what-question is answered by a sentence that names its thing
    // only indefinitely; when-questions are ("shut on Monday for a repair").
    name: 'indefinite-focus',
    feature: 'focus_indefinite',
    kinds: ['who', 'what'],
    reason:
      'the best sentence names the thing asked about only as "a/an …" ("after a short illness", "to appoint an independent monitor"), not which',
    says: 'The articles mention such a thing, but do not say which.',
    shows: false,
  },
  {
    // A person is named for what they did: in the gold cases the who-questions whose best sentence
    // lacks the asked verb in every form were near misses (who confirmed, for "who complained"),
    // and the few right ones stood below any threshold the judge would answer at.
    name: 'other-action',
    feature: 'verb_absent',
    kinds: ['who'],
    reason: "a who-question's verb is said nowhere in the best sentence, in any form: whom it names did something else",
    says: 'The articles do not say who did that.',
    shows: false,
  },
];

/** The first rule by which the best candidate says it is no answer to a question of this kind. */
export function notAnAnswer(ranked: readonly Judged[], kind: string): NotAnAnswerRule | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  return NOT_AN_ANSWER.find(
    (r) => (r.kinds ? r.kinds.includes(kind) : !r.except?.includes(kind)) && best.features[r.feature] === 1,
  );
}

/** The probability that the best candidate answers the question. */
export function answerability(ranked: Judged[], m: JudgeModel = judgeModel()): number {
  const f = answerFeatures(ranked);
  return f ? scoreWith(m.answer, f, ANSWER_FEATURE_NAMES) : 0;
}
