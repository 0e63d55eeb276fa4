// Two people who share a family name, in either name order, and a name behind an honorific.

import { describe, expect, it } from 'vitest';
import { answerQuotes } from '../src/answer/quotes.ts';
import { answerWho } from '../src/answer/who.ts';
import { article, knowledge } from './support/small-corpus.ts';

const text = (a: { lead?: string; sections: { lines: { label?: string; text: string }[] }[] }) =>
  [a.lead ?? '', ...a.sections.flatMap((s) => s.lines.map((l) => `${l.label ?? ''} ${l.text}`))].join('\n');

describe('namesakes', () => {
  const kb = knowledge(
    article(
      'results.txt',
      `Harbin Rail profit falls as orders slow

HARBIN, May 6, 2025 (Reuters) - Harbin Rail said on Tuesday its quarterly profit fell 12%.

Chief Financial Officer Liang Xiuying blamed lower prices at home. "We will not sell below cost," Liang told analysts.

Liang Bo, an analyst at Northgate Securities who is not related to the finance chief, said the results were weak.
`,
    ),
  );

  it('a family name given first fits every person of that family name', () => {
    const answer = text(answerWho(kb, 'Liang'));
    expect(answer).toContain('Liang Xiuying');
    expect(answer).toContain('Liang Bo');
  });

  it('a given name shared with nobody else still names one person', () => {
    const answer = answerWho(kb, 'Liang Bo');
    expect(answer.title).toBe('Liang Bo');
    // Her role and words are not his; "the finance chief" in his sentence names her beside him.
    expect(text(answer)).not.toMatch(/Chief Financial Officer|sell below cost/);
  });
});

describe('a surname that one person is called by and another bears', () => {
  const kb = knowledge(
    article(
      'harbour.txt',
      `Harbour fees rise in Porth Ardd

The mayor, Gwilym Ap Rhys, said the harbour had lost money for four years. Ap Rhys told the meeting that fees must rise.

Elin Ap Rhys, a harbour pilot who spoke from the gallery, said a temporary repair would not last the winter.
`,
    ),
  );

  it('names both, so that neither is chosen silently', () => {
    const answer = text(answerWho(kb, 'Ap Rhys'));
    expect(answer).toContain('Gwilym Ap Rhys');
    expect(answer).toContain('Elin Ap Rhys');
  });
});

describe('an honorific before a name', () => {
  const kb = knowledge(
    article(
      'poll.txt',
      `Rival rejects governorship result

KADUNA, March 10, 2025 (Reuters) - The electoral commission declared Amina Yusuf the winner on Monday, with 301,200 votes against 288,450 for Alhaji Sani Garba Lawal of the Unity Party.

Lawal, a former senator, rejected the result at a news conference. "This count was a theft in broad daylight," he said.
`,
    ),
  );

  it('is no part of the name, and the person’s words are theirs', () => {
    const quotes = text(answerQuotes(kb, 'Lawal'));
    expect(quotes).toContain('This count was a theft in broad daylight');
    expect(quotes).toContain('Sani Garba Lawal');
  });
});

describe('a reporter and a namesake in another story', () => {
  const kb = knowledge(
    article(
      'strike.txt',
      `By Ines Varga, Labour Reporter

Bus drivers in Colmar walked out on Monday over pay.
`,
    ),
    article(
      'fares.txt',
      `By Ines Varga, Labour Reporter

Colmar's bus fares will rise by 5% in June, the city council said on Tuesday.
`,
    ),
    article(
      'clinic.txt',
      `"We are seeing fewer cases each week," said Dr. Ines Varga, the district's director of public health.
`,
    ),
  );
  const people = kb.registry.entities.filter((e) => e.type === 'person' && e.name === 'Ines Varga');

  it('stay two people; the reporter of two bylines is one', () => {
    expect(people).toHaveLength(2);
    const reporter = people.find((e) => e.refs.length === 2);
    expect(reporter && new Set(reporter.refs.map((r) => kb.articles[r.article].file))).toEqual(
      new Set(['strike.txt', 'fares.txt']),
    );
  });
});

