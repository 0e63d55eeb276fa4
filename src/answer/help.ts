// /help: the commands, each with an example, written from their definitions (the same ones
// `npm run deploy` registers), so that /help cannot drift from what Discord shows.

import type { Answer } from './answer.ts';

export interface HelpEntry {
  /** "/timeline [about] [picture]": the name, then each option, optional ones in brackets. */
  usage: string;
  what: string;
  example: string;
}

/** The parts of a registered command's definition that /help reads. */
export interface CommandDefinition {
  name: string;
  description: string;
  options?: readonly { name: string; required?: boolean }[];
  default_member_permissions?: string | null;
  contexts?: readonly number[] | null;
}

const MANAGE_GUILD = 1n << 5n;
const GUILD_CONTEXT = 0;

/** The help of a slash command, from its definition: usage, description, who may use it, and where. */
export function slashCommandHelp(definition: CommandDefinition, example: string): HelpEntry {
  const options = definition.options ?? [];
  const usage = [`/${definition.name}`, ...options.map((o) => (o.required ? o.name : `[${o.name}]`))].join(' ');
  const limits: string[] = [];
  const permissions = definition.default_member_permissions;
  if (permissions && (BigInt(permissions) & MANAGE_GUILD) !== 0n) limits.push('for members who can manage the server');
  else if (permissions) limits.push('for members with the permissions it needs');
  if (definition.contexts?.length === 1 && definition.contexts[0] === GUILD_CONTEXT) limits.push('in servers only');
  const what = limits.length ? `${definition.description} ${capitalise(limits.join(', '))}.` : definition.description;
  return { usage, what, example };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The answer listing `entries`: each edge passes the commands it can run. */
export function answerHelp(entries: readonly HelpEntry[], command = '/help'): Answer {
  return {
    command,
    found: true,
    title: 'News desk: commands',
    lead: 'Every answer cites the exact sentences it comes from; when the articles do not say, the bot says so.',
    sections: [{ lines: entries.map((c) => ({ label: c.usage, text: `${c.what} Example: ${c.example}` })) }],
    citations: [],
  };
}
