// The cross-article view of people, organisations and places: one entity for every name that
// refers to the same one in any article ("Dmitri"/"Dmitry Voskresin", "Xi Jinping"/"Xi",
// "World Health Organization"/"WHO"), with lookups by name, alias, surname and prefix.

import MiniSearch from 'minisearch';
import { LRUCache } from 'lru-cache';
import type { Article } from '../corpus/article.ts';
import type { FactsList } from './knowledge-base.ts';
import type { EntityType } from '../extract/facts.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../extract/lexicon.ts';
import { nameKey } from '../text/normalize.ts';

export interface EntityRef {
  article: number;
  local: number;
}

export interface Entity {
  id: number;
  type: EntityType;
  name: string;
  aliases: string[];
  refs: EntityRef[];
  /** How many times the articles mention it, all kinds of mention together. */
  mentionCount: number;
}

export interface EntityLookup {
  /** Entities whose name or alias is the query. */
  exact: number[];
  /** Entities whose name holds every word of the query ("Haddad" → both Haddads). */
  partial: number[];
  /** Near misses, for "did you mean". */
  similar: number[];
}

/** Display text of a span: whitespace collapsed, a possessive ending dropped. */
export function spanText(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/, '')
    .trim();
}

/**
 * Transliteration key of a first name, so that spellings of one name from another alphabet agree:
 * "Andrei"/"Andrey", "Dmitri"/"Dmitry", "Yevgenia"/"Evgenia", "Aleksandr"/"Alexandr", "Yuliya"/"Iuliia".
 */
