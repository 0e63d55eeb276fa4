// Events on original text written for these tests: which clause a date governs (and the rule that
// shaped it), and how dates that lean on other words are resolved ("the same day", "for Monday",
// "when she is sworn in on January 29").

import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/corpus/parse-article.ts';
import type { Article } from '../src/corpus/article.ts';
import { EVENT_RULES } from '../src/extract/events.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import type { ArticleFacts } from '../src/extract/facts.ts';
import { isoDay } from '../src/extract/time-value.ts';

function extract(text: string, file = 'story.md'): { article: Article; facts: ArticleFacts } {
  const parsed = parseArticleText(file, text, file);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { article: parsed.article, facts: extractArticle(parsed.article) };
}

const slice = (a: Article, s: { start: number; end: number }) => a.text.slice(s.start, s.end);

/** The events whose date expression holds `when`, each with its clause, day and rules. */
function eventsAt(a: Article, f: ArticleFacts, when: string) {
  return f.events
    .filter((x) => slice(a, f.times[x.time]).includes(when))
    .map((e) => {
      const value = f.times[e.time].value;
      return { clause: slice(a, e.span), day: isoDay(value.from), rules: e.rules ?? [], future: !!value.future };
    });
}
const eventAt = (a: Article, f: ArticleFacts, when: string) => eventsAt(a, f, when)[0];

const dated = (body: string, date = '2025-06-12') => extract(`---\ntitle: A story\ndate: ${date}\n---\n\n${body}\n`);

describe('the clause an event shows', () => {
  const { article, facts } = dated(
    [
      'Two things went wrong this month.',
      '',
      '1. **A walkout.** The ferry crews stopped work for three days, from June 2 to June 4, in a row over rosters.',
      '2. **A fire.** Nobody was hurt. The ticket hall burned on June 8.',
      '',
      'A stolen drone was recovered on Tuesday, wedged under a pier near the old lighthouse.',
      '',
      'The harbour master said the drone was found on Wednesday, according to the coastguard.',
      '',
      'The injured deckhand, who had been in hospital since Friday, went home on Tuesday.',
    ].join('\n'),
  );

  it('a date phrase set off by commas dates the clause before it, with its list item’s bold label', () => {
    const walkout = eventAt(article, facts, 'June 2');
    expect(walkout.clause.replace(/\*/g, '')).toBe(
      'A walkout. The ferry crews stopped work for three days, from June 2 to June 4',
    );
    expect(walkout.rules).toEqual(['date-phrase-after-clause', 'list-label']);
  });

  it('a label only goes with the sentence right after it', () => {
    const fire = eventAt(article, facts, 'June 8');
    expect(fire.clause).toBe('The ticket hall burned on June 8');
    expect(fire.rules).not.toContain('list-label');
  });

  it('a participle phrase after the date goes on the event; "according to" does not', () => {
    const drone = eventAt(article, facts, 'Tuesday');
    expect(drone.clause).toBe('A stolen drone was recovered on Tuesday, wedged under a pier near the old lighthouse');
    expect(drone.rules).toContain('participle-after-date');
    const found = eventAt(article, facts, 'Wednesday');
    expect(found.clause).not.toContain('according');
  });

  it('an -ing word after the date is a participle though the tagger reads it as a noun; "during" is not', () => {
    const lead = dated('A fire tore through a warehouse at the port late on Sunday, killing at least seven people.');
    expect(eventAt(lead.article, lead.facts, 'Sunday')).toMatchObject({
      clause: 'A fire tore through a warehouse at the port late on Sunday, killing at least seven people',
      rules: ['participle-after-date'],
    });
    const during = dated('The crew left the port on Sunday, during a lull in the storm.');
    expect(eventAt(during.article, during.facts, 'Sunday').clause).toBe('The crew left the port on Sunday');
  });

  it('a verb after a relative clause takes the subject before it, and is not read as a participle', () => {
    const [since, home] = eventsAt(article, facts, 'Friday').concat(
      eventsAt(article, facts, 'Tuesday').filter((e) => e.clause.includes('home')),
    );
    expect(since.clause).toBe('The injured deckhand, who had been in hospital since Friday');
    expect(home.clause).toBe('The injured deckhand, who had been in hospital since Friday, went home on Tuesday');
  });

  it('a relative clause after a clause that ends in a name tells of that name', () => {
    const { article: a, facts: f } = dated('The board did not dismiss Tomas Eklund, who was appointed on March 3.');
    expect(eventAt(a, f, 'March 3')).toMatchObject({
      clause: 'Tomas Eklund, who was appointed on March 3',
      rules: ['relative-clause-takes-name'],
    });
  });

  it('what was said runs on past an appositive participle to its verb', () => {
    const { article: a, facts: f } = dated(
      'The council announced in March that the pier, built in 1911, would be pulled down and rebuilt.',
    );
    expect(eventAt(a, f, 'March')).toMatchObject({
      clause: 'The council announced in March that the pier, built in 1911, would be pulled down and rebuilt',
      rules: ['that-clause-to-its-verb'],
    });
  });

  it('a phrase after an appositive name goes with the clause before it', () => {
    const { article: a, facts: f } = dated(
      'Police arrested the club’s treasurer, Anja Welk, on Friday on suspicion of embezzling funds.',
    );
    expect(eventAt(a, f, 'Friday').clause).toBe(
      'Police arrested the club’s treasurer, Anja Welk, on Friday on suspicion of embezzling funds',
    );
  });

  it('every rule an event names has a reason', () => {
    const names = new Set(EVENT_RULES.map((r) => r.name));
    for (const e of facts.events) for (const r of e.rules ?? []) expect(names.has(r)).toBe(true);
    for (const r of EVENT_RULES) expect(r.reason.length).toBeGreaterThan(20);
  });
});

