// When several people fit a name (/who Marrow, /quotes Quade): one line each — name, role and the
// article they are in — and a choice that runs the command again for the one the reader means.

import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { clip } from '../render/markdown.ts';
import { analyze } from '../text/analyzer.ts';
import { nameKey, stripDiacritics } from '../text/normalize.ts';
import { type Answer, type AnswerLine, Citations, flat, type Pick } from './answer.ts';

const TYPE_WORDS = { person: 'person', organization: 'organisation', place: 'place' } as const;
/** Discord shows at most 25 options in a select menu. */
const CHOICES_MAX = 25;
const UNRELATED = /\b(?:not|no)\s+(?:related|relation|relative)\b|\bunrelated\b/i;
const LINES_MAX = 15;

/**
 * The entities a name fits: those it names exactly, else those whose names hold all its words. A
 * lone surname that one person goes by is still shared by others of that surname ("Marrow" when
 * the articles name two Marrows, or two Lius named family name first): then it fits them all.
 */
export function entitiesFitting(kb: KnowledgeBase, query: string): number[] {
  const found = kb.registry.lookup(query);
  if (found.exact.length === 0) return byTitle(kb, query, found.partial);
  if (found.exact.length > 1) return byTitle(kb, query, found.exact);
  const key = nameKey(query);
  const only = kb.registry.get(found.exact[0]);
  if (!key || key.includes(' ') || only.type !== 'person') return found.exact;
  const suffix = ` ${key}`;
  const prefix = `${key} `;
  // The family name goes where the one person's own name has it: last ("Ada Marrow"), or first
  // ("Liu Hanwen", whom the articles call "Liu"), and so for the namesakes.
  const familyFirst = nameKey(only.name).startsWith(prefix) && !nameKey(only.name).endsWith(suffix);
  // Of a double surname the first is the one used alone: when the one person has the name as the
  // first of two ("Ana Rivas Prado" for "Rivas"), who has it as the second ("Luis Soto Rivas") goes by
  // another.
  const words = nameKey(only.name).split(' ');
  const paternal = words.length === 3 && words[1] === key;
  const maternal = (name: string) => {
    const w = nameKey(name).split(' ');
    return paternal && w.length === 3 && w[2] === key;
  };
  // "Novák" asked as "Novák" or "Novak": the key has no accents, so neither has the name it is matched to.
  const names = personNames(kb);
  const namesakes = kb.registry.entities.filter(
    (e) =>
      e.id !== only.id &&
      e.type === 'person' &&
      !maternal(e.name) &&
      e.name.length > suffix.length &&
      (familyFirst
        ? names.folded[e.id].startsWith(prefix) && names.keys[e.id].startsWith(prefix)
        : names.folded[e.id].endsWith(suffix) && names.keys[e.id].endsWith(suffix)),
  );
  if (namesakes.length === 0) return found.exact;
  return [only.id, ...namesakes.sort((a, b) => b.mentionCount - a.mentionCount).map((e) => e.id)];
}

const personNamesOf = new WeakMap<KnowledgeBase, { folded: string[]; keys: string[] }>();

/**
 * Every person's name folded to lower case without accents, and as a name key, by entity id: made
 * once, since a lone surname is compared with every person's name.
 */
function personNames(kb: KnowledgeBase): { folded: string[]; keys: string[] } {
  let names = personNamesOf.get(kb);
  if (!names) {
    const folded: string[] = [];
    const keys: string[] = [];
    for (const e of kb.registry.entities) {
      folded[e.id] = e.type === 'person' ? stripDiacritics(e.name).toLowerCase() : '';
      keys[e.id] = e.type === 'person' ? nameKey(e.name) : '';
    }
    personNamesOf.set(kb, (names = { folded, keys }));
  }
  return names;
}

/**
 * A title in the query ("Chief Inspector Marrow") picks, of several who share the name, those the
 * articles give that role; when none has it, all still fit.
 */
