// The targets of issue #3 §5 and the goals of issue #11 for dev2, asserted by test/eval.test.ts
// and shown by npm run eval.

import type { Corpus } from './gold.ts';
import type { MeasureName } from './score.ts';

export interface Target {
  corpus: Corpus;
  measure: MeasureName;
  figure: 'precision' | 'recall';
  min: number;
}

export const TARGETS: Target[] = (
  [
    ['seed', 0.95],
    ['dev', 0.85],
  ] as const
).flatMap(([corpus, min]) =>
  (['people', 'quotes'] as const).flatMap((measure) =>
    (['precision', 'recall'] as const).map((figure) => ({ corpus, measure, figure, min })),
  ),
);

/** Issue #11's goals on dev2: people P and R ≥ 0.95, quote attribution P ≥ 0.95 and R ≥ 0.90. */
export const DEV2_GOALS: Target[] = [
  { corpus: 'dev2', measure: 'people', figure: 'precision', min: 0.95 },
  { corpus: 'dev2', measure: 'people', figure: 'recall', min: 0.95 },
  { corpus: 'dev2', measure: 'quotes', figure: 'precision', min: 0.95 },
  { corpus: 'dev2', measure: 'quotes', figure: 'recall', min: 0.9 },
];
