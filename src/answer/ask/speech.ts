// "What did X say about Y?" asks for X's words, which the articles hold as attributed statements
// (src/extract/statements.ts): a quotation may run over two sentences, and the sentence that
// shares most words with the question is often the one that introduces the speaker, not the one
// with the words. So such a question is answered from X's statements, or falls to the sentence
// judge. Each rule below says which shape of question or speaker it serves.

import { LRUCache } from 'lru-cache';
import type { KnowledgeBase, StatementView } from '../../knowledge/knowledge-base.ts';
import { analyze } from '../../text/analyzer.ts';
import { relatedTerms } from '../../text/wordnet.ts';
import { speechVerbBase } from '../../extract/lexicon.ts';
import { entitiesFitting } from '../several.ts';
import { amountFits, amountsIn, phraseHead, roleHeads } from './candidates.ts';
import type { AskQuestion, Unit } from './question.ts';

export interface SpeechAnswer {
  /** The speaker's global id. */
  speaker: number;
  /** Their statements that answer, best first; none when the one speaker meant is not quoted on it. */
  statements: StatementView[];
  /** What the words were to be about, as the question puts it ("the penalty decision"). */
  about?: string;
  /** A figure was asked for, and none of their words that fit gives one. */
  noFigure?: true;
  /** How the speaker and the statements were chosen, for --explain. */
  rules: string[];
}

/** At most this many of the speaker's statements answer. */
const MAX_STATEMENTS = 3;

/**
 * "What did X say/tell/warn…", "How did X describe…", "What has X said…": the speaker is the words
 * between the auxiliary and the speech verb. A second clause ("and what did Y…") is left to the judge.
 */
const ASKS_WHAT_SAID = /^(?:what|how) (?:did|does|do|has|have|had) (.+)$/i;

/**
 * "…about the penalty", "…of the result": what the words must be about. Not "on": "on the first
 * train" says where they were said as often as "on the proposal" says what about.
 */
const ABOUT = /\b(?:about|over|regarding|concerning|of)\s+(.+)$/i;

/**
 * Shell nouns (Schmid 2000): abstract nouns whose content the story supplies — "what did X say
 * about the measures / the results / the decision". A quote about the story need not repeat them,
 * so they do not narrow X's words; "the penalty decision" still must be about a penalty.
 */
const SHELL_NOUNS = new Set(
  analyze(`decision decisions move moves measure measures plan plans project projects number numbers figure figures
result results outcome outcomes situation news matter issue issues announcement development developments deal
finding findings ruling verdict change changes proposal proposals step steps event events incident idea`),
);

/**
 * "…after the members voted", "…when the plant closed": when the words were said. Their sentences
 * that tell of it ("…, she said after the vote") come first.
 */
const WHEN_SAID = /\b(?:after|before|when|during|once)\s+(.+)$/i;

/** Speech verbs that give a figure ("estimate", "put it at"). */
const ESTIMATING = /^(?:estimate|reckon|calculate|forecast|predict|put)$/i;

/** Words holding an amount, in the unit asked for when one is. */
function holdsAmount(text: string, unit: Unit | undefined, focus: string | undefined): boolean {
  return amountsIn(text).some((x) => !unit || amountFits(text, x, unit, focus));
}

/** Words that stand for someone already named: which one is not for this rule to guess. */
const PRONOUN = /^(?:he|she|they|it|we|you|i|him|her|them)$/i;

/**
 * `asked` is what the question asks for, as question analysis reads it: a figure asked for ("what
 * does X estimate it will cost", a quantity question) narrows the words that answer to those with one.
 */
