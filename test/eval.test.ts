// Extraction against hand-written annotations (test/eval/gold/), with the targets of issue #3 §5
// and issue #11's goals on dev2 (reached, so a change that falls below them fails), the dev2 gold's
// fit to its files, and every extracted fact's span checked against its file's own text.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../src/corpus/article.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import {
  type Report,
  SEEDS_DIR,
  SHARED_DEV2_DIR,
  SHARED_DEV_DIR,
  VENDORED_DEV2_DIR,
  VENDORED_DEV_DIR,
  corpusDir,
  evaluate,
} from './eval/evaluate.ts';
import { dayNumber } from './eval/dates.ts';
import { type GoldArticle, checkGold, loadGold, locateDate } from './eval/gold.ts';
import { normName } from './eval/normalize.ts';
import { scoreDates, scoreEntities, scoreStatements } from './eval/score.ts';
import { DEV2_GOALS, TARGETS } from './eval/targets.ts';

describe('extraction measured against the gold annotations', () => {
  let report: Report;
  beforeAll(async () => {
    report = await evaluate({ baseline: false });
  });

  it('annotates the seed and at least four dev articles, each fitting its file', () => {
    const golds = loadGold();
    expect(golds.filter((g) => g.corpus === 'seed').length).toBeGreaterThanOrEqual(1);
    expect(golds.filter((g) => g.corpus === 'dev').length).toBeGreaterThanOrEqual(4);
    expect(report.problems).toEqual([]);
    expect(report.articles.length).toBe(golds.length);
  });

  it('scores every dev2 article for people, quote attribution and dates, and prints the figures', () => {
    const dev2 = report.articles.filter((a) => a.corpus === 'dev2');
    expect(dev2.length).toBe(24);
    for (const a of dev2)
      for (const m of ['people', 'quotes', 'dates', 'roles'] as const)
        expect(a.ours[m], `${a.file} ${m}`).toBeDefined();
    const f = report.summary.dev2.ours;
    const show = (m: 'people' | 'quotes' | 'dates' | 'statements') =>
      `${m} P ${f[m]!.precision.toFixed(2)} R ${f[m]!.recall.toFixed(2)}`;
    // Dates have no target yet: the figures are for the record.
    console.log(`dev2 (ours): ${(['people', 'quotes', 'dates', 'statements'] as const).map(show).join('; ')}`);
    expect(f.people!.rDen).toBeGreaterThan(100);
    expect(f.quotes!.rDen).toBeGreaterThan(200);
  });

  for (const t of [...TARGETS, ...DEV2_GOALS]) {
    it(`${t.corpus}: ${t.measure} ${t.figure} is at least ${t.min}`, () => {
      const figures = report.summary[t.corpus].ours[t.measure];
      expect(figures, `no ${t.measure} figures for the ${t.corpus} articles`).toBeDefined();
      const errors = report.articles
        .filter((a) => a.corpus === t.corpus)
        .flatMap((a) => (a.ours[t.measure]?.errors ?? []).map((e) => `${a.file}: ${e}`));
      const value = t.figure === 'precision' ? figures!.precision : figures!.recall;
      expect(
        value,
        `${t.corpus} ${t.measure} ${t.figure} ${value.toFixed(3)} < ${t.min}; errors:\n${errors.join('\n')}`,
      ).toBeGreaterThanOrEqual(t.min);
    });
  }
});

