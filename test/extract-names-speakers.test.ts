// Names with particles and hyphens, roles of players, pronouns and roles that refer to the right
// person, double surnames, and dates centuries old: on original text written for these tests.

import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/corpus/parse-article.ts';
import type { Article } from '../src/corpus/article.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import type { ArticleFacts } from '../src/extract/facts.ts';
import { answerQuotes } from '../src/answer/quotes.ts';
import { answerTimeline } from '../src/answer/timeline.ts';
import { answerWho } from '../src/answer/who.ts';
import { article, knowledge } from './support/small-corpus.ts';

function extract(text: string): { a: Article; f: ArticleFacts } {
  const parsed = parseArticleText('story.txt', text, 'story.txt');
  if (!parsed.ok) throw new Error(parsed.reason);
  return { a: parsed.article, f: extractArticle(parsed.article) };
}
const slice = (a: Article, s: { start: number; end: number }) => a.text.slice(s.start, s.end);
const people = (a: Article, f: ArticleFacts) =>
  f.entities.filter((e) => e.type === 'person').map((e) => slice(a, e.name));
const speakerOf = (a: Article, f: ArticleFacts, words: string) => {
  const s = f.statements.find((x) => slice(a, x.content).includes(words));
  return s?.speaker === undefined ? undefined : slice(a, f.entities[s.speaker].name);
};
const rolesOf = (a: Article, f: ArticleFacts, name: string) =>
  f.entities.find((e) => slice(a, e.name) === name)?.roles.map((r) => slice(a, r)) ?? [];
const text = (x: { lead?: string; sections: { lines: { label?: string; text: string }[] }[] }) =>
  [x.lead ?? '', ...x.sections.flatMap((s) => s.lines.map((l) => `${l.label ?? ''} ${l.text}`))].join('\n');

describe('names with particles and hyphens', () => {
  it('two particles join a given name to its family name, and the family name alone is the same person', () => {
    const { a, f } = extract(
      [
        'Ferry fares to rise',
        '',
        'Maarten van der Berg, who advises ferry operators for a consultancy, said fares would rise in spring.',
        '',
        '"Fuel costs have doubled," van der Berg said.',
      ].join('\n'),
    );
    expect(people(a, f)).toContain('Maarten van der Berg');
    expect(people(a, f)).not.toContain('Berg');
    expect(speakerOf(a, f, 'Fuel costs have doubled')).toBe('Maarten van der Berg');
  });

  it('a hyphened given name after a family name goes on across the hyphen, though its first syllable is a word', () => {
    const { a, f } = extract(
      '"We will run the trams on time," said Grace Chan Ka-yan, chief executive of Harbour Tramways.\n\n' +
        'Harbour Tramways said profit fell.\n',
    );
    expect(people(a, f)).toContain('Grace Chan Ka-yan');
    expect(speakerOf(a, f, 'run the trams')).toBe('Grace Chan Ka-yan');
    // "Tramways" heads a company's name, which speaks as companies do.
    expect(people(a, f)).not.toContain('Harbour Tramways');
  });

  it('a role that reports ("…, the judge found") is the subject of its clause, who then goes on speaking', () => {
    const { a, f } = extract(
      'The court suspended the contract with the Kor Vale Drilling Company on Thursday.\n\n' +
        'Justice Mina Rostami ordered the council to stop all work.\n\n' +
        "The panel's chairman, Dost Jan, is a cousin of Karim Zaheer, who owns Kor Vale, the judge found. " +
        '"A cousin is not a stranger," she said in her ruling.\n',
    );
    // The body's short name is the body, not a person the judge describes.
    expect(people(a, f)).not.toContain('Kor Vale');
    // "Jan" after a given name ends the name; no month is meant.
    expect(people(a, f)).toContain('Dost Jan');
    expect(speakerOf(a, f, 'not a stranger')).toBe('Mina Rostami');
  });

  it('an age set off by commas after a name makes it a person’s', () => {
    const { a, f } = extract('Zawadi Haji Omari, 52, chairs the island cooperative, which has 900 members.\n');
    expect(people(a, f)).toContain('Zawadi Haji Omari');
  });

  it('a particle inside a name makes it a person’s, not a body’s', () => {
    const { a, f } = extract(
      'Gallery buys panel\n\nThe panel is a work by Hendrika van der Pol, who ran a workshop.\n',
    );
    expect(people(a, f)).toContain('Hendrika van der Pol');
  });

  it('a month’s abbreviation joined by a hyphen to a given name opens the name', () => {
    const { a, f } = extract(
      'Experts divided\n\nProfessor Jan-Erik Dahlvik, a historian, said the letter was a forgery. Sales in April-June fell.\n',
    );
    expect(people(a, f)).toContain('Jan-Erik Dahlvik');
  });
});

