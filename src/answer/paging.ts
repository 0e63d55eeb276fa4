// Splitting a list into pages, one function for every list that pages (timeline, quotes, articles,
// the Sources view). Pages are cut by what a page can show — each item's size as it will be
// displayed — so every item lands on exactly one page, a page never promises more than it shows,
// and "page N of M" counts the pages there really are.

import { LRUCache } from 'lru-cache';
import type { Answer } from './answer.ts';

export interface PageLimits {
  /** At most this many items on a page. */
  items: number;
  /** At most this many characters of items on a page; an item larger than this alone gets a page of its own. */
  chars: number;
}

/**
 * Where each page starts: contiguous pages covering [0, count), none empty, each within the
 * limits. `cost(i, opensPage)` is what item i takes on a page, given whether it is the first item
 * of its page (a heading is repeated where a page starts in the middle of a section).
 */
export function pageStarts(
  count: number,
  cost: (index: number, opensPage: boolean) => number,
  limits: PageLimits,
): number[] {
  const starts: number[] = [];
  let used = 0;
  let items = 0;
  for (let i = 0; i < count; i++) {
    if (items > 0) {
      const c = cost(i, false);
      if (items < limits.items && used + c <= limits.chars) {
        used += c;
        items++;
        continue;
      }
    }
    starts.push(i);
    used = cost(i, true);
    items = 1;
  }
  return starts;
}

export interface Page {
  /** 1-based. */
  index: number;
  count: number;
  /** The items [from, to) of the list. */
  from: number;
  to: number;
}

/** Page `index` (1-based) of a list paged at `starts`, or undefined when there is no such page. An empty list has one empty page. */
export function pageAt(starts: readonly number[], total: number, index: number): Page | undefined {
  const count = Math.max(1, starts.length);
  if (!Number.isInteger(index) || index < 1 || index > count) return undefined;
  if (!starts.length) return { index: 1, count: 1, from: 0, to: 0 };
  return { index, count, from: starts[index - 1], to: index < starts.length ? starts[index] : total };
}

/** The answer to a page past the end: said plainly, as a usage error, rather than quietly showing page 1. */
export function noSuchPage(command: string, index: number, count: number, what: string): Answer {
  return {
    command,
    found: false,
    problem: 'usage',
    ephemeral: true,
    title: 'No such page',
    lead: `There is no page ${index}: ${what} ${count === 1 ? 'fits on one page' : `has ${count} pages`}.`,
    sections: [],
    citations: [],
  };
}

/**
 * A list of one knowledge base (its items in order, its page starts), worked out once: measuring
 * every item is linear in the list, and each page turn would otherwise repeat it. `owner` is the
 * knowledge base, so a new one (articles added) starts afresh; the most recent lists are kept.
 */
const computed = new WeakMap<object, LRUCache<string, { value: unknown }>>();

export function oncePerKnowledgeBase<T>(owner: object, key: string, compute: () => T): T {
  let lists = computed.get(owner);
  if (!lists) computed.set(owner, (lists = new LRUCache<string, { value: unknown }>({ max: 400 })));
  const known = lists.get(key);
  if (known) return known.value as T;
  const value = compute();
  lists.set(key, { value });
  return value;
}

export const pageStartsOnce: (owner: object, key: string, compute: () => number[]) => number[] = oncePerKnowledgeBase;