describe('the measure’s rules', () => {
  const gold = (over: Partial<GoldArticle>): GoldArticle => ({
    file: 'x.txt',
    corpus: 'dev',
    sha256: '',
    publication: null,
    people: [],
    organizations: [],
    places: [],
    statements: [],
    dates: [],
    ...over,
  });

  it('compares names without case, diacritics, apostrophe style, possessive ’s, full stops or a leading “the”', () => {
    expect(normName('China’s Defence Ministry')).toBe(normName("china's defence ministry"));
    expect(normName('Hélène Castagne,')).toBe('helene castagne');
    expect(normName('the U.S.')).toBe('us');
  });

  it('counts a gold entity once: a second prediction of it is a false positive; an optional one is ignored', () => {
    const golds = [
      { name: 'Andrei Belousov', aliases: ['Belousov'] },
      { name: 'Reuters', aliases: [], optional: true },
    ];
    const predicted = [
      { type: 'person' as const, names: ['Belousov'], roles: [] },
      { type: 'person' as const, names: ['Andrei Belousov'], roles: [] },
      { type: 'person' as const, names: ['Reuters'], roles: [] },
      { type: 'person' as const, names: ['Telegram'], roles: [] },
    ];
    const { measure } = scoreEntities(golds, predicted, 'person');
    expect(measure).toMatchObject({ pNum: 1, pDen: 3, rNum: 1, rDen: 1 });
    expect(measure.errors.join('\n')).toMatch(/extra person “Belousov”.*\n.*wrong person “Telegram”/);
  });

  it('scores quote attribution on statements with a speaker, and a group’s statement given to someone as wrong', () => {
    const g = gold({
      people: [
        { name: 'Teodora Lisken', aliases: ['Lisken'] },
        { name: 'Dmitri Voskresin', aliases: ['Voskresin'] },
      ],
      statements: [
        { kind: 'direct', text: 'The dam will not be switched off', speaker: 'Teodora Lisken' },
        { kind: 'direct', text: 'Every cubic metre that Valdoria holds back', speaker: 'Dmitri Voskresin' },
        { kind: 'indirect', text: 'the negotiations would centre on a minimum flow', speaker: null },
      ],
    });
    const { quotes, found } = scoreStatements(g, [
      { content: '“The dam will not be switched off,”', speaker: ['Lisken'] },
      {
        content: 'Every cubic metre that Valdoria holds back is a cubic metre our farmers lose.',
        speaker: ['Teodora Lisken'],
      },
      { content: 'the negotiations would centre on a minimum flow', speaker: ['Dmitri Voskresin'] },
      { content: 'water war', speaker: ['Dmitri Voskresin'] },
      { content: 'the negotiations would centre' },
    ]);
    expect(quotes).toMatchObject({ pNum: 1, pDen: 4, rNum: 1, rDen: 2 });
    expect(found).toMatchObject({ pNum: 4, pDen: 5, rNum: 3, rDen: 3 });
  });

  it('leaves out an optional statement, unless it is given to someone other than its speaker', () => {
    const g = gold({
      people: [
        { name: 'Ada Interviewer', aliases: [] },
        { name: 'Bo Author', aliases: ['Bo'] },
      ],
      statements: [
        { kind: 'direct', text: 'What will you do with the money', speaker: 'Ada Interviewer', optional: true },
        { kind: 'direct', text: 'fix the roof and buy new shoes', speaker: 'Bo Author' },
      ],
    });
    const answer = { content: 'Fix the roof and buy new shoes.', speaker: ['Bo'] };
    const question = 'What will you do with the money?';
    const asked = scoreStatements(g, [
      answer,
      { content: question, speaker: ['Ada Interviewer'] },
      { content: question },
    ]).quotes;
    expect(asked).toMatchObject({ pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
    const misgiven = scoreStatements(g, [answer, { content: question, speaker: ['Bo Author'] }]).quotes;
    expect(misgiven).toMatchObject({ pNum: 1, pDen: 2, rNum: 1, rDen: 1 });
    expect(misgiven.errors.join('\n')).toMatch(/wrong speaker .*optional.*Bo Author/);
  });

  it('scores relative dates at the one publication day that suits the article best', () => {
    const text = 'Russia said last week it met on Tuesday.';
    const g = gold({
      dates: [
        { text: 'last week', value: { unit: 'week', days: [-13, -1] } },
        { text: 'on Tuesday', value: { weekday: 'Tuesday', days: [-6, 0] } },
      ],
    });
    const monday = dayNumber(2024, 6, 3);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, label: s });
    const right = scoreDates(g, text, [
      { ...at('last week'), from: monday, to: monday + 6 },
      { ...at('Tuesday'), from: monday + 8, to: monday + 8 },
    ]);
    expect(right).toMatchObject({ pNum: 2, pDen: 2, rNum: 2, rDen: 2 });
    // A week that is not Monday to Sunday, and a Wednesday called Tuesday, are wrong whatever the day of publication.
    const wrong = scoreDates(g, text, [
      { ...at('last week'), from: monday + 1, to: monday + 7 },
      { ...at('Tuesday'), from: monday + 9, to: monday + 9 },
    ]);
    expect(wrong).toMatchObject({ pNum: 0, pDen: 2, rNum: 0, rDen: 2 });
  });

  it('scores ISO dates exactly, or within the gold tolerance', () => {
    const text = 'Two weeks ago, in June 2021, they met.';
    const g = gold({
      publication: '2023-03-24',
      dates: [
        { text: 'Two weeks ago', value: '2023-03-10', tolerance: 3 },
        { text: 'in June 2021', value: '2021-06' },
      ],
    });
    const d = (s: string, from: number, to = from) => ({
      start: text.indexOf(s),
      end: text.indexOf(s) + s.length,
      label: s,
      from,
      to,
    });
    const scored = scoreDates(g, text, [
      d('Two weeks ago', dayNumber(2023, 3, 12)),
      d('June 2021', dayNumber(2021, 6, 1), dayNumber(2021, 6, 29)),
    ]);
    expect(scored).toMatchObject({ pNum: 1, pDen: 2, rNum: 1, rDen: 2 });
  });
});

