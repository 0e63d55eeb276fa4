// From blocks to an article's layout: which blocks are the headline, the metadata above the story
// (byline, outlet, dates), page furniture, captions, the story's paragraphs, live-blog timestamps,
// interview questions, corrections, press-release boilerplate and the closing credits.
//
// The top of the article is read first, block by block, until the first paragraph of news; the rest
// is read as the story, where only furniture, captions and the other shapes of news are told apart.

import type { Contact, Credits, Dateline, LiveEntry, MetadataLine, Paragraph, ParagraphKind, Span } from './article.ts';
import {
  copyrightHolder,
  type FoundDate,
  type LineMetadata,
  readMetadataLine,
  readOutletLine,
  readStandfirst,
} from './article-metadata.ts';
import { type Block, linesOf } from './blocks.ts';
import { looksLikeCredits, readCredits } from './credits.ts';
import { readDateline } from './dateline.ts';
import {
  ABOUT_ORGANISATION,
  BOILERPLATE_HEADING,
  CORRECTION,
  PHOTO_CREDIT,
  PRESS_RELEASE_LINE,
  QUESTION_PREFIX,
  TIMESTAMP,
  CLOCK_TIME,
  firstMatch,
  furnitureRule,
} from './page-furniture.ts';
import { trimSpan } from './sentences.ts';

export interface LayoutDate {
  kind: LineMetadata['kind'];
  date: FoundDate;
  /** The line as written, for notes. */
  text: string;
}

export interface Layout {
  paragraphs: Paragraph[];
  credits?: Credits;
  dateline?: Dateline;
  metadata: MetadataLine[];
  title?: Span;
  byline?: string;
  outlet?: string;
  dates: LayoutDate[];
  shape?: 'live blog' | 'interview' | 'press release';
  liveEntries: LiveEntry[];
  contacts: Contact[];
}

/** How many of the story's first paragraphs may come before the one that carries the dateline. */
const DATELINE_WITHIN = 3;
/** "Attendance: 41,200", "Venue: Harbour Park": a short label and its value. */
const FACT_BOX_LINE = /^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}: \S.{0,100}$/u;
/** "Harbour 2 Quarrow 1", "Harbour Rovers 3-1 Quarrow": a final score. */
const SCORE_LINE =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} \d{1,3}(?:\s*[-–]\s*\d{1,3} | )\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: \d{1,3})?$/u;

