// Proper-name chunks: runs of capitalised words (with the connectors names allow), each split into a
// title and a name, typed as person, organisation or place from its words and its context.
//
// compromise tags every token; we trust its lexicon (first names, countries, cities, organisations)
// and its part-of-speech tags, but decide name boundaries and types with rules of our own, because
// compromise alone makes people of lower-case verbs, cuts two-word names short, and takes a word
// that opens a sentence or a quotation for a name.

import { isPersonNoun } from '../text/wordnet.ts';
import type { Span } from '../corpus/article.ts';
import { MONTH_ABBREVIATIONS } from '../corpus/months.ts';
import { anyOf, pattern } from '../text/pattern.ts';
import type { EntityType } from './facts.ts';
import {
  MONTHS_AND_DAYS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NEWS_AGENCIES,
  ORG_ROLE_HEADS,
  ORG_NAME_HEADS,
  PERSON_ROLE_HEADS,
  PLACE_NAME_HEADS,
  PLACE_NAME_PREFIXES,
  PLACE_ROLE_HEADS,
  SPEECH_AFTER_NAME,
  SPEECH_BEFORE_NAME,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  speechVerbBase,
} from './lexicon.ts';
import { nlpModel } from './nlp.ts';
import { isEnglishWord } from './dictionary.ts';
import { atClauseStart, type Token } from './tokens.ts';

const LEXICON = nlpModel().one.lexicon;

/** Capitalised head words of organisation names: compromise's list, plus common news ones. */
export const ORG_NAME_WORDS = new Set<string>([...Object.keys(nlpModel().two.orgWords ?? {}), ...ORG_NAME_HEADS]);

/** Last words of named periods and events. */
const EVENT_NAME_HEADS = new Set([
  'war',
  'revolution',
  'spring',
  'crisis',
  'olympics',
  'games',
  'pandemic',
  'depression',
  'holocaust',
]);

/** Capitalised head words of place names: compromise's geographic list, plus urban ones. */
export const PLACE_NAME_WORDS = new Set<string>([...Object.keys(nlpModel().two.placeWords ?? {}), ...PLACE_NAME_HEADS]);