describe('the dev articles of the measure', () => {
  it.skipIf(!existsSync(SHARED_DEV_DIR))('are byte for byte the shared dev corpus', () => {
    for (const file of readdirSync(SHARED_DEV_DIR)) {
      expect(readFileSync(join(VENDORED_DEV_DIR, file)).equals(readFileSync(join(SHARED_DEV_DIR, file))), file).toBe(
        true,
      );
    }
  });

  it.skipIf(!existsSync(SHARED_DEV2_DIR))('are byte for byte the shared dev2 corpus, and no more', () => {
    const shared = readdirSync(SHARED_DEV2_DIR).sort();
    expect(readdirSync(VENDORED_DEV2_DIR).sort()).toEqual(shared);
    for (const file of shared) {
      expect(readFileSync(join(VENDORED_DEV2_DIR, file)).equals(readFileSync(join(SHARED_DEV2_DIR, file))), file).toBe(
        true,
      );
    }
  });
});

describe('the dev2 gold annotations', () => {
  const golds = loadGold().filter((g) => g.corpus === 'dev2');
  const files = readdirSync(VENDORED_DEV2_DIR).sort();

  it('annotate every dev2 article, once', () => {
    expect(golds.map((g) => g.file).sort()).toEqual(files);
  });

  for (const gold of golds) {
    it(`${gold.file}: loads and fits its file`, () => {
      const bytes = readFileSync(join(VENDORED_DEV2_DIR, gold.file));
      const text = bytes.toString('utf8');
      expect(createHash('sha256').update(bytes).digest('hex'), 'sha256 of the annotated file').toBe(gold.sha256);
      // Every quoted text and every date is the file's own; every speaker is an annotated entity.
      expect(checkGold(gold, text)).toEqual([]);
      for (const d of gold.dates) expect(typeof locateDate(text, d), d.text).toBe('object');
      for (const e of [...gold.people, ...gold.organizations, ...gold.places]) {
        // A name is in the file as written, or (diacritics, an apostrophe or a leading “The” aside) nearly so.
        const seen = [e.name, ...e.aliases].some(
          (n) => text.includes(n) || text.toLowerCase().includes(n.toLowerCase().replace(/^the /, '')),
        );
        expect(seen, `${e.name}: no name of it in the file`).toBe(true);
      }
      expect(gold.people.length).toBeGreaterThan(0);
      expect(gold.statements.length).toBeGreaterThan(0);
      expect(gold.dates.length).toBeGreaterThan(0);
    });
  }
});

/** Every span of an article's facts, named for the error message. */
function factSpans(facts: ReturnType<typeof extractArticle>): [string, Span][] {
  const out: [string, Span][] = [];
  facts.entities.forEach((e, i) => {
    out.push([`entity ${i} name`, e.name]);
    if (e.qualifier) out.push([`entity ${i} qualifier`, e.qualifier]);
    e.mentions.forEach((m, k) => out.push([`entity ${i} mention ${k} (${m.kind})`, m]));
    e.roles.forEach((r, k) => {
      out.push([`entity ${i} role ${k}`, r], [`entity ${i} role ${k} head`, r.head]);
      if (r.qualifier) out.push([`entity ${i} role ${k} qualifier`, r.qualifier]);
    });
  });
  facts.statements.forEach((s, i) => {
    out.push([`statement ${i} content`, s.content], [`statement ${i} context`, s.context]);
    if (s.speakerSpan) out.push([`statement ${i} speakerSpan`, s.speakerSpan]);
  });
  facts.times.forEach((t, i) => out.push([`time ${i}`, t]));
  facts.events.forEach((e, i) => out.push([`event ${i}`, e.span]));
  return out;
}

describe('every extracted fact’s span is its file’s own text', () => {
  const corpora: [string, string][] = [
    ['seeds', SEEDS_DIR],
    ['dev', corpusDir('dev')],
    ['dev2', corpusDir('dev2')],
  ];
  for (const [name, dir] of corpora) {
    const { articles } = loadCorpus(dir);
    it(`${name}: the folder has articles`, () => expect(articles.length).toBeGreaterThan(0));
    for (const article of articles) {
      it(`${name}/${article.file}`, () => {
        const file = readFileSync(join(dir, article.file), 'utf8');
        expect(article.text).toBe(file);
        const bad: string[] = [];
        for (const [what, span] of factSpans(extractArticle(article))) {
          const { start, end } = span;
          if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > file.length || start >= end) {
            bad.push(`${what}: [${start}, ${end}) is not a non-empty span of the ${file.length} characters`);
            continue;
          }
          const quote = file.slice(start, end);
          if (!quote.trim()) bad.push(`${what}: [${start}, ${end}) is blank`);
          if (article.text.slice(start, end) !== quote) bad.push(`${what}: [${start}, ${end}) differs from the file`);
        }
        expect(bad).toEqual([]);
      });
    }
  }
});
