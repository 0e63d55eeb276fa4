// The blocks of an article body, before anything is decided about what they are: headings,
// paragraphs, list items, table rows, images, breaks. Markdown is read with micromark (through
// mdast-util-from-markdown, with GFM for tables), which gives every node its offsets in the file, so
// each block is still a span of the file's own text. Plain text is read line by line.
//
// Beside the blocks comes a *masked* copy of the text, of the same length, in which Markdown markup
// (link brackets and addresses, images, emphasis markers, escapes, HTML) is blanked out. Sentences are
// split and trimmed on the masked copy, so their boundaries never fall inside a URL and their edges
// never on a `*`; the spans then address the file's own text, markup included.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parent, RootContent } from 'mdast';
import type { Span } from './article.ts';
import { splitParagraphs, trimSpan } from './sentences.ts';

export type BlockType =
  'heading' | 'paragraph' | 'list-item' | 'table-header' | 'table-row' | 'image' | 'break' | 'html' | 'code';

export interface Block extends Span {
  type: BlockType;
  /** Heading level, 1 for `#`. */
  depth?: number;
  /** The block is wholly in italics or bold (a standfirst, a caption, a question). */
  emphasis?: 'italic' | 'bold';
  /** Characters of the block inside link text, for telling navigation from prose. */
  linkChars?: number;
  /** It holds, or directly follows, an image. */
  afterImage?: boolean;
  /** Inside a block quote. */
  quoted?: boolean;
}

export interface BodyBlocks {
  blocks: Block[];
  /** The text with markup blanked out; same length as the text. */
  masked: string;
}

