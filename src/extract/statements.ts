// Who said what: direct quotations with their speaker, wherever the attribution stands, and
// reported speech ("X said (that) …", "…, X said", "according to …").

import type { Article, Span } from '../corpus/article.ts';
import type { Mention, Statement } from './facts.ts';
import { speechVerbBase } from './lexicon.ts';
import type { TaggedArticle, Token } from './tokens.ts';

interface Attribution {
  speaker?: number;
  speakerSpan?: Span;
  /** Token index of the reporting verb. */
  verb?: number;
}

interface Quotation extends Span {
  /** The quote marks included. */
  outer: Span;
  paragraph: number;
}

type IndexedMention = { mention: Mention; entity: number };

const MIN_QUOTE_WORDS = 3;
/** Verbs whose object clause is a statement. Verbs that name or describe ("call", "describe") only
 *  report speech when a real quotation follows them. */
const REPORTING = new Set(['say', 'tell', 'add', 'state', 'warn', 'note', 'explain', 'argue', 'insist', 'claim', 'write',
  'stress', 'suggest', 'reiterate', 'assert', 'caution', 'testify', 'contend']);
/** Verbs that report speech only before "that" or a subject pronoun: "announced it would …", but
 *  "announced a buyback", "reported a 15% rise" and "denied any wrongdoing" are actions. */
const REPORTING_WITH_THAT = new Set(['pledge', 'vow', 'promise', 'urge', 'agree', 'hope', 'believe', 'declare', 'announce',
  'report', 'confirm', 'deny', 'estimate', 'predict', 'acknowledge', 'admit', 'allege', 'concede']);

/** Finds the quotations of each paragraph: curly pairs, or straight quotes toggled. An unclosed quote runs to the paragraph's end. */
export function findQuotations(article: Article): Quotation[] {
  const { text } = article;
  const out: Quotation[] = [];
  for (const p of article.paragraphs) {
    if (p.kind !== 'text') continue;
    let open = -1;
    let straight = false;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (open < 0) {
        if (c === '“' || (c === '"' && (i === p.start || /[\s(\[—–-]/.test(text[i - 1])))) {
          open = i;
          straight = c === '"';
        }
      } else if ((!straight && c === '”') || (straight && c === '"')) {
        push(open, i + 1, p.index);
        open = -1;
      }
    }
    if (open >= 0) push(open, p.end, p.index);
  }
  return out;

  function push(a: number, b: number, paragraph: number) {
    let start = a + 1;
    let end = text[b - 1] === '”' || text[b - 1] === '"' ? b - 1 : b;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, outer: { start: a, end: b }, paragraph });
  }
}

