// A role before a name keeps all its words, the sentence's first word too: that word is
// capitalised only because it opens the sentence.

import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/corpus/parse-article.ts';
import { extractArticle } from '../src/extract/extract-article.ts';

function rolesIn(text: string): Record<string, string[]> {
  const parsed = parseArticleText('roles.txt', text, 'hash') as unknown as {
    article: Parameters<typeof extractArticle>[0];
  };
  const facts = extractArticle(parsed.article);
  const out: Record<string, string[]> = {};
  for (const e of facts.entities) {
    const name = e.mentions.find((m) => m.kind === 'name') ?? e.mentions[0];
    out[text.slice(name.start, name.end)] = e.roles.map((r) => text.slice(r.start, r.end));
  }
  return out;
}

describe('roles that open a sentence', () => {
  const text = [
    'PORT ELSWICK, May 3 (Reuters) - A cargo ship ran aground off Port Elswick on Tuesday.',
    '',
    'Coast guard spokesman Erik Lund said the crew of 14 was safe. Border police chief Anna Berg said two roads were closed.',
    '',
    'Harbour authority director Tom Vik said a salvage team would arrive on Wednesday.',
    '',
    'Elswick deputy mayor Mona Dahl said the town would help.',
  ].join('\n');
  const roles = rolesIn(text);

  it('keep their first word when it is a common word', () => {
    expect(roles['Erik Lund']).toContain('Coast guard spokesman');
    expect(roles['Anna Berg']).toContain('Border police chief');
    expect(roles['Tom Vik']).toContain('Harbour authority director');
  });

  it('leave out a name that opens the sentence', () => {
    expect(roles['Mona Dahl']).toEqual(['deputy mayor']);
  });
});
