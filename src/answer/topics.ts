// Suggestions for /timeline's `about` and /quotes' `speaker`: people, organisations and places, and
// topics — the content words of the articles' headlines ("cholera", "reservoir") — ranked by how
// much the articles say about each: in how many articles it appears, then how often.

import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { termOf, tokenize } from '../text/analyzer.ts';
import { nameKey } from '../text/normalize.ts';

export interface Topic {
  /** The word as headlines write it, lower-cased unless always capitalised. */
  word: string;
  term: string;
  /** Articles whose text has the term. */
  articles: number;
}

export interface Suggestion {
  /** What the option is filled with. */
  value: string;
  /** What the list shows: the value, what it is, and how many articles. */
  label: string;
  articles: number;
  /** Tie-break: mentions of an entity, or headlines of a topic. */
  weight: number;
}

const TYPE_WORDS = { person: 'person', organization: 'organisation', place: 'place' } as const;
const MAX = 25;
const topicCache = new WeakMap<KnowledgeBase, Topic[]>();

/** Headline words that are about no subject: adverbs, quantifiers and number words that are not stop words. */
const GENERIC = new Set(
  `still never ever again back even least less most much many more every each once twice first second third
last next three four five seven eight nine hundred thousand million billion amid after over under says said year years
week weeks month months today tonight`.split(/\s+/),
);

/** Articles whose headlines are read for topics: enough to find what a corpus is about, quickly. */
const TOPIC_ARTICLES_MAX = 800;
/** A headline word is the story's topic only if the story keeps using it. */
const TOPIC_MIN_USES = 3;

/**
 * The topics of the articles: words of their headlines that the story under the headline uses
 * again and again (a headline's "says" or "year" it does not), that are neither names the registry
 * knows nor stop words nor numbers, in the form headlines use most. Past TOPIC_ARTICLES_MAX
 * articles, an even sample of them is read.
 */
export function topicsOf(kb: KnowledgeBase): Topic[] {
  const known = topicCache.get(kb);
  if (known) return known;
  // A word most articles use ("year" in a corpus of one story's updates) singles none out.
  const common = (term: string) => kb.articles.length >= 8 && kb.index.documentFrequency(term) > kb.articles.length / 2;
  const forms = new Map<string, Map<string, number>>();
  const headlines = new Map<string, number>();
  const step = Math.max(1, kb.articles.length / TOPIC_ARTICLES_MAX);
  for (let i = 0; i < kb.articles.length; i += step) {
    const article = Math.floor(i);
    const a = kb.articles[article];
    const uses = new Map<string, number>();
    for (const sentence of kb.index.termsOf(article)) for (const t of sentence) uses.set(t, (uses.get(t) ?? 0) + 1);
    const seen = new Set<string>();
    for (const t of tokenize(a.title.text)) {
      const lower = t.text.toLowerCase();
      const term = termOf(t.text);
      if (
        !term ||
        lower.length < 4 ||
        /\d/.test(term) ||
        GENERIC.has(lower) ||
        (uses.get(term) ?? 0) < TOPIC_MIN_USES ||
        common(term)
      )
        continue;
      // A name on its own ("Quarrow") is suggested as the entity it is.
      if (kb.registry.byName(t.text).length) continue;
      // A capitalised word inside a headline ("Dam", "Rates") is the same topic as its lower case.
      const form = forms.get(term) ?? forms.set(term, new Map()).get(term)!;
      form.set(lower, (form.get(lower) ?? 0) + 1);
      if (!seen.has(term)) headlines.set(term, (headlines.get(term) ?? 0) + 1);
      seen.add(term);
    }
  }
  const topics: Topic[] = [];
  for (const [term, form] of forms) {
    const word = [...form].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    topics.push({ word, term, articles: Math.max(kb.index.documentFrequency(term), headlines.get(term) ?? 0) });
  }
  topics.sort(
    (a, b) =>
      b.articles - a.articles ||
      (headlines.get(b.term) ?? 0) - (headlines.get(a.term) ?? 0) ||
      a.word.localeCompare(b.word),
  );
  topicCache.set(kb, topics);
  return topics;
}

/** Above this many articles, topics are worked out in the background rather than during a keystroke. */
const TOPICS_INLINE_MAX = 300;

/**
 * The topics, if they can be had at once: autocomplete must answer within moments, so for a large
 * corpus the first call starts working them out in the background and offers none until then.
 */
export function topicsNow(kb: KnowledgeBase): Topic[] {
  const known = topicCache.get(kb);
  if (known || kb.articles.length <= TOPICS_INLINE_MAX) return known ?? topicsOf(kb);
  if (!pending.has(kb)) {
    pending.add(kb);
    setImmediate(() => topicsOf(kb));
  }
  return [];
}
const pending = new WeakSet<KnowledgeBase>();

function articlesLabel(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}

function fit(label: string): string {
  return [...label].length > 100 ? `${[...label].slice(0, 99).join('')}…` : label;
}

/**
 * People, organisations, places and topics for what is typed, at most 25: those whose name (or a
 * word of it) starts with the typed text first, then near matches, each group by how much the
 * articles say about them.
 */
export function suggestSubjects(
  kb: KnowledgeBase,
  typed: string,
  topics: readonly Topic[] = topicsOf(kb),
): Suggestion[] {
  const q = nameKey(typed);
  const out: (Suggestion & { prefix: boolean })[] = [];
  const startsWith = (name: string) =>
    !q ||
    nameKey(name)
      .split(' ')
      .some((w, i, words) => words.slice(i).join(' ').startsWith(q));
  const ids = q
    ? kb.registry.suggest(typed, MAX)
    : [...kb.registry.entities]
        .sort((a, b) => kb.profile(b.id).articles - kb.profile(a.id).articles || b.mentionCount - a.mentionCount)
        .slice(0, MAX)
        .map((e) => e.id);
  for (const id of ids) {
    const e = kb.registry.get(id);
    if (!e.name.trim()) continue;
    const n = kb.profile(id).articles;
    out.push({
      value: [...e.name].slice(0, 100).join(''),
      label: fit(`${e.name} · ${TYPE_WORDS[e.type]} · ${articlesLabel(n)}`),
      articles: n,
      weight: e.mentionCount,
      prefix: [e.name, ...e.aliases].some(startsWith),
    });
  }
  for (const t of topics) {
    if (q && !t.word.startsWith(q) && !nameKey(t.word).startsWith(q)) continue;
    if (out.some((s) => s.value.toLowerCase() === t.word)) continue;
    out.push({
      value: t.word,
      label: fit(`${t.word} · topic · ${articlesLabel(t.articles)}`),
      articles: t.articles,
      weight: 0,
      prefix: true,
    });
    if (!q && out.length >= MAX * 2) break;
  }
  out.sort(
    (a, b) =>
      Number(b.prefix) - Number(a.prefix) ||
      b.articles - a.articles ||
      b.weight - a.weight ||
      a.value.localeCompare(b.value),
  );
  return out.slice(0, MAX).map(({ prefix: _prefix, ...s }) => s);
}