describe('roles of players', () => {
  it('a position before a name, a capitalised one opening the sentence, and a role set off before another', () => {
    const { a, f } = extract(
      [
        'Harbour City win the cup',
        '',
        'Striker Ana Lopes scored twice as Harbour City won the cup on Sunday.',
        '',
        "The club's captain, defender Rosa Ferreira, lifted the trophy.",
        '',
        'The captain, asked about her knee, said only: "It will heal."',
      ].join('\n'),
    );
    expect(rolesOf(a, f, 'Ana Lopes')).toContain('Striker');
    expect(rolesOf(a, f, 'Rosa Ferreira')).toEqual(expect.arrayContaining(['defender', 'captain']));
    expect(speakerOf(a, f, 'It will heal')).toBe('Rosa Ferreira');
  });
});

describe('who a pronoun or a role refers to', () => {
  const story = [
    'Vote count confirmed',
    '',
    'The election commission said Ivo Kastel had won 52% of the vote.',
    '',
    'Outgoing president Tomas Brenner congratulated the winner in a statement.',
    '',
    'Speaking at a rally in his home town, Kastel thanked voters.',
    '',
    '"I will be the president of everyone," he said.',
  ].join('\n');

  it('a pronoun in a sentence’s opening phrase is the subject named after it, and a role inside a quotation names nobody', () => {
    const { a, f } = extract(story);
    expect(speakerOf(a, f, 'I will be the president of everyone')).toBe('Ivo Kastel');
  });
});

describe('a role said in another word for it', () => {
  it('"the judge" is the person titled Justice, and not the farmer who speaks after', () => {
    const { a, f } = extract(
      [
        'Court shuts dye works',
        '',
        'Justice Mira Solent ordered the mill closed for 90 days on Tuesday.',
        '',
        '"The river is not a drain," the judge said in her ruling.',
        '',
        'Farmer Ode Kanu said the ruling came too late.',
      ].join('\n'),
    );
    expect(speakerOf(a, f, 'The river is not a drain')).toBe('Mira Solent');
  });
});

describe('a double surname', () => {
  const kb = knowledge(
    article(
      'clinic.txt',
      [
        'Clinics overwhelmed',
        '',
        'The regional governor, Rafael Soto Vidal, declared an emergency on Monday.',
        '',
        '"We are at the limit," said Dr. Elena Prado Soto, who runs the main clinic.',
        '',
        'Soto said the province had been "left on its own" for weeks.',
      ].join('\n'),
    ),
  );
  it('the surname alone is the person who holds it first, not the one who holds it second', () => {
    const quotes = text(answerQuotes(kb, 'Soto'));
    expect(quotes).toContain('left on its own');
    expect(quotes).not.toContain('at the limit');
  });
});

describe('years centuries old', () => {
  it('a year before 1800 after a preposition of time, or marked AD, dates its event', () => {
    const kb = knowledge(
      article(
        'panel.txt',
        [
          '---',
          'date: 2025-05-06',
          '---',
          'Lost panel found',
          '',
          'Hendrika van der Pol was admitted to the painters’ guild in 1652 and died in 1690.',
          '',
          'A hoard found nearby dates to between 870 and 890 AD, experts said.',
        ].join('\n'),
      ),
    );
    const t = text(answerTimeline(kb, ''));
    expect(t).toMatch(/1652/);
    expect(t).toMatch(/1690/);
    expect(t.indexOf('1652')).toBeLessThan(t.indexOf('1690'));
    expect(t).toMatch(/870/);
  });

  it('a four-figure number of things is no year', () => {
    const { f } = extract('Crowds\n\nA crowd of 1500 people gathered in 1500 tents.\n');
    expect(f.times).toHaveLength(0);
  });
});

