// /timeline on small invented stories: how dates are placed (a year-less dateline, a date that
// belongs to the main event), which clause an event shows, and which events a subject brings.

import { describe, expect, it } from 'vitest';
import { dateFromRelatedArticles } from '../src/corpus/related-dates.ts';
import { answerArticles } from '../src/answer/articles.ts';
import { answerTimeline } from '../src/answer/timeline.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { article, knowledge } from './support/small-corpus.ts';

/** Each line of the answer with its label, in order. */
const lines = (kb: KnowledgeBase, about: string) =>
  answerTimeline(kb, about).sections.flatMap((s) => s.lines.map((l) => `${l.label ?? ''} | ${l.text}`));

const FIRST_DAY = `KALDOR, March 3 (Reuters) - Brenmark's Harbour Authority closed the port of Kaldor on Monday after dock workers led by union chief Oskar Vennberg walked out over pay.
Vennberg said the strike would go on until the Harbour Authority met the union.
The port handled 4 million containers last year.
`;

const DEAL = `---
title: Kaldor dock strike ends
date: 2025-03-14
---
Dock workers in Kaldor ended their strike on Thursday after the Harbour Authority agreed to raise pay by 9%, union chief Oskar Vennberg said.

The Harbour Authority had closed the port of Kaldor on March 3. Brenmark's transport minister welcomed the deal.
`;

const UNRELATED = `ODRIN, March 3 (AP) — Heavy snow closed schools across northern Taskia on Monday, officials said.
`;

describe('a dateline without a year', () => {
  it('takes the year of a dated article of the same story, and says where it came from', () => {
    const kb = knowledge(article('a.txt', FIRST_DAY), article('b.md', DEAL), article('c.txt', UNRELATED));
    const [first, , unrelated] = kb.articles;
    expect(first.date).toMatchObject({ kind: 'no-year', month: 3, day: 3, year: 2025, yearFrom: 'b.md' });
    expect(unrelated.date).toEqual({ kind: 'no-year', month: 3, day: 3, source: 'dateline' });
    const listing = answerArticles(kb)
      .sections[0].lines.map((l) => l.text)
      .join('\n');
    expect(listing).toContain('2025-03-03 (year from b.md)');
    expect(listing).toContain('March 3 (year not given)');
  });

  it('places the story in time with the other article’s events', () => {
    const kb = knowledge(article('a.txt', FIRST_DAY), article('b.md', DEAL));
    const timeline = lines(kb, 'Kaldor');
    const closed = timeline.findIndex((l) => l.includes('closed the port of Kaldor on Monday'));
    const ended = timeline.findIndex((l) => l.includes('ended their strike on Thursday'));
    // The inferred year is marked on the line and explained once, in the footer.
    expect(timeline[closed]).toMatch(/^2025-03-03\* \|/);
    expect(answerTimeline(kb, 'Kaldor').footer).toContain('does not give the year');
    expect(ended).toBeGreaterThan(closed);
  });

  it('shows an event two articles tell once, in the words of the first report, with both citations', () => {
    const first = `---\ndate: 2025-03-04\n---\nFire destroyed the Kaldor fish market on Monday.\n`;
    const later = `---\ndate: 2025-04-10\n---\nFire destroyed the Kaldor fish market and the cold store beside it on March 3. It reopens in May.\n`;
    const kb = knowledge(article('first.md', first), article('later.md', later));
    const fire = answerTimeline(kb, 'Kaldor fish market')
      .sections.flatMap((s) => s.lines)
      .filter((l) => l.label?.startsWith('2025-03-03'));
    expect(fire).toHaveLength(1);
    expect(fire[0].text).toBe('Fire destroyed the Kaldor fish market on Monday');
    expect(fire[0].cites).toHaveLength(2);
  });

  it('claims no calendar year from the years the article mentions', () => {
    const kb = knowledge(article('a.txt', FIRST_DAY));
    const timeline = lines(kb, 'Kaldor');
    expect(timeline.join('\n')).not.toMatch(/\b2025-|\d\*/);
    expect(timeline.some((l) => l.includes('week before publication') && l.includes('closed the port'))).toBe(true);
  });

  it('loses the borrowed year when the dated article goes', () => {
    const [first] = dateFromRelatedArticles([article('a.txt', FIRST_DAY), article('b.md', DEAL)]);
    const [again] = dateFromRelatedArticles([first]);
    expect(again.date).toEqual({ kind: 'no-year', month: 3, day: 3, source: 'dateline' });
  });
});

