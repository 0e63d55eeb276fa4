// /ask and /who on small invented articles: the mechanisms behind kinds of questions that news
// readers ask (what came of a request, a deadline, a margin, who founded something), and whom a
// "he" or "the company" is taken to be.

import { describe, expect, it } from 'vitest';
import { answerAsk } from '../src/answer/ask.ts';
import { answerQuotes } from '../src/answer/quotes.ts';
import { answerWho } from '../src/answer/who.ts';
import type { Answer } from '../src/answer/answer.ts';
import { article, knowledge } from './support/small-corpus.ts';

const cited = (answer: Answer) => answer.citations.map((c) => c.quote).join('\n');
const said = (answer: Answer) => answer.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');

const kb = knowledge(article('port.txt', `---
date: 2025-05-20
---
Velta Foods said on Tuesday it would close its biscuit plant in Orsk by the end of the year.

The company, based in the capital Brana, was founded in 1998 by Ana Petrova, a former baker who now chairs its board.

Last week, the town council asked the regional court to halt the closure. The court rejected the request by a 3-2 vote on Monday.

The labour ministry gave Velta Foods until Sept. 30 to present a plan for the plant's 640 workers. Labour Minister Ivo Maric visited Orsk on Monday.

In the first ballot on the plan, union members backed it with 51.2% and opponents took 48.8%. The final count gave supporters a lead of just 94 votes over opponents.

"He told us on Friday that nothing would change," said Mira Dolan, a packer at the plant for 20 years.

Workers' union leader Jae Min-ho said the union would fight the closure. "We will not let Orsk die," Jae said.

Maric later met Velta Foods managers. "The company has a duty to this town," he said.
`));

describe('/ask', () => {
  it('answers "did X block it?" with what came of the request, not with the request', () => {
    const a = answerAsk(kb, 'Did the regional court block the closure?');
    expect(a.found).toBe(true);
    expect(a.lead).toContain('rejected the request by a 3-2 vote');
    expect(cited(a)).toContain('The court rejected the request by a 3-2 vote on Monday.');
  });

  it('answers "by when" with the deadline, not with another date of the sentence around it', () => {
    const a = answerAsk(kb, 'By when must Velta Foods present a plan for the workers?');
    expect(a.lead).toMatch(/Sept\. 30|2025-09-30/);
  });

  it('answers "how close" with the margin rather than the shares', () => {
    const a = answerAsk(kb, 'How close was the count between supporters and opponents?');
    expect(a.lead).toBe('94 votes');
  });

  it('finds who "set up" a company in "was founded by"', () => {
    const a = answerAsk(kb, 'Who set up Velta Foods?');
    expect(a.lead).toBe('Ana Petrova');
  });

  it('reads "by the end of the year" as a deadline', () => {
    expect(answerAsk(kb, 'By when will Velta Foods close the plant?').lead).toMatch(/^the end of the year \(2025\)$/);
  });

  it('answers how close a split decision was with its tally', () => {
    const court = knowledge(article('court.txt', `---
date: 2025-02-07
---
The Supreme Court of Ardel upheld a ban on street advertising on Friday, ruling 5-4 that the city had the right to protect its historic centre.
`));
    expect(answerAsk(court, 'How close was the ruling on the ban?').lead).toBe('5-4');
  });

  it('does not count the day of a date ("the Oct. 6 election") as an amount', () => {
    const vote = knowledge(article('vote.txt', `---
date: 2024-10-30
---
Karel Voss won 50.4% of the vote in the Oct. 6 election and Ida Brun 49.6%.

Voss won the presidential election by 1,377 votes after a recount, the election board said on Wednesday.
`));
    expect(answerAsk(vote, 'How many votes did Voss win by?').lead).toBe('1,377 votes');
  });

  it('still says plainly when the articles do not answer', () => {
    expect(answerAsk(kb, 'Who set up the town council?').found).toBe(false);
    // A rejection by someone else does not answer whether this one blocked it.
    expect(answerAsk(kb, "Did the bakers' guild block the closure?").found).toBe(false);
  });
});

describe('who is meant', () => {
  it('"the company" is the company named last, not a ministry or a court', () => {
    expect(cited(answerWho(kb, 'Velta Foods'))).toContain('founded in 1998 by Ana Petrova');
    const mine = knowledge(article('mine.txt', `The Mining Inspectorate (MI) ordered checks at all copper mines on Monday. The MI said inspectors would start on Tuesday. The MI has 85 inspectors.

Korda Metals rejected the criticism. The company said it had spent $5 million on safety at its Belo mine.
`));
    expect(cited(answerWho(mine, 'Korda Metals'))).toContain('spent $5 million on safety');
    expect(cited(answerWho(mine, 'Mining Inspectorate'))).not.toContain('spent $5 million on safety');
  });

  it('a "he" inside a quotation is not the person the reporter named last', () => {
    const who = answerWho(kb, 'Ivo Maric');
    expect(said(who)).not.toContain('nothing would change');
  });

  it('a named war or period is no person, organisation or place', () => {
    const history = knowledge(article('history.txt', `Leaders of Ardel and Brenmark said on Monday that their alliance, formed after World War Two, would outlast the Cold War rivalries that shaped it.
`));
    expect(answerWho(history, 'Cold War').found).toBe(false);
    expect(answerWho(history, 'World War Two').found).toBe(false);
  });

  it('a bare family name that comes first ("Jae" for Jae Min-ho) is the same person', () => {
    const quotes = answerQuotes(kb, 'Jae Min-ho');
    expect(said(quotes)).toContain('We will not let Orsk die');
  });
});
