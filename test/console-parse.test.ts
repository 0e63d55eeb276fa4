// Commands typed at the console as in Discord, and the console's own arguments. Every input gives
// options or a clear error; nothing throws.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgs } from '../src/console/main.ts';
import { parseCommand } from '../src/console/parse-command.ts';

const ok = (line: string, name: string, options: Record<string, string>) =>
  expect(parseCommand(line)).toEqual({ ok: true, name, options });
const error = (line: string, message: RegExp) => {
  const parsed = parseCommand(line);
  expect(parsed.ok, `${JSON.stringify(line)} should be refused`).toBe(false);
  if (!parsed.ok) expect(parsed.error).toMatch(message);
};

describe('parsing a command line', () => {
  it('fills the first option with the text after the name', () => {
    ok('/who Belousov', 'who', { name: 'Belousov' });
    ok('/who Xi Jinping', 'who', { name: 'Xi Jinping' });
    ok('/ask Who did Belousov meet?', 'ask', { question: 'Who did Belousov meet?' });
  });

  it('takes a command with no options', () => {
    ok('/timeline', 'timeline', {});
    ok('/articles', 'articles', {});
    ok('/help', 'help', {});
  });

  it('reads named options', () => {
    ok('/timeline about:Taiwan', 'timeline', { about: 'Taiwan' });
    ok('/who name:Xi Jinping', 'who', { name: 'Xi Jinping' });
    ok('/quotes speaker:Lisken page:2', 'quotes', { speaker: 'Lisken', page: '2' });
    ok('/timeline page:3 about:Taiwan', 'timeline', { about: 'Taiwan', page: '3' });
    ok('/articles page:2', 'articles', { page: '2' });
  });

  it('ignores surrounding spaces and the case of the command name', () => {
    ok('   /WHO   Belousov  ', 'who', { name: 'Belousov' });
    ok('/who\tBelousov', 'who', { name: 'Belousov' });
  });

  it('keeps values with colons, quotes, markdown, emoji and other scripts as typed', () => {
    ok('/ask What happened at 10:30?', 'ask', { question: 'What happened at 10:30?' });
    ok('/ask question:a:b:c', 'ask', { question: 'a:b:c' });
    ok('/ask Who said "about: the dam"?', 'ask', { question: 'Who said "about: the dam"?' });
    ok('/ask question:What did “Lisken” say about **dams** and `@everyone`?', 'ask', {
      question: 'What did “Lisken” say about **dams** and `@everyone`?',
    });
    ok('/who 習近平 🙂', 'who', { name: '習近平 🙂' });
    ok('/who Ελευθέριος Βενιζέλος', 'who', { name: 'Ελευθέριος Βενιζέλος' });
    ok('/who عبد الله', 'who', { name: 'عبد الله' });
    ok('/who https://example.com/a:b', 'who', { name: 'https://example.com/a:b' });
    ok('/timeline about:Taiwan: the strait', 'timeline', { about: 'Taiwan: the strait' });
  });

  it('does not read an option name inside positional text as an option', () => {
    ok('/ask what is 10:30? about:x', 'ask', { question: 'what is 10:30? about:x' });
  });

  it('refuses an unknown command, pointing to /help', () => {
    error('/foo bar', /There is no \/foo command\. Try \/help\./);
    error('/whom Belousov', /no \/whom command/);
  });

  it('refuses a missing required option, with an example', () => {
    error('/who', /\/who needs name: for example \/who name:/);
    error('/who name:', /\/who needs name:/);
    error('/who   ', /\/who needs name:/);
    error('/ask', /\/ask needs question:/);
  });

  it('refuses an option over its max length, counting characters not UTF-16 units', () => {
    ok(`/who ${'a'.repeat(80)}`, 'who', { name: 'a'.repeat(80) });
    error(`/who ${'a'.repeat(81)}`, /name is too long \(at most 80 characters\)/);
    ok(`/who ${'🙂'.repeat(80)}`, 'who', { name: '🙂'.repeat(80) });
    error(`/ask ${'q'.repeat(301)}`, /question is too long \(at most 300 characters\)/);
  });

  it('refuses a page that is not a whole number', () => {
    error('/quotes speaker:Lisken page:two', /page must be a whole number, such as page:2\./);
    error('/quotes speaker:Lisken page:-1', /page must be a whole number/);
    error('/quotes speaker:Lisken page:2.5', /page must be a whole number/);
    error('/timeline page:', /page must be a whole number/);
    error('/timeline page:99999999999', /page must be a whole number/);
  });

  it('refuses options on a command that takes none', () => {
    error('/articles everything', /\/articles takes no options\./);
  });

  it('refuses text without a leading slash, with an example', () => {
    error('who Belousov', /Commands start with "\/", for example \/who Belousov\. Try \/help\./);
    error('', /Commands start with "\/"/);
    error('   ', /Commands start with "\/"/);
  });

  it('refuses a slash with no command name instead of throwing', () => {
    for (const line of ['/', '  /  ', '/ who Belousov']) {
      const parsed = parseCommand(line);
      expect(parsed.ok).toBe(false);
    }
  });

  it('reads page:N after a positional value', () => {
    ok('/timeline Taiwan page:2', 'timeline', { about: 'Taiwan', page: '2' });
    ok('/quotes Lisken page:3', 'quotes', { speaker: 'Lisken', page: '3' });
  });

  it('never throws for any line that starts with a slash and a name', () => {
    const name = fc.constantFrom('who', 'timeline', 'quotes', 'ask', 'articles', 'help', 'nosuch', 'WHO');
    const value = fc.string({ unit: 'grapheme', maxLength: 120 });
    const optionish = fc.constantFrom(
      '',
      ' name:',
      ' about:',
      ' speaker:',
      ' page:',
      ' question:',
      ' page:2',
      ':',
      ' "',
      ' **',
    );
    fc.assert(
      fc.property(name, fc.array(fc.tuple(optionish, value), { maxLength: 4 }), (n, parts) => {
        const line = `/${n}${parts.map(([o, v]) => `${o}${v}`).join(' ')}`;
        const parsed = parseCommand(line);
        if (parsed.ok) {
          expect(parsed.name).toBe(n.toLowerCase());
          for (const v of Object.values(parsed.options)) expect(v).toBe(v.trim());
        } else {
          expect(parsed.error).toMatch(/\S/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for any text without a leading slash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        fc.pre(!s.trim().startsWith('/'));
        expect(parseCommand(s)).toMatchObject({ ok: false });
      }),
      { numRuns: 200 },
    );
  });
});

describe('console arguments', () => {
  it('reads --json and --seeds DIR, and keeps the rest as commands', () => {
    expect(parseArgs(['--json', '--seeds', 'articles', '/who Belousov', '/timeline'], {})).toEqual({
      json: true,
      seeds: 'articles',
      commands: ['/who Belousov', '/timeline'],
    });
  });

  it('reads --seeds=DIR', () => {
    expect(parseArgs(['--seeds=/tmp/my seeds', '/articles'], {})).toEqual({
      json: false,
      seeds: '/tmp/my seeds',
      commands: ['/articles'],
    });
  });

  it('uses SEEDS_DIR when no --seeds is given, and --seeds over SEEDS_DIR', () => {
    expect(parseArgs([], { SEEDS_DIR: '/data/news' }).seeds).toBe('/data/news');
    expect(parseArgs(['--seeds', 'local'], { SEEDS_DIR: '/data/news' }).seeds).toBe('local');
    expect(parseArgs(['--seeds=local'], { SEEDS_DIR: '/data/news' }).seeds).toBe('local');
  });

  it('defaults to the seeds folder, text output and no commands', () => {
    expect(parseArgs([], {})).toEqual({ json: false, seeds: 'seeds', commands: [] });
    expect(parseArgs([], { SEEDS_DIR: '' }).seeds).toBe('seeds');
  });

  it('keeps the default when --seeds has no value', () => {
    expect(parseArgs(['--seeds'], {}).seeds).toBe('seeds');
  });
});
