// Who said what: direct quotations with their speaker, wherever the attribution stands, and
// reported speech ("X said (that) …", "…, X said", "according to …").

import type { Article, Paragraph, Span } from '../corpus/article.ts';
import type { Mention, Statement } from './facts.ts';
import { anyOf, pattern } from '../text/pattern.ts';
import { SPEECH_FORMS_ALWAYS_VERBS, TITLE_HEADS, speechVerbBase } from './lexicon.ts';
import type { TaggedArticle, Token } from './tokens.ts';

interface Attribution {
  speaker?: number;
  speakerSpan?: Span;
  /** Token index of the reporting verb. */
  verb?: number;
  /** The rule of QUOTE_RULES that found it. */
  rule?: string;
}

interface Quotation extends Span {
  /** The quote marks included. */
  outer: Span;
  paragraph: number;
}

type IndexedMention = { mention: Mention; entity: number };

const MIN_QUOTE_WORDS = 3;
/** Verbs that name or label: what follows them in quotes is a word for something. */
const NAMING_VERBS = /^(?:call|describe|label|brand|dub)$/;
/** Verbs whose object clause is a statement. Verbs that name or describe ("call", "describe") only
 *  report speech when a real quotation follows them. */
const REPORTING = new Set([
  'say',
  'tell',
  'add',
  'state',
  'warn',
  'note',
  'explain',
  'argue',
  'insist',
  'claim',
  'write',
  'stress',
  'suggest',
  'reiterate',
  'assert',
  'caution',
  'testify',
  'contend',
]);
/** Verbs that report speech only before "that" or a subject pronoun: "announced it would …", but
 *  "announced a buyback", "reported a 15% rise" and "denied any wrongdoing" are actions. */
const REPORTING_WITH_THAT = new Set([
  'pledge',
  'vow',
  'promise',
  'urge',
  'agree',
  'hope',
  'believe',
  'declare',
  'announce',
  'report',
  'confirm',
  'deny',
  'estimate',
  'predict',
  'acknowledge',
  'admit',
  'allege',
  'concede',
]);

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
        if (c === '“' || (c === '"' && (i === p.start || /[\s([—–-]/.test(text[i - 1])))) {
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

/** The words before a mention, inside its phrase, leave it the phrase's head: no preposition or
 *  conjunction ("Fishermen in Colva"), unless they are a capitalised title ("Science and Technology Minister"). */
function leadsToHead(lead: string): boolean {
  if (!/\b(?:of|from|in|at|for|with|by|on|to|and)\b|,/i.test(lead)) return true;
  const words = lead.trim().split(/\s+/);
  return (
    words.length > 0 &&
    TITLE_HEADS.has(words[words.length - 1].toLowerCase().replace(/\.$/, '')) &&
    words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for)$/.test(w))
  );
}
/** The mention that heads a phrase: the words before it lead to it and nothing but a comma or an
 *  acronym follows it. */
function headMention(
  text: string,
  span: Span,
  inside: IndexedMention[],
  kinds?: ReadonlySet<string>,
): number | undefined {
  const head = inside.find(
    ({ mention: m }) =>
      (!kinds || kinds.has(m.kind)) &&
      leadsToHead(text.slice(span.start, m.start)) &&
      (/^[\s,)]*$/.test(text.slice(m.end, span.end)) || /^\s*\(\p{Lu}+\)?\s*$/u.test(text.slice(m.end, span.end))),
  );
  return head?.entity;
}
/** A phrase's parts at its top-level commas: "Dr. Ilse Brandt | the board's chief investigator". */
function commaParts(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  const body = text.slice(span.start, span.end);
  for (const m of body.matchAll(/,\s*/g)) {
    parts.push({ start: from, end: span.start + m.index! });
    from = span.start + m.index! + m[0].length;
  }
  parts.push({ start: from, end: span.end });
  return parts.filter((p) => p.end > p.start);
}
const NAME_KINDS = new Set(['name', 'surname', 'acronym']);

/** The first part of a comma-set phrase ("a name, its role") whose head is a mention of these kinds. */
function appositiveMention(
  text: string,
  span: Span,
  inside: IndexedMention[],
  kinds?: ReadonlySet<string>,
): number | undefined {
  const parts = commaParts(text, span);
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const within = inside.filter(({ mention: m }) => m.start >= part.start && m.end <= part.end);
    const found = headMention(text, part, within, kinds);
    if (found !== undefined) return found;
  }
  return undefined;
}