describe('which clause an event shows', () => {
  const kb = knowledge(
    article(
      'd.md',
      `---
date: 2024-06-12
---
Tomas Rieck won the mayoral election in Ostvik by 212 votes, the city's election office said on Wednesday.

"We will count every vote again if we must," Rieck told reporters on Tuesday.

The race was the closest in Ostvik since 1998, when a recount decided the result and delayed the count by a week.

The result came two days after the outgoing mayor, Anna Holm, told the council that she would not stand again.

Rieck won 50.1% in the June 9 election. His rival Petra Lund had asked for a recount three days after the vote.

Turnout rose to 61% from 55% four years earlier. The city's debt has fallen to $80 million, from $120 million in March 2022.
`,
    ),
  );
  const timeline = lines(kb, '');

  it('a reported result is the news of the day it was announced', () => {
    expect(timeline).toContainEqual(
      expect.stringMatching(/^2024-06-12 \| Tomas Rieck won the mayoral election in Ostvik by 212 votes/),
    );
  });

  it('the moment a quotation was given is not an event', () => {
    expect(timeline.join('\n')).not.toContain('told reporters on Tuesday');
  });

  it('"since 1998, when …" tells what happened then, to the end of the clause', () => {
    expect(timeline).toContainEqual(
      expect.stringMatching(/^1998 \|.*when a recount decided the result and delayed the count by a week$/),
    );
  });

  it('the baseline of a comparison dates the old figure, not the change', () => {
    expect(timeline.join('\n')).not.toContain('Turnout rose');
    expect(timeline).toContainEqual(expect.stringMatching(/^2022-03 \|.*from \$120 million in March 2022/));
  });

  it('"three days after the vote" counts from the date the vote was given earlier', () => {
    expect(timeline).toContainEqual(
      expect.stringMatching(/^2024-06-12 \|.*asked for a recount three days after the vote/),
    );
  });

  it('"the result came two days after …" dates what follows from the story’s own date', () => {
    expect(timeline).toContainEqual(
      expect.stringMatching(/^2024-06-10 \|.*Anna Holm, told the council that she would not stand again/),
    );
  });
});

describe('the events of a subject', () => {
  const kb = knowledge(
    article(
      'e.txt',
      `LUNDAR, May 2 (Reuters) - The Tarn Valley dam in Esland burst its banks on Thursday after a week of rain, flooding four villages.
Engineers had warned in March that the Tarn Valley dam needed repairs.
Rescue crews reached the last of the villages on Friday.
`,
    ),
  );

  it('a story named in its opening brings its events that do not name it', () => {
    expect(lines(kb, 'Tarn Valley').join('\n')).toContain('Rescue crews reached the last of the villages on Friday');
  });

  it('a topic named in the opening does too', () => {
    expect(lines(kb, 'Esland dam').join('\n')).toContain('Rescue crews reached the last of the villages on Friday');
  });
});

describe('which telling an event shows', () => {
  const kb = knowledge(
    article(
      'tally.md',
      `---
title: Ward cases fall again
date: 2025-04-02
---
The hospital trust said 9 patients were admitted with the virus to its three wards in the city and the county in the week ending Saturday, down from 14 the week before and from a peak of 27 in the week ending March 15, the busiest week since the wards opened.

Admissions by week:

- Week ending March 15: 27 patients

The trust's first bid of €3m on March 4 was turned down within hours, with union negotiator Ada Korsgaard calling it "an insult" on local radio.
`,
    ),
  );
  const timeline = lines(kb, '');

  it('a happening told twice shows the fullest telling a line can show whole', () => {
    const peak = timeline.find((l) => l.startsWith('2025-03-15'));
    expect(peak).toMatch(/Week ending March 15: 27 patients/);
  });

  it('a clause of its own before a quotation’s attribution is an event', () => {
    expect(timeline).toContainEqual(
      expect.stringMatching(/^2025-03-04 \|.*first bid of €3m on March 4 was turned down within hours/),
    );
  });
});

describe('a subject named in a headline', () => {
  const kb = knowledge(
    article(
      'result.txt',
      `VELDA, May 6, 2025 (Reuters) - Velda's electoral board declared the mayor re-elected on Monday.
Velda, a port city of 400,000 people, has been run by the Civic Party since 2009.
`,
    ),
    article(
      'court.md',
      `---
title: Court orders rerun of Velda mayoral vote
date: 2025-07-11
---
The Regional Electoral Court on Friday ordered a rerun of the vote in 12 districts.
`,
    ),
  );

  it('brings that article’s events, though its text names the subject only inside a longer name', () => {
    expect(lines(kb, 'Velda').join('\n')).toContain('ordered a rerun of the vote in 12 districts');
  });
});

describe('weekdays of an article with no date', () => {
  const kb = knowledge(
    article(
      'strike.txt',
      `Dock workers in Porthaven ended their strike on Tuesday after the port authority agreed to a 7% raise.

The walkout began last Thursday, when talks broke down. Ships queued offshore on Saturday.

The union will vote on the deal on Friday.
`,
    ),
  );

  it('are counted from the lead’s weekday, the story’s own day', () => {
    const timeline = lines(kb, 'Porthaven');
    const at = (words: string) => timeline.findIndex((l) => l.includes(words));
    expect(at('began last Thursday')).toBeGreaterThanOrEqual(0);
    expect(at('began last Thursday')).toBeLessThan(at('queued offshore on Saturday'));
    expect(at('queued offshore on Saturday')).toBeLessThan(at('ended their strike on Tuesday'));
    expect(at('ended their strike on Tuesday')).toBeLessThan(at('vote on the deal on Friday'));
  });
});