describe('a story’s subject referred to by the noun its name ends in', () => {
  it('named once in the opening and then as “the railway”, its story’s events are about it', () => {
    const kb = knowledge(
      article(
        'rail.txt',
        [
          '---',
          'date: 2025-05-06',
          '---',
          'Trains start running',
          '',
          'The first trains on the Marlow Valley Railway carried passengers on Tuesday.',
          '',
          'Construction began in 2019 and was delayed by floods in 2022.',
          '',
          'The railway will reach the coast in 2028.',
        ].join('\n'),
      ),
    );
    const t = text(answerTimeline(kb, 'Marlow Valley Railway'));
    expect(t).toMatch(/2019/);
    expect(t).toMatch(/2028/);
  });
});

describe('speakers named around their roles', () => {
  it('an age set off before the appositive does not hide the role', () => {
    const { a, f } = extract('Vote\n\nMarta Kessling, 61, a former finance minister, won the vote on Sunday.\n');
    expect(rolesOf(a, f, 'Marta Kessling')).toContain('former finance minister');
  });

  it('“…,” said the role, NAME, credits the name set off after the role', () => {
    const { a, f } = extract(
      'Final\n\n"Nobody panicked at half-time," said the Rovers\' head coach, Tamar Okonjo, a former player. "We trusted the plan."\n',
    );
    expect(speakerOf(a, f, 'Nobody panicked')).toBe('Tamar Okonjo');
    expect(speakerOf(a, f, 'We trusted the plan')).toBe('Tamar Okonjo');
  });

  it('a family name whose particle also opens place names is the person named before', () => {
    const { a, f } = extract(
      [
        'Bus strike',
        '',
        "The operator's director general, Karim El Amrani, said the company could not pay more.",
        '',
        '"Every day without buses costs us money," El Amrani told reporters.',
      ].join('\n'),
    );
    expect(speakerOf(a, f, 'Every day without buses')).toBe('Karim El Amrani');
    expect(f.entities.filter((e) => e.type === 'place').map((e) => slice(a, e.name))).not.toContain('El Amrani');
  });

  it('a short family name that is also a word, opening a sentence before a hyphened given name', () => {
    const { a, f } = extract(
      'Letter\n\nThe nurses wrote to the board. Park Ha-eun, who leads the union branch, signed it.\n',
    );
    expect(people(a, f)).toContain('Park Ha-eun');
  });
});

describe('a Q&A interview', () => {
  it('the answers are the person’s, though the introduction names their hospital more', () => {
    const { a, f } = extract(
      [
        '# “We cannot staff the nights”: Harrow General’s director on the closures',
        '',
        '*Interview by Lena Ostrova.*',
        '',
        'Harrow General Hospital will close its emergency room at night. Harrow General Hospital has lost nine doctors. Its director, Dr. Piotr Malenko, spoke to us on Thursday.',
        '',
        '**Was there no other way?**',
        '',
        'We looked at every other way and chose safety.',
        '',
        '**Why did the doctors leave?**',
        '',
        'They were exhausted.',
      ].join('\n'),
    );
    expect(speakerOf(a, f, 'We looked at every other way')).toBe('Piotr Malenko');
  });
});

describe('namesakes with accents', () => {
  const kb = knowledge(
    article(
      'tram.txt',
      [
        'Tram line delayed',
        '',
        'Deputy mayor Ilona Horák told the council the line would open in 2029. "Nobody is happy," Horák said.',
        '',
        'Its project director, Pavel Horák, who is not related to the deputy mayor, said tunnelling was slow.',
      ].join('\n'),
    ),
  );
  it('a surname asked with its accent fits every person of that surname', () => {
    const t = text(answerWho(kb, 'Horák'));
    expect(t).toContain('Ilona Horák');
    expect(t).toContain('Pavel Horák');
  });
});

