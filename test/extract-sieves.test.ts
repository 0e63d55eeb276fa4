// Extraction on original text written for these tests: who is who, who said what (and by which
// rule), and when. Each article is parsed and extracted by the real pipeline.

import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/corpus/parse-article.ts';
import type { Article } from '../src/corpus/article.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import type { ArticleFacts } from '../src/extract/facts.ts';
import { QUOTE_RULES } from '../src/extract/statements.ts';
import { compareTimes } from '../src/extract/time-value.ts';

function extract(text: string, file = 'story.txt'): { article: Article; facts: ArticleFacts } {
  const parsed = parseArticleText(file, text, file);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { article: parsed.article, facts: extractArticle(parsed.article) };
}

const slice = (a: Article, s: { start: number; end: number }) => a.text.slice(s.start, s.end);
const nameOf = (a: Article, f: ArticleFacts, e: number | undefined) =>
  e === undefined ? undefined : slice(a, f.entities[e].name);
/** The time of the first event whose clause holds `words`. */
function eventTime(a: Article, f: ArticleFacts, words: string) {
  const e = f.events.find((x) => slice(a, x.span).includes(words));
  return e && f.times[e.time].value;
}
/** The speaker's name and the rule for the statement whose words hold `words`. */
function saidBy(a: Article, f: ArticleFacts, words: string) {
  const s = f.statements.find((x) => slice(a, x.content).includes(words));
  return (
    s && {
      speaker: s.speaker === undefined && s.speakerSpan ? slice(a, s.speakerSpan) : nameOf(a, f, s.speaker),
      rule: s.rule,
      kind: s.kind,
    }
  );
}

describe('quote attribution sieves', () => {
  const story = [
    'PORTHAVEN, May 6, 2025 (Reuters) - Workers at the Brannock shipyard walked out on Monday over pay.',
    '',
    '"We have waited three years for a fair offer," the union\'s chief negotiator, Odile Brisamar, told a rally outside the gates. "We will not wait a fourth."',
    '',
    '"Nobody here wanted this."',
    '',
    'Yard director Casimir Feldhune said the company could not pay more. He said the offer was "final and generous".',
    '',
    'Local papers have called the dispute the "slipway standoff".',
    '',
    'More from Brisamar, speaking to reporters after the rally:',
    '',
    '"The yard made a record profit last year. The workers built it."',
  ].join('\n');
  const { article, facts } = extract(story);

  it('finds a speaker named in apposition after the quotation', () => {
    expect(saidBy(article, facts, 'waited three years')).toEqual({
      speaker: 'Odile Brisamar',
      rule: 'quote-verb-mention',
      kind: 'direct',
    });
  });

  it('gives an unattributed quotation right after an attributed one to the same speaker', () => {
    expect(saidBy(article, facts, 'wait a fourth')?.speaker).toBe('Odile Brisamar');
    expect(saidBy(article, facts, 'Nobody here wanted this')).toMatchObject({
      speaker: 'Odile Brisamar',
      rule: 'continuation',
    });
  });

  it('gives a quotation paragraph to the person named in the line before its colon', () => {
    expect(saidBy(article, facts, 'record profit')).toMatchObject({
      speaker: 'Odile Brisamar',
      rule: 'colon-paragraph',
    });
  });

  it('reads reported speech with its speaker, and a partial quotation inside it', () => {
    expect(saidBy(article, facts, 'could not pay more')).toMatchObject({
      speaker: 'Casimir Feldhune',
      kind: 'indirect',
      rule: 'reported-that',
    });
    expect(saidBy(article, facts, 'final and generous')?.speaker).toBe('Casimir Feldhune');
  });

  it("does not list a label that others give as anyone's statement", () => {
    expect(saidBy(article, facts, 'slipway standoff')).toBeUndefined();
  });

  it('names every rule it uses in QUOTE_RULES', () => {
    const names = new Set(QUOTE_RULES.map((r) => r.name));
    for (const s of facts.statements) if (s.rule) expect(names.has(s.rule)).toBe(true);
  });
});

describe('quotations that are not statements', () => {
  it('skips quoted titles and placard slogans', () => {
    const { article, facts } = extract(
      [
        'The film "Winter Over Kelmar" won the top prize on Saturday, beating "The Glass Orchard".',
        '',
        'Protesters carried placards reading "Fair pay now" and "No cuts, no closures".',
      ].join('\n'),
    );
    expect(facts.statements.map((s) => slice(article, s.content))).toEqual([]);
  });
});