describe('dates told with a quotation', () => {
  const kb = knowledge(
    article(
      'interview.md',
      `# "Rivers keep their own calendar": Dr. Mirela Dobos on the flood maps

*Interview by Anton Weiss. Published 3 June 2025.*

Dr. Mirela Dobos, 51, leads the flood-mapping unit at the Hydrology Institute in Varna Nouă. The interview has been edited for length and clarity.

**How did you start mapping floods?**

I was a field technician on the lower Siret in 2008. The water rose two metres in one night and our maps were useless.

**What comes next?**

We will publish the new maps in September.
`,
    ),
    article(
      'match.md',
      `---
title: Harbour Saints win the cup
date: 2025-05-12
---
Harbour Saints won the Coastal Cup on Sunday.

"We kept our heads," said the Saints' coach, Petra Lind, a former winger who took over the team in 2021. "That was the difference."
`,
    ),
  );

  it('an interviewee’s answers tell their own story, dated and theirs', () => {
    const timeline = lines(kb, 'Mirela Dobos');
    expect(timeline).toContainEqual(expect.stringMatching(/^2008 \|.*field technician on the lower Siret in 2008/));
  });

  it('a relative clause in the attribution tells an event of the speaker', () => {
    expect(lines(kb, '')).toContainEqual(expect.stringMatching(/^2021 \|.*took over the team in 2021/));
  });
});

describe('reported speech that quotes a few of its words', () => {
  const kb = knowledge(
    article(
      'talks.txt',
      `---
title: Pepper exports stay banned
date: 2027-02-24
---
The Kestra pepper export ban stayed in place on Wednesday.

The trade minister, Ada Marrow, told the assembly on Tuesday that talks with Velland were "at an advanced stage".

"We are close," Marrow told reporters on Monday.
`,
    ),
  );

  it('is a report of its day, told whole', () => {
    const timeline = lines(kb, 'Kestra pepper');
    expect(timeline).toContainEqual(expect.stringMatching(/^2027-02-23 \|.*told the assembly on Tuesday that talks/));
  });

  it('with no "that" after the verb of saying too', () => {
    const plain = knowledge(
      article(
        'interview.txt',
        `---
title: Orrin growers object to the canal plan
date: 2027-02-24
---
In an interview published on 20 February, the growers' secretary, Ilse Marrow, said the canal would "take the water from the people who farm it".
`,
      ),
    );
    expect(lines(plain, 'Ilse Marrow')).toContainEqual(
      expect.stringMatching(/^2027-02-20 \| In an interview published on 20 February, .*said the canal would/),
    );
  });
});

describe('an article dated by another that cites it by its title', () => {
  const FEATURE = `The last ferry of the Skerrow crossing

The crew of the Skerrow ferry gather at dawn for what may be one of its final seasons.
`;
  const FINAL = `HARBRIDGE, Nov. 15 (Coast Wire) - The Harbridge Gulls beat the Skerrow Terns 48-45 in the league final on Saturday.
`;
  const COLUMN = `Corrections and clarifications

Coast Wire and partner titles | Published Friday 20 November 2026

Our report "Harbridge Gulls win the league final" (Nov. 15) gave the wrong score.

Our feature "The last ferry of the Skerrow crossing", published on 18 November 2026, misspelt a name.
`;
  const kb = knowledge(
    article('feature.txt', FEATURE),
    article('final.txt', `Harbridge Gulls win the league final\n\n${FINAL}`),
    article('column.txt', COLUMN),
  );

  it('takes the day a corrections column gives a cited report, and the column\'s own "Published" line', () => {
    expect(kb.articles[2].date).toMatchObject({ kind: 'exact', year: 2026, month: 11, day: 20 });
    expect(kb.articles[0].date).toEqual({
      kind: 'unknown',
      placed: { year: 2026, month: 11, day: 18, from: 'column.txt' },
    });
    expect(kb.articles[1].date).toMatchObject({
      kind: 'no-year',
      month: 11,
      day: 15,
      year: 2026,
      yearFrom: 'column.txt',
    });
  });
});

describe('a day another article writes in full', () => {
  it('gives a year-less dateline its year when its sentence shares the headline’s words', () => {
    const report = `Rivers header wins Coast Cup final for Tamsel Stars\n\nKORVA, June 20 (Coast Sport) - Tamsel Stars won the Coast Cup final 2-1 on Saturday.\n`;
    const column = `Corrections\n\nOur report of the Coast Cup final on Saturday 20 June 2026 gave the wrong scorer. Rivers scored both goals.\n`;
    const [dated] = dateFromRelatedArticles([article('report.txt', report), article('column.txt', column)]);
    expect(dated.date).toMatchObject({ kind: 'no-year', month: 6, day: 20, year: 2026, yearFrom: 'column.txt' });
  });

  it('places an undated interview on the day a dated article says it was published', () => {
    const interview = `"The river is our road": Lina Basu on the embankment\n\n**Why do you oppose the wall?**\n\nBecause the boats need the bank.\n`;
    const council = `---\ndate: 2026-10-20\n---\nIn an interview with this newspaper published on 14 October, Lina Basu said the wall would cut the river off.\n`;
    const [placed] = dateFromRelatedArticles([article('interview.md', interview), article('council.md', council)]);
    expect(placed.date).toEqual({ kind: 'unknown', placed: { year: 2026, month: 10, day: 14, from: 'council.md' } });
  });
});

