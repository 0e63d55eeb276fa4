// What a question asks, read from its shape: the kind of answer it wants (a date, an amount in a
// unit, a person, a place, a reason, a yes or no), the names and dates it pins down, and the
// content words a sentence must share with it. Each rule below is data with the phenomenon of
// questions it serves, so `--explain` can show which fired.

import { monthNumber } from '../../corpus/months.ts';
import { tagTerms } from '../../extract/nlp.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { analyze, termOf } from '../../text/analyzer.ts';
import { anyOf, pattern } from '../../text/pattern.ts';
import { QUESTION_WORDS } from '../../text/stopwords.ts';
import { ORG_ROLE_HEADS, PERSON_ROLE_HEADS, PLACE_ROLE_HEADS, speechVerbBase } from '../../extract/lexicon.ts';
import { relatedTerms } from '../../text/wordnet.ts';

export type AnswerKind = 'when' | 'where' | 'who' | 'quantity' | 'why' | 'yes-no' | 'what';

/** What an amount is counted or measured in, where the question says. */
export type Unit = 'money' | 'percent' | 'count' | 'duration' | 'distance' | 'margin' | 'portion' | 'measure';

export interface QuestionTerm {
  term: string;
  /** Inverse document frequency over the articles: rare words single out the answer. */
  idf: number;
  /** Terms that mean the same or are forms of it (WordNet). */
  related: string[];
  /** The word is part of a name the question gives. */
  inName: boolean;
}

export interface DateConstraint {
  /** As written: "April", "2020", "March 22". */
  text: string;
  year?: number;
  month?: number;
  day?: number;
}

export interface AskQuestion {
  text: string;
  kind: AnswerKind;
  /** Every part's kind, for questions of two parts ("Where did it come down, and at what time?"). */
  kinds: AnswerKind[];
  unit?: Unit;
  /** The thing counted or asked for: "survivors" in "How many survivors…", "tariff" in "What tariff…". */
  focus?: string;
  /** For "which company…" or "which minister…": whether a body or a person answers (the answer type's sub-type). */
  focusType?: 'person' | 'organization';
  /**
   * Role nouns that describe someone the question is about ("the outgoing governor" in "Which
   * candidate did the outgoing governor endorse?"), as terms: whoever holds them is not the answer.
   * Empty when the question only asks who holds a role ("Who is the governor?").
   */
  roleWords: string[];
  /** The question's own verbs ("die" in "When did she die?"), as terms: the answer is told beside its verb. */
  verbTerms: string[];
  /**
   * "Varo's own cable" → the owner's terms and the terms of up to three words owned: a sentence
   * that tells of the thing as another's speaks of something else.
   */
  owned: { owner: string[]; things: string[] }[];
  /** "Who is the X's lawyer?": the role asked about, as a term; the answer must hold it. */
  roleAsked?: string;
  /** "What is the name of the X…": the answer is a name right beside a mention of the focus. */
  namesFocus?: boolean;
  terms: QuestionTerm[];
  /** One group per name in the question: the entities it may mean (global ids). */
  entityGroups: number[][];
  /** Dates the answer must be about. */
  dates: DateConstraint[];
  /** "On what date…", "which day…": a day is asked for; "next year" or "in March" does not give it. */
  asksForDay?: boolean;
  /** Capitalised words of the question that no article contains. */
  unknownNames: string[];
  /** "Who is X?" about a known name and nothing else: answered by X's roles. */
  identity?: number[];
  /** "Did X pass…", "When did X open…", "Has X been…": the question asks about what has happened. */
  asksAboutPast: boolean;
  /** "How long will she be out", "When is the plant due to open": what is still to come is asked about. */
  asksAboutFuture: boolean;
  /** "When did X announce…", "What did X say…": the question is about a telling, whose time a reporting clause gives. */
  asksAboutSaying: boolean;
  /** "Why weren't…", "Did X not…", "Which councillor did not vote": the question itself is negative. */
  negative: boolean;
  /** Which rules fired, for --explain. */
  rules: string[];
}

