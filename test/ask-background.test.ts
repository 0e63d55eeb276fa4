// What /ask reads of background and of lines that say nothing new: an earlier event of the same kind
// told beside the story, a time that dates another verb than the one asked about, a line in capitals,
// a reply that was not given, the measure asked of a noun ("how big a reward", "for how many days"),
// an amount told relative to another, and how much of a question the candidate's own article speaks of.

import { describe, expect, it } from 'vitest';
import { holdsAskedKind } from '../src/answer/ask/candidates.ts';
import { candidatesFor as candidatesOver, starting } from './support/ask-candidates.ts';
import { article, knowledge } from './support/small-corpus.ts';

const kb = knowledge(
  article(
    'strike.txt',
    `---
date: 2026-03-20
---
DOCKERS WALK OUT AT PORT KELVA OVER PAY

Dockers at Port Kelva ended a strike on Thursday that had closed the port for 12 days.

The last major strike at the port, in 2019, lasted nine days and ended with a 6% pay rise.

It was the first strike at the port since 2019, when crane drivers walked out for a week.

The union's leader resigned on Friday, two days after losing a vote of members.

The port authority did not respond to questions about whether the deal would be reviewed next year.

A farmer near the port found 212 old coins in a field last month, the museum said.

The new crane costs about 2 million crowns to build, roughly a quarter of the price the port now pays for hired cranes.

The other four cranes kept running on reserve power.
`,
  ),
  article(
    'concert.txt',
    `---
date: 2026-03-18
---
A memorial concert will take place on 7 April in the old town hall.
`,
  ),
);

const candidatesFor = (question: string) => candidatesOver(kb, question);

describe('/ask and background', () => {
  it('takes no answer from the clause of an earlier event of the same kind', () => {
    const { q, found } = candidatesFor('How long did the strike at Port Kelva last?');
    const earlier = starting(found, 'The last major strike at the port')!;
    expect(earlier.features.earlier_instance).toBe(1);
    expect(holdsAskedKind(q, earlier)).toBe(false);
    const since = starting(found, 'It was the first strike')!;
    expect(holdsAskedKind(q, since)).toBe(false);
    expect(holdsAskedKind(q, starting(found, 'Dockers at Port Kelva ended a strike')!)).toBe(true);
  });

  it('does not date a verb said after a stated offset ("two days after losing") by the sentence’s time', () => {
    const lost = candidatesFor('When did the union leader lose the vote of members?');
    expect(holdsAskedKind(lost.q, starting(lost.found, 'The union')!)).toBe(false);
    const resigned = candidatesFor('When did the union leader resign?');
    expect(holdsAskedKind(resigned.q, starting(resigned.found, 'The union')!)).toBe(true);
  });

  it('gives no figure to a verb said only inside an amount told relative to another ("a quarter of the price … pays")', () => {
    const paid = candidatesFor('What does the port currently pay for a hired crane?');
    expect(holdsAskedKind(paid.q, starting(paid.found, 'The new crane costs')!)).toBe(false);
    const cost = candidatesFor('How much will the new crane cost to build?');
    expect(holdsAskedKind(cost.q, starting(cost.found, 'The new crane costs')!)).toBe(true);
  });

  it('asks "for how many days" for a length of time, not any count', () => {
    const { q, found } = candidatesFor('For how many days can the cranes run on reserve power?');
    expect(q.unit).toBe('duration');
    expect(holdsAskedKind(q, starting(found, 'The other four cranes')!)).toBe(false);
  });

  it('reads no line in capitals, which the body tells again in ordinary case', () => {
    const { found } = candidatesFor('Why did dockers walk out at Port Kelva?');
    expect(starting(found, 'DOCKERS WALK OUT')).toBeUndefined();
  });

  it('marks a reply that was not given as withheld', () => {
    const { found } = candidatesFor('Will the deal be reviewed next year?');
    expect(starting(found, 'The port authority did not respond')!.features.withheld).toBe(1);
  });

  it('asks the measure of the noun in "how big a …", and counts how much of the question each article speaks of', () => {
    const { q, found } = candidatesFor('How big a reward will the farmer get for the coins?');
    expect(q.focus).toBe('reward');
    expect(starting(found, 'A farmer near the port')!.features.focus_here).toBe(0);
    const concert = candidatesFor('When will the dockers hold a memorial concert?').found;
    expect(starting(concert, 'A memorial concert')!.features.article_coverage).toBeLessThan(1);
    const own = candidatesFor('When did the dockers end the strike?').found;
    expect(starting(own, 'Dockers at Port Kelva')!.features.article_coverage).toBe(1);
  });
});