describe('an undated article placed by a related one', () => {
  const VISIT = `Ostravian foreign minister arrives in Kellburg for trade talks

Ostravian Foreign Minister Ilse Marrant arrived in Kellburg on Tuesday for two days of trade talks with Premier Tavo Renn, the first visit by an Ostravian minister in a decade.

Marrant and Renn signed a memorandum on fishing quotas on Wednesday.
`;
  const LATER = `---
title: Kellburg and Ostravia sign fishing treaty
date: 2024-09-20
---
Kellburg and Ostravia signed a fishing treaty on Thursday. The talks began when Foreign Minister Ilse Marrant arrived in Kellburg in March 2024 for trade talks with Premier Tavo Renn.

The treaty sets quotas for cod and herring.
`;
  const kb = knowledge(article('visit.txt', VISIT), article('later.md', LATER));

  it('is placed in the month the related article gives its happening, and says so', () => {
    expect(kb.articles[0].date).toEqual({ kind: 'unknown', placed: { year: 2024, month: 3, from: 'later.md' } });
    const answer = answerTimeline(kb, 'Kellburg');
    const timeline = lines(kb, 'Kellburg');
    const arrived = timeline.findIndex((l) => l.includes('arrived in Kellburg on Tuesday'));
    const treaty = timeline.findIndex((l) => l.includes('signed a fishing treaty on Thursday'));
    expect(timeline[arrived]).toMatch(/^2024-03† \|/);
    expect(arrived).toBeLessThan(treaty);
    // The days the article counts from its lead stay in that month.
    expect(timeline.find((l) => l.includes('memorandum on fishing quotas'))).toMatch(/^2024-03† \|/);
    expect(answer.footer).toContain('placed by what a related article says');
    const listing = answerArticles(kb)
      .sections[0].lines.map((l) => l.text)
      .join('\n');
    expect(listing).toContain('its events placed in 2024-03 by later.md');
  });

  it('stays undated without the related article', () => {
    const alone = knowledge(article('visit.txt', VISIT));
    expect(alone.articles[0].date).toEqual({ kind: 'unknown' });
    expect(lines(alone, 'Kellburg').join('\n')).not.toMatch(/2024/);
  });
});

describe('an undated report placed by the days a later report counts back', () => {
  const FIRST = `STORM BRANVIK FLOODS TERNHOLM HARBOUR, CUTS POWER TO 40,000

By Mira Oskarsdottir

Storm Branvik flooded the harbour district of Ternholm early Tuesday, cutting power to 40,000 homes and stranding ferries, coastguard officials said.

The storm reached the coast at about 3 a.m., the weather office said. Power would be back by Wednesday evening, the grid company said.
`;
  const LATER = `---
title: Ternholm harbour reopens after Storm Branvik
date: 2025-02-13
---
Ternholm's harbour reopened on Thursday, coastguard officials said. Storm Branvik flooded the harbour district on Tuesday and cut power to thousands of homes, coastguard officials said.

Ferry operator Vask Lines said sailings to Orrby would resume on Friday. Mayor Tilde Haugen thanked the volunteers.
`;
  const FIRST_NAMES =
    FIRST + 'Mayor Tilde Haugen said Vask Lines had been told to keep its ferries in port, and Orrby was cut off.\n';

  it('a weekday of the lead, counted back to in the later report, dates the undated one', () => {
    const kb = knowledge(article('first.txt', FIRST_NAMES), article('later.md', LATER));
    // 2025-02-13 is a Thursday: its report's "on Tuesday" is the 11th.
    expect(kb.articles[0].date).toMatchObject({ kind: 'unknown', placed: { year: 2025, month: 2, from: 'later.md' } });
    const timeline = lines(kb, 'Ternholm');
    // Both reports tell the flood: one line, on the day the later one counts back to.
    const flooded = timeline.findIndex((l) => l.includes('flooded the harbour district'));
    const reopened = timeline.findIndex((l) => l.includes('harbour reopened on Thursday'));
    expect(flooded).toBeGreaterThanOrEqual(0);
    expect(timeline[flooded]).toMatch(/^2025-02-11† \|/);
    expect(flooded).toBeLessThan(reopened);
  });

  it('"N days earlier" counts back from the weekday its sentence names', () => {
    const later = LATER.replace('on Tuesday and cut power', 'two days earlier and cut power').replace(
      'reopened on Thursday, coastguard officials said. Storm',
      'reopened on Thursday after Storm',
    );
    const kb = knowledge(article('first.txt', FIRST_NAMES), article('later.md', later));
    expect(kb.articles[0].date).toMatchObject({ placed: { year: 2025, month: 2, day: 11 } });
  });

  it('is not placed where the later report names another weekday, or looks ahead to the same one', () => {
    const other = LATER.replace('district on Tuesday', 'district on Monday');
    const ahead = LATER.replace('flooded the harbour district on Tuesday', 'flooding will be studied from Tuesday');
    for (const later of [other, ahead]) {
      const kb = knowledge(article('first.txt', FIRST_NAMES), article('later.md', later));
      expect(kb.articles[0].date).toEqual({ kind: 'unknown' });
    }
  });
});

