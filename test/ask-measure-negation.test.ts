// Readings of a question's form: "how much" asks for a quantity of stuff, never a count of people
// or things; a negative question ("which member did not vote") is not answered by a sentence that
// says the verb was done; a thing asked about as someone's is not told by a sentence about another's.

import { describe, expect, it } from 'vitest';
import { holdsAskedKind } from '../src/answer/ask/candidates.ts';
import { analyseQuestion } from '../src/answer/ask/question.ts';
import { candidatesFor as candidatesOver, starting } from './support/ask-candidates.ts';
import { article, knowledge } from './support/small-corpus.ts';

const kb = knowledge(
  article(
    'spill.txt',
    `---
date: 2026-03-02
---
Nine workers were treated in hospital after diesel leaked from a depot in Orrin on Sunday.

About 3,400 litres of diesel leaked from a cracked tank, the depot's owner said.

Twice as much diesel leaked as the owner first said.

Four of the nine workers hurt by the leaked diesel were contractors.
`,
  ),
  article(
    'link.txt',
    `---
date: 2026-03-04
---
The islands of Varo signed a contract on Monday for their first undersea cable.

In 2021, a storm cut a neighbouring state's only cable for three weeks.

Varo's cable will land at the port of Ulen in 2028.
`,
  ),
  article(
    'board.txt',
    `---
date: 2026-03-03
---
The harbour board voted to raise mooring fees on Monday.

Five members voted in favour and two voted against.

Member Ilse Varga did not vote, because she owns a marina on the harbour.
`,
  ),
);

const candidatesFor = (question: string) => candidatesOver(kb, question);

describe('"how much" asks for a quantity, not a count', () => {
  it('asks for a measure', () => {
    expect(analyseQuestion(kb, 'How much diesel leaked from the depot?').unit).toBe('measure');
    // A word of money keeps its own unit.
    expect(analyseQuestion(kb, 'How much did the repair cost?').unit).toBe('money');
  });

  it('takes litres, but neither a count of workers nor a multiple', () => {
    const { q, found } = candidatesFor('How much diesel leaked from the depot?');
    expect(holdsAskedKind(q, starting(found, 'About 3,400 litres')!)).toBe(true);
    for (const counted of ['Nine workers were treated', 'Twice as much diesel', 'Four of the nine workers']) {
      const c = starting(found, counted);
      expect(c, counted).toBeDefined();
      expect(holdsAskedKind(q, c!), counted).toBe(false);
    }
  });
});

describe('a negative question', () => {
  it('marks a sentence that says the verb was done, not one that says it was not', () => {
    const { q, found } = candidatesFor('Which member of the harbour board did not vote?');
    expect(q.negative).toBe(true);
    expect(starting(found, 'Five members voted in favour')!.features.verb_affirmed).toBe(1);
    const abstained = starting(found, 'Member Ilse Varga did not vote')!;
    expect(abstained.features.verb_affirmed).toBe(0);
    // The question's own negation does not count against the sentence that shares it.
    expect(abstained.features.verb_negated).toBe(0);
  });
});

describe('a thing asked about as someone’s', () => {
  it('is not told by a sentence about another owner’s', () => {
    const { q, found } = candidatesFor("When was Varo's own cable cut?");
    expect(q.owned[0].things).toContain('cabl');
    const other = starting(found, 'In 2021, a storm cut')!;
    expect(other.features.other_owner).toBe(1);
    expect(holdsAskedKind(q, other)).toBe(false);
    expect(starting(found, "Varo's cable will land")!.features.other_owner).toBe(0);
  });

  it('reads "no" before a noun as no negation of the question', () => {
    expect(analyseQuestion(kb, 'When did the board agree a no strike deal?').negative).toBe(false);
    expect(analyseQuestion(kb, 'Why did the board not meet?').negative).toBe(true);
  });
});

describe('"take place" says only that a thing happens', () => {
  it('is no word to match: "place" there is no location', () => {
    const q = analyseQuestion(kb, 'When will the harbour board vote take place?');
    const terms = q.terms.map((t) => t.term);
    expect(terms).not.toContain('place');
    expect(terms).not.toContain('take');
    expect(terms).toContain('vote');
    // A place asked for in other words stays a word to match.
    expect(analyseQuestion(kb, 'Which place will the cable land at?').terms.map((t) => t.term)).toContain('place');
  });
});
