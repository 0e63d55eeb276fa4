// Optional YAML front matter between `---` lines at the very top of a file.

import { parseDocument } from 'yaml';
import type { FrontMatter } from './article.ts';

/** A front matter that cannot be read. `bodyStart` is where the article's text begins all the same. */
export class MalformedFrontMatter extends Error {
  constructor(
    message: string,
    readonly bodyStart: number,
    readonly start: number,
    readonly yamlText: string,
  ) {
    super(message);
  }
}

const KNOWN_KEYS = ['title', 'date', 'source', 'url', 'byline'] as const;
/** Other names clippers and sites give the same fields. */
const ALIASES: Record<string, (typeof KNOWN_KEYS)[number]> = {
  author: 'byline',
  authors: 'byline',
  publisher: 'source',
  outlet: 'source',
  published: 'date',
  link: 'url',
  source_url: 'url',
};

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
  if (!match) {
    // Without a closing line, the front matter is taken to run to the first blank line.
    const blank = /\n[ \t]*\r?\n/.exec(rest);
    const end = blank ? yamlStart + blank.index + blank[0].length : text.length;
    throw new MalformedFrontMatter(
      'front matter opens with --- but never closes',
      end,
      offset,
      text.slice(yamlStart, end),
    );
  }
  const yamlText = rest.slice(0, match.index);
  const end = yamlStart + match.index + match[0].length;
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new MalformedFrontMatter(
      `front matter is not valid YAML (${doc.errors[0].message.split('\n')[0]})`,
      end,
      offset,
      yamlText,
    );
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { start: offset, end, extra: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new MalformedFrontMatter('front matter must be a set of key: value lines', end, offset, yamlText);
  }
  const record = data as Record<string, unknown>;
  const fm: FrontMatter = { start: offset, end, extra: {} };
  for (const [key, value] of Object.entries(record)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key)) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'object' && !(value instanceof Date)) {
        throw new MalformedFrontMatter(`front matter key "${key}" must be a single value`, end, offset, yamlText);
      }
      fm[key as (typeof KNOWN_KEYS)[number]] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    } else {
      fm.extra[key] = value;
    }
  }
  // "author: Jane Doe" is a byline, unless a byline is also given.
  for (const [alias, key] of Object.entries(ALIASES)) {
    const value = record[alias];
    if (fm[key] === undefined && (typeof value === 'string' || typeof value === 'number')) fm[key] = String(value);
    else if (fm[key] === undefined && Array.isArray(value) && value.every((v) => typeof v === 'string'))
      fm[key] = value.join(', ');
  }
  return fm;
}

/**
 * What can still be read from a broken front matter: its plain `key: value` lines for the fields we
 * know. A line whose value is itself broken ("title: [unbalanced") is left out.
 */
export function salvageFrontMatter(error: MalformedFrontMatter): FrontMatter {
  const fm: FrontMatter = { start: error.start, end: error.bodyStart, extra: {} };
  for (const line of error.yamlText.split(/\r?\n/)) {
    const m = /^([A-Za-z_]+)[ \t]*:[ \t]+(.+?)[ \t]*$/.exec(line);
    if (!m) continue;
    const key = (KNOWN_KEYS as readonly string[]).includes(m[1])
      ? (m[1] as (typeof KNOWN_KEYS)[number])
      : ALIASES[m[1]];
    if (!key || fm[key] !== undefined) continue;
    let value = m[2];
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else if (/^[[{>|&*!%@`]/.test(value) || /^["']/.test(value)) continue;
    fm[key] = value;
  }
  return fm;
}
