// "Check in the articles" on a chat message: the sentences of the articles that bear on each of the
// message's claims, cited, or that the articles say nothing about it. It never judges the claim:
// a sentence is shown for what it says, and the reader compares. A sentence is cited only when it
// shares several of the claim's content words, or names the claim's people or organisations and
// shares at least one of its other words, so an unrelated message gets "nothing about this".

import { splitParagraphs, splitSentences } from '../corpus/sentences.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { clip } from '../render/markdown.ts';
import { analyze } from '../text/analyzer.ts';
import { type Answer, type AnswerSection, Citations, flat } from './answer.ts';

export const CHECK_COMMAND = 'Check in the articles';
export const SAYS = 'The articles say:';
export const SAYS_NOTHING = 'The articles say nothing about this.';

/** How much of a message is read, how much is shown, and when a sentence bears on a claim. */
const PARAMETERS = {
  /** A message longer than this is read only up to here (Discord allows 4,000 characters). */
  messageMax: 2000,
  /** At most this many claims (sentences of the message) are looked up. */
  claimsMax: 6,
  /** Sentences shown per claim… */
  perClaim: 3,
  /** …and in all. */
  total: 8,
  /** Content words a sentence must share with a claim that names nobody the articles know… */
  sharedWords: 3,
  /** …and the share of the claim's information (IDF-weighted words) they must carry. */
  sharedWeight: 0.5,
  /** The share of the claim's information (its names and words) a sentence naming its entities must carry. */
  entitySharedWeight: 0.3,
} as const;

export interface Claim {
  text: string;
  /** Entities of the knowledge base the claim names. */
  entities: number[];
  /** The claim's content terms, without the terms of the entities' names. */
  terms: string[];
  /** The terms of the entities' names. */
  nameTerms: string[];
}

/** Runs of capitalised words ("Ada Marrow", "National Electoral Commission"), each a candidate name. */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|for|and|de|van|von|al|bin)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/** The entities a claim names: a run of capitalised words, or any shorter run inside it, that is a known name. */
export function namedEntities(kb: KnowledgeBase, text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].replace(/['’]s$/u, '').split(/\s+/);
    // Longest known name first, then the words left over.
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      for (let j = words.length; j > i; j--) {
        const phrase = words
          .slice(i, j)
          .join(' ')
          .replace(/['’]s$/u, '')
          .replace(/[.,]$/, '');
        // A lone stop word capitalised at the start of a sentence ("The", "He") names nobody.
        if (analyze(phrase).length === 0) continue;
        const ids = kb.registry.lookup(phrase).exact;
        if (ids.length) {
          for (const id of ids) if (!found.includes(id)) found.push(id);
          matched = j - i;
          break;
        }
      }
      i += Math.max(1, matched);
    }
  }
  return found;
}

/** The message's sentences, each with its content words and the entities it names. */
export function claimsOf(kb: KnowledgeBase, message: string): Claim[] {
  const text = message.slice(0, PARAMETERS.messageMax);
  const claims: Claim[] = [];
  for (const p of splitParagraphs(text, 0, text.length)) {
    for (const s of splitSentences(text, p)) {
      const sentence = flat(text.slice(s.start, s.end));
      const entities = namedEntities(kb, sentence);
      const nameTerms = [
        ...new Set(
          entities
            .flatMap((id) => [kb.registry.get(id).name, ...kb.registry.get(id).aliases])
            .flatMap((n) => analyze(n)),
        ),
      ];
      const terms = [...new Set(analyze(sentence))].filter((t) => !nameTerms.includes(t));
      if (terms.length + entities.length === 0) continue;
      claims.push({ text: sentence, entities, terms, nameTerms });
      if (claims.length >= PARAMETERS.claimsMax) return claims;
    }
  }
  return claims;
}

interface Found {
  article: number;
  sentence: number;
  score: number;
}

/** The sentences that bear on one claim, best first. */
export function sentencesOn(kb: KnowledgeBase, claim: Claim): Found[] {
  // A word no article has weighs as one in a single article: the rarest the articles know.
  const rarest = Math.log(1 + (kb.articles.length - 0.5) / 1.5);
  const weight = (t: string) => Math.min(kb.index.idf(t), rarest);
  // A named entity weighs as its rarest name word, however it is referred to in the sentence.
  const entityWeight = claim.entities.map((id) => Math.max(0, ...analyze(kb.registry.get(id).name).map(weight)));
  const wordsTotal = claim.terms.reduce((n, t) => n + weight(t), 0);
  const total = wordsTotal + entityWeight.reduce((n, w) => n + w, 0);
  const hits = kb.index.search([...claim.terms, ...claim.nameTerms], {
    limit: 40,
    entityMentions: claim.entities.map((id) => ({
      terms: analyze(kb.registry.get(id).name),
      mentions: (a: number, s: number) => kb.mentions(id, a, s),
    })),
  });
  const out: Found[] = [];
  for (const hit of hits) {
    const shared = claim.terms.filter((t) => hit.matched.has(t));
    const sharedWeight = shared.reduce((n, t) => n + weight(t), 0);
    const named = claim.entities.map((id, i) => (kb.mentions(id, hit.article, hit.sentence) ? entityWeight[i] : 0));
    const carried = total > 0 ? (sharedWeight + named.reduce((n, w) => n + w, 0)) / total : 0;
    const byWords =
      claim.terms.length >= 2 &&
      shared.length >= Math.min(PARAMETERS.sharedWords, claim.terms.length) &&
      wordsTotal > 0 &&
      sharedWeight / wordsTotal >= PARAMETERS.sharedWeight;
    // Naming the claim's people is not enough: the sentence must also share what the claim says of them.
    const byNames =
      named.some((w) => w > 0) &&
      (claim.terms.length === 0 || shared.length >= 1 || named.filter((w) => w > 0).length >= 2) &&
      carried >= PARAMETERS.entitySharedWeight;
    if (byWords || byNames) out.push({ article: hit.article, sentence: hit.sentence, score: hit.score + carried * 4 });
  }
  return out.sort((a, b) => b.score - a.score || a.article - b.article || a.sentence - b.sentence);
}

export function answerCheck(kb: KnowledgeBase, message: string, command = CHECK_COMMAND): Answer {
  const claims = claimsOf(kb, message);
  const cites = new Citations(kb);
  const sections: AnswerSection[] = [];
  const shown = new Set<string>();
  for (const claim of claims) {
    const lines = [];
    for (const f of sentencesOn(kb, claim)) {
      if (lines.length >= PARAMETERS.perClaim || shown.size >= PARAMETERS.total) break;
      const key = `${f.article}:${f.sentence}`;
      if (shown.has(key)) continue;
      shown.add(key);
      const s = kb.articles[f.article].sentences[f.sentence];
      lines.push({ text: flat(kb.text(f.article, s)), quoted: true, cites: [cites.sentence(f.article, f.sentence)] });
    }
    if (lines.length) sections.push({ heading: `On “${clip(claim.text, 150)}”`, lines });
  }
  const title = CHECK_COMMAND;
  if (sections.length === 0) {
    return {
      command,
      found: false,
      title,
      lead: SAYS_NOTHING,
      sections: [],
      citations: [],
      ephemeral: true,
      footer: claims.length ? undefined : 'The message has no words to look up.',
    };
  }
  // One claim needs no heading repeating it.
  if (sections.length === 1 && claims.length === 1) sections[0].heading = undefined;
  return {
    command,
    found: true,
    title,
    lead: SAYS,
    sections,
    citations: cites.list,
    ephemeral: true,
    footer: 'These are the articles’ own sentences; whether they confirm the message is for you to judge.',
  };
}
