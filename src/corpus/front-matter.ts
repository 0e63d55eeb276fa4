// Optional YAML front matter between `---` lines at the very top of a file.

import { parseDocument } from 'yaml';
import type { FrontMatter } from './article.ts';

export class MalformedFrontMatter extends Error {}

const KNOWN_KEYS = ['title', 'date', 'source', 'url', 'byline'] as const;

/**
 * Reads the front matter at `offset` (after any byte-order mark). Returns undefined when the file
 * has none, and throws MalformedFrontMatter, with a reason for the user, when it is broken.
 */
export function readFrontMatter(text: string, offset: number): FrontMatter | undefined {
  const opening = /^---[ \t]*\r?\n/.exec(text.slice(offset, offset + 8));
  if (!opening) return undefined;
  const yamlStart = offset + opening[0].length;
  const closing = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(yamlStart);
  const match = closing.exec(rest);
  if (!match) throw new MalformedFrontMatter('front matter opens with --- but never closes');
  const yamlText = rest.slice(0, match.index);
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new MalformedFrontMatter(`front matter is not valid YAML (${doc.errors[0].message.split('\n')[0]})`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { start: offset, end: yamlStart + match.index + match[0].length, extra: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new MalformedFrontMatter('front matter must be a set of key: value lines');
  }
  const record = data as Record<string, unknown>;
  const fm: FrontMatter = { start: offset, end: yamlStart + match.index + match[0].length, extra: {} };
  for (const [key, value] of Object.entries(record)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key)) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'object' && !(value instanceof Date)) {
        throw new MalformedFrontMatter(`front matter key "${key}" must be a single value`);
      }
      fm[key as (typeof KNOWN_KEYS)[number]] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    } else {
      fm.extra[key] = value;
    }
  }
  return fm;
}
