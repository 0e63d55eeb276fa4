// What an article says about itself: YAML front matter, the wire dateline, the closing credits,
// the byline and the title.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article, Span } from '../src/corpus/article.ts';
import { readCredits, looksLikeCredits } from '../src/corpus/credits.ts';
import { readDateline } from '../src/corpus/dateline.ts';
import { formatWarning, loadCorpus } from '../src/corpus/load.ts';
import { parseArticleText } from '../src/corpus/parse-article.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures/corpus');

function parse(text: string, file = 'test.md'): { article: Article; notes: string[] } {
  const r = parseArticleText(file, text, 'hash');
  if (!r.ok) throw new Error(`expected ${file} to parse, got: ${r.reason}`);
  return r;
}
const slice = (text: string, s: Span | undefined) => (s ? text.slice(s.start, s.end) : undefined);

function withFolder<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-metadata-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('front matter', () => {
  const text = [
    '---',
    'title: Northern rail link wins approval',
    'date: 2023-11-14',
    'source: Meridian Wire',
    'url: https://example.com/news/rail-link',
    'byline: Priya Castell',
    'desk: transport',
    'tags:',
    '  - rail',
    '  - infrastructure',
    '---',
    '',
    'Planners approved a rail link on Tuesday. Farmers objected.',
    '',
  ].join('\n');

  it('gives the title, date, source, url and byline', () => {
    const { article, notes } = parse(text);
    expect(notes).toEqual([]);
    expect(article.title).toEqual({ text: 'Northern rail link wins approval', from: 'front matter' });
    expect(article.date).toEqual({ kind: 'exact', year: 2023, month: 11, day: 14, source: 'front matter' });
    expect(article.source).toBe('Meridian Wire');
    expect(article.url).toBe('https://example.com/news/rail-link');
    expect(article.byline).toBe('Priya Castell');
    expect(article.frontMatter).toMatchObject({
      title: 'Northern rail link wins approval',
      date: '2023-11-14',
      source: 'Meridian Wire',
    });
  });

  it('keeps unknown keys in extra, as given', () => {
    const { article } = parse(text);
    expect(article.frontMatter?.extra).toEqual({ desk: 'transport', tags: ['rail', 'infrastructure'] });
  });

  it('ends before the body, and the body is not read as front matter', () => {
    const { article } = parse(text);
    expect(text.slice(article.frontMatter!.start, article.frontMatter!.end)).toMatch(/^---\n[\s\S]*\n---\n$/);
    expect(article.body.start).toBe(article.frontMatter!.end);
    expect(article.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Planners approved a rail link on Tuesday.',
      'Farmers objected.',
    ]);
  });

  it('reads the fixture with front matter and a heading', () => {
    const a = loadCorpus(FIXTURES).articles.find((x) => x.file === 'rail-plan.md')!;
    expect(a.title).toEqual({ text: 'Northern rail link wins approval after decade of delays', from: 'front matter' });
    expect(a.date).toMatchObject({ kind: 'exact', year: 2023, month: 11, day: 14 });
    expect(a.frontMatter?.extra).toEqual({ desk: 'transport', tags: ['rail', 'infrastructure'] });
    expect(a.byline).toBe('Priya Castell');
  });

  it('gives a note for a date that is not a date, and the article still loads', () => {
    const { article, notes } = parse(
      '---\ntitle: Ferry cuts\ndate: sometime soon\n---\nThe ferry will sail less. Islanders objected.\n',
      'ferry.md',
    );
    expect(article.date).toEqual({ kind: 'unknown' });
    expect(article.title.text).toBe('Ferry cuts');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/sometime soon/);
    expect(notes[0]).toMatch(/not a date/);
  });

  it('gives a note for a calendar date that does not exist', () => {
    const { article, notes } = parse('---\ndate: 2024-02-30\n---\nThe ferry will sail less.\n');
    expect(article.date).toEqual({ kind: 'unknown' });
    expect(notes.join(' ')).toMatch(/2024-02-30/);
  });

  it('reads a written-out date', () => {
    expect(parse('---\ndate: 2024-03-03\n---\nText here.\n').article.date).toMatchObject({
      kind: 'exact',
      year: 2024,
      month: 3,
      day: 3,
    });
    expect(parse('---\ndate: "2024-03-03T23:30:00-05:00"\n---\nText here.\n').article.date).toMatchObject({
      kind: 'exact',
      year: 2024,
      month: 3,
      day: 3,
    });
  });

  it('loads an article with a bad front-matter date, with one warning naming the file', () => {
    withFolder({ 'ferry.md': '---\ndate: sometime soon\n---\nThe ferry will sail less.\n' }, (dir) => {
      const corpus = loadCorpus(dir);
      expect(corpus.articles.map((a) => a.file)).toEqual(['ferry.md']);
      expect(corpus.problem).toBeUndefined();
      expect(corpus.warnings).toHaveLength(1);
      expect(corpus.warnings[0].file).toBe('ferry.md');
    });
  });

  it('does not call an article with a bad front-matter date skipped, and names it once', () => {
    withFolder({ 'ferry.md': '---\ndate: sometime soon\n---\nThe ferry will sail less.\n' }, (dir) => {
      const line = formatWarning(loadCorpus(dir).warnings[0]);
      expect(line).not.toMatch(/skipped/);
      expect(line.split('ferry.md').length - 1).toBe(1);
    });
  });

  it('gives a note, not an invented day, for a front-matter date that is only a number', () => {
    for (const value of ['12', '2024']) {
      const { article, notes } = parse(`---\ndate: ${value}\n---\nThe ferry will sail less.\n`);
      expect(article.date.kind, `date: ${value}`).not.toBe('exact');
      expect(notes.length, `date: ${value}`).toBe(1);
    }
  });

  it('reads a written-out front-matter date as the same day in every time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      expect(parse('---\ndate: March 3, 2024\n---\nThe ferry will sail less.\n').article.date).toMatchObject({
        kind: 'exact',
        year: 2024,
        month: 3,
        day: 3,
      });
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('datelines', () => {
  const read = (text: string) => {
    const d = readDateline(text, 0);
    return d && { text: slice(text, d), place: slice(text, d.place), agency: slice(text, d.agency), date: d.date };
  };

  it('reads BEIJING, Jan 27 (Reuters) -', () => {
    expect(read('BEIJING, Jan 27 (Reuters) - China said on Monday.')).toEqual({
      text: 'BEIJING, Jan 27 (Reuters) - ',
      place: 'BEIJING',
      agency: 'Reuters',
      date: { month: 1, day: 27, year: undefined },
    });
  });

  it('reads NAIROBI, Kenya (AP) — with a country and no date', () => {
    expect(read('NAIROBI, Kenya (AP) — A charity opened a clinic.')).toMatchObject({
      text: 'NAIROBI, Kenya (AP) — ',
      place: 'NAIROBI',
      agency: 'AP',
      date: undefined,
    });
  });

  it('reads GENEVA, March 7 (Reuters) -', () => {
    expect(read('GENEVA, March 7 (Reuters) - Talks opened.')).toMatchObject({
      place: 'GENEVA',
      agency: 'Reuters',
      date: { month: 3, day: 7 },
    });
  });

  it('reads a bare (Reuters) – with no place', () => {
    expect(read('(Reuters) – Russia and China held talks.')).toEqual({
      text: '(Reuters) – ',
      place: undefined,
      agency: 'Reuters',
      date: undefined,
    });
  });

  it('reads LONDON, Jan. 5, 2024 (Reuters) - with a year', () => {
    expect(read('LONDON, Jan. 5, 2024 (Reuters) - Dock workers walked out.')).toMatchObject({
      place: 'LONDON',
      agency: 'Reuters',
      date: { month: 1, day: 5, year: 2024 },
    });
  });

  it('reads a multi-word place and a day-first date', () => {
    expect(read('NEW YORK, Sept. 12 (Reuters) - Stocks rose.')).toMatchObject({
      place: 'NEW YORK',
      date: { month: 9, day: 12 },
    });
    expect(read('PARIS, 5 May 2023 (AFP) - Strikes spread.')).toMatchObject({
      place: 'PARIS',
      agency: 'AFP',
      date: { month: 5, day: 5, year: 2023 },
    });
  });

  it('does not read an ordinary first sentence as a dateline', () => {
    expect(read('The bank raised rates on Thursday - its fourth rise.')).toBeUndefined();
    expect(read('Oslo - the capital - was quiet.')).toBeUndefined();
  });

  it('gives the article a no-year date when the dateline has no year', () => {
    const { article } = parse('GENEVA, March 7 (Reuters) - Talks opened on Tuesday. They will last ten days.\n');
    expect(article.date).toEqual({ kind: 'no-year', month: 3, day: 7, source: 'dateline' });
    expect(article.source).toBe('Reuters');
  });

  it('gives the article an exact date when the dateline has a year', () => {
    const { article } = parse('LONDON, Jan. 5, 2024 (Reuters) - Dock workers walked out. The port was silent.\n');
    expect(article.date).toEqual({ kind: 'exact', year: 2024, month: 1, day: 5, source: 'dateline' });
  });

  it('prefers the front-matter date to the dateline date', () => {
    const { article } = parse('---\ndate: 2023-03-07\n---\nGENEVA, March 7 (Reuters) - Talks opened.\n');
    expect(article.date).toEqual({ kind: 'exact', year: 2023, month: 3, day: 7, source: 'front matter' });
  });

  it('reads the dateline after a byline line, and keeps the byline out of the sentences', () => {
    const text =
      'By Amina Odhiambo\n\nNAIROBI, Kenya (AP) — A charity opened a clinic on Monday.\n\nIt has six doctors.\n';
    const { article } = parse(text, 'clinic.txt');
    expect(article.byline).toBe('Amina Odhiambo');
    expect(slice(text, article.dateline?.place)).toBe('NAIROBI');
    expect(article.sentences.map((s) => slice(text, s))).toEqual([
      'A charity opened a clinic on Monday.',
      'It has six doctors.',
    ]);
  });

  it('does not let a dateline reach into the next paragraph', () => {
    const text = 'KEY POINTS\n\n- Officials met on Monday. They agreed.\n';
    const { article } = parse(text);
    const lead = article.paragraphs[0];
    if (article.dateline) expect(article.dateline.end).toBeLessThanOrEqual(lead.end);
    expect(article.sentences[0].start).toBeGreaterThanOrEqual(article.dateline?.end ?? 0);
  });
});

