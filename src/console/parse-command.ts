// Parsing a command typed as in Discord: "/who Marrow", "/timeline about:Quarrow",
// "/quotes speaker:Quade page:2". Text after the name fills the first option unless it starts with
// "option:"; values may hold any characters.

import { COMMANDS } from '../../commands/index.ts';

/** The commands the console takes: every slash command (/add with a file path or an address, src/console/add.ts). */
export const CONSOLE_COMMANDS: ReadonlySet<string> = new Set(COMMANDS.keys());

export type Parsed =
  { ok: true; name: string; options: Record<string, string> } | { ok: false; error: string; name?: string };

interface OptionSpec {
  name: string;
  required: boolean;
  maxLength?: number;
}

export function optionSpecs(name: string): OptionSpec[] | undefined {
  const command = COMMANDS.get(name);
  if (!command) return undefined;
  const json = command.data.toJSON() as { options?: { name: string; required?: boolean; max_length?: number }[] };
  return (json.options ?? []).map((o) => ({ name: o.name, required: !!o.required, maxLength: o.max_length }));
}

export function parseCommand(line: string): Parsed {
  const text = line.trim();
  if (!text.startsWith('/'))
    return { ok: false, error: 'Commands start with "/", for example /who Belousov. Try /help.' };
  const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
  if (!m) return { ok: false, error: 'Type a command name after the "/", for example /who Belousov. Try /help.' };
  const name = m[1].toLowerCase();
  let rest = m[2];
  if (name === 'add') return parseAdd(rest);
  const specs = CONSOLE_COMMANDS.has(name) ? optionSpecs(name) : undefined;
  if (!specs) return { ok: false, error: `There is no /${name} command. Try /help.`, name };
  const names = [...specs.map((s) => s.name), 'page'];
  const options: Record<string, string> = {};
  const pair = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g');
  const marks = [...rest.matchAll(pair)];
  if (marks.length && rest.slice(0, marks[0].index).trim() === '') {
    marks.forEach((mark, i) => {
      const from = mark.index! + mark[0].length;
      const to = i + 1 < marks.length ? marks[i + 1].index! : rest.length;
      options[mark[1]] = rest.slice(from, to).trim();
    });
  } else if (rest.trim()) {
    // "/timeline Quarrow page:2": a trailing page:N belongs to the pager, not to the text.
    const page = /\s+page:(\S*)\s*$/.exec(rest);
    if (page) {
      options.page = page[1];
      rest = rest.slice(0, page.index);
    }
    if (rest.trim()) {
      if (!specs.length) return { ok: false, error: `/${name} takes no options.`, name };
      options[specs[0].name] = rest.trim();
    }
  }
  for (const s of specs) {
    const v = options[s.name];
    if (s.required && !v)
      return { ok: false, error: `/${name} needs ${s.name}: for example /${name} ${s.name}:…`, name };
    if (v && s.maxLength && [...v].length > s.maxLength)
      return { ok: false, error: `${s.name} is too long (at most ${s.maxLength} characters).`, name };
  }
  if (options.page !== undefined && !/^\d{1,6}$/.test(options.page))
    return { ok: false, error: 'page must be a whole number, such as page:2.', name };
  return { ok: true, name, options };
}

/**
 * /add in the console: "/add path/to/article.md", "/add file:path", "/add url:https://…" or
 * "/add https://…". Anything that looks like an address (scheme://) is taken as one, so that
 * "/add file:///etc/passwd" is refused for its scheme rather than read as a path.
 */
function parseAdd(rest: string): Parsed {
  const text = rest.trim();
  const usage =
    '/add needs a file path or an address, for example /add notes/story.md or /add url:https://example.com/news/story';
  if (!text) return { ok: false, error: usage, name: 'add' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { ok: true, name: 'add', options: { url: text } };
  const option = /^(url|file):\s*([\s\S]*)$/i.exec(text);
  const value = (option ? option[2] : text).trim();
  if (!value) return { ok: false, error: usage, name: 'add' };
  if (option?.[1].toLowerCase() === 'url' || /^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    return { ok: true, name: 'add', options: { url: value } };
  return { ok: true, name: 'add', options: { file: value } };
}
