// Where sentences and paragraphs begin and end in wire copy: abbreviations, initials, decimals,
// quotes, ellipses, hard-wrapped Markdown, one paragraph a line, headings.

import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../src/corpus/parse-article.ts';
import { splitParagraphs, splitSentences } from '../src/corpus/sentences.ts';

/** The sentences of one paragraph of text, as strings. */
const sentences = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
const paragraphs = (text: string) =>
  splitParagraphs(text, 0, text.length).map((p) => ({ kind: p.kind, text: text.slice(p.start, p.end) }));
/** The sentences of a whole article, through the real parser. */
const articleSentences = (text: string) => {
  const r = parseArticleText('test.md', text, 'hash');
  if (!r.ok) throw new Error(r.reason);
  return r.article.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence splitting: abbreviations', () => {
  it('does not break after U.S. inside a sentence', () => {
    expect(sentences('Exports to the U.S. market rose sharply. Imports fell.')).toEqual([
      'Exports to the U.S. market rose sharply.',
      'Imports fell.',
    ]);
  });

  it('breaks after U.S. when it ends a sentence and the next begins with "The"', () => {
    expect(sentences('Trade fell in the U.S. The decline was steep.')).toEqual([
      'Trade fell in the U.S.',
      'The decline was steep.',
    ]);
  });

  it('does not break after a title such as Gen. or Dr.', () => {
    expect(sentences('Gen. Ardo Maas inspected the troops. Dr. Lena Fiske treated the wounded.')).toEqual([
      'Gen. Ardo Maas inspected the troops.',
      'Dr. Lena Fiske treated the wounded.',
    ]);
  });

  it('does not break after a month or No. before a number', () => {
    expect(sentences('The vote is on Jan. 27 in the capital. The bill is No. 10 on the list.')).toEqual([
      'The vote is on Jan. 27 in the capital.',
      'The bill is No. 10 on the list.',
    ]);
  });

  it('breaks after a month abbreviation that ends a sentence', () => {
    expect(sentences('The rules take effect in Jan. The bank agreed.')).toEqual([
      'The rules take effect in Jan.',
      'The bank agreed.',
    ]);
  });

  it('breaks after Inc. at the end of a sentence followed by "The …"', () => {
    expect(sentences('The port is owned by Carrow Bay Holdings Inc. The company declined to comment.')).toEqual([
      'The port is owned by Carrow Bay Holdings Inc.',
      'The company declined to comment.',
    ]);
  });

  it('does not break after Inc. or Co. inside a sentence', () => {
    expect(
      sentences('Norland Freight Co. Chairman Eli Voss and Brask Inc. Director Ana Holm met. They agreed.'),
    ).toEqual(['Norland Freight Co. Chairman Eli Voss and Brask Inc. Director Ana Holm met.', 'They agreed.']);
  });

  it('breaks after a.m. that ends a sentence', () => {
    expect(sentences('The strike began at 6 a.m. The port was silent.')).toEqual([
      'The strike began at 6 a.m.',
      'The port was silent.',
    ]);
  });
});

describe('sentence splitting: initials, decimals and numbers', () => {
  it('does not break after a middle initial', () => {
    expect(sentences('John F. Kennedy said the country would go to the moon. Crowds cheered.')).toEqual([
      'John F. Kennedy said the country would go to the moon.',
      'Crowds cheered.',
    ]);
  });

  it('does not break inside a decimal and breaks after it', () => {
    expect(sentences('Output rose 2.5 percent. The bank had forecast 1.8%. Shares rose $1.25.')).toEqual([
      'Output rose 2.5 percent.',
      'The bank had forecast 1.8%.',
      'Shares rose $1.25.',
    ]);
  });

  it('breaks before a sentence that starts with a number', () => {
    expect(sentences('The count ended late. 1,240 cases were recorded.')).toEqual([
      'The count ended late.',
      '1,240 cases were recorded.',
    ]);
  });
});

describe('sentence splitting: quotes', () => {
  it('ends a sentence after a closing quote and starts the next one after it', () => {
    expect(sentences('He is confident that “significant decisions are ahead.” Next sentence follows here.')).toEqual([
      'He is confident that “significant decisions are ahead.”',
      'Next sentence follows here.',
    ]);
  });

  it('splits a quote that runs over several sentences into those sentences', () => {
    expect(sentences('“One. Two,” she said.')).toEqual(['“One.', 'Two,” she said.']);
    expect(sentences('"We will not give up. Not now," the minister said.')).toEqual([
      '"We will not give up.',
      'Not now," the minister said.',
    ]);
  });

  it('keeps a question or exclamation inside quotes with its lowercase attribution', () => {
    expect(sentences('“Why?” she asked. Then she left.')).toEqual(['“Why?” she asked.', 'Then she left.']);
    expect(sentences('“Stop!” he shouted, and the crowd fell silent.')).toEqual([
      '“Stop!” he shouted, and the crowd fell silent.',
    ]);
    expect(sentences('"Who pays?" asked one farmer.')).toEqual(['"Who pays?" asked one farmer.']);
  });

  it('breaks after a question that ends a quote when a new sentence follows', () => {
    expect(sentences('She asked: “Who pays for this?” Nobody answered.')).toEqual([
      'She asked: “Who pays for this?”',
      'Nobody answered.',
    ]);
  });
});

