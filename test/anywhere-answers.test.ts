// The answers behind the new Discord features, on small invented articles: checking a message,
// several people of one name, subject suggestions, the feedback log and the timeline picture.

import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAYS, SAYS_NOTHING, answerCheck } from '../src/answer/check.ts';
import { entitiesFitting } from '../src/answer/several.ts';
import { answerQuotes } from '../src/answer/quotes.ts';
import { answerTimeline } from '../src/answer/timeline.ts';
import { answerWho } from '../src/answer/who.ts';
import { suggestSubjects, topicsOf } from '../src/answer/topics.ts';
import {
  FeedbackLog,
  hashUser,
  readFeedback,
  tallyByCommand,
  type FeedbackEntry,
} from '../src/feedback/feedback-log.ts';
import { feedbackReport } from '../src/feedback/report.ts';
import { FONT_FILE, renderTimelinePicture, timelineSpec } from '../src/render/timeline-picture.ts';
import { article, knowledge } from './support/small-corpus.ts';

const kb = knowledge(
  article(
    'bridge.txt',
    [
      'ARDLOW, March 4, 2025 (Reuters) - The Ardlow city council voted on Tuesday to close the old river bridge to lorries after inspectors found cracks in two of its steel girders.',
      '',
      'Mayor Petra Wendt said the bridge would stay open to cars and bicycles while engineers worked out the cost of repairs.',
      '',
      'Council engineer Tomas Wendt, who is not related to the mayor, said the cracks had grown since an inspection in 2023.',
      '',
      '"The bridge is safe for light traffic, but lorries must use the ring road," Tomas Wendt said.',
      '',
      'Repairs to the bridge are due to begin on June 2, 2025, the council said.',
    ].join('\n'),
  ),
  article(
    'ferry.txt',
    [
      'KELLSBY, April 9, 2025 (Reuters) - A new ferry service between Kellsby and Ardlow carried 4,000 passengers in its first week, operator Bluewater Lines said on Wednesday.',
      '',
      'Mayor Petra Wendt welcomed the ferry, saying it would ease traffic while the bridge is repaired.',
      '',
      'Bluewater Lines said it would add a second ferry in May.',
    ].join('\n'),
  ),
);

describe('checking a message against the articles', () => {
  it('quotes the sentences that bear on a claim, cited to their exact text, and states no verdict', () => {
    const answer = answerCheck(
      kb,
      'Apparently the council closed the bridge to lorries because inspectors found cracks in the girders.',
    );
    expect(answer.found).toBe(true);
    expect(answer.lead).toBe(SAYS);
    expect(answer.ephemeral).toBe(true);
    const lines = answer.sections.flatMap((s) => s.lines);
    expect(lines[0].text).toMatch(/voted on Tuesday to close the old river bridge to lorries/);
    for (const c of answer.citations) {
      const a = kb.articles.find((x) => x.file === c.file)!;
      expect(a.text.slice(c.start, c.end)).toBe(c.quote);
    }
    const said = [answer.title, answer.lead, answer.footer, ...lines.map((l) => l.text)].join(' ');
    expect(said).not.toMatch(/\b(true|false|correct|wrong|confirmed|misleading)\b/i);
  });

  it('finds a claim by the people it names and what it says of them', () => {
    const answer = answerCheck(kb, 'Petra Wendt welcomed the new ferry.');
    expect(answer.found).toBe(true);
    expect(
      answer.sections
        .flatMap((s) => s.lines)
        .map((l) => l.text)
        .join('\n'),
    ).toMatch(/Mayor Petra Wendt welcomed the ferry/);
  });

  it('says nothing about a message that shares no claim with the articles', () => {
    for (const message of [
      'The best pizza in town is at the corner shop.',
      'Petra Wendt loves opera and jazz.',
      '',
      '!!! ???',
    ]) {
      const answer = answerCheck(kb, message);
      expect(answer.found, message).toBe(false);
      expect(answer.lead).toBe(SAYS_NOTHING);
      expect(answer.citations).toEqual([]);
    }
  });

  it('heads each claim of a longer message with the claim', () => {
    const answer = answerCheck(
      kb,
      'The ferry carried 4,000 passengers in its first week. Repairs to the bridge begin in June.',
    );
    expect(answer.sections.length).toBe(2);
    expect(answer.sections[0].heading).toMatch(/^On “The ferry carried 4,000 passengers/);
  });
});