interface SpeakerSieve {
  name: string;
  reason: string;
  apply: (text: string, span: Span, inside: IndexedMention[]) => number | undefined;
}

/** From a speaker phrase to its entity, most precise first. */
export const SPEAKER_SIEVES: SpeakerSieve[] = [
  {
    name: 'head',
    reason: 'the phrase is a name or a role that ends it: "Brandt", "the envoy", "Norland’s Defence Ministry"',
    apply: (text, span, inside) => headMention(text, span, inside),
  },
  {
    name: 'appositive-name',
    reason:
      'a name set off by commas beside its role: "Dr. Ilse Brandt, the board’s chief investigator", "the chamber’s president, Tomás Vega Ortiz"',
    apply: (text, span, inside) => appositiveMention(text, span, inside, NAME_KINDS),
  },
  {
    name: 'appositive-role',
    reason: 'a role mention set off by commas: "a spokesman, the ministry’s press officer"',
    apply: (text, span, inside) => appositiveMention(text, span, inside),
  },
];

/** Every rule that attributes a statement, in the order they are tried, with why it holds: an
 *  explanation of a statement names its rule (`Statement.rule`). */
export const QUOTE_RULES: { name: string; reason: string }[] = [
  { name: 'quote-verb-mention', reason: 'the attribution follows the quotation in its sentence: “…,” X said / said X' },
  { name: 'mention-verb-quote', reason: 'the attribution comes first: X said: “…” / X called it “…”' },
  {
    name: 'colon-paragraph',
    reason: 'a quotation paragraph right after one that names its speaker and ends in a colon',
  },
  {
    name: 'continuation',
    reason:
      'an unattributed quotation right after an attributed one, in the same or the next paragraph, goes on with its speaker',
  },
  { name: 'interview-answer', reason: 'in a Q&A interview, an answer paragraph is the interviewee’s' },
  { name: 'interview-question', reason: 'in a Q&A interview, a bold question is the interviewer’s' },
  { name: 'reported-that', reason: 'reported speech: X said (that) …' },
  { name: 'reported-inverted', reason: 'reported speech with the attribution after it: …, X said' },
  { name: 'according-to', reason: 'reported speech: …, according to X' },
];

/** Words of a title in quotation marks ("The Salt Orchard", "Salt Is Not Sugar"): every longer word capitalised, no sentence. */
export function isQuotedTitle(content: string): boolean {
  const words = content.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || /[.!?,;:]$/.test(content.trim())) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || (w.replace(/\P{L}/gu, '').length <= 3 && /^\p{Ll}/u.test(w)));
}

interface InterviewLayout {
  questions: Span[];
  answers: Span[];
  interviewee?: number;
  interviewer?: number;
  /** The interviewer's name in the byline, when the byline is metadata and names no entity. */
  interviewerSpan?: Span;
}

/**
 * A Q&A interview: paragraphs set wholly in bold are the questions (at least two, one of them
 * asking), the plain paragraphs after each are the answers. The interviewee is the person the
 * introduction names most; the interviewer the one named after "interview by".
 */
function interviewLayout(
  article: Article,
  mentions: IndexedMention[],
  isPerson: (entity: number) => boolean,
): InterviewLayout | undefined {
  const { text } = article;
  // The corpus may already tell questions apart (a paragraph kind of its own); else bold text does.
  const paragraphs = article.paragraphs.filter((p) => p.kind === 'text' || (p.kind as string) === 'question');
  const isQuestion = (p: Paragraph) =>
    (p.kind as string) === 'question' || /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$/.test(text.slice(p.start, p.end));
  const questions = paragraphs.filter(isQuestion);
  if (questions.length < 2 || !questions.some((p) => /\?[\s*_]*$/.test(text.slice(p.start, p.end)))) return undefined;
  const answers: Span[] = [];
  let open = false;
  for (const p of paragraphs) {
    if (isQuestion(p)) open = true;
    else if (open && !/^\s*[*_]/.test(text.slice(p.start, p.end))) answers.push(p);
  }
  // Whom the introduction (before the first question) names most is who answers; failing that,
  // whom the whole piece names most.
  const counts = new Map<number, number>();
  const introEnd = questions[0].start;
  for (const { mention: m, entity } of mentions)
    if (m.kind !== 'credit') counts.set(entity, (counts.get(entity) ?? 0) + (m.start < introEnd ? 100 : 1));
  const byline = /\binterview(?:ed)? by\s+/i.exec(
    text.slice(article.body.start, answers[0]?.start ?? article.body.end),
  );
  const bylineAt = byline ? article.body.start + byline.index + byline[0].length : -1;
  const interviewer = mentions.find(({ mention: m }) => m.start === bylineAt)?.entity;
  const people = [...counts]
    .filter(
      ([e]) =>
        e !== interviewer &&
        // Who answers is a person, however often the piece names their hospital or company.
        isPerson(e) &&
        mentions.some(({ mention: m, entity }) => entity === e && (m.kind === 'name' || m.kind === 'surname')),
    )
    .sort((a, b) => b[1] - a[1]);
  const layout: InterviewLayout = { questions, answers };
  if (people.length) layout.interviewee = people[0][0];
  if (interviewer !== undefined) layout.interviewer = interviewer;
  else if (bylineAt >= 0) {
    // "*Interview by Jane Doe*" read as the article's byline holds no mention: its words name the interviewer.
    const name = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}/u.exec(text.slice(bylineAt, bylineAt + 80));
    if (name) layout.interviewerSpan = { start: bylineAt, end: bylineAt + name[0].length };
  }
  return layout;
}

