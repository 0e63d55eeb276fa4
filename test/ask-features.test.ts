// The features /ask's judge reads, each on invented sentences that show the phenomenon it serves:
// background about an earlier year, the time of a reporting clause, a plan told for what happened,
// a measure that counts nothing, a reason told before the asked clause, and the answer type's
// sub-type (a body or a person).

import { describe, expect, it } from 'vitest';
import { answerAsk } from '../src/answer/ask.ts';
import { retrieve } from '../src/answer/ask/candidates.ts';
import { analyseQuestion } from '../src/answer/ask/question.ts';
import { haveEmbeddings, similarity } from '../src/text/embeddings.ts';
import { isCurrencyNoun } from '../src/text/wordnet.ts';
import { article, knowledge } from './support/small-corpus.ts';

const kb = knowledge(
  article(
    'harbour.txt',
    `---
date: 2026-03-04
---
The Tarsen harbour authority reopened the north quay on Monday after divers cleared a sunken barge, officials said on Wednesday.

The authority shut the south slipway to small boats, officials said on Wednesday.

The authority last closed the quay in 2019, when a storm tore away its cranes.

The board is due to vote on a new dredging budget on April 2.

Fishermen waited offshore for almost two weeks before the quay reopened.

Last month 412 fishing boats were registered at the harbour.

The harbour's two ferries can carry 450 passengers, and on Monday they carried 318 passengers.

The board will decide next month whether to renew the dredging contract.

Crews lowered the water level shortly after the authority opened the sluice gates.

The authority said it opened the sluice gates to protect the sea wall.

The authority declined to say how many divers had taken part in the clearance.

The dredging contract went to Norrvik Marine, a company that also built the quay, said harbour master Ilse Brandt.

Stranded boats were towed to 3 piers on the far side of the harbour.

A second tug, the Ostra, stood by while divers worked for two days on the sunken barge.

The authority's lawyer, Piet Dahl, said the barge's owner would be billed for the salvage.

The authority's chairman, Ola Berg, thanked the divers.
`,
  ),
);

function featuresFor(question: string, sentenceStart: string, corpus = kb) {
  const q = analyseQuestion(corpus, question);
  const a = corpus.articles[0];
  const c = retrieve(corpus, q).find((x) => a.text.slice(a.sentences[x.sentence].start).startsWith(sentenceStart));
  if (!c) throw new Error(`no candidate starting "${sentenceStart}" for "${question}"`);
  return { q, f: c.features };
}