describe('Q&A interviews', () => {
  it('gives answers to the interviewee and questions to the interviewer', () => {
    const { article, facts } = extract(
      [
        '# Talking tides with a harbour pilot',
        '',
        '*Interview by Wendeline Crosse*',
        '',
        'Harbour pilot Tobiah Marchetti has guided ships into Saltreach for thirty years. Marchetti retires next month.',
        '',
        '**What changed most in thirty years?**',
        '',
        'The ships. They are three times longer than when I started, and the channel is not.',
        '',
        '**Do you ever get nervous?**',
        '',
        'Every single night. Fear keeps a pilot honest.',
      ].join('\n'),
      'interview.md',
    );
    expect(saidBy(article, facts, 'three times longer')).toMatchObject({
      speaker: 'Tobiah Marchetti',
      rule: 'interview-answer',
    });
    expect(saidBy(article, facts, 'get nervous')).toMatchObject({
      speaker: 'Wendeline Crosse',
      rule: 'interview-question',
    });
  });
});

describe('names and roles', () => {
  const { article, facts } = extract(
    [
      'Interior Minister General Ottavio Renzel said on Tuesday that the border would reopen.',
      "Valmora's Minister of Ports and Fisheries, Sheikh Rashid bin Tamer Al-Qassem, signed the accord.",
      "Councillor Anneliese Vorbach voted against it, and Dr. María Luisa Carrizo Benavente, the port's medical officer, abstained.",
      'Carrizo Benavente said the vote was rushed.',
    ].join(' '),
  );
  const people = facts.entities
    .filter((e) => e.type === 'person')
    .map((e) => ({ name: slice(article, e.name), roles: e.roles.map((r) => slice(article, r)) }));

  it('keeps titles and ranks out of names but records them as roles', () => {
    expect(people).toContainEqual(
      expect.objectContaining({ name: 'Ottavio Renzel', roles: expect.arrayContaining(['Interior Minister General']) }),
    );
    expect(people).toContainEqual(
      expect.objectContaining({ name: 'Anneliese Vorbach', roles: expect.arrayContaining(['Councillor']) }),
    );
  });

  it("reads a title with its complement set off before a name as that person's role, and no one else's", () => {
    const sheikh = people.find((p) => p.name === 'Rashid bin Tamer Al-Qassem');
    expect(sheikh?.roles).toContain('Minister of Ports and Fisheries');
    expect(people.find((p) => p.name === 'Ottavio Renzel')?.roles).not.toContain("Valmora's Minister");
    expect(people.some((p) => /^of /.test(p.name))).toBe(false);
  });

  it('keeps a double surname whole', () => {
    const e = facts.entities.find((x) => slice(article, x.name) === 'María Luisa Carrizo Benavente');
    expect(e?.mentions.some((m) => m.kind === 'surname' && slice(article, m) === 'Carrizo Benavente')).toBe(true);
  });
});

describe('two people who share a surname', () => {
  const { article, facts } = extract(
    [
      'Chief Inspector Margit Solveng is leading the inquiry into the warehouse fire.',
      '"Someone set this fire deliberately," Solveng told reporters.',
      'The night porter, Ferenc Solveng, who is not related to the chief inspector, raised the alarm shortly after three.',
      'Firefighters from two stations worked through the night.',
      'Solveng said samples had been sent to the national laboratory.',
    ].join(' '),
  );
  const holder = (sentence: number) =>
    facts.entities.findIndex((e) => e.mentions.some((m) => m.kind === 'surname' && m.sentence === sentence));

  it('keeps them apart, and gives a later bare surname to the one the story has named more', () => {
    const inspector = facts.entities.findIndex((e) => slice(article, e.name) === 'Margit Solveng');
    const porter = facts.entities.findIndex((e) => slice(article, e.name) === 'Ferenc Solveng');
    expect(inspector).toBeGreaterThanOrEqual(0);
    expect(porter).toBeGreaterThanOrEqual(0);
    expect(inspector).not.toBe(porter);
    expect(holder(1)).toBe(inspector);
    expect(holder(4)).toBe(inspector);
    expect(saidBy(article, facts, 'national laboratory')?.speaker).toBe('Margit Solveng');
  });
});

