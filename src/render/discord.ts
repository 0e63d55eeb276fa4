// Answer → a Discord reply: one embed with the answer and its footnotes (a list with no footnotes
// may run on into a second), a Sources button, and pager buttons, always within Discord's limits
// and with mentions disabled.

import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId as APIButtonComponent,
  APIEmbed,
  APIEmbedField,
} from 'discord.js';
import type { Answer, Citation } from '../answer/answer.ts';
import { pageId, sourcesPageId } from './custom-id.ts';
import { fit, headingLine, LINE_MAX, listLine } from './list-line.ts';
import { bold, plainText } from './markdown.ts';
import { type SourcesRecord, sourcesRecord } from './sources.ts';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
} as const;

export const EPHEMERAL = 64;
const BUTTON_STYLE = { primary: 1, secondary: 2 } as const;
const COLOR = { found: 0x2f6fb5, notFound: 0x8a8f98, error: 0xc0392b } as const;

export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: number;
}

export interface RenderOptions {
  /** The content hash of an article file: a Sources button records it, to tell later whether the article changed. */
  hashOf?: (file: string) => string | undefined;
  /** Keeps what a Sources button shows under the id its custom_id names (src/discord/sources-store.ts). */
  keepSources?: (record: SourcesRecord) => void;
}

/** A footnote names the file, not the headline: a headline often quotes someone, and beside another person's words it would read as theirs. */
function footnote(c: Citation, quoteMax: number, compact: boolean): string {
  const where = `${fit(c.file, compact ? 60 : 80)}, ¶${c.paragraph}`;
  return compact ? `[${c.n}] ${where}` : `[${c.n}] ${where}: “${fit(c.quote.replace(/\s+/g, ' '), quoteMax)}”`;
}

interface Budget {
  lineMax: number;
  quoteMax: number;
  footnotes: number;
}

/** Room always left in the description for a closing "…and N more". */
const NOTE_RESERVE = 60;

function buildEmbed(answer: Answer, budget: Budget, spillAllowed = true): APIEmbed[] {
  const parts: string[] = [];
  let used = 0;
  // A list with no footnotes (the articles read) may run on into a second embed, within the
  // message's 6,000 characters, so that a folder of a few dozen articles is one page.
  const spill: string[] = [];
  let spilled = 0;
  const spillRoom =
    answer.citations.length || !spillAllowed ? 0 : LIMITS.embedTotal - LIMITS.description - SPILL_RESERVE;
  const add = (s: string, reserve = NOTE_RESERVE) => {
    if (spill.length === 0 && used + s.length + 1 <= LIMITS.description - reserve) {
      parts.push(s);
      used += s.length + 1;
      return true;
    }
    if (spilled + s.length + 1 > spillRoom) return false;
    spill.push(s);
    spilled += s.length + 1;
    return true;
  };
  if (answer.lead) add(bold(fit(answer.lead, Math.min(budget.lineMax, 1000))));
  // Lines left out are counted in the section they belong to; any that cannot be said there are said at the end.
  let unsaid = 0;
  for (const section of answer.sections) {
    let dropped = 0;
    if (section.heading && !add(headingLine(section.heading))) {
      unsaid += section.lines.length + (section.more ?? 0);
      continue;
    }
    for (const line of section.lines) if (!add(listLine(line, budget.lineMax))) dropped++;
    // A heading is never left with none of its lines under it.
    if (section.heading && section.lines.length && dropped === section.lines.length) {
      used -= parts.pop()!.length + 1;
      unsaid += dropped + (section.more ?? 0);
      continue;
    }
    const more = dropped + (section.more ?? 0);
    if (more > 0 && !add(`…and ${more} more`)) unsaid += more;
  }
  if (unsaid > 0) add(`…and ${unsaid} more not shown`, 0);
  const embed: APIEmbed = {
    title: fit(answer.title, LIMITS.title),
    description: parts.join('\n') || '\u200b',
    color: answer.found ? COLOR.found : COLOR.notFound,
  };
  const fields: APIEmbedField[] = [];
  let value = '';
  let shown = 0;
  for (const c of answer.citations.slice(0, budget.footnotes)) {
    const line = footnote(c, budget.quoteMax, !!answer.compactSources);
    if (value.length + line.length + 1 > LIMITS.fieldValue) {
      if (fields.length >= 2) break;
      fields.push({ name: fields.length ? 'Sources (continued)' : 'Sources', value });
      value = '';
    }
    value += (value ? '\n' : '') + line;
    shown++;
  }
  if (value) fields.push({ name: fields.length ? 'Sources (continued)' : 'Sources', value });
  const hidden = answer.citations.length - shown;
  if (hidden > 0 && fields.length) {
    const last = fields[fields.length - 1];
    const note = `\n…and ${hidden} more (press Sources)`;
    if (last.value.length + note.length <= LIMITS.fieldValue) last.value += note;
  }
  if (fields.length) embed.fields = fields;
  const footer = [answer.footer, answer.page ? `Page ${answer.page.index} of ${answer.page.count}` : undefined]
    .filter(Boolean)
    .join(' · ');
  if (footer) embed.footer = { text: fit(footer, LIMITS.footer) };
  return spill.length ? [embed, { description: spill.join('\n'), color: embed.color }] : [embed];
}

