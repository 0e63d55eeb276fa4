// Discord markdown: article and user text is escaped so it shows as written and can neither format
// the reply nor mention anyone; our own emphasis is added around it.

const ZERO_WIDTH_SPACE = '\u200b';

/** Escapes text for Discord markdown, and breaks @everyone, @here and <@…> mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<>]/g, (c) => `\\${c}`)
    .replace(/^([#>-]|\d+\.)(?=\s)/gm, (m) => `\\${m}`)
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/@(?=[!&]?\d)/g, `@${ZERO_WIDTH_SPACE}`);
}

export const bold = (escaped: string) => `**${escaped}**`;

/** Plain text back from our markdown: emphasis markers and escapes removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/\\([\\*_~`|[\]<>#>.-])/g, '$1')
    .replace(/\\(\d+\.)/g, '$1')
    .replace(new RegExp(ZERO_WIDTH_SPACE, 'g'), '');
}

/** Shortens at a word boundary to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
