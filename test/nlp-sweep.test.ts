// Our faster candidate search for compromise's post-tagger (src/extract/nlp-sweep.ts) must give
// exactly compromise's own tags and matches: both are run here on the fixture articles.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlp, tagTerms } from '../src/extract/nlp.ts';

type Doc = {
  document: { normal: string; tags: Set<string> }[][];
  match: (m: string) => { out: (f: string) => string[] };
};
const compromise = createRequire(import.meta.url)('compromise') as ((t: string) => Doc) & {
  methods: () => { one: { bulkMatch: unknown } };
};
const dir = join(import.meta.dirname, 'fixtures', 'holdout', 'articles');
const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
const tagsOf = (doc: Doc) => doc.document.flat().map((t) => `${t.normal}:${[...t.tags].sort().join(',')}`);
const PATTERNS = ['#Person+', '(said|says) #Noun', '#Value #Month', 'the [#Noun] of', '#Adjective? #Organization'];

describe('compromise with our candidate search', () => {
  // compromise's own results, taken before nlp() installs ours.
  const own = compromise.methods().one.bulkMatch;
  const before = texts.map((t) => {
    const doc = compromise(t);
    return { tags: tagsOf(doc), matches: PATTERNS.map((p) => doc.match(p).out('array')) };
  });

  it('is installed by nlp()', () => {
    nlp();
    expect(compromise.methods().one.bulkMatch).not.toBe(own);
  });

  it('tags every word of every article exactly as compromise does, and matches the same phrases', () => {
    nlp();
    expect(texts.length).toBeGreaterThan(3);
    texts.forEach((t, i) => {
      const doc = compromise(t);
      expect(tagsOf(doc)).toEqual(before[i].tags);
      expect(PATTERNS.map((p) => doc.match(p).out('array'))).toEqual(before[i].matches);
    });
  });

  it('tagTerms leaves out only the chunker: the same tags', () => {
    texts.forEach((t, i) => expect(tagsOf(tagTerms(t) as unknown as Doc)).toEqual(before[i].tags));
  });
});
