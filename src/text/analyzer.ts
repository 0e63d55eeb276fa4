// The term pipeline for search, in the manner of Lucene's analyzer chain: tokenize, normalise
// characters, fold variant spellings and names, drop stop words, stem. Used identically for the
// index and for questions, so the two always agree.

import { stemmer } from 'stemmer';
import { stripDiacritics, straightenPunctuation } from './normalize.ts';
import { canonicalWord } from './spelling.ts';
import { STOP_WORDS } from './stopwords.ts';

export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:(?:[.'’-]|(?<=\d),(?=\d{3}))[\p{L}\p{N}]+)*\.?/gu;

/** Word tokens with offsets relative to `s` (plus `offset`). */
export function tokenize(s: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD)) {
    let text = m[0];
    // A trailing period belongs to the word only in dotted acronyms ("U.S.").
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    out.push({ text, start: offset + m.index!, end: offset + m.index! + text.length });
  }
  return out;
}

// Multi-word names and acronyms that mean one thing, folded to one token before tokenizing.
const PHRASES: [RegExp, string][] = [
  [/\bUnited States(?: of America)?\b|\bU\.S\.A?\.?(?=\W|$)|\bUSA?\b/g, ' usa '],
  [/\bUnited Kingdom\b|\bU\.K\.?(?=\W|$)|\bUK\b|\bBritain\b/g, ' britain '],
  [/\bUnited Nations\b|\bU\.N\.?(?=\W|$)|\bUN\b/g, ' un '],
  [/\bEuropean Union\b|\bE\.U\.?(?=\W|$)|\bEU\b/g, ' eu '],
];

/** Case-sensitive folding of the phrases above; the rest of the pipeline is case-insensitive. */
export function foldPhrases(s: string): string {
  let out = s;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}

// Words repeat across every article and question: each word's term is computed once (a plain map
// emptied when full, for the reasons of nameKey's in normalize.ts).
const stemCache = new Map<string, string>();
const STEMS_KEPT = 200_000;

/** A single lower-case word through spelling folding and stemming ('' when it is a stop word). */
export function termOf(word: string): string {
  const known = stemCache.get(word);
  if (known !== undefined) return known;
  const term = computeTerm(word);
  if (stemCache.size >= STEMS_KEPT) stemCache.clear();
  stemCache.set(word, term);
  return term;
}

function computeTerm(word: string): string {
  let w = (/^[\x20-\x7e]*$/.test(word) ? word : stripDiacritics(straightenPunctuation(word))).toLowerCase();
  w = w.replace(/'s$|'$/, '').replace(/\.$/, '');
  if (w.includes('.') && !/\d/.test(w)) w = w.replace(/\./g, ''); // acronyms: "u.n" → "un"
  if (/^\d[\d,]*(\.\d+)?$/.test(w)) return w.replace(/,/g, '');
  if (STOP_WORDS.has(w)) return '';
  const canonical = canonicalWord(w.replace(/'/g, ''));
  return STOP_WORDS.has(canonical) ? '' : canonical.length > 2 ? stemmer(canonical) : canonical;
}

// Words repeat across every article: each word's terms are computed once (emptied when full, like
// termOf's).
const wordTerms = new Map<string, readonly string[]>();
const WORDS_KEPT = 200_000;

/** analyze() of a single word as tokenize() gives it, remembered. The array is shared: do not change it. */
export function analyzeWord(word: string): readonly string[] {
  let terms = wordTerms.get(word);
  if (terms === undefined) {
    if (wordTerms.size >= WORDS_KEPT) wordTerms.clear();
    terms = analyze(word);
    wordTerms.set(word, terms);
  }
  return terms;
}

/** The search terms of a text, in order, stop words removed. Hyphenated words give each part. */
export function analyze(s: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(foldPhrases(s))) {
    const parts = /\d-\d/.test(t.text) ? [t.text] : t.text.split('-');
    for (const p of parts) {
      const term = termOf(p);
      if (term) out.push(term);
    }
  }
  return out;
}
