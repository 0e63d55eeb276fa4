import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { generateArticles, generateQueries, writeCorpus, type SyntheticArticle } from '../bench/synthetic-corpus.ts';

const take = (count: number, seed?: number): SyntheticArticle[] => [...generateArticles(count, seed)];
/** Apostrophes are curly in some articles; queries are typed with straight ones. */
const plain = (s: string) => s.replace(/’/g, "'");

describe('synthetic corpus: determinism', () => {
  it('gives the same files, byte for byte, for the same seed', () => {
    expect(take(60, 7)).toEqual(take(60, 7));
    expect(take(20)).toEqual(take(20));
  });

  it('gives different files for a different seed', () => {
    const a = take(30, 7);
    const b = take(30, 8);
    const same = a.filter((x, i) => x.text === b[i].text).length;
    expect(same).toBe(0);
  });

  it('does not depend on how many articles are asked for', () => {
    expect(take(10, 3)).toEqual(take(25, 3).slice(0, 10));
  });

  it('gives the same queries for the same seed and different ones for another', () => {
    expect(generateQueries(50, 100, 7)).toEqual(generateQueries(50, 100, 7));
    expect(generateQueries(50, 100, 8)).not.toEqual(generateQueries(50, 100, 7));
  });
});

describe('synthetic corpus: sizes', () => {
  it('generates 1,000 articles quickly, about 2,500 characters each, all unique', () => {
    const started = performance.now();
    const articles = take(1000, 11);
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(3000);

    const lengths = articles.map((a) => a.text.length);
    const mean = lengths.reduce((s, n) => s + n, 0) / lengths.length;
    expect(mean).toBeGreaterThan(2300);
    expect(mean).toBeLessThan(2700);
    expect(Math.min(...lengths)).toBeGreaterThan(1500);
    expect(Math.max(...lengths)).toBeLessThan(3600);
    // Lengths vary rather than clustering at one value.
    expect(lengths.filter((n) => n < 2200).length).toBeGreaterThan(50);
    expect(lengths.filter((n) => n > 2800).length).toBeGreaterThan(50);

    expect(new Set(articles.map((a) => a.file)).size).toBe(1000);
    expect(new Set(articles.map((a) => a.text)).size).toBe(1000);
    for (const a of articles) expect(a.file).toMatch(/^a\d{5}_[a-z-]+\.(txt|md)$/);
  });

  it('is lazy: the first article of a huge corpus comes at once', () => {
    const started = performance.now();
    const first = generateArticles(1_000_000_000, 5).next();
    expect(first.done).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('writes the corpus to a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-corpus-'));
    try {
      const result = writeCorpus(join(dir, 'seeds'), 40, 9);
      const files = readdirSync(join(dir, 'seeds')).sort();
      expect(result.files).toBe(40);
      expect(files).toEqual(
        take(40, 9)
          .map((a) => a.file)
          .sort(),
      );
      const bytes = files.reduce((s, f) => s + readFileSync(join(dir, 'seeds', f)).length, 0);
      expect(result.bytes).toBe(bytes);
      expect(readFileSync(join(dir, 'seeds', files[0]), 'utf8')).toBe(
        take(40, 9).find((a) => a.file === files[0])!.text,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('synthetic corpus: shape', () => {
  const articles = take(400, 21);
  const count = (re: RegExp) => articles.filter((a) => re.test(a.text)).length;

  it('has every kind of dateline and header', () => {
    expect(
      count(/^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(Reuters\) - /m),
    ).toBeGreaterThan(20);
    expect(count(/^[A-Z][A-Z .'-]+(, [A-Z][A-Za-z ]+)? \(AP\) — /m)).toBeGreaterThan(20);
    expect(count(/^\(Reuters\) – /)).toBeGreaterThan(10);
    expect(
      count(/^---\ntitle: .+\ndate: \d{4}-\d{2}-\d{2}\nsource: .+\nurl: https:\/\/example\.com\/\S+\n/),
    ).toBeGreaterThan(80);
    expect(count(/^# \S/)).toBeGreaterThan(20);

    const datelined = articles.filter(
      (a) => /^(\(Reuters\)|[A-Z][A-Z .'-]+[,( ])/.test(a.text) && !a.text.startsWith('---'),
    );
    expect(datelined.length / articles.length).toBeGreaterThan(0.4);
    expect(datelined.length / articles.length).toBeLessThan(0.6);
  });

  it('puts front matter in both .md and .txt files, and it is valid YAML', () => {
    const withFront = articles.filter((a) => a.text.startsWith('---\n'));
    expect(withFront.some((a) => a.file.endsWith('.md'))).toBe(true);
    expect(withFront.some((a) => a.file.endsWith('.txt'))).toBe(true);
    for (const a of withFront) {
      const yamlText = a.text.slice(4, a.text.indexOf('\n---\n', 4));
      const data = parseYaml(yamlText) as Record<string, unknown>;
      expect(typeof data.title).toBe('string');
      expect(String(data.url)).toMatch(/^https:\/\/example\.com\//);
      expect(data.source).toBeTruthy();
    }
  });

  it('uses both paragraph layouts', () => {
    const body = (a: SyntheticArticle) => a.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(articles.filter((a) => a.file.endsWith('.txt') && !/\n\n\S/.test(body(a).trim())).length).toBeGreaterThan(
      40,
    );
    expect(articles.filter((a) => /\n\n\S/.test(body(a).trim())).length).toBeGreaterThan(100);
  });

  it('has quotes in every style, and credits in most articles', () => {
    expect(count(/“[^”]+,” [A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)* (said|told|added)/u)).toBeGreaterThan(50); // after
    expect(
      count(/ (said|told reporters|told a news conference|said in a statement|said in an interview): [“"]/),
    ).toBeGreaterThan(50); // before
    expect(count(/[“"][^“”"]+\. [^“”"]+,[”"] /)).toBeGreaterThan(20); // two sentences
    expect(count(/"[^"]+," /)).toBeGreaterThan(50); // straight
    expect(count(/ (said|told reporters) that /)).toBeGreaterThan(50); // reported speech
    expect(count(/according to a statement from/)).toBeGreaterThan(10);
    expect(count(/(a|an|its|the|their|as|been|called|was|were|would) [“"][\w -]{3,30}[”"][ .,]/)).toBeGreaterThan(30); // scare quotes

    const credits = count(/\n\(Reporting by [^;\n]+(; [^;\n]+)*; Editing by [^\n]+\)\n$/);
    expect(credits / articles.length).toBeGreaterThan(0.6);
    expect(count(/Additional reporting by /)).toBeGreaterThan(30);
  });

  it('has people with titles, appositives, possessive roles and later references', () => {
    expect(count(/\b(Finance|Foreign|Trade|Defence|Health|Labour|Interior|Energy) Minister [A-Z]/)).toBeGreaterThan(30);
    expect(count(/, (the|a) [a-z ]+ minister,/)).toBeGreaterThan(20);
    expect(
      count(/[A-Z][a-z]+'s (finance|foreign|trade|defence|health|labour|interior|water resources) minister/),
    ).toBeGreaterThan(20);
    expect(count(/\b(She|He) (said|told|urged|declined|added)/)).toBeGreaterThan(30);
    expect(
      count(/the (minister|governor|chief executive|union leader|prime minister|president) (said|told|added)/),
    ).toBeGreaterThan(20);
    expect(count(/the [A-Z][a-zA-Z ]+ \([A-Z.]{2,6}\)/)).toBeGreaterThan(150); // acronyms defined in parentheses
  });

  it('has absolute, relative and ranged dates, and numbers of every kind', () => {
    expect(
      count(
        /on (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/,
      ),
    ).toBeGreaterThan(50);
    expect(
      count(/in (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/),
    ).toBeGreaterThan(50);
    expect(count(/\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b/)).toBeGreaterThan(10);
    expect(count(/on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/)).toBeGreaterThan(300);
    expect(count(/last week|last month/)).toBeGreaterThan(30);
    expect(count(/\b(two|three|four) weeks ago|a year ago/)).toBeGreaterThan(20);
    expect(count(/next (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/)).toBeGreaterThan(20);
    expect(count(/\b(a|two|three) days? earlier/)).toBeGreaterThan(10);
    expect(count(/in \w+ this year/)).toBeGreaterThan(20);
    expect(count(/between \d{4} and \d{4}|from \d{4} to \d{4}/)).toBeGreaterThan(100);

    expect(count(/\$\d+(\.\d)? billion/)).toBeGreaterThan(50);
    expect(count(/\d+(\.\d+)?(%| percent)/)).toBeGreaterThan(200);
    expect(count(/\b\d{1,3}(,\d{3})+ (people|homes|cases|workers|members|troops|hectares)/)).toBeGreaterThan(50);
    expect(count(/\b\d{1,3}-\d{1,3}\b/)).toBeGreaterThan(20);
  });

  it('covers many topics', () => {
    const topics = new Set(articles.map((a) => a.file.replace(/^a\d+_|\.\w+$/g, '')));
    expect(topics.size).toBeGreaterThanOrEqual(12);
  });
});

describe('synthetic corpus: queries', () => {
  const articleCount = 300;
  const corpus = plain(
    take(articleCount, 31)
      .map((a) => a.text)
      .join('\n'),
  );
  const queries = generateQueries(250, articleCount, 31);
  const of = (kind: string) => queries.filter((q) => q.kind === kind).map((q) => q.text);

  it('returns the number asked for, in roughly equal shares of every kind', () => {
    expect(queries).toHaveLength(250);
    expect(generateQueries(7, 20, 31)).toHaveLength(7);
    for (const kind of ['ask', 'who', 'timeline', 'quotes', 'autocomplete']) {
      expect(of(kind).length).toBeGreaterThanOrEqual(45);
      expect(of(kind).length).toBeLessThanOrEqual(55);
    }
  });

  it('asks varied questions about the corpus', () => {
    const asks = of('ask');
    for (const a of asks) expect(a).toMatch(/^[A-Z].+\?$/);
    for (const opener of [
      /^Who /,
      /^What /,
      /^When /,
      /^Where /,
      /^How (many|much) /,
      /^Why /,
      /^(Did|Does|Is|Was) /,
    ]) {
      expect(
        asks.some((a) => opener.test(a)),
        String(opener),
      ).toBe(true);
    }
    expect(new Set(asks).size).toBeGreaterThan(asks.length * 0.7);
  });

  it('mostly names people and organisations that occur in the corpus', () => {
    const who = of('who');
    const occurring = who.filter((w) => corpus.includes(w));
    expect(occurring.length / who.length).toBeGreaterThan(0.75);
    expect(occurring.length).toBeLessThan(who.length); // and a few unknown names
    const quotes = of('quotes');
    expect(quotes.filter((w) => corpus.includes(w)).length / quotes.length).toBeGreaterThan(0.75);
  });

  it('has timelines with and without a subject, and short autocomplete prefixes', () => {
    const timeline = of('timeline');
    expect(timeline).toContain('');
    expect(timeline.filter((t) => t && corpus.includes(t)).length).toBeGreaterThan(timeline.length * 0.7);
    for (const p of of('autocomplete')) {
      expect(p.length).toBeGreaterThanOrEqual(1);
      expect(p.length).toBeLessThanOrEqual(6);
    }
    expect(of('autocomplete').filter((p) => corpus.toLowerCase().includes(p.toLowerCase())).length).toBeGreaterThan(
      of('autocomplete').length * 0.9,
    );
  });
});