describe('dates that lean on other words', () => {
  it('"the same day" and "that morning" take the day last named by its own date', () => {
    const { article, facts } = dated(
      'A diver spotted the wreck on June 3 and told the harbour office the same day. The council voted on Monday, two days after the storm, and the mayor had signed the order that morning.',
    );
    expect(eventAt(article, facts, 'the same day').day).toBe('2025-06-03');
    // "two days after the storm" is counted from another date: "that morning" is Monday's.
    expect(eventAt(article, facts, 'that morning').day).toBe(eventAt(article, facts, 'Monday').day);
  });

  it('"the same day" with no day before it is no date', () => {
    const { article, facts } = dated('The ministry published the figures the same day.');
    expect(eventAt(article, facts, 'the same day')).toBeUndefined();
  });

  it('a weekday a thing is called for lies ahead; a possessive weekday names a happening before', () => {
    // 2025-06-12 is a Thursday.
    const { article, facts } = dated(
      'The teachers’ union has called a two-hour stoppage for Monday. Police arrested a man for Saturday’s break-in at the depot.',
    );
    const stoppage = eventAt(article, facts, 'Monday');
    expect(stoppage).toMatchObject({ day: '2025-06-16', future: true });
    expect(eventAt(article, facts, 'Saturday').day).toBe('2025-06-07');
  });

  it('a timetable’s present looks ahead; a past tense of the same verb does not', () => {
    const { article, facts } = dated('The new wing opens on Saturday. The old wing opened on Monday.');
    expect(eventAt(article, facts, 'Saturday')).toMatchObject({ day: '2025-06-14', future: true });
    expect(eventAt(article, facts, 'Monday')).toMatchObject({ day: '2025-06-09', future: false });
    const adjective = dated('The old wing stayed open on Saturday.');
    expect(eventAt(adjective.article, adjective.facts, 'Saturday')).toMatchObject({ day: '2025-06-07' });
  });

  it('a present-tense "until at least" ends ahead', () => {
    const { article, facts } = dated('The coast road is closed until at least Tuesday.');
    expect(eventAt(article, facts, 'Tuesday')).toMatchObject({ day: '2025-06-17', future: true });
  });

  it('a present tense after "when" looks ahead: a year-less day goes to its next occurrence', () => {
    const { article, facts } = dated(
      'The new chair will be the youngest in the club’s history when she is sworn in on February 2.',
      '2025-11-20',
    );
    expect(eventAt(article, facts, 'February 2')).toMatchObject({ day: '2026-02-02', future: true });
    const past = dated('The chair, who was sworn in on February 2, resigned on Tuesday.', '2025-11-20');
    expect(eventAt(past.article, past.facts, 'February 2').day).toBe('2025-02-02');
  });

  it('a put-off happening’s new date lies ahead, though the putting off is told in the past', () => {
    const { article, facts } = dated(
      'The board approved the budget on Monday, and postponed until September a vote on the new fares.',
    );
    expect(eventAt(article, facts, 'September')).toMatchObject({ day: '2025-09-01', future: true });
    const plain = dated('The board approved the budget in September.');
    expect(eventAt(plain.article, plain.facts, 'September').day).toBe('2024-09-01');
  });

  it('a deadline a thing "is due by" lies ahead; "that morning" after a month names no day', () => {
    const { article, facts } = dated('The inquiry said a final report is due by 30 June.', '2026-03-13');
    expect(eventAt(article, facts, '30 June')).toMatchObject({ day: '2026-06-30', future: true });
    const month = dated(
      'The market will open from December. A vote was put off after the report came only that morning.',
    );
    expect(month.facts.times.some((t) => slice(month.article, t) === 'that morning')).toBe(false);
  });

  /** The day the date `when` of a one-sentence story published on `published` resolves to, and whether it looks ahead. */
  const resolved = (sentence: string, published: string, when: string) => {
    const { article, facts } = dated(sentence, published);
    return eventAt(article, facts, when);
  };

  it('a verb joined by "and" shares the tense of the one before; an infinitive after a comma or a decision looks ahead', () => {
    for (const [sentence, published, when, day, future] of [
      [
        'She said engineers would revise the design and present a cost estimate by December.',
        '2026-08-24',
        'December',
        '2026-12-01',
        true,
      ],
      [
        'The council approved a night market, to open on Fridays from December.',
        '2026-10-20',
        'December',
        '2026-12-01',
        true,
      ],
      ['The council voted to close the library in March.', '2026-10-20', 'March', '2027-03-01', true],
      ['The plant closed in 2019 and reopened in March.', '2026-10-20', 'March', '2026-03-01', false],
    ] as const)
      expect(resolved(sentence, published, when), sentence).toMatchObject({ day, future });
  });

  it('"due" after a noun sets a date ahead; "was due" does not', () => {
    for (const [sentence, when, day, future] of [
      ['The group called a rally against the rise in prices due on 1 January.', '1 January', '2027-01-01', true],
      ['The committee met on Monday, with a decision due on 3 February.', '3 February', '2027-02-03', true],
      ['The first payment was due on March 3.', 'March 3', '2026-03-03', false],
    ] as const)
      expect(resolved(sentence, '2026-11-16', when), sentence).toMatchObject({ day, future });
  });

  it('a weekday "of last week" is that day in the calendar week before publication’s', () => {
    // 2025-06-13 is a Friday: "Wednesday of last week" is June 4, "last Wednesday" June 11.
    const { article, facts } = dated(
      'The strike spread on Wednesday of last week. Talks resumed last Wednesday.',
      '2025-06-13',
    );
    expect(eventAt(article, facts, 'Wednesday of last week').day).toBe('2025-06-04');
    expect(eventAt(article, facts, 'last Wednesday').day).toBe('2025-06-11');
  });

  it('an appositive with a relative clause takes the name it follows', () => {
    const { article, facts } = dated('Ana Kovač, a former ferry captain who took over the yard in 2019, spoke first.');
    expect(eventAt(article, facts, '2019')).toMatchObject({
      clause: 'Ana Kovač, a former ferry captain who took over the yard in 2019',
      rules: ['appositive-takes-name'],
    });
  });

  it('a live page’s own sign-off, and a reader’s question, under its stamp are no event; the answer is', () => {
    const { article, facts } = extract(
      '# Live: the harbour\n\n*Latest updates first. Saturday 14 June 2025.*\n\n' +
        '**9:45 p.m.** We are pausing this live blog for the night. We will be back on Sunday morning.\n\n' +
        '**9:30 p.m.** The last ferry has docked.\n\n' +
        '**8:40 p.m.** A reader asks whether the quay is safe. The harbour master says the quay is safe.\n\n' +
        '**8:10 p.m.** Good evening. The harbour master says the quay will reopen at dawn.\n',
    );
    expect(facts.times.filter((t) => t.heads)).toHaveLength(4);
    expect(facts.events.map((e) => [facts.times[e.time].value.label, slice(article, e.span)])).toEqual([
      ['2025-06-14 21:30', 'The last ferry has docked'],
      ['2025-06-14 20:40', 'The harbour master says the quay is safe'],
      // A greeting tells nothing: the sentence after it tells the entry.
      ['2025-06-14 20:10', 'The harbour master says the quay will reopen at dawn'],
    ]);
  });

  it('a gerund between a verb and its noun is no verb of the date: the modal before still looks ahead', () => {
    const { article, facts } = dated('He said the clinic would open operating theatres on Saturdays in July.');
    expect(eventAt(article, facts, 'July')).toMatchObject({ day: '2025-07-01', future: true });
  });
});