describe('several people of one name', () => {
  it('a surname shared by two people fits both, even when one goes by it alone', () => {
    const ids = entitiesFitting(kb, 'Wendt');
    expect(ids.map((id) => kb.registry.get(id).name).sort()).toEqual(['Petra Wendt', 'Tomas Wendt']);
    const who = answerWho(kb, 'Wendt');
    expect(who.pick?.command).toBe('who');
    expect(who.pick?.choices.map((c) => c.value).sort()).toEqual(['Petra Wendt', 'Tomas Wendt']);
    const lines = who.sections[0].lines;
    expect(lines.find((l) => l.label === 'Petra Wendt')?.text).toMatch(/Mayor.*in “/i);
    for (const c of who.pick!.choices) expect([...(c.description ?? '')].length).toBeLessThanOrEqual(100);
    expect(answerQuotes(kb, 'Wendt').pick?.command).toBe('quotes');
  });

  it('a title in the name picks the one the articles give it; a full name needs no choice', () => {
    expect(entitiesFitting(kb, 'Mayor Wendt').map((id) => kb.registry.get(id).name)).toEqual(['Petra Wendt']);
    expect(answerWho(kb, 'Tomas Wendt').pick).toBeUndefined();
    expect(answerQuotes(kb, 'Tomas Wendt').lead).toMatch(/from Tomas Wendt/);
  });
});

describe('subject suggestions', () => {
  it('offers topics from the headlines as well as people and organisations, ranked by articles', () => {
    expect(topicsOf(kb).map((t) => t.word)).toContain('bridge');
    const bri = suggestSubjects(kb, 'bri');
    expect(bri[0]).toMatchObject({ value: 'bridge', label: 'bridge · topic · 2 articles' });
    expect(suggestSubjects(kb, 'blue').map((s) => s.label)).toContainEqual(
      expect.stringMatching(/^Bluewater Lines · organisation/),
    );
    const all = suggestSubjects(kb, '');
    expect(all.length).toBeLessThanOrEqual(25);
    const counts = all.map((s) => s.articles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const s of all) expect([...s.label].length).toBeLessThanOrEqual(100);
  });
});

describe('the feedback log', () => {
  const entry = (over: Partial<FeedbackEntry>): FeedbackEntry => ({
    time: '2025-01-01T00:00:00.000Z',
    guild: null,
    user: hashUser('1'),
    command: 'who',
    options: { name: 'x' },
    citations: [],
    verdict: 'helpful',
    answer: 'a',
    ...over,
  });

  it('appends one JSON line a press, in order, and the report counts each person’s last verdict per answer', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'feedback-')), 'deep', 'feedback.jsonl');
    const log = new FeedbackLog(path);
    const key = log.remember({
      command: 'timeline',
      options: { about: 'bridge' },
      citations: [{ file: 'bridge.txt', start: 0, end: 5 }],
    });
    expect(log.recall(key)?.options).toEqual({ about: 'bridge' });
    await Promise.all([
      log.record(entry({ command: 'timeline', verdict: 'not helpful', answer: key })),
      log.record(entry({ command: 'timeline', verdict: 'helpful', answer: key })), // the same person changes their mind
      log.record(entry({ command: 'who', verdict: 'not helpful', user: hashUser('2') })),
      log.record(entry({ command: 'who', verdict: 'not helpful', user: hashUser('3') })),
    ]);
    writeFileSync(path, `${readFileSync(path, 'utf8')}{not json\n`);
    const entries = readFeedback(path);
    expect(entries.map((e) => e.verdict)).toEqual(['not helpful', 'helpful', 'not helpful', 'not helpful']);
    expect(tallyByCommand(entries)).toEqual([
      { command: 'who', notHelpful: 2, helpful: 0 },
      { command: 'timeline', notHelpful: 0, helpful: 1 },
    ]);
    expect(feedbackReport(path)).toMatch(/\/who\s+2\s+0\n\/timeline\s+0\s+1\n/);
  });

  it('hashes the user id with SHA-256 and forgets the oldest answers past its capacity', () => {
    expect(hashUser('300000000000000001')).toMatch(/^[0-9a-f]{64}$/);
    const log = new FeedbackLog(join(tmpdir(), 'unused.jsonl'), 2);
    const keys = ['a', 'b', 'c'].map((about) =>
      log.remember({ command: 'timeline', options: { about }, citations: [] }),
    );
    expect(log.recall(keys[0])).toBeUndefined();
    expect(log.recall(keys[2])).toBeDefined();
  });
});

describe('the timeline picture', () => {
  it('is a PNG drawn the same every time, from the shipped font only', async () => {
    const answer = answerTimeline(kb, 'bridge', 1, '/timeline bridge', { picture: true });
    const picture = answer.picture!;
    expect(picture.events.length).toBeGreaterThan(0);
    expect(new Set(picture.events.map((e) => e.article)).size).toBeGreaterThanOrEqual(1);
    const spec = timelineSpec(picture) as { layer: { encoding: { color?: { field: string } } }[] };
    expect(spec.layer.some((l) => l.encoding.color?.field === 'article')).toBe(true);
    const [a, b] = [await renderTimelinePicture(picture), await renderTimelinePicture(picture)];
    expect([...a.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(a.length).toBeGreaterThan(1024);
    expect(a.equals(b)).toBe(true);
    expect(existsSync(FONT_FILE)).toBe(true);
    expect(existsSync(FONT_FILE.replace('DejaVuSans.ttf', 'DejaVuSans-LICENSE.txt'))).toBe(true);
    expect(answerTimeline(kb, 'bridge').picture).toBeUndefined();
  });
});