/** "What is the name of the [boarding] school that…": the noun before a relative word or the end. */
const NAMED_THING = pattern(
  'u',
  /^what (?:is|was|are|were) the (?:names?|titles?) of (?:the |an? |its |their |his |her )?/,
  /(?:[\p{L}\d'’-]+ ){0,2}?(\p{L}[\p{L}-]*)(?: (?:that|who|which|whose|whom|of|in|at|on|behind)\b|$)/u,
);

interface KindRule {
  name: string;
  /** Matched against the question in lower case, straight quotes. */
  pattern: RegExp | ((lower: string) => boolean);
  kind: AnswerKind;
  unit?: Unit;
  why: string;
}

/**
 * "so far", "to date", "now", "currently", "the latest": the question asks for the present state of
 * a figure that may have changed. Reports state the figure, rarely these words, so they are not
 * matched (which report is the latest is a feature of the candidates).
 */
const RECENCY_PHRASES = [
  ['so', 'far'],
  ['to', 'date'],
  ['at', 'present'],
  ['now'],
  ['currently'],
  ['latest'],
  ['most', 'recent'],
];

/**
 * "When will the vote take place?": a verb phrase that only says a thing happens. Its words are not
 * matched ("place" there is no location, and a sentence with "take place" about another event
 * would match the question's rarest word); reports say "will be held", "is due on".
 */
const HAPPENING_PHRASES = ['take', 'takes', 'took', 'taken', 'taking'].map((verb) => [verb, 'place']);

/** The positions of the words of any of these phrases in the question. */
function wordsOfPhrases(lowerWords: string[], phrases: string[][]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lowerWords.length; i++) {
    for (const phrase of phrases) {
      if (phrase.every((w, k) => lowerWords[i + k] === w)) phrase.forEach((_, k) => out.add(i + k));
    }
  }
  return out;
}

/** "ministers", "lawyer": a person's role noun, singular or plural. */
const isPersonRole = (word: string) => PERSON_ROLE_HEADS.has(word.replace(/(?<=[^s])s$/, ''));

/** "Which ambassadors…", "What company…": the noun right after the question word, singular, in a lexicon. */
function nounAfterQuestionWord(lower: string, heads: ReadonlySet<string>): boolean {
  const noun = /^(?:(?:in|at|to|from) )?(?:what|which) ([a-z-]+)/.exec(lower)?.[1];
  return !!noun && (heads.has(noun) || heads.has(noun.replace(/(?<=[^s])s$/, '')));
}

/** "What was the…", "Which is the final…": a question word, a verb, and up to three words before the noun asked for. */
const WHAT_THE = /^(?:what|which) (?:was |is |were |are |will |would )?(?:be )?(?:the )?(?:[\w'-]+ ){0,3}/;

/** The kind of answer, from the question's opening; the first rule that matches wins. */
const KIND_RULES: KindRule[] = [
  {
    name: 'by-what-margin',
    pattern:
      /^(?:by )?(?:what|how big a|how large a|how wide a) (?:margin|majority|tally|vote|split)\b|^how close\b|\bby how much\b|^how did .* (?:vote|split)\b/,
    kind: 'quantity',
    unit: 'margin',
    why: 'a margin or a split vote is asked for',
  },
  {
    name: 'how-many-units-of-time',
    pattern: /^(?:\w+ )?how many (?:seconds|minutes|hours|days|weeks|months|years|decades)\b/,
    kind: 'quantity',
    unit: 'duration',
    why: '"for how many days" asks for a length of time, told with its unit ("three days"), not any count',
  },
  {
    name: 'how-many',
    pattern: /^(?:\w+ )?how many\b/,
    kind: 'quantity',
    unit: 'count',
    why: '"how many" counts things',
  },
  {
    name: 'how-much-of',
    pattern: /^(?:\w+ )?how much of\b/,
    kind: 'quantity',
    unit: 'portion',
    why: '"how much of the road was buried" asks for a part of a whole (a length, a share, a sum), never a count of other things',
  },
  {
    name: 'how-much-money',
    pattern: pattern(
      '',
      /^(?:\w+ )?how much\b.*\b/,
      anyOf(
        /cost|pay|paid|spend|spent|charg|earn|worth|fine[ds]?|price|fee/,
        /sell|sold|raise|invest|owe|lose|lost|revenue|money|cash|funds|budget|reward|salary|wages?|loan|grant|bail/,
      ),
    ),
    kind: 'quantity',
    unit: 'money',
    why: '"how much" with a word of money asks for a sum',
  },
  {
    name: 'how-much',
    pattern: /^(?:\w+ )?how much\b/,
    kind: 'quantity',
    unit: 'measure',
    why:
      '"how much chlorine escaped" asks for a quantity of stuff (a weight, a volume, a share, a sum), ' +
      'never a count of people or things ("eleven people were treated")',
  },
  {
    name: 'how-long',
    pattern: /^(?:\w+ )?how long\b/,
    kind: 'quantity',
    unit: 'duration',
    why: '"how long" asks for a length of time',
  },
  {
    name: 'how-far',
    pattern: /^(?:\w+ )?how (?:far|deep|high|tall|wide)\b/,
    kind: 'quantity',
    unit: 'distance',
    why: 'a distance or height is asked for',
  },
  {
    name: 'how-measure',
    pattern: /^(?:\w+ )?how (?:big|large|old|heavy|fast|small|low)\b/,
    kind: 'quantity',
    why: 'a measure is asked for',
  },
  {
    name: 'what-cost',
    pattern:
      /^what (?:would|will|did|does|do|could|might|is|was|are|were) (?:[\w'-]+ ){1,5}(?:cost|pay|charge|earn|fetch|raise|worth)\b/,
    kind: 'quantity',
    unit: 'money',
    why: '"what did it cost", "what is the deal worth": a verb or adjective of money asks for a sum',
  },
  {
    name: 'what-sum',
    pattern: pattern(
      '',
      WHAT_THE,
      /(?:price|cost|fee|fine|budget|salary|wage|penalty|reward|surcharge|value|compensation|payout|bill)s?\b/,
      '|',
      WHAT_THE,
      // A company's results are sums, though "revenue growth" and "profit margin" are shares.
      /(?:net |operating |gross |pre-tax |annual |quarterly )?(?:profit|revenue|income|sales|earnings|turnover|loss)s?\b/,
      /(?! (?:growth|margin|share|rate|forecast))/,
    ),
    kind: 'quantity',
    unit: 'money',
    why: 'the noun asked for is a sum of money',
  },
  {
    name: 'what-amount',
    pattern: pattern(
      '',
      WHAT_THE,
      /(?:percentage|share|proportion|rate|amount|number|total|sum|figure|tariff|toll|tally|count|commission|turnout|margin)s?\b/,
    ),
    kind: 'quantity',
    why: 'the noun asked for is an amount',
  },
  {
    name: 'name-of',
    pattern: /^what (?:is|was|are|were) the (?:names?|titles?) of\b/,
    kind: 'who',
    why: '"the name of" asks for a person or a body, "the titles of" for the names of works',
  },
  {
    name: 'what-change',
    pattern:
      /^(?:what|which|how big an?|how large an?) (?:[\w'-]+ ){0,2}(?:rise|increase|raise|cut|drop|fall|reduction|hike)s?\b/,
    kind: 'quantity',
    why: 'a rise or a cut is an amount',
  },
  {
    name: 'when',
    pattern: pattern(
      '',
      /^(?:\w+ )?when\b/,
      '|',
      /^(?:by|until|on|in|at|since|from) (?:what|which) (?:day|date|year|month|time|week|hour)\b/,
      '|',
      /^(?:what|which) (?:day|date|year|month|time|week|hour)\b/,
    ),
    kind: 'when',
    why: 'a time is asked for',
  },
  {
    name: 'where',
    pattern:
      /^(?:\w+ )?where\b|^(?:in|at|to|from) (?:what|which) (?:place|venue|location)\b|^(?:what|which) (?:place|venue|location)\b/,
    kind: 'where',
    why: 'a place is asked for',
  },
  {
    name: 'why',
    pattern:
      /^(?:\w+ )?why\b|^(?:on|for) what (?:grounds|reason|basis)\b|^what (?:caused|led to|prompted|is the reason|was the reason|were the reasons)\b/,
    kind: 'why',
    why: 'a reason is asked for',
  },
  {
    name: 'place-noun',
    pattern: (q) => nounAfterQuestionWord(q, PLACE_ROLE_HEADS),
    kind: 'where',
    why: 'the noun after the question word names a kind of place ("in which province")',
  },
  {
    name: 'role-noun',
    pattern: (q) => nounAfterQuestionWord(q, PERSON_ROLE_HEADS) || nounAfterQuestionWord(q, ORG_ROLE_HEADS),
    kind: 'who',
    why: 'the noun after the question word names a role or a body ("which ambassador", "what company")',
  },
  {
    name: 'who',
    pattern: /^(?:\w+ )?(?:who|whom|whose)\b|^(?:what|which) (?:person|man|woman|people)\b/,
    kind: 'who',
    why: 'a person or a body is asked for',
  },
  {
    name: 'yes-no',
    pattern: /^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must|may)\b/,
    kind: 'yes-no',
    why: 'an auxiliary first asks yes or no',
  },
  {
    name: 'which-one',
    pattern: /^(?:(?:in|at|on|from|by|to|for|with|under) )?which (?!of\b|is\b|was\b|are\b|were\b)/,
    kind: 'who',
    why: '"which film", "which foundations": a particular one is asked for, and news picks one out by its name',
  },
  { name: 'what', pattern: /^/, kind: 'what', why: 'any other question asks for what the articles say' },
];

/** "…, and at what time?": a second part with a question word of its own. */
const SECOND_PART =
  /(?:,\s*|\s)and\s+((?:(?:at|on|in|by|from|to|for) )?(?:what|which|who|whom|when|where|why|how|is|are|was|were|did|does|do|has|have)\b.*)$/;

/** "On what date…", "by which day…", "what day was…": the answer is a particular day. */
const ASKS_FOR_DAY = /\b(?:what|which) (?:date|day)s?\b/;

/** The copulas after which "what" or "which" asks for the noun phrase that follows. */
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/** Do-support and modals, which put a question's verb after its subject. */
const DO_SUPPORT = /^(?:do|does|did|will|would|can|could|should|may|might|must|shall)$/;

const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'be',
  'been',
  'being',
  'get',
  'got',
  'happen',
  'happened',
]);
/** "Orrin's current trade minister": a named owner, and the words after it (an "own" aside). */
const NAMED_OWNER = /\b(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)['’]s\s+(?:own\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/gu;

function ownedIn(text: string): AskQuestion['owned'] {
  return [...text.matchAll(NAMED_OWNER)].map((m) => ({ owner: analyze(m[1]), things: analyze(m[2]) }));
}

/** A verb's negation; "no" is left out, as it mostly qualifies a noun ("a 'no limits' partnership"). */
const NEGATION = /\b(?:not|never)\b|n['’]t\b/;

function kindOf(lower: string, rules: string[]): { kind: AnswerKind; unit?: Unit } {
  for (const r of KIND_RULES) {
    if (typeof r.pattern === 'function' ? r.pattern(lower) : r.pattern.test(lower)) {
      rules.push(`kind:${r.name} (${r.why})`);
      return { kind: r.kind, unit: r.unit };
    }
  }
  return { kind: 'what' };
}

export function analyseQuestion(kb: KnowledgeBase, raw: string): AskQuestion {
  const text = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[?!.]+$/, '');
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const rules: string[] = [];
  const first = kindOf(lower, rules);
  const kinds: AnswerKind[] = [first.kind];
  const second = SECOND_PART.exec(lower);
  if (second) {
    const part = kindOf(second[1], rules);
    kinds.push(part.kind);
    rules.push('parts:two (a second question word after "and")');
  }
  const q: AskQuestion = {
    text,
    kind: first.kind,
    kinds,
    unit: first.unit ?? (second ? kindOf(second[1], []).unit : undefined),
    terms: [],
    entityGroups: [],
    dates: [],
    unknownNames: [],
    asksAboutSaying: false,
    roleWords: [],
    verbTerms: [],
    owned: ownedIn(text),
    asksAboutPast:
      /^(?:(?:\w+ ){0,3}(?:did|was|were|has|have|had)\b)/.test(lower) && !/\b(?:will|would|going to)\b/.test(lower),
    asksAboutFuture:
      /^(?:(?:\w+ ){0,4}(?:will|shall)\b)|\b(?:going to|(?:is|are) (?:due|expected|set|scheduled) to)\b/.test(lower),
    negative: NEGATION.test(lower),
    rules,
  };

  // Tagged without compromise's chunker, which reads the tags but sets none: a tenth of its time.
  const doc = tagTerms(text);
  const words = ((doc.document[0] ?? []) as { text: string; tags: Set<string> }[]).filter((t) => t.text !== '');
  const lowerWords = words.map((w) => w.text.toLowerCase().replace(/['’]s$/, ''));
  if (ASKS_FOR_DAY.test(lower)) {
    q.asksForDay = true;
    rules.push('asks-for-day (a date or a day is asked for: a month, a year or "next year" does not say it)');
  }
  q.asksAboutSaying = lowerWords.some((w) => speechVerbBase(w) !== undefined);

  // Names: the longest runs of words that are a known name or alias.
  const inName = new Set<number>();
  const nameTerms = new Set<string>();
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if ([...Array(n).keys()].some((k) => inName.has(i + k))) continue;
      const span = words.slice(i, i + n);
      if (
        !/^\p{Lu}/u.test(span[0].text) ||
        (i === 0 && (QUESTION_WORDS.has(lowerWords[0]) || AUXILIARIES.has(lowerWords[0])))
      )
        continue;
      const name = span
        .map((w) => w.text)
        .join(' ')
        .replace(/['’]s$/, '');
      const ids = kb.registry.byName(name, n === 1);
      if (ids.length === 0) continue;
      q.entityGroups.push([...new Set(ids)]);
      for (let k = 0; k < n; k++) inName.add(i + k);
      for (const t of analyze(name)) nameTerms.add(t);
    }
  }
  if (q.entityGroups.length) rules.push(`names:${q.entityGroups.length}`);

  // Dates the answer must be about: a month, a year, a day of a month.
  words.forEach((w, i) => {
    const month = /^\p{Lu}/u.test(w.text) && w.text.length >= 3 ? monthNumber(w.text.replace(/\.$/, '')) : undefined;
    if (
      month &&
      !(
        w.text === 'May' &&
        !/\d/.test(words[i + 1]?.text ?? '') &&
        !/\b(?:in|of|during|since|until|by)$/i.test(words[i - 1]?.text ?? '')
      )
    ) {
      const day = /^\d{1,2}$/.test(words[i + 1]?.text ?? '')
        ? Number(words[i + 1].text)
        : /^\d{1,2}$/.test(words[i - 1]?.text ?? '')
          ? Number(words[i - 1].text)
          : undefined;
      q.dates.push({ text: w.text, month, day });
      inName.add(i);
    } else if (/^(?:1[89]|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?$/.test(w.text)) {
      q.dates.push({ text: w.text, year: Number(w.text) });
      inName.add(i);
    }
  });
  if (q.dates.length) rules.push(`dates:${q.dates.map((d) => d.text).join(',')} (the answer must be about this time)`);

  // Capitalised words that no article contains: a question about something the articles never name.
  let run: string[] = [];
  const flush = () => {
    if (run.length && run.some((w) => analyze(w).some((t) => kb.index.documentFrequency(t) === 0)))
      q.unknownNames.push(run.join(' '));
    run = [];
  };
  words.forEach((w, i) => {
    const capital =
      i > 0 &&
      /^\p{Lu}/u.test(w.text) &&
      !inName.has(i) &&
      !AUXILIARIES.has(lowerWords[i]) &&
      !QUESTION_WORDS.has(lowerWords[i]) &&
      w.text !== 'I';
    if (capital) run.push(w.text.replace(/['’]s$/, ''));
    else flush();
  });
  flush();

  // Content terms, each with its rarity and its WordNet relatives.
  const recency = wordsOfPhrases(lowerWords, RECENCY_PHRASES);
  if (recency.size) rules.push('recency (asks for the latest state: "so far", "now" are not words to match)');
  const happening = wordsOfPhrases(lowerWords, HAPPENING_PHRASES);
  if (happening.size) rules.push('happening ("take place" says only that a thing happens: its words are not matched)');
  const seen = new Set<string>();
  for (const [i, w] of words.entries()) {
    // Question words are matched before stemming: "many" stems to a term of its own.
    if (recency.has(i) || happening.has(i) || QUESTION_WORDS.has(lowerWords[i])) continue;
    for (const t of analyze(w.text)) {
      if (seen.has(t) || QUESTION_WORDS.has(t) || AUXILIARIES.has(t) || /^\d{4}$/.test(t)) continue;
      seen.add(t);
      q.terms.push({
        term: t,
        idf: kb.index.idf(t),
        related: [...relatedTerms(t)].filter((r) => kb.index.documentFrequency(r) > 0),
        inName: nameTerms.has(t),
      });
    }
  }

  q.verbTerms = [
    ...new Set(
      words
        .filter(
          (w, i) =>
            i > 0 &&
            !inName.has(i) &&
            w.tags.has('Verb') &&
            !w.tags.has('Auxiliary') &&
            !w.tags.has('Modal') &&
            !AUXILIARIES.has(lowerWords[i]),
        )
        .flatMap((w) => analyze(w.text))
        .filter((t) => q.terms.some((x) => x.term === t)),
    ),
  ];
  // "How many people will the plant employ", "When did the mill close": after do-support or a modal
  // the verb closes the subject's phrase, where the tagger, reading a statement's order, sees a noun.
  const support = lowerWords.findIndex((w, i) => i > 0 && i < 4 && DO_SUPPORT.test(w));
  if (!q.verbTerms.length && support > 0) {
    let end = words.findIndex((w, i) => i > support + 1 && w.tags.has('Preposition'));
    if (end < 0) end = words.length;
    const last = words[end - 1];
    const verb =
      end - 1 > support + 1 && !inName.has(end - 1) && /^\p{Ll}+$/u.test(last.text) && !last.tags.has('Plural')
        ? termOf(last.text)
        : undefined;
    if (verb && q.terms.some((x) => x.term === verb)) {
      q.verbTerms = [verb];
      rules.push(`verb:${verb} (the word that closes the subject after "${lowerWords[support]}")`);
    }
  }

  // The thing asked for: the first noun after the question word ("How many *ships*…", "What *tariff*…").
  const opening = /^(?:how (?:many|much)|what|which)$/;
  for (let i = 0; i < words.length - 1; i++) {
    const two = `${lowerWords[i]} ${lowerWords[i + 1]}`;
    // "How big a reward…", "how long a sentence…": the measure of the noun after the article.
    const measureOf = /^how (?:big|large|long|high|heavy|old|wide|deep) an?$/.test(`${two} ${lowerWords[i + 2] ?? ''}`);
    if (!(opening.test(lowerWords[i]) || opening.test(two) || measureOf)) continue;
    let from = measureOf ? i + 3 : opening.test(two) ? i + 2 : i + 1;
    // "What was the winning margin…", "which is the largest…": after a copula and an article, the
    // noun phrase is the thing asked for.
    if (
      /^(?:what|which)$/.test(lowerWords[i]) &&
      COPULAS.has(lowerWords[from] ?? '') &&
      /^(?:the|a|an)$/.test(lowerWords[from + 1] ?? '')
    )
      from += 2;
    // Only a noun phrase right after the question word names the thing asked for: "how much did the
    // lost satellite cost" asks for an amount, not for a satellite.
    const phrase: typeof words = [];
    for (let k = from; k < Math.min(words.length, from + 4); k++) {
      const w = words[k];
      if (AUXILIARIES.has(w.text.toLowerCase()) || (w.tags.has('Verb') && !w.tags.has('Noun'))) break;
      // The phrase's head comes before its prepositional modifier: "how many *reports* of metal
      // pieces", "how many holiday *flats* in the town".
      if (phrase.length && w.tags.has('Preposition')) break;
      phrase.push(w);
    }
    const noun = [...phrase]
      .reverse()
      .find((w) => w.tags.has('Noun') && !w.tags.has('Pronoun') && !inName.has(words.indexOf(w)));
    if (noun) {
      q.focus = termOf(noun.text) || undefined;
      if (q.focus) rules.push(`focus:${q.focus}`);
      const head = noun.text.toLowerCase().replace(/(?<=[^s])s$/, '');
      if (q.kind === 'who') {
        q.focusType = PERSON_ROLE_HEADS.has(head) ? 'person' : ORG_ROLE_HEADS.has(head) ? 'organization' : undefined;
        if (q.focusType)
          rules.push(
            `focus-type:${q.focusType} (a ${head} is answered by ${q.focusType === 'person' ? 'a person' : 'a body'})`,
          );
      }
    }
    break;
  }
  // "Which film…", "which foreign foundations…": only a name beside the thing says which one.
  if (q.kind === 'who' && rules.some((r) => r.startsWith('kind:which-one')) && q.focus) {
    q.namesFocus = true;
    rules.push(`names:${q.focus} (a particular one is picked out by a name beside it)`);
  }
  // A role the question describes someone by, when it asks about something else they did or had
  // done to them: not when it asks who holds the role ("Who is the governor?", "Which minister…").
  const copular = /^(?:who|which \S+|what \S+) (?:is|was|are|were|has been|had been|will be)\b/.test(lower);
  // "Who is the former mayor's lawyer?", "Who is the president of the union?": the answer is whoever
  // the articles give that role, not anyone else the sentence names.
  if (q.kind === 'who' && q.kinds.length === 1 && copular && /^who\b/.test(lower)) {
    // The head of the phrase: its last role noun before "of", "who" or "that" ("the former mayor's *lawyer*").
    const end = lowerWords.findIndex((w, k) => k > 2 && /^(?:of|who|whom|that|which|in|at|for|from|on)$/.test(w));
    const chunk = [...Array(end < 0 ? words.length : end).keys()].slice(2);
    const i = chunk.reverse().find((k) => !inName.has(k) && isPersonRole(lowerWords[k]));
    const role = i !== undefined ? analyze(words[i].text)[0] : undefined;
    if (role) {
      q.roleAsked = role;
      rules.push(`role-asked:${role} (the answer is who holds it)`);
    }
    // "Who has been appointed as the independent monitor?": the thing asked about is the phrase's head noun.
    const head = q.focus
      ? undefined
      : [...chunk].find((k) => !inName.has(k) && words[k].tags.has('Noun') && !words[k].tags.has('Pronoun'));
    if (head !== undefined && lowerWords.slice(2, head).some((w) => /^(?:the|a|an)$/.test(w))) {
      q.focus = termOf(words[head].text) || undefined;
      if (q.focus) rules.push(`focus:${q.focus}`);
    }
  }
  if (q.kind === 'who' && !copular) {
    q.roleWords = [
      ...new Set(
        words
          .filter(
            (w, i) =>
              !inName.has(i) &&
              // "stepped down as head": a role after "as" is what the answer was, so it describes the answer.
              !lowerWords.slice(Math.max(0, i - 3), i).includes('as') &&
              isPersonRole(lowerWords[i]) &&
              termOf(w.text) !== q.focus,
          )
          .flatMap((w) => analyze(w.text)),
      ),
    ];
    if (q.roleWords.length) rules.push(`described:${q.roleWords.join(' ')} (who holds that role is not the answer)`);
  }

  // "What is the name of the rocket…": the thing named is the noun after "of", and its name must
  // stand beside it ("the rocket, Arrow-7", "farmer Tove Marsh"), not anywhere in the sentence.
  const namedThing = NAMED_THING.exec(text.toLowerCase().replace(/[?!.]+$/, ''));
  if (namedThing) {
    q.focus = termOf(namedThing[1]) || q.focus;
    q.namesFocus = true;
    rules.push(`names:${q.focus} (a name asked for stands beside what it names)`);
  }

  // "Who is X?", "What is X?": only a name, nothing else asked — whether or not the articles know X
  // as a person or body, a sentence that merely names X does not say who X is.
  const identity = /^(?:who|what) (?:is|are|was|were) (?:the |an? )?(.+)$/i.exec(text);
  if (
    (q.kind === 'who' || q.kind === 'what') &&
    identity &&
    /^\p{Lu}/u.test(identity[1]) &&
    identity[1].split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|de|al|bin|van|von)$/.test(w))
  ) {
    q.identity = q.entityGroups[0] ?? [];
    rules.push('identity (who or what a named one is)');
  }
  return q;
}
