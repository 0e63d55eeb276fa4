// What a question asks: its kind (who, when, where, how many…), the entities and dates it names,
// its key verb or noun, and the words that must be matched for a sentence to answer it.

import { monthNumber } from '../corpus/months.ts';
import { nlp } from '../extract/nlp.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { analyze, termOf } from '../text/analyzer.ts';
import { phrasalVerbIn } from '../text/synonyms.ts';
import { ORG_ROLE_HEADS, PERSON_ROLE_HEADS, PLACE_ROLE_HEADS } from '../extract/lexicon.ts';
import { isEnglishWord } from '../extract/dictionary.ts';
import { QUESTION_WORDS } from '../text/stopwords.ts';

export type QuestionType = 'who' | 'what' | 'when' | 'where' | 'quantity' | 'why' | 'how' | 'yes-no';

export interface Question {
  text: string;
  type: QuestionType;
  /** The noun the answer is: "company" in "Which company…", "troops" in "How many troops…". */
  focus?: string;
  /** "By when must…", "What is the deadline…": the date asked for is a time limit. */
  deadline?: boolean;
  /** What a quantity is measured in, where the question says: money, a share, a count, a length of time. */
  unit?: 'money' | 'percent' | 'count' | 'duration' | 'distance';
  /** Entities the question names (global ids). */
  entities: number[];
  /** The same, one group per name in the question: a name that fits two entities is either. */
  entityGroups: number[][];
  /** Terms of the entities' names as written in the question. */
  entityTerms: Set<string>;
  /** Dates the question names, as words that must appear: "May", "15", "2022". */
  dates: string[];
  /** Content terms, analysed as in the index, without question words. */
  terms: string[];
  /** The key verb (or, for "Who is X's deputy?", the key noun), analysed. */
  predicate?: string;
  /** "Who did X meet?" asks for the object; "Who won?" for the subject. */
  asksForSubject: boolean;
  /** Entities the question names before its key verb: who acts ("Did the court block…?"). */
  subjects: number[];
  /** The words of a yes-no question's subject that name no entity: "union" in "Did the union block it?". */
  subjectTerms?: string[];
  /** Capitalised names in the question that no article contains. */
  unknownNames: string[];
  /** "What does X say …": the answer is what X said. */
  aboutSpeech: boolean;
}

const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'be', 'been', 'being']);
const QUANTITY_FOCUS = new Map<string, Question['unit']>([
  ['share', 'percent'], ['percentage', 'percent'], ['percent', 'percent'], ['proportion', 'percent'], ['portion', 'percent'],
  ['rate', 'percent'], ['turnout', 'percent'], ['growth', 'percent'], ['inflation', 'percent'],
  ['revenue', 'money'], ['profit', 'money'], ['sales', 'money'], ['price', 'money'], ['cost', 'money'], ['budget', 'money'],
  ['fee', 'money'], ['salary', 'money'], ['pay', 'money'], ['debt', 'money'], ['deficit', 'money'], ['fund', 'money'],
  ['amount', undefined], ['number', 'count'], ['total', undefined], ['sum', 'money'], ['value', 'money'], ['worth', 'money'],
  ['margin', undefined], ['lead', undefined], ['majority', undefined], ['toll', 'count'], ['size', undefined], ['stake', undefined],
]);
/** "How long", "how close", "how big": a measure, in the unit the adjective asks for. */
const HOW_ADJECTIVES = new Map<string, Question['unit']>([
  ['long', 'duration'], ['close', undefined], ['big', undefined], ['large', undefined], ['high', undefined], ['far', 'distance'],
  ['old', 'count'], ['deep', 'distance'], ['wide', 'distance'], ['tall', 'distance'], ['heavy', undefined], ['small', undefined], ['low', undefined], ['fast', undefined],
]);
const SPEECH = new Set(['say', 'tell', 'state', 'claim', 'announce', 'add', 'warn']);
/** Verbs too light to say what a question is about: "How big could sales get?" */
const LIGHT_VERBS = new Set(['get', 'gets', 'got', 'become', 'becomes', 'became', 'seem', 'seems', 'happen', 'happened', 'happens', 'go', 'goes', 'went']);
/** Verbs whose object is an amount of money: "What will it cost?" */
const MONEY_VERBS = new Set(['cost', 'pay', 'spend', 'charg', 'earn', 'borrow', 'rais', 'invest', 'owe', 'sell_for']);

