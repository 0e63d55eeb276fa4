// What /ask reads of news that changes and of text that does not tell: a later report's figure and
// an update's wording, a question's time-frame words, an interviewer's question paragraph, a
// correction note's withdrawn figure, a denied verb, and an amount of another unit than the one asked.

import { describe, expect, it } from 'vitest';
import { holdsAskedKind } from '../src/answer/ask/candidates.ts';
import { differingReport, type Judged } from '../src/answer/ask/judge.ts';
import { analyseQuestion } from '../src/answer/ask/question.ts';
import { candidatesFor as candidatesOver, starting } from './support/ask-candidates.ts';
import { article, knowledge } from './support/small-corpus.ts';

const kb = knowledge(
  article(
    'first.txt',
    `---
date: 2026-05-04
---
Floods swept through the river town of Velmar on Sunday.

At least 14 people were missing in Velmar after the floods, the regional office said.

The ferry terminal is not expected to reopen this month, the port company said.
`,
  ),
  article(
    'later.txt',
    `---
date: 2026-05-07
---
Rescuers widened their search around Velmar on Wednesday.

Five people are still missing in Velmar after the floods, down from 14 on Monday, the regional office said.

The ferry terminal is expected to reopen on June 2.

The new pumping station costs about 40 million crowns to build, roughly a third of what the town spends on repairs.

Correction: An earlier version of this story said 41 people were missing. The figure was 14.
`,
  ),
  article(
    'interview.txt',
    `---
date: 2026-05-08
---
The mayor of Velmar spoke to us about the floods.

Q: Residents say 300 homes were flooded. Do you accept that figure?

A: We have counted 212 flooded homes so far.
`,
  ),
);

const candidatesFor = (question: string) => candidatesOver(kb, question);

describe('/ask on news that changes', () => {
  it('marks the earlier and the latest report of a figure, and an update told with the figure it replaced', () => {
    const { found } = candidatesFor('How many people are missing in Velmar after the floods?');
    const earlier = starting(found, 'At least 14 people were missing')!;
    const later = starting(found, 'Five people are still missing')!;
    expect(earlier.features.earlier_report).toBe(1);
    expect(earlier.features.latest_report).toBe(0);
    expect(later.features.latest_report).toBe(1);
    expect(later.features.earlier_report).toBe(0);
    expect(later.features.revision).toBe(1);
    expect(earlier.features.revision).toBe(0);
  });

  it('does not match a question’s time-frame words ("so far", "now") as words the answer must say', () => {
    const q = analyseQuestion(kb, 'How many people are missing in Velmar so far?');
    const terms = q.terms.map((t) => t.term);
    expect(terms).not.toContain('far');
    expect(terms.some((t) => t.startsWith('miss'))).toBe(true);
    expect(analyseQuestion(kb, 'How many people are now missing?').terms.map((t) => t.term)).not.toContain('now');
  });

  it('shows a nearly level report of another day beside the best, and none of the same day or article', () => {
    const c = (article: number, day: number, p: number): Judged =>
      ({ article, sentence: 0, retrieval: 1, day, p, features: {} }) as unknown as Judged;
    expect(differingReport([c(0, 10, 0.9), c(1, 12, 0.85)])?.article).toBe(1);
    expect(differingReport([c(0, 10, 0.9), c(1, 10, 0.85)])).toBeUndefined();
    expect(differingReport([c(0, 10, 0.9), c(0, 10, 0.85)])).toBeUndefined();
    expect(differingReport([c(0, 10, 0.9), c(1, 12, 0.4)])).toBeUndefined();
    expect(differingReport([c(0, 0, 0.9), c(1, 12, 0.88)])).toBeUndefined();
  });
});

describe('/ask does not answer from text that does not tell', () => {
  it('reads no statement of an interviewer’s question paragraph, only the answer', () => {
    const { found } = candidatesFor('How many homes were flooded in Velmar?');
    expect(starting(found, 'Residents say 300 homes')).toBeUndefined();
    expect(starting(found, 'A: We have counted 212')).toBeDefined();
  });

  it('reads no figure that a correction note withdraws, only the corrected one', () => {
    const { found } = candidatesFor('How many people were missing, according to the correction?');
    expect(starting(found, 'Correction: An earlier version')).toBeUndefined();
    expect(starting(found, 'The figure was 14')).toBeDefined();
  });

  it('does not date an event by a sentence that denies it', () => {
    const { q, found } = candidatesFor('When is the ferry terminal expected to reopen?');
    const denied = starting(found, 'The ferry terminal is not expected')!;
    const dated = starting(found, 'The ferry terminal is expected to reopen')!;
    expect(denied.features.verb_negated).toBe(1);
    expect(holdsAskedKind(q, denied)).toBe(false);
    expect(dated.features.verb_negated).toBe(0);
    expect(holdsAskedKind(q, dated)).toBe(true);
  });

  it('places a sum asked for only at amounts of money, and tells whether it stands in the clause of the asked verb', () => {
    const { found } = candidatesFor('How much does the town spend on repairs?');
    const station = starting(found, 'The new pumping station costs')!;
    // "40 million crowns" is the station's cost; "a third" is no sum; the town's spending is told only
    // relative to the station's cost, so the sentence holds no sum for it.
    expect(station.features.kind_fit).toBe(0);
    expect(station.features.verb_clause).toBe(0);
    const build = candidatesFor('How much will the new pumping station cost to build?').found;
    const built = starting(build, 'The new pumping station costs')!;
    expect(built.features.kind_fit).toBe(1);
    expect(built.features.verb_clause).toBe(1);
  });
});
