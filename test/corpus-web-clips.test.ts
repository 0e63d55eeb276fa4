// Articles as people save them: web clips full of page furniture, bylines and date lines of every
// house style, live blogs, Q&A interviews, press releases, tables and corrections. Each fixture is
// original text written for this test.

import { describe, expect, it } from 'vitest';
import type { Article } from '../src/corpus/article.ts';
import { findDate, readMetadataLine } from '../src/corpus/article-metadata.ts';
import { displayText, hasLinkMarkup } from '../src/corpus/display-text.ts';
import { parseArticleText } from '../src/corpus/parse-article.ts';

function parse(file: string, text: string): Article {
  const r = parseArticleText(file, text, 'hash');
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}
const sentences = (a: Article) => a.sentences.map((s) => a.text.slice(s.start, s.end));
const kinds = (a: Article) => a.paragraphs.map((p) => [p.kind, a.text.slice(p.start, p.end).slice(0, 30)]);

const WEB_CLIP = `[Skip to content](https://news.example/#main)

# Ferry operator [cuts](https://news.example/tag/cuts) winter sailings

By [Maria Jensen](https://news.example/authors/mj)

The Island Post | March 14, 2024

[Share this article](https://news.example/share) | [Facebook](https://facebook.example) | [Email](mailto:x@y.z)

![A ferry at the quay](https://cdn.example/ferry.jpg)

*The morning ferry leaves the quay on Wednesday. Photo: Ana Reyes*

The island's ferry operator said on Wednesday it would halve winter sailings, blaming fuel costs. Read the [operator's statement](https://ferry.example/statement?id=4) for details.

Advertisement

Islanders said the cut would leave the clinic without a daily doctor. "We will be cut off," said Tom Hale, who runs the harbour café.

Sign up for our daily newsletter and get the news in your inbox.

Read more: [Fuel prices climb again](https://news.example/fuel) | [Harbour fees rise](https://news.example/fees)

© 2024 The Island Post. All rights reserved.

We use cookies to improve your experience. Accept all cookies to continue.
`;

describe('a web clip', () => {
  const a = parse('ferry.md', WEB_CLIP);

  it('takes the first # heading as the headline, without link markup', () => {
    expect(a.title).toEqual({ text: 'Ferry operator cuts winter sailings', from: 'heading' });
  });

  it('reads the byline, the outlet and the date next to it as metadata, not news', () => {
    expect(a.byline).toBe('Maria Jensen');
    expect(a.source).toBe('The Island Post');
    expect(a.date).toMatchObject({ kind: 'exact', year: 2024, month: 3, day: 14 });
    expect(a.metadata?.map((m) => m.kind)).toEqual(['byline', 'outlet']);
  });

  it('keeps furniture out of the paragraphs and the caption out of the sentences', () => {
    const all = sentences(a).join('\n');
    for (const clutter of [
      'Skip to content',
      'Share this',
      'Facebook',
      'ferry.jpg',
      'Advertisement',
      'newsletter',
      'Read more',
      'Fuel prices',
      '©',
      'cookies',
      'morning ferry leaves',
    ]) {
      expect(all, clutter).not.toContain(clutter);
    }
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['heading', 'caption', 'text', 'text']);
  });

  it('cites a sentence with a link as the file has it, and shows it without the address', () => {
    const linked = sentences(a).find((s) => s.startsWith('Read the'))!;
    expect(linked).toBe("Read the [operator's statement](https://ferry.example/statement?id=4) for details.");
    expect(displayText(linked)).toBe("Read the operator's statement for details.");
    expect(sentences(a)[0]).toBe(
      "The island's ferry operator said on Wednesday it would halve winter sailings, blaming fuel costs.",
    );
  });
});