export function parseQuestion(kb: KnowledgeBase, raw: string): Question {
  const text = raw.trim().replace(/\s+/g, ' ').replace(/[?!.]+$/, '');
  const doc = nlp()(text);
  const words = (doc.document[0] ?? []).filter((t: { text: string }) => t.text !== '') as { text: string; normal: string; tags: Set<string> }[];
  const lower = words.map((w) => w.text.toLowerCase().replace(/['’]s$/, ''));
  const q: Question = {
    text, type: 'what', entities: [], entityGroups: [], entityTerms: new Set(), dates: [], terms: [], asksForSubject: false, unknownNames: [], aboutSpeech: false, subjects: [],
  };

  // The kind of question, from its opening words ("By when…", "In what year…" are "when" questions).
  let lead = 0;
  if (/^(?:by|since|until|till|from|in|on|at|for)$/.test(lower[0] ?? '') && /^(?:when|what|which|whom|where|how)$/.test(lower[1] ?? '')) lead = 1;
  if ((lead === 1 && /^(?:by|until|till)$/.test(lower[0])) || /\bdeadline\b/i.test(text)) q.deadline = true;
  const first = lower[lead] ?? '';
  const second = lower[lead + 1] ?? '';
  let bodyStart = lead + 1;
  if (/^(?:who|whom|whose)$/.test(first)) q.type = 'who';
  else if (first === 'when' || (/^(?:what|which)$/.test(first) && /^(?:day|date|year|month|time|week|decade|century)$/.test(second))) q.type = 'when';
  else if (first === 'where') q.type = 'where';
  else if (first === 'why') q.type = 'why';
  else if (first === 'how' && HOW_ADJECTIVES.has(second)) {
    q.type = 'quantity';
    q.unit = HOW_ADJECTIVES.get(second);
    if (second === 'close') q.focus = 'margin'; // "How close was the count?" asks for a margin
    bodyStart = lead + 2;
  } else if (first === 'how' && (second === 'many' || second === 'much')) {
    q.type = 'quantity';
    // "How much is it sold for?" asks for money, "How much did it slow the disease?" for any amount.
    q.unit = second === 'much' ? (/\b(?:cost|costs|pay|paid|spend|spent|sold|sell|worth|charge|price|raise|borrow|lend|invest|owe)\b/i.test(text) ? 'money' : undefined) : 'count';
    const noun = words.slice(lead + 2).find((w) => w.tags.has('Noun') && !w.tags.has('Pronoun'));
    if (noun && second === 'many') q.focus = termOf(noun.text);
    bodyStart = lead + 2;
  } else if (first === 'how') q.type = 'how';
  else if (AUXILIARIES.has(first) && lead === 0) { q.type = 'yes-no'; bodyStart = 0; }
  else if (/^(?:which|what)$/.test(first) && words[lead + 1] && !AUXILIARIES.has(second) && words[lead + 1].tags.has('Noun')) {
    const focusWord = second;
    bodyStart = lead + 2;
    const singular = focusWord.replace(/s$/, '');
    if (QUANTITY_FOCUS.has(focusWord)) {
      q.type = 'quantity';
      q.unit = QUANTITY_FOCUS.get(focusWord);
    } else if (PLACE_ROLE_HEADS.has(focusWord) || PLACE_ROLE_HEADS.has(singular) || /^(?:place|location|venue|site)$/.test(singular)) {
      q.type = 'where';
    } else if (PERSON_ROLE_HEADS.has(focusWord) || PERSON_ROLE_HEADS.has(singular) || ORG_ROLE_HEADS.has(focusWord) || ORG_ROLE_HEADS.has(singular)
      || /^(?:person|man|woman|people|organization|organisation|team|club|side|newspaper)$/.test(singular)) {
      q.type = 'who';
    }
    q.focus = termOf(focusWord);
  }
  // "Who won …?" asks for the subject; "Who did X meet?" for the object.
  q.asksForSubject = q.type === 'who' && !AUXILIARIES.has(second);

  // Entities named in the question: the longest runs of words that are a known name or alias.
  const used = new Set<number>();
  const entityAt: { ids: number[]; at: number }[] = [];
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if ([...Array(n).keys()].some((k) => used.has(i + k))) continue;
      const span = words.slice(i, i + n);
      if (!/^\p{Lu}/u.test(span[0].text) || (i === 0 && QUESTION_WORDS.has(lower[0])) || AUXILIARIES.has(lower[i])) continue;
      const ids = kb.registry.byName(span.map((w) => w.text).join(' '), n === 1);
      if (ids.length === 0) continue;
      for (const id of ids) if (!q.entities.includes(id)) q.entities.push(id);
      q.entityGroups.push([...ids]);
      entityAt.push({ ids, at: i });
      for (let k = 0; k < n; k++) used.add(i + k);
      for (const t of analyze(span.map((w) => w.text).join(' '))) q.entityTerms.add(t);
    }
  }

  // Dates the question names.
  words.forEach((w, i) => {
    if (monthNumber(w.text) && /^\p{Lu}/u.test(w.text) && w.text.length >= 3) {
      q.dates.push(w.text.replace(/\.$/, ''));
      const day = words[i + 1]?.text;
      if (day && /^\d{1,2}$/.test(day)) q.dates.push(day);
      used.add(i);
    } else if (/^(?:19|20)\d\d$/.test(w.text)) {
      q.dates.push(w.text);
      used.add(i);
    }
  });

  // Capitalised words the articles never use: "North Korea" when no article mentions it.
  let run: string[] = [];
  const flush = () => {
    if (run.length && run.some((w) => { const t = termOf(w); return t !== '' && kb.index.documentFrequency(t) === 0; })) q.unknownNames.push(run.join(' '));
    run = [];
  };
  words.forEach((w, i) => {
    const capital = i > 0 && /^\p{Lu}/u.test(w.text) && !used.has(i) && !AUXILIARIES.has(lower[i]) && !QUESTION_WORDS.has(lower[i]) && w.text !== 'I';
    if (capital) run.push(w.text.replace(/['’]s$/, ''));
    else flush();
  });
  flush();

  // A phrasal verb ("set up", "sign off", "take office") is one key word, matched by meaning.
  const phrasal = phrasalVerbIn(text);
  // The key verb: the first verb after the question's opening that is not an auxiliary.
  const body = words.slice(bodyStart);
  // compromise calls an unknown word ("tarsevimab") a verb; a key verb is a word the dictionary knows.
  const isKnownVerb = (w: { text: string }) => isEnglishWord(w.text) && !LIGHT_VERBS.has(w.text.toLowerCase());
  const verbs = body.filter((w, i) => w.tags.has('Verb') && !AUXILIARIES.has(w.text.toLowerCase()) && !used.has(i + bodyStart) && isKnownVerb(w));
  if (verbs.length === 0 && AUXILIARIES.has(lower[bodyStart === 0 ? 0 : 1] ?? '') && !/^(?:is|are|was|were|be)$/.test(lower[bodyStart === 0 ? 0 : 1] ?? '')) {
    // compromise often leaves "raise" in "Why did the bank raise rates" untagged: the verb is the
    // first word after the subject's last noun that reads as a verb after "they".
    const candidates: { w: (typeof words)[number]; beforeObject: boolean }[] = [];
    for (let i = bodyStart + 1; i < words.length; i++) {
      const w = words[i];
      const prev = words[i - 1];
      if (used.has(i) || !/^\p{Ll}/u.test(w.text) || w.tags.has('Value') || !isKnownVerb(w) || !(prev.tags.has('Noun') || prev.tags.has('ProperNoun') || used.has(i - 1))) continue;
      if (prev.tags.has('Pronoun') && !prev.tags.has('Possessive') && !/^(?:he|she|it|they|we|i|you)$/i.test(prev.text)) continue;
      if (nlp()(`they ${w.text}`).verbs().length === 0) continue;
      // The verb stands before its object, a preposition, or the end: "did the wildfire start".
      const next = words[i + 1];
      candidates.push({ w, beforeObject: !next || next.tags.has('Determiner') || next.tags.has('Preposition') || next.tags.has('Possessive') || next.tags.has('Pronoun') || used.has(i + 1) || /^(?:to|off|up|down|out|in|on)$/i.test(next.text) });
    }
    const chosen = candidates.find((c) => c.beforeObject) ?? candidates[0];
    if (chosen) verbs.push(chosen.w);
  }
  let verb = verbs[0];
  if (verb && SPEECH.has(termOf(verb.text)) && verbs[1]) {
    q.aboutSpeech = true;
    verb = verbs[1];
  } else if (verb && SPEECH.has(termOf(verb.text))) {
    q.aboutSpeech = true;
  }
  if (verb && !(q.aboutSpeech && SPEECH.has(termOf(verb.text)))) q.predicate = termOf(verb.text) || undefined;
  if (phrasal) q.predicate = phrasal.term;
  const verbAt = verb ? words.indexOf(verb) : -1;
  if (verbAt > 0) for (const e of entityAt) if (e.at < verbAt) q.subjects.push(...e.ids);
  // "Did the union block …": who is asked about, when it is no name.
  if (q.type === 'yes-no' && verbAt > 1) {
    q.subjectTerms = words.slice(1, verbAt).flatMap((w, i) => (used.has(i + 1) || !w.tags.has('Noun') || w.tags.has('Pronoun') ? [] : analyze(w.text)));
  }
  // "Who is Lisken's deputy?", "What was Corvel's revenue?": the key word is the noun.
  if (!q.predicate) {
    // The head of the subject, before any prepositional phrase: "ruling" in "How close was the
    // ruling in the surveillance case?".
    const firstPreposition = body.findIndex((w, i) => i > 0 && w.tags.has('Preposition') && !used.has(i + bodyStart));
    const head = firstPreposition > 0 ? body.slice(0, firstPreposition) : body;
    const isNoun = (w: (typeof words)[number], i: number) => w.tags.has('Noun') && !w.tags.has('Pronoun') && !used.has(i + bodyStart) && !QUESTION_WORDS.has(w.text.toLowerCase());
    const nouns = head.some(isNoun) ? head.filter(isNoun) : body.filter(isNoun);
    const noun = nouns[nouns.length - 1];
    if (noun) {
      q.predicate = termOf(noun.text) || undefined;
      if (q.type === 'what' && QUANTITY_FOCUS.has(noun.text.toLowerCase())) {
        q.type = 'quantity';
        q.unit = QUANTITY_FOCUS.get(noun.text.toLowerCase());
      }
      if (!(q.type === 'quantity' && first === 'how')) q.focus ??= q.predicate;
    }
  }

  // "What will it cost?": an amount of money. "What was her winning margin?": a number.
  if (q.type === 'what' && q.predicate && MONEY_VERBS.has(q.predicate)) {
    q.type = 'quantity';
    q.unit = 'money';
  }
  if ((q.type === 'what' || (q.type === 'quantity' && !q.focus)) && !q.aboutSpeech) {
    const quantityNoun = body.find((w, i) => !used.has(i + bodyStart) && QUANTITY_FOCUS.has(w.text.toLowerCase()));
    if (quantityNoun) {
      q.type = 'quantity';
      q.unit ??= QUANTITY_FOCUS.get(quantityNoun.text.toLowerCase());
      q.focus = termOf(quantityNoun.text);
    }
  }
  const bodyText = words.slice(bodyStart).map((w) => w.text).join(' ');
  const phraseTerms = new Set(phrasal ? phrasal.words.flatMap((w) => analyze(w)) : []);
  const light = new Set([...LIGHT_VERBS].map((w) => termOf(w)));
  q.terms = [...new Set([...analyze(bodyText).filter((t) => !QUESTION_WORDS.has(t) && !phraseTerms.has(t) && !light.has(t)), ...(phrasal ? [phrasal.term] : [])])];
  return q;
}