// compromise sometimes tags "telling" in "…, telling reporters that …" as an adjective.
const isSpeechVerb = (t: Token) =>
  !!speechVerbBase(t.text) && (t.tags.has('Verb') || SPEECH_FORMS_ALWAYS_VERBS.has(t.text.toLowerCase()));
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** What may follow the verb of a said clause put first ("…, he said on Tuesday."): an adverbial at most, then the clause's end. */
const CLAUSE_END_AFTER_VERB = pattern(
  'i',
  String.raw`^(?:\s+`,
  anyOf(
    'on|in|at|last|this|late|early|after|before|during|earlier|later|yesterday|today|told|to|reporters',
    'wednesday|monday|tuesday|thursday|friday|saturday|sunday|a|the',
  ),
  String.raw`\b[^,;]*)?\s*(?:[,.;]|$)`,
);
/** Who is told: "told reporters", "told parliament", "told him". */
const HEARER = pattern(
  'i',
  '^',
  anyOf(
    'reporters|journalists|parliament|lawmakers|legislators|investors|analysts|supporters|reuters',
    'him|her|them|us|me|congress|senators|delegates|voters|residents',
  ),
  '$',
);
/** The noun of a short adverbial after a reporting verb: "in a statement", "on state television", "last week". */
const ADVERBIAL_NOUN = pattern(
  'i',
  '^',
  anyOf(
    'statement|interview|conference|briefing|call|post|meeting|session|speech|address|parliament|television',
    'radio|letter|report|message|week|month|year|morning|evening|night|news|press|telephone|video|online',
  ),
  '$',
);
/** Auxiliaries and adverbs between a speaker and the verb: "has also said", "had previously said". */
const BETWEEN_SUBJECT_AND_VERB = pattern(
  'i',
  '^',
  anyOf(
    'has|have|had|also|will|would|is|was|were|are|did|does|do|then|again|later|earlier',
    'previously|repeatedly|publicly|separately|already|not|never',
  ),
  '$',
);