describe('/ask features', () => {
  it('marks an earlier event of the same kind as background, unless the question asks about a year or earlier events', () => {
    const earlier = (q: string, start: string) => featuresFor(q, start).f.earlier_instance;
    expect(earlier('Why did the authority close the quay?', 'The authority last closed')).toBe(1);
    expect(earlier('Why did the authority close the quay in 2019?', 'The authority last closed')).toBe(0);
    expect(earlier('When had the authority last closed the quay?', 'The authority last closed')).toBe(0);
    expect(earlier('When did the authority reopen the quay?', 'The Tarsen harbour')).toBe(0);
  });

  it("measures how close the answer stands to the question's own verb", () => {
    const reopened = featuresFor('When did the authority reopen the north quay?', 'The Tarsen harbour');
    expect(reopened.q.verbTerms).toEqual(['reopen']);
    expect(reopened.f.verb_near).toBeGreaterThan(0.8);
    expect(featuresFor('When did the authority sell the north quay?', 'The Tarsen harbour').f.verb_near).toBe(0);
  });

  it('marks a figure as it stood by an earlier year as background to a question about now', () => {
    const corpus = knowledge(
      article(
        'springs.txt',
        `---
date: 2026-03-04
---
By 2019 the trust had restored 600 wells.

The trust has now restored 1,150 wells across the valley.

Four in ten wells tested in the valley were dry.
`,
      ),
    );
    const f = (q: string, start: string) => featuresFor(q, start, corpus).f;
    expect(f('How many wells has the trust restored?', 'By 2019').earlier_instance).toBe(1);
    expect(f('How many wells has the trust restored?', 'The trust has now').earlier_instance).toBe(0);
    // A share of a whole ("four in ten") counts nothing.
    expect(f('How many wells were tested in the valley?', 'Four in ten').unit_fit).toBe(0);
  });

  it('answers "how much of" with a part of the whole, not a count of other things', () => {
    const corpus = knowledge(
      article(
        'road.txt',
        `---
date: 2026-03-04
---
A mudslide buried a bus on the coast road, three dead.

The mudslide buried about 200 metres of the coast road.
`,
      ),
    );
    const q = 'How much of the coast road was buried?';
    expect(analyseQuestion(corpus, q).unit).toBe('portion');
    expect(featuresFor(q, 'A mudslide buried', corpus).f.unit_fit).toBe(0);
    expect(featuresFor(q, 'The mudslide buried about', corpus).f.unit_fit).toBe(1);
  });

  it('marks a figure a later sentence of the same story revises as superseded', () => {
    const corpus = knowledge(
      article(
        'rally.txt',
        `---
date: 2026-03-04
---
Police said 14 protesters had been detained at the rally.

By the evening the number of protesters detained had risen to 26, police said.
`,
      ),
    );
    const q = 'How many protesters were detained at the rally?';
    expect(featuresFor(q, 'Police said 14', corpus).f.superseded).toBe(1);
    expect(featuresFor(q, 'By the evening', corpus).f.superseded).toBe(0);
  });

  it('tells a past event apart from what a question about the future asks', () => {
    const { q, f } = featuresFor('How long will the quay stay closed?', 'Fishermen waited');
    expect(q.asksAboutFuture).toBe(true);
    expect(f.past_for_future).toBe(1);
    expect(featuresFor('When will the board vote on the dredging budget?', 'The board is due').f.past_for_future).toBe(
      0,
    );
  });

  it('does not take the time of a reporting clause for the time of the event', () => {
    // "on Monday" dates the reopening; "said on Wednesday" only the telling.
    expect(featuresFor('When did the authority reopen the north quay?', 'The Tarsen harbour').f.kind_fit).toBe(1);
    expect(featuresFor('When did the authority shut the south slipway?', 'The authority shut').f.kind_fit).toBe(0);
    // When the question is about the telling, the reporting clause's time answers it.
    expect(
      featuresFor('When did officials say the authority shut the south slipway?', 'The authority shut').f.kind_fit,
    ).toBe(1);
  });

  it('tells a plan apart from what happened', () => {
    const { q, f } = featuresFor('Did the board approve the dredging budget?', 'The board is due');
    expect(q.asksAboutPast).toBe(true);
    expect(f.future_for_past).toBe(1);
    expect(featuresFor('Will the board vote on the dredging budget?', 'The board is due').f.future_for_past).toBe(0);
  });

  it('does not count with a measure of time, unless the time is what is counted', () => {
    expect(featuresFor('How many fishermen waited offshore?', 'Fishermen waited').f.unit_fit).toBe(0);
    expect(featuresFor('How many boats were registered at the harbour?', 'Last month 412').f.unit_fit).toBe(1);
    expect(featuresFor('How many weeks did the fishermen wait offshore?', 'Fishermen waited').f.unit_fit).toBe(1);
  });

  it('takes a number for the count of the thing asked about only when that thing follows it', () => {
    // "412 fishing boats" counts boats; "boats were towed to 3 piers" counts piers.
    expect(featuresFor('How many boats were registered at the harbour?', 'Last month 412').f.focus_amount).toBe(1);
    expect(featuresFor('How many boats were towed?', 'Stranded boats').f.focus_amount).toBe(0);
  });

  it('takes the head of the noun phrase asked about, before its modifier, and after "what was the"', () => {
    expect(analyseQuestion(kb, 'How many holiday flats in the old town were let?').focus).toBe('flat');
    expect(analyseQuestion(kb, 'How many reports of sunken barges did the authority get?').focus).toBe('report');
    expect(analyseQuestion(kb, 'What was the dredging budget approved in April?').focus).toBe('budget');
  });

  it('answers "on what date" only with a day, not a year', () => {
    const q = analyseQuestion(kb, 'On what date did the authority last close the quay?');
    expect(q.asksForDay).toBe(true);
    // "in 2019" dates the closure to a year; a day is asked for.
    expect(
      featuresFor('On what date did the authority last close the quay?', 'The authority last closed').f.kind_fit,
    ).toBe(0);
    expect(
      featuresFor('In what year did the authority last close the quay?', 'The authority last closed').f.kind_fit,
    ).toBe(1);
  });

  it('counts with the number before the thing asked about, not a capacity or a number of other things', () => {
    const ferries = featuresFor('How many passengers did the ferries carry on Monday?', "The harbour's two ferries");
    expect(ferries.f.kind_fit).toBe(1);
    // "can carry 450" is a capacity and "two" counts ferries: asked what the ferries can carry, 450 answers.
    expect(featuresFor('How many passengers can the ferries carry?', "The harbour's two ferries").f.focus_amount).toBe(
      1,
    );
  });

  it('takes "will decide whether" for a question that is still open', () => {
    expect(featuresFor('Will the board renew the dredging contract?', 'The board will decide').f.undecided).toBe(1);
    expect(featuresFor('Will the board renew the dredging contract?', 'The dredging contract').f.undecided).toBe(0);
  });

  it('takes the word that closes the subject after "will" or "did" for the question\'s verb, though the tagger reads a noun', () => {
    expect(analyseQuestion(kb, 'How many divers did the authority employ?').verbTerms).toEqual(['emploi']);
    expect(analyseQuestion(kb, 'How many boats did the storm destroy?').verbTerms).toEqual(['destroi']);
  });

  it('answers "the name of the X" only with a name beside X', () => {
    const q = analyseQuestion(kb, 'What was the name of the tug that stood by?');
    expect([q.kind, q.focus, q.namesFocus]).toEqual(['who', 'tug', true]);
    // "the Ostra" stands beside "tug"; no name stands beside "barge".
    expect(featuresFor('What was the name of the tug that stood by?', 'A second tug').f.kind_fit).toBe(1);
    expect(featuresFor('What was the name of the barge that sank?', 'A second tug').f.kind_fit).toBe(0);
  });

  it('answers "who is the X\'s lawyer" with whoever holds that role, and no other question with them', () => {
    const q = analyseQuestion(kb, "Who is the authority's lawyer?");
    expect(q.roleAsked).toBe('lawyer');
    expect(featuresFor("Who is the authority's lawyer?", "The authority's lawyer").f.kind_fit).toBe(1);
    expect(featuresFor("Who is the authority's lawyer?", "The authority's chairman").f.kind_fit).toBe(0);
    // Asked about what the lawyer did, the lawyer is part of the question, not its answer.
    const blamed = analyseQuestion(kb, "Whom did the authority's lawyer say would be billed?");
    expect(blamed.roleWords).toEqual(['lawyer']);
    expect(featuresFor("Who did the authority's lawyer want billed?", "The authority's lawyer").f.kind_fit).toBe(0);
  });

  it('finds a reason after the asked clause, not a causal word before it', () => {
    // "shortly after the authority opened the gates" makes the opening the cause of something else.
    expect(featuresFor('Why did the authority open the sluice gates?', 'Crews lowered').f.kind_fit).toBe(0);
    expect(featuresFor('Why did the authority open the sluice gates?', 'The authority said it opened').f.kind_fit).toBe(
      1,
    );
  });

  it('answers "which company" with a body and "which harbour master" with a person', () => {
    const company = analyseQuestion(kb, 'Which company won the dredging contract?');
    expect(company.kind).toBe('who');
    expect(company.focusType).toBe('organization');
    expect(analyseQuestion(kb, 'Which official spoke about the dredging contract?').focusType).toBe('person');
  });

  it('reads "what would it cost" and "what is it worth" as asking for a sum', () => {
    for (const text of [
      'What would it cost to dredge the harbour?',
      'What is the dredging contract worth?',
      'What fine did the authority impose?',
    ]) {
      const q = analyseQuestion(kb, text);
      expect([q.kind, q.unit]).toEqual(['quantity', 'money']);
    }
  });

  it('answers that a withheld detail was not made known, citing the sentence that says so', () => {
    const answer = answerAsk(kb, 'How many divers took part in the clearance?');
    expect(answer.found).toBe(false);
    expect(answer.lead).toContain('not made known');
    expect(answer.citations[0].quote).toContain('declined to say how many divers');
  });

  it('answers a yes-or-no question about a choice still to be made with neither yes nor no', () => {
    const answer = answerAsk(kb, 'Will the board renew the dredging contract?');
    expect(answer.found).toBe(false);
    expect(answer.lead).toContain('not been decided');
    expect(answer.citations[0].quote).toContain('will decide next month whether');
  });
});