describe('a plain-text web clip whose header lines run together', () => {
  const a = parse(
    'harbour-clip.txt',
    [
      'Skip to main content',
      'Coastline Courier',
      'Home | News | Harbour | Sport | Weather',
      'Log in   Subscribe',
      '',
      'News > Harbour',
      '',
      'Storm closes the old harbour wall',
      '',
      'Published 14.03.2025, 07:10',
      'Updated 14.03.2025, 12:45',
      '',
      'By Ines Varga',
      '',
      'Share on social media   Print   Email',
      '',
      'The old harbour wall was closed on Thursday after a storm tore a gap in its parapet.',
      '',
      'Advertisement',
      '',
      'Engineers said the repair would take a month.',
      '',
    ].join('\n'),
  );

  it('keeps the header, menu, breadcrumb and account links out, and reads the headline, site, date and byline', () => {
    expect(a.title.text).toBe('Storm closes the old harbour wall');
    expect(a.source).toBe('Coastline Courier');
    expect(a.byline).toBe('Ines Varga');
    expect(a.date).toMatchObject({ kind: 'exact', year: 2025, month: 3, day: 14 });
    const all = sentences(a).join('\n');
    for (const clutter of ['Skip to', 'Home |', 'Log in', 'News >', 'Share on', 'Advertisement', 'Published'])
      expect(all, clutter).not.toContain(clutter);
    expect(sentences(a)).toContain(
      'The old harbour wall was closed on Thursday after a storm tore a gap in its parapet.',
    );
  });
});

describe('displayText', () => {
  it('keeps link words and drops addresses, images, emphasis and escapes', () => {
    expect(displayText('See [the report](https://x.example/a_(b)) and ![chart](c.png) **now**.')).toBe(
      'See the report and now.',
    );
    expect(displayText('A *quiet* year for _small_ films, with \\*stars\\*')).toBe(
      'A quiet year for small films, with *stars*',
    );
    expect(displayText('[ref link][1] and <https://x.example>')).toBe('ref link and');
  });
  it('cleans a fragment cut inside a link', () => {
    expect(displayText('report](https://x.example/r) here.')).toBe('report here.');
    expect(displayText('the [report](https://x.exa')).toBe('the report');
  });
  it('leaves plain text alone', () => {
    for (const s of [
      'Prices rose 5% (to $3.20) on Monday.',
      'snake_case_name and 2 * 3 = 6',
      '“Why?” she asked [sic].',
    ])
      expect(displayText(s)).toBe(s);
    expect(hasLinkMarkup('see [x](https://y)')).toBe(true);
    expect(hasLinkMarkup('see [x] (later)')).toBe(false);
  });
});

