// compromise, loaded on first use. It is the heaviest part of start-up and a warm start (answers
// from cached facts) never needs it; loading its CommonJS build through require keeps the API
// synchronous and gives every caller the same copy.

import { createRequire } from 'node:module';
import type NlpType from 'compromise';
import { bulkMatch } from './nlp-sweep.ts';

type Nlp = typeof NlpType;
let loaded: Nlp | undefined;

export function nlp(): Nlp {
  if (!loaded) {
    loaded = createRequire(import.meta.url)('compromise') as Nlp;
    // Its own extension point: the same candidates, found faster (see nlp-sweep.ts).
    loaded.plugin({ methods: { one: { bulkMatch } } } as unknown as Parameters<Nlp['plugin']>[0]);
  }
  return loaded;
}

/**
 * The article's terms, tagged: compromise's own pipeline without its last step, the chunker. The
 * chunker only groups tagged terms into phrases (term.chunk), which extraction never reads, and it
 * is a tenth of compromise's time. The world's hook list is swapped for the call alone, so every
 * other caller of nlp() still gets the whole pipeline.
 */
export function tagTerms(text: string): ReturnType<Nlp> {
  const world = nlp().world() as { hooks: string[] };
  const all = world.hooks;
  world.hooks = all.filter((hook) => hook !== 'chunks');
  try {
    return nlp()(text);
  } finally {
    world.hooks = all;
  }
}

/** The parts of compromise's model that we read (never write): its lexicon and its name-word lists. */
export interface NlpModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

export function nlpModel(): NlpModel {
  return nlp().model() as unknown as NlpModel;
}