describe('a question for a particular one ("which…")', () => {
  const survey = knowledge(
    article(
      'survey.txt',
      `---
date: 2026-03-04
---
The lemur survey was paid for by a grant from the Orlen Fund and two foreign foundations.

On Saturday the Verna Choir, a group of 40 farm workers, won the national title.
`,
    ),
  );
  const fit = (question: string, start: string) => {
    const { q, f } = featuresFor(question, start, survey);
    return { q, kindFit: f.kind_fit };
  };

  it('is answered only by a name beside the thing asked about', () => {
    const unnamed = fit('Which foreign foundations funded the lemur survey?', 'The lemur survey');
    expect([unnamed.q.kind, unnamed.q.namesFocus]).toEqual(['who', true]);
    // "two foreign foundations" counts them; it does not say which.
    expect(unnamed.kindFit ?? 0).toBe(0);
    // The asked-about word may be part of the name.
    expect(fit('Which choir won the national title?', 'On Saturday the Verna Choir').kindFit).toBe(1);
  });
});

describe('words close in meaning', () => {
  const theft = knowledge(
    article(
      'theft.txt',
      `---
date: 2026-03-04
---
Police said on Friday that officers had recovered the stolen portrait from a garage in the port.
`,
    ),
  );

  it('count for a question word the sentence says in other words that no thesaurus links', () => {
    expect(haveEmbeddings()).toBe(true);
    const q = analyseQuestion(theft, 'Where did police find the missing paintings?');
    const [c] = retrieve(theft, q);
    expect(c.features.coverage_similar).toBeGreaterThan(0);
    expect(similarity('paint', 'portrait')).toBeGreaterThan(similarity('paint', 'garag'));
  });
});