/** Room kept, when a list runs on into a second embed, for the first's title, lead and footer. */
const SPILL_RESERVE = 400;

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

export function renderReply(answer: Answer, options: RenderOptions = {}): ReplyPayload {
  // Shrink until the embed fits Discord's 6,000-character total.
  const budgets: Budget[] = [
    { lineMax: LINE_MAX, quoteMax: 220, footnotes: 25 },
    { lineMax: 400, quoteMax: 140, footnotes: 15 },
    { lineMax: 250, quoteMax: 90, footnotes: 10 },
    { lineMax: 160, quoteMax: 60, footnotes: 6 },
  ];
  const length = (es: APIEmbed[]) => es.reduce((n, e) => n + embedLength(e), 0);
  let embeds = buildEmbed(answer, budgets[0]);
  for (const b of budgets.slice(1)) {
    if (length(embeds) <= LIMITS.embedTotal) break;
    embeds = buildEmbed(answer, b);
  }
  // Too long even so: one embed, its lines cut with a note of how many more.
  if (length(embeds) > LIMITS.embedTotal) embeds = buildEmbed(answer, budgets[budgets.length - 1], false);
  const embed = embeds[0];
  if (embedLength(embed) > LIMITS.embedTotal) {
    embed.fields = undefined;
    embed.description = clipEscaped(
      embed.description ?? '',
      LIMITS.embedTotal - (embed.title?.length ?? 0) - (embed.footer?.text.length ?? 0) - 10,
    );
  }
  const buttons: APIButtonComponent[] = [];
  if (answer.citations.length && options.hashOf) {
    const record = sourcesRecord(answer.citations, options.hashOf);
    options.keepSources?.(record);
    buttons.push({ type: 2, style: BUTTON_STYLE.secondary, label: 'Sources', custom_id: sourcesPageId(record.id) });
  }
  if (answer.page && answer.page.count > 1) {
    const { index, count, command, argument } = answer.page;
    buttons.push({
      type: 2,
      style: BUTTON_STYLE.primary,
      label: '◀ Previous',
      custom_id: pageId(command, Math.max(1, index - 1), argument),
      disabled: index <= 1,
    });
    buttons.push({
      type: 2,
      style: BUTTON_STYLE.primary,
      label: 'Next ▶',
      custom_id: pageId(command, Math.min(count, index + 1), argument),
      disabled: index >= count,
    });
    // Two buttons may not share a custom_id: a disabled one points one page further.
    if (buttons[buttons.length - 1].custom_id === buttons[buttons.length - 2].custom_id)
      buttons[buttons.length - 1].custom_id = pageId(command, count + 1, argument);
  }
  const payload: ReplyPayload = {
    embeds,
    components: buttons.length ? [{ type: 1, components: buttons }] : [],
    allowedMentions: { parse: [] },
  };
  if (answer.ephemeral) payload.flags = EPHEMERAL;
  return payload;
}

function clipEscaped(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  if (cut.endsWith('\\')) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A short private message: errors, refusals, rate limits. */
export function renderNotice(message: string, tone: 'error' | 'info' = 'info'): ReplyPayload {
  return {
    embeds: [{ description: fit(message, LIMITS.description), color: tone === 'error' ? COLOR.error : COLOR.notFound }],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  };
}

/** The whole reply as plain text: content, embed titles, descriptions, fields and footers. */
export function replyText(payload: ReplyPayload): string {
  const out: string[] = [];
  if (payload.content) out.push(payload.content);
  for (const e of payload.embeds) {
    if (e.title) out.push(e.title);
    if (e.description) out.push(e.description);
    for (const f of e.fields ?? []) out.push(f.name, f.value);
    if (e.footer?.text) out.push(e.footer.text);
  }
  return plainText(out.join('\n'));
}
