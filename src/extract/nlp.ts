// compromise, loaded on first use. It is the heaviest part of start-up and a warm start (answers
// from cached facts) never needs it; loading its CommonJS build through require keeps the API
// synchronous and gives every caller the same copy.

import { createRequire } from 'node:module';
import type NlpType from 'compromise';

type Nlp = typeof NlpType;
let loaded: Nlp | undefined;

export function nlp(): Nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}

/** The parts of compromise's model that we read (never write): its lexicon and its name-word lists. */
export interface NlpModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

export function nlpModel(): NlpModel {
  return nlp().model() as unknown as NlpModel;
}
