// Events: the clause a date governs, with the entities of its sentence and the place it names.

import type { Article, Span } from '../corpus/article.ts';
import type { EntityFact, EventFact, Mention, TimeExpression } from './facts.ts';
import { isMetadataSentence } from './times.ts';
import type { Token } from './tokens.ts';
import { speechVerbBase } from './lexicon.ts';

/** A rule that shapes an event's clause, named on the event for explanations (`npm run explain`). */
export interface EventRule {
  name: string;
  reason: string;
}

export const EVENT_RULES: EventRule[] = [
  {
    name: 'date-phrase-after-clause',
    reason:
      'a date phrase set off by commas after a clause with a verb dates that clause: "walked out for four days, from October 7 to October 10, in a dispute"',
  },
  {
    name: 'participle-after-date',
    reason:
      'a participle phrase set off by a comma right after the date tells more of the same event: "was found on Monday, rolled up inside a van"',
  },
  {
    name: 'relative-clause-takes-name',
    reason:
      'a relative clause after a clause that ends in a name tells of that name: "did not remove Ada Marrow, who was sworn in on May 2"',
  },
  {
    name: 'appositive-takes-name',
    reason:
      'an appositive with a relative clause tells of the name it follows: "Ada Marrow, a former mayor who resigned in 2021"',
  },
  {
    name: 'that-clause-to-its-verb',
    reason:
      'what was said runs on past an appositive to its verb: "announced in October that the market, built in 1928, would be demolished"',
  },
  {
    name: 'complement-past-appositive',
    reason:
      'a clause that ends in a name and its appositive goes on to what its verb takes after them: ' +
      '"sentenced Ada Marrow, a former mayor, to six years in prison"',
  },
  {
    name: 'live-entry-continues',
    reason:
      "a live-blog entry's later sentences with no time of their own were reported at the entry's stamp: " +
      '"**11:15** — The toll has risen to 14. The bodies were found near the bridge."',
  },
  {
    name: 'date-heads-item',
    reason:
      'a chronology or factbox item that opens with its date and a colon tells one happening of that date, whole: ' +
      '"- **12 May 2014**: Ada Marrow, a former mayor, is elected president"',
  },
  {
    name: 'fronted-phrase-takes-clause',
    reason:
      'a phrase that opens the sentence with a preposition and a comma sets the scene for the clause after it, ' +
      'on past its subject\'s appositive to the verb: "In a letter published on 14 February, the secretary, Ada Marrow, said …"',
  },
  {
    name: 'list-label',
    reason:
      'the bold label opening a list item names what its first sentence tells: "**A strike.** The union walked out…"',
  },
];

/**
 * "That is the end of our live coverage for today", "We are pausing this live blog for the night":
 * a live page's own sign-off under its stamp tells of the coverage, not of a happening (any recap
 * after it retells earlier entries).
 */
const SIGN_OFF = new RegExp(
  String.raw`^(?:(?:that is|that's|this is)\s+(?:all from (?:us|the [\w ]{0,20}desk|our [\w ]{0,20}team)|the end of (?:our|this)|where we (?:will\s+)?end)` +
    String.raw`|we(?:\s+are|'re|\s+will)?\s+(?:ending|pausing|closing|wrapping up|end|pause|close|wrap up)\s+(?:our|this|the|here|for)` +
    String.raw`|we(?:'ll| will) be back\b)`,
  'i',
);
/** "A reader asks whether the tap water is safe", "Reader question: Is the bridge open?": a reader's
 *  question under a stamp, which the entry's next sentences answer; those are its news. */