describe('a year set before a noun', () => {
  const kb = knowledge(
    article(
      'y.md',
      `---
title: Varholm water audit
date: 2025-05-08
---
Auditors found one document close to the figure: a 2017 master plan that put the cost of four reservoirs at $2 billion.

The city's top court struck down a 2021 zoning law on Tuesday.

The 2026 budget sets aside $40 million for pipes. The 2027 edition of the survey is due in spring.
`,
    ),
  );
  const timeline = lines(kb, '');

  it('"a 2017 master plan" dates the plan where its sentence gives no other date', () => {
    expect(timeline).toContainEqual(expect.stringMatching(/^2017 \|.*a 2017 master plan that put the cost/));
  });

  it('the sentence’s own date is the news, not the year that names which law', () => {
    expect(timeline).toContainEqual(expect.stringMatching(/^2025-05-06 \|.*struck down a 2021 zoning law on Tuesday/));
    expect(timeline.join('\n')).not.toMatch(/^2021 \|/m);
  });

  it('a budget or an edition of a year is no happening of that year', () => {
    expect(timeline.join('\n')).not.toMatch(/^202[67] \|/m);
  });
});

describe('a headline and an unattributed lead', () => {
  const STORY = `Gales close Ostmark ferry port, strand 900 travellers

OSTMARK, March 12 (Reuters) - Gales of up to 140 km an hour closed the ferry port of Ostmark and stranded about 900 travellers, port officials said on Wednesday, as crews checked the damaged piers.

The port last closed for storms in 2019.
`;
  const LATER = `---
title: Ostmark ferry port reopens after gales
date: 2025-03-14
---
The ferry port of Ostmark reopened on Friday after crews repaired two piers damaged by the gales, port officials said. Ostmark harbour master Lena Brandt thanked the crews of Ostmark.
`;
  const STORY_NAMES =
    STORY + 'Ostmark harbour master Lena Brandt said the crews of Ostmark worked through the night.\n';
  const kb = knowledge(article('gales.txt', STORY_NAMES), article('later.md', LATER));
  const timeline = lines(kb, 'Ostmark');

  it('a headline is the news of its article’s day, not a mention with no date', () => {
    const headline = timeline.findIndex((l) => l.includes('Gales close Ostmark ferry port'));
    expect(timeline[headline]).toMatch(/^2025-03-12\* \|/);
    expect(headline).toBeLessThan(timeline.findIndex((l) => l.includes('reopened on Friday')));
    const undated = answerTimeline(kb, 'Ostmark').sections.find((x) => x.heading === 'No date given');
    expect(undated?.lines.map((l) => l.text).join('\n') ?? '').not.toContain('Gales close');
  });

  it('a headline stays undated where its article’s day is unknown', () => {
    const alone = knowledge(
      article('g.txt', 'Gales close Ostmark ferry port\n\nGales closed the Ostmark ferry port.\n'),
    );
    expect(
      answerTimeline(alone, 'Ostmark').sections.find((x) => x.heading === 'No date given')?.lines[0].text,
    ).toContain('Gales close Ostmark ferry port');
  });

  it('"…, officials said on Wednesday, as …" is the news of that day, told whole', () => {
    expect(timeline).toContainEqual(
      expect.stringMatching(/^2025-03-12\* \| Gales of up to 140 km an hour closed the ferry port of Ostmark/),
    );
  });
});

describe('a chronology of dated items', () => {
  const kb = knowledge(
    article(
      'chrono.md',
      `---
title: Factbox: the Tarsel dam dispute
date: 2025-06-02
---
How the dispute over the Tarsel dam unfolded:

- **4 March 2019**: Engineer Olle Varga, a former adviser to the ministry, warns that the dam's spillway is too small.
- **11 June 2021**: Varga tells a hearing that the operator "ignored every warning".
`,
    ),
  );
  const timeline = lines(kb, '');

  it('an item that opens with its date tells its happening whole, past the appositive', () => {
    expect(timeline).toContainEqual(
      expect.stringMatching(
        /^2019-03-04 \| Engineer Olle Varga, a former adviser to the ministry, warns that the dam's spillway is too small$/,
      ),
    );
  });

  it('is the happening of its date even where it tells of a saying', () => {
    expect(timeline).toContainEqual(expect.stringMatching(/^2021-06-11 \| Varga tells a hearing that the operator/));
  });
});