describe('namesakes told apart by their roles and what they did', () => {
  const kb = knowledge(
    article(
      'race.txt',
      `Lindqvist wins the Harbour Marathon

Sweden's Erik Lindqvist won the Harbour Marathon on Sunday, pulling away from Norway's Jonas Brandt in the last mile.

Brandt finished second in 2:09:14.

The race director, Colonel Mia Brandt, who is not related to the runner, said 300 runners were treated for heat.
`,
    ),
  );
  const who = answerWho(kb, 'Brandt');
  const quotes = who.citations.map((c) => c.quote);

  it('each line gives up to two roles and cites the first sentence with them as its subject', () => {
    const lines = who.sections[0].lines.map((l) => `${l.label} ${l.text}`).join('\n');
    expect(lines).toMatch(/Mia Brandt .*Colonel; .*director/);
    expect(quotes.some((q) => q.startsWith('Brandt finished second'))).toBe(true);
  });
});

describe('an interviewer’s questions', () => {
  const kb = knowledge(
    article(
      'interview.txt',
      `"The canals leak": the water minister on the summer ahead

Interview by Ana Velde

Rustam Karimov has been water minister since March.

Q: Farmers blocked the main road this summer. Whose fault was that?

Karimov: Partly ours. Most canals have not been lined since they were built.

Q: What will you change?

Karimov: We will meter every outlet by 2028.
`,
    ),
  );
  it('are no statements of the interviewer’s, nor of the interviewee’s', () => {
    expect(answerQuotes(kb, 'Ana Velde').found).toBe(false);
    const all = text(answerQuotes(kb, ''));
    expect(all).toContain('Partly ours');
    expect(all).not.toContain('Whose fault');
  });
});

describe('a titled surname shared by two people named in full', () => {
  const kb = knowledge(
    article(
      'obituary.txt',
      `Weaver who revived a village craft dies at 91

Her first export order came through Kofi Mensah, a merchant who took her cloth to a fair abroad in 1981. Mr Mensah died in 2012.

The historian Efua Mensah, who is not related to the merchant, has written on the village's looms.

"She made the loom pay without making the cloth cheap," Professor Mensah said.
`,
    ),
  );

  it('goes to the one of them named last before it, not to the first introduced', () => {
    const quotes = text(answerQuotes(kb, 'Efua Mensah'));
    expect(quotes).toContain('She made the loom pay');
    expect(text(answerQuotes(kb, 'Kofi Mensah'))).not.toContain('She made the loom pay');
  });
});

describe('a relative clause that names a namesake between the speaker and the verb', () => {
  const kb = knowledge(
    article(
      'dairy.txt',
      `Dairy merger approved

Shareholders of Lakeside Dairy approved the takeover on Monday. Lakeside's chairman, Arjun Rao, said the price was fair.

Meera Rao, who leads the milk producers' union and is not related to Lakeside's chairman, Arjun Rao, said the promise to keep contracts was "worth only as long as the contracts last".
`,
    ),
  );

  it('credits the words to the name the clause follows', () => {
    expect(text(answerQuotes(kb, 'Meera Rao'))).toContain('worth only as long as the contracts last');
    expect(text(answerQuotes(kb, 'Arjun Rao'))).not.toContain('worth only as long');
  });
});

describe('a name of no known kind that speaks past its appositive', () => {
  const kb = knowledge(
    article(
      'budget.txt',
      `Budget raises health spending

The deputy finance minister, Daw Hla Hla Myint, said the tax changes would raise about 350 billion kyat a year.

Daw Thiri Sandar Oo, an opposition member of the budget committee, said the health increase was welcome.

"We are proud of going from very little to a little," she said.
`,
    ),
  );

  it('is a person, and the next quote with "she said" is hers', () => {
    expect(text(answerQuotes(kb, 'Thiri Sandar Oo'))).toContain('We are proud of going from very little');
    expect(text(answerQuotes(kb, 'Hla Hla Myint'))).not.toContain('We are proud');
  });
});

describe('a titled surname goes to the namesake introduced with that title', () => {
  const kb = knowledge(
    article(
      'ruling.txt',
      `Court orders tannery to stop dumping

The Velden High Court on Monday ordered a tannery to stop discharging waste into the river.

Justice Amara Okonkwo said the company had ignored three warnings.

The residents' lawyer, Chidi Okonkwo, who is no relation of the judge, said the ruling was "long overdue".

Justice Okonkwo rejected a request for damages, saying such claims belonged in a civil court.
`,
    ),
  );

  it('"Justice Okonkwo" is the judge, though the lawyer was named last', () => {
    const judge = text(answerWho(kb, 'Amara Okonkwo'));
    expect(judge).toContain('Justice of the Velden High Court');
    const lawyer = text(answerWho(kb, 'Chidi Okonkwo'));
    expect(lawyer).toContain("residents' lawyer");
    expect(lawyer).not.toContain('Justice');
  });
});