// compromise sometimes tags "telling" in "…, telling reporters that …" as an adjective.
const isSpeechVerb = (t: Token) => !!speechVerbBase(t.text) && (t.tags.has('Verb') || /^(?:said|says|told|telling|adding|saying|noting|warning|arguing|insisting|stressing|explaining)$/i.test(t.text));
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function extractStatements(tagged: TaggedArticle, mentions: IndexedMention[]): Statement[] {
  const { article, tokens } = tagged;
  const { text, sentences } = article;
  const statements: Statement[] = [];
  const sentenceAt = (offset: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.end > offset);
  const usedVerbs = new Set<number>();
  const quotations = findQuotations(article);
  const inQuote = (offset: number) => quotations.some((q) => q.outer.start <= offset && offset < q.outer.end);

  /** The entity a speaker phrase names: the mention at its head, skipping a possessive qualifier. */
  const speakerOf = (span: Span): number | undefined => {
    const inside = mentions.filter(({ mention: m }) => m.start >= span.start && m.end <= span.end && m.kind !== 'demonym' && m.kind !== 'credit');
    if (inside.length === 0) return undefined;
    const head = inside.find(({ mention: m }) => {
      const lead = text.slice(span.start, m.start);
      if (/\b(?:of|from|in|at|for|with|by|on|to|and)\b|,/i.test(lead)) return false; // "Fishermen in Colva" 
      // The head ends the phrase: "China’s Defence Ministry", not "Halden Bay-based company".
      return /^[\s,)]*$/.test(text.slice(m.end, span.end)) || /^\s*\(\p{Lu}+\)\s*$/u.test(text.slice(m.end, span.end));
    });
    return head?.entity;
  };

  const addStatement = (s: Statement) => {
    if (statements.some((o) => o.kind === s.kind && o.content.start === s.content.start && o.content.end === s.content.end)) return;
    statements.push(s);
  };

  // Direct quotations.
  let previous: { speaker?: number; speakerSpan?: Span; paragraph: number; sentence: number } | undefined;
  for (const q of quotations) {
    const content = text.slice(q.start, q.end);
    const words = wordCount(content);
    const firstSentence = sentenceAt(q.outer.start);
    const lastSentence = sentenceAt(Math.max(q.outer.end - 1, q.outer.start));
    const sentence = sentences[firstSentence];
    const fullSentenceQuote = /^\p{Lu}/u.test(content) || q.outer.start === sentence.start;
    const attribution = fullSentenceQuote ? attributionAfter(q) ?? attributionBefore(q) : attributionBefore(q) ?? attributionAfter(q);
    const governedPartial = !fullSentenceQuote && attribution;
    if (words < MIN_QUOTE_WORDS || (!fullSentenceQuote && !governedPartial)) continue; // a scare quote
    if (attribution?.verb !== undefined) usedVerbs.add(attribution.verb);
    let speaker = attribution?.speaker;
    let speakerSpan = attribution?.speakerSpan;
    if (!attribution && previous && (previous.paragraph === q.paragraph || previous.paragraph === q.paragraph - 1) && firstSentence - previous.sentence <= 2 && fullSentenceQuote) {
      speaker = previous.speaker; // a quotation that goes on after its attribution
      speakerSpan = previous.speakerSpan;
    }
    const statement: Statement = {
      kind: 'direct', content: { start: q.start, end: q.end },
      context: { start: sentences[firstSentence].start, end: sentences[lastSentence].end },
      sentences: [firstSentence, lastSentence],
    };
    if (speaker !== undefined) statement.speaker = speaker;
    if (speakerSpan) statement.speakerSpan = speakerSpan;
    addStatement(statement);
    if (attribution || speaker !== undefined) previous = { speaker, speakerSpan, paragraph: q.paragraph, sentence: lastSentence };
  }

  // Reported speech.
  for (let i = 0; i < tokens.length; i++) {
    if (usedVerbs.has(i) || inQuote(tokens[i].start)) continue;
    const t = tokens[i];
    const base = isSpeechVerb(t) ? speechVerbBase(t.text) : undefined;
    if (!base) continue;
    if (t.text.toLowerCase() === 'according') continue;
    const sentence = sentences[t.sentence];
    const prevWord = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1].text.toLowerCase() : '';
    const nextWord = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1].text.toLowerCase() : '';
    // "declined to say", "so-called", "were reported", "adding to a 41% gain": not reported speech.
    if (prevWord === 'to' || /-$/.test(tokens[i - 1]?.post ?? '') || prevWord === 'so') continue;
    if (/^(?:was|were|been|being|is|are|be)$/.test(prevWord) || nextWord === 'to' || nextWord === 'by') continue;
    if (!REPORTING.has(base) && !(REPORTING_WITH_THAT.has(base) && (nextWord === 'that' || /^(?:it|he|she|they|we)$/.test(nextWord)))) continue;
    const reported = reportedAfter(i) ?? reportedBefore(i);
    if (!reported) continue;
    const st: Statement = {
      kind: 'indirect', content: reported.content, context: { start: sentence.start, end: sentence.end },
      sentences: [t.sentence, t.sentence],
    };
    if (reported.speaker !== undefined) st.speaker = reported.speaker;
    if (reported.speakerSpan) st.speakerSpan = reported.speakerSpan;
    addStatement(st);
  }

  // "…, according to a statement from the commission."
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const m = /,\s+according to\s+(.+?)[.]?$/.exec(s);
    if (!m) continue;
    if (statements.some((st) => st.kind === 'indirect' && st.sentences[0] === sentence.index)) continue;
    const sourceEnd = sentence.start + m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    const sourceSpan: Span = { start: sourceEnd - m[1].length, end: sourceEnd };
    const source = text.slice(sourceSpan.start, sourceSpan.end);
    const by = /^.*\b(?:from|by|of)\s+(.+)$/.exec(source);
    const speakerSpan = by ? { start: sourceSpan.end - by[1].length, end: sourceSpan.end } : sourceSpan;
    let contentStart = sentence.start;
    const clause = text.slice(sentence.start, sentence.start + m.index);
    const content: Span = { start: contentStart, end: sentence.start + m.index };
    if (/^\s*$/.test(clause)) continue;
    contentStart = content.start;
    const st: Statement = { kind: 'indirect', content, context: { start: sentence.start, end: sentence.end }, sentences: [sentence.index, sentence.index], speakerSpan };
    const speaker = speakerOf(speakerSpan);
    if (speaker !== undefined) st.speaker = speaker;
    addStatement(st);
  }

  return statements.sort((a, b) => a.content.start - b.content.start);

  // ---- attribution of a quotation ----

  /** `“…,” X said` · `“…,” said X` · `“…,” a post … cited X as saying`. */
  function attributionAfter(q: Quotation): Attribution | undefined {
    const sentence = sentences[sentenceAt(q.outer.end - 1)];
    if (q.outer.end >= sentence.end) return undefined;
    const tail = text.slice(q.outer.end, sentence.end);
    if (!/^\s*[,?!]?\s*\S/.test(tail) || /^\s*[.]/.test(tail)) return undefined;
    const from = tokenAt(q.outer.end);
    if (from < 0) return undefined;
    const cited = /^\s*,?\s*(.{0,120}?)\b(?:cited|quoted)\s+(.+?)\s+as\s+saying\b/.exec(tail);
    if (cited) {
      const span = { start: q.outer.end + cited.index + cited[0].indexOf(cited[2], cited[1].length), end: 0 };
      span.end = span.start + cited[2].length;
      return { speaker: speakerOf(span), speakerSpan: span, verb: tokenAt(q.outer.end + cited.index + cited[0].lastIndexOf('saying')) };
    }
    for (let k = from; k < tokens.length && k < from + 14 && tokens[k].start < sentence.end; k++) {
      if (inQuote(tokens[k].start)) return undefined;
      if (!isSpeechVerb(tokens[k])) continue;
      const before: Span = { start: tokens[from].start, end: tokens[k].start };
      if (/^\s*(?:and|but)\s*$/i.test(text.slice(before.start, before.end))) {
        const subject = subjectBefore(k, sentence.start); // "…" and said …: the sentence's subject
        return subject ? { speaker: subject.speaker, speakerSpan: subject.span, verb: k } : { verb: k };
      }
      if (text.slice(before.start, before.end).trim()) {
        const span = trimmed(before);
        return { speaker: speakerOf(span), speakerSpan: span, verb: k };
      }
      // "…,” said Henrik Solberg, chief economist at …
      const after = noun(k + 1, sentence.end);
      return after ? { speaker: speakerOf(after), speakerSpan: after, verb: k } : { verb: k };
    }
    return undefined;
  }

  /** `X said: “…”` · `She said, “…”` · `…, adding he is confident that “…”` · `called the agreement "…"`. */
  function attributionBefore(q: Quotation): Attribution | undefined {
    const sentence = sentences[sentenceAt(q.outer.start)];
    if (q.outer.start <= sentence.start) return undefined;
    const head = text.slice(sentence.start, q.outer.start);
    const first = tokenAt(sentence.start);
    const last = tokenAt(q.outer.start) - 1;
    for (let k = last; k >= first && k >= 0; k--) {
      const t = tokens[k];
      if (t.start < sentence.start) break;
      if (!isSpeechVerb(t) || inQuote(t.start)) continue;
      const subject = subjectBefore(k, sentence.start);
      if (subject) return { speaker: subject.speaker, speakerSpan: subject.span, verb: k };
      return { verb: k };
    }
    void head;
    return undefined;
  }


  // ---- reported speech ----

  /** `X said (in a statement) (that) <content>`. */
  function reportedAfter(i: number): { content: Span; speaker?: number; speakerSpan?: Span } | undefined {
    const t = tokens[i];
    const sentence = sentences[t.sentence];
    const subject = subjectBefore(i, sentence.start);
    if (!subject) return undefined;
    // Skip the hearer of "told" and adverbials ("in a statement", "on Tuesday", "after the meeting"), then "that".
    let k = skipAdverbials(i + 1, t.sentence);
    const thatAt = tokens[k] && /^that$/i.test(tokens[k].text) ? k : -1;
    if (thatAt > 0) k++;
    const first = tokens[k];
    if (!first || first.sentence !== t.sentence) return undefined;
    // "…, X said (Wednesday), as …": an inverted attribution, handled by reportedBefore.
    if (thatAt < 0 && /[,;]/.test(tokens[k - 1].post)) return undefined;
    if (!tokens.some((x) => x.start >= first.start && x.end <= sentence.end && x.tags.has('Verb'))) return undefined;
    let end = sentence.end;
    while (end > first.start && /[.\s]/.test(text[end - 1])) end--;
    if (end - first.start < 12) return undefined;
    if (subject.unresolvedPronoun) return undefined;
    return { content: { start: first.start, end }, speaker: subject.speaker, speakerSpan: subject.span };
  }

  /** `<content>, X said (on Tuesday).` · `<content>, said X.` */
  function reportedBefore(i: number): { content: Span; speaker?: number; speakerSpan?: Span } | undefined {
    const t = tokens[i];
    const sentence = sentences[t.sentence];
    // The speaker sits between a comma and the verb, or right after the verb.
    let k = i - 1;
    while (k >= 0 && tokens[k].sentence === t.sentence && !/[,;]/.test(tokens[k].post)) k--;
    if (k < 0 || tokens[k].sentence !== t.sentence) return undefined;
    const commaToken = tokens[k];
    const speakerSpan: Span | undefined = k + 1 < i ? { start: tokens[k + 1].start, end: tokens[i - 1].end } : noun(i + 1, sentence.end);
    if (!speakerSpan || i - k > 8) return undefined;
    const after = text.slice(t.end, sentence.end);
    if (!/^(?:\s+(?:on|in|at|last|this|late|early|after|before|during|earlier|later|yesterday|today|told|to|reporters|wednesday|monday|tuesday|thursday|friday|saturday|sunday|a|the)\b[^,;]*)?\s*(?:[,.;]|$)/i.test(after) && !/^\s*[A-Z]/.test(after)) {
      if (k + 1 < i) return undefined;
    }
    // Keep a closing quote mark that stands before the comma: …their “strategic partnership”, Belousov said
    const closing = /^[”’"]+/.exec(commaToken.post);
    const content: Span = { start: sentence.start, end: commaToken.end + (closing ? closing[0].length : 0) };
    if (content.end - content.start < 12 || inQuote(content.start)) return undefined;
    const speaker = speakerOf(speakerSpan);
    return { content, speaker, speakerSpan };
  }

  /**
   * Words after a reporting verb that are not yet what was said: the hearer of "told" ("reporters",
   * "parliament", "him"), and short adverbials ("in a statement", "on Tuesday", "after the meeting",
   * "last week", "Wednesday").
   */
  function skipAdverbials(k: number, sentence: number): number {
    const hearer = /^(?:reporters|journalists|parliament|lawmakers|legislators|investors|analysts|supporters|reuters|him|her|them|us|me|congress|senators|delegates|voters|residents)$/i;
    if (tokens[k] && tokens[k].sentence === sentence && hearer.test(tokens[k].text)) k++;
    for (let guard = 0; guard < 4 && tokens[k] && tokens[k].sentence === sentence; guard++) {
      const w = tokens[k].text.toLowerCase();
      if (tokens[k].tags.has('Date') && w !== 'that') { k++; continue; }
      // "late on Sunday", "early last week"
      if (/^(?:late|early)$/.test(w) && tokens[k + 1] && /^(?:on|in|last|this)$/i.test(tokens[k + 1].text)) { k++; continue; }
      if (/^(?:last|this|late|early|earlier|later|yesterday|today|on|in|at|after|during|before|through|via|over)$/.test(w)) {
        let m = k + 1;
        let steps = 0;
        while (tokens[m] && tokens[m].sentence === sentence && steps < 4 && !/^that$/i.test(tokens[m].text) && ((steps === 0 && tokens[m].tags.has('Determiner')) || tokens[m].tags.has('Adjective') || tokens[m].tags.has('Date') || tokens[m].tags.has('Value')
          || /^(?:statement|interview|conference|briefing|call|post|meeting|session|speech|address|parliament|television|radio|letter|report|message|week|month|year|morning|evening|night|news|press|telephone|video|online)$/i.test(tokens[m].text))) {
          m++;
          steps++;
          if (/[,;]/.test(tokens[m - 1].post)) break;
        }
        if (m === k + 1) break;
        k = m;
        continue;
      }
      break;
    }
    return k;
  }

  /** The noun phrase right after index `k`: "Henrik Solberg, chief economist at Aldsen Bank". */
  function noun(k: number, end: number): Span | undefined {
    if (!tokens[k] || tokens[k].start >= end) return undefined;
    let m = k;
    const abbreviation = (x: Token) => x.tags.has('Honorific') || x.tags.has('Abbreviation') || /^\p{Lu}$/u.test(x.text);
    while (m + 1 < tokens.length && tokens[m + 1].start < end && !(/[,;.]/.test(tokens[m].post) && !(abbreviation(tokens[m]) && /^\.\s*$/.test(tokens[m].post)))) m++;
    return { start: tokens[k].start, end: tokens[m].end };
  }

  function trimmed(span: Span): Span {
    let { start, end } = span;
    while (start < end && /[\s,“”"’‘]/.test(text[start])) start++;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    return { start, end };
  }

  /**
   * The subject of the verb at token `k`: the noun phrase before it in its clause. An appositive or
   * relative clause between commas is skipped ("Valhydro, the state utility that built the dam,
   * said"); after "and"/"adding", the clause's first subject speaks.
   */
  function subjectBefore(k: number, sentenceStart: number): { span: Span; speaker?: number; unresolvedPronoun?: boolean } | undefined {
    let j = k - 1;
    if (j < 0 || tokens[j].start < sentenceStart) return undefined;
    // "…, adding he is confident" / "and said": the subject of the sentence.
    const verbText = tokens[k].text.toLowerCase();
    if (/ing$/.test(verbText) || /^(?:and|but)$/i.test(tokens[j].text)) {
      const firstSubject = mentions.find(({ mention: m }) => m.start >= sentenceStart && m.end <= tokens[k].start && m.kind !== 'demonym');
      if (/ing$/.test(verbText)) {
        // The speaker is whoever spoke last before the participle: "…, Belousov said, …, adding".
        const lastSpeaker = [...mentions].reverse().find(({ mention: m }) => m.start >= sentenceStart && m.end <= tokens[k].start && m.kind !== 'demonym' && m.kind !== 'credit');
        const pick = lastSpeaker ?? firstSubject;
        return pick ? { span: pick.mention, speaker: pick.entity } : undefined;
      }
      return firstSubject ? { span: firstSubject.mention, speaker: firstSubject.entity } : undefined;
    }
    while (j > 0 && tokens[j].start >= sentenceStart && /^(?:has|have|had|also|will|would|is|was|were|are|did|does|do|then|again|later|earlier|previously|repeatedly|publicly|separately|already|not|never)$/i.test(tokens[j].text)) j--;
    if (/,\s*$/.test(tokens[j].post)) {
      // Skip back over ", … ," to the noun phrase before the first comma.
      let m = j - 1;
      while (m >= 0 && tokens[m].start >= sentenceStart && !/,\s*$/.test(tokens[m].post)) m--;
      if (m < 0 || tokens[m].start < sentenceStart) return undefined;
      j = m;
    }
    // The phrase runs back to the clause start: a comma, a conjunction, "that", or the sentence start.
    let a = j;
    const insideName = (x: number) => /^and$/i.test(tokens[x].text) && /^\p{Lu}/u.test(tokens[x - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[x + 1]?.text ?? '');
    while (a - 1 >= 0 && tokens[a - 1].start >= sentenceStart && !/[,;:]\s*$/.test(tokens[a - 1].post)
      && (!/^(?:and|but|as|while|when|that|because|after|before|since|which|who|where)$/i.test(tokens[a - 1].text) || insideName(a - 1))
      && !(tokens[a - 1].tags.has('Verb') && !/^\p{Lu}/u.test(tokens[a - 1].text))) a--;
    if (a > j) return undefined;
    const span: Span = { start: tokens[a].start, end: tokens[j].end };
    const words = text.slice(span.start, span.end);
    if (/^(?:it|they|this|that|which|who)$/i.test(words.trim())) {
      const speaker = speakerOf(span);
      return { span, speaker, unresolvedPronoun: speaker === undefined };
    }
    return { span, speaker: speakerOf(span) };
  }
}

export type { Quotation, Token };
