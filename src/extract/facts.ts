// The facts extracted from one article. Plain serialisable data that stores spans into the
// article's text, never copies of it, so that a citation's quote is always the file's own text.

import type { Article, CreditRole, Span } from '../corpus/article.ts';
import type { TimeValue } from './time-value.ts';

/**
 * Bump whenever extraction — or the corpus parsing it stands on (paragraphs, sentences) — changes
 * what it produces: cached facts of other versions are rebuilt.
 */
export const EXTRACTOR_VERSION = 84;

/** What an article's facts depend on: its bytes, and the year (or date) a related article gives it. */
export function factsKey(article: Article): string {
  const { date } = article;
  if (date.kind === 'no-year' && date.year) return `${article.hash}.${date.year}`;
  if (date.kind === 'unknown' && date.placed)
    return `${article.hash}.${date.placed.year}-${date.placed.month}-${date.placed.day ?? ''}`;
  return article.hash;
}

export type EntityType = 'person' | 'organization' | 'place';

export type MentionKind =
  | 'name' // the full name, or the name as first given
  | 'surname' // a later bare surname (or family name): "Orlin", "Liu"
  | 'acronym' // "WHO" for the World Health Organization
  | 'role' // "the envoy", "Norland’s defence minister", "the company"
  | 'pronoun' // "he", "she", "her"
  | 'demonym' // "Kestrian farmers" for Kestria
  | 'credit'; // a name in the closing credits line

export interface Mention extends Span {
  kind: MentionKind;
  /** Sentence index; -1 for the credits line. */
  sentence: number;
  /** A bare surname shared by two people of the article, given to the one it last referred to. */
  ambiguous?: boolean;
}

export type RoleSource = 'title' | 'appositive' | 'possessive' | 'descriptor' | 'credit';

export interface Role extends Span {
  /** The role noun phrase alone: "special envoy" in "a special envoy of the UNECE". */
  head: Span;
  source: RoleSource;
  /** Whose role it is: "Russia" in "Norland’s defence minister", "her" in "her deputy". */
  qualifier?: Span;
  /** The entity the qualifier refers to, when resolved (index into the article's entities). */
  qualifierEntity?: number;
  /** A credit's role: reporter, editor… */
  credit?: CreditRole;
}

export interface EntityFact {
  type: EntityType;
  /** The fullest form of the name, without titles. */
  name: Span;
  /** "China" for "Norland’s Defence Ministry": names such organisations apart from others of the same name. */
  qualifier?: Span;
  mentions: Mention[];
  roles: Role[];
  gender?: 'female' | 'male';
}

export type StatementKind = 'direct' | 'indirect';

export interface Statement {
  kind: StatementKind;
  /** Index into the article's entities, when the speaker is known. */
  speaker?: number;
  /** The words that name the speaker where they are attributed: "the envoy", "Diplomats", "she". */
  speakerSpan?: Span;
  /** What was said: the quotation without its quote marks, or the reported clause. */
  content: Span;
  /** The sentence or sentences that hold the statement, for citation. */
  context: Span;
  /** Sentence indexes, first and last. */
  sentences: [number, number];
  /** The attribution rule that found the speaker (a name of statements.ts's QUOTE_RULES), for explanations. */
  rule?: string;
}

export interface TimeExpression extends Span {
  sentence: number;
  value: TimeValue;
  /** "a day before the talks opened": the date belongs to the clause that follows the expression. */
  governsFollowingClause?: boolean;
  /** A live blog's timestamp: it dates the sentence `sentence`, which follows it. */
  heads?: boolean;
}

export interface EventFact {
  /** The clause the date governs. */
  span: Span;
  sentence: number;
  /** Index into the article's time expressions. */
  time: number;
  /** Entities named or referred to in the clause (indexes into the article's entities). */
  participants: number[];
  place?: number;
  /** The rules that shaped the clause (names of events.ts's EVENT_RULES), for explanations. */
  rules?: string[];
}

export interface ArticleFacts {
  version: number;
  hash: string;
  entities: EntityFact[];
  statements: Statement[];
  times: TimeExpression[];
  events: EventFact[];
}
