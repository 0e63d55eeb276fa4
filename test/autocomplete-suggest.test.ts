// Autocomplete's name suggestions: what a few typed letters bring up, and in which order.

import { describe, expect, it } from 'vitest';
import { article, knowledge } from './support/small-corpus.ts';

const STORY = `Orrin port reopens after storm

ORRIN, May 6, 2025 (Reuters) - The port of Orrin reopened on Tuesday, harbour master Ada Marrow said.

Marrow said the cranes were checked overnight. Marrow added that ships would berth from Wednesday.

Ada Vell, who runs the ferry company, said the first crossing would leave at noon.

The mayor, Mira Salko, thanked the crews.
`;

describe('name suggestions', () => {
  const kb = knowledge(article('port.txt', STORY));
  const names = (typed: string) => kb.registry.suggest(typed).map((id) => kb.registry.get(id).name);

  it('gives the most mentioned names with a word starting as typed, for a letter or two', () => {
    const a = names('a');
    expect(a).toContain('Ada Marrow');
    expect(a).toContain('Ada Vell');
    expect(a.indexOf('Ada Marrow')).toBeLessThan(a.indexOf('Ada Vell'));
    expect(names('sa')).toEqual(['Mira Salko']);
  });

  it('keeps, for a last word of a letter or two, the names whose next word starts so', () => {
    expect(names('ada m')).toEqual(['Ada Marrow']);
    expect(names('Ada V')).toEqual(['Ada Vell']);
  });

  it('puts names that start as typed before those a misspelling would match', () => {
    expect(names('Marr')[0]).toBe('Ada Marrow');
    expect(names('Marow')).toContain('Ada Marrow');
  });
});
