// People named around a story (bylines, photo credits, a credits line), bodies named by a
// description that speak, and the name-boundary rules they rely on. Original text, written for
// these tests; each article goes through the real parser and extractor.

import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/corpus/parse-article.ts';
import type { Article } from '../src/corpus/article.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import type { ArticleFacts } from '../src/extract/facts.ts';
import { answerTimeline } from '../src/answer/timeline.ts';
import { article, knowledge } from './support/small-corpus.ts';

function extract(text: string, file = 'story.md'): { article: Article; facts: ArticleFacts } {
  const parsed = parseArticleText(file, text, file);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { article: parsed.article, facts: extractArticle(parsed.article) };
}
const slice = (a: Article, s: { start: number; end: number }) => a.text.slice(s.start, s.end);
const entity = (a: Article, f: ArticleFacts, name: string) => f.entities.find((e) => slice(a, e.name) === name);
const speakerOf = (a: Article, f: ArticleFacts, words: string) => {
  const s = f.statements.find((x) => slice(a, x.content).includes(words));
  return s?.speaker === undefined ? undefined : slice(a, f.entities[s.speaker].name);
};

describe('people named around the story', () => {
  it('reads a byline with its desk title, and photographers but not agencies from captions', () => {
    const { article: a, facts: f } = extract(
      [
        '# Ferry fares to rise on the northern routes',
        '',
        'By Wren Halloway, Transport Correspondent',
        '',
        'The island ferry operator Skelmar Lines will raise fares by 6% from July, it said on Monday.',
        '',
        '*Passengers board a morning crossing at Orrin pier. (Photo: Harbour Pictures/Ilse Vantongeren)*',
        '',
        'Skelmar Lines said fuel had cost it 14% more this year.',
      ].join('\n'),
    );
    const reporter = entity(a, f, 'Wren Halloway');
    expect(reporter?.type).toBe('person');
    expect(reporter?.roles.map((r) => (r.source === 'credit' ? r.credit : slice(a, r)))).toEqual([
      'reporter',
      'Transport Correspondent',
    ]);
    expect(entity(a, f, 'Ilse Vantongeren')?.type).toBe('person');
    expect(f.entities.some((e) => /Harbour Pictures/.test(slice(a, e.name)) && e.type === 'person')).toBe(false);
  });

  it('reads every name of a byline that lists two reporters before a date', () => {
    const { article: a, facts: f } = extract(
      [
        '# Glacier retreat doubles in a decade',
        '',
        '*By Oona Castellet and Piet Verhaegen — Published 3 March 2026*',
        '',
        'The Brisk glacier lost 40 metres of length last summer, surveyors said.',
      ].join('\n'),
    );
    expect(['Oona Castellet', 'Piet Verhaegen'].map((n) => entity(a, f, n)?.type)).toEqual(['person', 'person']);
  });

  it('splits a credits line at a sentence that starts the next label', () => {
    const { article: a } = extract(
      [
        'Mill closure costs 300 jobs',
        '',
        'LANWICK, June 2, 2025 (Reuters) - The Lanwick paper mill will close in August, its owner said on Monday.',
        '',
        '*Reporting by Hana Dvorakova; additional reporting by Teo Marchal. Editing by Rosalind Obi.*',
      ].join('\n'),
      'story.txt',
    );
    expect(a.credits?.people.map((p) => [slice(a, p.name), p.role])).toEqual([
      ['Hana Dvorakova', 'reporter'],
      ['Teo Marchal', 'additional reporter'],
      ['Rosalind Obi', 'editor'],
    ]);
  });
});

describe('names', () => {
  it('does not make a title of a preposition that opens a sentence before a name', () => {
    const { article: a, facts: f } = extract(
      "Under Velmora's own rules, a repair may wait ten days. Velmora, the state airline, said it would review the rule.",
      'story.txt',
    );
    expect(f.entities.map((e) => slice(a, e.name))).not.toContain('Under Velmora');
    expect(f.entities.find((e) => slice(a, e.name) === 'Velmora')?.mentions.length).toBe(2);
  });

  it('keeps "the X and Y Service" whole', () => {
    const { article: a, facts: f } = extract(
      'The hospital staff accepted talks offered by the independent Mediation and Conciliation Service on Friday.',
      'story.txt',
    );
    expect(f.entities.map((e) => slice(a, e.name))).toContain('Mediation and Conciliation Service');
  });

  it('reads a bare name as the place its demonym in the same story is of', () => {
    const { article: a, facts: f } = extract(
      [
        "Tarvossa's bond yields jumped on Friday after the vote.",
        'Tarvossan farmers had long opposed the tariff.',
      ].join('\n'),
      'story.txt',
    );
    expect(entity(a, f, 'Tarvossa')?.type).toBe('place');
  });
});