describe('a titled family name written first, shared by two people', () => {
  const { article, facts } = extract(
    [
      'Presiding Judge Chea Sothea ruled on Friday that the mill must close.',
      "The workers' lawyer, Chea Vannak, who is not related to the judge, welcomed the ruling.",
      '"The law is plain," Judge Chea said as she read the ruling.',
    ].join(' '),
  );

  it('goes to the one who bears the same title', () => {
    const judge = facts.entities.find((e) => slice(article, e.name) === 'Chea Sothea');
    expect(judge?.mentions.some((m) => slice(article, m).includes('Chea') && m.sentence === 2)).toBe(true);
    expect(saidBy(article, facts, 'The law is plain')?.speaker).toBe('Chea Sothea');
  });
});

describe('a bare surname that the story’s subject shares with a relative', () => {
  const { article, facts } = extract(
    [
      'OBITUARY',
      '',
      'Samuel Orsi, the guitarist known along the coast as "Old Ted", died on Friday in Vessan. He was 91.',
      '',
      'His daughter Lina Orsi, who has run the family workshop since 2001, said he had worked until last spring. "He tuned a guitar on his last day," Lina Orsi said.',
      '',
      'Orsi was born in 1934 in a village above the harbour.',
      '',
      'In a 1999 interview, Orsi said he had never wanted a shop in the city. "A guitar should be made where it will be played," he said.',
    ].join('\n'),
  );
  const person = (name: string) => facts.entities.findIndex((e) => slice(article, e.name) === name);

  it('goes to the subject the headline or lead names, not to the relative named in the sentence before', () => {
    const subject = person('Samuel Orsi');
    const daughter = person('Lina Orsi');
    expect(subject).toBeGreaterThanOrEqual(0);
    expect(daughter).toBeGreaterThanOrEqual(0);
    const born = article.sentences.findIndex((s) => slice(article, s).startsWith('Orsi was born'));
    expect(facts.entities[subject].mentions.some((m) => m.sentence === born && m.kind === 'surname')).toBe(true);
    expect(saidBy(article, facts, 'never wanted a shop')?.speaker).toBe('Samuel Orsi');
    expect(saidBy(article, facts, 'should be made where it will be played')?.speaker).toBe('Samuel Orsi');
    // The relative's own words, under her full name, stay hers.
    expect(saidBy(article, facts, 'tuned a guitar')?.speaker).toBe('Lina Orsi');
  });
});

describe('a later mention that drops the last of three names', () => {
  it('is the person the longer name introduced', () => {
    const { article, facts } = extract(
      [
        "TARVO, March 3 (Wire) - Ximena Cordal Huarachi, a former head of the miners' union, won the first round of the election for mayor on Sunday.",
        'Ximena Cordal took 44% of the vote, the electoral board said.',
        'Ximena Cordal said she would campaign in every district before the runoff.',
      ].join(' '),
    );
    const people = facts.entities.filter((e) => e.type === 'person').map((e) => slice(article, e.name));
    expect(people).toContain('Ximena Cordal Huarachi');
    expect(people).not.toContain('Ximena Cordal');
    expect(saidBy(article, facts, 'every district')?.speaker).toBe('Ximena Cordal Huarachi');
  });
});

