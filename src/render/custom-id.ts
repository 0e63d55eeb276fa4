// Buttons carry what they show in their custom_id (at most 100 characters), so they need no server
// state and still work after a restart. A Sources button names each cited span by the first hex
// digits of its article's content hash: if the article changes, the button says so instead of
// showing the wrong text.

import type { Citation } from '../answer/answer.ts';

export const CUSTOM_ID_LIMIT = 100;
const HASH_DIGITS = 10;

export type ButtonAction =
  | { kind: 'sources'; spans: { hash: string; start: number; end: number }[] }
  | { kind: 'page'; command: string; page: number; argument: string };

/** "S|<hash>:<start>-<end>.<start>-<end>|<hash>:…" with numbers in base 36, as many spans as fit. */
export function sourcesId(citations: Citation[], hashOf: (file: string) => string): string {
  let id = 'S';
  const groups = new Map<string, string[]>();
  for (const c of citations) {
    const hash = hashOf(c.file).slice(0, HASH_DIGITS);
    const span = `${c.start.toString(36)}-${c.end.toString(36)}`;
    const trial = new Map(groups);
    trial.set(hash, [...(groups.get(hash) ?? []), span]);
    const candidate = encodeSources(trial);
    if (candidate.length > CUSTOM_ID_LIMIT) break;
    groups.set(hash, trial.get(hash)!);
    id = candidate;
  }
  return id;
}

function encodeSources(groups: Map<string, string[]>): string {
  return ['S', ...[...groups].map(([hash, spans]) => `${hash}:${spans.join('.')}`)].join('|');
}

/** "P|<command>|<page>|<argument>"; the argument is cut to fit. */
export function pageId(command: string, page: number, argument: string): string {
  const head = `P|${command}|${page}|`;
  return head + [...argument].slice(0, CUSTOM_ID_LIMIT - head.length).join('').slice(0, CUSTOM_ID_LIMIT - head.length);
}

export function parseCustomId(id: string): ButtonAction | undefined {
  if (id.startsWith('S|')) {
    const spans: { hash: string; start: number; end: number }[] = [];
    for (const group of id.slice(2).split('|')) {
      const [hash, list] = group.split(':');
      if (!hash || !list || !/^[0-9a-f]+$/.test(hash)) return undefined;
      for (const s of list.split('.')) {
        const [a, b] = s.split('-').map((x) => parseInt(x, 36));
        if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a) return undefined;
        spans.push({ hash, start: a, end: b });
      }
    }
    return spans.length ? { kind: 'sources', spans } : undefined;
  }
  const m = /^P\|([a-z]+)\|(\d{1,6})\|([\s\S]*)$/.exec(id);
  if (m) return { kind: 'page', command: m[1], page: Number(m[2]), argument: m[3] };
  return undefined;
}
