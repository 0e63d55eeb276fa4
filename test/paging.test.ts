// Paging covers every item exactly once: as a property of the one paging function, for any list
// and any limits, and on real answers, where every event, quote and article of a folder is shown on
// exactly one page of its rendered reply and "page N of M" counts the pages there are. And the
// other counts a reader sees match what is listed: "…and N more" sits under the section it counts.

import fc from 'fast-check';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../commands/index.ts';
import type { Answer } from '../src/answer/answer.ts';
import { pageAt, pageStarts } from '../src/answer/paging.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.ts';
import { createLogger } from '../src/log.ts';
import { renderConsole } from '../src/render/console.ts';
import { embedLength, renderReply, replyText } from '../src/render/discord.ts';
import { plainText } from '../src/render/markdown.ts';
import { displayText } from '../src/corpus/display-text.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('pageStarts and pageAt', () => {
  const list = fc.record({
    costs: fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 }),
    /** What a heading repeated at the top of a page adds, per item. */
    opening: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 300 }),
    items: fc.integer({ min: 1, max: 40 }),
    chars: fc.integer({ min: 1, max: 6000 }),
  });

  it('puts every item on exactly one page, in order, no page empty or over its limits', () => {
    fc.assert(
      fc.property(list, ({ costs, opening, items, chars }) => {
        const cost = (i: number, opens: boolean) => costs[i] + (opens ? (opening[i] ?? 0) : 0);
        const starts = pageStarts(costs.length, cost, { items, chars });
        const seen: number[] = [];
        const count = Math.max(1, starts.length);
        for (let p = 1; p <= count; p++) {
          const page = pageAt(starts, costs.length, p)!;
          expect(page).toMatchObject({ index: p, count });
          if (costs.length) expect(page.to).toBeGreaterThan(page.from);
          expect(page.to - page.from).toBeLessThanOrEqual(items);
          // Within the character limit, unless one item alone is larger.
          const used = Array.from({ length: page.to - page.from }, (_, k) => cost(page.from + k, k === 0)).reduce(
            (a, b) => a + b,
            0,
          );
          if (page.to - page.from > 1) expect(used).toBeLessThanOrEqual(chars);
          for (let i = page.from; i < page.to; i++) seen.push(i);
        }
        expect(seen).toEqual(costs.map((_, i) => i));
        // No page before the first or past the last.
        expect(pageAt(starts, costs.length, 0)).toBeUndefined();
        expect(pageAt(starts, costs.length, count + 1)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('fills each page before starting the next, so there are no more pages than needed', () => {
    fc.assert(
      fc.property(list, ({ costs, items, chars }) => {
        const starts = pageStarts(costs.length, (i) => costs[i], { items, chars });
        // A page ended only because the next item would not have fitted.
        for (let p = 1; p < starts.length; p++) {
          const from = starts[p - 1];
          const to = starts[p];
          const used = costs.slice(from, to).reduce((a, b) => a + b, 0);
          expect(to - from === items || used + costs[to] > chars).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

let kb: KnowledgeBase;
beforeAll(async () => {
  ({ kb } = await loadKnowledge(join(ROOT, 'test/fixtures/dev2/articles'), createLogger('text', 'error'), {
    cacheDir: false,
  }));
});

describe('every item of a long list is on exactly one page of its reply', () => {
  /** Every page of a command's answer, rendered for Discord, with the lines each shows. */
  function allPages(name: string, options: Record<string, string> = {}) {
    const first = runCommand(kb, name, options);
    const count = first.page?.count ?? 1;
    const pages = [];
    for (let p = 1; p <= count; p++) {
      const answer = runCommand(kb, name, { ...options, page: String(p) });
      expect(answer.page?.index ?? 1).toBe(p);
      expect(answer.page?.count ?? 1).toBe(count);
      const reply = renderReply(answer, { hashOf: () => 'hash' });
      // A list with no footnotes may run on into a second embed.
      const text = plainText(reply.embeds.map((e) => e.description ?? '').join('\n'));
      expect(reply.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
      // Nothing is left out for space, and a page never ends on a heading.
      expect(text).not.toMatch(/…and \d+ more/);
      const lines = answer.sections.flatMap((s) => s.lines);
      expect(lines.length).toBeGreaterThan(0);
      for (const s of answer.sections)
        expect(s.lines.length, `a heading with no items: ${s.heading}`).toBeGreaterThan(0);
      // Lines show article text without its Markdown link markup (displayText).
      for (const line of lines) expect(text).toContain(displayText(line.text).slice(0, 40));
      expect(replyText(reply)).toContain(count > 1 ? `Page ${p} of ${count}` : '');
      pages.push({ answer, lines });
    }
    // Past the last page: said, not page 1 again.
    const past = runCommand(kb, name, { ...options, page: String(count + 1) });
    expect(past.found).toBe(false);
    expect(past.lead).toMatch(new RegExp(`no page ${count + 1}`));
    expect(renderConsole(past)).not.toContain('(not found)');
    return pages;
  }

  it('/timeline: as many lines over all pages as events the lead counts, none repeated', () => {
    const pages = allPages('timeline');
    expect(pages.length).toBeGreaterThan(2);
    const events = Number(/^(\d+) events?/.exec(pages[0].answer.lead!)![1]);
    const lines = pages.flatMap((p) => p.lines);
    expect(lines).toHaveLength(events);
    // Each line is one event: its first cited sentence and text, once.
    const keys = pages.flatMap((p) =>
      p.lines.map(
        (l) =>
          `${l.label}|${l.text}|${p.answer.citations[l.cites![0] - 1].start}|${p.answer.citations[l.cites![0] - 1].file}`,
      ),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('/quotes without a speaker: every quote and reported statement, as counted', () => {
    const pages = allPages('quotes');
    const [, direct, reported] = /^(\d+) direct quotes? and (\d+) reported statements?/
      .exec(pages[0].answer.lead!)!
      .map(Number);
    expect(reported).toBeGreaterThan(0);
    const lines = pages.flatMap((p) => p.lines);
    expect(lines).toHaveLength(direct + reported);
    expect(lines.filter((l) => l.quoted)).toHaveLength(direct);
    // Every statement but an interviewer's questions, which state nothing.
    const questions = kb.statements
      .map((_, i) => kb.statement(i))
      .filter(
        (st) =>
          kb.articles[st.article].paragraphs.find((p) => p.start <= st.content.start && st.content.start < p.end)
            ?.kind === 'question',
      ).length;
    expect(kb.statements.length - questions).toBe(direct + reported);
  });

  it('/articles: each article once', () => {
    const files = allPages('articles').flatMap((p) => p.lines.map((l) => l.text.split(' · ').pop()));
    expect(files.sort()).toEqual(kb.articles.map((a) => a.file).sort());
  });
});

/** The description's lines, grouped under the heading each follows. */
function bySection(answer: Answer): Map<string, string[]> {
  const text = plainText(renderReply(answer).embeds[0].description ?? '');
  const out = new Map<string, string[]>();
  let heading = '';
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (answer.sections.some((s) => s.heading === line)) heading = line;
    else (out.get(heading) ?? out.set(heading, []).get(heading)!).push(line);
  }
  return out;
}

describe('"…and N more" counts the section it is in', () => {
  for (const name of ['Sergei Dorokhin', 'Kaija Rautio', 'Aeromarka']) {
    it(`/who ${name}`, () => {
      const answer = runCommand(kb, 'who', { name });
      const sections = bySection(answer);
      for (const s of answer.sections) {
        const lines = sections.get(s.heading ?? '') ?? [];
        const more = lines.filter((l) => /^…and \d+ more/.test(l));
        if (s.more) expect(more, s.heading).toEqual([`…and ${s.more} more`]);
        else expect(more, s.heading).toEqual([]);
        // It closes its section.
        if (s.more) expect(lines[lines.length - 1]).toBe(`…and ${s.more} more`);
      }
    });
  }
});

describe('titles and labels', () => {
  it('adds no question mark after an emoji or a closing quote', () => {
    expect(runCommand(kb, 'ask', { question: 'Who leads the board 🙂' }).title).toBe('Who leads the board 🙂');
    expect(runCommand(kb, 'ask', { question: 'Who said “no”' }).title).toBe('Who said “no”');
    expect(runCommand(kb, 'ask', { question: 'Who leads the board' }).title).toBe('Who leads the board?');
  });

  it('does not label a usage error "(not found)"', () => {
    for (const answer of [
      runCommand(kb, 'who', { name: ' ' }),
      runCommand(kb, 'nosuch', {}),
      runCommand(kb, 'timeline', { page: '99' }),
    ]) {
      expect(answer.problem).toBe('usage');
      expect(renderConsole(answer)).not.toContain('(not found)');
    }
    expect(renderConsole(runCommand(kb, 'who', { name: 'Nobody Anywhere' }))).toContain('(not found)');
  });
});