describe('time', () => {
  it("puts arrangements ahead after publication and orders a day's events by the clock", () => {
    const { article, facts } = extract(
      [
        'BRELLIN, June 4, 2025 (Reuters) - Thieves broke into the Brellin city archive early on Sunday.',
        '',
        'They cut the power at 1:40 a.m. and left with two ledgers. A guard found the open door at 5:15 a.m.',
        '',
        'A hearing is set for Thursday.',
        '',
        'Archivists planned to reopen the reading room on Friday.',
      ].join('\n'),
    );
    const timeOf = (words: string) => eventTime(article, facts, words);
    const hearing = timeOf('hearing is set');
    expect(hearing?.future).toBe(true);
    // A plan told in the past still looks ahead of its telling: the Friday after the Wednesday dateline.
    expect(timeOf('reopen the reading room')).toMatchObject({ future: true, label: '2025-06-06' });
    const cut = timeOf('cut the power');
    const found = timeOf('found the open door');
    expect(cut?.minute).toBe(100);
    expect(found?.minute).toBe(315);
    expect(cut && found && compareTimes(cut, found)).toBeLessThan(0);
    expect(cut?.from).toBe(timeOf('broke into')?.from);
  });

  it('dates "this afternoon" on the reporting day, "last night" on the day before, and "April next year"', () => {
    const { article, facts } = extract(
      [
        'KORVALE, March 11, 2026 (Coast Wire) - Divers recovered two more bodies this afternoon, the coastguard said.',
        '',
        'A second trawler sank off the headland last night.',
        '',
        'The harbour board fined the owner in June last year. The new breakwater is due to open April next year.',
      ].join('\n'),
    );
    const timeOf = (words: string) => eventTime(article, facts, words);
    expect(timeOf('recovered two more bodies')).toMatchObject({ label: '2026-03-11', minute: 900 });
    expect(timeOf('second trawler sank')).toMatchObject({ label: '2026-03-10', minute: 1260 });
    // A month with "last/next year", with or without a preposition before it.
    expect(timeOf('fined the owner')).toMatchObject({ label: '2025-06', granularity: 'month' });
    expect(timeOf('due to open')).toMatchObject({ label: '2027-04', granularity: 'month' });
  });

  it('reads an event clause without the "and" that joined it to the one before', () => {
    const { article, facts } = extract(
      'The council approved the plan in 2019, and the builders finished the bridge in 2023.',
    );
    expect(facts.events.map((e) => slice(article, e.span))).toContain('the builders finished the bridge in 2023');
  });

  it('orders a live blog written newest first by its timestamps', () => {
    const { article, facts } = extract(
      [
        '# Live: ferry aground off Skerrow',
        '',
        '*Live coverage, Friday 12 September 2025*',
        '',
        '**11:20**',
        '',
        'All passengers are now ashore.',
        '',
        '**10:05**',
        '',
        'Lifeboats have reached the ferry.',
        '',
        '**09:40**',
        '',
        'The coastguard reports a ferry aground on the Skerrow reef.',
      ].join('\n'),
      'live.md',
    );
    const ordered = facts.events
      .map((e) => ({ e, v: facts.times[e.time].value }))
      .filter(({ v }) => v.minute !== undefined)
      .sort((a, b) => compareTimes(a.v, b.v))
      .map(({ e }) => slice(article, e.span));
    expect(ordered).toEqual([
      'The coastguard reports a ferry aground on the Skerrow reef',
      'Lifeboats have reached the ferry',
      'All passengers are now ashore',
    ]);
  });

  it("reads a live blog whose entries open with their own emphasised time, on the blog's day, once each", () => {
    const { article, facts } = extract(
      [
        '# Live: ferry aground off Skerrow',
        '',
        '*Latest first. Friday 12 September 2025.*',
        '',
        '**9:45 p.m.** That is all from us tonight. All passengers are ashore.',
        '',
        '**4:30 p.m.** Eleven people have been treated at the pier, the ambulance service says.',
        '',
        '**2:25 p.m.** We are getting reports that a ferry has hit the Skerrow reef.',
      ].join('\n'),
      'live.md',
    );
    const timed = facts.events
      .map((e) => ({ text: slice(article, e.span), v: facts.times[e.time].value }))
      .sort((a, b) => compareTimes(a.v, b.v));
    expect(timed.map((t) => [t.text, t.v.label])).toEqual([
      ['We are getting reports that a ferry has hit the Skerrow reef', '2025-09-12 14:25'],
      ['Eleven people have been treated at the pier, the ambulance service says', '2025-09-12 16:30'],
      // "That is all from us tonight" is the page's own sign-off, no happening.
    ]);
  });

  it("dates an entry's later sentences by its stamp, but not its quotations, and reads ahead from its day", () => {
    const { article, facts } = extract(
      [
        '# Live: flooding in Orrin Vale',
        '',
        '*Live coverage, Saturday 8 August 2026*',
        '',
        "**20:30** — The rail operator has cancelled all of Sunday's trains. Ticket holders can travel on Monday instead.",
        '',
        '**11:15** — The toll has risen to 14. The bodies of two men were found near the old mill. "We are still searching," a police officer said.',
      ].join('\n'),
      'live.md',
    );
    const dated = facts.events.map((e) => [slice(article, e.span), facts.times[e.time].value.label]);
    expect(dated).toEqual(
      expect.arrayContaining([
        ['The toll has risen to 14', '2026-08-08 11:15'],
        ['The bodies of two men were found near the old mill', '2026-08-08 11:15'],
        ["The rail operator has cancelled all of Sunday's trains", '2026-08-08 20:30'],
      ]),
    );
    // A quotation is the speaker's words, not a happening; "Sunday's trains" under the stamp
    // dates nothing of its own; "can travel on Monday" looks ahead of the Saturday blog.
    expect(dated.some(([text]) => text.includes('still searching'))).toBe(false);
    expect(dated.filter(([text]) => text.includes("Sunday's trains"))).toHaveLength(1);
    expect(dated).toContainEqual([expect.stringContaining('travel on Monday'), '2026-08-10']);
  });
});
