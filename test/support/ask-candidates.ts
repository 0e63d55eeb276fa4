// /ask's candidate sentences for a question over a small corpus, each with its file and text, so a
// test can pick one by how it starts and read its features.

import { retrieve } from '../../src/answer/ask/candidates.ts';
import { analyseQuestion } from '../../src/answer/ask/question.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

export function candidatesFor(kb: KnowledgeBase, question: string) {
  const q = analyseQuestion(kb, question);
  const found = retrieve(kb, q).map((c) => {
    const a = kb.articles[c.article];
    return { ...c, file: a.file, text: a.text.slice(a.sentences[c.sentence].start, a.sentences[c.sentence].end) };
  });
  return { q, found };
}

/** The candidate whose sentence starts with these words. */
export const starting = <T extends { text: string }>(found: T[], start: string) =>
  found.find((c) => c.text.startsWith(start));
