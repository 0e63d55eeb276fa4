// Retrieval and features: the sentences that may answer a question, each described by what a
// reader checks before trusting it — does it share the question's rare words, name whom the
// question names, hold the kind of thing asked for (a date, an amount in the unit asked, a person,
// a place, a reason), speak of the time the question asks about? The judge weighs these features
// with weights learned from gold cases (judge.ts); nothing here decides.

import { type Article, publicationDay } from '../../corpus/article.ts';
import { monthNumber, WEEKDAY_NAMES } from '../../corpus/months.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { analyze } from '../../text/analyzer.ts';
import { similarity } from '../../text/embeddings.ts';
import { anyOf, pattern } from '../../text/pattern.ts';
import { isCurrencyNoun } from '../../text/wordnet.ts';
import { RELAYED_CLAIM } from '../../extract/lexicon.ts';
import type { AskQuestion, Unit } from './question.ts';
import { CARDINAL_WORDS, numberValue } from '../../text/numbers.ts';

export interface Candidate {
  article: number;
  sentence: number;
  /** Retrieval's BM25 score (0 for a neighbour brought in by a hit). */
  retrieval: number;
  /** The article's day number (0 when undated): which of two reports is the later. */
  day: number;
  features: Record<FeatureName, number>;
}

/** Every feature, with the phenomenon it serves. The judge's weights are keyed by these names. */
export const FEATURES = {
  bm25: 'retrieval score relative to the best sentence: plain BM25 is a strong baseline',
  top: 'the sentence retrieval ranked first',
  coverage: "share of the question's content (weighted by rarity) said in the sentence itself",
  coverage_related: 'share said only in other words (WordNet synonyms and derived forms)',
  coverage_similar:
    'share not said in the sentence in any form but close in meaning to one of its words (word vectors): ' +
    'news paraphrases ("gas flowing again" for "deliveries restored") beyond what a thesaurus links',
  coverage_context:
    'share said only in the sentence before, the title or the lead: news sentences lean on what came before',
  article_coverage:
    "share of the question's content (weighted by rarity) said anywhere in the sentence's article, in some form: " +
    'a question about another story shares a few words with many articles but most of its words with its own',
  missing_rare:
    'the rarest question word found nowhere near: near-miss questions ask about something the article never mentions',
  names_here: 'share of the names in the question that the sentence mentions (by name, role or pronoun)',
  names_article: 'share of the names in the question that the article mentions at all',
  kind_fit: 'the sentence holds the kind of answer asked for (a date, an amount, a person, a place, a reason)',
  unit_fit: 'an amount in the unit asked for (money, a share, a count, a duration, a margin)',
  focus_here: 'the thing asked about ("how many *ships*") is named in the sentence',
  focus_amount: 'an amount stands next to the thing counted ("63 container ships", "a rise of 9%")',
  answer_near: 'the kind of answer asked for stands close to the words the question shares with the sentence',
  verb_near:
    'the kind of answer asked for stands close to the question\'s own verb ("died on Sunday" for "when did she die"): ' +
    'a time or a figure beside another verb belongs to another event',
  verb_clause:
    "the kind of answer asked for stands in the same clause (between commas, semicolons, dashes) as the question's own verb: " +
    '"costs 1,150 rupees to produce, a quarter of what the state pays" gives no price the state pays',
  verb_absent:
    'the question\'s own verb is not said in the sentence in any form ("who complained" against a sentence on who confirmed): ' +
    'the person, time or figure it gives belongs to another action',
  verb_negated:
    'the sentence denies the question\'s own verb ("will not reopen this year" for "when will it reopen"): ' +
    'what it dates or counts is what did not happen',
  verb_affirmed:
    'the question is negative ("which councillor did not vote", "why was the valve not replaced") and the sentence says ' +
    'its verb with no negation anywhere ("three councillors voted against"): it tells who did it, not who did not',
  other_owner:
    "the question asks about a thing as someone's (\"Varo's own cable\") and the sentence tells of it as another's " +
    '("a neighbouring country\'s only cable", "Orrin\'s trade minister"): near-miss questions swap the owner',
  all_covered: 'every content word of the question is said somewhere near, in some form',
  phrase:
    'pairs of the question\'s words said together, in order ("death toll", "interest rate"): a phrase, not scattered words',
  date_missing:
    'the question names a time neither the sentence nor the one before speaks of: "in April" is not answered by June\'s figure',
  unknown_term: 'a word of the question that no article uses, in any form: the articles cannot say it',
  withheld: 'the sentence says the asked detail was not given ("has not been named", "did not disclose")',
  open_outcome: 'the sentence says the outcome is not known yet ("will decide", "has not yet ruled")',
  in_quote: 'the sentence is inside a quotation: claims, not reported fact',
  neighbour: 'a sentence brought in only as the one after a retrieved sentence',
  length: 'sentence length: very short sentences rarely carry a full answer',
  opening: "the headline or lead: it matches many questions' words, but details are told further down",
  future_for_past:
    'the question asks what happened, the sentence tells what will or may happen ("is due to present", "will vote next month"): ' +
    'a plan does not answer whether it happened',
  past_for_future:
    'the question asks what is still to come ("how long will she be out"), the sentence says nothing of what will or may be: ' +
    'a past event does not say what comes next',
  revision:
    'the sentence tells a figure that changed since an earlier one ("has risen to 131", "down from 37 last week", "up from 18 million"): ' +
    'an update states the latest figure',
  superseded:
    'a later sentence of the same story revises the figure ("has risen to 26" after "14 people have been detained"): ' +
    'the story has moved on from it',
  earlier_report:
    "a later-dated article also holds the kind of answer asked for on the question's words: a toll that rose, a figure revised since",
  latest_report:
    "the latest-dated of several articles holding the kind of answer asked for on the question's words: follow-ups carry the last word",
  earlier_instance:
    'the sentence tells of an earlier event of the same kind ("last year\'s final drew", "last devalued in 2016", ' +
    '"the first since 2012, when…") and the question does not ask about earlier ones: news gives such background beside the story',
  undecided:
    'the sentence says a choice is still to be made ("would decide after a break whether to stay on"): ' +
    'asked whether it will happen, the articles answer neither yes nor no',
  focus_indefinite:
    'the thing asked about is named only as "a/an …" ("died after a short illness", "asked the court to appoint an independent monitor"): ' +
    'the sentence mentions such a thing without saying which',
  question_put:
    'the sentence reports a question put to someone ("Asked whether the plant would close, she said…"): ' +
    'news uses the form for a reply that does not settle it',
  relayed_claim:
    'the sentence tells what a report or a claim said ("Our report of the final said…", "The same report said…", ' +
    '"An earlier version of this story said…", a fact check\'s "Claim:"): corrections and fact checks state the error, then the fact',
  bias: 'constant',
} as const;

