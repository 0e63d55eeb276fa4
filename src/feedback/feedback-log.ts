// Feedback on answers: who pressed is kept only as a SHA-256 hash of their user id; what is kept is
// the command, its options, the answer's citations (file and span) and the verdict, one JSON object
// a line, appended to FEEDBACK_LOG (default .cache/feedback.jsonl). Answers are remembered in
// memory, by a key their buttons carry, until the button is pressed; after a restart a press still
// counts, with the command its button names.

import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LRUCache } from 'lru-cache';

export type Verdict = 'helpful' | 'not helpful';

export interface CitedSpan {
  file: string;
  start: number;
  end: number;
}

/** What is kept of an answer until someone rates it. */
export interface RatedAnswer {
  /** The command's name: "who", "timeline", "Check in the articles". */
  command: string;
  options: Record<string, string>;
  citations: CitedSpan[];
}

export interface FeedbackEntry {
  time: string;
  /** The server's id; null in direct messages and group DMs. */
  guild: string | null;
  /** SHA-256 of the user id, hex: tells repeat presses apart without keeping who pressed. */
  user: string;
  command: string;
  /** Null when the answer was given before the bot restarted and its details are gone. */
  options: Record<string, string> | null;
  citations: CitedSpan[] | null;
  verdict: Verdict;
  /** The answer's key, shared by every press on the same answer. */
  answer: string;
}

export const DEFAULT_FEEDBACK_LOG = join('.cache', 'feedback.jsonl');

export function hashUser(userId: string): string {
  return createHash('sha256').update(userId).digest('hex');
}

/** The same answer always gets the same key: its command, options and citations. */
export function answerKey(answer: RatedAnswer): string {
  return createHash('sha256')
    .update(JSON.stringify([answer.command, answer.options, answer.citations.map((c) => [c.file, c.start, c.end])]))
    .digest('base64url')
    .slice(0, 16);
}

export class FeedbackLog {
  private readonly answers: LRUCache<string, RatedAnswer>;
  /** Appends one at a time, so lines never interleave. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    capacity = 10_000,
  ) {
    this.answers = new LRUCache({ max: capacity });
  }

  /** Keeps the answer until it is rated (the oldest is forgotten past `capacity`); returns its key. */
  remember(answer: RatedAnswer): string {
    const key = answerKey(answer);
    this.answers.set(key, answer);
    return key;
  }

  recall(key: string): RatedAnswer | undefined {
    return this.answers.get(key);
  }

  record(entry: FeedbackEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const done = this.writing.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, line, 'utf8');
    });
    this.writing = done.catch(() => undefined);
    return done;
  }
}

/** Every readable line of a feedback log (a damaged line is skipped). */
export function readFeedback(path: string): FeedbackEntry[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (!line.trim()) return [];
      try {
        const e = JSON.parse(line) as FeedbackEntry;
        return typeof e.command === 'string' && (e.verdict === 'helpful' || e.verdict === 'not helpful') ? [e] : [];
      } catch {
        return [];
      }
    });
}

export interface CommandTally {
  command: string;
  notHelpful: number;
  helpful: number;
}

/**
 * Commands by how often their answers were marked not helpful, most first. A person's latest press
 * on an answer is their verdict: changing one's mind, or pressing twice, counts once.
 */
export function tallyByCommand(entries: readonly FeedbackEntry[]): CommandTally[] {
  const latest = new Map<string, FeedbackEntry>();
  for (const e of entries) latest.set(`${e.user}|${e.answer}`, e);
  const tallies = new Map<string, CommandTally>();
  for (const e of latest.values()) {
    const t =
      tallies.get(e.command) ??
      tallies.set(e.command, { command: e.command, notHelpful: 0, helpful: 0 }).get(e.command)!;
    if (e.verdict === 'not helpful') t.notHelpful++;
    else t.helpful++;
  }
  return [...tallies.values()].sort(
    (a, b) =>
      b.notHelpful - a.notHelpful ||
      b.notHelpful / (b.notHelpful + b.helpful) - a.notHelpful / (a.notHelpful + a.helpful) ||
      a.command.localeCompare(b.command),
  );
}
