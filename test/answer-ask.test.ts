// /ask and /who on small invented articles: the mechanisms behind kinds of questions that news
// readers ask (what came of a request, a deadline, a margin, who founded something), and whom a
// "he" or "the company" is taken to be.

import { describe, expect, it } from 'vitest';
import { answerAsk, decideAsk, explainAsk } from '../src/answer/ask.ts';
import { type JudgeModel, judgeModel, thresholdFor, thresholdKind } from '../src/answer/ask/judge.ts';
import { answerQuotes } from '../src/answer/quotes.ts';
import { answerWho } from '../src/answer/who.ts';
import type { Answer } from '../src/answer/answer.ts';
import { article, knowledge } from './support/small-corpus.ts';

const cited = (answer: Answer) => answer.citations.map((c) => c.quote).join('\n');
const said = (answer: Answer) => answer.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');

const kb = knowledge(
  article(
    'port.txt',
    `---
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
`,
  ),
);

// The stages around the judge are tested with a judge that accepts any candidate the stages let
// through; how well the learned judge decides is measured by `npm run train` and the case checker.
const accepting: JudgeModel = { ...judgeModel(), threshold: 0, kindThresholds: {}, supportThreshold: 1 };

describe('/ask', () => {
  it("gives the answer first, then the sentence it comes from, cited with the file's exact text", () => {
    const a = answerAsk(kb, 'How close was the count between supporters and opponents?', undefined, accepting);
    expect(a.found).toBe(true);
    expect(a.lead).toBe('94 votes');
    expect(cited(a)).toContain('The final count gave supporters a lead of just 94 votes over opponents.');
    const text = kb.articles[0].text;
    for (const c of a.citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it('answers "by when" with the time limit the sentence gives', () => {
    const a = answerAsk(kb, 'By when must Velta Foods present a plan for the workers?', undefined, accepting);
    expect(a.found).toBe(true);
    expect(a.lead).toMatch(/^Sept\. 30/);
  });

  it('answers "Who is X?" about a known person with their roles, each cited', () => {
    const a = answerAsk(kb, 'Who is Ana Petrova?');
    expect(a.found).toBe(true);
    expect(a.lead).toContain('former baker');
    expect(cited(a)).toContain('former baker');
  });

  it('does not answer a question about a time the best sentence does not speak of', () => {
    const r = decideAsk(kb, 'What did the court decide in April?');
    expect(r.accepted).toEqual([]);
    expect(r.reason).toContain('April');
    expect(answerAsk(kb, 'What did the court decide in April?').found).toBe(false);
  });

  it('says the articles do not mention a name no article contains', () => {
    const a = answerAsk(kb, 'What did the Zorbian navy say about the plant?');
    expect(a.found).toBe(false);
    expect(a.lead).toContain('Zorbian');
  });

  it('still says plainly when the articles do not answer, and shows the nearest passages as not an answer', () => {
    expect(answerAsk(kb, 'Who set up the town council?').found).toBe(false);
    // A rejection by someone else does not answer whether this one blocked it.
    const guild = answerAsk(kb, "Did the bakers' guild block the closure?");
    expect(guild.found).toBe(false);
    expect(guild.sections[0]?.heading).toBe('Nearest passages (not an answer)');
  });

  it('the judge answers only at its learned threshold, and --explain shows the candidates and their features', () => {
    const r = decideAsk(kb, 'How close was the count between supporters and opponents?');
    // The threshold of the question's kind where its kind has one, else the global one.
    expect(r.accepted.length > 0).toBe(r.confidence >= thresholdFor(judgeModel(), thresholdKind(r.question)));
    expect(
      decideAsk(kb, 'How close was the count between supporters and opponents?', {
        ...judgeModel(),
        threshold: 1.01,
        kindThresholds: {},
      }).accepted,
    ).toEqual([]);
    const explained = explainAsk(kb, 'How close was the count between supporters and opponents?');
    expect(explained).toMatch(/decision: (?:answer|not found) — answerability \d\.\d{3}/);
    expect(explained).toMatch(/p=\d\.\d{3} port\.txt#\d+ The final count/);
    expect(explained).toContain('coverage=');
  });
});

describe('who is meant', () => {
  it('"the company" is the company named last, not a ministry or a court', () => {
    expect(cited(answerWho(kb, 'Velta Foods'))).toContain('founded in 1998 by Ana Petrova');
    const mine = knowledge(
      article(
        'mine.txt',
        `The Mining Inspectorate (MI) ordered checks at all copper mines on Monday. The MI said inspectors would start on Tuesday. The MI has 85 inspectors.

Korda Metals rejected the criticism. The company said it had spent $5 million on safety at its Belo mine.
`,
      ),
    );
    expect(cited(answerWho(mine, 'Korda Metals'))).toContain('spent $5 million on safety');
    expect(cited(answerWho(mine, 'Mining Inspectorate'))).not.toContain('spent $5 million on safety');
  });

  it('a "he" inside a quotation is not the person the reporter named last', () => {
    const who = answerWho(kb, 'Ivo Maric');
    expect(said(who)).not.toContain('nothing would change');
  });

  it('a named war or period is no person, organisation or place', () => {
    const history = knowledge(
      article(
        'history.txt',
        `Leaders of Ardel and Brenmark said on Monday that their alliance, formed after World War Two, would outlast the Cold War rivalries that shaped it.
`,
      ),
    );
    expect(answerWho(history, 'Cold War').found).toBe(false);
    expect(answerWho(history, 'World War Two').found).toBe(false);
  });

  it('a bare family name that comes first ("Jae" for Jae Min-ho) is the same person', () => {
    const quotes = answerQuotes(kb, 'Jae Min-ho');
    expect(said(quotes)).toContain('We will not let Orsk die');
  });
});

describe('a question for several people', () => {
  const council = knowledge(
    article(
      'council.txt',
      `---
date: 2025-05-20
---
Orsk town council approved the budget on Tuesday by seven votes to three.

Councillors Ana Reyes, Tomas Lind and Jo Park voted against the budget.
`,
    ),
  );

  it('names all of them in the answer, in the sentence’s order', () => {
    const a = answerAsk(council, 'Which councillors voted against the budget?', undefined, accepting);
    expect(a.found).toBe(true);
    expect(a.lead).toBe('Ana Reyes, Tomas Lind and Jo Park');
  });
});
