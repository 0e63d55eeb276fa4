// The closing credits line of wire copy:
// "(Reporting by Ada Marrow in Quarrow; Additional reporting by Jon Quade and the Quarrow
// newsroom; Editing by Lis Brisk and Cora Vell.)"

import type { CreditedPerson, CreditRole, Credits, Span } from './article.ts';
import { trimSpan } from './sentences.ts';

const CREDIT_LEAD =
  /^[*_]*\(?\s*(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|produced|research|graphics|photos|fact-checking)\b[^\n]*\bby\b/i;

export function looksLikeCredits(paragraph: string): boolean {
  return CREDIT_LEAD.test(paragraph) && paragraph.length < 600;
}

function roleOf(label: string): CreditRole {
  const l = label.toLowerCase();
  if (l.startsWith('additional')) return 'additional reporter';
  if (l.startsWith('report')) return 'reporter';
  if (l.startsWith('writ')) return 'writer';
  if (l.startsWith('edit')) return 'editor';
  return 'contributor';
}

/** Parses a credits paragraph spanning [start, end) of `text`. */
export function readCredits(text: string, span: Span): Credits {
  const people: CreditedPerson[] = [];
  const desks: Span[] = [];
  let inner = trimSpan(text, span.start, span.end);
  // An italic or bold credits line: "*Reporting by …; Editing by ….*".
  while (inner.end - inner.start > 2 && /[*_]/.test(text[inner.start]) && /[*_]/.test(text[inner.end - 1])) {
    inner = trimSpan(text, inner.start + 1, inner.end - 1);
  }
  if (text[inner.start] === '(') inner = trimSpan(text, inner.start + 1, inner.end);
  if (text[inner.end - 1] === ')') inner = trimSpan(text, inner.start, inner.end - 1);
  if (text[inner.end - 1] === '.') inner = trimSpan(text, inner.start, inner.end - 1);

  // Parts end at ";" or at a sentence end before the next label ("…by Sana Mirza. Editing by …").
  for (const part of splitOn(text, inner, /;|\.\s+(?=(?:additional\s+)?\p{L}+\s+by\s)/giu)) {
    const segment = text.slice(part.start, part.end);
    const by = /^(.*?)\bby\s+/i.exec(segment);
    if (!by) continue;
    const role = roleOf(by[1].trim());
    const namesSpan: Span = { start: part.start + by[0].length, end: part.end };
    const before = people.length;
    for (const item of splitOn(text, namesSpan, /\s*,\s*|\s+and\s+/g)) {
      const itemText = text.slice(item.start, item.end);
      const at = /\s+in\s+([A-Z][\p{L}.'’ -]*)$/u.exec(itemText);
      const name = trimSpan(text, item.start, at ? item.start + at.index : item.end);
      const place = at ? trimSpan(text, item.start + at.index + at[0].length - at[1].length, item.end) : undefined;
      if (name.end <= name.start) continue;
      if (/^(the|our|staff)\b/i.test(text.slice(name.start, name.end)) || !/^\p{Lu}/u.test(text[name.start]))
        desks.push(name);
      else people.push({ name, role, place });
    }
    // "Reporting by Nell Tarsk and Jon Quade in Quarrow": a place given once, at the end, is everyone's.
    const credited = people.slice(before);
    const last = credited[credited.length - 1];
    if (last?.place && credited.slice(0, -1).every((p) => !p.place)) for (const p of credited) p.place = last.place;
  }
  return { start: span.start, end: span.end, people, desks };
}

function splitOn(text: string, span: Span, separator: RegExp): Span[] {
  const out: Span[] = [];
  const s = text.slice(span.start, span.end);
  let last = 0;
  for (const m of s.matchAll(separator)) {
    out.push(trimSpan(text, span.start + last, span.start + m.index!));
    last = m.index! + m[0].length;
  }
  out.push(trimSpan(text, span.start + last, span.end));
  return out.filter((p) => p.end > p.start);
}