function lexiconTags(word: string): string[] {
  const t = LEXICON[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];

export const isKnownPlace = (w: string) => lexiconTags(w).some((t) => PLACE_TAGS.includes(t));
export const isKnownOrganization = (w: string) => lexiconTags(w).includes('Organization');
export const isFirstName = (t: Token) =>
  t.tags.has('FirstName') ||
  lexiconTags(bare(t)).some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName');
/** A common English word rather than a name: "Cold", "War", "Revenue" (but not "Kelly", a first name too). */
const isCommonWord = (w: string) => {
  const tags = lexiconTags(w);
  if (tags.some((t) => NAME_TAGS.includes(t) || PLACE_TAGS.includes(t) || t === 'Organization' || t === 'ProperNoun'))
    return false;
  return tags.length > 0 || isEnglishWord(w);
};

/** Token text without a possessive ending or an abbreviation's period, lower case. */
export function bare(t: Token): string {
  return t.text
    .replace(/(?:['’]s|['’])$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

const isAllCaps = (t: Token) =>
  /^\p{Lu}[\p{Lu}.&]+$/u.test(t.text.replace(/['’]s$/, '')) && /\p{Lu}.*\p{Lu}/u.test(t.text);
const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);
const STOP_AFTER = /[,;:()“”"!?[\]]|[.]\s/;

/** Acronyms of things, not of organisations: "MRI scans", "the CEO", "GDP". */
const GENERIC_ACRONYMS = new Set([
  'ceo',
  'cfo',
  'coo',
  'cto',
  'gdp',
  'gnp',
  'ipo',
  'mri',
  'ct',
  'dna',
  'rna',
  'hiv',
  'aids',
  'covid',
  'ai',
  'it',
  'tv',
  'pc',
  'suv',
  'ev',
  'lng',
  'lgbt',
  'lgbtq',
  'vat',
  'pm',
  'am',
  'ok',
  'phd',
  'mp',
  'mps',
  'mep',
  'meps',
  'icu',
  'er',
  'gps',
  'sms',
  'pdf',
  'url',
  'faq',
  'diy',
  'rsvp',
  'asap',
  'eta',
  'vip',
  'ipr',
  'fx',
  'esg',
  'etf',
  'ipos',
]);

/** Country-like acronyms whose type is not in doubt. */
const FIXED_ACRONYMS: Record<string, EntityType> = {
  'u.s': 'place',
  us: 'place',
  usa: 'place',
  'u.k': 'place',
  uk: 'place',
  'u.n': 'organization',
  un: 'organization',
  eu: 'organization',
  'e.u': 'organization',
  nato: 'organization',
  uae: 'place',
};

export interface NameChunk extends Span {
  sentence: number;
  /** Token indexes of the name itself, title excluded. */
  first: number;
  last: number;
  possessive: boolean;
  title?: { first: number; last: number } & Span;
  /** The chunk is a title with no name ("the Foreign Minister said"). */
  titleOnly?: boolean;
  /** Evidence for each type, weighed: strong 3, medium 2, weak 1. */
  score: Record<EntityType, number>;
  /** An acronym given in parentheses right after the name: "(UNECE)". */
  acronym?: { token: number } & Span;
  /** This chunk is the acronym of another chunk (index into the chunk list). */
  acronymOf?: number;
  demonym?: boolean;
  /** An acronym of a common term ("AI"), not a name. */
  notName?: boolean;
}

export function nameText(text: string, c: Span): string {
  return text.slice(c.start, c.end);
}

/** Finds name chunks in every sentence. */
export function findNameChunks(text: string, tokens: Token[], sentenceTokens: [number, number][]): NameChunk[] {
  const capitalisedMidClause = new Set<string>();
  const standsAlone = new Set<string>();
  const lowerCaseWords = new Set<string>();
  tokens.forEach((t, i) => {
    if (/^\p{Ll}/u.test(t.text)) lowerCaseWords.add(bare(t));
    if (isCapitalized(t) && !atClauseStart(tokens, i)) capitalisedMidClause.add(bare(t));
    if (isCapitalized(t) && !t.possessive) standsAlone.add(bare(t));
  });
  const isNameToken = (i: number): boolean => {
    const t = tokens[i];
    if (!isCapitalized(t) || t.text === 'I') return false;
    const w = bare(t);
    if (MONTHS_AND_DAYS.has(w) && !opensHyphenatedName(tokens, i) && !monthWordEndsName(tokens, i)) return false;
    if (isAllCaps(t)) return true;
    if (!atClauseStart(tokens, i)) return true;
    if (lexiconTags(w).some((x) => NAME_TAGS.includes(x) || PLACE_TAGS.includes(x) || x === 'Organization'))
      return true;
    if (capitalisedMidClause.has(w)) return true;
    const next = tokens[i + 1];
    // "Finance Minister Oskar Brandt" at the start of a sentence: a title before a name.
    // A modifier only counts before a title word: "Under Secretary …" is a title, "Under the
    // company's rules" or "Under Norvale's …" a preposition.
    if (
      (TITLE_HEADS.has(w) ||
        (TITLE_MODIFIERS.has(w) && next && (TITLE_HEADS.has(bare(next)) || TITLE_MODIFIERS.has(bare(next))))) &&
      next &&
      next.sentence === t.sentence &&
      isCapitalized(next) &&
      !STOP_AFTER.test(t.post)
    )
      return true;
    // "Park Ha-eun and her colleagues": a short family name that is also a word, opening a
    // sentence before a hyphenated given name of two syllables.
    const syllable = tokens[i + 2];
    if (
      next &&
      syllable &&
      next.sentence === t.sentence &&
      /^\p{Lu}\p{Ll}{1,4}$/u.test(t.text) &&
      /^\s+$/.test(t.post) &&
      next.post === '-' &&
      /^\p{Lu}\p{Ll}{1,3}$/u.test(next.text) &&
      /^\p{Ll}{2,4}$/u.test(syllable.text) &&
      joinsAcrossHyphen(next, syllable) &&
      !['Determiner', 'Pronoun', 'Preposition', 'Conjunction'].some((tag) => t.tags.has(tag))
    )
      return true;
    // "Nana Ama Sarpong, chief economist, said": a given name that is also a word, opening a
    // sentence before two more names, when the article never writes it in lower case.
    const after = tokens[i + 2];
    if (
      next &&
      after &&
      next.sentence === t.sentence &&
      after.sentence === t.sentence &&
      !STOP_AFTER.test(t.post) &&
      !STOP_AFTER.test(next.post) &&
      isCapitalized(next) &&
      isCapitalized(after) &&
      [next, after].every((x) => x.tags.has('ProperNoun') || isFirstName(x)) &&
      t.tags.has('Singular') &&
      !t.tags.has('Verb') &&
      !t.tags.has('Adjective') &&
      !lowerCaseWords.has(w) &&
      !PERSON_ROLE_HEADS.has(w) &&
      !ORG_NAME_WORDS.has(w) &&
      !PLACE_NAME_WORDS.has(w) &&
      !PLACE_NAME_PREFIXES.has(w)
    )
      return true;
    // A word no dictionary knows, at the start of a sentence, is a name: "Valhydro, the state utility, said".
    if (!isEnglishWord(w) && !t.tags.has('Pronoun') && !t.tags.has('Determiner') && /^\p{L}+$/u.test(w)) return true;
    return (
      !!next &&
      next.sentence === t.sentence &&
      isCapitalized(next) &&
      !isCommonWord(w) &&
      !STOP_AFTER.test(t.post) &&
      !t.tags.has('Determiner') &&
      !t.tags.has('Preposition') &&
      !t.tags.has('Conjunction') &&
      !t.tags.has('Pronoun') &&
      !t.tags.has('Adverb')
    );
  };

  const chunks: NameChunk[] = [];
  for (const [from, to] of sentenceTokens) {
    let i = from;
    while (i < to) {
      if (!isNameToken(i)) {
        i++;
        continue;
      }
      let j = i;
      // Once a name has gone on past an organisation word with "of" or "for" ("Organization for
      // Security and Co-operation in Europe", "Ministry of Trade and Industry"), "and" and "in" join too.
      let complement = false;
      while (j + 1 < to) {
        const post = tokens[j].post;
        const next = tokens[j + 1];
        if (tokens[j].possessive) {
          // "St. Bride’s Hospital", "the Dalvanian Mineworkers’ Union": a possessive inside a name —
          // unless the word is a name of its own elsewhere ("Kesic's Party of National Unity").
          if (
            isNameToken(j + 1) &&
            (ORG_NAME_WORDS.has(bare(next)) || PLACE_NAME_WORDS.has(bare(next))) &&
            !standsAlone.has(bare(tokens[j]))
          ) {
            j++;
            continue;
          }
          break;
        }
        const abbreviationDot =
          /^\.\s*$/.test(post) &&
          (tokens[j].tags.has('Honorific') ||
            tokens[j].tags.has('Abbreviation') ||
            ABBREVIATED_WORDS.has(bare(tokens[j])) ||
            /^\p{Lu}$/u.test(tokens[j].text));
        if (!abbreviationDot && (STOP_AFTER.test(post) || /[.]$/.test(post.trim()) || /[(“"‘[]/.test(next.pre))) break;
        if (post === '-' && joinsAcrossHyphen(tokens[j], next, j > i)) {
          j++;
          continue;
        }
        if (isNameToken(j + 1) && !(post.includes('-') && !isCapitalized(next))) {
          j++;
          continue;
        }
        const w = next.text.toLowerCase();
        const after = j + 2 < to ? j + 2 : -1;
        if (after > 0 && isNameToken(after) && !STOP_AFTER.test(next.post)) {
          if (NAME_PARTICLES.has(w) && !NAME_CONNECTORS.has(w)) {
            j += 2;
            continue;
          }
          if (
            (w === 'of' || w === 'for' || w === 'des' || w === 'de' || w === 'du' || w === 'on' || w === '&') &&
            hasOrgOrPlaceWord(tokens, i, j)
          ) {
            complement ||= w === 'of' || w === 'for';
            j += 2;
            continue;
          }
          if (complement && (w === 'and' || w === 'in')) {
            j += 2;
            continue;
          }
          // "the Conciliation and Arbitration Service", "The Competition and Consumer Protection
          // Authority": one or two words, "and", then a name ending in an organisation word.
          if (
            w === 'and' &&
            j - i <= 1 &&
            !!tokens[i - 1] &&
            tokens[i - 1].sentence === tokens[i].sentence &&
            (tokens[i - 1].tags.has('Determiner') ||
              (tokens[i - 1].tags.has('Adjective') && /^\p{Ll}/u.test(tokens[i - 1].text))) &&
            !hasOrgOrPlaceWord(tokens, i, j) &&
            !isFirstName(tokens[i])
          ) {
            let k = after;
            while (k + 1 < to && k - after < 3 && isNameToken(k + 1) && !STOP_AFTER.test(tokens[k].post)) k++;
            if (ORG_NAME_WORDS.has(bare(tokens[k])) && k > after - 1) {
              j += 2;
              continue;
            }
          }
        }
        // "al-Mansouri", "bin Tariq": a lower-case particle joined by a hyphen to a capitalised name.
        if (after > 0 && NAME_PARTICLES.has(w) && next.post === '-' && isCapitalized(tokens[after])) {
          j += 2;
          continue;
        }
        // "Maarten van der Berg", "Juana de la Vega": two particles between a given name and the
        // family name (a connector such as "de" opens the pair only after a given name).
        const particles = particleRunEnd(tokens, j + 1, to);
        if (
          particles > j + 2 &&
          particles < to &&
          isCapitalized(tokens[particles]) &&
          isNameToken(particles) &&
          (!NAME_CONNECTORS.has(w) || isFirstName(tokens[j]))
        ) {
          j = particles;
          continue;
        }
        break;
      }
      chunks.push(makeChunk(tokens, i, j));
      i = j + 1;
    }
  }
  defineAcronyms(text, tokens, chunks);
  for (const c of chunks) splitTitle(tokens, c);
  return chunks;
}

/**
 * "Mai-Linh", "Jan-Erik": a month's name joined by a hyphen to a capitalised word that is no month
 * (a range such as "April-June" is) opens a hyphenated given name.
 */
function opensHyphenatedName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i].post !== '-' || !next || next.sentence !== tokens[i].sentence || /\d/.test(next.text)) return false;
  if (isCapitalized(next)) return !MONTHS_AND_DAYS.has(bare(next));
  // "Kim Jun-seo": after a family name, a month's short form joined to a lower-case syllable is
  // the first half of a given name.
  const before = tokens[i - 1];
  return (
    !!before &&
    before.sentence === tokens[i].sentence &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(before.text) &&
    /^\s+$/.test(before.post) &&
    /^\p{Ll}{2,5}$/u.test(next.text) &&
    joinsAcrossHyphen(tokens[i], next)
  );
}

/**
 * The token after a run of up to two lower-case name particles starting at k ("van der", "de la"),
 * each followed by a space only; k itself when none is there.
 */
export function particleRunEnd(tokens: Token[], k: number, to = tokens.length): number {
  let m = k;
  while (
    m < to &&
    m - k < 2 &&
    NAME_PARTICLES.has(tokens[m].text) &&
    /^\s+$/.test(tokens[m].post) &&
    tokens[m].sentence === tokens[k].sentence
  )
    m++;
  return m;
}

/** Abbreviations whose period does not end a name: "St. Bride’s", "Mt. Elgon". */
const ABBREVIATED_WORDS = new Set([
  'st',
  'mt',
  'ft',
  'dr',
  'gen',
  'gov',
  'sen',
  'rep',
  'sgt',
  'lt',
  'col',
  'capt',
  'prof',
  'jr',
  'sr',
  'mr',
  'mrs',
  'ms',
  // abbreviated given names: "Md. Karim", "Mohd. Faiz"
  'md',
  'mohd',
]);
const HYPHEN_PREFIXES = new Set(['co', 'vice', 'ex', 'pre', 'post', 'non', 'anti', 'pro', 'inter', 'trans', 'mid']);

/**
 * "Wali Jan", "Ahmad Jan": a month's short form right after a capitalised name, with no day or
 * year after it, ends the name rather than dating anything (a weekday there is a date: "said Smith
 * Tuesday").
 */
function monthWordEndsName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    MONTH_ABBREVIATIONS.includes(t.text.toLowerCase()) &&
    !!prev &&
    prev.sentence === t.sentence &&
    /^ $/.test(prev.post) &&
    isCapitalized(prev) &&
    !MONTHS_AND_DAYS.has(bare(prev)) &&
    !/\.$/.test(t.post.trim() || t.text) &&
    !(next && next.sentence === t.sentence && /^\d/.test(next.text))
  );
}

/**
 * Does a name go on across a hyphen? "Ji-hoon", "Soo-yeon" (the second part is no English word),
 * "Jean-Pierre", "Co-operation"; but not "Bay-based" or "Nations-brokered".
 */
function joinsAcrossHyphen(left: Token, right: Token, inName = false): boolean {
  if (!isCapitalized(left) || left.sentence !== right.sentence) return false;
  if (isCapitalized(right)) return true;
  if (HYPHEN_PREFIXES.has(left.text.toLowerCase())) return true;
  // "Ji-won", "Seo-yeon", "Eun-young": two short syllables of a given name, the first no English
  // word, even when the second is one ("won", "young"). After a family name ("Lau Ka-yan", "Chan
  // Tai-man") the first syllable may be one too: a name is already under way.
  if (
    /^\p{Lu}\p{Ll}{1,3}$/u.test(left.text) &&
    /^\p{Ll}{2,5}(?:['’]s)?$/u.test(right.text) &&
    (inName ? !COMPOUND_WORDS.has(right.text) : !isEnglishWord(left.text))
  )
    return true;
  // A second part that compromise reads as a verb or adjective ("-based", "-led", "-brokered") or a
  // word that makes compounds ("-style", "-era") is no part of a name.
  return (
    /^\p{Ll}{2,6}$/u.test(right.text) &&
    !COMPOUND_WORDS.has(right.text) &&
    !['Verb', 'Adjective', 'Adverb', 'Preposition', 'Value'].some((tag) => right.tags.has(tag)) &&
    lexiconTags(right.text).length === 0
  );
}

const COMPOUND_WORDS = new Set([
  'style',
  'era',
  'based',
  'led',
  'run',
  'born',
  'made',
  'wide',
  'free',
  'type',
  'class',
  'level',
  'area',
  'like',
  'owned',
  'backed',
  'linked',
  'bound',
  'side',
  'year',
  'day',
  'week',
  'month',
  'old',
  'long',
  'scale',
  'size',
  'term',
]);

function hasOrgOrPlaceWord(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) {
    const w = bare(tokens[k]);
    if (
      ORG_NAME_WORDS.has(w) ||
      PLACE_NAME_WORDS.has(w) ||
      w === 'palais' ||
      w === 'minister' ||
      w === 'secretary' ||
      w === 'head'
    )
      return true;
  }
  return false;
}

function makeChunk(tokens: Token[], first: number, last: number): NameChunk {
  const lastToken = tokens[last];
  return {
    sentence: tokens[first].sentence,
    first,
    last,
    start: tokens[first].start,
    end: lastToken.possessive ? lastToken.baseEnd : lastToken.end,
    possessive: lastToken.possessive,
    score: { person: 0, organization: 0, place: 0 },
  };
}

/**
 * "United Nations Economic Commission for Europe (UNECE)": the letters of an acronym in parentheses
 * name the words before it. Those words become one chunk (joining chunks split by "and" or "in"),
 * and the acronym a chunk of its own that refers to it.
 */
function defineAcronyms(text: string, tokens: Token[], chunks: NameChunk[]) {
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    if (c.first !== c.last) continue;
    const t = tokens[c.first];
    if (!/\(\s*$/.test(t.pre) || !/^\s*\)/.test(t.post)) continue;
    const letters = t.text.replace(/[.&]/g, '');
    if (letters.length < 2 || letters.length > 8 || !/^\p{Lu}/u.test(letters)) continue;
    // Walk back over the words before "(", matching letters from the end.
    let k = c.first - 1;
    let li = letters.length - 1;
    let firstToken = -1;
    while (k >= 0 && tokens[k].sentence === t.sentence && li >= 0) {
      const w = tokens[k].text;
      const initial = w[0];
      if (initial.toLowerCase() === letters[li].toLowerCase()) {
        li--;
        firstToken = k;
      } else if (
        !/^(?:of|for|and|the|on|in|des|de|du|la|&)$/i.test(w) &&
        !(tokens[k].post === '-' || tokens[k - 1]?.post === '-')
      ) {
        break;
      }
      k--;
    }
    if (li >= 0 || firstToken < 0) continue;
    if (!isCapitalized(tokens[firstToken])) {
      // "artificial intelligence (AI)": a term, not a name; nor is "AI" anywhere else in the article.
      const term = t.text;
      for (const o of chunks)
        if (o.first === o.last && tokens[o.first].text.replace(/['’]s$/, '') === term) o.notName = true;
      continue;
    }
    // Merge the chunks inside [firstToken, c.first - 1] into one.
    const inside = chunks.filter((o) => o !== c && o.first >= firstToken && o.last < c.first);
    if (inside.length === 0) continue;
    const merged = makeChunk(tokens, firstToken, c.first - 1);
    merged.acronym = { token: c.first, start: t.start, end: t.end };
    const at = chunks.indexOf(inside[0]);
    chunks.splice(at, inside.length, merged);
    const acronymIndex = chunks.indexOf(c);
    c.acronymOf = at;
    ci = acronymIndex;
  }
}

/** Splits a leading title from the name: "Defence Minister | Pavel Orlin", "Dr. | Samuel Adjei". */
function splitTitle(tokens: Token[], c: NameChunk) {
  let h = -1;
  // "Kaldmark Chief Executive Ingrid Halvorsen": a name (not a given name) before a title says whose it is.
  let from = c.first;
  while (
    from < c.last &&
    from - c.first < 2 &&
    !isFirstName(tokens[from]) &&
    !TITLE_HEADS.has(bare(tokens[from])) &&
    !TITLE_MODIFIERS.has(bare(tokens[from])) &&
    !tokens[from].tags.has('Honorific') &&
    isCapitalized(tokens[from])
  )
    from++;
  if (from > c.first) {
    let k = from;
    while (k < c.last && (TITLE_MODIFIERS.has(bare(tokens[k])) || TITLE_HEADS.has(bare(tokens[k])))) k++;
    const head = k > from && TITLE_HEADS.has(bare(tokens[k - 1])) && isFirstName(tokens[k]);
    if (!head) from = c.first;
  }
  for (let k = from; k <= c.last; k++) {
    const t = tokens[k];
    const w = bare(t);
    const isHead = TITLE_HEADS.has(w) || t.tags.has('Honorific');
    // "CBV Governor", "IMF chief": an acronym before a title says whose title it is.
    const isModifier = TITLE_MODIFIERS.has(w) || t.tags.has('Actor') || (k === c.first && isAllCaps(t) && k < c.last);
    if (isHead) h = k;
    else if (!isModifier) break;
  }
  if (h < 0) return;
  if (h === c.last) {
    if (tokens.slice(c.first, c.last + 1).every((t) => TITLE_HEADS.has(bare(t)) || TITLE_MODIFIERS.has(bare(t))))
      c.titleOnly = true;
    return;
  }
  const rest = tokens.slice(h + 1, c.last + 1);
  // "Minister of Trade and Industry": the title's own complement, no name.
  if (/^\p{Ll}/u.test(rest[0].text)) {
    // …unless a given name follows the complement: "Minister of Finance Ana Silva".
    const given = rest.findIndex((t, n) => n >= 2 && isFirstName(t) && /^\p{Lu}/u.test(t.text) && n < rest.length - 1);
    if (given < 0) {
      c.titleOnly = true;
      return;
    }
    h += given;
  }
  const lastRest = bare(rest[rest.length - 1]);
  // "General Motors", "Union Park"; but "Mayor Hye-jin Park": a given name after a title of a person.
  const givenName =
    rest.length > 1 &&
    (isFirstName(rest[0]) || !isEnglishWord(bare(rest[0])) || rest[0].post === '-') &&
    PERSON_ROLE_HEADS.has(bare(tokens[h])) &&
    !/^(?:general|chief|head|director)$/.test(bare(tokens[h]));
  if (!givenName && (ORG_NAME_WORDS.has(lastRest) || (rest.length > 1 && PLACE_NAME_WORDS.has(lastRest)))) return;
  c.title = { first: c.first, last: h, start: tokens[c.first].start, end: tokens[h].end };
  c.first = h + 1;
  c.start = tokens[c.first].start;
}

const GOVERNMENT_NOUNS = new Set([
  'minister',
  'president',
  'prime',
  'capital',
  'government',
  'provinces',
  'province',
  'regions',
  'labour',
  'labor',
  'interior',
  'justice',
  'trade',
  'transport',
  'education',
  'environment',
  'agriculture',
  'police',
  'courts',
  'supreme',
  'constitutional',
  'ministry',
  'ministries',
  'currency',
  'opposition',
  'northern',
  'southern',
  'eastern',
  'western',
  'military',
  'army',
  'navy',
  'economy',
  'people',
  'parliament',
  'border',
  'territory',
  'foreign',
  'defence',
  'defense',
  'energy',
  'state',
  'central',
  'national',
  'embassy',
  'ambassador',
  'troops',
  'forces',
  'citizens',
  'leader',
  'cabinet',
  'coast',
  'north',
  'south',
  'east',
  'west',
  'largest',
  'biggest',
  'election',
  'electoral',
  'constitution',
  'health',
  'finance',
]);
/** Institution words that name nothing alone, only inside a longer name. */
const INCOMPLETE_NAMES = new Set([
  'hospital',
  'union',
  'trust',
  'group',
  'company',
  'school',
  'college',
  'office',
  'department',
  'board',
  'fund',
  'agency',
  'holdings',
  'partners',
  'capital',
  'press',
]);

/** What a company has: "Hanbit's shares", "Corvel's chief executive". */
const COMPANY_NOUNS = new Set([
  'shares',
  'stock',
  'revenue',
  'revenues',
  'profit',
  'profits',
  'sales',
  'earnings',
  'board',
  'chairman',
  'executive',
  'ceo',
  'cfo',
  'employees',
  'staff',
  'headquarters',
  'products',
  'drug',
  'drugs',
  'factory',
  'factories',
  'plant',
  'plants',
  'subsidiary',
  'takeover',
  'shareholders',
  'investors',
  'customers',
  'stores',
  'brand',
  'brands',
  'market',
  'valuation',
  'owners',
  'founder',
]);
const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'across',
  'around',
  'outside',
  'inside',
  'into',
  'towards',
  'toward',
  'throughout',
  'via',
  'across',
  'within',
]);

/** Gathers type evidence for each chunk from its words and its context. */
export function scoreChunks(text: string, tokens: Token[], chunks: NameChunk[]) {
  for (const c of chunks) {
    if (c.titleOnly) continue;
    const words = tokens.slice(c.first, c.last + 1);
    const lowers = words.map(bare);
    const s = c.score;
    const n = words.length;
    const joined = lowers.join(' ');
    const first = words[0];
    const lastWord = lowers[n - 1];

    if (c.title) s.person += 3;
    if (FIXED_ACRONYMS[joined]) s[FIXED_ACRONYMS[joined]] += 4;
    if (
      (n >= 2 || isAllCaps(first)) &&
      lowers.some((w) => ORG_NAME_WORDS.has(w)) &&
      !(n >= 2 && isFirstName(first) && !ORG_NAME_WORDS.has(lastWord))
    )
      s.organization += ORG_NAME_WORDS.has(lastWord) ? 3.5 : 3;
    if (n === 1 && INCOMPLETE_NAMES.has(lastWord) && !c.title) c.demonym = true; // "Hospital", "Union" alone name nothing
    if (n >= 2 && (PLACE_NAME_WORDS.has(lastWord) || PLACE_NAME_PREFIXES.has(lowers[0]))) s.place += 3;
    if (n === 1 && NEWS_AGENCIES.has(joined)) s.organization += 4;
    if (n >= 2 && isFirstName(first)) s.person += 3;
    else if (n >= 2 && words[n - 1].tags.has('LastName') && lexiconTags(lastWord).includes('LastName')) s.person += 2;
    if (isKnownPlace(joined)) s.place += 3;
    if (isKnownOrganization(joined)) s.organization += 3;
    if (n === 1 && isAllCaps(first) && !FIXED_ACRONYMS[joined] && !GENERIC_ACRONYMS.has(joined.replace(/\./g, '')))
      s.organization += 1;
    if (GENERIC_ACRONYMS.has(joined.replace(/\./g, ''))) c.notName = true;
    // "the Cold War", "World War Two", "the Arab Spring": named periods and events, not bodies or places.
    if (n >= 2 && (EVENT_NAME_HEADS.has(lastWord) || /\bwar$/.test(lowers.slice(0, -1).join(' ')))) c.notName = true;
    if (c.acronym) s.organization += 1;
    if (
      n >= 2 &&
      n <= 3 &&
      lowers.every((w) => !isCommonWord(w) && !ORG_NAME_WORDS.has(w) && !PLACE_NAME_WORDS.has(w)) &&
      words.every((t) => !isAllCaps(t))
    )
      s.person += 1;
    // A family name's lower-case particle ("Lotte van der Berg", "Omar bin Rashid") inside an
    // otherwise short name with no word of a body or a place is a person's.
    const inner = words.slice(1, -1);
    if (
      !NAME_PARTICLES.has(lowers[0]) &&
      // (a hyphened article, "al-" or "el-", opens place names as often: "Qasr al-Nur")
      inner.some((t) => NAME_PARTICLES.has(t.text) && !NAME_CONNECTORS.has(t.text) && /^\s+$/.test(t.post)) &&
      n - inner.filter((t) => NAME_PARTICLES.has(t.text)).length <= 3 &&
      lowers.every((w) => !ORG_NAME_WORDS.has(w) && !PLACE_NAME_WORDS.has(w)) &&
      /^\p{Lu}/u.test(words[n - 1].text)
    )
      s.person += 2;
    // A capitalised common word alone ("Telegram messaging app", "Cold War") is no name of its own.
    if (n === 1 && !c.title && isCommonWord(lowers[0]) && !isAllCaps(first) && !isKnownPlace(lowers[0]))
      c.demonym = true;

    // Context before: a lower-case role ("former finance minister Samir Haddad", "state utility Valhydro").
    const before = roleBefore(tokens, c.first);
    if (before) {
      const head = bare(tokens[before.head]);
      if (PERSON_ROLE_HEADS.has(head)) s.person += 3;
      else if (ORG_ROLE_HEADS.has(head)) s.organization += 3;
      else if (PLACE_ROLE_HEADS.has(head)) s.place += 3;
      else if (isPersonNoun(head)) s.person += 3;
    }
    const prev = tokens[c.first - 1];
    const prevSameSentence = prev && prev.sentence === tokens[c.first].sentence;
    if (prevSameSentence && LOCATIVE.has(prev.text.toLowerCase()) && !STOP_AFTER.test(prev.post))
      s.place += n === 1 ? 1 : 0.5;
    // "a public meeting at the Neuadd Goffa": words of no known kind after "at the" name a place,
    // never a person (a person is not "the Ada Marrow").
    const prev2 = tokens[c.first - 2];
    if (
      prevSameSentence &&
      /^the$/.test(prev.text) &&
      prev2 &&
      prev2.sentence === prev.sentence &&
      LOCATIVE.has(prev2.text.toLowerCase()) &&
      n >= 2 &&
      s.person <= 1 &&
      s.organization === 0 &&
      s.place === 0 &&
      !c.title &&
      !c.acronym &&
      !/^(?:cup|trophy|festival|championship|championships|games|prize|awards|open|league)$/.test(lastWord)
    )
      s.place += 2;
    // "the border town of Brask", "the district of Colva"
    if (
      prevSameSentence &&
      prev.text.toLowerCase() === 'of' &&
      tokens[c.first - 2] &&
      PLACE_ROLE_HEADS.has(bare(tokens[c.first - 2]))
    )
      s.place += 3;
    // A possessive country before a name: "China’s Xi Jinping".
    if (prevSameSentence && prev.possessive && isKnownPlace(bare(prev)) && n >= 2 && !s.organization) s.person += 2;

    // Context after.
    const next = tokens[c.last + 1];
    const nextSameSentence = next && next.sentence === tokens[c.last].sentence;
    if (c.possessive && nextSameSentence) {
      const nw = bare(next);
      if (COMPANY_NOUNS.has(nw)) s.organization += 2;
      else if (GOVERNMENT_NOUNS.has(nw) || TITLE_MODIFIERS.has(nw)) s.place += 2;
    }
    if (nextSameSentence && !c.possessive && !STOP_AFTER.test(tokens[c.last].post) && /^\p{Ll}/u.test(next.text)) {
      const nw = bare(next);
      if (ORG_ROLE_HEADS.has(nw) && !PERSON_ROLE_HEADS.has(nw)) s.organization += 3;
      else if (PLACE_ROLE_HEADS.has(nw)) s.place += 2;
    }
    if (nextSameSentence && !c.possessive && !STOP_AFTER.test(tokens[c.last].post) && n === 1) {
      const nw = next.text;
      if (/^\p{Ll}/u.test(nw) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !speechVerbBase(nw))
        c.demonym = true;
    }
    if (nextSameSentence && /^,/.test(tokens[c.last].post)) {
      const ap = appositiveAfter(tokens, c.last);
      if (ap) {
        const head = bare(tokens[ap.head]);
        if (PERSON_ROLE_HEADS.has(head) || (tokens[ap.head].tags.has('Actor') && !ORG_ROLE_HEADS.has(head)))
          s.person += 3;
        else if (ORG_ROLE_HEADS.has(head)) s.organization += 3;
        else if (PLACE_ROLE_HEADS.has(head)) s.place += 3;
        // "Ada Marrow, a guide who…": a noun WordNet knows as a person's beyond the role list.
        else if (isPersonNoun(head)) s.person += 3;
        // "Daw Khin Sandar Win, an opposition member of the committee, said": a name of several words
        // that speaks past its appositive, as one that speaks right after it (below), is a person's.
        const after = tokens[ap.end + 1];
        if (
          n >= 2 &&
          after?.sentence === tokens[c.last].sentence &&
          /^,\s*$/.test(tokens[ap.end].post) &&
          speechVerbBase(after.text) &&
          !s.organization &&
          !s.place &&
          !s.person
        )
          s.person += 1;
      }
    }
    // A role, then a comma, then the name: "the commission’s … vice chairman, Liu Hanwen".
    if (prevSameSentence && /^,\s*$/.test(prev.post)) {
      const r = roleBefore(tokens, c.first - 1, true);
      if (r && PERSON_ROLE_HEADS.has(bare(tokens[r.head]))) s.person += 3;
    }
    // A subject that speaks: "Liu Hanwen said"; one named after the verb: "said Rein Kask".
    if (n >= 2 && nextSameSentence && speechVerbBase(next.text) && !s.organization && !s.place) s.person += 1;
    if (n >= 2 && prevSameSentence && SPEECH_BEFORE_NAME.has(prev.text.toLowerCase()) && !s.organization && !s.place)
      s.person += 1;
    // "Amina Rashid, 52, chairs the cooperative": an age set off by commas after a name is a person's.
    if (
      nextSameSentence &&
      !c.possessive &&
      /^,\s*$/.test(tokens[c.last].post) &&
      /^\d{1,3}$/.test(next.text) &&
      +next.text > 0 &&
      +next.text < 120 &&
      /^,/.test(next.post)
    )
      s.person += 3;
    // "…, who chairs the association", "…, whose daughter": relative pronouns of people.
    if (nextSameSentence && /^,\s*$/.test(tokens[c.last].post) && /^(?:who|whose)$/i.test(next.text) && !c.possessive)
      s.person += 2;
    // "…, Maarja, told reporters": a single name set off by commas as the subject of a speech verb.
    if (
      n === 1 &&
      prevSameSentence &&
      /,\s*$/.test(prev.post) &&
      /^,\s*$/.test(tokens[c.last].post) &&
      nextSameSentence &&
      SPEECH_AFTER_NAME.has(next.text.toLowerCase()) &&
      !isCommonWord(lowers[0]) &&
      !isKnownPlace(lowers[0])
    )
      s.person += 1;
    // A name of several words with nothing to say what it is is most often an organisation's
    // ("Harwick Rovers"): people's names come with first names, titles or roles.
    if (n >= 2 && !c.title && s.person === 0 && s.organization === 0 && s.place === 0) s.organization += 0.5;
  }
  // Names listed together are of a kind: "in Serrano and Porto Alva", "Belgium, Portugal and Spain".
  for (let k = 0; k + 1 < chunks.length; k++) {
    const a = chunks[k];
    const b = chunks[k + 1];
    if (
      a.sentence !== b.sentence ||
      a.titleOnly ||
      b.titleOnly ||
      !/^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s+and\s+)$/.test(text.slice(a.end, b.start))
    )
      continue;
    const kindOf = (x: NameChunk) =>
      (['place', 'organization', 'person'] as const).find(
        (t) => x.score[t] >= 1 && x.score[t] === Math.max(x.score.place, x.score.organization, x.score.person),
      );
    for (const type of ['place', 'organization'] as const) {
      if (kindOf(a) === type && b.score[type] < 3 && b.score.person <= 1) b.score[type] += 2;
      else if (kindOf(b) === type && a.score[type] < 3 && a.score.person <= 1) a.score[type] += 2;
    }
  }
}

export interface RolePhrase {
  /** Token indexes of the role phrase, inclusive. */
  first: number;
  last: number;
  /** Token index of the role's head noun. */
  head: number;
  /** A possessive just before the phrase: "China’s", "her". */
  qualifier?: number;
}

const ROLE_HEADS = (w: string) => PERSON_ROLE_HEADS.has(w) || ORG_ROLE_HEADS.has(w) || PLACE_ROLE_HEADS.has(w);
const NOT_ROLE_WORDS = pattern(
  'i',
  '^',
  anyOf(
    'of|in|at|for|with|by|from|to|on|over|under|against|after|before|between|about|than|and|or|but',
    'who|whose|which|that|whom|where|when|as|votes?|said|says',
  ),
  '$',
);
const isRoleWord = (t: Token) =>
  ((/^\p{Ll}/u.test(t.text) || isAllCaps(t) || t.tags.has('Demonym')) &&
    !t.tags.has('Verb') &&
    !t.tags.has('Determiner') &&
    !t.tags.has('Preposition') &&
    !t.tags.has('Conjunction') &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('Value') &&
    !NOT_ROLE_WORDS.test(t.text)) ||
  /^(?:vice|chief|deputy|former|acting)$/i.test(t.text) ||
  // "the second-largest carrier", "its third-biggest customer"
  (t.tags.has('Ordinal') && t.post === '-');

/**
 * A word capitalised only because it opens its sentence, and a common word in lower case: the first
 * word of "Coast guard spokesman …" or "Border police chief …" belongs to the role. A name ("Kelsbury
 * city council"), a day or month, or a function word does not.
 */
function opensSentenceInLowerCase(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (k > 0 && tokens[k - 1].sentence === t.sentence) return false;
  if (!isCapitalized(t) || isAllCaps(t) || t.possessive) return false;
  const w = bare(t);
  if (
    MONTHS_AND_DAYS.has(w) ||
    NOT_ROLE_WORDS.test(w) ||
    t.tags.has('Determiner') ||
    t.tags.has('Pronoun') ||
    t.tags.has('Preposition') ||
    t.tags.has('Conjunction') ||
    t.tags.has('Value')
  )
    return false;
  return isCommonWord(w);
}

/**
 * A lower-case role phrase ending just before token `at` (or ending at token `at` itself when
 * `inclusive`): "former finance minister", "China’s central military commission vice chairman",
 * "her deputy". Its last word must be a role noun.
 */
export function roleBefore(tokens: Token[], at: number, inclusive = false): RolePhrase | undefined {
  const headIndex = inclusive ? at : at - 1;
  const head = tokens[headIndex];
  if (!head || (!inclusive && head.sentence !== tokens[at].sentence)) return undefined;
  // A role that opens its sentence is capitalised only for that: "Striker Ana Lopes scored".
  const lower = /^\p{Ll}/u.test(head.text) || (!inclusive && opensSentenceInLowerCase(tokens, headIndex));
  if (!ROLE_HEADS(bare(head)) || !lower || head.possessive) return undefined;
  if (!inclusive && STOP_AFTER.test(head.post)) return undefined;
  let first = headIndex;
  let qualifier: number | undefined;
  for (let k = headIndex - 1; k >= 0 && tokens[k].sentence === head.sentence; k--) {
    const t = tokens[k];
    if (STOP_AFTER.test(t.post)) break;
    if (t.possessive || /^(?:her|his|its|their)$/i.test(t.text)) {
      qualifier = k;
      break;
    }
    if (!isRoleWord(t) && !opensSentenceInLowerCase(tokens, k)) break;
    first = k;
  }
  return { first, last: headIndex, head: headIndex, qualifier };
}

/**
 * An appositive after the name at token `last`: ", a special envoy of the UNECE,", ", the mayor of
 * Tarsen’s capital Brana,", ", chief economist at Aldsen Bank". Returns the role phrase with its
 * complement (up to the next comma or relative pronoun).
 */
export function appositiveAfter(tokens: Token[], nameEnd: number): (RolePhrase & { end: number }) | undefined {
  let k = nameEnd + 1;
  const sentence = tokens[nameEnd].sentence;
  if (!tokens[k] || tokens[k].sentence !== sentence) return undefined;
  // "Ada Marrow, 58, a former finance minister": past the age set off between them.
  if (/^\d{1,3}$/.test(tokens[k].text) && /^,\s*$/.test(tokens[k].post) && tokens[k + 1]?.sentence === sentence) k++;
  let qualifier: number | undefined;
  const determiner = /^(?:a|an|the)$/i.test(tokens[k].text);
  if (determiner) k++;
  if (tokens[k] && tokens[k].possessive && tokens[k].sentence === sentence && !STOP_AFTER.test(tokens[k].post)) {
    qualifier = k;
    k++;
  }
  const first = k;
  let phraseEnd = -1;
  while (tokens[k] && tokens[k].sentence === sentence) {
    const t = tokens[k];
    if (!(
      isRoleWord(t) ||
      (isCapitalized(t) && (t.tags.has('Demonym') || /(?:an|ian|ese|ish|i)$/.test(t.text) || isAllCaps(t)))
    ))
      break;
    phraseEnd = k;
    if (STOP_AFTER.test(t.post) || /\.$/.test(t.post.trim())) break;
    k++;
  }
  // The head is the phrase's last word: "a former university chemist" is a chemist. A head we know
  // ("envoy", "utility", "capital") needs no article; another ("chemist") needs "a" or "the".
  const head = phraseEnd;
  if (head < 0 || !/^\p{Ll}/u.test(tokens[head].text) || !tokens[head].tags.has('Noun')) return undefined;
  if (!ROLE_HEADS(bare(tokens[head])) && !determiner && qualifier === undefined) return undefined;
  // "…, who owns Tor Vale, the judge found.": a role followed at once by its verb is the subject of
  // a reporting clause, not a description of the name before it.
  const after = tokens[head + 1];
  if (
    after &&
    after.sentence === sentence &&
    /^\s+$/.test(tokens[head].post) &&
    (speechVerbBase(after.text) ||
      (after.tags.has('Verb') && after.tags.has('PastTense') && !after.tags.has('Participle')))
  )
    return undefined;
  // The complement: "of the United Nations…", "at Aldsen Bank in Port Selwyn", up to a comma, "who", "that".
  let end = head;
  if (!STOP_AFTER.test(tokens[head].post)) {
    let m = head + 1;
    if (tokens[m] && /^(?:of|at|for|in|with|to)$/i.test(tokens[m].text)) {
      while (
        tokens[m] &&
        tokens[m].sentence === sentence &&
        !/^(?:who|that|which|whose|where|when)$/i.test(tokens[m].text)
      ) {
        end = m;
        if ((/[,;:]|[.]\s*$/.test(tokens[m].post) && !/^\s*\)/.test(tokens[m].post)) || /\)[,;]/.test(tokens[m].post))
          break;
        if (
          speechVerbBase(tokens[m].text) ||
          (tokens[m].tags.has('Verb') &&
            !tokens[m].tags.has('Participle') &&
            !tokens[m].tags.has('Gerund') &&
            m > head + 1)
        ) {
          end = m - 1;
          break;
        }
        m++;
      }
    }
  }
  return { first, last: head, head, qualifier, end };
}
