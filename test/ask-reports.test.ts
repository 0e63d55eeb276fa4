// Reports that differ: when two articles of different days both answer (a toll that rose), /ask
// says each with its article's date, the latest first, rather than an earlier report's figure alone.

import { describe, expect, it } from 'vitest';
import { answerAsk } from '../src/answer/ask.ts';
import { type JudgeModel, judgeModel } from '../src/answer/ask/judge.ts';
import { article, knowledge } from './support/small-corpus.ts';

const kb = knowledge(
  article(
    'first.txt',
    `---
date: 2025-04-02
---
A landslide buried part of the hill village of Oruvel on Tuesday.

At least 12 people were killed in the landslide, the district office said.
`,
  ),
  article(
    'later.txt',
    `---
date: 2025-04-05
---
Rescuers ended their search of Oruvel on Friday.

At least 31 people were killed in the landslide, the district office said on Friday.
`,
  ),
);

// A judge that accepts what the stages let through: what is tested is how accepted reports are shown.
const accepting: JudgeModel = { ...judgeModel(), threshold: 0, kindThresholds: {}, supportThreshold: 1 };

describe('/ask with reports that differ', () => {
  it('gives each article’s figure with its date, the latest first, each cited', () => {
    const a = answerAsk(kb, 'How many people were killed in the landslide?', undefined, accepting);
    expect(a.found).toBe(true);
    expect(a.lead).toBe('Latest report first: 31 people (2025-04-05); 12 people (2025-04-02)');
    expect(a.citations.map((c) => c.file)).toEqual(['later.txt', 'first.txt']);
    expect(a.sections[0].lines.map((l) => l.label)).toEqual([
      expect.stringContaining('2025-04-05'),
      expect.stringContaining('2025-04-02'),
    ]);
  });
});