describe('sentence splitting: ellipses and other punctuation', () => {
  it('breaks after an ellipsis followed by a new sentence', () => {
    expect(sentences('The berth closed for a week... Talks then dragged on.')).toEqual([
      'The berth closed for a week...',
      'Talks then dragged on.',
    ]);
    expect(sentences('The berth closed for a week… Talks then dragged on.')).toEqual([
      'The berth closed for a week…',
      'Talks then dragged on.',
    ]);
  });

  it('does not break at an ellipsis inside a sentence', () => {
    expect(sentences('The plan was ... unworkable, he said. Others agreed.')).toEqual([
      'The plan was ... unworkable, he said.',
      'Others agreed.',
    ]);
  });

  it('does not break at a full stop with no space after it', () => {
    expect(sentences('Visit example.com/news for more.Then read on.')).toEqual([
      'Visit example.com/news for more.Then read on.',
    ]);
  });

  it('keeps a trailing sentence without a full stop', () => {
    expect(sentences('Prices rose. More to follow')).toEqual(['Prices rose.', 'More to follow']);
  });
});

describe('paragraphs', () => {
  it('joins the hard-wrapped lines of one Markdown paragraph', () => {
    const text =
      'Planners approved a rail link on\nTuesday, ending a decade of delays and\nlegal challenges.\n\nThe line will cost $4.2 billion.\n';
    expect(paragraphs(text)).toEqual([
      {
        kind: 'text',
        text: 'Planners approved a rail link on\nTuesday, ending a decade of delays and\nlegal challenges.',
      },
      { kind: 'text', text: 'The line will cost $4.2 billion.' },
    ]);
    expect(articleSentences(text)[0]).toBe(
      'Planners approved a rail link on\nTuesday, ending a decade of delays and\nlegal challenges.',
    );
  });

  it('makes each line a paragraph in one-paragraph-a-line text', () => {
    const text =
      'Dock workers walked out on Friday.\nThe union said 2,400 members joined.\n“We will not back down,” she said.\n';
    expect(paragraphs(text).map((p) => p.text)).toEqual([
      'Dock workers walked out on Friday.',
      'The union said 2,400 members joined.',
      '“We will not back down,” she said.',
    ]);
  });

  it('treats CRLF line endings like LF', () => {
    const text =
      'Planners approved a rail link on\r\nTuesday.\r\n\r\nThe line will cost $4.2 billion.\r\nIt opens in 2031.\r\n';
    // Blank lines separate the paragraphs here, so each block is one paragraph, CRLF or not.
    expect(paragraphs(text).map((p) => p.text)).toEqual([
      'Planners approved a rail link on\r\nTuesday.',
      'The line will cost $4.2 billion.\r\nIt opens in 2031.',
    ]);
  });

  it('does not make a heading a sentence', () => {
    const text =
      '# Rail link approved\n\nPlanners approved the link on Tuesday.\n\n## Opposition\n\nFarmers objected.\n';
    expect(paragraphs(text).map((p) => p.kind)).toEqual(['heading', 'text', 'heading', 'text']);
    expect(articleSentences(text)).toEqual(['Planners approved the link on Tuesday.', 'Farmers objected.']);
  });

  it('does not take a #hashtag for a heading', () => {
    const text = '#climate protests spread on Friday.\n';
    expect(paragraphs(text)).toEqual([{ kind: 'text', text: '#climate protests spread on Friday.' }]);
  });

  it('keeps a sentence whole when a hard-wrapped line ends in an abbreviation', () => {
    const text =
      'The talks were backed by the U.S.\nState Department and by Gen.\nArdo Maas, officials said.\n\nThey resume on Monday.\n';
    expect(articleSentences(text)).toEqual([
      'The talks were backed by the U.S.\nState Department and by Gen.\nArdo Maas, officials said.',
      'They resume on Monday.',
    ]);
  });

  it('keeps a blank-line-separated Markdown paragraph whole when a wrapped line ends a sentence', () => {
    const text =
      'Planners approved the rail link on Tuesday.\nThe line will cost $4.2 billion. It is due\nto open in 2031.\n\nFarmers objected.\n';
    expect(paragraphs(text).map((p) => p.text)).toEqual([
      'Planners approved the rail link on Tuesday.\nThe line will cost $4.2 billion. It is due\nto open in 2031.',
      'Farmers objected.',
    ]);
  });
});
