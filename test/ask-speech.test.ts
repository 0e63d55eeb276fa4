// "What did X say (about Y)?" on small invented articles: answered from X's attributed
// statements — a quotation over two sentences whole — with the speaker found by name or by what
// the articles call them, and "not found" when X's words are about something else.

import { describe, expect, it } from 'vitest';
import { answerAsk, decideAsk } from '../src/answer/ask.ts';
import type { Answer } from '../src/answer/answer.ts';
import { article, knowledge } from './support/small-corpus.ts';

const said = (answer: Answer) => answer.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');
const cited = (answer: Answer) => answer.citations.map((c) => c.quote).join('\n');

const kb = knowledge(
  article(
    'ferry.txt',
    `---
date: 2025-03-04
---
The Nordholm ferry company will cut its winter timetable by a third from April, its chief executive said on Monday.

"We carried fewer passengers in January than in any month since 1996. We cannot sail empty boats," Chief Executive Ilse Varnum told reporters.

The Brannoc harbour director, Tobias Lund, who has run the port for 11 years, declined to comment on the cuts.

Lund said the harbour's new crane would be working by June.

The islanders' association chairman, Per Okonkwo, said the decision would cut off two villages in bad weather.

Transport Minister Greta Holm met Varnum on Monday to discuss the ferry timetable.
`,
  ),
  article(
    'bridge.txt',
    `---
date: 2025-03-06
---
The county council approved a new road bridge to the islands on Thursday.

"The bridge will end a century of waiting," council leader Mara Holt said.

Holt said the tolls would be set next year.
`,
  ),
);

describe('/ask what someone said', () => {
  it('gives a quotation that runs over two sentences whole, cited with the sentences it spans', () => {
    const a = answerAsk(kb, 'What did Ilse Varnum say about passengers?');
    expect(a.found).toBe(true);
    expect(a.lead).toContain('Ilse Varnum');
    expect(said(a)).toContain('We cannot sail empty boats');
    expect(cited(a)).toContain('We carried fewer passengers in January');
  });

  it('finds the speaker by what the articles call them, and their head noun must be what they are', () => {
    const chairman = answerAsk(kb, "What did the islanders' association chairman say about the decision?");
    expect(chairman.found).toBe(true);
    expect(said(chairman)).toContain('cut off two villages');
    // "harbour director" is Lund; "Brannoc" is a word before his role, so it describes him too.
    const master = decideAsk(kb, 'What did the Brannoc harbour director say?');
    expect(master.speech && kb.registry.get(master.speech.speaker).name).toBe('Tobias Lund');
  });

  it('says the one speaker meant is not quoted on it, rather than cite a sentence that names them', () => {
    const offTopic = answerAsk(kb, 'What did Tobias Lund say about the timetable cuts?');
    expect(offTopic.found).toBe(false);
    expect(offTopic.lead).toBe('The articles quote Tobias Lund, but not about the timetable cuts.');
    const neverQuoted = answerAsk(kb, 'What did Greta Holm say about the ferry?');
    expect(neverQuoted.found).toBe(false);
    expect(neverQuoted.lead).toBe('The articles do not quote Greta Holm about the ferry.');
  });

  it('leaves a description that fits nobody quoted, or a pronoun, to the sentence judge', () => {
    expect(decideAsk(kb, "What did the ferry company's finance director say?").speech).toBeUndefined();
    expect(decideAsk(kb, 'What did she say about the bridge?').speech).toBeUndefined();
  });

  it('a shell noun ("the decision", "the project") does not narrow the words, a specific one does', () => {
    expect(decideAsk(kb, 'What did Mara Holt say about the project?').speech?.statements.length).toBe(2);
    const tolls = decideAsk(kb, 'What did Mara Holt say about tolls?').speech;
    expect(tolls?.statements.map((s) => kb.text(s.article, s.content))).toEqual(['the tolls would be set next year']);
  });
});

describe('what someone said when something happened', () => {
  const kb2 = knowledge(
    article(
      'talks.txt',
      `---
date: 2025-03-04
---
Dock workers walked out on Monday. "We want a fair wage," the union's negotiator, Lea Brandt, told reporters at the gates.

"We will hold out as long as it takes," Brandt said on Tuesday.

"We will not strike again this year," Brandt said on Tuesday.
`,
    ),
    article(
      'deal.txt',
      `---
date: 2025-03-20
---
Dock workers voted to accept a pay deal on Thursday. "Our people will be home at night," the union's negotiator, Lea Brandt, said after the vote.
`,
    ),
  );
  it('puts first the words whose sentence tells of that moment', () => {
    const answer = answerAsk(kb2, 'What did the union negotiator say after the members voted?');
    expect(said(answer).split('\n')[0]).toContain('Our people will be home at night');
  });
});