describe('sentences that say they are no answer', () => {
  const canal = knowledge(
    article(
      'canal.txt',
      `---
date: 2026-03-04
---
The court ordered the Rasul mill to stop dumping dye in the canal on Tuesday.

The farmers said they would now ask the court to appoint an independent monitor for the canal.

Asked whether the mill's managers would be charged over the dumping, the prosecutor said that was a matter for the police.

The mill's founder, Rafi Alam, died last year after a short illness.

The engineer Nadia Karim was appointed as the canal's safety officer in January.

The fishers' secretary, Lina Basu, said moving the 60 families from the bank would cost about 2 million taka.

The council's planner, Omar Sen, said moving the families from the bank was "the wrong answer to the floods".
`,
    ),
  );
  const feature = (question: string, start: string) => featuresFor(question, start, canal).f;

  it('a thing asked about that the sentence names only as "a/an …" is not said which', () => {
    const q = 'Who has been appointed as the independent monitor for the canal?';
    expect(analyseQuestion(canal, q).focus).toBe('monitor');
    expect(feature(q, 'The farmers said').focus_indefinite).toBe(1);
    expect(answerAsk(canal, q).found).toBe(false);
    expect(feature('What illness did Rafi Alam die of?', "The mill's founder").focus_indefinite).toBe(1);
    // Named beside it, or "the canal's safety officer": said which.
    expect(
      feature("Who was appointed as the canal's safety officer?", 'The engineer Nadia Karim').focus_indefinite,
    ).toBe(0);
  });

  it('a who-question is not answered by a sentence that does not say its verb in any form', () => {
    const q = 'Who complained about the dumping in the canal?';
    expect(feature(q, 'The court ordered').verb_absent).toBe(1);
    expect(answerAsk(canal, q).found).toBe(false);
  });

  it('a yes-or-no question answered by a sentence that tells the question put is not answered yes or no', () => {
    const q = "Will the mill's managers be charged over the dumping?";
    expect(feature(q, 'Asked whether').question_put).toBe(1);
    const answer = answerAsk(canal, q);
    expect(answer.found).toBe(false);
    expect(answer.lead).toContain('question being put');
  });

  it('a sum in a currency WordNet knows is money, and a word that is also a verb or adjective is not', () => {
    expect(feature('How much would moving the families cost?', "The fishers' secretary").unit_fit).toBe(1);
    expect(['taka', 'manat', 'kwacha', 'mark', 'real'].map(isCurrencyNoun)).toEqual([true, true, true, false, false]);
  });

  it('asked what a speaker estimates, only their words that hold a figure answer', () => {
    const basu = answerAsk(canal, 'What does Lina Basu estimate it will cost to move the families?');
    expect(basu.found).toBe(true);
    expect(basu.sections.flatMap((s) => s.lines.map((l) => l.text)).join(' ')).toContain('2 million taka');
    const sen = answerAsk(canal, 'What does Omar Sen estimate it will cost to move the families?');
    expect(sen.found).toBe(false);
    expect(sen.lead).toBe('The articles quote Omar Sen, but none of their words gives that figure.');
  });
});
