// The targets of issue #3 §5, asserted by test/eval.test.ts and shown by npm run eval.

import type { Corpus } from './gold.ts';
import type { MeasureName } from './score.ts';

export interface Target {
  corpus: Corpus;
  measure: MeasureName;
  figure: 'precision' | 'recall';
  min: number;
}

export const TARGETS: Target[] = (
  [['seed', 0.95], ['dev', 0.85]] as const
).flatMap(([corpus, min]) =>
  (['people', 'quotes'] as const).flatMap((measure) =>
    (['precision', 'recall'] as const).map((figure) => ({ corpus, measure, figure, min }))));
