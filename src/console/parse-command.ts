// Parsing a command typed as in Discord: "/who Belousov", "/timeline about:Taiwan",
// "/quotes speaker:Lisken page:2". Text after the name fills the first option unless it starts with
// "option:"; values may hold any characters.

import { COMMANDS } from '../../commands/index.ts';

/** The commands the console takes: every slash command but /add, which needs Discord's attachments and permissions. */
export const CONSOLE_COMMANDS: ReadonlySet<string> = new Set(COMMANDS.keys());

export type Parsed = { ok: true; name: string; options: Record<string, string> } | { ok: false; error: string; name?: string };

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
  if (!text.startsWith('/')) return { ok: false, error: 'Commands start with "/", for example /who Belousov. Try /help.' };
  const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
  if (!m) return { ok: false, error: 'Type a command name after the "/", for example /who Belousov. Try /help.' };
  const name = m[1].toLowerCase();
  let rest = m[2];
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
    // "/timeline Taiwan page:2": a trailing page:N belongs to the pager, not to the text.
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
    if (s.required && !v) return { ok: false, error: `/${name} needs ${s.name}: for example /${name} ${s.name}:…`, name };
    if (v && s.maxLength && [...v].length > s.maxLength) return { ok: false, error: `${s.name} is too long (at most ${s.maxLength} characters).`, name };
  }
  if (options.page !== undefined && !/^\d{1,6}$/.test(options.page)) return { ok: false, error: 'page must be a whole number, such as page:2.', name };
  return { ok: true, name, options };
}