export function speechAnswer(
  kb: KnowledgeBase,
  question: string,
  asked: Partial<Pick<AskQuestion, 'kind' | 'unit' | 'focus'>> = {},
): SpeechAnswer | undefined {
  const text = question.trim().replace(/[?!.]+$/, '');
  if (/\b(?:and|or) (?:what|how|who|when|why|where|did|does)\b/i.test(text)) return undefined;
  const m = ASKS_WHAT_SAID.exec(text);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && speechVerbBase(w) !== undefined);
  if (at < 0 || at > 8) return undefined;
  const speakerText = words.slice(0, at).join(' ');
  const base = speechVerbBase(words[at])!;
  const tail = words.slice(at + 1).join(' ');
  // "What did X use to say", "What did X later say": not one speaker and their words said then.
  if (PRONOUN.test(speakerText) || !/^[\p{L}'’ .-]+$/u.test(speakerText) || /\b(?:use|used|later)$/i.test(speakerText))
    return undefined;
  const rules = [`asks what a speaker said (${base})`];

  const speakers = speakersFitting(kb, speakerText, rules);
  if (speakers.length === 0) return undefined;
  const aboutText = ABOUT.exec(tail)?.[1];
  // One speaker meant, and none of their words fit: the articles do not quote them on it. A
  // sentence that merely names them ("X met Y for talks") is not what they said.
  const unquoted = (why: string): SpeechAnswer | undefined =>
    speakers.length === 1
      ? { speaker: speakers[0], statements: [], about: aboutText, rules: [...rules, why] }
      : undefined;
  if (speakers.every((id) => kb.statementsBy([id]).length === 0)) return unquoted('named, but never quoted');

  const about = aboutTerms(aboutText ?? '');
  const whenText = aboutText ? undefined : WHEN_SAID.exec(tail)?.[1];
  const when = aboutTerms(whenText ?? '');
  if (when.length) rules.push(`said when: ${when.map((a) => a.term).join(' ')}`);
  const scored = speakers.flatMap((id) =>
    kb.statementsBy([id]).map((s) => ({
      s,
      id,
      hits: about.length ? aboutHits(kb, s, about) : 0,
      at: when.length ? aboutHits(kb, s, when, s.context) : 0,
    })),
  );
  // "What does X estimate it will cost": a figure is asked for, and only words that give one answer.
  const asksFigure = ESTIMATING.test(base) || asked.kind === 'quantity';
  if (asksFigure) rules.push('a figure is asked for: only words holding an amount');
  const fitting = (about.length ? scored.filter((x) => x.hits > 0) : scored).filter(
    (x) => !asksFigure || holdsAmount(kb.text(x.s.article, x.s.content), asked.unit, asked.focus),
  );
  if (about.length) rules.push(`about: ${about.map((a) => a.term).join(' ')}`);
  else if (ABOUT.test(tail)) rules.push('about the story itself (shell nouns): all their words');
  if (fitting.length === 0) {
    const without = unquoted(asksFigure ? 'quoted, but with no figure' : 'quoted, but not about that');
    return without && asksFigure ? { ...without, noFigure: true } : without;
  }
  // Two speakers whose words both fit: which one the question means is not for this rule to guess.
  const bySpeaker = new Map<number, typeof fitting>();
  for (const x of fitting) (bySpeaker.get(x.id) ?? bySpeaker.set(x.id, []).get(x.id)!).push(x);
  if (bySpeaker.size > 1) {
    rules.push('several speakers fit: left to the judge');
    return undefined;
  }
  const [speaker, theirs] = [...bySpeaker][0];
  const statements = theirs
    .sort(
      (a, b) =>
        b.hits - a.hits ||
        b.at - a.at ||
        (a.s.kind === 'direct' ? 0 : 1) - (b.s.kind === 'direct' ? 0 : 1) ||
        a.s.article - b.s.article ||
        a.s.content.start - b.s.content.start,
    )
    .slice(0, MAX_STATEMENTS)
    .map((x) => x.s);
  return { speaker, statements, rules };
}

/**
 * The speakers the question names: by name ("Ilse Varnum"), or by description ("the former
 * mayor's son", "the union's chief negotiator"), which must match every content word of what the
 * articles call them — their name, roles, the words before a role ("Kestrel coach") and the
 * phrases that attribute their statements.
 */
function speakersFitting(kb: KnowledgeBase, speakerText: string, rules: string[]): number[] {
  const bare = speakerText.replace(/^(?:the|a|an)\s+/i, '');
  if (/^\p{Lu}/u.test(bare) && !/'s?\b|’s?\b/.test(bare)) {
    const named = entitiesFitting(kb, bare);
    const quoted = named.filter((id) => kb.statementsBy([id]).length > 0);
    const ids = quoted.length ? quoted : named.length === 1 ? named : [];
    if (ids.length) {
      rules.push(`speaker by name: ${ids.map((id) => kb.registry.get(id).name).join(' | ')}`);
      return ids;
    }
  }
  const wanted = [...new Set(analyze(speakerText))];
  if (wanted.length === 0) return [];
  // The description's head ("son" in "the former mayor's son") must be what they are, not a word about someone else.
  const head = phraseHead(speakerText);
  const ids = (head ? (speakersByHead(kb).get(head) ?? []) : speakersWithStatements(kb)).filter((id) => {
    const said = descriptionTerms(kb, id);
    return wanted.every((t) => said.has(t));
  });
  if (ids.length) rules.push(`speaker by description: ${ids.map((id) => kb.registry.get(id).name).join(' | ')}`);
  return ids;
}

const byHead = new WeakMap<KnowledgeBase, Map<string, number[]>>();

/** Speakers by the heads of what they are called, built once per knowledge base: a description is matched against few. */
function speakersByHead(kb: KnowledgeBase): Map<string, number[]> {
  let map = byHead.get(kb);
  if (!map) {
    map = new Map();
    for (const id of speakersWithStatements(kb))
      for (const h of headTerms(kb, id)) (map.get(h) ?? map.set(h, []).get(h)!).push(id);
    byHead.set(kb, map);
  }
  return map;
}

const withStatements = new WeakMap<KnowledgeBase, number[]>();

/** Every quoted speaker, in the order of their first statement; read from the packed rows, once per knowledge base. */
function speakersWithStatements(kb: KnowledgeBase): number[] {
  let known = withStatements.get(kb);
  if (!known) {
    const ids = new Set<number>();
    for (let i = 0; i < kb.statementCount; i++) {
      const speaker = kb.statementSpeaker(i);
      if (speaker !== undefined) ids.add(speaker);
    }
    withStatements.set(kb, (known = [...ids]));
  }
  return known;
}

/** Analysed words kept per knowledge base: a speaker's description, a statement's words. */
const WORDS_KEPT = 20_000;
const wordsKnown = new WeakMap<KnowledgeBase, LRUCache<string, Set<string>>>();

/** `make()`'s words, analysed once per knowledge base and key (the same speakers and statements come up again). */
function keptWords(kb: KnowledgeBase, key: string, make: () => Set<string>): Set<string> {
  let known = wordsKnown.get(kb);
  if (!known) wordsKnown.set(kb, (known = new LRUCache({ max: WORDS_KEPT })));
  let words = known.get(key);
  if (!words) known.set(key, (words = make()));
  return words;
}

/** Every word the articles use for an entity: name, aliases, roles with the words before them, attributions. */
function descriptionTerms(kb: KnowledgeBase, id: number): Set<string> {
  return keptWords(kb, `entity:${id}`, () => describedBy(kb, id));
}

function describedBy(kb: KnowledgeBase, id: number): Set<string> {
  const e = kb.registry.get(id);
  const texts = [e.name, ...e.aliases];
  for (const r of kb.profile(id).roles) {
    texts.push(r.text);
    for (const [a, start] of r.cites) texts.push(modifiersBefore(kb.articles[a].text, start));
  }
  for (const s of kb.statementsBy([id])) if (s.speakerSpan) texts.push(kb.text(s.article, s.speakerSpan));
  return new Set(texts.flatMap((t) => analyze(t)));
}

/** What an entity is called at heart: its name's words and each role's head ("analyst" of "analyst at a bank"). */
function headTerms(kb: KnowledgeBase, id: number): Set<string> {
  const e = kb.registry.get(id);
  return new Set([...[e.name, ...e.aliases].flatMap((n) => analyze(n)), ...roleHeads(kb, id)]);
}

/** "Kestrel coach", "Norvale's economy minister": up to three capitalised or possessive words right before a role. */
function modifiersBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const m = /((?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+){1,3})$/u.exec(before);
  return m ? m[1] : '';
}

interface AboutTerm {
  term: string;
  related: readonly string[];
}

function aboutTerms(text: string): AboutTerm[] {
  return [...new Set(analyze(text))]
    .filter((term) => !SHELL_NOUNS.has(term))
    .map((term) => ({ term, related: relatedTerms(term) }));
}

/** How many of the about-words (or their WordNet kin) the statement's own words (or `span`'s) hold. */
function aboutHits(kb: KnowledgeBase, s: StatementView, about: AboutTerm[], span = s.content): number {
  const words = keptWords(
    kb,
    `${s.article}:${span.start}:${span.end}`,
    () => new Set(analyze(kb.text(s.article, span))),
  );
  return about.filter((a) => words.has(a.term) || a.related.some((r) => words.has(r))).length;
}