describe('bodies named by a description', () => {
  it('gives what "the national weather office" and "a place\'s prosecutor\'s office" said to them', () => {
    const { article: a, facts: f } = extract(
      [
        'The national weather office said on Monday that the river would crest on Wednesday.',
        '',
        "The Ostrel prosecutor's office, which opened an inquiry in May, said that two engineers had been questioned.",
        '',
        'Residents said the warnings came too late.',
      ].join('\n'),
      'story.txt',
    );
    expect(speakerOf(a, f, 'the river would crest')).toBe('national weather office');
    expect(speakerOf(a, f, 'two engineers had been questioned')).toBe("Ostrel prosecutor's office");
    expect(speakerOf(a, f, 'the warnings came too late')).toBeUndefined();
  });

  it('leaves a description of a body the story names to that body', () => {
    const { article: a, facts: f } = extract(
      [
        'Nurses agreed to talks with the Mediation and Conciliation Service.',
        '',
        'The conciliation service said that talks could start on Tuesday.',
      ].join('\n'),
      'story.txt',
    );
    expect(f.entities.map((e) => slice(a, e.name))).not.toContain('conciliation service');
  });

  it("does not make a body of a person's ministry", () => {
    const { article: a, facts: f } = extract(
      "Energy Minister Ilka Varro spoke on Monday. Varro's ministry said that the tariff would stay.",
      'story.txt',
    );
    expect(f.entities.filter((e) => e.type === 'organization').map((e) => slice(a, e.name))).toEqual([]);
  });
});

describe('a participle after reported speech', () => {
  it('goes to the subject of the speech verb, not to the last name said', () => {
    const { article: a, facts: f } = extract(
      [
        'Board chair Liesl Marquand spoke after the vote.',
        'She said the Harbour Authority had misread the contract, adding that the board would appeal.',
      ].join('\n'),
      'story.txt',
    );
    expect(speakerOf(a, f, 'the board would appeal')).toBe('Liesl Marquand');
  });
});

describe('the opening of a plain-text story', () => {
  it('counts the headline and the first sentence, so a story named there brings all its events', () => {
    const kb = knowledge(
      article(
        'a.txt',
        [
          'Regulator charges Brightwell over ticket fees',
          '',
          'ORSK, May 6, 2025 (Reuters) - The consumer regulator on Tuesday charged Brightwell Tickets in its biggest fees case yet.',
          '',
          'The inquiry was opened in March 2023 after complaints from a theatre.',
        ].join('\n'),
      ),
    );
    const text = answerTimeline(kb, 'Brightwell fees case')
      .sections.flatMap((s) => s.lines.map((l) => l.text))
      .join('\n');
    expect(text).toContain('The inquiry was opened in March 2023');
  });
});

describe('a day without a year after "until"', () => {
  const dated = (body: string) => {
    const { article: a, facts: f } = extract(`---\ntitle: Rules\ndate: 2025-05-20\n---\n${body}\n`);
    const t = f.times.find((x) => /30/.test(slice(a, x)));
    return t && new Date(t.value.from * 86400000).toISOString().slice(0, 10);
  };
  it('lies ahead when the period is told in the present, behind when told in the past', () => {
    expect(dated('The temporary exemption runs until Sept. 30, the ministry said.')).toBe('2025-09-30');
    expect(dated('The shelter stayed open until Sept. 30, volunteers said.')).toBe('2024-09-30');
  });
});

describe('event clauses that read alone', () => {
  const clauseOf = (body: string, date: string) => {
    const { article: a, facts: f } = extract(`---\ntitle: Events\ndate: 2025-06-10\n---\n${body}\n`);
    const e = f.events.find((x) => slice(a, f.times[x.time]).includes(date));
    return e && slice(a, e.span);
  };
  it('gives a relative clause the noun phrase it describes', () => {
    expect(
      clauseOf(
        'Two crew were hurt, and one has died: a 52-year-old deckhand with a heart condition, who died on May 30.',
        'May 30',
      ),
    ).toBe('a 52-year-old deckhand with a heart condition, who died on May 30');
  });
  it('gives a clause that opens with its verb the subject before an appositive', () => {
    expect(clauseOf('A revised bid, worth €18m with bonuses, was turned down on June 2.', 'June 2')).toBe(
      'A revised bid, worth €18m with bonuses, was turned down on June 2',
    );
    expect(clauseOf('The levy starts at 4% in 2026 and ends in 2029.', '2029')).toBe(
      'The levy starts at 4% in 2026 and ends in 2029',
    );
  });
  it('keeps the preposition of "under which" out of the clause before it', () => {
    expect(
      clauseOf('The two towns signed a water pact on Monday under which each will share its wells.', 'Monday'),
    ).toBe('The two towns signed a water pact on Monday');
  });
});

describe('"had been due to"', () => {
  it('dates a day without a year in the past, not the next year', () => {
    const { article: a, facts: f } = extract(
      '---\ntitle: Clinics\ndate: 2025-04-02\n---\nThe council said on Monday that the bus trial, which had been due to end on March 31, would run until May.\n',
    );
    const t = f.times.find((x) => /March 31/.test(slice(a, x)));
    expect(t && new Date(t.value.from * 86400000).toISOString().slice(0, 10)).toBe('2025-03-31');
  });
});

describe('a company named by its trade', () => {
  it('"Varo Dairy" is an organisation, and "Varo\'s" later is the same one', () => {
    const { article: a, facts: f } = extract(
      [
        'Shareholders in Varo Dairy voted on Wednesday to accept a takeover offer from Orrin Foods.',
        '',
        "Most of Varo's contracts with its 310 farms come up for renewal in 2029, a union official said.",
      ].join('\n'),
    );
    const dairy = entity(a, f, 'Varo Dairy');
    expect(dairy?.type).toBe('organization');
    expect(dairy?.mentions.some((m) => m.sentence === 1)).toBe(true);
  });
});