describe('bylines and date lines of many house styles', () => {
  it('reads a wire byline in capitals, the agency line and an Updated line, then the dateline', () => {
    const a = parse(
      'dock.txt',
      'Dock workers strike at every port\n\nBy JANE DOE ORTIZ\nAssociated Press\nUpdated 7:15 PM GMT-3, October 7, 2025\n\nPUERTO NUEVO, Velaria (AP) — Ships waited off the coast on Tuesday as dock workers stayed out. The union said 31,000 had joined.\n',
    );
    expect(a.byline).toBe('JANE DOE ORTIZ');
    expect(a.source).toBe('Associated Press');
    expect(a.date).toMatchObject({ kind: 'exact', year: 2025, month: 10, day: 7 });
    expect(a.dateline && a.text.slice(a.dateline.place!.start, a.dateline.place!.end)).toBe('PUERTO NUEVO');
    expect(sentences(a)).toEqual([
      'Dock workers strike at every port',
      'Ships waited off the coast on Tuesday as dock workers stayed out.',
      'The union said 31,000 had joined.',
    ]);
  });

  it('reads "Name, Correspondent" and "Outlet, weekday date" lines', () => {
    const a = parse(
      'clinic.txt',
      'Clinic waiting lists fall for a third month\n\nAisling Roe, Health Correspondent\nThe Marsh Courier, Wednesday 2 April 2025\n\nWaiting lists at the district clinic fell for a third month, officials said on Tuesday.\n',
    );
    expect(a.byline).toBe('Aisling Roe, Health Correspondent');
    expect(a.source).toBe('The Marsh Courier');
    expect(a.date).toMatchObject({ kind: 'exact', year: 2025, month: 4, day: 2 });
    expect(sentences(a)).not.toContain('Aisling Roe, Health Correspondent');
  });

  it('reads a bold byline with its outlet, and an italic byline with a Published date', () => {
    const bold = parse(
      'a.md',
      '# Council passes budget\n\n**By Ken Aldo** | The Valley Ledger\n\nUpdated 7 August 2025, 16:42 CEST\n\nThe council passed its budget on Thursday by seven votes to four.\n',
    );
    expect([bold.byline, bold.source]).toEqual(['Ken Aldo', 'The Valley Ledger']);
    expect(bold.date).toMatchObject({ year: 2025, month: 8, day: 7 });
    const italic = parse(
      'b.md',
      '# Explainer: the river deal\n\n*By Lena Ito and Omar Vale — Published 16 February 2026*\n\nFor three decades one treaty has shared the river between two states.\n',
    );
    expect([italic.byline, italic.date]).toEqual([
      'Lena Ito and Omar Vale',
      { kind: 'exact', year: 2026, month: 2, day: 16, source: 'metadata' },
    ]);
  });

  it('reads a date line under a byline and a dateline of an agency it does not know', () => {
    const a = parse(
      'c.txt',
      'By Sam Okoro\nMonday, March 31, 2025\n\nKORVA, March 31, 2025 (Sahel Wire) - Farmers blocked the main road on Monday.\n',
    );
    expect(a.byline).toBe('Sam Okoro');
    expect(a.source).toBe('Sahel Wire');
    expect(a.date).toMatchObject({ kind: 'exact', year: 2025, month: 3, day: 31 });
    const b = parse(
      'd.txt',
      'Minister quits\n\nKelmar (AFP) - The finance minister resigned on Friday after a row over the budget.\n',
    );
    expect(b.source).toBe('AFP');
    expect(b.dateline && b.text.slice(b.dateline.place!.start, b.dateline.place!.end)).toBe('Kelmar');
  });

  it('settles a day-or-month date by the weekday the lead gives, or by how the article writes dates', () => {
    const monday = parse(
      'e.txt',
      'Premier resigns\n\nPublished 09/02/2026 - 14:37\n\nKelmar (AFP) - The premier resigned on Monday, three days after losing a vote.\n',
    );
    expect(monday.date).toMatchObject({ kind: 'exact', year: 2026, month: 2, day: 9 });
    const wednesday = parse(
      'f.txt',
      'Premier resigns\n\nPublished 09/02/2026\n\nThe premier resigned on Wednesday, three days after losing a vote.\n',
    );
    expect(wednesday.date).toMatchObject({ kind: 'exact', year: 2026, month: 9, day: 2 });
    const dayFirst = parse(
      'g.txt',
      'Premier resigns\n\nPublished 09/02/2026\n\nThe premier resigned, a week after the vote of 2 February.\n',
    );
    expect(dayFirst.date).toMatchObject({ kind: 'exact', year: 2026, month: 2, day: 9 });
    const unclear = parse(
      'h.txt',
      'Premier resigns\n\nPublished 09/02/2026\n\nThe premier resigned after losing a vote.\n',
    );
    expect(unclear.date).toEqual({ kind: 'unknown' });
    expect(unclear.dateNote).toMatch(/09\/02\/2026.*day first or month first/);
  });

  it('leaves where a byline was filed from out of the name: "in Kotara", "at the Derby Arena"', () => {
    const a = parse(
      'match.txt',
      'Rovers 2-1 City: late goal sends Rovers through\n\nHarbour Sport Daily\nSunday 22 November 2026\nBy Ada Marrow at the Derby Arena\n\nRovers beat City 2-1 on Saturday.\n',
    );
    expect(a.date).toMatchObject({ kind: 'exact', year: 2026, month: 11, day: 22 });
    expect(a.byline).toBe('Ada Marrow');
    expect(readMetadataLine('By Ada Marrow in Kotara')).toEqual({ kind: 'byline', byline: 'Ada Marrow' });
    // A role, then the outlet, after commas.
    expect(readMetadataLine('By Ada Marrow, economics columnist, The Halden Post')).toEqual({
      kind: 'byline',
      byline: 'Ada Marrow, economics columnist',
      outlet: 'The Halden Post',
    });
  });

  it('reads a live page’s standfirst that names its outlet and says its entries run in posting order', () => {
    const a = parse(
      'live.md',
      '# Rally: as it happened\n\n*Harbour Ledger live coverage, Monday 16 November 2026. Entries in the order they were posted; all times local.*\n\n**09:30** The square is filling up.\n\n**10:45** Police closed the avenue.\n',
    );
    expect(a.date).toMatchObject({ kind: 'exact', year: 2026, month: 11, day: 16 });
    expect(a.source).toBe('Harbour Ledger');
  });

  it('does not take a news sentence that opens with "By" for a byline', () => {
    expect(readMetadataLine('By Tuesday afternoon, 143 ships were waiting at anchor.')).toBeUndefined();
    expect(readMetadataLine('By the end of the year the plant will close')).toBeUndefined();
    expect(findDate('Updated Sept. 14, 2025, 11:02 a.m.')).toMatchObject({ year: 2025, month: 9, day: 14 });
  });

  it('reads an outlet between "·" marks, but not a one-word section', () => {
    const a = parse(
      's.md',
      '# Lions win the final\n\n*By Ana Beri, Sports Desk · The Hill Courier · Monday 23 February 2026*\n\nThe Lions won the final on Saturday.\n',
    );
    expect([a.byline, a.source, a.date]).toEqual([
      'Ana Beri, Sports Desk',
      'The Hill Courier',
      { kind: 'exact', year: 2026, month: 2, day: 23, source: 'metadata' },
    ]);
    const b = parse(
      'q.md',
      '# A painter on her prize\n\n*Interview by Ivo Brandt · Arts · Friday 20 June 2025*\n\nThe painter won the prize on Thursday night.\n',
    );
    expect(b.source).toBeUndefined();
  });

  it('reads "Outlet | Published: date", a byline filed from a place, and a dateline place with accents', () => {
    const a = parse(
      'f.txt',
      'By Rina Das, Staff Correspondent\n\nFire kills nine at a mill\n\nThe River Post | Published: 27/11/2025\n\nNine workers were killed in a fire at a mill on Wednesday night.\n',
    );
    expect([a.source, a.date]).toEqual([
      'The River Post',
      { kind: 'exact', year: 2025, month: 11, day: 27, source: 'metadata' },
    ]);
    const live = parse(
      'l.md',
      '# Live: volcano erupts\n\n*Live coverage, Sunday 12 October 2025. By Ana Lee and Bo Tan in Kotara. All times local. Newest entries first.*\n\n**18:05**\n\nThe alert stays at its highest level.\n\n**09:10**\n\nThe volcano erupted at dawn.\n',
    );
    expect([live.byline, live.date]).toEqual([
      'Ana Lee and Bo Tan',
      { kind: 'exact', year: 2025, month: 10, day: 12, source: 'metadata' },
    ]);
    const pr = parse(
      'p.txt',
      'PRESS RELEASE\n\nFor immediate release\n\nTwo firms sign a supply deal\n\nÅLVIK, Norland, 3 March 2026 — Two firms signed a supply deal today.\n',
    );
    expect(pr.date).toMatchObject({ kind: 'exact', year: 2026, month: 3, day: 3 });
    expect(pr.dateline && pr.text.slice(pr.dateline.place!.start, pr.dateline.place!.end)).toBe('ÅLVIK');
  });

  it('names the outlet from the copyright line when nothing else does', () => {
    const a = parse(
      'c.md',
      '# Hoard goes on show\n\nThe hoard went on show on Wednesday.\n\n© 2025 The Western Ledger. All rights reserved.\n',
    );
    expect(a.source).toBe('The Western Ledger');
    expect(sentences(a)).toEqual(['The hoard went on show on Wednesday.']);
  });

  it('takes author: in front matter as the byline', () => {
    expect(parse('i.md', '---\ntitle: T\nauthor: Rhea Moss\n---\n\nThe mill closed on Friday.\n').byline).toBe(
      'Rhea Moss',
    );
  });
});