describe('a live page’s standfirst', () => {
  it('dates the page, whatever note on the order of its entries follows', () => {
    const { article, facts } = extract(
      [
        '# Live: Flood waters rise on the lower river',
        '',
        '*Live coverage from Dunmere, Tuesday 14 October 2025. By Ria Calloway. All times local. Oldest entries first.*',
        '',
        '**07:05**',
        '',
        'The river gauge at Dunmere bridge passed four metres overnight.',
        '',
        '**09:40**',
        '',
        'Schools in the lower town have closed.',
        '',
        '**11:15**',
        '',
        'The army has sent two boats to the lower town.',
      ].join('\n'),
    );
    expect(article.date).toMatchObject({ kind: 'exact', year: 2025, month: 10, day: 14 });
    expect(eventAt(article, facts, '09:40').day).toBe('2025-10-14');
    // The standfirst dates the page; it is no event of its own.
    expect(facts.events.some((e) => slice(article, e.span).includes('Live coverage'))).toBe(false);
  });
});

describe('decades, planned years and a complement past an appositive', () => {
  const { article, facts } = dated(
    [
      'A district court on Monday sentenced Orlo Brenvik, a former harbour commissioner, to six years in prison for fraud.',
      '',
      'The pier was built in the 1960s. The carved doors were probably made in the late 1650s.',
      '',
      'A second pier is planned for 2031, although its funding has not been approved.',
    ].join('\n'),
  );

  it('a clause that ends in a name goes on past its appositive to what the verb takes', () => {
    const e = eventAt(article, facts, 'Monday');
    expect(e.clause).toBe(
      'A district court on Monday sentenced Orlo Brenvik, a former harbour commissioner, to six years in prison for fraud',
    );
    expect(e.rules).toContain('complement-past-appositive');
    expect(EVENT_RULES.some((r) => r.name === 'complement-past-appositive')).toBe(true);
  });

  it('a calendar decade is a range of years, a part of it a third of one', () => {
    const sixties = facts.times.find((t) => slice(article, t) === 'the 1960s');
    expect(sixties?.value.label).toBe('1960/1969');
    const late = facts.times.find((t) => slice(article, t) === 'the late 1650s');
    expect(late?.value.label).toBe('1656/1659');
    expect(eventAt(article, facts, 'the late 1650s').clause).toBe(
      'The carved doors were probably made in the late 1650s',
    );
  });

  it('a year something is planned for is a date ahead', () => {
    const e = eventAt(article, facts, '2031');
    expect(e.clause).toBe('A second pier is planned for 2031');
    expect(e.day).toBe('2031-01-01');
  });

  it('"for" before a number that is not a year arranged is no date', () => {
    const { facts: f } = dated('The painting sold for 2031 euros at the fair on Saturday.');
    expect(f.times.some((t) => t.value.label === '2031')).toBe(false);
  });

  it('a season of a named year dates its months', () => {
    const { article: a, facts: f } = dated('Demolition of the old pier is planned to start in spring 2028.');
    expect(eventAt(a, f, 'spring 2028')).toMatchObject({ day: '2028-03-01', future: true });
    expect(f.times.find((t) => slice(a, t) === 'spring 2028')?.value.label).toBe('2028-03/2028-05');
  });
});

