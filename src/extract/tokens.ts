// compromise's part-of-speech tagging, aligned to exact spans of the article text. compromise keeps
// every character as a term's text or its surrounding whitespace and punctuation (pre, post), so
// walking the terms in order recovers each one's offset.

import { tagTerms } from './nlp.ts';
import type { Article, Sentence } from '../corpus/article.ts';

export interface Token {
  start: number;
  end: number;
  /** The word as written, possessive ending included. */
  text: string;
  /** compromise's normalised form, lower case. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation and space before and after, as written. */
  pre: string;
  post: string;
  sentence: number;
  /** Index of this token within its sentence. */
  position: number;
  possessive: boolean;
  /** End of the word without a possessive ending ("Orlin’s" → end of "Orlin"). */
  baseEnd: number;
}

export interface TaggedArticle {
  article: Article;
  tokens: Token[];
  /** For each sentence, [first token, last token + 1). */
  sentenceTokens: [number, number][];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  implicit?: string;
}

const POSSESSIVE = /(?:['’]s|s['’])$/;
const CONTRACTION = /^(?:it|he|she|that|there|what|who|where|here|how|let|this)['’]s$/i;

export function tagArticle(article: Article): TaggedArticle {
  const { text, sentences } = article;
  const tokens: Token[] = [];
  const sentenceTokens: [number, number][] = sentences.map(() => [0, 0]);
  if (sentences.length === 0) return { article, tokens, sentenceTokens };
  const from = sentences[0].start;
  const to = sentences[sentences.length - 1].end;
  const doc = tagTerms(text.slice(from, to));
  let cursor = from;
  let s = 0;
  for (const terms of doc.document as CompromiseTerm[][]) {
    for (const term of terms) {
      cursor += term.pre.length;
      if (term.text === '') continue; // an implied word of a contraction
      let start = cursor;
      if (text.startsWith(term.text, cursor) === false) {
        const found = text.indexOf(term.text, cursor);
        if (found < 0 || found > cursor + 40) continue;
        start = found;
      }
      const end = start + term.text.length;
      cursor = end + term.post.length;
      while (s < sentences.length - 1 && start >= sentences[s].end) s++;
      if (start < sentences[s].start || start >= sentences[s].end) continue; // between sentences
      const suffix = POSSESSIVE.test(term.text) && term.text.length > 2 && !CONTRACTION.test(term.text);
      const possessive = suffix; // compromise's Possessive tag is also put on "St." and the like
      const baseEnd = suffix ? end - (/s['’]$/.test(term.text) ? 1 : 2) : end;
      tokens.push({
        start,
        end,
        text: term.text,
        normal: term.normal,
        tags: term.tags,
        pre: term.pre,
        post: term.post,
        sentence: s,
        position: 0,
        possessive: possessive && baseEnd > start,
        baseEnd: baseEnd > start ? baseEnd : end,
      });
    }
  }
  repairParticiples(tokens);
  let i = 0;
  sentences.forEach((sentence: Sentence, si: number) => {
    while (i < tokens.length && tokens[i].sentence < si) i++;
    const first = i;
    while (i < tokens.length && tokens[i].sentence === si) {
      tokens[i].position = i - first;
      i++;
    }
    sentenceTokens[si] = [first, i];
  });
  return { article, tokens, sentenceTokens };
}

/** Verbs whose past participle is their base form: after "had", compromise may read them as nouns. */
const SAME_FORM_PARTICIPLES = new Set(
  'put set cut hit let shut cost spread quit split burst cast hurt bid shed upset thrust broadcast forecast'.split(' '),
);
const PERFECT_AUXILIARY = /^(?:had|has|have|having|'d|’d)$/i;
const BETWEEN_AUXILIARY_AND_VERB = /^(?:not|already|never|just|also|since|now|only|recently|previously)$/i;

/**
 * "the board had cut the fares", "the rumour had spread": a same-form participle after a
 * perfect auxiliary is the verb, though compromise tags it a noun. Without it the clause has no
 * verb, and its date is given to the clause before.
 */
function repairParticiples(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (!SAME_FORM_PARTICIPLES.has(t.normal) || t.tags.has('Verb')) return;
    let k = i - 1;
    while (k >= 0 && tokens[k].sentence === t.sentence && BETWEEN_AUXILIARY_AND_VERB.test(tokens[k].text)) k--;
    if (k < 0 || tokens[k].sentence !== t.sentence || !PERFECT_AUXILIARY.test(tokens[k].text)) return;
    t.tags = new Set(['Verb', 'PastTense', 'Participle']);
  });
}

export const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);
/** First word of a sentence, or first word after an opening quote or a colon: capitals there prove nothing. */
export function atClauseStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.position === 0) return true;
  if (/[“"‘(]\s*$/.test(t.pre)) return true;
  const prev = tokens[i - 1];
  // After a dateline's dash ("(Reuters) - A Norvale plane…") a new clause begins too.
  return (
    /[:;]\s*["“]?\s*$/.test(prev.post) ||
    /[“"]\s*$/.test(prev.post) ||
    (/\)\s*$/.test(prev.post) && /^\s*[-—–]\s*$/.test(t.pre)) ||
    /\)\s+[-—–]\s+$/.test(prev.post)
  );
}