describe('other shapes of news', () => {
  it('records the entries of a live blog written newest first, with their order in time', () => {
    const a = parse(
      'live.md',
      '# Live: storm reaches the coast\n\n*Live coverage, Thursday 13 February 2025. All times local. Newest posts first.*\n\n---\n\n**18:10**\n\nThe storm has moved inland.\n\n**13:05 — Analysis: what is at stake**\n\nThe port has been shut since dawn.\n\n**07:25**\n\nGood morning. We are following the storm.\n',
    );
    expect(a.shape).toBe('live blog');
    expect(a.date).toMatchObject({ year: 2025, month: 2, day: 13 });
    const entries = a.liveEntries!;
    expect(entries.map((e) => [a.text.slice(e.time.start, e.time.end), e.minutes, e.order])).toEqual([
      ['18:10', 1090, 2],
      ['13:05', 785, 1],
      ['07:25', 445, 0],
    ]);
    expect(a.text.slice(entries[1].heading!.start, entries[1].heading!.end)).toBe('Analysis: what is at stake');
    const [first, last] = entries[1].paragraphs;
    expect(a.text.slice(a.paragraphs[first].start, a.paragraphs[last].end)).toBe('The port has been shut since dawn.');
    expect(sentences(a)).not.toContain('18:10');
  });

  it('reads a live blog that writes each time at the head of its entry, before a dash', () => {
    const a = parse(
      'inline.md',
      '# Live: floods, day two\n\n*Tuesday 18 August 2026 · Latest first*\n\n**19:10** — The agency has raised the toll to 17. Three of the dead were from one family.\n\n**11:15** — The toll has risen to 14.\n\n06:00 — Good morning and welcome to our coverage.\n',
    );
    expect(a.shape).toBe('live blog');
    const entries = a.liveEntries!;
    expect(entries.map((e) => [a.text.slice(e.time.start, e.time.end), e.order])).toEqual([
      ['19:10', 2],
      ['11:15', 1],
      ['06:00', 0],
    ]);
    const [first, last] = entries[0].paragraphs;
    expect(a.text.slice(a.paragraphs[first].start, a.paragraphs[last].end)).toBe(
      'The agency has raised the toll to 17. Three of the dead were from one family.',
    );
    // One paragraph that opens with a time is prose, not a blog.
    const prose = parse('prose.md', '# Vote\n\n10:30 — that was when the count began.\n\nThe count took all night.\n');
    expect(prose.shape).toBeUndefined();
  });

  it('marks the questions of a Q&A interview as the interviewer’s', () => {
    const a = parse(
      'qa.md',
      '# A painter on her prize\n\n*Interview by Ivo Brandt · Arts · Friday 20 June 2025*\n\nThe painter won the prize on Thursday night.\n\n**What went through your head?**\n\nThat my shoes were too tight.\n\n**Why did the book take so long?**\n\nBecause I threw the first version away.\n',
    );
    expect(a.shape).toBe('interview');
    expect(a.byline).toBe('Ivo Brandt');
    expect(a.paragraphs.filter((p) => p.kind === 'question').map((p) => a.text.slice(p.start, p.end))).toEqual([
      'What went through your head?',
      'Why did the book take so long?',
    ]);
    expect(sentences(a)).toContain('What went through your head?');
  });

  it('keeps the boilerplate of a press release out of the news, and reads its media contact', () => {
    const a = parse(
      'pr.txt',
      'PRESS RELEASE\n\nEMBARGOED UNTIL 00:01 CET, THURSDAY 5 JUNE 2025\n\nSurvey finds unsafe water in four in ten wells\n\nLONDRA, 4 June 2025 — Four in ten wells tested contain unsafe water, a survey published today found.\n\nNotes to editors\n\n1. The survey was carried out between October and February.\n\nAbout us\n\nThe network was founded in 2011 and works in nine countries.\n\nMedia contact\n\nPia Lunde, Head of Communications\npress@example.org\n\n###\n',
    );
    expect(a.shape).toBe('press release');
    expect(a.date).toMatchObject({ kind: 'exact', year: 2025, month: 6, day: 4 });
    expect(sentences(a)).toEqual([
      'Survey finds unsafe water in four in ten wells',
      'Four in ten wells tested contain unsafe water, a survey published today found.',
    ]);
    expect(a.paragraphs.filter((p) => p.kind === 'boilerplate').length).toBeGreaterThanOrEqual(6);
    expect(
      a.contacts?.map((c) => [a.text.slice(c.name.start, c.name.end), a.text.slice(c.role!.start, c.role!.end)]),
    ).toEqual([['Pia Lunde', 'Head of Communications']]);
  });

  it('marks a correction appended after the credits, and keeps the credits', () => {
    const a = parse(
      'dam.txt',
      'Regulator orders dam drained\n\nVESTRA, Oct 14 (Reuters) - The regulator ordered the company to lower the dam, which holds 48 million cubic metres of waste.\n\nThe company said it would comply.\n\n(Reporting by Ada Lark; Editing by Ben Moor)\n\nCorrection: The dam holds 38 million cubic metres, not 48 million as stated earlier.\n',
    );
    expect(a.credits?.people.map((p) => a.text.slice(p.name.start, p.name.end))).toEqual(['Ada Lark', 'Ben Moor']);
    const correction = a.paragraphs.find((p) => p.kind === 'correction')!;
    expect(a.text.slice(correction.start, correction.end)).toMatch(/^Correction: The dam holds 38 million/);
    expect(a.sentences.some((s) => s.paragraph === correction.index)).toBe(true);
  });

  it('does not take news that opens with the same words for a correction or an embargo line', () => {
    const a = parse(
      'n.txt',
      'Embargo on grain lifted\n\nCorrections officers said: the prison will reopen on Monday.\n\nThe embargo on grain was lifted on Friday.\n',
    );
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['text', 'text', 'text']);
    expect(a.shape).toBeUndefined();
    const dated = parse(
      'c.md',
      '# Rates held\n\nThe bank held rates on Wednesday.\n\n*Correction, 24 July 2025: An earlier version said the vote was six to one.*\n',
    );
    expect(dated.paragraphs.at(-1)?.kind).toBe('correction');
  });

  it('reads a table row by row, each row one unit', () => {
    const a = parse(
      't.md',
      '# Tariffs fall\n\nThe tariffs fall each year.\n\n| Product | 2026 | 2027 |\n| --- | --- | --- |\n| Wheat | 8% | 4% |\n| Barley | 12% | 9% |\n',
    );
    expect(
      a.paragraphs.filter((p) => p.kind.startsWith('table')).map((p) => [p.kind, a.text.slice(p.start, p.end)]),
    ).toEqual([
      ['table-header', 'Product | 2026 | 2027'],
      ['table-row', 'Wheat | 8% | 4%'],
      ['table-row', 'Barley | 12% | 9%'],
    ]);
    expect(sentences(a)).toContain('Barley | 12% | 9%');
  });

  it('reads a list in a plain text file one item at a time', () => {
    const a = parse(
      'l.txt',
      'Cases by week:\n\n- Week one: 3 cases\n- Week two: 7 cases\n\nThe outbreak is slowing, officials said.\n',
    );
    expect(sentences(a)).toEqual([
      'Cases by week:',
      'Week one: 3 cases',
      'Week two: 7 cases',
      'The outbreak is slowing, officials said.',
    ]);
    void kinds;
  });
});