describe('credits', () => {
  const people = (text: string) => {
    const c = readCredits(text, { start: 0, end: text.length });
    return {
      people: c.people.map((p) => ({ name: slice(text, p.name), role: p.role, place: slice(text, p.place) })),
      desks: c.desks.map((d) => slice(text, d)),
    };
  };

  it('reads reporters with places, additional reporters, desks and editors', () => {
    const text =
      '(Reporting by Ines Varga in London; Additional reporting by Ruth Okafor and the Dublin newsroom; Editing by Kate Mills and Alan Pryce)';
    expect(looksLikeCredits(text)).toBe(true);
    expect(people(text)).toEqual({
      people: [
        { name: 'Ines Varga', role: 'reporter', place: 'London' },
        { name: 'Ruth Okafor', role: 'additional reporter', place: undefined },
        { name: 'Kate Mills', role: 'editor', place: undefined },
        { name: 'Alan Pryce', role: 'editor', place: undefined },
      ],
      desks: ['the Dublin newsroom'],
    });
  });

  it('reads credits without parentheses', () => {
    const text = 'Reporting by Joseph Mwangi; Editing by Clare Dunn';
    expect(looksLikeCredits(text)).toBe(true);
    expect(people(text).people).toEqual([
      { name: 'Joseph Mwangi', role: 'reporter', place: undefined },
      { name: 'Clare Dunn', role: 'editor', place: undefined },
    ]);
  });

  it('reads writers and a place with two words, and a closing full stop', () => {
    const text = '(Writing by Peter Hollis in Carrow Bay; Editing by Sara Quint.)';
    expect(people(text).people).toEqual([
      { name: 'Peter Hollis', role: 'writer', place: 'Carrow Bay' },
      { name: 'Sara Quint', role: 'editor', place: undefined },
    ]);
  });

  it('does not take an ordinary sentence for credits', () => {
    expect(looksLikeCredits('The report was written by a panel of judges.')).toBe(false);
    expect(looksLikeCredits('Police said the shop was run by two brothers.')).toBe(false);
  });

  it('keeps the credits of an article apart from its sentences, with spans into the file', () => {
    const text =
      'BEIJING, Jan 27 (Reuters) - Officials met. They agreed.\n(Reporting by Wen Lo in Beijing; Additional reporting by Ada Finch and the Shanghai newsroom; Editing by Max Roe)\n';
    const { article } = parse(text, 'met.txt');
    expect(slice(text, article.credits)).toBe(
      '(Reporting by Wen Lo in Beijing; Additional reporting by Ada Finch and the Shanghai newsroom; Editing by Max Roe)',
    );
    expect(article.credits!.people.map((p) => [slice(text, p.name), p.role, slice(text, p.place)])).toEqual([
      ['Wen Lo', 'reporter', 'Beijing'],
      ['Ada Finch', 'additional reporter', undefined],
      ['Max Roe', 'editor', undefined],
    ]);
    expect(article.credits!.desks.map((d) => slice(text, d))).toEqual(['the Shanghai newsroom']);
    expect(article.body.end).toBeLessThanOrEqual(article.credits!.start);
    expect(article.sentences.map((s) => slice(text, s))).toEqual(['Officials met.', 'They agreed.']);
  });

  it('reads credits hard-wrapped over two lines', () => {
    const text =
      'Officials met on Monday.\n\n(Reporting by Wen Lo in Beijing; Additional reporting by\nAda Finch; Editing by Max Roe)\n';
    const { article } = parse(text);
    expect(article.credits!.people.map((p) => slice(text, p.name))).toEqual(['Wen Lo', 'Ada Finch', 'Max Roe']);
    expect(article.sentences.map((s) => slice(text, s))).toEqual(['Officials met on Monday.']);
  });

  it('reads the credits of the seed article', () => {
    const a = loadCorpus(resolve(import.meta.dirname, '../seeds')).articles[0];
    expect(a.credits!.people.map((p) => [slice(a.text, p.name), p.role, slice(a.text, p.place)])).toEqual([
      ['Lidia Kelly', 'reporter', 'Melbourne'],
      ['Farah Master', 'additional reporter', undefined],
      ['Tom Hogue', 'editor', undefined],
      ['Lincoln Feast', 'editor', undefined],
    ]);
    expect(a.credits!.desks.map((d) => slice(a.text, d))).toEqual(['the Beijing newsroom']);
  });

  it('gives a shared place to every reporter before it', () => {
    const text = '(Reporting by Anna Vell and Bo Dahl in Tarsk; Editing by Jon Sable)';
    expect(people(text).people.slice(0, 2)).toEqual([
      { name: 'Anna Vell', role: 'reporter', place: 'Tarsk' },
      { name: 'Bo Dahl', role: 'reporter', place: 'Tarsk' },
    ]);
  });
});

