// A reply's footnotes name the cited file, not the article's headline: a headline often quotes
// someone ("'A slow disaster': …"), and beside another person's quotes it would read as theirs.

import { describe, expect, it } from 'vitest';
import { runCommand } from '../commands/index.ts';
import { renderReply, replyText } from '../src/render/discord.ts';
import { article, knowledge } from './support/small-corpus.ts';

const TEXT = `# 'The river is our border now', says mayor as floods cut the valley road

Published 3 March 2026

Floods cut the only road into the valley on Monday, the regional council said.

"The river is our border now," Mayor Ilse Varkonen said at a briefing.

A farmer, Tomas Reiha, said his family had moved their sheep to higher ground. "We have done this before," Reiha said.
`;

describe('reply footnotes', () => {
  const kb = knowledge(article('valley_floods.md', TEXT));

  it('label each citation by its file and paragraph, and leave out a headline that quotes another speaker', () => {
    const answer = runCommand(kb, 'quotes', { speaker: 'Tomas Reiha' });
    expect(answer.found).toBe(true);
    const text = replyText(renderReply(answer));
    expect(text).toContain('We have done this before');
    expect(text).toMatch(/\[1\] valley_floods\.md, ¶\d+/);
    expect(text).not.toContain('our border');
  });
});