describe('an outlet line above the date and the byline', () => {
  it('is read with them as the article’s metadata', () => {
    const parsed = parseArticleText(
      'story.txt',
      [
        'Harbour ferries cut as fuel costs climb',
        '',
        'Marlow Evening Post',
        'Tuesday, 4 March 2025',
        'By Ada Kestrel',
        '',
        'Two ferry routes will stop running next month, the operator said on Tuesday.',
      ].join('\n'),
      'story.txt',
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    const a = parsed.article;
    expect(a.date).toMatchObject({ kind: 'exact', year: 2025, month: 3, day: 4 });
    expect(a.source).toBe('Marlow Evening Post');
    expect(a.byline).toBe('Ada Kestrel');
    expect(a.sentences.map((s) => a.text.slice(s.start, s.end)).join(' ')).not.toContain('Marlow Evening Post');
  });
});

describe('two people of one surname', () => {
  it('a pronoun after the bare surname goes to the namesake of its gender', () => {
    const { a, f } = extract(
      [
        'Port strike',
        '',
        '"We want to see our children," the union\'s negotiator, Carla Mendes, told reporters. She said pay had fallen.',
        '',
        "The company's director, Rui Mendes Alves, who is not related to the negotiator, said the offer was final. He declined to say more.",
        '',
        'The union said it would attend the talks. Mendes said the strike would go on. "We will sit at the table," she said.',
      ].join('\n'),
    );
    expect(speakerOf(a, f, 'We will sit at the table')).toBe('Carla Mendes');
    expect(speakerOf(a, f, 'the strike would go on')).toBe('Carla Mendes');
  });
});

describe('names of other traditions', () => {
  it('a given name of two syllables after a family name, though one half is a month or a word', () => {
    const { a, f } = extract(
      [
        'Builder jailed',
        '',
        'The court sentenced Seo Min-kyu, the former chairman of the builder, to three years. Judge Ahn Eun-young also fined Seo 800 million won.',
        '',
        "Seo's son, Seo Jun-ho, 31, a former director of the builder, was acquitted.",
      ].join('\n'),
    );
    expect(people(a, f)).toEqual(expect.arrayContaining(['Seo Min-kyu', 'Ahn Eun-young', 'Seo Jun-ho']));
    const chairman = f.entities.find((e) => slice(a, e.name) === 'Seo Min-kyu')!;
    // The family name alone is the person named with it first, not the son.
    expect(chairman.mentions.filter((m) => m.kind === 'surname').map((m) => slice(a, m))).toEqual(['Seo', 'Seo']);
  });

  it('a Welsh patronymic particle keeps the name whole, and a place after "at the" is no person', () => {
    const { a, f } = extract(
      [
        'Water company says sorry',
        '',
        "Rhys ap Gwilym, the company's operations director, told a meeting at the Neuadd Fawr that he was sorry.",
        '',
        '"We gave you the wrong number," he said.',
      ].join('\n'),
    );
    expect(people(a, f)).toContain('Rhys ap Gwilym');
    expect(people(a, f)).not.toContain('Neuadd Fawr');
    expect(speakerOf(a, f, 'wrong number')).toBe('Rhys ap Gwilym');
  });
});

describe('a middle name one article gives and another drops', () => {
  const kb = knowledge(
    article(
      'cut.txt',
      [
        'Gas cut to smelter',
        '',
        'Energy Minister Olga Petrovna Vasilyeva said the government would not step in. "Gas is not a gift," she said.',
      ].join('\n'),
    ),
    article(
      'restored.txt',
      [
        'Gas restored to smelter',
        '',
        'Energy Minister Olga Vasilyeva welcomed the deal. "The rules are the rules," Vasilyeva said.',
      ].join('\n'),
    ),
  );
  it('is one person, whose quotes come from both', () => {
    const t = text(answerQuotes(kb, 'Vasilyeva'));
    expect(t).toContain('Gas is not a gift');
    expect(t).toContain('The rules are the rules');
  });
});

describe('a header date line with no year', () => {
  it('is metadata, so the outlet and byline beside it are read', () => {
    const parsed = parseArticleText(
      'story.txt',
      [
        'Leak larger than first thought',
        '',
        'Glanmor Courier',
        'Thursday 5th November',
        'By Carys ap Rhys',
        '',
        'Much more gas escaped than the company first said.',
      ].join('\n'),
      'story.txt',
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    const a = parsed.article;
    expect(a.byline).toBe('Carys ap Rhys');
    expect(a.sentences.map((s) => a.text.slice(s.start, s.end)).join(' ')).not.toContain('Thursday 5th November');
  });
});
