// What a button's custom_id (at most 100 characters) says. A Sources button names the record of
// its reply's citations, kept on the bot's side (src/discord/sources-store.ts), so it can show every
// citation however many there are; a pager button names the command, page and argument, so it
// needs no state at all. Both keep working after a restart.

import type { SourceEntry } from './sources.ts';

export const CUSTOM_ID_LIMIT = 100;

export type ButtonAction =
  /** `turn`: a button of the Sources view itself, which turns its page rather than opening a new view. */
  | { kind: 'sources'; id: string; page: number; turn: boolean }
  /** A Sources button from before the records: the spans it carries itself. */
  | { kind: 'legacy-sources'; entries: SourceEntry[] }
  | { kind: 'page'; command: string; page: number; argument: string };

/** "S:<record id>" on a reply opens its Sources view; "S:<record id>:<page>" on the view turns its page. */
export function sourcesPageId(id: string, page?: number): string {
  return page === undefined ? `S:${id}` : `S:${id}:${page}`;
}

/** "P|<command>|<page>|<argument>"; the argument is cut to fit. */
export function pageId(command: string, page: number, argument: string): string {
  const head = `P|${command}|${page}|`;
  return (
    head +
    [...argument]
      .slice(0, CUSTOM_ID_LIMIT - head.length)
      .join('')
      .slice(0, CUSTOM_ID_LIMIT - head.length)
  );
}

export function parseCustomId(id: string): ButtonAction | undefined {
  const sources = /^S:([A-Za-z0-9_-]{8,40})(?::(\d{1,4}))?$/.exec(id);
  if (sources)
    return {
      kind: 'sources',
      id: sources[1],
      page: sources[2] ? Number(sources[2]) : 1,
      turn: sources[2] !== undefined,
    };
  // Legacy: "S|<hash>:<start>-<end>.<start>-<end>|<hash>:…", numbers in base 36.
  if (id.startsWith('S|')) {
    const entries: SourceEntry[] = [];
    for (const group of id.slice(2).split('|')) {
      const [hash, list] = group.split(':');
      if (!hash || !list || !/^[0-9a-f]+$/.test(hash)) return undefined;
      for (const s of list.split('.')) {
        const [a, b] = s.split('-').map((x) => parseInt(x, 36));
        if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a) return undefined;
        entries.push({ n: entries.length + 1, file: '', hash, start: a, end: b });
      }
    }
    return entries.length ? { kind: 'legacy-sources', entries } : undefined;
  }
  const m = /^P\|([a-z]+)\|(\d{1,6})\|([\s\S]*)$/.exec(id);
  if (m) return { kind: 'page', command: m[1], page: Number(m[2]), argument: m[3] };
  return undefined;
}
