// Answer → readable text for a terminal: the same content as the Discord reply, with full footnotes.

import type { Answer } from '../answer/answer.ts';
import { displayText } from '../corpus/display-text.ts';

export function renderConsole(answer: Answer): string {
  const out: string[] = [];
  // A usage error is not an answer that was looked for and not found.
  out.push(`== ${answer.title}${answer.found || answer.problem ? '' : '  (not found)'}`);
  if (answer.lead) out.push(answer.lead);
  for (const section of answer.sections) {
    if (section.heading) out.push('', `${section.heading}:`);
    for (const line of section.lines) {
      const label = line.label ? `${line.label}: ` : '';
      const text = line.quoted ? `“${displayText(line.text)}”` : displayText(line.text);
      const cites = line.cites?.length ? ' ' + line.cites.map((n) => `[${n}]`).join('') : '';
      out.push(`  - ${label}${text}${cites}`);
    }
    if (section.more) out.push(`  …and ${section.more} more`);
  }
  if (answer.citations.length) {
    out.push('', 'Sources:');
    for (const c of answer.citations)
      out.push(
        `  [${c.n}] ${c.file} ¶${c.paragraph} (${c.start}-${c.end}): “${displayText(c.quote.replace(/\s+/g, ' '))}”`,
      );
  }
  if (answer.page) {
    const { index, count } = answer.page;
    out.push(
      '',
      `Page ${index} of ${count}${index < count ? ` — add page:${index + 1} for the next.` : ', the last.'}`,
    );
  }
  if (answer.footer) out.push(answer.footer);
  return out.join('\n') + '\n';
}
