// The Sources view behind a button: the full sentences a reply cites, found again from the spans
// the button carries. A span whose article changed or vanished gets a polite "no longer available".

import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ButtonAction } from './custom-id.ts';
import { EPHEMERAL, LIMITS, type ReplyPayload } from './discord.ts';
import { displayText } from '../corpus/display-text.ts';
import { clip, escapeMarkdown } from './markdown.ts';

export function renderSources(kb: KnowledgeBase, action: Extract<ButtonAction, { kind: 'sources' }>): ReplyPayload {
  const lines: string[] = [];
  let stale = 0;
  action.spans.forEach((span, i) => {
    const article = kb.articles.find((a) => a.hash.startsWith(span.hash));
    if (!article || span.end > article.text.length) { stale++; return; }
    // Show the whole sentences around the cited span.
    const first = article.sentences.find((s) => s.end > span.start) ?? article.sentences[0];
    const last = [...article.sentences].reverse().find((s) => s.start < span.end) ?? first;
    const start = Math.min(span.start, first.start);
    const end = Math.max(span.end, last.end);
    const paragraph = first.paragraph + 1;
    const text = displayText(article.text.slice(start, end).replace(/\s+/g, ' '));
    lines.push(`**[${i + 1}] ${escapeMarkdown(clip(article.title.text, 90))}** (${escapeMarkdown(article.file)}, ¶${paragraph}, characters ${span.start}–${span.end})\n> ${escapeMarkdown(clip(text, 700))}`);
  });
  let description = '';
  let shown = 0;
  for (const line of lines) {
    if (description.length + line.length + 2 > LIMITS.description - 120) break;
    description += (description ? '\n\n' : '') + line;
    shown++;
  }
  if (shown < lines.length) description += `\n\n…and ${lines.length - shown} more`;
  if (stale) description += `\n\n${stale === action.spans.length ? 'These sources are' : `${stale} of these sources are`} no longer available: the article changed or was removed since this reply.`;
  return {
    embeds: [{ title: 'Sources', description: description || 'No sources.', color: 0x2f6fb5 }],
    components: [],
    allowedMentions: { parse: [] },
    flags: EPHEMERAL,
  };
}