const isMarkdownLike = (body: string) =>
  /!\[[^\]]*\]\(|\]\((?:https?:|\/|#)|^#{1,6}\s.*\n+\s*\*{1,2}\S|^\|.*\|\s*\n\|\s*:?-{3,}/m.test(body);

/** Reads [start, end) of `text` into blocks: as Markdown for .md files and for text files that use Markdown links or images. */
export function readBlocks(text: string, start: number, end: number, markdown: boolean): BodyBlocks {
  if (markdown || isMarkdownLike(text.slice(start, end))) return markdownBlocks(text, start, end);
  return plainBlocks(text, start, end);
}

const BULLET = /^(?:[-*•‣–]\s+|\d{1,2}[.)]\s+)/;
const RULE = /^(?:[-*_=~#]\s*){3,}$|^-?\s*ends\s*-?$/i;

/** Plain text: paragraphs as splitParagraphs finds them, one block per list item, rules as breaks. */
function plainBlocks(text: string, start: number, end: number): BodyBlocks {
  const blocks: Block[] = [];
  for (const p of splitParagraphs(text, start, end)) {
    if (p.kind === 'heading') {
      const marks = /^(#+)\s*/.exec(text.slice(p.start, p.end))!;
      blocks.push({ type: 'heading', depth: marks[1].length, ...trimSpan(text, p.start + marks[0].length, p.end) });
      continue;
    }
    // A paragraph of bullet lines is a list: each line is an item.
    const lines = linesOf(text, p);
    const bulleted = lines.filter((l) => BULLET.test(text.slice(l.start, l.end)));
    if (bulleted.length && BULLET.test(text.slice(lines[0].start, lines[0].end))) {
      let item: Span | undefined;
      const flush = () => {
        if (item) blocks.push({ type: 'list-item', ...item });
        item = undefined;
      };
      for (const l of lines) {
        const m = BULLET.exec(text.slice(l.start, l.end));
        if (m) {
          flush();
          item = trimSpan(text, l.start + m[0].length, l.end);
        } else if (item) item.end = l.end;
        else item = { ...l };
      }
      flush();
      continue;
    }
    if (RULE.test(text.slice(p.start, p.end))) {
      blocks.push({ type: 'break', start: p.start, end: p.end });
      continue;
    }
    blocks.push({ type: 'paragraph', start: p.start, end: p.end });
  }
  return { blocks, masked: text };
}

export function linesOf(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let at = span.start;
  while (at < span.end) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > span.end) nl = span.end;
    const line = trimSpan(text, at, nl);
    if (line.end > line.start) out.push(line);
    at = nl + 1;
  }
  return out;
}

const startOf = (n: { position?: { start: { offset?: number } } }) => n.position!.start.offset!;
const endOf = (n: { position?: { end: { offset?: number } } }) => n.position!.end.offset!;

function markdownBlocks(text: string, start: number, end: number): BodyBlocks {
  const source = text.slice(start, end);
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const masked = text.split('');
  const blank = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (masked[i] !== '\n') masked[i] = ' ';
  };
  const blocks: Block[] = [];
  let lastWasImage = false;

  // Offsets from mdast are into `source`; `at` turns them into offsets of `text`.
  const at = (offset: number) => start + offset;

  /** Blanks the markup of inline content and counts the characters inside links. */
  function maskInline(node: Nodes): { linkChars: number; images: number; words: number } {
    const tally = { linkChars: 0, images: 0, words: 0 };
    const walk = (n: Nodes, inLink: boolean) => {
      const a = at(startOf(n));
      const b = at(endOf(n));
      switch (n.type) {
        case 'image':
        case 'imageReference':
        case 'html':
        case 'footnoteReference':
          blank(a, b);
          if (n.type !== 'html' && n.type !== 'footnoteReference') tally.images++;
          return;
        case 'inlineCode': {
          const raw = text.slice(a, b);
          const ticks = /^`+/.exec(raw)?.[0].length ?? 1;
          blank(a, a + ticks);
          blank(b - ticks, b);
          tally.words += (n.value.match(/\S+/g) ?? []).length;
          return;
        }
        case 'text': {
          const raw = text.slice(a, b);
          for (const m of raw.matchAll(/\\(?=[!-/:-@[-`{-~])/g)) blank(a + m.index!, a + m.index! + 1);
          // Block-quote markers at the start of continued lines.
          for (const m of raw.matchAll(/\n[ \t]*(?:>[ \t]?)+/g)) blank(a + m.index! + 1, a + m.index! + m[0].length);
          if (inLink) tally.linkChars += n.value.length;
          tally.words += (n.value.match(/\S+/g) ?? []).length;
          return;
        }
        case 'link':
        case 'linkReference':
        case 'emphasis':
        case 'strong':
        case 'delete': {
          const kids = n.children;
          const isLink = n.type === 'link' || n.type === 'linkReference';
          // A bare address turned into a link (GFM autolink) is an address: not shown.
          if (
            !kids.length ||
            (n.type === 'link' &&
              kids.length === 1 &&
              kids[0].type === 'text' &&
              (kids[0].value === n.url || `mailto:${kids[0].value}` === n.url || text.slice(a, b).startsWith('<')))
          ) {
            if (
              n.type === 'link' &&
              kids.length === 1 &&
              kids[0].type === 'text' &&
              /@/.test(kids[0].value) &&
              !text.slice(a, b).startsWith('<')
            )
              return; // an e-mail address in prose stays
            blank(a, b);
            return;
          }
          blank(a, at(startOf(kids[0])));
          blank(at(endOf(kids[kids.length - 1])), b);
          for (const k of kids) walk(k as Nodes, inLink || isLink);
          return;
        }
        case 'break':
          return;
        default:
          if ('children' in n) for (const k of (n as Parent).children) walk(k as Nodes, inLink);
      }
    };
    if ('children' in node) for (const k of (node as Parent).children) walk(k as Nodes, false);
    return tally;
  }

  /** The span of a node's inline content: inside `#` marks, list markers and wrapping emphasis. */
  function contentSpan(n: Parent): Span & { emphasis?: 'italic' | 'bold' } {
    const kids = n.children;
    if (!kids.length) return { start: at(startOf(n)), end: at(startOf(n)) };
    let first = kids[0] as Nodes;
    let last = kids[kids.length - 1] as Nodes;
    let emphasis: 'italic' | 'bold' | undefined;
    // A paragraph that is one emphasis node (a standfirst, a caption): its content is inside the marks.
    const only = kids.filter((k) => !(k.type === 'text' && !k.value.trim()));
    if (only.length === 1 && (only[0].type === 'emphasis' || only[0].type === 'strong') && only[0].children.length) {
      emphasis = only[0].type === 'emphasis' ? 'italic' : 'bold';
      first = only[0].children[0] as Nodes;
      last = only[0].children[only[0].children.length - 1] as Nodes;
    }
    return { ...trimMasked(at(startOf(first)), at(endOf(last))), emphasis };
  }

  const trimMasked = (a: number, b: number): Span => {
    while (a < b && /\s/.test(masked[a])) a++;
    while (b > a && /\s/.test(masked[b - 1])) b--;
    return { start: a, end: b };
  };

  function visit(n: RootContent, quoted: boolean): void {
    switch (n.type) {
      case 'heading': {
        maskInline(n);
        const span = contentSpan(n);
        if (span.end > span.start) blocks.push({ type: 'heading', depth: n.depth, ...span, quoted });
        lastWasImage = false;
        return;
      }
      case 'paragraph': {
        const tally = maskInline(n);
        const span = contentSpan(n);
        const images = tally.images > 0;
        if (span.end <= span.start) {
          // Nothing left once markup is gone: an image, or an empty link.
          if (images) blocks.push({ type: 'image', start: at(startOf(n)), end: at(endOf(n)) });
          lastWasImage = images;
          return;
        }
        blocks.push({
          type: 'paragraph',
          ...span,
          linkChars: tally.linkChars,
          afterImage: lastWasImage || images,
          quoted,
        });
        lastWasImage = false;
        return;
      }
      case 'list':
        for (const item of n.children) {
          for (const child of item.children) {
            if (child.type === 'paragraph') {
              const tally = maskInline(child);
              const span = contentSpan(child);
              if (span.end > span.start)
                blocks.push({ type: 'list-item', ...span, linkChars: tally.linkChars, quoted });
            } else visit(child, quoted);
          }
        }
        lastWasImage = false;
        return;
      case 'table':
        n.children.forEach((row, r) => {
          for (const cell of row.children) maskInline(cell);
          const cells = row.children.filter((c) => c.children.length);
          if (!cells.length) return;
          const a = contentSpan(cells[0]);
          const b = contentSpan(cells[cells.length - 1]);
          blocks.push({ type: r === 0 ? 'table-header' : 'table-row', start: a.start, end: b.end, quoted });
        });
        lastWasImage = false;
        return;
      case 'blockquote':
        for (const child of n.children) visit(child, true);
        return;
      case 'thematicBreak':
        blocks.push({ type: 'break', start: at(startOf(n)), end: at(endOf(n)) });
        lastWasImage = false;
        return;
      case 'html':
        blank(at(startOf(n)), at(endOf(n)));
        return;
      case 'code':
        blank(at(startOf(n)), at(endOf(n)));
        return;
      default:
        // Link definitions, footnote definitions, front matter-like leftovers: not text.
        blank(at(startOf(n)), at(endOf(n)));
    }
  }

  for (const child of tree.children) visit(child, false);
  return { blocks, masked: masked.join('') };
}
