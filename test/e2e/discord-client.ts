// Small helpers over the Discord stand-in for the end-to-end test: users, option inputs, and reading
// what the user ends up seeing.

import { randomBytes } from 'node:crypto';
import type { InteractionOutcome, Json, StandinMessage } from '../support/discord-standin.ts';

/** A fake token shaped like a real one: base64url(application id) . 6 characters . 38 characters. */
export function fakeToken(applicationId: string): string {
  return `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url').slice(0, 6)}.${randomBytes(29).toString('base64url').slice(0, 38)}`;
}

let nextUser = 0;
/** A fresh user, so one test's commands never count against another's rate limit. */
export function newUser(name = 'tester'): Json {
  nextUser++;
  return {
    id: `30000000000000${String(nextUser).padStart(4, '0')}`,
    username: `${name}${nextUser}`,
    global_name: name,
  };
}

/** VIEW_CHANNEL, SEND_MESSAGES, ... (the stand-in's default member) plus MANAGE_GUILD. */
export const MANAGER_PERMISSIONS = String(2147601472n | 32n);

export const string = (name: string, value: string, focused = false) => ({
  name,
  type: 3,
  value,
  ...(focused ? { focused } : {}),
});

/** Everything a user reads in a message: content, embed titles, descriptions, fields, footers. */
export function textOf(message: StandinMessage | null | undefined): string {
  if (!message) return '';
  const parts: string[] = [message.content];
  for (const e of message.embeds) {
    parts.push(
      e.title ?? '',
      e.description ?? '',
      ...((e.fields ?? []) as Json[]).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    );
  }
  // Undo Discord markdown escaping, so the text compares with the articles.
  return parts
    .filter(Boolean)
    .join('\n')
    .replace(/\\([\\*_~`|>#[\]()-])/g, '$1');
}

export function buttons(message: StandinMessage | null | undefined): Json[] {
  return (message?.components ?? [])
    .flatMap((row: Json) => (row.components ?? []) as Json[])
    .filter((c) => c.type === 2);
}

export const EPHEMERAL = 64;

export function isEphemeral(outcome: InteractionOutcome): boolean {
  return Boolean((outcome.final?.flags ?? 0) & EPHEMERAL);
}