describe('a plain-text live blog that runs past midnight', () => {
  const BLOG = `LIVE: Korvath council election count

Valley Radio live desk
Last updated 01:10, Monday 9 March 2026

01:10
The returning officer has declared the result. Turnout was 64%.

00:35
The last ballot boxes from the hill wards have arrived at the Korvath count.

23:50
Recounts have been requested in two wards.

22:00
Polls have closed across Korvath.
`;
  const kb = knowledge(article('blog.txt', BLOG));
  const timeline = lines(kb, 'Korvath');

  it('a clock time on the line over an entry heads that entry, and is not its text', () => {
    expect(timeline).toContainEqual('2026-03-09 01:10 | The returning officer has declared the result');
  });

  it('entries before midnight fall on the day before, so the night reads in order', () => {
    const at = (words: string) => timeline.findIndex((l) => l.includes(words));
    expect(timeline[at('Polls have closed')]).toMatch(/^2026-03-08 22:00 \|/);
    expect(at('Polls have closed')).toBeLessThan(at('Recounts have been requested'));
    expect(at('Recounts have been requested')).toBeLessThan(at('last ballot boxes'));
    expect(at('last ballot boxes')).toBeLessThan(at('declared the result'));
  });
});

describe('a topic referred back to', () => {
  const kb = knowledge(
    article(
      'a.md',
      `---
title: Dravny-3 reopens
date: 2025-04-20
---
The Dravny-3 quarry reopened on Monday. Dravny-3 workers returned to the pit. Dravny-3 output will be halved.
`,
    ),
    article(
      'b.md',
      `---
title: Inquiry into Dravny-3
date: 2025-04-25
---
An inquiry into the Dravny-3 rockfall began on Tuesday. Dravny-3 managers gave evidence. Dravny-3 records were seized.
`,
    ),
    article(
      'c.md',
      `---
title: Rockfall closes a quarry in Selt
date: 2025-04-04
---
A rockfall closed a quarry near Selt on Thursday, officials said.

The rock came down on the eastern face of the Dravny-3 quarry, which opened in 1961. A landslide at the quarry in 1998 buried two trucks.
`,
    ),
  );

  it('"the quarry" after "the Dravny-3 quarry" brings that sentence’s event', () => {
    const timeline = lines(kb, 'Dravny-3');
    expect(timeline).toContainEqual(expect.stringMatching(/^1998 \|.*landslide at the quarry in 1998/));
  });
});

describe('a line too long for its room', () => {
  const kb = knowledge(
    article(
      'verdict.md',
      `---
title: Former harbour chief jailed
date: 2025-05-09
---
A regional court in Port Selby on Thursday sentenced Orlo Brenvik Castellan de la Torre, the former chief commissioner of the Port Selby harbour authority, to nine years and three months in prison for taking bribes from two dredging contractors.
`,
    ),
  );

  it('loses the appositive before the end, which holds the news', () => {
    const line = lines(kb, '').find((l) => l.startsWith('2025-05-08'));
    expect(line).toContain('sentenced Orlo Brenvik Castellan de la Torre … to nine years and three months in prison');
    expect(line).not.toContain('former chief commissioner');
  });

  it('loses an aside in brackets next, before the end', () => {
    const release = knowledge(
      article(
        'order.md',
        `---
title: Varo Tramways orders new trams
date: 2026-03-03
---
Varo Tramways Limited ("Varo Tramways" or "the Company") today announced that it has signed a contract with Orrin Rail Works for 40 battery-electric double-deck trams for its harbour line.
`,
      ),
    );
    const line = lines(release, '').find((l) => l.startsWith('2026-03-03'));
    expect(line).toContain('Varo Tramways Limited (…) today announced');
    expect(line).toContain('40 battery-electric double-deck trams for its harbour line');
  });
});

describe('a forecast told in the past', () => {
  it('runs ahead of the telling: "was expected until Wednesday" is the coming Wednesday', () => {
    const kb = knowledge(
      article(
        'storm.md',
        `---
date: 2027-02-08
---
Floods cut the coastal road near Vatu on Sunday, police said on Monday.

The weather office said more rain was expected until Wednesday around Vatu.
`,
      ),
    );
    const rain = lines(kb, 'Vatu').find((l) => l.includes('more rain was expected'));
    expect(rain).toMatch(/^2027-02-10/);
  });
});

describe('a document label and datelines of other shapes', () => {
  it('takes the headline under a label in capitals, and a dateline with a region or a weekday', () => {
    const kb = knowledge(
      article(
        'release.txt',
        `JOINT PRESS RELEASE

Orlen Mills to merge with Tavi Grain in 1.2 billion lari deal

KOBA, Varnia, 3 November 2026 - Orlen Mills and Tavi Grain today announced that they have agreed to combine.
`,
      ),
      article(
        'inquest.txt',
        `Coroner rules on mill worker's death

KOBA, Thursday 26 November 2026 - A coroner in Koba ruled on Thursday that a mill worker died because a guard had been removed.
`,
      ),
    );
    const [release, inquest] = kb.articles;
    expect(release.title.text).toBe('Orlen Mills to merge with Tavi Grain in 1.2 billion lari deal');
    expect(release.date).toMatchObject({ kind: 'exact', year: 2026, month: 11, day: 3 });
    expect(inquest.date).toMatchObject({ kind: 'exact', year: 2026, month: 11, day: 26 });
  });
});