export function arrangeBlocks(text: string, masked: string, given: Block[]): Layout {
  const blocks = splitInlineTimestamps(text, masked, given);
  const shown = (s: Span) => masked.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const units: { kind: ParagraphKind; span: Span }[] = [];
  const metadata: MetadataLine[] = [];
  const dates: LayoutDate[] = [];
  let title: Span | undefined;
  let byline: string | undefined;
  let outlet: string | undefined;

  const isTimestamp = (b: Block) =>
    (b.type === 'paragraph' || b.type === 'heading') && isTimestampLine(masked.slice(b.start, b.end));
  const isQuestion = (b: Block) =>
    b.type === 'paragraph' && ((b.emphasis === 'bold' && /\?["”’]?$/.test(shown(b))) || QUESTION_PREFIX.test(shown(b)));
  const timestamps = blocks.filter(isTimestamp).length;
  const questions = blocks.filter(isQuestion).length;
  const pressRelease = blocks.some(
    (b) =>
      (b.type === 'paragraph' || b.type === 'heading') &&
      (firstMatch(PRESS_RELEASE_LINE, shown(b)) ||
        firstMatch(BOILERPLATE_HEADING, shown(b))?.reason === 'notes to editors'),
  );
  const isCaption = (b: Block) =>
    b.type === 'paragraph' && b.end - b.start < 400 && (b.afterImage || PHOTO_CREDIT.test(shown(b)));

  const note = (kind: MetadataLine['kind'], span: Span, read?: LineMetadata) => {
    metadata.push({ kind, ...span });
    if (read?.byline) byline ??= read.byline;
    if (read?.outlet) outlet ??= read.outlet;
    if (read?.date) dates.push({ kind: read.kind, date: read.date, text: shown(span) });
  };

  // The top: headline, metadata, furniture and captions, up to the first paragraph of news.
  let i = 0;
  top: for (; i < blocks.length; i++) {
    const b = blocks[i];
    const said = shown(b);
    if (b.type === 'heading') {
      if (furnitureRule(said, b.linkChars)) continue;
      if (isTimestamp(b) && timestamps >= 2) break;
      if (!title) title = b;
      units.push({ kind: 'heading', span: b });
      continue;
    }
    if (b.type === 'image' || b.type === 'break' || b.type === 'html' || b.type === 'code') continue;
    if (b.type !== 'paragraph') break;
    // A byline often links to the writer's page: read metadata before judging a block by its links.
    const lines = linesOf(masked, b);
    const read = lines.map((l) => readMetadataLine(shown(l)));
    // An outlet's name is read only beside metadata: after a byline, or above a date or a byline
    // ("The Halden Post" / "Thursday, 20 March 2025" / "By Ada Marrow").
    const beside = (k: number) =>
      read[k - 1]?.kind === 'byline' ||
      read[k + 1]?.kind === 'date' ||
      !!read[k + 1]?.date ||
      read[k + 1]?.kind === 'byline';
    const allMetadata = read.every((r, k) => r || (lines.length > 1 && beside(k) && readOutletLine(shown(lines[k]))));
    if (allMetadata) {
      lines.forEach((l, k) => {
        const r = read[k] ?? { kind: 'outlet' as const, outlet: readOutletLine(shown(l)) };
        note(r.kind, l, r);
      });
      continue;
    }
    // A saved page's header, a line each: "Skip to main content" / "The Harbour Post" / "Home | Region | …" /
    // "Log in  Subscribe". Mostly furniture, the rest metadata or the site's name.
    if (!title && lines.length > 1) {
      const furniture = lines.map((l) => !!furnitureRule(shown(l)));
      const site = lines.map((l, k) => (furniture[k] || read[k] ? undefined : readOutletLine(shown(l))));
      if (
        furniture.filter(Boolean).length * 2 >= lines.length &&
        lines.every((_, k) => furniture[k] || read[k] || site[k])
      ) {
        lines.forEach((l, k) => {
          if (read[k]) note(read[k].kind, l, read[k]);
          else if (site[k]) note('outlet', l, { kind: 'outlet', outlet: site[k] });
        });
        continue;
      }
    }
    if (furnitureRule(said, b.linkChars)) continue;
    if (isCaption(b)) {
      units.push({ kind: 'caption', span: b });
      continue;
    }
    if (firstMatch(PRESS_RELEASE_LINE, said)) {
      units.push({ kind: 'boilerplate', span: b });
      continue;
    }
    if (isTimestamp(b) && timestamps >= 2) break;
    const standfirst = readStandfirst(said);
    if (standfirst) {
      metadata.push({ kind: 'standfirst', start: b.start, end: b.end });
      for (const r of standfirst) {
        if (r.byline) byline ??= r.byline;
        if (r.outlet) outlet ??= r.outlet;
        if (r.date) dates.push({ kind: r.kind, date: r.date, text: said });
      }
      continue;
    }
    // A match report's or a notice's box under the headline: "Scorers: …" / "Attendance: 41,200",
    // perhaps with the score line. Its lines are facts of the story, kept as text; a byline and a
    // dateline may still follow.
    if (title && lines.length >= 2 && lines.every((l) => FACT_BOX_LINE.test(shown(l)) || SCORE_LINE.test(shown(l)))) {
      units.push({ kind: 'text', span: b });
      continue;
    }
    // "OBITUARY", "ANALYSIS", "JOINT PRESS RELEASE", "CITY TRANSIT SERVICE NOTICE" above a plain-text
    // headline: a section or document label (a kicker), not the title.
    const next = blocks[i + 1];
    if (
      !title &&
      lines.length === 1 &&
      /^\p{Lu}[\p{Lu}&-]+(?:\s+\p{Lu}[\p{Lu}&-]+){0,3}$/u.test(said) &&
      next?.type === 'paragraph' &&
      linesOf(masked, next).length === 1 &&
      !/[.!?:;,"”’)]$/.test(shown(next))
    ) {
      units.push({ kind: 'heading', span: b });
      continue;
    }
    // A plain-text headline: one short line with no closing punctuation, before anything else of the
    // story. It gives the title, and stays a sentence as plain text always had it: a text file's
    // headline is often the one line that names the story.
    if (
      !title &&
      lines.length === 1 &&
      said.length <= 200 &&
      !/[.!?:;,"”’)]$/.test(said) &&
      i + 1 < blocks.length &&
      !CORRECTION.test(said)
    ) {
      title = b;
      units.push({ kind: 'text', span: b });
      continue;
    }
    break top;
  }

  // The story.
  let boilerplate = false;
  let contactSection = false;
  let copyright: string | undefined;
  const contacts: Contact[] = [];
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    const said = shown(b);
    if (b.type === 'image' || b.type === 'break' || b.type === 'html' || b.type === 'code') continue;
    if (b.type === 'table-header' || b.type === 'table-row') {
      units.push({ kind: boilerplate ? 'boilerplate' : b.type, span: b });
      continue;
    }
    const heading =
      firstMatch(BOILERPLATE_HEADING, said) ??
      (pressRelease && ABOUT_ORGANISATION.test(said) ? { match: ABOUT_ORGANISATION, reason: 'about' } : undefined);
    if (heading && (b.type === 'heading' || (b.type === 'paragraph' && said.length <= 80))) {
      boilerplate = true;
      contactSection = heading.reason === 'media contact';
      units.push({ kind: 'boilerplate', span: b });
      continue;
    }
    if (b.type === 'heading') {
      if (furnitureRule(said, b.linkChars)) continue;
      if (isTimestamp(b) && timestamps >= 2) {
        units.push({ kind: 'timestamp', span: b });
        boilerplate = false;
        continue;
      }
      boilerplate = false;
      units.push({ kind: 'heading', span: b });
      continue;
    }
    if (boilerplate) {
      if (contactSection) {
        const first = linesOf(text, b)[0];
        const m = /^([^,\n]+?),\s*(.+)$/.exec(text.slice(first.start, first.end));
        if (m && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(m[1])) {
          const roleAt = first.start + m[0].length - m[2].length;
          contacts.push({
            name: { start: first.start, end: first.start + m[1].length },
            role: trimSpan(text, roleAt, first.end),
          });
        }
      }
      units.push({ kind: 'boilerplate', span: b });
      continue;
    }
    if (furnitureRule(said, b.linkChars)) {
      copyright ??= copyrightHolder(said);
      continue;
    }
    if (isCaption(b) && !CORRECTION.test(said)) {
      units.push({ kind: 'caption', span: b });
      continue;
    }
    if (isTimestamp(b) && timestamps >= 2) {
      units.push({ kind: 'timestamp', span: b });
      continue;
    }
    if (CORRECTION.test(said)) {
      units.push({ kind: 'correction', span: b });
      continue;
    }
    if (questions >= 2 && isQuestion(b)) {
      units.push({ kind: 'question', span: b });
      continue;
    }
    units.push({ kind: 'text', span: b });
  }

  // Credits close the story: the last paragraph of text, with only corrections, captions or boilerplate after it.
  let credits: Credits | undefined;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'correction' || u.kind === 'caption' || u.kind === 'boilerplate') continue;
    const textUnits = units.filter((x) => x.kind === 'text').length;
    if (u.kind === 'text' && textUnits > 1 && looksLikeCredits(shown(u.span))) {
      credits = readCredits(text, u.span);
      units.splice(k, 1);
    }
    break;
  }

  const paragraphs: Paragraph[] = units.map((u, index) => ({
    index,
    kind: u.kind,
    start: u.span.start,
    end: u.span.end,
  }));

  // The dateline opens one of the story's first paragraphs (after a deck, say).
  let dateline: Dateline | undefined;
  for (const p of paragraphs.filter((x) => x.kind === 'text').slice(0, DATELINE_WITHIN)) {
    dateline = readDateline(text, p.start, p.end);
    if (dateline) break;
  }

  const liveEntries = timestamps >= 2 ? readLiveEntries(masked, paragraphs) : [];
  const shape =
    liveEntries.length >= 2 ? 'live blog' : questions >= 2 ? 'interview' : pressRelease ? 'press release' : undefined;
  return {
    paragraphs,
    credits,
    dateline,
    metadata,
    title,
    byline,
    outlet: outlet ?? copyright,
    dates,
    shape,
    liveEntries,
    contacts,
  };
}

/** A live blog's timestamp line: a time, perhaps with a short headline after it. */
function isTimestampLine(raw: string): boolean {
  return raw.length <= 120 && TIMESTAMP.test(raw.replace(/\s+/g, ' ').trim());
}

/** "19:10 — The agency has raised the toll…": a live blog's entry with its time inline, before a dash. */
const INLINE_TIMESTAMP = new RegExp(String.raw`^\s*(${CLOCK_TIME})\s*[—–|]\s+(?=\S)`, 'i');
/** Entries written so, at least: one paragraph opening with a time is prose, not a blog. */
const INLINE_TIMESTAMPS_MIN = 2;

/**
 * A live blog that writes each entry's time at the head of its first paragraph ("**06:40** — Heavy
 * rain fell…") is read as one that puts the time on a line of its own: the time becomes a
 * timestamp block and the rest a paragraph, so its entries are placed by their times.
 */
function splitInlineTimestamps(text: string, masked: string, blocks: Block[]): Block[] {
  const heads = blocks.map((b) => {
    if (b.type !== 'paragraph') return null;
    const m = INLINE_TIMESTAMP.exec(masked.slice(b.start, b.end));
    if (!m) return null;
    // A short line of a time and a headline ("**13:05 — Analysis: what is at stake**") is a
    // timestamp line already; an entry's text is long, follows a time marked up alone ("**06:40** —"),
    // or ends as a sentence does.
    const rest = masked.slice(b.start + m[0].length, b.end);
    const timeAlone = /^\s*([*_]{1,2})\d{1,2}[:.h]\d{2}[^*_\n]*?\1\s*[—–|]/.test(text.slice(b.start, b.end));
    const entry = !isTimestampLine(masked.slice(b.start, b.end)) || timeAlone || /[.!?]["”’]?\s*$/.test(rest);
    return entry ? m : null;
  });
  if (heads.filter(Boolean).length < INLINE_TIMESTAMPS_MIN) return blocks;
  return blocks.flatMap((b, k) => {
    const m = heads[k];
    if (!m) return [b];
    const timeAt = b.start + m[0].indexOf(m[1]);
    const textAt = b.start + m[0].length;
    if (textAt >= b.end) return [b];
    return [
      { type: 'paragraph' as const, start: timeAt, end: timeAt + m[1].trimEnd().length },
      { ...b, start: textAt },
    ];
  });
}

/** Each timestamp and the paragraphs under it, with the entries' order in time. */
function readLiveEntries(masked: string, paragraphs: Paragraph[]): LiveEntry[] {
  const entries: LiveEntry[] = [];
  const stamps = paragraphs.filter((p) => p.kind === 'timestamp');
  stamps.forEach((p, k) => {
    const raw = masked.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
    const m = TIMESTAMP.exec(raw)!;
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    const half = m[3]?.toLowerCase().replace(/\./g, '');
    if (half === 'pm' && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
    // The span of the time itself and of any headline after it, in the file's text.
    const local = masked.slice(p.start, p.end);
    const timeAt = local.search(/\d/);
    const timeText = /^\d{1,2}[:.h]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?/i.exec(local.slice(timeAt))![0];
    const time = { start: p.start + timeAt, end: p.start + timeAt + timeText.length };
    let heading: Span | undefined;
    if (m[4]) {
      const at = local.lastIndexOf(m[4].split(' ')[0]);
      if (at > timeAt) heading = trimSpan(masked, p.start + at, p.end);
    }
    const next = stamps[k + 1]?.index ?? paragraphs.length;
    let last = next - 1;
    while (last > p.index && paragraphs[last].kind === 'boilerplate') last--;
    entries.push({
      time,
      minutes: hour * 60 + minute,
      heading,
      paragraphs: [Math.min(p.index + 1, last), last],
      order: 0,
    });
  });
  // Most blogs print the newest entry first; the clock says which way this one runs.
  let down = 0;
  let up = 0;
  for (let k = 1; k < entries.length; k++) {
    if (entries[k].minutes < entries[k - 1].minutes) down++;
    else if (entries[k].minutes > entries[k - 1].minutes) up++;
  }
  const printed = entries.map((_, k) => k);
  const inTime = down > up ? printed.reverse() : printed;
  inTime.forEach((k, rank) => {
    entries[k].order = rank;
  });
  return entries;
}