describe('titles', () => {
  it('comes from the front matter first', () => {
    expect(parse('---\ntitle: From the front matter\n---\n# From the heading\n\nBody text.\n').article.title).toEqual({
      text: 'From the front matter',
      from: 'front matter',
    });
  });

  it('comes from a # heading when there is no front-matter title', () => {
    expect(parse('# Rail link approved\n\nPlanners approved the link.\n').article.title).toEqual({
      text: 'Rail link approved',
      from: 'heading',
    });
    expect(
      parse('---\nsource: Meridian Wire\n---\n# Rail link approved\n\nPlanners approved the link.\n').article.title
        .from,
    ).toBe('heading');
  });

  it('comes from the first sentence, shortened at a word, when there is nothing else', () => {
    const { article } = parse(
      'GENEVA, March 7 (Reuters) - Valdoria and Kestria opened United Nations-brokered talks on Tuesday over a disputed hydropower dam on the Orlen River. More.\n',
    );
    expect(article.title.from).toBe('first sentence');
    expect(article.title.text.length).toBeLessThanOrEqual(90);
    expect(article.title.text).toMatch(/^Valdoria and Kestria opened/);
    expect(article.title.text).toMatch(/\p{L}…$/u);
    expect(article.title.text).not.toMatch(/GENEVA|Reuters/);
  });

  it('keeps a short first sentence whole', () => {
    expect(parse('(Reuters) – The ferry will sail less. More.\n').article.title).toEqual({
      text: 'The ferry will sail less.',
      from: 'first sentence',
    });
  });

  it('does not take a subheading in the middle of the article for its title', () => {
    const { article } = parse(
      'The ferry will sail less from November. Islanders objected.\n\n## Background\n\nThe route opened in 1998.\n',
    );
    expect(article.title).toEqual({ text: 'The ferry will sail less from November.', from: 'first sentence' });
  });
});

