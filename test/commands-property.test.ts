// Property tests: whatever a user types into any option, and whatever the articles say, every
// reply fits Discord's limits, pings nobody, cites only the files' exact text, and nothing throws.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCommand, runPage } from '../commands/index.ts';
import { parseCommand } from '../src/console/parse-command.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log.ts';
import { parseCustomId } from '../src/render/custom-id.ts';
import { renderReply, replyText } from '../src/render/discord.ts';
import { renderSources, type SourcesRecord } from '../src/render/sources.ts';
import { checkAutocompleteChoices, checkMessagePayload, issueStrings } from './support/discord-limits.ts';

const ROOT = resolve(import.meta.dirname, '..');
const HOSTILE = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '**bold** __under__ ~~strike~~ ||spoiler|| `code` ```block```',
  '> quote\n# heading\n- list',
  '[link](https://example.com)',
  '\u200b\u200c\u200d\u2060\ufeff',
  'ש֖ל֥וֹם مرحبا 你好 こんにちは',
  '🦀🔥👩‍👩‍👧‍👦🏳️‍🌈',
  '\\'.repeat(50),
  '"'.repeat(30),
  '\n\n\n',
  ' ',
  'Belousov'.repeat(40),
  'x'.repeat(5000),
  '/who /ask',
  'page:0',
  ':',
];

const optionValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    'Belousov',
    'Xi',
    'Lisken',
    'Haddad',
    'Who did Belousov meet?',
    'When did Valhydro begin building the Velka dam?',
    'cholera',
  ),
);

let kb: KnowledgeBase;
/** What discord.js sends for these options: allowedMentions becomes allowed_mentions. */
const apiPayload = ({ allowedMentions, ...rest }: ReturnType<typeof renderReply>) => ({
  ...rest,
  allowed_mentions: allowedMentions,
});
const hashOf = (file: string) => kb.articles.find((a) => a.file === file)?.hash;

function checkReply(answer: ReturnType<typeof runCommand>): void {
  const reply = renderReply(answer, { hashOf });
  const issues = checkMessagePayload(apiPayload(reply));
  expect(issueStrings(issues)).toEqual([]);
  expect(reply.allowedMentions.parse).toEqual([]);
  const text = replyText(reply);
  // Nothing that pings: the text shows mentions broken or escaped, and parse is empty anyway.
  expect(text.length).toBeGreaterThan(0);
  for (const c of answer.citations) {
    const article = kb.articles.find((a) => a.file === c.file)!;
    expect(article.text.slice(c.start, c.end)).toBe(c.quote);
  }
  for (const row of reply.components) {
    for (const button of row.components) expect(button.custom_id.length).toBeLessThanOrEqual(100);
  }
}

describe('commands under random and hostile input', () => {
  beforeAll(async () => {
    const dir = join(ROOT, 'test/eval/articles/dev');
    ({ kb } = await loadKnowledge(dir, createLogger('text', 'error'), { cacheDir: false }));
    expect(kb.articles.length).toBeGreaterThan(3);
  });

  it('every command answers any option value within the limits, never throwing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS.keys()),
        optionValue,
        fc.integer({ min: -5, max: 50 }),
        (name, value, page) => {
          const command = COMMANDS.get(name)!;
          const first = (command.data.toJSON() as { options?: { name: string }[] }).options?.[0]?.name;
          const answer = runCommand(kb, name, first ? { [first]: value, page: String(page) } : { page: String(page) });
          checkReply(answer);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('autocomplete gives at most 25 valid choices for any text', () => {
    fc.assert(
      fc.property(optionValue, (typed) => {
        for (const command of COMMANDS.values()) {
          if (!command.autocomplete) continue;
          const choices = command.autocomplete(kb, 'name', typed);
          expect(issueStrings(checkAutocompleteChoices(choices))).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('pager and Sources buttons answer within the limits for any custom_id', () => {
    // Records as real replies make them, for Sources ids that name one.
    const kept = new Map<string, SourcesRecord>();
    for (const line of ['/who Lisken', '/timeline', '/quotes']) {
      const parsed = parseCommand(line);
      if (parsed.ok)
        renderReply(runCommand(kb, parsed.name, parsed.options), { hashOf, keepSources: (r) => kept.set(r.id, r) });
    }
    const ids = [...kept.keys()];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.constantFrom(
            'S|',
            'S|zz:1-2',
            'P|timeline|2|',
            'P|quotes|999999|x',
            'P|nope|1|a',
            'S|0123456789:0-zz',
            'S:AAAAAAAAAAAAAAAA',
            'S:AAAAAAAAAAAAAAAA:3',
          ),
          fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 0, max: 20 })).map(([id, page]) => `S:${id}:${page}`),
        ),
        (id) => {
          const action = parseCustomId(id);
          if (!action) return;
          if (action.kind === 'page') checkReply(runPage(kb, action.command, action.page, action.argument));
          else {
            const reply =
              action.kind === 'sources'
                ? renderSources(kb, kept.get(action.id), action.page)
                : renderSources(kb, { entries: action.entries });
            expect(issueStrings(checkMessagePayload(apiPayload(reply)))).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a real Sources button shows the cited sentences', () => {
    const answer = runCommand(kb, 'who', { name: 'Lisken' });
    let record: SourcesRecord | undefined;
    const reply = renderReply(answer, { hashOf, keepSources: (r) => (record = r) });
    const id = reply.components[0].components[0].custom_id;
    const action = parseCustomId(id);
    expect(action).toMatchObject({ kind: 'sources', id: record!.id, turn: false });
    const sources = renderSources(kb, record);
    expect(sources.embeds[0].description).toContain('Lisken');
    expect(sources.flags).toBe(64);
  });

  it('the console parser never throws on any line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          optionValue.map((v) => `/who ${v}`),
          optionValue.map((v) => `/timeline about:${v} page:${v}`),
        ),
        (line) => {
          const parsed = parseCommand(line);
          expect(typeof parsed.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('article text cannot ping anyone or format the reply', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    writeFileSync(
      join(dir, 'hostile.txt'),
      'LONDON (Reuters) - @everyone Minister Ana Duarte said: “<@123456789012345678> **read this** and @here too, please.” Ana Duarte met @everyone on Tuesday.\n',
    );
    const { kb: hostile } = await loadKnowledge(dir, createLogger('text', 'error'), { cacheDir: false });
    for (const line of ['/who Ana Duarte', '/quotes Ana Duarte', '/timeline', '/ask Who did Ana Duarte meet?']) {
      const parsed = parseCommand(line);
      if (!parsed.ok) throw new Error(parsed.error);
      const answer = runCommand(hostile, parsed.name, parsed.options);
      const reply = renderReply(answer, {});
      const markdown = JSON.stringify(reply.embeds);
      expect(markdown).not.toMatch(/(?<!\\u200b)@everyone/);
      expect(markdown).not.toMatch(/(?<!\\\\)<@\d/);
      expect(markdown).not.toContain('**read this**');
      expect(reply.allowedMentions.parse).toEqual([]);
    }
  });
});

// The fixture folder the eval uses is a verbatim copy of the shared dev articles.
it('uses the dev articles copied into the repository', () => {
  expect(readFileSync(join(ROOT, 'test/eval/articles/dev/01_orlen_dam_talks.txt'), 'utf8')).toContain('Teodora Lisken');
});
