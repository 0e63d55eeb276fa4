// The Sources view behind a reply's button: every citation of the reply, with the reply's own
// numbers in the reply's order, each with its article's title, paragraph and whole sentence, over
// as many pages as it takes. The button names a record (what it needs, kept on the bot's side by
// src/discord/sources-store.ts); a citation whose article changed or vanished since the reply is
// said to be no longer available rather than shown from the wrong text.

import { createHash } from 'node:crypto';
import type { Citation } from '../answer/answer.ts';
import { pageAt, pageStarts } from '../answer/paging.ts';
import type { Span } from '../corpus/article.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { sourcesPageId } from './custom-id.ts';
import { EPHEMERAL, LIMITS, type ReplyPayload } from './discord.ts';
import { displayText } from '../corpus/display-text.ts';
import { bold, clip, escapeMarkdown } from './markdown.ts';

/** What a Sources button needs of one citation: where it is, and which version of the article it was. */
export interface SourceEntry {
  n: number;
  file: string;
  /** The first hex digits of the article's content hash when the reply was made. */
  hash: string;
  start: number;
  end: number;
  /** The sentence or sentences the citation stands in; legacy buttons carry none. */
  context?: Span;
}

export interface SourcesRecord {
  /** Short, derived from the entries: the same citations always get the same id. */
  id: string;
  entries: SourceEntry[];
}

const HASH_DIGITS = 16;
const ID_CHARS = 16;
/** A sentence longer than this (a table, a run-on list) is shown cut; nothing in news prose comes near. */
const SENTENCE_MAX = 1500;
/** The note about unavailable sources is kept room for on every page. */
const NOTE_RESERVE = 240;
const SOURCES_PER_PAGE = 25;
const BUTTON_STYLE_PRIMARY = 1;

export function sourcesRecord(
  citations: readonly Citation[],
  hashOf: (file: string) => string | undefined,
): SourcesRecord {
  const entries = citations.map((c): SourceEntry => ({
    n: c.n,
    file: c.file,
    hash: (hashOf(c.file) ?? '').slice(0, HASH_DIGITS),
    start: c.start,
    end: c.end,
    context: { start: c.context.start, end: c.context.end },
  }));
  const id = createHash('sha256').update(JSON.stringify(entries)).digest('base64url').slice(0, ID_CHARS);
  return { id, entries };
}

interface Shown {
  text: string;
  stale: boolean;
}

/** One citation as the Sources view shows it: "[n] Title (file, ¶p)" and its whole sentence, the cited words in bold. */
function showEntry(kb: KnowledgeBase, entry: SourceEntry): Shown {
  const article = entry.hash
    ? (kb.articles.find((a) => a.file === entry.file && a.hash.startsWith(entry.hash)) ??
      kb.articles.find((a) => a.hash.startsWith(entry.hash)))
    : undefined;
  if (!article || entry.end > article.text.length || entry.start > entry.end) {
    return {
      text: `${bold(`[${entry.n}]`)} no longer available: ${entry.file ? escapeMarkdown(entry.file) : 'its article'} changed or was removed since this reply.`,
      stale: true,
    };
  }
  // The whole sentences around the cited span (and its context).
  const from = Math.min(entry.start, entry.context?.start ?? entry.start);
  const to = Math.max(entry.end, entry.context?.end ?? entry.end);
  const first = article.sentences.find((s) => s.end > from) ?? article.sentences[0];
  const last = [...article.sentences].reverse().find((s) => s.start < to) ?? first;
  const start = Math.min(from, first?.start ?? from);
  const end = Math.max(to, last?.end ?? to);
  const paragraph = (first?.paragraph ?? 0) + 1;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  // Shown without Markdown link and image markup; each piece may be cut inside a link.
  const before =
    displayText(flat(article.text.slice(start, entry.start)).trimStart()) +
    (/\s$/.test(flat(article.text.slice(start, entry.start))) ? ' ' : '');
  const cited = displayText(flat(article.text.slice(entry.start, entry.end)));
  const after =
    (/^\s/.test(flat(article.text.slice(entry.end, end))) ? ' ' : '') +
    displayText(flat(article.text.slice(entry.end, end)).trimEnd());
  let sentence: string;
  if (before.length + cited.length + after.length > SENTENCE_MAX)
    sentence = escapeMarkdown(clip(`${before}${cited}${after}`, SENTENCE_MAX));
  else if ((before.trim() || after.trim()) && cited.trim())
    sentence = `${escapeMarkdown(before)}${bold(escapeMarkdown(cited))}${escapeMarkdown(after)}`;
  else sentence = escapeMarkdown(`${before}${cited}${after}`);
  const head = `${bold(`[${entry.n}] ${escapeMarkdown(clip(article.title.text, 90))}`)} (${escapeMarkdown(article.file)}, ¶${paragraph})`;
  return { text: `${head}\n> ${sentence}`, stale: false };
}

/**
 * Page `page` of the Sources view of a record; `undefined` entries (a record no longer kept) say
 * so. Stale entries keep their number, so the numbering still matches the reply.
 */
export function renderSources(
  kb: KnowledgeBase,
  record: { id?: string; entries: SourceEntry[] } | undefined,
  page = 1,
): ReplyPayload {
  const payload = (description: string, title = 'Sources'): ReplyPayload => ({
    embeds: [{ title, description, color: 0x2f6fb5 }],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  });
  if (!record || !record.entries.length) {
    return payload(
      'These sources are no longer available: this reply is older than the bot keeps its sources, or they were cleared. Please run the command again.',
    );
  }
  const shown = record.entries.map((e) => showEntry(kb, e));
  const starts = pageStarts(shown.length, (i) => shown[i].text.length + 2, {
    items: SOURCES_PER_PAGE,
    chars: LIMITS.description - NOTE_RESERVE,
  });
  const at =
    pageAt(starts, shown.length, page) ?? pageAt(starts, shown.length, Math.min(Math.max(1, page), starts.length))!;
  const onPage = shown.slice(at.from, at.to);
  let description = onPage.map((s) => s.text).join('\n\n');
  const stale = shown.filter((s) => s.stale).length;
  if (stale) {
    const which = stale === shown.length ? 'These sources are' : `${stale} of these ${shown.length} sources are`;
    const note = `${which} no longer available: the article changed or was removed since this reply.`;
    description = description ? `${description}\n\n${note}` : note;
  }
  const title = at.count > 1 ? `Sources (page ${at.index} of ${at.count})` : 'Sources';
  const out = payload(description.slice(0, LIMITS.description), title);
  if (at.count > 1) {
    const n = (i: number) => record.entries[i].n;
    out.embeds[0].footer = { text: `[${n(at.from)}]–[${n(at.to - 1)}] of ${shown.length} sources` };
    if (record.id) {
      out.components = [
        {
          type: 1,
          components: [
            {
              type: 2,
              style: BUTTON_STYLE_PRIMARY,
              label: '◀ Previous',
              custom_id: sourcesPageId(record.id, Math.max(1, at.index - 1)),
              disabled: at.index <= 1,
            },
            {
              type: 2,
              style: BUTTON_STYLE_PRIMARY,
              label: 'Next ▶',
              custom_id: sourcesPageId(record.id, Math.min(at.count, at.index + 1)),
              disabled: at.index >= at.count,
            },
          ],
        },
      ];
    }
  }
  return out;
}