const READER_QUESTION = /^(?:(?:a|one) reader (?:asks|has asked|wants to know|writes)\b|readers?['’]? questions?\s*:)/i;
/** "has risen", "have been revised", "has now fallen": a verb in the present perfect. */
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:now\s+|just\s+|also\s+|since\s+)?(?:been\s+)?\p{L}+(?:ed|en|wn|ne|un|t)\b/u;
/** "Sunday night's", "last week's": a time in the possessive, qualifying a noun. */
const possessive = (text: string, t: Span) =>
  /['’]s$/.test(text.slice(t.start, t.end)) || /^['’]s\b/.test(text.slice(t.end, t.end + 3));
const SUBORDINATE = /^(?:when|as|while|because|whereas|which|who|although|though|where)$/i;
/** Prepositions before "which" that the tagger may read otherwise ("under" as an adjective). */
const RELATIVE_PREPOSITIONS = /^(?:under|in|on|at|by|for|from|with|through|after|before|during|against|to|of|over)$/i;
const CLAUSE_OPENERS_BEFORE_CLAUSE = /^(?:after|before|until|since|once)$/i;

/** A word that can begin a clause's subject: "the", "he", "Kesic", "his". */
const opensClause = (t: Token) =>
  t.tags.has('Determiner') || t.tags.has('Pronoun') || /^\p{Lu}/u.test(t.text) || t.tags.has('Possessive');

/** Clause boundaries of a sentence: punctuation, subordinating words, and "and/but" before a verb. */
function clauses(text: string, sentence: Span, tokens: Token[], keepWhole: Span[]): Span[] {
  const cuts: number[] = [sentence.start];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/[,;:—–]/.test(t.post) && i + 1 < tokens.length) cuts.push(tokens[i + 1].start);
    const next = tokens[i + 1];
    // "as early as Monday", "as soon as": a comparison, not a clause of its own.
    const comparative =
      /^as$/i.test(t.text) &&
      next &&
      /^(?:early|late|soon|much|many|far|long|well|little|few|recently|quickly)$/i.test(next.text);
    if (
      i > 0 &&
      !comparative &&
      !(/^as$/i.test(t.text) && /^(?:early|late|soon|much|many|far|long|well|little|few)$/i.test(tokens[i - 1].text)) &&
      (SUBORDINATE.test(t.text) ||
        // "since the strike began" opens a clause; "since Tuesday" is a date.
        (CLAUSE_OPENERS_BEFORE_CLAUSE.test(t.text) && next && opensClause(next) && !next.tags.has('Date')))
    ) {
      // "a deal under which Tarsen will buy": the preposition goes with the relative clause.
      const prep = tokens[i - 1];
      cuts.push(
        /^(?:which|whom|whose)$/i.test(t.text) &&
          (prep.tags.has('Preposition') || RELATIVE_PREPOSITIONS.test(prep.text)) &&
          /^\s*$/.test(prep.post)
          ? prep.start
          : t.start,
      );
    }
    if (i > 0 && /^(?:and|but)$/i.test(t.text) && next && next.tags.has('Verb') && !next.tags.has('Adjective'))
      cuts.push(t.start);
    // "told parliament that the powers had helped …": what was said is a clause of its own.
    if (i > 0 && /^that$/i.test(t.text) && next && opensClause(next)) cuts.push(t.start);
  }
  cuts.push(sentence.end);
  const spans: Span[] = [];
  // Never cut inside a date ("April 12, 1994").
  const sorted = [...new Set(cuts)]
    .filter((c) => !keepWhole.some((k) => k.start < c && c < k.end))
    .sort((a, b) => a - b);
  for (let k = 0; k + 1 < sorted.length; k++) {
    let start = sorted[k];
    let end = sorted[k + 1];
    while (end > start && /[\s,;:.—–]/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/**
 * An event clause that reads alone: "and the regulator approved the route in 2022" loses its "and".
 * (Taking a subject-less clause's subject from earlier in the sentence would lengthen every line of
 * a timeline page; not done yet.)
 */
function withSubject(text: string, _sentence: Span, span: Span, tokens: Token[]): Span {
  const clause = text.slice(span.start, span.end);
  const conj = /^(?:and|but)\s+/i.exec(clause);
  const firstAfter = (at: number) => tokens.find((t) => t.start >= at);
  if (conj) {
    const next = firstAfter(span.start + conj[0].length);
    if (next && opensClause(next)) return { start: span.start + conj[0].length, end: span.end };
    return span;
  }
  return span;
}

/** Longest event clause that subject recovery may make: beyond it the line would be cut short. */
const CLAUSE_WITH_SUBJECT_MAX = 120;
/** The span's first word, when it is in lower case: a clause's opening word, not a name. */
const lowerFirstWord = (tokens: Token[], span: Span) => {
  const first = tokens.find((t) => t.start >= span.start);
  return first && first.start < span.end && /^\p{Ll}/u.test(first.text) ? first : undefined;
};
const startsWithVerb = (tokens: Token[], span: Span) => {
  const first = lowerFirstWord(tokens, span);
  return (
    !!first &&
    !first.tags.has('Gerund') &&
    (first.tags.has('Verb') || first.tags.has('Auxiliary') || first.tags.has('Modal') || first.tags.has('Copula')) &&
    !first.tags.has('Noun')
  );
};

/**
 * An event clause with its subject, so that it reads alone: "who died on March 12" takes the noun
 * phrase it describes ("a 41-year-old man with a weakened heart, who died on March 12"); a clause
 * that opens with its verb ("was rejected on August 19", "became mayor in 2021") takes the part
 * of the sentence that opens with its subject ("A second offer, worth €42m, was rejected …"), past
 * any appositive between them. Never past the length a timeline line can show.
 */
function withAntecedent(
  text: string,
  span: Span,
  parts: Span[],
  tokens: Token[],
  names: Span[],
  rules: string[],
): Span {
  const index = parts.findIndex((p) => p.start <= span.start && span.start < p.end);
  if (index <= 0) return span;
  const clause = text.slice(span.start, span.end);
  let start = -1;
  if (/^(?:who|which|whose)\b/i.test(clause)) {
    const before = parts[index - 1];
    const first = tokens.find((t) => t.start >= before.start);
    // The noun phrase itself ("a 41-year-old man"), not a phrase of attribution ("according to X").
    if (
      first &&
      opensClause(first) &&
      !hasVerb(tokens, before) &&
      !/[“”"]/.test(text.slice(before.start, before.end)) &&
      /^[\s,]*$/.test(text.slice(before.end, span.start))
    ) {
      start = before.start;
      // "Ada Marrow, the guide who led the digging on Monday": the appositive tells of the name before it.
      const prior = parts[index - 2];
      const name = prior && names.find((n) => n.end === prior.end && n.start >= prior.start);
      if (name && /^\s*,\s*$/.test(text.slice(prior.end, before.start))) {
        start = name.start;
        rules.push('appositive-takes-name');
      }
    }
    // "The tribunal did not remove Ada Marrow, who was sworn in on May 2": the name just before.
    else if (/^[\s,]*$/.test(text.slice(before.end, span.start))) {
      const name = names.find((n) => n.end === before.end && n.start >= before.start);
      if (name) {
        start = name.start;
        rules.push('relative-clause-takes-name');
      }
    }
  } else if (
    startsWithVerb(tokens, span) ||
    // "Police detained the director, Ada Marrow, on Friday on suspicion of fraud": a phrase of
    // the clause before, past the appositive.
    startsWithPreposition(tokens, span) ||
    (/^(?:and|but)\s/i.test(clause) &&
      startsWithVerb(tokens, { start: span.start + clause.indexOf(' ') + 1, end: span.end }))
  ) {
    for (let k = index - 1; k >= 0; k--) {
      const part = parts[k];
      const words = text.slice(part.start, part.end);
      if (/[“”"]/.test(words)) break; // never into a quotation
      // "said that Lisitsyna had accepted …, thanked … and would begin": the subject follows "that".
      const that = /^that\s+/i.exec(words);
      if (that) {
        start = part.start + that[0].length;
        break;
      }
      // "The injured miner, who had been in intensive care, died on Friday": past the relative clause.
      if (/^(?:who|which|whose)\b/i.test(words) && k > 0 && /^\s*,\s*$/.test(text.slice(part.end, parts[k + 1].start)))
        continue;
      if (
        /^(?:and|but|or|when|as|while|because|whereas|which|who|although|though|where|after|before|until|since|once|if)\b/i.test(
          words,
        )
      )
        break;
      const first = tokens.find((t) => t.start >= part.start);
      // A part that opens with a subject: the clause the verb shares, or the subject itself with
      // an appositive after it ("A second offer, worth €42m, was rejected").
      const subject =
        !!first &&
        ((opensClause(first) && !/^\p{Ll}/u.test(first.text)) ||
          first.tags.has('Determiner') ||
          first.tags.has('Pronoun'));
      if (subject) start = part.start;
      // A clause of its own ends the walk; a verb phrase with no subject shares the one before.
      if ((subject && hasFiniteVerb(tokens, part)) || k === 0) break;
    }
  }
  if (start < 0 || span.end - start > CLAUSE_WITH_SUBJECT_MAX) return span;
  return { start, end: span.end };
}

/** Longest event clause a participle phrase may make: as much as a timeline line shows (src/answer/timeline.ts). */
const CLAUSE_WITH_PARTICIPLE_MAX = 160;

/**
 * "One of the paintings was found on Monday, rolled up inside a van": a clause the date closes goes
 * on into the participle phrase after its comma, which tells where or how. Not a speech verb
 * ("…, adding that") nor "according to", which attribute.
 */
function withParticiple(
  text: string,
  span: Span,
  time: TimeExpression,
  parts: Span[],
  tokens: Token[],
  rules: string[],
): Span {
  if (!/^[\s.,;:]*$/.test(text.slice(time.end, span.end))) return span;
  // After a relative clause ("the miner, who had been in care since Tuesday, died") the verb
  // past the comma is the sentence's own, not a participle.
  if (/^(?:who|which|whose|that)\b/i.test(text.slice(span.start, span.end))) return span;
  const next = parts.find((p) => p.start >= span.end);
  if (!next || !/^\s*,\s*$/.test(text.slice(span.end, next.start))) return span;
  const at = tokens.findIndex((t) => t.start >= next.start);
  const first = tokens[at];
  // "…, killing at least seven people": an -ing word the tagger reads as a noun ("a killing") is a
  // participle when no "of" follows it.
  const ingWord =
    !!first &&
    /^\p{Ll}+ing$/u.test(first.text) &&
    !first.tags.has('Preposition') &&
    !/^(?:during|including|following|according)$/i.test(first.text) &&
    !/^of$/i.test(tokens[at + 1]?.text ?? '');
  if (
    !first ||
    !/^\p{Ll}/u.test(first.text) ||
    !(
      ingWord ||
      (first.tags.has('Verb') &&
        (first.tags.has('PastTense') || first.tags.has('Participle') || first.tags.has('Gerund')))
    ) ||
    first.tags.has('Auxiliary') ||
    // "…, asking for an inspector to visit": a request for something tells the happening; a speech
    // verb otherwise attributes ("…, adding that", "…, saying it would").
    (speechVerbBase(first.text) && !/^for$/i.test(tokens[at + 1]?.text ?? '')) ||
    /^according$/i.test(first.text) ||
    next.end - span.start > CLAUSE_WITH_PARTICIPLE_MAX
  )
    return span;
  rules.push('participle-after-date');
  return { start: span.start, end: next.end };
}

/** Prepositions that open what a verb takes after its object: "sentenced X to …", "cut it from … to …". */
const COMPLEMENT_PREPOSITIONS = /^(?:to|from|for|into|as|with|over)$/i;

/**
 * "A court on Thursday sentenced Ada Marrow, a former mayor of the city, to six years in prison": a
 * clause that ends in a name, past the appositive that describes it, goes on to the phrase its verb
 * takes after the object, which is the news. The appositive is a noun phrase with no verb of its own.
 */
function withComplement(
  text: string,
  span: Span,
  time: TimeExpression,
  parts: Span[],
  tokens: Token[],
  names: Span[],
  rules: string[],
): Span {
  if (time.end > span.end || !names.some((n) => n.end === span.end)) return span;
  const k = parts.findIndex((p) => p.end === span.end);
  const appositive = parts[k + 1];
  const complement = parts[k + 2];
  if (k < 0 || !appositive || !complement) return span;
  const comma = (a: Span, b: Span) => /^\s*,\s*$/.test(text.slice(a.end, b.start));
  if (!comma(span, appositive) || !comma(appositive, complement)) return span;
  const first = tokens.find((t) => t.start >= appositive.start);
  if (!first || !(first.tags.has('Determiner') || first.tags.has('Possessive') || /^(?:a|an|the)$/i.test(first.text)))
    return span;
  // A verb of its own makes it a clause; a name's lower-case particle ("São Caetano do Vale") does not.
  const own = tokens.filter((t) => t.start >= appositive.start && t.end <= appositive.end);
  const verb = own.some(
    (t, i) =>
      t.tags.has('Verb') &&
      !t.tags.has('Auxiliary') &&
      !(i > 0 && i + 1 < own.length && /^\p{Lu}/u.test(own[i - 1].text) && /^\p{Lu}/u.test(own[i + 1].text)),
  );
  if (verb || /[“”"]/.test(text.slice(appositive.start, appositive.end))) return span;
  const opener = tokens.find((t) => t.start >= complement.start);
  if (!opener || !COMPLEMENT_PREPOSITIONS.test(opener.text)) return span;
  rules.push('complement-past-appositive');
  return { start: span.start, end: complement.end };
}

/**
 * "3. **A strike.** The union walked out on Monday": a list item's bold label is part of what its
 * first sentence tells, and often the only word that names the happening.
 */
function withListLabel(article: Article, span: Span, rules: string[]): Span {
  const { text, sentences } = article;
  const at = sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  const sentence = sentences[at];
  const label = sentences[at - 1];
  if (!sentence || !label || label.paragraph !== sentence.paragraph) return span;
  if (!/^\s*$/.test(text.slice(sentence.start, span.start))) return span;
  // The label opens its paragraph (the item's number or bullet lies before the paragraph's text).
  if (sentences[at - 2]?.paragraph === label.paragraph) return span;
  const opening = text.slice(Math.max(0, label.start - 2), label.start);
  const between = text.slice(label.end, sentence.start);
  const words = text.slice(label.start, label.end).match(/\p{L}+/gu) ?? [];
  if (!/^(?:\*\*|__)$/.test(opening) || !/^[.:]?(?:\*\*|__)[.:]?\s+$/.test(between)) return span;
  if (words.length === 0 || words.length > 6) return span;
  rules.push('list-label');
  return { start: label.start, end: span.end };
}

/**
 * "- **12 May 2014**: …", "3 March 2023 — …": the date opens its sentence, which opens its
 * paragraph (past a list marker and bold), and a colon or dash follows it.
 */
function headsItem(article: Article, time: TimeExpression): boolean {
  const { text, sentences, paragraphs } = article;
  const sentence = sentences[time.sentence];
  const paragraph = paragraphs[sentence.paragraph];
  if (!paragraph || sentence.start > paragraph.start + 8) return false;
  if (!/^[\s*_#>-]*(?:\d+[.)]\s*)?[*_]*(?:by\s+)?$/i.test(text.slice(paragraph.start, time.start))) return false;
  return /^[*_]*\s*[:—–]\s*[*_]*\s*\S/.test(text.slice(time.end, sentence.end));
}

/**
 * "In a letter published on 14 February, the union's secretary, Ada Marrow, said …": a phrase that
 * opens the sentence with a preposition and a comma, with no finite verb of its own (a participle
 * after its noun, "published", is none), sets the scene for the clause after it.
 */
function frontedPhrase(text: string, sentence: Span, span: Span, tokens: Token[]): boolean {
  if (!/^[\s*_]*$/.test(text.slice(sentence.start, span.start))) return false;
  const own = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const first = own[0];
  // "After the council voted, …" opens a clause of time or cause, not a phrase.
  if (!first || !first.tags.has('Preposition') || SUBORDINATE.test(first.text)) return false;
  if (CLAUSE_OPENERS_BEFORE_CLAUSE.test(first.text)) return false;
  if (!/^\s*,/.test(text.slice(span.end, span.end + 2))) return false;
  const reducedRelative = (i: number) => i > 0 && own[i].tags.has('PastTense') && own[i - 1].tags.has('Noun');
  return !hasFiniteVerb(
    own.filter((_, i) => !reducedRelative(i)),
    span,
  );
}

/**
 * A span with no finite verb goes on over the comma-joined parts after it (a subject and its
 * appositive) to the part whose verb makes it a clause: "On Monday, the union's secretary, Ada
 * Marrow, said …". Unchanged if no verb comes within a timeline line's length.
 */
function onToVerb(text: string, span: Span, parts: Span[], tokens: Token[]): Span {
  let out = span;
  for (let k = parts.findIndex((p) => p.start >= span.end); k >= 0 && k < parts.length; k++) {
    if (!/^\s*,\s*$/.test(text.slice(out.end, parts[k].start))) return span;
    out = { start: out.start, end: parts[k].end };
    if (out.end - out.start > CLAUSE_WITH_PARTICIPLE_MAX) return span;
    if (hasFiniteVerb(tokens, parts[k])) return out;
  }
  return span;
}

/** A phrase that opens with a preposition and has no verb of its own: "on Friday on suspicion of fraud". */
const startsWithPreposition = (tokens: Token[], span: Span) =>
  !!lowerFirstWord(tokens, span)?.tags.has('Preposition') && !hasFiniteVerb(tokens, span);

/** A verb that makes a clause ("was", "rejected", "says"), not "worth", an infinitive or a gerund. */
const hasFiniteVerb = (tokens: Token[], span: Span) =>
  tokens.some(
    (t) =>
      t.start >= span.start &&
      t.end <= span.end &&
      t.tags.has('Verb') &&
      (t.tags.has('PastTense') ||
        t.tags.has('Copula') ||
        t.tags.has('Modal') ||
        t.tags.has('Auxiliary') ||
        (t.tags.has('PresentTense') && !t.tags.has('Infinitive') && !t.tags.has('Gerund'))),
  );
const hasVerb = (tokens: Token[], span: Span) =>
  tokens.some((t) => t.start >= span.start && t.end <= span.end && t.tags.has('Verb') && !t.tags.has('Auxiliary'));

export function extractEvents(
  article: Article,
  tokens: Token[],
  sentenceTokens: [number, number][],
  times: TimeExpression[],
  entities: EntityFact[],
): EventFact[] {
  const { text, sentences } = article;
  const events: EventFact[] = [];
  const mentionsBySentence = new Map<number, { m: Mention; e: number }[]>();
  entities.forEach((entity, e) => {
    for (const m of entity.mentions) {
      if (m.sentence < 0) continue;
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push({ m, e });
      mentionsBySentence.set(m.sentence, list);
    }
  });
  const participantsOf = (sentence: number) => [...new Set((mentionsBySentence.get(sentence) ?? []).map(({ e }) => e))];
  /** Where a line's text ends, before the spaces and the full stop that close it. */
  const endOf = (from: number, to: number) => {
    while (to > from && /[\s.]/.test(text[to - 1])) to--;
    return to;
  };
  times.forEach((time, ti) => {
    if (time.value.granularity === 'decade') return; // "in the past decade": a comparison, not an event
    if (isMetadataSentence(article, time.sentence)) return; // "Updated … October 7, 2025" dates the article, not an event
    if (time.heads) {
      // A live blog's timestamp: the entry's first sentence is what happened then.
      // A one-word opener ("LIFTOFF.") tells nothing alone: the sentence after it goes with it.
      let sentence = sentences[time.sentence];
      const next = sentences[time.sentence + 1];
      // The opener's words, after the stamp: "**08:15** Good morning." is two.
      const words = text.slice(Math.max(sentence.start, time.end), sentence.end).match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length <= 2 && next && next.paragraph === sentence.paragraph) sentence = { ...sentence, end: next.end };
      const end = endOf(sentence.start, sentence.end);
      // "00:47\nThe tribunal has published …": a stamp over its entry's line is not its text.
      let start = sentence.start;
      // The stamp may begin before the sentence does ("**12:40** We spoke…", cut after its "**").
      if (time.end > start && time.end < end) start = time.end + /^[\s*_]*/.exec(text.slice(time.end, end))![0].length;
      const span = { start, end };
      if (SIGN_OFF.test(text.slice(start, end))) return;
      const participants = participantsOf(time.sentence);
      if (!READER_QUESTION.test(text.slice(start, end)))
        events.push({ span, sentence: time.sentence, time: ti, participants });
      // The entry's later sentences were reported at its stamp too ("The toll has risen to 14. The
      // bodies were found near the bridge."): each with no time of its own is dated by the stamp.
      for (let i = time.sentence + 1; sentences[i]?.paragraph === sentences[time.sentence].paragraph; i++) {
        const later = sentences[i];
        if (later.end <= end || times.some((t) => t.sentence === i && !possessive(text, t))) continue;
        const laterEnd = endOf(later.start, later.end);
        const laterStart = later.start + /^[\s*_]*/.exec(text.slice(later.start, laterEnd))![0].length;
        // A quotation leading its sentence is the speaker's words, which /quotes gives, not a happening.
        const said = text.slice(laterStart, laterEnd);
        if (said.length < 12 || /^["“‘']/.test(said) || SIGN_OFF.test(said) || READER_QUESTION.test(said)) continue;
        events.push({
          span: { start: laterStart, end: laterEnd },
          sentence: i,
          time: ti,
          participants: participantsOf(i),
          rules: ['live-entry-continues'],
        });
      }
      return;
    }
    // "That is all from us tonight" under a stamp of that evening: the stamp's event tells it, timed.
    if (times.some((t) => t.heads && t !== time && t.sentence === time.sentence && t.value.from === time.value.from))
      return;
    const sentence = sentences[time.sentence];
    // "We will be back on Wednesday morning": the page's own sign-off dates no happening.
    const opening = text.slice(sentence.start, sentence.end).replace(/^[\s*_]+/, '');
    if (SIGN_OFF.test(opening) || READER_QUESTION.test(opening)) return;
    const rules: string[] = [];
    if (headsItem(article, time)) {
      const end = endOf(time.start, sentence.end);
      const participants = participantsOf(time.sentence);
      // The line's label gives the date: the item's words after its colon tell the happening (the
      // date's bold, cut by the list item's paragraph, would be left unbalanced).
      const after = /^[*_]*\s*[:—–]\s*[*_]*\s*/.exec(text.slice(time.end, sentence.end))![0].length;
      events.push({
        span: { start: time.end + after, end },
        sentence: time.sentence,
        time: ti,
        participants,
        rules: ['date-heads-item'],
      });
      return;
    }
    const [a, b] = sentenceTokens[time.sentence];
    const sentenceTokenList = tokens.slice(a, b);
    const parts = clauses(
      text,
      sentence,
      sentenceTokenList,
      times.filter((x) => x.sentence === time.sentence),
    );
    let index = parts.findIndex((p) => p.start <= time.start && time.end <= p.end);
    if (index < 0) index = parts.findIndex((p) => p.start <= time.start && time.start < p.end);
    if (index < 0) return;
    let span: Span;
    if (time.governsFollowingClause) {
      // "a day before the talks opened": the event is what follows the expression.
      const rest = { start: time.end, end: parts[index].end };
      const next = parts[index + 1];
      span = rest.end - rest.start > 8 ? rest : (next ?? parts[index]);
      // "three days after the head of the NIS, Colette Arnaud, told parliament": on to the verb.
      for (let k = parts.indexOf(span) + 1 || index + 1; !hasVerb(sentenceTokenList, span) && k < parts.length; k++)
        span = { start: span.start, end: parts[k].end };
      const opener = /^\s*(?:before|after|until|since|once|when)\s+/i.exec(text.slice(span.start, span.end));
      if (opener) span = { ...span, start: span.start + opener[0].length };
      while (span.start < span.end && /\s/.test(text[span.start])) span = { ...span, start: span.start + 1 };
    } else {
      span = parts[index];
      const fronted = frontedPhrase(text, sentence, span, sentenceTokenList);
      // "In May this year, Putin … pledged": a clause that is only the date takes the clause after
      // it; "the only previous recount, in May 2009, took 11 days" the noun phrase before it too.
      if (fronted) {
        const whole = onToVerb(text, span, parts, sentenceTokenList);
        if (whole !== span) rules.push('fronted-phrase-takes-clause');
        span = whole;
      } else if (!hasVerb(sentenceTokenList, span)) {
        const before = parts[index - 1];
        const next = parts[index + 1];
        if (
          before &&
          hasVerb(sentenceTokenList, before) &&
          (!next || !hasVerb(sentenceTokenList, next)) &&
          /^\s*,\s*$/.test(text.slice(before.end, span.start))
        ) {
          span = { start: before.start, end: span.end };
          rules.push('date-phrase-after-clause');
        } else {
          if (before && !hasVerb(sentenceTokenList, before)) span = { start: before.start, end: span.end };
          if (next) span = { start: span.start, end: next.end };
          else if (before && hasVerb(sentenceTokenList, before)) span = { start: before.start, end: span.end };
        }
      }
      span = withParticiple(text, span, time, parts, sentenceTokenList, rules);
      // "since 2012, when a blaze burned 61,000 hectares and killed 11 people": what happened then
      // follows; "said on Sunday that he would accept": what was said too.
      let k = parts.findIndex((p) => p.start >= span.end);
      const opener =
        k < 0 ? undefined : /^(when|that)\b/i.exec(text.slice(parts[k].start, parts[k].end))?.[1].toLowerCase();
      if (opener && (opener === 'that' || /^[\s,]*$/.test(text.slice(time.end, parts[k].start)))) {
        span = { start: span.start, end: parts[k].end };
        // "announced that the market, built in 1928, would be demolished": on to what was said's verb.
        const said = [parts[k]];
        // A participle set off by commas ("…, built in 1928, …") describes; it is not the verb.
        const clauseVerb = (part: Span) => {
          const first = sentenceTokenList.find((t) => t.start >= part.start);
          const participle =
            !!first &&
            part !== said[0] &&
            first.tags.has('Verb') &&
            (first.tags.has('PastTense') || first.tags.has('Participle')) &&
            !first.tags.has('Copula') &&
            !first.tags.has('Auxiliary');
          return hasFiniteVerb(sentenceTokenList, participle && first ? { start: first.end, end: part.end } : part);
        };
        while (k + 1 < parts.length && !said.some(clauseVerb)) {
          k++;
          said.push(parts[k]);
          span = { start: span.start, end: parts[k].end };
        }
        if (said.length > 1) rules.push('that-clause-to-its-verb');
        for (k++; k < parts.length && /^(?:and|but)\b/i.test(text.slice(parts[k].start, parts[k].end)); k++)
          span = { start: span.start, end: parts[k].end };
      }
    }
    span = withSubject(text, sentence, span, sentenceTokenList);
    const mentioned = mentionsBySentence.get(time.sentence) ?? [];
    const names = mentioned
      .filter(({ m, e }) => (m.kind === 'name' || m.kind === 'surname') && entities[e].type !== 'place')
      .map(({ m }) => m);
    if (!time.governsFollowingClause) span = withComplement(text, span, time, parts, sentenceTokenList, names, rules);
    span = withAntecedent(text, span, parts, sentenceTokenList, names, rules);
    const inClause = mentioned.filter(({ m }) => m.start >= span.start && m.end <= span.end);
    const participants = [...new Set([...inClause, ...mentioned].map(({ e }) => e))].filter(
      (e) => entities[e].type !== 'place' || inClause.some((x) => x.e === e),
    );
    const place = inClause.find(
      ({ m, e }) =>
        entities[e].type === 'place' &&
        /\b(?:in|at|to|near|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(span.start, m.start - 12), m.start)),
    )?.e;
    span = withListLabel(article, span, rules);
    // "The toll from Sunday's landslide rose to four on Wednesday": a possessive time dates the
    // noun it qualifies, an earlier happening; the clause's own time dates what the clause tells.
    const ownTime = (x: TimeExpression) =>
      x !== time && x.sentence === time.sentence && !x.heads && x.start >= span.start && x.end <= span.end;
    // Under a live blog's stamp, the stamp is the clause's own time.
    const stamped = times.some(
      (x) => x.heads && x.sentence <= time.sentence && sentences[x.sentence].paragraph === sentence.paragraph,
    );
    // "The toll from last week's storm has been revised down to 12": a clause in the present
    // perfect tells the state at the telling, which the possessive time does not date either.
    if (
      possessive(text, time) &&
      (stamped ||
        times.some((x) => ownTime(x) && !possessive(text, x)) ||
        PRESENT_PERFECT.test(text.slice(time.end, span.end)))
    )
      return;
    const event: EventFact = { span, sentence: time.sentence, time: ti, participants };
    if (place !== undefined) event.place = place;
    if (rules.length) event.rules = rules;
    events.push(event);
  });
  return events;
}