describe('date lines at the top of a story', () => {
  const dateOf = (text: string, file = 'story.txt') => parse(text, file).article.date;
  const body = 'The harbour board voted on Monday to close the north pier for repairs.\n';

  it('reads an outlet and date line under a plain-text headline that a section label tops', () => {
    const { article } = parse(
      [
        'OBITUARY',
        '',
        'Ada Marrow, 1931–2026: the ferry pilot of the north coast',
        '',
        'The Quarrow Chronicle, Tuesday 20 January 2026',
        '',
        body,
      ].join('\n'),
      'obit.txt',
    );
    expect(article.date).toMatchObject({ kind: 'exact', year: 2026, month: 1, day: 20 });
    expect(article.title.text).toBe('Ada Marrow, 1931–2026: the ferry pilot of the north coast');
    // The section label is no sentence of the story.
    expect(article.sentences.some((s) => article.text.slice(s.start, s.end) === 'OBITUARY')).toBe(false);
  });

  it('reads a byline whose desk title is in lower case, with the date after it', () => {
    expect(
      dateOf(
        ['# Pier to close', '', '*Ria Calloway, transport correspondent · Wednesday 18 November 2026*', '', body].join(
          '\n',
        ),
        'a.md',
      ),
    ).toMatchObject({ kind: 'exact', year: 2026, month: 11, day: 18 });
    expect(
      dateOf(
        ['# Pier to close', '', '*By Ria Calloway, harbour affairs reporter. 12 January 2026.*', '', body].join('\n'),
        'b.md',
      ),
    ).toMatchObject({ kind: 'exact', year: 2026, month: 1, day: 12 });
    expect(
      dateOf(
        ['# Pier to close', '', '**By Ria Calloway, health reporter**', 'Published 4 August 2026', '', body].join('\n'),
        'c.md',
      ),
    ).toMatchObject({ kind: 'exact', year: 2026, month: 8, day: 4 });
  });

  it('reads a correspondent "from our" byline, a desk signing the story, a match box and a breadcrumb with its prompt', () => {
    const parse = (lines: string[], file = 'a.txt') => {
      const r = parseArticleText(file, lines.join('\n'), 'h');
      if (!r.ok) throw new Error(r.reason);
      return r.article;
    };
    const correspondent = parse([
      'Pier bill passes after a night sitting',
      '',
      'From our Harbour Affairs Correspondent, Ria Calloway',
      'Quarrow, Friday 9 October 2026',
      '',
      body,
    ]);
    expect(correspondent.byline).toBe('Ria Calloway, Harbour Affairs Correspondent');
    expect(correspondent.date).toMatchObject({ kind: 'exact', year: 2026, month: 10, day: 9 });
    const desk = parse([
      'Gale warning for the north coast',
      '',
      'Quarrow Herald weather desk',
      'Issued 11:00, Thursday 10 September 2026',
      '',
      body,
    ]);
    expect(desk).toMatchObject({ byline: 'Quarrow Herald weather desk', source: 'Quarrow Herald' });
    expect(desk.date).toMatchObject({ kind: 'exact', year: 2026, month: 9, day: 10 });
    const match = parse([
      'Late header wins the cup for Harbour',
      '',
      'Harbour 2 Quarrow 1',
      'Scorers: Harbour - Brand 61, Oyelaran 87; Quarrow - Tamm 34',
      'Attendance: 41,200',
      '',
      'By Ria Calloway, Sports Desk',
      '',
      'QUARROW, Nov. 29 (Coast Wire) - ' + body,
    ]);
    expect(match).toMatchObject({ byline: 'Ria Calloway, Sports Desk', source: 'Coast Wire' });
    // The box stays text of the story: its attendance can be asked about and cited.
    expect(match.sentences.some((s) => match.text.slice(s.start, s.end).includes('Attendance: 41,200'))).toBe(true);
    const clip = parse([
      'Quarrow Courier Online',
      'Home | News | Provinces | Sport | Weather',
      'Skip to content',
      'You are here: Home > News > Provinces',
      '',
      'Landslide closes the coast road',
      '',
      'By Ria Calloway, Provinces Reporter',
      '',
      body,
    ]);
    expect(clip).toMatchObject({ byline: 'Ria Calloway, Provinces Reporter', source: 'Quarrow Courier Online' });
    expect(clip.title.text).toBe('Landslide closes the coast road');
  });

  it('reads a place and region before the date, and an outlet line above a translator’s note', () => {
    expect(
      dateOf(['# Pier to close', '', '*Port Selby, Marrowland — 3 March 2026*', '', body].join('\n'), 'd.md'),
    ).toMatchObject({ kind: 'exact', year: 2026, month: 3, day: 3 });
    expect(
      dateOf(
        [
          'Pier to close for repairs',
          '',
          'Quarrow Ilbo | Friday, 12 June 2026',
          'Translated from the Korean by the Quarrow Ilbo English desk.',
          '',
          body,
        ].join('\n'),
      ),
    ).toMatchObject({ kind: 'exact', year: 2026, month: 6, day: 12 });
  });

  it('does not read a person described in a clause as a byline', () => {
    expect(
      dateOf(
        [
          'Pier to close for repairs',
          '',
          'Ria Calloway, who was a reporter · Wednesday 18 November 2026',
          '',
          body,
        ].join('\n'),
      ),
    ).not.toMatchObject({ kind: 'exact' });
  });
});

describe('a desk title, a colon and the name', () => {
  it('is a byline, so the outlet and date line above it date the article', () => {
    const { article } = parse(
      [
        'Court shuts Orrin dye works',
        '',
        'Orrin Times | Wednesday 14 October 2026',
        'Court reporter: Ada Marrow',
        '',
        'ULEN - The high court on Tuesday ordered the Orrin dye works to close for 90 days.',
        '',
      ].join('\n'),
      'ruling.txt',
    );
    expect(article.date).toMatchObject({ kind: 'exact', year: 2026, month: 10, day: 14 });
    const lines = (article.metadata ?? []).map((m) => `${m.kind}: ${slice(article.text, m)}`);
    expect(lines).toContain('byline: Court reporter: Ada Marrow');
    expect(lines).toContain('outlet: Orrin Times | Wednesday 14 October 2026');
  });
});