export function extractStatements(
  tagged: TaggedArticle,
  mentions: IndexedMention[],
  isPerson: (entity: number) => boolean = () => true,
): Statement[] {
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

  /** The entity a speaker phrase names, by the first of SPEAKER_SIEVES that finds one. */
  const speakerOf = (span: Span): number | undefined => resolveSpeaker(span)?.entity;
  const resolveSpeaker = (span: Span): { entity: number; rule: string } | undefined => {
    const inside = mentions.filter(
      ({ mention: m }) => m.start >= span.start && m.end <= span.end && m.kind !== 'demonym' && m.kind !== 'credit',
    );
    if (inside.length === 0) return undefined;
    for (const sieve of SPEAKER_SIEVES) {
      const found = sieve.apply(text, span, inside);
      if (found !== undefined) return { entity: found, rule: sieve.name };
    }
    return undefined;
  };

  const addStatement = (s: Statement) => {
    if (
      statements.some(
        (o) => o.kind === s.kind && o.content.start === s.content.start && o.content.end === s.content.end,
      )
    )
      return;
    statements.push(s);
  };

  // Direct quotations: each attributed by the first of QUOTE_SIEVES that finds its speaker.
  const interview = interviewLayout(article, mentions, isPerson);
  const inQuestion = (offset: number) => interview?.questions.some((p) => p.start <= offset && offset < p.end) ?? false;
  const inAnswer = (offset: number) => interview?.answers.some((p) => p.start <= offset && offset < p.end) ?? false;
  type Previous = { speaker?: number; speakerSpan?: Span; paragraph: number; sentence: number };
  let previous: Previous | undefined;
  const paragraphOpensWith = (q: Quotation) =>
    /^[\s*_>-]*$/.test(text.slice(article.paragraphs[q.paragraph].start, q.outer.start));
  /** Speakers of quotations with no attribution of their own, in QUOTE_RULES order. */
  const QUOTE_SIEVES: {
    name: string;
    apply: (c: { q: Quotation; sentence: number; previous?: Previous }) => Attribution | undefined;
  }[] = [
    {
      name: 'colon-paragraph',
      apply: ({ q }) => {
        const before = article.paragraphs[q.paragraph - 1];
        if (
          !before ||
          before.kind !== 'text' ||
          !paragraphOpensWith(q) ||
          !/:[\s*_]*$/.test(text.slice(before.start, before.end))
        )
          return undefined;
        const named = mentions.find(
          ({ mention: m, entity }) =>
            m.start >= before.start && m.end <= before.end && NAME_KINDS.has(m.kind) && isPerson(entity),
        );
        return named
          ? { speaker: named.entity, speakerSpan: { start: named.mention.start, end: named.mention.end } }
          : undefined;
      },
    },
    {
      name: 'continuation',
      apply: ({ q, sentence, previous: p }) =>
        p &&
        (p.paragraph === q.paragraph || p.paragraph === q.paragraph - 1) &&
        sentence - p.sentence <= 2 &&
        p.speaker !== undefined
          ? { speaker: p.speaker, speakerSpan: p.speakerSpan }
          : undefined,
    },
  ];
  for (const q of quotations) {
    if (inQuestion(q.outer.start)) continue; // the interviewer's words, kept whole below
    const content = text.slice(q.start, q.end);
    const words = wordCount(content);
    const firstSentence = sentenceAt(q.outer.start);
    const lastSentence = sentenceAt(Math.max(q.outer.end - 1, q.outer.start));
    const sentence = sentences[firstSentence];
    const opensSentence =
      q.outer.start === sentence.start || /^[\s*_>-]*$/.test(text.slice(sentence.start, q.outer.start));
    const lead = text.slice(sentence.start, q.outer.start);
    // A quotation that is a sentence of its own: it opens the sentence, or follows a colon or a
    // comma (`She said, “…”`), or is a capitalised clause that ends as a sentence ends.
    const fullSentenceQuote =
      opensSentence || (/^\p{Lu}/u.test(content) && (/[:,]\s*$/.test(lead) || /[.!?]$/.test(content)));
    // "The Salt Orchard", "Low Tide Hours": a title in quotes, not anything said.
    if (isQuotedTitle(content)) continue;
    const tag = (a: Attribution | undefined, rule: string) => (a ? { ...a, rule } : undefined);
    const after = () => tag(attributionAfter(q), 'quote-verb-mention');
    const before = () => tag(attributionBefore(q), 'mention-verb-quote');
    const attribution = fullSentenceQuote ? (after() ?? before()) : (before() ?? after());
    const governedPartial = !fullSentenceQuote && attribution;
    // Two words can be a statement when attributed as one: "“Sixteen days,” said Rein Kask", or a
    // speaker's word for something: "calling it “insulting”".
    const shortButSaid =
      attribution?.speaker !== undefined &&
      (opensSentence || (attribution.verb !== undefined && namesRightBefore(attribution.verb, q)));
    if ((words < MIN_QUOTE_WORDS && !shortButSaid) || (!fullSentenceQuote && !governedPartial)) continue; // a scare quote
    // "what critics call the “Norvale tax”", "Banners … called him a “mercenary”": a label that a
    // group, a place or a thing gives is a scare quote; only a person's own words are a statement.
    if (
      governedPartial &&
      attribution.verb !== undefined &&
      NAMING_VERBS.test(speechVerbBase(tokens[attribution.verb].text) ?? '') &&
      (attribution.speaker === undefined || !isPerson(attribution.speaker))
    )
      continue;
    if (attribution?.verb !== undefined) usedVerbs.add(attribution.verb);
    let speaker = attribution?.speaker;
    let speakerSpan = attribution?.speakerSpan;
    let rule = attribution ? attribution.rule : undefined;
    if (!attribution && fullSentenceQuote) {
      const context = { q, paragraph: q.paragraph, sentence: firstSentence, previous };
      for (const sieve of QUOTE_SIEVES) {
        const found = sieve.apply(context);
        if (!found) continue;
        speaker = found.speaker;
        speakerSpan = found.speakerSpan;
        rule = sieve.name;
        break;
      }
    }
    const statement: Statement = {
      kind: 'direct',
      content: { start: q.start, end: q.end },
      context: { start: sentences[firstSentence].start, end: sentences[lastSentence].end },
      sentences: [firstSentence, lastSentence],
    };
    if (speaker !== undefined) statement.speaker = speaker;
    if (speakerSpan) statement.speakerSpan = speakerSpan;
    if (rule) statement.rule = rule;
    addStatement(statement);
    if (attribution || speaker !== undefined)
      previous = { speaker, speakerSpan, paragraph: q.paragraph, sentence: lastSentence };
  }

  // A Q&A interview: each answer is the interviewee's, word for word; each question the interviewer's.
  if (interview) {
    for (const [paragraphs, who, rule, whoSpan] of [
      [interview.answers, interview.interviewee, 'interview-answer', undefined],
      [interview.questions, interview.interviewer, 'interview-question', interview.interviewerSpan],
    ] as const) {
      for (const p of paragraphs) {
        let start = p.start;
        let end = p.end;
        while (start < end && /[\s*_]/.test(text[start])) start++;
        while (end > start && /[\s*_]/.test(text[end - 1])) end--;
        const [first, last] = [sentenceAt(start), sentenceAt(end - 1)];
        const st: Statement = {
          kind: 'direct',
          content: { start, end },
          context: { start: sentences[first].start, end: sentences[last].end },
          sentences: [first, last],
          rule,
        };
        if (who !== undefined) st.speaker = who;
        else if (whoSpan) st.speakerSpan = whoSpan;
        statements.push(st);
      }
    }
  }

  function namesRightBefore(verb: number, q: Quotation): boolean {
    const between = text.slice(tokens[verb].end, q.outer.start);
    return NAMING_VERBS.test(speechVerbBase(tokens[verb].text) ?? '') && wordCount(between) <= 3;
  }

  // Reported speech.
  for (let i = 0; i < tokens.length; i++) {
    if (usedVerbs.has(i) || inQuote(tokens[i].start) || inQuestion(tokens[i].start) || inAnswer(tokens[i].start))
      continue;
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
    if (
      !REPORTING.has(base) &&
      !(REPORTING_WITH_THAT.has(base) && (nextWord === 'that' || /^(?:it|he|she|they|we)$/.test(nextWord)))
    )
      continue;
    const that = reportedAfter(i);
    const reported = that ?? reportedBefore(i);
    if (!reported) continue;
    const st: Statement = {
      kind: 'indirect',
      content: reported.content,
      context: { start: sentence.start, end: sentence.end },
      sentences: [t.sentence, t.sentence],
      rule: that ? 'reported-that' : 'reported-inverted',
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
    const clause = text.slice(sentence.start, sentence.start + m.index);
    const content: Span = { start: sentence.start, end: sentence.start + m.index };
    if (/^\s*$/.test(clause)) continue;
    const st: Statement = {
      kind: 'indirect',
      content,
      context: { start: sentence.start, end: sentence.end },
      sentences: [sentence.index, sentence.index],
      speakerSpan,
      rule: 'according-to',
    };
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
      return {
        speaker: speakerOf(span),
        speakerSpan: span,
        verb: tokenAt(q.outer.end + cited.index + cited[0].lastIndexOf('saying')),
      };
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
    const speakerSpan: Span | undefined =
      k + 1 < i ? { start: tokens[k + 1].start, end: tokens[i - 1].end } : noun(i + 1, sentence.end);
    if (!speakerSpan || i - k > 8) return undefined;
    const after = text.slice(t.end, sentence.end);
    if (!CLAUSE_END_AFTER_VERB.test(after) && !/^\s*[A-Z]/.test(after)) {
      if (k + 1 < i) return undefined;
    }
    // Keep a closing quote mark that stands before the comma: …their “strategic partnership”, Orlin said
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
    if (tokens[k] && tokens[k].sentence === sentence && HEARER.test(tokens[k].text)) k++;
    for (let guard = 0; guard < 4 && tokens[k] && tokens[k].sentence === sentence; guard++) {
      const w = tokens[k].text.toLowerCase();
      if (tokens[k].tags.has('Date') && w !== 'that') {
        k++;
        continue;
      }
      // "late on Sunday", "early last week"
      if (/^(?:late|early)$/.test(w) && tokens[k + 1] && /^(?:on|in|last|this)$/i.test(tokens[k + 1].text)) {
        k++;
        continue;
      }
      if (
        /^(?:last|this|late|early|earlier|later|yesterday|today|on|in|at|after|during|before|through|via|over)$/.test(w)
      ) {
        let m = k + 1;
        let steps = 0;
        while (
          tokens[m] &&
          tokens[m].sentence === sentence &&
          steps < 4 &&
          !/^that$/i.test(tokens[m].text) &&
          ((steps === 0 && tokens[m].tags.has('Determiner')) ||
            tokens[m].tags.has('Adjective') ||
            tokens[m].tags.has('Date') ||
            tokens[m].tags.has('Value') ||
            ADVERBIAL_NOUN.test(tokens[m].text))
        ) {
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
    const abbreviation = (x: Token) =>
      x.tags.has('Honorific') || x.tags.has('Abbreviation') || /^\p{Lu}$/u.test(x.text);
    while (
      m + 1 < tokens.length &&
      tokens[m + 1].start < end &&
      !(/[,;.]/.test(tokens[m].post) && !(abbreviation(tokens[m]) && /^\.\s*$/.test(tokens[m].post)))
    )
      m++;
    // "said the club's head coach, Ada Marrow, a former player": the name set off after the role
    // is who spoke (the appositive-name sieve then finds it).
    if (/^,\s*$/.test(tokens[m].post) && tokens[m + 1]) {
      const next = tokens[m + 1].start;
      const named = mentions.find(
        ({ mention: x, entity }) =>
          x.start === next &&
          NAME_KINDS.has(x.kind) &&
          isPerson(entity) &&
          x.end <= end &&
          /^(?:[,.]|$)/.test(text.slice(x.end, x.end + 1)),
      );
      if (named) return { start: tokens[k].start, end: named.mention.end };
    }
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
  function subjectBefore(
    k: number,
    sentenceStart: number,
  ): { span: Span; speaker?: number; unresolvedPronoun?: boolean } | undefined {
    let j = k - 1;
    if (j < 0 || tokens[j].start < sentenceStart) return undefined;
    // "…, adding he is confident" / "and said": the subject of the sentence.
    const verbText = tokens[k].text.toLowerCase();
    if (/ing$/.test(verbText) || /^(?:and|but)$/i.test(tokens[j].text)) {
      const firstSubject = mentions.find(
        ({ mention: m }) => m.start >= sentenceStart && m.end <= tokens[k].start && m.kind !== 'demonym',
      );
      if (/ing$/.test(verbText)) {
        // The speaker is whoever spoke last before the participle: "…, Orlin said, …, adding".
        // "She said the authority had …, adding": the subject of the last speech verb before the
        // participle, not the last name said.
        let said = -1;
        for (let v = k - 1; v >= 0 && tokens[v].start >= sentenceStart; v--)
          if (speechVerbBase(tokens[v].text) && !/ing$/i.test(tokens[v].text) && /^\p{Ll}/u.test(tokens[v].text)) {
            said = v;
            break;
          }
        const sayer =
          said > 0
            ? [...mentions]
                .reverse()
                .find(
                  ({ mention: m }) =>
                    m.start >= sentenceStart &&
                    m.end <= tokens[said].start &&
                    /^[\s,]*$/.test(text.slice(m.end, tokens[said].start)) &&
                    m.kind !== 'demonym' &&
                    m.kind !== 'credit',
                )
            : undefined;
        const lastSpeaker = [...mentions]
          .reverse()
          .find(
            ({ mention: m }) =>
              m.start >= sentenceStart && m.end <= tokens[k].start && m.kind !== 'demonym' && m.kind !== 'credit',
          );
        const pick = sayer ?? lastSpeaker ?? firstSubject;
        return pick ? { span: pick.mention, speaker: pick.entity } : undefined;
      }
      return firstSubject ? { span: firstSubject.mention, speaker: firstSubject.entity } : undefined;
    }
    // The phrase runs back to the clause start: a comma, a conjunction, "that", or the sentence start.
    const insideName = (x: number) =>
      /^and$/i.test(tokens[x].text) &&
      /^\p{Lu}/u.test(tokens[x - 1]?.text ?? '') &&
      /^\p{Lu}/u.test(tokens[x + 1]?.text ?? '');
    const clauseStart = (from: number) => {
      let a = from;
      while (
        a - 1 >= 0 &&
        tokens[a - 1].start >= sentenceStart &&
        !/[,;:][”"’]?\s*$/.test(tokens[a - 1].post) &&
        (!/^(?:and|but|as|while|when|that|because|after|before|since|which|who|where)$/i.test(tokens[a - 1].text) ||
          insideName(a - 1)) &&
        !(tokens[a - 1].tags.has('Verb') && !/^\p{Lu}/u.test(tokens[a - 1].text))
      )
        a--;
      return a;
    };
    while (j > 0 && tokens[j].start >= sentenceStart && BETWEEN_SUBJECT_AND_VERB.test(tokens[j].text)) j--;
    const lastWord = j;
    if (/,\s*$/.test(tokens[j].post)) {
      // "Ana Ruiz, who chairs the union and is not related to its founder, Eva Ruiz, said": a relative
      // clause opened after a name runs to the comma before the verb, and the name it follows speaks,
      // not a name inside it.
      for (let r = j; r > 0 && tokens[r - 1].start >= sentenceStart; r--) {
        if (!/^(?:who|whose)$/i.test(tokens[r].text)) continue;
        if (!/,\s*$/.test(tokens[r - 1].post)) break;
        const head = mentions.find(
          ({ mention: m }) => NAME_KINDS.has(m.kind) && m.end === tokens[r - 1].end && m.start >= sentenceStart,
        );
        const headToken = head ? tokens.findIndex((t) => t.start === head.mention.start) : -1;
        if (head && headToken >= 0 && clauseStart(headToken) === headToken)
          return { span: head.mention, speaker: head.entity };
        break;
      }
      // Skip back over ", … ," to the noun phrase before the first comma.
      let m = j - 1;
      while (m >= 0 && tokens[m].start >= sentenceStart && !/,\s*$/.test(tokens[m].post)) m--;
      if (m < 0 || tokens[m].start < sentenceStart) return undefined;
      j = m;
    }
    let a = clauseStart(j);
    if (a > j) return undefined;
    let span: Span = { start: tokens[a].start, end: tokens[j].end };
    const words = text.slice(span.start, span.end);
    if (/^(?:it|they|this|that|which|who)$/i.test(words.trim())) {
      const speaker = speakerOf(span);
      return { span, speaker, unresolvedPronoun: speaker === undefined };
    }
    let speaker = speakerOf(span);
    // "The chair of the judges, the critic Adebayo Okonjo, called": the name may be the part set off.
    if (lastWord !== j) {
      const whole: Span = { start: tokens[a].start, end: tokens[lastWord].end };
      const found = resolveSpeaker(whole);
      if (found && found.rule === 'appositive-name') {
        speaker = found.entity;
        span = whole;
      }
    }
    // "Bohdan Ilyenko, leader of the Agrarian Union, the junior partner in …, said": the phrase
    // before the verb is an appositive; the name it describes comes before its commas.
    for (
      let back = 0;
      speaker === undefined &&
      back < 3 &&
      a > 0 &&
      tokens[a - 1].start >= sentenceStart &&
      /,\s*$/.test(tokens[a - 1].post) &&
      (/^\p{Ll}/u.test(tokens[a].text) || tokens[a].possessive);
      back++
    ) {
      a = clauseStart(a - 1);
      const wider: Span = { start: tokens[a].start, end: tokens[j].end };
      const found = speakerOf(wider);
      if (found !== undefined && entityIsNamedAt(found, tokens[a].start)) {
        speaker = found;
        span = wider;
      }
    }
    return { span, speaker };
  }

  /** Does the entity have a name mention opening the phrase at `start` (after a title)? */
  function entityIsNamedAt(entity: number, start: number): boolean {
    return mentions.some(
      ({ mention: m, entity: e }) =>
        e === entity && NAME_KINDS.has(m.kind) && m.start >= start && leadsToHead(text.slice(start, m.start)),
    );
  }
}

export type { Quotation, Token };
