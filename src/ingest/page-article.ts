// A fetched web page to an article file: the story found by Mozilla's Readability (the engine of
// Firefox's Reader View) over a linkedom document, saved as Markdown with front matter. What is kept:
// the headline, the byline, the outlet, the publication date, the address, and the story's text —
// paragraphs, sub-headings, lists, quotes and tables. What is left out: images and their captions,
// link addresses (a link keeps its words), scripts, forms, navigation, share bars, ads and whatever
// else Readability does not take for the story; the corpus reader drops any furniture left.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { stringify } from 'yaml';
import { findDate, readMetadataLine } from '../corpus/article-metadata.ts';
import { displayText } from '../corpus/display-text.ts';
import { furnitureRule } from '../corpus/page-furniture.ts';
import type { FetchedPage } from './fetch-page.ts';
import { PageRefused } from './fetch-page.ts';

export interface PageArticle {
  title: string;
  url: string;
  date?: string;
  byline?: string;
  source?: string;
  /** The story as Markdown paragraphs, without front matter. */
  body: string;
}

/** Fewer characters of story than this, and the page is not an article (an index, a login wall). */
const MIN_ARTICLE_CHARS = 200;

interface PageDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
type Element = {
  tagName: string;
  childNodes: Node[];
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(s: string): ArrayLike<Element>;
};
type Node = { nodeType: number; textContent: string | null; childNodes?: Node[] } & Partial<Element>;

export function articleFromPage(page: FetchedPage): PageArticle {
  return page.kind === 'text' ? articleFromText(page.body, page.url) : articleFromHtml(page.body, page.url);
}

function articleFromText(body: string, url: string): PageArticle {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (text.replace(/\s+/g, ' ').length < MIN_ARTICLE_CHARS)
    throw new PageRefused('I could not find an article on that page: it has almost no text.');
  const firstLine = text.split('\n')[0].trim();
  const title = firstLine.length <= 200 ? firstLine : new URL(url).hostname;
  return { title, url, body: text };
}

export function articleFromHtml(html: string, url: string): PageArticle {
  const { document } = parseHTML(html);
  const meta = readPageMetadata(document as unknown as PageDocument);
  // Readability's types name the browser's Document; linkedom's is a faithful stand-in for it.
  const reader = new Readability(document as never, { serializer: (node) => node, charThreshold: MIN_ARTICLE_CHARS });
  const parsed = reader.parse();
  const content = parsed?.content as unknown as Node | undefined;
  const body = content ? toMarkdown(content) : '';
  if (body.replace(/\s+/g, ' ').length < MIN_ARTICLE_CHARS)
    throw new PageRefused('I could not find an article on that page: there is no story text in it.');
  const title = clean(meta.title ?? parsed?.title ?? '') || new URL(url).hostname;
  const byline = cleanByline(meta.byline ?? parsed?.byline ?? undefined);
  const source = clean(meta.source ?? parsed?.siteName ?? '') || undefined;
  const date = isoDay(meta.date ?? parsed?.publishedTime ?? undefined);
  return { title, url, date, byline, source, body };
}