function byTitle(kb: KnowledgeBase, query: string, ids: number[]): number[] {
  if (ids.length < 2) return ids;
  const nameTerms = new Set(
    ids.flatMap((id) => [kb.registry.get(id).name, ...kb.registry.get(id).aliases]).flatMap((n) => analyze(n)),
  );
  const title = analyze(query).filter((t) => !nameTerms.has(t));
  if (title.length === 0) return ids;
  const titled = ids.filter((id) =>
    kb.profile(id).roles.some((r) => {
      const words = new Set(analyze(r.text));
      return title.every((t) => words.has(t));
    }),
  );
  return titled.length ? titled : ids;
}

/** The first article an entity is named in. */
function firstArticle(kb: KnowledgeBase, id: number): number | undefined {
  return kb.registry.get(id).refs[0]?.article;
}

export function severalFit(
  kb: KnowledgeBase,
  query: string,
  ids: number[],
  command: string,
  pickCommand: string,
): Answer {
  const cites = new Citations(kb);
  const pickChoices: Pick['choices'] = [];
  const lines: AnswerLine[] = ids.slice(0, LINES_MAX).map((id) => {
    const e = kb.registry.get(id);
    const profile = kb.profile(id);
    // Two roles tell namesakes apart better than one ("Colonel", "the ministry's spokesperson").
    const roles = profile.roles.slice(0, 2);
    const article = firstArticle(kb, id);
    const title = article === undefined ? '' : kb.articles[article].title.text;
    const what = roles.length ? roles.map((r) => r.text).join('; ') : TYPE_WORDS[e.type];
    const line: AnswerLine = { label: e.name, text: title ? `${what} — in “${clip(title, 90)}”` : what };
    line.cites = roles.map((r) => cites.cite(r.cites[0][0], { start: r.cites[0][1], end: r.cites[0][2] }));
    // …and what they did: the first sentence of a story (not its headline) with them named as its
    // subject, else the first naming them.
    const s = profile.sentences;
    const headline = (i: number) => {
      const a = kb.articles[s[i]];
      return s[i + 1] === 0 && kb.text(s[i], a.sentences[0]).trim() === a.title.text.trim();
    };
    let at = -1;
    for (let i = 0; i < s.length && at < 0; i += 3) if ((s[i + 2] & 3) === 3 && !headline(i)) at = i;
    if (at < 0 && !roles.length && s.length) at = 0;
    if (at >= 0) line.cites.push(cites.sentence(s[at], s[at + 1]));
    return line;
  });
  for (const id of ids) {
    const e = kb.registry.get(id);
    if (pickChoices.length >= CHOICES_MAX) break;
    // The value must find this entity again: its full name, within Discord's 100 characters.
    if ([...e.name].length > 100 || pickChoices.some((c) => c.value === e.name)) continue;
    const role = kb.profile(id).roles[0]?.text ?? TYPE_WORDS[e.type];
    const article = firstArticle(kb, id);
    const description = article === undefined ? role : `${role} — ${kb.articles[article].title.text}`;
    pickChoices.push({ label: e.name, value: e.name, description: clip(description, 100) });
  }
  const people = ids.every((id) => kb.registry.get(id).type === 'person');
  // "He is not related to the chief executive": what the articles say tells namesakes apart.
  const apart: AnswerLine[] = [];
  for (const id of ids.slice(0, LINES_MAX)) {
    const s = kb.profile(id).sentences;
    for (let i = 0; i < s.length && apart.length < 3; i += 3) {
      const said = kb.text(s[i], kb.articles[s[i]].sentences[s[i + 1]]);
      if (!UNRELATED.test(said) || apart.some((l) => l.text === flat(said))) continue;
      apart.push({ text: flat(said), quoted: true, cites: [cites.sentence(s[i], s[i + 1])] });
    }
  }
  return {
    command,
    found: true,
    title: `${ids.length} match “${query}”`,
    lead: `Several ${people ? 'people' : 'entries'} in the articles match “${query}”. Choose one below, or ask again with the full name:`,
    sections: [
      { lines, more: Math.max(0, ids.length - lines.length) },
      ...(apart.length ? [{ heading: 'Told apart', lines: apart }] : []),
    ],
    citations: cites.list,
    pick:
      pickChoices.length > 1
        ? { command: pickCommand, placeholder: people ? 'Which person?' : 'Which one?', choices: pickChoices }
        : undefined,
  };
}
