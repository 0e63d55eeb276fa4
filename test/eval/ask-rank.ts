// /ask retrieval rank: for each corpus, the share of answerable /ask cases whose gold sentence is
// ranked first and in the top three — by plain BM25 retrieval, and after the learned ranker.
import { rank } from '../../src/answer/ask/judge.ts';
import { corpora, examplesOf } from '../../scripts/train-ask.ts';

export interface AskRank {
  corpus: string;
  answerable: number;
  bm25At1: number;
  bm25At3: number;
  judgeAt1: number;
  judgeAt3: number;
}

export function askRanks(names?: string[]): AskRank[] {
  return corpora()
    .filter((c) => !names || names.includes(c.name))
    .map((spec) => {
      const answerable = examplesOf(spec).filter((e) => e.answerable);
      const judged = answerable.map((e) => rank(e.candidates).findIndex((c) => (c as { positive?: boolean }).positive));
      const share = (xs: number[], k: number) =>
        answerable.length ? xs.filter((r) => r >= 0 && r < k).length / answerable.length : 0;
      const bm25 = answerable.map((e) => e.retrievalRank);
      return {
        corpus: spec.name,
        answerable: answerable.length,
        bm25At1: share(bm25, 1),
        bm25At3: share(bm25, 3),
        judgeAt1: share(judged, 1),
        judgeAt3: share(judged, 3),
      };
    });
}