describe("an explainer's chronology", () => {
  const EXPLAINER = `---
title: What the ferry law changes
date: 2026-10-14
---
Parliament passed the ferry bill last week.

## How we got here

| Date | What happened |
|---|---|
| 1971 | The Harbours Act puts the island crossings under the port board |
| March 1994 | A licensing policy allows the first private crossings |
| 2012 | A storm sinks two of the board's oldest boats |
| 8 October 2026 | Parliament passes the ferry bill |
| 2027 | Licence applications are due to open |
`;

  it('dates the lines that open with a bare year, and keeps every line of it in the timeline of its subject', () => {
    const kb = knowledge(article('ferry.md', EXPLAINER));
    const shown = lines(kb, 'ferry bill');
    // Lines that do not name the bill are the story's history all the same.
    expect(shown.some((l) => l.startsWith('1971 | ') && l.includes('Harbours Act'))).toBe(true);
    expect(shown.some((l) => l.startsWith('2012 | ') && l.includes('storm'))).toBe(true);
    expect(shown.findIndex((l) => l.includes('Harbours Act'))).toBeLessThan(
      shown.findIndex((l) => l.includes('passes the ferry bill')),
    );
    expect(shown.some((l) => l.startsWith('2027 | '))).toBe(true);
  });

  it("counts a terse line that holds the topic's rarest word as naming it ('Orrin turbines' for the Orrin dam)", () => {
    const kb = knowledge(
      article(
        'dam.md',
        `---
title: Why power bills are rising
date: 2026-10-14
---
Power bills will rise by 40 percent from January, the cabinet said.

The cabinet says the money is needed to repair the ageing Orrin dam.

## Chronology

- **June 1976**: The first Orrin turbine begins producing power.
- **March 2011**: A government study warns that the turbines need replacing.
- **January 2026**: Two turbines are shut down.
`,
      ),
    );
    const shown = lines(kb, 'Orrin dam');
    expect(shown.some((l) => l.startsWith('1976-06 | ') && l.includes('first Orrin turbine'))).toBe(true);
    expect(shown.some((l) => l.startsWith('2026-01 | ') && l.includes('Two turbines are shut down'))).toBe(true);
  });
});

describe('a correction relays an error before the fact', () => {
  const kb = knowledge(
    article(
      'corrections.md',
      `---
title: Corrections
date: 2026-11-20
---

Our report of the cup final (Nov. 15) said the Harbour Rovers club was founded 23 years ago. The Harbour Rovers club was founded in 2001.
`,
    ),
  );

  it('dates the fact, not the error it corrects', () => {
    const text = [
      ...answerTimeline(kb, 'Harbour Rovers').sections.flatMap((s) => s.lines.map((l) => `${l.label ?? ''} ${l.text}`)),
    ].join('\n');
    expect(text).toContain('2001');
    expect(text).not.toContain('2003');
  });
});

describe('a live blog about one thing among others', () => {
  const BLOG = `# Live: floods in Tarrow

*Live coverage, Tuesday 18 August 2026. Latest first.*

**12:50** — A reader asks whether the Ossel Street bridge is open. The bridge reopened to pedestrians at noon, police say.

**11:15** — The toll has risen to 14. Rescuers found two more bodies near the Ossel Street bridge.

**09:30** — About 8,100 people have been displaced. Most are in the 14 schools opened as shelters.
`;

  it("brings an entry's later sentence where it names the subject, or refers to it by the head the question ends in", () => {
    const kb = knowledge(article('blog.md', BLOG));
    const timeline = lines(kb, 'Ossel Street bridge');
    expect(timeline).toEqual(
      expect.arrayContaining([
        '2026-08-18 11:15 | Rescuers found two more bodies near the Ossel Street bridge',
        '2026-08-18 12:50 | The bridge reopened to pedestrians at noon, police say',
      ]),
    );
    // A later sentence that does not speak of it stays out, however much its blog is about it;
    // the reader's question is no dated event.
    expect(timeline.some((l) => l.includes('schools opened as shelters'))).toBe(false);
    expect(timeline.some((l) => /^2026.*A reader asks/.test(l))).toBe(false);
  });
});

