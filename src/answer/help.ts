// /help: the commands, each with an example.

import type { Answer } from './answer.ts';

export const COMMAND_HELP: { usage: string; example: string; what: string }[] = [
  {
    usage: '/ask question',
    example: '/ask Who did Belousov meet?',
    what: 'Answers a question from the articles, citing the sentences it rests on.',
  },
  {
    usage: '/who name',
    example: '/who Belousov',
    what: 'Who someone is: roles, what they said and did, who they appear with.',
  },
  {
    usage: '/timeline [about] [picture]',
    example: '/timeline about:Taiwan picture:True',
    what: 'Events in time order, of all articles or about a person or topic; picture:True adds a picture of them.',
  },
  {
    usage: '/quotes [speaker]',
    example: '/quotes Belousov',
    what: 'Quotes and reported statements, attributed and cited.',
  },
  { usage: '/articles', example: '/articles', what: 'The articles the bot has read.' },
  {
    usage: '/add [file] [url]',
    example: '/add url:https://example.com/news/story',
    what: 'Adds an article: a .txt or .md file, pasted text, or a news page by its address; for members who can manage the server.',
  },
  { usage: '/help', example: '/help', what: 'This list.' },
  {
    usage: 'Check in the articles',
    example: 'a message’s menu → Apps → Check in the articles',
    what: 'Shows you, privately, what the articles say about a message’s claims, cited, or that they say nothing about it.',
  },
];

/** The help of the commands named in `available` (every one by default: Discord has them all). */
export function answerHelp(command = '/help', available?: ReadonlySet<string>): Answer {
  const listed = available ? COMMAND_HELP.filter((c) => available.has(c.usage.slice(1).split(' ')[0])) : COMMAND_HELP;
  return {
    command,
    found: true,
    title: 'News desk: commands',
    lead: 'Every answer cites the exact sentences it comes from; when the articles do not say, the bot says so.',
    sections: [{ lines: listed.map((c) => ({ label: c.usage, text: `${c.what} Example: ${c.example}` })) }],
    citations: [],
  };
}