/** The saved file: front matter with what the page says about itself, then the story. */
export function pageArticleFile(article: PageArticle): string {
  const fields: Record<string, string> = { title: article.title, url: article.url };
  if (article.date) fields.date = article.date;
  if (article.byline) fields.byline = article.byline;
  if (article.source) fields.source = article.source;
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${article.body}\n`;
}

function readPageMetadata(document: PageDocument): { title?: string; byline?: string; source?: string; date?: string } {
  const metaContent = (...names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const out: { title?: string; byline?: string; source?: string; date?: string } = {
    title: metaContent('og:title', 'twitter:title', 'headline'),
    byline: metaContent('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'),
    source: metaContent('og:site_name', 'application-name', 'publisher'),
    date: metaContent(
      'article:published_time',
      'datePublished',
      'date',
      'pubdate',
      'publish-date',
      'dc.date',
      'DC.date.issued',
      'article:modified_time',
    ),
  };
  // JSON-LD, where most news sites state headline, author, publisher and date.
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of flattenLd(data)) {
        if (!/Article|Posting|Report/.test(String(item['@type'] ?? ''))) continue;
        out.title ??= typeof item.headline === 'string' ? item.headline : undefined;
        out.date ??= typeof item.datePublished === 'string' ? item.datePublished : undefined;
        out.byline ??= names(item.author);
        out.source ??= names(item.publisher);
      }
    } catch {
      // A broken JSON-LD block says nothing.
    }
  }
  out.date ??= document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return out;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    return [o, ...(Array.isArray(o['@graph']) ? flattenLd(o['@graph']) : [])];
  }
  return [];
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) =>
      typeof v === 'string'
        ? v
        : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string'
          ? (v as { name: string }).name
          : undefined,
    )
    .filter((v): v is string => !!v && v.length <= 80);
  return list.length ? list.join(', ') : undefined;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function cleanByline(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const name = clean(s).replace(/^by\s+/i, '');
  return name && name.length <= 120 && !/^https?:/.test(name) ? name : undefined;
}

/** The calendar day of a published time, as the page wrote it ("2025-03-14T09:00:00+01:00" is 2025-03-14). */
function isoDay(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (iso) return iso[0];
  const found = findDate(s);
  return found && !found.alternative
    ? `${found.year}-${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}`
    : undefined;
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'IFRAME',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'FIGURE',
  'FIGCAPTION',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
]);
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
  'PRE',
  'HR',
  'DL',
  'DT',
  'DD',
]);

/** The story's DOM as Markdown: one paragraph a block, link words without their addresses. */
function toMarkdown(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node, prefix: string) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeType !== 1) continue;
      const tag = (child.tagName ?? '').toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (/^H[1-6]$/.test(tag)) {
        const t = inline(child);
        if (t) out.push(`${'#'.repeat(Math.max(2, Number(tag[1])))} ${t}`);
      } else if (tag === 'UL' || tag === 'OL') {
        let n = 0;
        for (const li of child.childNodes ?? []) {
          if (li.nodeType !== 1 || (li.tagName ?? '').toUpperCase() !== 'LI') continue;
          const t = inline(li);
          if (t) out.push(`${prefix}${tag === 'OL' ? `${++n}.` : '-'} ${t}`);
        }
      } else if (tag === 'TABLE') {
        const rows = Array.from((child as Element).querySelectorAll('tr')).map((tr) =>
          Array.from(tr.querySelectorAll('th, td')).map((c) => inline(c as unknown as Node).replace(/\|/g, '\\|')),
        );
        const width = Math.max(0, ...rows.map((r) => r.length));
        if (width && rows.length) {
          const line = (r: string[]) => `| ${[...r, ...Array(width - r.length).fill('')].join(' | ')} |`;
          out.push([line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n'));
        }
      } else if (tag === 'BLOCKQUOTE') {
        walk(child, `${prefix}> `);
      } else if (tag === 'HR') {
        continue;
      } else if (hasBlockChildren(child)) {
        walk(child, prefix);
      } else {
        const t = inline(child);
        if (t) out.push(prefix + t);
      }
    }
  };
  walk(root, '');
  // What Readability kept of the page's furniture (an "Advertisement" label, a newsletter prompt) and
  // the byline lines above the story, which the front matter now holds, are left out.
  let story = false;
  const kept = out.filter((block) => {
    if (/^(?:#|\|)/.test(block)) return true;
    const plain = displayText(block.replace(/^(?:> )+/, ''));
    if (furnitureRule(plain)) return false;
    if (!story && readMetadataLine(plain)) return false;
    story = true;
    return true;
  });
  return kept.join('\n\n');
}

function hasBlockChildren(node: Node): boolean {
  return (node.childNodes ?? []).some((c) => c.nodeType === 1 && BLOCKS.has((c.tagName ?? '').toUpperCase()));
}

/** A block's text, with Markdown's own characters escaped so that the text reads back as written. */
function inline(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    else if (n.nodeType === 1) {
      const tag = (n.tagName ?? '').toUpperCase();
      if (SKIPPED.has(tag)) return;
      if (tag === 'BR') parts.push(' ');
      else for (const c of n.childNodes ?? []) walk(c);
    }
  };
  walk(node);
  return escapeMarkdownText(clean(parts.join('')));
}

function escapeMarkdownText(s: string): string {
  return (
    s
      .replace(/([\\`*[\]<>|])/g, '\\$1')
      .replace(/(^|\s)_|_(?=\s|$)/g, (m) => m.replace('_', '\\_'))
      // A line that would read as a heading or a list item (">" is escaped above already).
      .replace(/^(#{1,6}\s|[-+]\s|\d{1,9}[.)]\s)/, (m) =>
        m.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#+-])/, '\\$1'),
      )
  );
}