describe('what the subject said with no date of its own', () => {
  const STORY = `---
title: Rockfall shuts Tavel pass road
date: 2025-05-06
---
A rockfall shut the Tavel pass road on Monday, stranding 40 lorries.

"The slope simply came away," the district engineer, Mira Salko, told reporters at the depot.

Salko said the road would reopen on Friday.
`;
  const kb = knowledge(article('rockfall.md', STORY));
  const timeline = lines(kb, 'Mira Salko');

  it('was said by the day its article was published: an event of that day, before what is to come', () => {
    const told = timeline.findIndex((l) => l.includes('told reporters at the depot'));
    expect(timeline[told]).toMatch(/^2025-05-06 \|/);
    expect(told).toBeLessThan(timeline.findIndex((l) => l.includes('reopen on Friday')));
    const undated = answerTimeline(kb, 'Mira Salko').sections.find((x) => x.heading === 'No date given');
    expect(undated?.lines.map((l) => l.text).join('\n') ?? '').not.toContain('told reporters');
  });

  it('a lead with no date of its own is the news of its article’s day too', () => {
    const revised = knowledge(
      article(
        'toll.md',
        `---
title: Orrin storm toll revised
date: 2025-05-12
---
The toll from last week's storm in Orrin has been revised down to 12 from 14.

Two bodies had been counted twice, officials in Orrin found.
`,
      ),
    );
    expect(lines(revised, 'Orrin')).toContainEqual(
      expect.stringMatching(/^2025-05-12 \| The toll from last week's storm/),
    );
  });

  it('so was what another said about it', () => {
    const firm = knowledge(
      article(
        'fire.md',
        `---
title: Fire at Ulen depot
date: 2025-05-06
---
A fire destroyed a storage hall at the Ulen depot on Sunday.

Varo Freight's general manager, Ilse Marrow, said the company was cooperating fully.
`,
      ),
    );
    expect(lines(firm, 'Varo Freight')).toContainEqual(expect.stringMatching(/^2025-05-06 \| .*cooperating fully/));
  });
});

describe('a quotation and its dated attribution', () => {
  const STORY = `---
title: Search ends on Tavel pass
date: 2025-05-10
---
Rescuers ended the search for the missing drivers on the Tavel pass on Friday.

"The road is open again," the district engineer, Mira Salko, said on Friday evening.
`;
  const kb = knowledge(article('search.md', STORY));

  it('shows the words said with the saying, since the saying alone tells nothing', () => {
    expect(lines(kb, 'Mira Salko')).toContainEqual(
      expect.stringMatching(/\| "The road is open again," the district engineer, Mira Salko, said on Friday evening$/),
    );
  });
});

describe('a definite description that refers back', () => {
  const STORY = `---
title: Orrin port to be reviewed
date: 2025-04-10
---
Storms closed the port of Orrin on Wednesday.

The harbour minister, Ada Marrow, said on Thursday that her office would set up a panel to review the port's safety rules.

The review is due by 30 June.

Marrow also said the coastal road would close on 1 July.

The inland road will reopen on 2 July after repairs.
`;
  const kb = knowledge(article('review.md', STORY));

  it('goes on about what the sentence before was about, when its words were said there', () => {
    const about = lines(kb, 'Ada Marrow');
    expect(about).toContainEqual(expect.stringMatching(/^2025-06-30 \| The review is due by 30 June/));
    // "The inland road" after "the coastal road" is another road.
    expect(about.join('\n')).not.toMatch(/inland road/);
  });
});

describe('a description or a pronoun that refers back, with its verb after it', () => {
  const STORY = `---
title: Corrections
date: 2025-04-10
---
Storms closed the port of Orrin on Wednesday, not on Tuesday as we said.

Our report of the rowing final said the Orrin Kestrels' captain, Ada Marrow, rowed 40 km on Sunday.

She rowed 44 km, according to figures published on Tuesday.

The same report said the Kestrels' club was founded 30 years ago.

The club has asked us to say that it was founded in 1991.
`;
  const kb = knowledge(article('corrections.md', STORY));

  it('reads "The club has asked…" as the club named just before, not "has" as its head', () => {
    expect(lines(kb, 'Orrin Kestrels')).toContainEqual(expect.stringMatching(/^1991 \|.*founded in 1991/));
  });

  it('reads a sentence opening with a pronoun as about what the sentence before named', () => {
    expect(lines(kb, 'Orrin Kestrels').join('\n')).toMatch(/published on Tuesday/);
  });

  it('reads "The storm damaged…" as the storm named just before, its verb in -ed', () => {
    const kb2 = knowledge(
      article(
        'storm.md',
        `---
title: Orrin notes
date: 2025-04-10
---
Rain closed the port of Orrin on Wednesday.

A storm hit the Orrin Kestrels' boathouse on Monday.

The storm damaged three of their boats on Monday night.
`,
      ),
    );
    expect(lines(kb2, 'Orrin Kestrels').join('\n')).toMatch(/damaged three of their boats/);
  });
});

describe('a year that runs on past the day it is told of', () => {
  const STORY = `---
title: Orrin ferry crews return
date: 2025-04-18
---
The Orrin ferry crews returned to work on Friday after a strike that began on 2 March.

Their union leader, Ada Marrow, said the crews would not strike again this year.
`;
  const kb = knowledge(article('ferry.md', STORY));

  it('is placed at that day, after the events of its months before', () => {
    const order = lines(kb, 'Orrin ferry');
    const march = order.findIndex((l) => l.includes('began on 2 March'));
    const year = order.findIndex((l) => l.includes('this year'));
    expect(march).toBeGreaterThanOrEqual(0);
    expect(year).toBeGreaterThan(march);
  });
});