describe('a time in the possessive', () => {
  const { article, facts } = dated(
    [
      "The number of homes without power after Saturday's storm rose to 900 on Tuesday, the grid operator said.",
      '',
      "Thursday's ballot went against the board.",
    ].join('\n'),
    '2025-06-12',
  );

  it('dates the noun it qualifies, not the clause: the clause takes its own time', () => {
    expect(eventsAt(article, facts, 'Saturday')).toEqual([]);
    expect(eventAt(article, facts, 'Tuesday').day).toBe('2025-06-10');
  });

  it('still dates the clause when the clause has no other time', () => {
    expect(eventAt(article, facts, 'Thursday').clause).toContain('ballot went against the board');
  });

  it('does not date a clause in the present perfect, which tells the state at the telling', () => {
    const later = dated("The toll from last week's storm in Orrin has been revised down to 12 from 14.");
    expect(eventsAt(later.article, later.facts, 'last week')).toEqual([]);
  });
});

describe('a phrase that opens the sentence and sets the scene', () => {
  const { article, facts } = dated(
    [
      "In a letter to the council published on 14 May, the guild's secretary, Tesni Halloran, said the plan was rushed.",
      '',
      'On Monday, the ferry operator, Varo Lines, cancelled its evening crossings.',
      '',
      'After the council voted on June 9, the guild said it would appeal.',
    ].join('\n'),
  );

  it('takes the clause after it, past the subject and its appositive, to the verb', () => {
    const letter = eventAt(article, facts, '14 May');
    expect(letter.clause).toBe(
      "In a letter to the council published on 14 May, the guild's secretary, Tesni Halloran, said the plan was rushed",
    );
    expect(letter.rules).toContain('fronted-phrase-takes-clause');
    expect(eventAt(article, facts, 'Monday').clause).toBe(
      'On Monday, the ferry operator, Varo Lines, cancelled its evening crossings',
    );
  });

  it('is no clause of time: "After the council voted on June 9" is its own event', () => {
    const after = eventAt(article, facts, 'June 9');
    expect(after.rules).not.toContain('fronted-phrase-takes-clause');
    expect(after.clause).toContain('the council voted on June 9');
  });
});

describe('a request after the date', () => {
  const { article, facts } = dated(
    [
      'The council found a petition from the harbour guild, dated May 19, calling for a second breakwater.',
      '',
      'The guild wrote to the ministry on May 21, adding that the old wall was cracked.',
    ].join('\n'),
  );

  it('goes on into "calling for …", which tells what was asked, but not into "adding that …"', () => {
    expect(eventAt(article, facts, 'May 19').clause).toContain('dated May 19, calling for a second breakwater');
    expect(eventAt(article, facts, 'May 21').clause).not.toContain('adding');
  });
});

describe('a same-form participle after "had"', () => {
  const { article, facts } = dated(
    'Fares rose twice last month, and the transport board had cut the student discount on Saturday.',
  );

  it('is the verb of its clause, so the date stays in that clause', () => {
    expect(eventAt(article, facts, 'Saturday').clause).toBe(
      'the transport board had cut the student discount on Saturday',
    );
  });
});