/** "a short illness", "an independent monitor": an indefinite article and at most two modifiers before the word. */
const INDEFINITE_BEFORE = /\b(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "a depth of 32 metres", "a song called “…”", "an arrangement of “…”": what follows says which. */
const SAID_WHICH_AFTER =
  /^[\p{L}\p{N}'’-]*\s*(?:(?:of|called|named|titled|entitled|,|:)\s*)?(?:the\s+)?[\p{N}\p{Lu}“"‘$€£]/u;

/** The word at `at` is named only as "a/an …", with nothing after it saying which. */
function indefiniteUnnamed(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const article = INDEFINITE_BEFORE.exec(before);
  // "“Dawn Road” (…), a song about…", "Ada Marrow, a retired judge": an appositive names it.
  const appositive = article && /[,(]\s*$/.test(before.slice(0, article.index));
  return !!article && !appositive && !SAID_WHICH_AFTER.test(text.slice(at, at + 60));
}
/** "Asked whether …, she said", "Asked about the dissent, the governor said": a question put, and the reply. */
const QUESTION_PUT = /^[\s“"‘']*asked\s+(?:whether|if|about|how|why|when|what|who)\b/i;

/** Someone is yet to choose: "will decide whether to", "is considering whether", "whether to stay on". */
const UNDECIDED =
  /\bwhether to\b|\b(?:decide|decides|deciding|determine|consider|considering|weigh|weighing|review|reviewing) (?:[\w'’]+ ){0,5}?whether\b/i;

/** A capacity or an ability: "can carry 450 passengers", "is able to treat", "a capacity of 40 beds". */
const CAPACITY = pattern(
  'gi',
  /\b(?:can|could) (?:\w+ )?/,
  anyOf(/carry|hold|handle|seat|take|process|produce|store/, /accommodate|generate|treat|house|serve|move|transport/),
  /\b|\bcapacity of\b|\bable to \w+/,
);
/** The question asks for a capacity itself: "how much can the plant handle", "what is its capacity". */
const ASKS_CAPACITY = /\b(?:can|could|able|capacity|capable|maximum|at most)\b/i;

export type FeatureName = keyof typeof FEATURES;
export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

/** Sentences read per question: retrieval's best, and the sentence after each of the very best. */
const RETRIEVED = 30;
/** How near (characters) a name stands to what it names: "the rocket, Arrow-7", "Arrow-7, the rocket". */
const NAME_BESIDE = 20;
/** "a school in Port Elmer": a name after a preposition tells where the thing is or whose it is, not what it is called. */
const AFTER_PREPOSITION = /\b(?:in|at|near|from|outside|on|of|by|for|to)\s+(?:the\s+)?$/i;
const NEIGHBOURS_OF = 8;

/** A clock time ("6:42 p.m.", "7am") or a day named in a possessive ("Friday's vote") answers "when" as well as a date does. */
const CLOCK = pattern(
  'i',
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|dawn|dusk)\b/,
  '|',
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b/,
);
/** Words that write an amount out: the cardinals above zero, their multipliers, and fractions. */
const NUMBER_WORDS = [
  ...Object.keys(CARDINAL_WORDS).filter((w) => CARDINAL_WORDS[w] > 0),
  ...'hundred thousand million billion dozen dozens half quarter third'.split(' '),
].join('|');
/** An amount: a figure, or a number written out. */
export const AMOUNT = new RegExp(
  String.raw`(?:[$€£¥₹]\s?)?\b\d[\d,.]*(?:\s?(?:%|per ?cent|bn|m|million|billion|trillion|k))?\b|\b(?:${NUMBER_WORDS})\b`,
  'gi',
);
const UNIT_PATTERNS: Record<Exclude<Unit, 'measure'>, RegExp> = {
  money: pattern(
    '',
    /[$€£¥₹]\s?\d/,
    '|',
    /\b\d[\d,.]*\s?(?:million|billion|bn|m)?\s?/,
    anyOf(/dollars|euros|pounds|crowns|francs|yen|yuan|rupees|naira|shillings|pesos|dinars|kwan/, /[A-Z]{3}/),
    /\b/,
  ),
  percent: /\d\s?(?:%|per ?cent|percentage points?|basis points?)/i,
  count: new RegExp(String.raw`\b\d[\d,]*\b(?!\s?(?:%|per ?cent))|\b(?:${NUMBER_WORDS})\b`, 'i'),
  duration: new RegExp(
    String.raw`\b(?:\d[\d,.]*|${NUMBER_WORDS}|a|an)[\s-](?:minutes?|hours?|days?|weeks?|months?|years?|decades?|seconds?)\b`,
    'i',
  ),
  distance: /\b\d[\d,.]*\s?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|feet|ft|cm)\b/i,
  // A part of a whole: a share, a fraction, a measure (a sum too: saysUnit).
  portion: pattern(
    'i',
    /\d\s?(?:%|per ?cent)|\b(?:half|(?:a|one|two)[ -](?:thirds?|quarters?|fifths?|tenths?)|three[ -]quarters|most|all)\b/,
    '|',
    /\b\d[\d,.]*\s?(?:million|billion)?\s?(?:km|kilomet\w*|met(?:re|er)s?|m|miles?|feet|ft|hectares?|ha|acres?|square \w+)\b/,
    '|',
    /\b\d[\d,.]*\s?(?:million|billion)?\s?(?:tonnes?|tons?|kg|kilos?|kilograms?|litres?|liters?|gallons?|barrels?)\b/,
  ),
  margin: pattern(
    'i',
    String.raw`\b\d{1,4}\s?(?:-|–|to)\s?\d{1,4}\b`,
    String.raw`|\b(?:${NUMBER_WORDS})\s(?:to|-)\s(?:${NUMBER_WORDS})\b`,
    String.raw`|\bby\s(?:just\s|only\s|some\s|about\s)?[\d,.]+\s(?:votes?|seats?|points?)\b`,
    String.raw`|\b(?:lead|margin|gap|majority|edge) of\s(?:just\s|only\s|some\s|about\s)?(?:[\d,.]+|${NUMBER_WORDS})\b`,
    String.raw`|\bmajority of\b`,
  ),
};
/**
 * The time of a reporting clause ("officials said on Monday", "the company told reporters Tuesday")
 * dates the telling, not the event asked about — unless the question asks when something was said.
 */
const REPORTING_TIME =
  /\b(?:said|says|told|tells|added|announced|confirmed|reported|stated|wrote)(?: \w+){0,2}\s(?:on|late on|early on|last|this)?\s?$/i;
/**
 * A number followed by a unit of measure or of time measures ("4 millimetres", "two weeks"); it
 * counts nothing — unless that unit is what the question counts ("how many hectares").
 */
const MEASURE_AFTER = pattern(
  'i',
  /^\s?(?:-\s?)?/,
  '(',
  /mm|cm|km|kg|g|m|ha|millimet\w*|centimet\w*|kilomet\w*|met(?:re|er)s?|tonnes?|tons?|kilos?|kilograms?|grams?|hectares?|acres?/,
  '|',
  /miles?|feet|foot|ft|inch(?:es)?|litres?|liters?|gallons?|barrels?|degrees?|°/,
  '|',
  /seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?/,
  String.raw`)\b`,
);

/** A number and the word after it, with "million" and the like between: "2 million taka". */
const NUMBER_THEN_WORD = /\b\d[\d,.]*\s?(?:million|billion|bn|m)?\s?(\p{L}+)/gu;

/**
 * Does the text (from its start, when `anchored`) hold an amount in the unit? A sum is in a currency
 * the pattern lists or in one WordNet knows ("1,080 manat", "2 million taka"): stories are told in
 * every currency.
 */
function saysUnit(unit: Unit, text: string, anchored = false): boolean {
  if (unit === 'measure') return amountsIn(text).some((x) => (!anchored || x.index === 0) && measures(text, x));
  if (UNIT_PATTERNS[unit].test(text)) return true;
  if (unit === 'portion') return saysUnit('money', text, anchored);
  if (unit !== 'money') return false;
  for (const m of text.matchAll(NUMBER_THEN_WORD)) {
    if (anchored && m.index !== 0) break;
    if (isCurrencyNoun(m[1])) return true;
  }
  return false;
}

/**
 * Words that may follow an amount without saying what it counts: "190 kilograms of gas", "6.8 bcm",
 * "5.4 |". A bare "of" does ("four of the eleven patients").
 */
const NOT_COUNTED_AFTER = pattern(
  'iu',
  /^\s?/,
  anyOf(
    /(?:cubic|square)\s[a-z]+|bcm|mcm|[kmgt]wh?|(?:kilo|mega|giga)watt\S*|points?|percentage|basis|per/,
    /a|an|the|to|from|in|on|at|for|by|and|or|than|more|less|over|under|up|down|each|every|this|that|last|next/,
    /was|were|is|are|had|has|have/,
  ),
  /\b/,
);

/**
 * Is this amount a quantity of stuff — a weight, a volume, a share, a sum? "Eleven people were
 * treated", "three tanks" count people or things, and "five times as much" is a multiple: neither
 * answers "how much chlorine escaped".
 */
function measures(text: string, x: { text: string; index: number }): boolean {
  // "half of the water", "a third": a part of a whole.
  if (/%|per ?cent|[$€£¥₹]|^(?:half|a|one)$/i.test(x.text)) return true;
  const after = text
    .slice(x.index + x.text.length, x.index + x.text.length + 40)
    .replace(/^\s?(?:thousand|hundred|million|billion|trillion|bn|m)\b/i, '');
  if (/^\s?times\b/i.test(after)) return false;
  if (MEASURE_AFTER.test(after) || NOT_COUNTED_AFTER.test(after)) return true;
  const word = /^\s?(\p{L}+)/u.exec(after)?.[1];
  return !word || saysUnit('money', `1 ${word}`);
}

/** Every number that may count something (matchAll copies a global pattern, so one can be shared). */
const COUNTS = new RegExp(UNIT_PATTERNS.count, 'gi');

/**
 * Is this amount one of the unit asked for? "costs 1,150 rupees, a quarter of what the state pays"
 * holds a sum and a share: for "how much does the state pay" only the sum is an answer's place.
 */
export function amountFits(text: string, x: { text: string; index: number }, unit: Unit, focus?: string): boolean {
  const around = text.slice(Math.max(0, x.index - 2), x.index + x.text.length + 24);
  switch (unit) {
    case 'count':
      return holdsCount(text.slice(x.index, x.index + x.text.length + 24), focus);
    case 'margin':
      return true;
    case 'measure':
      return measures(text, x);
    default:
      return saysUnit(unit, around.replace(/^[^$€£¥₹\d\p{L}]+/u, ''));
  }
}

/** "Four in ten wells", "nine out of 10 voters": a share of a whole, which counts nothing. */
const SHARE = /\b(\d+|[a-z]+)\s+(?:in|out of)\s+(\d+|[a-z]+)\b/gi;
function shareSpans(text: string): [number, number][] {
  return [...text.matchAll(SHARE)]
    .filter((m) => numberValue(m[1]) >= 0 && numberValue(m[2]) > numberValue(m[1]))
    .map((m) => [m.index!, m.index! + m[0].length]);
}

function holdsCount(text: string, focus?: string): boolean {
  const shares = shareSpans(text);
  for (const m of text.matchAll(COUNTS)) {
    if (/^(?:1[89]|20)\d\d$/.test(m[0])) continue;
    if (shares.some(([from, to]) => m.index! >= from && m.index! < to)) continue;
    // A sum of money counts no people or things.
    if (
      saysUnit(
        'money',
        text.slice(Math.max(0, m.index! - 2), m.index! + m[0].length + 24).replace(/^[^$€£¥₹\d]+/, ''),
        true,
      )
    )
      continue;
    const unit = MEASURE_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 14))?.[1];
    if (!unit || (focus && analyze(unit).includes(focus))) return true;
  }
  return false;
}

/** What is planned, expected or possible, not yet done. */
// Lower case only: "May" is a month.
const FUTURE = pattern(
  '',
  /\b/,
  anyOf(
    /will|would|shall|(?:is|are) (?:due|set|scheduled|expected|likely) to|(?:is|are) to/,
    /plans? to|planning to|intends? to|could|may|might|until at least|yet to/,
  ),
  /\b/,
);

/**
 * An earlier event of the kind the story is about, told as background: "last year's final drew
 * 33,900", "last devalued its currency in 2016", "the first strike since 2019, when…", "the first,
 * in 2012, was also dismissed". "A year earlier" comparisons and founding years are not: they
 * describe the story's own subject.
 */
const YEAR = /(?:1[89]|20)\d\d/;
const EARLIER_INSTANCE = pattern(
  'i',
  /\blast (?:year|season)['’]s\b/,
  '|',
  /\blast [a-z]+ed\b[^.;]{0,60}\b/,
  YEAR,
  /\b/,
  '|',
  /\b(?:first|last|previous|only)\b[^.;,]{0,50}\bsince /,
  YEAR,
  /\b/,
  '|',
  /\bsince /,
  YEAR,
  /,? when\b/,
  '|',
  /\bthe (?:first|last|previous|other)(?: [^.;,]{1,60}?)?,? in /,
  YEAR,
  /\b/,
  '|',
  // "By 2019 the firm had protected 600 springs", "At the end of 2021 it employed 40": a figure as it
  // stood in an earlier year, the background a profile or explainer gives before the present one.
  /\b(?:by|at the end of|until) (?:the end of )?/,
  YEAR,
  /\b,? [^.;]{0,40}\b(?:had|was|were|stood at|numbered)\b/,
);

/**
 * Where a sentence tells of an earlier event of the same kind: from the words that say so to the end
 * of their clause. "The last major strike there, in 2019, lasted 11 days": its duration is not the
 * present strike's. A figure before those words ("the first title since 2011") is still the story's.
 */
function earlierInstanceSpans(text: string): [number, number][] {
  return spansUntil(text, new RegExp(EARLIER_INSTANCE.source, 'gi'), /;|\s[—–]\s/);
}

/** An amount told as a share or multiple of another: "a quarter of the price", "twice what". */
const RELATIVE_AMOUNT = pattern(
  'gi',
  /\b(?:a (?:quarter|third|fifth|tenth)|half|twice|double|triple|(?:two|three|four|five|ten) times) /,
  /(?:of )?(?:what|the (?:price|amount|cost|sum|figure|level|rate))\b/,
);

/** From each match of `re` (a global pattern) to the next `stop` after it, or the sentence's end. */
function spansUntil(text: string, re: RegExp, stop: RegExp): [number, number][] {
  return [...text.matchAll(re)].map((m) => {
    const end = m.index! + m[0].length;
    const at = text.slice(end).search(stop);
    return [m.index!, at < 0 ? text.length : end + at];
  });
}

/** A figure told with the one it replaced, or as having changed to it. */
const REVISION = pattern(
  'i',
  /\b(?:up|down) from\b/,
  '|',
  /\b(?:has|have|had) (?:now )?(?:risen|climbed|fallen|dropped|grown|increased|decreased|jumped|reached|risen sharply) to\b/,
  '|',
  /\brevised\b|\b(?:latest|updated|new) (?:figures?|toll|count|tally|estimates?)\b/,
);

/**
 * "When did X last…", "the previous record", "ever", "since": the question asks about earlier events
 * itself. "Last" as the verb ("how long did it last?") does not.
 */
const ASKS_EARLIER =
  /\b(?:last(?!\s*[?.!]*$)(?!\s+(?:for|until|into|longer)\b)|previous|previously|before|ever|first|record|since|earlier|history|past|prior|again)\b/i;

const PURPOSE = pattern(
  'i',
  /\b/,
  anyOf(
    /in order to|so as to|necessary to|needed to|intended to|designed to|aimed at|meant to/,
    /to (?:protect|prevent|avoid|ensure|allow|stop|reduce|save|meet|comply|pay|cover|ease|curb|boost|protest)/,
  ),
  /\b/,
);
/** Words that give a reason or a cause. */
const CAUSAL = pattern(
  'i',
  /\b/,
  anyOf(
    /because|due to|owing to|as a result|result of|reason|caused?|blamed|led to|after|since|amid|over/,
    /citing|cited|following|pointed to|so that|in order to|grounds|why|risks?|concerns?|fears?|prompted|triggered/,
  ),
  /\b/,
);
/** Every clock time, and every reason or purpose word, in a text (shared global patterns for matchAll). */
const CLOCKS = new RegExp(CLOCK, 'gi');
const REASONS = new RegExp(`${CAUSAL.source}|${PURPOSE.source}`, 'gi');
/** The article says the detail was not given. */
const WITHHELD = pattern(
  'i',
  /\b/,
  anyOf(
    /(?:has|have|had|was|were|is|are) not (?:yet )?(?:been )?(?:named|identified|disclosed|released|revealed|made public|given|announced|published)/,
    // "has not said why", "have not explained how": the asked detail, not some other statement.
    /(?:has|have|had) not (?:yet )?(?:said|explained|specified) (?:why|how|when|where|who|whom|what|whether)/,
    /(?:did|does|do|would|could) not (?:name|identify|disclose|say|reveal|give|specify|release|comment)/,
    /declined to (?:name|identify|disclose|say|comment|give|reveal|specify|answer|discuss|confirm)/,
    /refused to (?:name|identify|disclose|say|comment|answer|discuss|confirm)/,
    // "did not respond to a request for comment", "has not answered questions about whether…": no answer given.
    /(?:has|have|had|did|does|do) not (?:yet )?(?:answer|answered|respond|responded|reply|replied)\b(?! (?:that|by)\b)/,
    /undisclosed|not known|unknown|unclear|no details?|withheld|not (?:yet )?(?:been )?(?:set|scheduled|decided|announced)/,
  ),
  /\b/,
);
const OPEN_OUTCOME = pattern(
  'i',
  /\b/,
  anyOf(
    /(?:will|would) (?:decide|rule|hear|consider|vote|announce|review)/,
    /(?:is|are) due to (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+/,
    /whether to\b/,
    /(?:has|have) (?:not|yet to) (?:yet )?(?:ruled|decided|voted|announced)/,
    /yet to be (?:decided|announced|set)|is expected to|are expected to/,
    /did not say whether|it is not clear whether|remains to be seen|pending/,
  ),
  /\b/,
);

interface Context {
  article: Article;
  /** How many sentences the article has. */
  sentences: number;
  /** A sentence's search terms (unpacked only for the sentences read). */
  terms: (sentence: number) => string[];
  title: Set<string>;
  /** In how many of the article's sentences each term occurs. */
  sentenceDf: Map<string, number>;
  /** A sentence's search terms with their offsets in the sentence text. */
  positions: (sentence: number) => { term: string; at: number }[];
}

/** Per-article reading that every question about the article shares; the most recent articles are kept. */
const contextCache = new WeakMap<KnowledgeBase, Map<number, Context>>();
const CONTEXTS_KEPT = 300;

function contextOf(kb: KnowledgeBase, a: number): Context {
  let cache = contextCache.get(kb);
  if (!cache) contextCache.set(kb, (cache = new Map()));
  let c = cache.get(a);
  if (c) return c;
  const article = kb.articles[a];
  const sentenceDf = kb.index.sentenceFrequencies(a);
  const termsAt = new Map<number, string[]>();
  const terms = (s: number) => {
    let t = termsAt.get(s);
    if (!t) termsAt.set(s, (t = kb.index.sentenceTermsOf(a, s)));
    return t;
  };
  const positions = (s: number) => kb.index.positionsOfSentence(a, s);
  const sentences = kb.index.sentenceCount(a);
  const title = new Set([...kb.index.titleTermsOf(a), ...(sentences ? terms(0) : [])]);
  c = { article, sentences, terms, title, sentenceDf, positions };
  if (cache.size >= CONTEXTS_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(a, c);
  return c;
}

/**
 * A sentence that tells nothing an answer may stand on. An interrogative sentence — an interviewer's
 * or a reporter's question in a Q&A or a briefing transcript, a rhetorical question — asks, and so
 * does the rest of a question's paragraph. A correction note's sentence that repeats the figure it
 * withdraws ("An earlier version of this article said 83 were rescued", "also misstated her age as
 * 42") tells what is not so. A line in capitals is a headline or a section label: its names cannot be
 * told from other words, and the body says what it says in ordinary case (0 of 42 such lines in the
 * gold answered).
 */
function tellsNothing(kb: KnowledgeBase, a: number, s: number): boolean {
  const article = kb.articles[a];
  const sentence = article.sentences[s];
  const paragraph = article.paragraphs[sentence.paragraph];
  const text = article.text.slice(sentence.start, sentence.end);
  return (
    /\?["'”’*_)\]]*\s*$/.test(text) ||
    RETRACTION.test(text) ||
    inCapitals(text) ||
    paragraph?.kind === 'question' ||
    (paragraph !== undefined && QUESTION_LABEL.test(article.text.slice(paragraph.start, paragraph.start + 80)))
  );
}

/** Nearly every letter a capital, over a dozen letters or more. */
function inCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 12 && (text.match(/\p{Lu}/gu)?.length ?? 0) > 0.8 * letters;
}

const RETRACTION = pattern(
  'i',
  /\bearlier version\b[^.;]{0,60}\b(?:said|stated|reported|gave|misstated|misidentified|misspelled|described)\b/,
  '|',
  /\bmisstated\b|\bincorrectly (?:said|stated|reported|gave|described)\b/,
);

/**
 * "Q:", "**Q (name, outlet):**": a transcript's or an interview's question paragraph, whose
 * statements ("This summer farmers blocked the road. Whose fault was that?") are the asker's premise.
 */
const QUESTION_LABEL = /^[*_\s]*Q\s*(?:\([^)]{0,60}\))?\s*[*_]*\s*[:.][*_]*\s/;

/** An article's day number (0 when undated): which of two reports is the later. */
export function articleDay(kb: KnowledgeBase, article: number): number {
  return publicationDay(kb.articles[article].date)?.day ?? 0;
}

/** How much of the question's content a candidate says, for telling which articles report the asked thing. */
const REPORTS_SHARE = 0.6;

/**
 * Marks each candidate as an earlier or the latest report, among the dated articles whose sentences
 * hold the kind of answer asked for on most of the question's words (said in the sentence or the
 * one before): a death toll that rose, a figure revised in a follow-up.
 */
function markReports(candidates: Candidate[]): Candidate[] {
  const days = new Map<number, number>();
  for (const c of candidates) {
    const f = c.features;
    if (f.kind_fit && f.coverage + f.coverage_related + f.coverage_context >= REPORTS_SHARE && c.day > 0) {
      days.set(c.article, c.day);
    }
  }
  const dated = [...new Set(days.values())];
  if (dated.length < 2) return candidates;
  const latest = Math.max(...dated);
  for (const c of candidates) {
    if (!days.has(c.article)) continue;
    c.features.earlier_report = c.day < latest ? 1 : 0;
    c.features.latest_report = c.day === latest ? 1 : 0;
  }
  return candidates;
}

export function retrieve(kb: KnowledgeBase, q: AskQuestion): Candidate[] {
  const terms = q.terms.map((t) => t.term);
  if (terms.length === 0) return [];
  const hits = kb.index.search(terms, {
    limit: RETRIEVED,
    expansions: q.terms.flatMap((t) => t.related),
    entityMentions: q.entityGroups.flat().map((id) => ({
      terms: analyze(kb.registry.get(id).name),
      mentions: (a: number, s: number) => kb.mentions(id, a, s),
    })),
  });
  const top = hits[0]?.score ?? 1;
  const pool = new Map<
    string,
    { article: number; sentence: number; retrieval: number; rank: number; neighbour: boolean }
  >();
  hits.forEach((h, rank) =>
    pool.set(`${h.article}:${h.sentence}`, {
      article: h.article,
      sentence: h.sentence,
      retrieval: h.score,
      rank,
      neighbour: false,
    }),
  );
  for (const h of hits.slice(0, NEIGHBOURS_OF)) {
    const a = kb.articles[h.article];
    const next = a.sentences[h.sentence + 1];
    const key = `${h.article}:${h.sentence + 1}`;
    if (next && next.paragraph === a.sentences[h.sentence].paragraph && !pool.has(key)) {
      pool.set(key, { article: h.article, sentence: h.sentence + 1, retrieval: 0, rank: RETRIEVED, neighbour: true });
    }
  }
  // How rare each question word is among the sentences of the articles read: a word's weight
  // must mean something in a folder of one article as in one of thousands.
  const articles = [...new Set([...pool.values()].map((p) => p.article))];
  let sentences = 0;
  const df = new Map<string, number>();
  for (const a of articles) {
    const c = contextOf(kb, a);
    sentences += c.sentences;
    for (const t of q.terms) df.set(t.term, (df.get(t.term) ?? 0) + (c.sentenceDf.get(t.term) ?? 0));
  }
  const weighted: AskQuestion = {
    ...q,
    terms: q.terms.map((t) => ({ ...t, idf: Math.log(1 + (sentences + 1) / ((df.get(t.term) ?? 0) + 0.5)) })),
  };
  const ceiling = Math.log(1 + (sentences + 1) / 0.5);
  const closenessKnown = new Map<string, Map<string, number>>();
  const candidates = [...pool.values()]
    .filter((p) => !tellsNothing(kb, p.article, p.sentence))
    .map((p) => ({
      article: p.article,
      sentence: p.sentence,
      retrieval: p.retrieval,
      day: articleDay(kb, p.article),
      features: featuresOf(
        kb,
        weighted,
        contextOf(kb, p.article),
        p.article,
        p.sentence,
        p.retrieval / top,
        p.rank === 0,
        p.neighbour,
        ceiling,
        closenessKnown,
      ),
    }));
  return markSuperseded(kb, q, markReports(candidates));
}

/** Where a sentence stands in the story's own time: a live blog's entries by their clock, else the text's order. */
function tellingOrder(kb: KnowledgeBase, a: number, s: number): number {
  const article = kb.articles[a];
  const paragraph = article.sentences[s].paragraph;
  const entry = article.liveEntries?.find((e) => paragraph >= e.paragraphs[0] && paragraph <= e.paragraphs[1]);
  return entry ? (entry.order + 1) * 100_000 + s : s;
}

/**
 * "Police say 14 people have been detained" … later, "the number detained has risen to 26": within
 * one story, a figure a later sentence revises is superseded by it (a live blog's entries read by
 * their clock, whatever order it prints them in).
 */
function markSuperseded(kb: KnowledgeBase, q: AskQuestion, candidates: Candidate[]): Candidate[] {
  if (q.kind !== 'quantity') return candidates;
  const fits = (c: Candidate) => c.features.unit_fit === 1 && c.features.focus_here === 1;
  const revisions = candidates.filter((c) => fits(c) && c.features.revision === 1);
  if (!revisions.length) return candidates;
  // Each article's latest revision, placed once, rather than once for every candidate it is weighed against.
  const latestRevision = new Map<number, number>();
  for (const r of revisions) {
    const at = tellingOrder(kb, r.article, r.sentence);
    latestRevision.set(r.article, Math.max(at, latestRevision.get(r.article) ?? -1));
  }
  for (const c of candidates) {
    if (!fits(c)) continue;
    const latest = latestRevision.get(c.article);
    if (latest !== undefined && latest > tellingOrder(kb, c.article, c.sentence)) c.features.superseded = 1;
  }
  return candidates;
}

function featuresOf(
  kb: KnowledgeBase,
  q: AskQuestion,
  ctx: Context,
  a: number,
  s: number,
  bm25: number,
  top: boolean,
  neighbour: boolean,
  maxIdf: number,
  closenessKnown: Map<string, Map<string, number>> = new Map(),
): Record<FeatureName, number> {
  const { article } = ctx;
  const sentence = article.sentences[s];
  const text = article.text.slice(sentence.start, sentence.end);
  const here = new Set(ctx.terms(s));
  const previous =
    s > 0 && article.sentences[s - 1].paragraph === sentence.paragraph ? new Set(ctx.terms(s - 1)) : new Set<string>();
  const content = q.terms.filter((t) => !t.inName);
  const total = content.reduce((sum, t) => sum + t.idf, 0);
  let exact = 0;
  let related = 0;
  let context = 0;
  let missing = 0;
  let inArticle = 0;
  let similar = 0;
  for (const t of content) {
    if (ctx.sentenceDf.has(t.term) || t.related.some((r) => ctx.sentenceDf.has(r))) inArticle += t.idf;
    if (here.has(t.term)) exact += t.idf;
    else if (t.related.some((r) => here.has(r))) related += t.idf;
    else {
      similar += t.idf * closeness(t.term, here, closenessKnown);
      if (previous.has(t.term) || ctx.title.has(t.term) || t.related.some((r) => previous.has(r))) context += t.idf;
      else missing = Math.max(missing, t.idf);
    }
  }
  const facts = kb.factsOf(a);
  const groups = q.entityGroups;
  const namesHere = groups.length
    ? groups.filter((g) => g.some((id) => kb.mentions(id, a, s))).length / groups.length
    : 1;
  const namesArticle = groups.length
    ? groups.filter((g) => g.some((id) => kb.mentions(id, a))).length / groups.length
    : 1;
  const asked = new Set(groups.flat());

  const focus = q.terms.find((t) => t.term === q.focus);
  const focusHere = focus ? (here.has(focus.term) || focus.related.some((r) => here.has(r)) ? 1 : 0) : 1;
  // Where the question's words are in the sentence, and where the answer-like tokens are.
  const matchedAt: number[] = [];
  const focusAt: number[] = [];
  const wanted = new Set(content.flatMap((t) => [t.term, ...t.related]));
  // A name asked for stands beside the very word ("the miners, X and Y"), not a relative of it ("a mine in X").
  const focusTerms = focus ? new Set(q.namesFocus ? [focus.term] : [focus.term, ...focus.related]) : new Set<string>();
  const verbTerms = new Set(q.verbTerms.flatMap((v) => [v, ...(q.terms.find((t) => t.term === v)?.related ?? [])]));
  const verbAt: number[] = [];
  for (const { term, at } of ctx.positions(s)) {
    if (wanted.has(term)) matchedAt.push(at);
    if (focusTerms.has(term)) focusAt.push(at);
    if (verbTerms.has(term)) verbAt.push(at);
  }
  // "Costs 1,150 rupees, a quarter of the price the state pays": the asked verb said only inside an
  // amount told relative to another (to the end of that clause) is not given a figure of its own.
  const relativeSpans = q.kind === 'quantity' ? spansUntil(text, RELATIVE_AMOUNT, /[,;]\s|\s[—–]\s/) : [];
  const onlyRelative =
    relativeSpans.length > 0 &&
    verbAt.length > 0 &&
    verbAt.every((at) => relativeSpans.some(([from, to]) => at >= from && at < to));
  // "Resigned on Monday, three days after losing a vote": a time dates its own clause's verb. When the
  // question's verb is said only after a stated offset, the sentence dates something else.
  const onlyOffset =
    q.kind === 'when' && verbAt.length > 0 && verbAt.every((at) => OFFSET_BEFORE.test(text.slice(0, at)));
  const earlierInstance = !q.dates.length && !ASKS_EARLIER.test(q.text) && EARLIER_INSTANCE.test(text);
  const earlierSpans = earlierInstance ? earlierInstanceSpans(text) : [];
  const answerAt = answerPositions(
    kb,
    q,
    a,
    s,
    text,
    asked,
    matchedAt.length ? Math.min(...matchedAt) : undefined,
  ).filter(
    (at) =>
      (!q.namesFocus ||
        (focusAt.some((f) => Math.abs(f - at) <= NAME_BESIDE) && !AFTER_PREPOSITION.test(text.slice(0, at)))) &&
      !earlierSpans.some(([from, to]) => at >= from && at < to) &&
      !onlyOffset &&
      !onlyRelative,
  );
  // The kinds a position can be found for must be there; "what" and yes-no questions take any sentence.
  const kindFit = q.kind === 'what' || q.kind === 'yes-no' ? 1 : answerAt.length ? 1 : 0;
  const unitFit =
    q.kind === 'quantity' &&
    answerAt.length &&
    (!q.unit || (q.unit === 'count' ? holdsCount(text, q.focus) : saysUnit(q.unit, text)))
      ? 1
      : 0;
  const nearest = (xs: number[], ys: number[]) => Math.min(200, ...xs.flatMap((x) => ys.map((y) => Math.abs(x - y))));
  const answerNear = answerAt.length && matchedAt.length ? 1 - nearest(answerAt, matchedAt) / 200 : 0;
  // For a quantity, the answer positions are its amounts.
  // A count is told by its number before the thing counted ("6,300 families", "63 container ships"):
  // "families were housed in 31 schools" counts schools. Other amounts may come either side ("a rise of 9%").
  // The number nearest before the thing counts it: "two ferries and can carry 450 passengers" gives
  // 450 passengers, not two.
  const allAmounts = q.kind === 'quantity' ? amountsIn(text).map((x) => x.index) : [];
  const counted = (x: number) =>
    q.unit === 'count'
      ? focusAt.some((y) => y > x && y - x <= 30 && !allAmounts.some((z) => z > x && z < y))
      : focusAt.some((y) => Math.abs(x - y) <= 30);
  const focusAmount = q.kind === 'quantity' && answerAt.some(counted) ? 1 : 0;
  const dateMissing =
    q.dates.length && !q.dates.every((d) => dateSaid(kb, a, inheritedTimeSentence(kb, a, s), d)) ? 1 : 0;
  const unknownTerm = q.terms.some((t) => kb.index.documentFrequency(t.term) === 0 && t.related.length === 0) ? 1 : 0;
  const inQuote = facts.statements.some(
    (st) => st.kind === 'direct' && st.content.start <= sentence.start + 2 && st.content.end >= sentence.end - 2,
  )
    ? 1
    : 0;
  return {
    bm25,
    top: top ? 1 : 0,
    coverage: total ? exact / total : 1,
    coverage_related: total ? related / total : 0,
    coverage_similar: total ? similar / total : 0,
    coverage_context: total ? context / total : 0,
    article_coverage: total ? inArticle / total : 1,
    missing_rare: missing / maxIdf,
    names_here: namesHere,
    names_article: namesArticle,
    kind_fit: kindFit,
    unit_fit: unitFit,
    focus_here: focusHere,
    focus_amount: focusAmount,
    answer_near: answerNear,
    verb_near: answerAt.length && verbAt.length ? 1 - nearest(answerAt, verbAt) / 200 : 0,
    verb_clause: sameClause(text, answerAt, verbAt) ? 1 : 0,
    verb_absent: q.verbTerms.length && !verbAt.length ? 1 : 0,
    verb_negated: !q.negative && verbAt.some((at) => NEGATED_BEFORE.test(text.slice(Math.max(0, at - 24), at))) ? 1 : 0,
    verb_affirmed: q.negative && verbAt.length && !SAYS_NEGATION.test(text) ? 1 : 0,
    other_owner: q.owned.length && ownedByAnother(q, text) ? 1 : 0,
    all_covered: missing === 0 ? 1 : 0,
    phrase: phraseShare(q, ctx.terms(s)),
    date_missing: dateMissing,
    unknown_term: unknownTerm,
    withheld: WITHHELD.test(text) ? 1 : 0,
    open_outcome: OPEN_OUTCOME.test(text) ? 1 : 0,
    in_quote: inQuote,
    neighbour: neighbour ? 1 : 0,
    length: Math.min(1, here.size / 30),
    opening: s <= 1 ? 1 : 0,
    future_for_past: q.asksAboutPast && FUTURE.test(text) ? 1 : 0,
    past_for_future: q.asksAboutFuture && !FUTURE.test(text) ? 1 : 0,
    revision: REVISION.test(text) ? 1 : 0,
    earlier_report: 0,
    latest_report: 0,
    superseded: 0,
    earlier_instance: earlierInstance ? 1 : 0,
    undecided: UNDECIDED.test(text) ? 1 : 0,
    question_put: QUESTION_PUT.test(text) ? 1 : 0,
    relayed_claim: RELAYED_CLAIM.test(text) ? 1 : 0,
    focus_indefinite: focusAt.length > 0 && focusAt.every((at) => indefiniteUnnamed(text, at)) ? 1 : 0,
    bias: 1,
  };
}

/** Below this cosine, word vectors' neighbours are merely from the same field ("councillor", "voted"). */
const CLOSE_FLOOR = 0.4;

/** How close in meaning a term is to the nearest of a sentence's terms, 0 (unrelated) to 1. */
function closeness(term: string, sentence: Set<string>, known: Map<string, Map<string, number>>): number {
  // The question's terms meet the same words in many candidate sentences: each pair is computed once.
  let of = known.get(term);
  if (!of) known.set(term, (of = new Map()));
  let best = 0;
  for (const w of sentence) {
    let sim = of.get(w);
    if (sim === undefined) of.set(w, (sim = similarity(term, w)));
    best = Math.max(best, sim);
  }
  return Math.max(0, (best - CLOSE_FLOOR) / (1 - CLOSE_FLOOR));
}

/**
 * Does the sentence hold the kind of answer asked for? The expected answer type filters candidates
 * in question answering since its beginnings: "How much did it cost?" is not answered by a sentence
 * with no sum in it, "When…?" not by one with no time, "Who…?" not by one that names nobody else.
 * Reasons are left to the judge (a "why" is often told without "because"), and so are questions of
 * two parts, whose sentences each answer one part. A sentence that denies the question's verb
 * answers none of these (in the gold cases, 0 of 38 such sentences did), nor does one that affirms
 * the verb a negative question denies, nor one about another owner's thing.
 */
export function holdsAskedKind(q: AskQuestion, c: Candidate): boolean {
  // "Will not reopen this year" dates what will not happen; whether it did is a yes-no question's matter.
  if (c.features.verb_negated && q.kind !== 'yes-no' && q.kind !== 'what') return false;
  // "Three councillors voted against" names who voted, for "which councillor did not vote": in the
  // gold cases no sentence that says a negative question's verb with no negation answered it.
  if (c.features.verb_affirmed && q.kind !== 'yes-no') return false;
  // "A neighbouring country's only cable" for "Varo's own cable": in the gold cases none of the 14
  // sentences that tell of the asked thing as another owner's answered.
  if (c.features.other_owner) return false;
  if (q.kinds.length > 1) return true;
  switch (q.kind) {
    case 'when':
    case 'who':
    case 'where':
      return c.features.kind_fit === 1;
    case 'quantity':
      return c.features.kind_fit === 1 && (!q.unit || c.features.unit_fit === 1);
    default:
      return true;
  }
}

/** A stated offset just before a verb: "three days after", "a week before", "hours after". */
const OFFSET_BEFORE = new RegExp(
  String.raw`\b(?:\d+|${NUMBER_WORDS}|a|an|several|few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+(?:the\s+)?$`,
  'i',
);

/** A possessive and up to three words it owns: "a neighbouring country's only cable". */
const POSSESSIVE = /([\p{L}-]+)['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/gu;
/** "a neighbouring country's", "another firm's": an owner not yet met, so not the one asked about. */
const INDEFINITE_OWNER = /\b(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Does the sentence tell of what the question asks about as owned by someone else? */
function ownedByAnother(q: AskQuestion, text: string): boolean {
  const asked = new Set(q.terms.map((t) => t.term));
  for (const m of text.matchAll(POSSESSIVE)) {
    const owner = analyze(m[1]);
    if (!owner.length || owner.some((t) => asked.has(t))) continue;
    // "Monday's vote", "Today's decision": a time owns nothing.
    if (/^(?:today|yesterday|tonight|tomorrow)$/i.test(m[1]) || WEEKDAY_NAMES.includes(m[1]) || monthNumber(m[1]))
      continue;
    const named = /^\p{Lu}/u.test(m[1]);
    if (!named && !INDEFINITE_OWNER.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const things = analyze(m[2]);
    if (q.owned.some((o) => !o.owner.some((t) => owner.includes(t)) && o.things.some((t) => things.includes(t))))
      return true;
  }
  return false;
}

/** Any negation in a sentence: "had not been trained", "never", "didn't", "no longer". */
const SAYS_NEGATION = /\b(?:not|never|no longer|neither|nor|cannot)\b|n['’]t\b/i;

/** A negation just before a verb: "will not reopen", "has never won", "did not finish". */
const NEGATED_BEFORE = /\b(?:not|never|no longer|n['’]t)\s+(?:\w+\s+)?$/i;

/** Where a sentence's clauses and phrases part: a comma, semicolon, colon, dash or bracket (not a digit group's comma). */
const CLAUSE_BREAK = /[,;:(](?=\s)|\s[—–-]\s|[—–]/g;

/** Does some answer position stand in the same clause as some position of the question's verb? */
function sameClause(text: string, answerAt: number[], verbAt: number[]): boolean {
  if (!answerAt.length || !verbAt.length) return false;
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index!);
  const clause = (at: number) => breaks.filter((b) => b < at).length;
  const verbs = new Set(verbAt.map(clause));
  return answerAt.some((at) => verbs.has(clause(at)));
}

/** The share of the question's adjacent content-word pairs that the sentence says adjacently too. */
function phraseShare(q: AskQuestion, sentence: string[]): number {
  const terms = q.terms.map((t) => t.term);
  if (terms.length < 2) return 0;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < sentence.length; i++) pairs.add(`${sentence[i]} ${sentence[i + 1]}`);
  let n = 0;
  for (let i = 0; i + 1 < terms.length; i++) if (pairs.has(`${terms[i]} ${terms[i + 1]}`)) n++;
  return n / (terms.length - 1);
}

/** Offsets in the sentence of what could answer the question's kind: its dates, amounts, people, places, causal words. */
function answerPositions(
  kb: KnowledgeBase,
  q: AskQuestion,
  a: number,
  s: number,
  text: string,
  asked: Set<number>,
  firstMatch?: number,
): number[] {
  const sentenceStart = kb.articles[a].sentences[s].start;
  const facts = kb.factsOf(a);
  // The words of a reporting clause ("X said the part was made by an outside supplier") name who
  // told, not what was asked, unless the question asks who said it or who holds a role (a
  // reporting clause's apposition is where news gives roles: "His lawyer, Tove Marsh, said…").
  const speakerSpans =
    q.asksAboutSaying || q.roleAsked
      ? []
      : facts.statements.flatMap((st) =>
          st.speakerSpan && st.sentences[0] <= s && s <= st.sentences[1] ? [st.speakerSpan] : [],
        );
  const mentionsOf = (place: boolean) =>
    facts.entities.flatMap((e, local) => {
      const id = kb.registry.globalId(a, local);
      return (e.type === 'place') === place &&
        (place || !q.focusType || e.type === q.focusType) &&
        !asked.has(id) &&
        !describedByQuestion(kb, q, id) &&
        (!q.roleAsked || roleHeads(kb, id).has(q.roleAsked))
        ? e.mentions
            .filter(
              (m) =>
                m.sentence === s &&
                m.kind !== 'pronoun' &&
                m.kind !== 'demonym' &&
                // "the company" answers "which supplier" only for a body the articles call a supplier,
                // and never "what is the name of…", which asks for a name.
                !(m.kind === 'role' && (q.namesFocus || (q.focusType && q.focus && !roleHeads(kb, id).has(q.focus)))) &&
                !speakerSpans.some((sp) => sp.start <= m.start && m.start < sp.end),
            )
            .map((m) => m.start - sentenceStart)
        : [];
    });
  switch (q.kind) {
    case 'when':
      return [
        ...facts.times
          .filter((t) => t.sentence === s && (!q.asksForDay || t.value.granularity === 'day'))
          .map((t) => t.start - sentenceStart),
        ...[...text.matchAll(CLOCKS)].map((m) => m.index!),
      ].filter((at) => q.asksAboutSaying || !REPORTING_TIME.test(text.slice(Math.max(0, at - 24), at)));
    case 'quantity': {
      // "Can carry 450 passengers": what a thing can hold or do is no count of what it did, unless
      // the question asks for the capacity ("how much can the plant handle").
      const capacities = ASKS_CAPACITY.test(q.text) ? [] : spansUntil(text, CAPACITY, /[,;]\s|\s[—–]\s/);
      const fitting = amountsIn(text).filter((x) => !q.unit || amountFits(text, x, q.unit, q.focus));
      // A sentence that counts the very thing asked about ("318 passengers") answers with that
      // number alone: its other numbers ("two ferries") count other things.
      const focus = q.focus;
      const counting =
        q.unit === 'count' && focus
          ? fitting.filter((x, k) => {
              const next = fitting[k + 1]?.index ?? text.length;
              const after = text.slice(x.index + x.text.length, Math.min(next, x.index + x.text.length + 30));
              return analyze(after).includes(focus);
            })
          : [];
      return (counting.length ? counting : fitting)
        .filter((x) => !capacities.some(([from, to]) => x.index >= from && x.index < to))
        .map((x) => x.index);
    }
    case 'who':
      // A name asked for may be of a thing entities are not read for (a ship, a rocket, a painting): any capitalised word will do.
      return q.namesFocus
        ? [...mentionsOf(false), ...capitalisedWords(q, text, placesIn(facts, s, sentenceStart))]
        : mentionsOf(false);
    case 'where':
      return mentionsOf(true);
    case 'why': {
      // A reason is told after the clause it explains ("opened the gates to protect the dam",
      // "resigned because…") or fronted ("Because…"): a causal word before the question's own
      // words ("the flood came shortly after the operator opened the gates") makes the asked
      // event the reason for something else.
      const first = firstMatch ?? 0;
      return [...text.matchAll(REASONS)].map((m) => m.index!).filter((at) => at > first || at === 0);
    }
    default:
      return [];
  }
}

/**
 * "Which candidate did the outgoing governor endorse?": the one the question describes by a role
 * ("the outgoing governor") is part of the question, not its answer — unless the question only asks
 * who holds the role ("Who is the governor?").
 */
function describedByQuestion(kb: KnowledgeBase, q: AskQuestion, id: number): boolean {
  if (!q.roleWords.length) return false;
  const heads = roleHeads(kb, id);
  return q.roleWords.some((w) => heads.has(w));
}

/** A noun phrase's head, as a term: its last word before a preposition ("analyst" of "analyst at a bank"). */
export function phraseHead(phrase: string): string | undefined {
  return analyze(phrase.split(/\s+(?:of|at|in|for|from|with|on)\s+/i)[0]).at(-1);
}

const roleHeadCache = new WeakMap<KnowledgeBase, Map<number, Set<string>>>();
/** Entities whose role heads are remembered, per knowledge base, before the memo starts again. */
const ROLE_HEADS_KEPT = 20_000;

/** Each role's head ("governor" of "outgoing governor", "analyst" of "analyst at a bank"), as terms. */
export function roleHeads(kb: KnowledgeBase, id: number): Set<string> {
  let cache = roleHeadCache.get(kb);
  if (!cache || cache.size > ROLE_HEADS_KEPT) roleHeadCache.set(kb, (cache = new Map()));
  const known = cache.get(id);
  if (known) return known;
  const heads = new Set<string>();
  cache.set(id, heads);
  for (const r of kb.profile(id).roles) {
    const head = phraseHead(r.text);
    if (head) heads.add(head);
  }
  return heads;
}

/** Where the sentence's place names start (offsets in the sentence): "a mine in eastern X" names where, not what. */
function placesIn(facts: ReturnType<KnowledgeBase['factsOf']>, s: number, sentenceStart: number): number[] {
  return facts.entities.flatMap((e) =>
    e.type === 'place' ? e.mentions.filter((m) => m.sentence === s).map((m) => m.start - sentenceStart) : [],
  );
}

/** "October", "Monday": capitalised, but times, not names. */
function isTimeWord(word: string): boolean {
  return monthNumber(word) !== undefined || WEEKDAY_NAMES.includes(word);
}

/** Runs of capitalised words past the sentence's first that the question does not say: candidate names. */
function capitalisedWords(q: AskQuestion, text: string, places: number[] = []): number[] {
  const said = new Set(q.terms.map((t) => t.term));
  return (
    [...text.matchAll(/(?<=\s)\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+)*/gu)]
      // The asked-about word may be part of the name ("which choir" → "the Ilanga Choir"); other question words may not.
      .filter(
        (m) =>
          !analyze(m[0]).some((t) => said.has(t) && t !== q.focus) && !isTimeWord(m[0]) && !places.includes(m.index!),
      )
      .map((m) => m.index!)
  );
}

/**
 * The sentence whose time a sentence speaks of: its own, or — when it names no time ("That year only
 * 6.8 bcm crossed the border") — the nearest sentence before it in its paragraph that does: news
 * sentences inherit the time of the one before.
 */
function inheritedTimeSentence(kb: KnowledgeBase, a: number, s: number): number {
  const article = kb.articles[a];
  const times = kb.factsOf(a).times;
  const hasTime = (i: number) =>
    times.some((t) => t.sentence === i) ||
    /\b(?:1[89]|20)\d\d\b/.test(article.text.slice(article.sentences[i].start, article.sentences[i].end));
  for (let i = s; i >= 0 && i >= s - 3 && article.sentences[i].paragraph === article.sentences[s].paragraph; i--)
    if (hasTime(i)) return i;
  return s;
}

/** Is the question's time spoken of in the sentence: written there, or the value of one of its dates? */
function dateSaid(
  kb: KnowledgeBase,
  a: number,
  s: number,
  d: { text: string; year?: number; month?: number; day?: number },
): boolean {
  const sentence = kb.articles[a].sentences[s];
  const text = kb.articles[a].text.slice(sentence.start, sentence.end);
  if (new RegExp(`\\b${d.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(text)) return true;
  return kb.factsOf(a).times.some((t) => {
    if (t.sentence !== s || t.value.certainty === 'estimated') return false;
    const label = t.value.label;
    if (d.year) return label.startsWith(String(d.year));
    if (d.month) return new RegExp(`^\\d{4}-${String(d.month).padStart(2, '0')}`).test(label);
    return false;
  });
}

/** Amounts in a text, without the parts of dates (a day of a month, a year). */
export function amountsIn(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (/^(?:1[89]|20)\d\d$/.test(m[0])) continue; // a year
    if (
      monthNumber(/([A-Za-z]+)\.?\s$/.exec(before)?.[1] ?? '') ||
      monthNumber(/^\s([A-Za-z]+)/.exec(after)?.[1] ?? '')
    )
      continue; // a day
    if (/^(?:one|a|half)$/i.test(m[0]) && !/^\s(?:of|in|third|quarter|million|billion)/i.test(after)) continue;
    out.push({ text: m[0], index: m.index! });
  }
  return out;
}