function transliterationKey(first: string): string {
  return (
    first
      .replace(/^ye/, 'e')
      .replace(/^yu/, 'iu')
      .replace(/^ya/, 'ia')
      .replace(/y/g, 'i')
      .replace(/ks/g, 'x')
      .replace(/ph/g, 'f')
      .replace(/kh/g, 'h')
      .replace(/w/g, 'v')
      // "Muhammad"/"Mohammed", "Yusuf"/"Yousef": vowels that transliterations of one name trade.
      .replace(/ou/g, 'u')
      .replace(/(?<=.)o/g, 'u')
      .replace(/(?<=.)e/g, 'a')
      .replace(/(.)\1/g, '$1')
  );
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface LocalName {
  ref: EntityRef;
  type: EntityType;
  name: string;
  key: string;
  tokens: string[];
  aliases: string[];
  mentions: number;
  /** Named only in a byline or credits line. */
  journalist: boolean;
}

/** The registry as plain data, for the warm-start snapshot. */
export interface RegistryData {
  entities: Entity[];
  byArticle: number[][];
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** For each article, its local entity index → global entity id. */
  readonly byArticle: number[][] = [];
  private readonly byAlias = new Map<string, number[]>();
  private readonly byToken = new Map<string, number[]>();
  private suggester?: MiniSearch;
  private readonly shortSuggestions = new LRUCache<string, number[]>({ max: 2000 });
  /** Entity ids, most mentioned first; built on first use. */
  private mostMentioned?: number[];
  private readonly wordsOf: string[][] = [];

  private constructor() {}

  static fromData(data: RegistryData): EntityRegistry {
    const r = new EntityRegistry();
    r.entities.push(...data.entities);
    r.byArticle.push(...data.byArticle);
    r.indexNames();
    return r;
  }

  toData(): RegistryData {
    return { entities: this.entities, byArticle: this.byArticle };
  }

  private indexNames(): void {
    for (const entity of this.entities) {
      for (const alias of [entity.name, ...entity.aliases]) {
        const k = nameKey(alias);
        push(this.byAlias, k, entity.id);
        for (const token of k.split(' ')) push(this.byToken, token, entity.id);
      }
    }
  }

  /** Merges the entities of every article: one entity for every name that refers to the same one. */
  static build(articles: readonly Article[], facts: FactsList): EntityRegistry {
    const r = new EntityRegistry();
    r.merge(articles, facts);
    r.indexNames();
    return r;
  }

  private merge(articles: readonly Article[], facts: FactsList): void {
    const locals: LocalName[] = [];
    const uf = new UnionFind();
    const keyOwners = new Map<string, number>();
    const join = (key: string, node: number) => {
      const owner = keyOwners.get(key);
      if (owner === undefined) keyOwners.set(key, node);
      else if (locals[owner].ref.article !== locals[node].ref.article) uf.union(owner, node);
    };
    facts.forEach((f, a) => {
      const text = articles[a].text;
      f.entities.forEach((e, l) => {
        let name = spanText(text, e.name.start, e.name.end);
        if (e.qualifier) name = `${spanText(text, e.qualifier.start, e.qualifier.end)}’s ${name}`;
        const aliases = new Set<string>();
        for (const m of e.mentions) {
          if (m.kind === 'name' || m.kind === 'surname' || m.kind === 'acronym' || m.kind === 'credit')
            aliases.add(spanText(text, m.start, m.end));
        }
        if (e.qualifier) aliases.add(spanText(text, e.name.start, e.name.end));
        const key = nameKey(name);
        // A person named only in a byline or credits line is the journalist: one of the same name
        // in another article's story ("said Dr Ada Marrow, the director") is someone else.
        const kind = e.type === 'person' && e.mentions.every((m) => m.kind === 'credit') ? 'journalist' : e.type;
        const node = uf.add();
        locals.push({
          ref: { article: a, local: l },
          type: e.type,
          name,
          key,
          tokens: key.split(' '),
          aliases: [...aliases],
          mentions: e.mentions.length,
          journalist: kind === 'journalist',
        });
        join(`${kind}:${key}`, node);
        if (e.type === 'person' && locals[node].tokens.length >= 2) {
          const t = locals[node].tokens;
          join(`${kind}~${transliterationKey(t[0])} ${t.slice(1).join(' ')}`, node);
        }
        for (const alias of aliases) {
          if (e.type === 'organization' && /^\p{Lu}[\p{Lu}.&]+$/u.test(alias)) join(`acronym:${nameKey(alias)}`, node);
        }
        if (e.type === 'organization' && /^[\p{Lu}.&]+$/u.test(name)) join(`acronym:${key}`, node);
      });
    });
    // A person named by one word only in some article ("Xi") is the one person of that surname elsewhere.
    const multi = new Map<string, Set<number>>();
    locals.forEach((n, i) => {
      if (n.type !== 'person' || n.tokens.length < 2 || n.journalist) return;
      for (const t of [n.tokens[0], n.tokens[n.tokens.length - 1]]) {
        const set = multi.get(t) ?? new Set<number>();
        set.add(uf.find(i));
        multi.set(t, set);
      }
    });
    locals.forEach((n, i) => {
      if (n.type !== 'person' || n.tokens.length !== 1 || n.journalist) return;
      const groups = multi.get(n.tokens[0]);
      if (groups && new Set([...groups].map((g) => uf.find(g))).size === 1) uf.union(i, [...groups][0]);
    });

    // "Vera Solntseva" in one article is the "Vera Arkadyevna Solntseva" of another: a later story
    // drops a middle name (a patronymic, a second given name). Only where one group of people has
    // that first and last name with a middle one, and it is in another article.
    const withMiddle = new Map<string, Set<number>>();
    locals.forEach((n, i) => {
      if (n.type !== 'person' || n.tokens.length !== 3 || n.journalist) return;
      const key = `${n.tokens[0]} ${n.tokens[2]}`;
      (withMiddle.get(key) ?? withMiddle.set(key, new Set()).get(key)!).add(uf.find(i));
    });
    locals.forEach((n, i) => {
      if (n.type !== 'person' || n.tokens.length !== 2 || n.journalist) return;
      const groups = [...new Set([...(withMiddle.get(n.key) ?? [])].map((g) => uf.find(g)))];
      if (groups.length !== 1) return;
      const fuller = locals.findIndex((o, j) => uf.find(j) === groups[0] && o.tokens.length === 3);
      if (locals[fuller].ref.article !== n.ref.article) uf.union(i, groups[0]);
    });

    const groupOf = new Map<number, number>();
    locals.forEach((n, i) => {
      const root = uf.find(i);
      let id = groupOf.get(root);
      if (id === undefined) {
        id = this.entities.length;
        groupOf.set(root, id);
        this.entities.push({ id, type: n.type, name: n.name, aliases: [], refs: [], mentionCount: 0 });
      }
      const entity = this.entities[id];
      entity.refs.push(n.ref);
      entity.mentionCount += n.mentions;
      (this.byArticle[n.ref.article] ??= [])[n.ref.local] = id;
    });
    // Canonical name: the fullest, then the most used; the others are aliases.
    const membersOf = new Map<number, LocalName[]>();
    locals.forEach((n, i) => {
      const id = groupOf.get(uf.find(i))!;
      (membersOf.get(id) ?? membersOf.set(id, []).get(id)!).push(n);
    });
    for (const entity of this.entities) {
      const members = membersOf.get(entity.id)!;
      const counts = new Map<string, number>();
      for (const m of members) counts.set(m.name, (counts.get(m.name) ?? 0) + m.mentions);
      const best = [...counts.keys()].sort(
        (a, b) => b.split(' ').length - a.split(' ').length || counts.get(b)! - counts.get(a)!,
      )[0];
      entity.name = best;
      const seen = new Set([nameKey(best)]);
      for (const m of members) {
        for (const alias of [m.name, ...m.aliases]) {
          const k = nameKey(alias);
          if (!k || seen.has(k)) continue;
          seen.add(k);
          entity.aliases.push(alias);
        }
      }
    }
  }

  get(id: number): Entity {
    return this.entities[id];
  }

  /** The global id of an article's local entity. */
  globalId(article: number, local: number): number {
    return this.byArticle[article][local];
  }

  /** Entities whose name or an alias is exactly this (compared as name keys), or, for a single word, whose name holds it. */
  byName(name: string, singleWord = false): number[] {
    const key = nameKey(name);
    const exact = this.byAlias.get(key) ?? this.byAlias.get(stripTitles(key));
    if (exact?.length) return exact;
    return singleWord && !key.includes(' ') ? (this.byToken.get(key) ?? []) : [];
  }

  /** Entities one of whose names holds this word ("Halvorsen" → both Halvorsens). */
  withWord(word: string): number[] {
    return this.byToken.get(nameKey(word)) ?? [];
  }

  /** Finds entities by name. Titles before a name are ignored ("Governor Ferrante" → Ferrante). */
  lookup(query: string): EntityLookup {
    const key = nameKey(query);
    const result: EntityLookup = { exact: [], partial: [], similar: [] };
    if (!key) return result;
    const variants = [key, stripTitles(key)].filter((v, i, all) => v && all.indexOf(v) === i);
    for (const v of variants) {
      for (const id of this.byAlias.get(v) ?? []) if (!result.exact.includes(id)) result.exact.push(id);
    }
    // "Le Roux" is the mayor's short name, and "Yves Le Roux" ends with it: a surname asked for
    // names everyone who bears it, so that namesakes are told apart rather than one silently chosen.
    if (result.exact.length && !result.exact.some((id) => variants.includes(nameKey(this.entities[id].name)))) {
      for (const v of variants) {
        const last = v.split(' ').pop()!;
        for (const id of this.byToken.get(last) ?? []) {
          const e = this.entities[id];
          const name = nameKey(e.name);
          // One given name before it: "Luis Soto Rojas" is called Soto, his first surname.
          const given = name.endsWith(` ${v}`) ? name.slice(0, -v.length - 1) : '';
          if (e.type === 'person' && given && !given.includes(' ') && !result.exact.includes(id)) result.exact.push(id);
        }
      }
    }
    if (result.exact.length === 0) {
      for (const v of variants) {
        const words = v.split(' ');
        let candidates: number[] | undefined;
        for (const w of words) {
          const ids = this.byToken.get(w) ?? [];
          candidates = candidates ? candidates.filter((id) => ids.includes(id)) : [...ids];
        }
        for (const id of candidates ?? []) if (!result.partial.includes(id)) result.partial.push(id);
        if (result.partial.length) break;
      }
    }
    if (result.exact.length === 0 && result.partial.length === 0) {
      result.similar = this.suggest(query, 5).filter((id) => this.isClose(query, id));
    }
    const byMentions = (a: number, b: number) => this.entities[b].mentionCount - this.entities[a].mentionCount;
    result.exact.sort(byMentions);
    result.partial.sort(byMentions);
    return result;
  }

  private isClose(query: string, id: number): boolean {
    const q = stripTitles(nameKey(query));
    const e = this.entities[id];
    return [e.name, ...e.aliases].some((a) => {
      const k = nameKey(a);
      return (
        editDistance(q, k) <= Math.max(1, Math.floor(q.length / 5)) ||
        k.split(' ').some((t) => t.length > 3 && editDistance(q, t) <= Math.max(1, Math.floor(q.length / 5)))
      );
    });
  }

  /** Entity ids for an autocomplete prefix: names and aliases by prefix, then fuzzily; most mentioned first. */
  suggest(prefix: string, limit = 25): number[] {
    const q = nameKey(prefix);
    // The first keystrokes (and the empty option Discord asks about first) match thousands of
    // names: the most mentioned whose name has a word starting so are read off the list kept in
    // order of mentions, which stops at the limit instead of scoring every match.
    if (q.length <= 2 && !q.includes(' ')) {
      const known = this.shortSuggestions.get(`${limit}:${q}`);
      if (known) return [...known];
      const ids: number[] = [];
      for (const id of this.idsByMentions()) {
        if (ids.length >= limit) break;
        if (!q || this.nameWords(id).some((w) => w.startsWith(q))) ids.push(id);
      }
      this.shortSuggestions.set(`${limit}:${q}`, ids);
      return [...ids];
    }
    this.suggester ??= this.buildSuggester();
    // "Emre M": a last word of a letter or two would draw every name word starting so into the
    // search; the names found for the words before are kept when one of their words starts so.
    const words = q.split(NAME_WORD_BREAK).filter(Boolean);
    const last = words[words.length - 1];
    const stub = words.length > 1 && last.length <= 2;
    const searched = stub ? words.slice(0, -1).join(' ') : q;
    const search = (fuzzy: boolean) =>
      this.suggester!.search(searched, {
        prefix: true,
        fuzzy: fuzzy ? (term) => (term.length > 3 ? 0.25 : false) : false,
        combineWith: 'AND',
        boostDocument: (id) => 1 + Math.log1p(this.entities[id as number].mentionCount),
      })
        .map((h) => h.id as number)
        .filter((id) => !stub || this.nameWords(id).some((w) => w.startsWith(last)));
    // Names that start as typed come first; a misspelling's matches fill what is left. A fuzzy
    // search walks far more of the name index than a prefix does, so it runs only when needed.
    const ids = search(false).slice(0, limit);
    if (ids.length < limit && searched.length > 3) {
      const seen = new Set(ids);
      for (const id of search(true)) {
        if (ids.length >= limit) break;
        if (!seen.has(id)) ids.push(id);
      }
    }
    return ids;
  }

  /** Readies what autocomplete reads, so that no user's keystroke waits for it to be built. */
  prepareSuggestions(): void {
    this.suggester ??= this.buildSuggester();
    for (const id of this.idsByMentions()) this.nameWords(id);
  }

  private idsByMentions(): number[] {
    this.mostMentioned ??= this.entities.map((e) => e.id).sort(byMentionsThenId(this.entities));
    return this.mostMentioned;
  }

  /** The words of an entity's name and aliases, as the suggester splits them. */
  private nameWords(id: number): string[] {
    let words = this.wordsOf[id];
    if (!words) {
      const e = this.entities[id];
      words = this.wordsOf[id] = [e.name, ...e.aliases].flatMap(suggestedWords);
    }
    return words;
  }

  private buildSuggester(): MiniSearch {
    const ms = new MiniSearch({
      fields: ['names'],
      idField: 'id',
      tokenize: (s) => s.split(NAME_WORD_BREAK),
      processTerm: (t) => nameKey(t) || null,
    });
    ms.addAll(this.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases].join(' ') })));
    return ms;
  }
}

/** Where autocomplete splits a name into the words a prefix may start. */
const NAME_WORD_BREAK = /[\s-]+/;
const suggestedWords = (name: string) =>
  name
    .split(NAME_WORD_BREAK)
    .map((w) => nameKey(w))
    .filter(Boolean);

const byMentionsThenId = (entities: readonly Entity[]) => (a: number, b: number) =>
  entities[b].mentionCount - entities[a].mentionCount || a - b;

function push(map: Map<string, number[]>, key: string, id: number) {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function stripTitles(key: string): string {
  const words = key.split(' ');
  let i = 0;
  while (i < words.length - 1 && (TITLE_HEADS.has(words[i]) || TITLE_MODIFIERS.has(words[i]))) i++;
  return words.slice(i).join(' ');
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
