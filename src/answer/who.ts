// /who name: who or what someone is in the articles — roles, aliases, what they said and did, who
// they appear with, and where — every line cited.

import type { Span } from '../corpus/article.ts';
import type { Role } from '../extract/facts.ts';
import { spanText } from '../knowledge/entity-registry.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { nameKey } from '../text/normalize.ts';
import { type Answer, type AnswerLine, type AnswerSection, Citations, flat, listWords, notFound, plural } from './answer.ts';

const TYPE_WORDS = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

export function answerWho(kb: KnowledgeBase, name: string, command = `/who ${name}`): Answer {
  const query = name.trim();
  if (!query) return notFound(command, 'Who?', 'Give a name to look up, for example `/who Belousov`.');
  const found = kb.registry.lookup(query);
  const matches = found.exact.length ? found.exact : found.partial;
  if (matches.length === 0) {
    const lead = `The articles do not mention “${query}”.`;
    const sections: AnswerSection[] = found.similar.length
      ? [{ heading: 'Did you mean', lines: found.similar.map((id) => ({ text: kb.registry.get(id).name })) }]
      : [];
    return notFound(command, 'Not in the articles', lead, sections);
  }
  if (matches.length > 1 && !(found.exact.length === 1)) return several(kb, query, matches, command);
  return describe(kb, matches[0], command);
}

function several(kb: KnowledgeBase, query: string, ids: number[], command: string): Answer {
  const cites = new Citations(kb);
  const lines: AnswerLine[] = ids.slice(0, 15).map((id) => {
    const e = kb.registry.get(id);
    const role = rolesOf(kb, id)[0];
    const line: AnswerLine = { label: e.name, text: role ? role.text : TYPE_WORDS[e.type].toLowerCase() };
    if (role) line.cites = [cites.cite(role.article, role.span)];
    else {
      const first = kb.mentionsOf(id)[0];
      if (first) line.cites = [cites.cite(first.article, first.mention)];
    }
    return line;
  });
  return {
    command, found: true, title: `${ids.length} match “${query}”`,
    lead: `Several ${ids.every((id) => kb.registry.get(id).type === 'person') ? 'people' : 'entries'} in the articles match “${query}”. Ask again with the full name:`,
    sections: [{ lines, more: Math.max(0, ids.length - lines.length) }],
    citations: cites.list,
  };
}

interface RoleLine {
  text: string;
  article: number;
  span: Span;
}

/** Distinct roles of an entity across articles, each with the span it comes from. */
export function rolesOf(kb: KnowledgeBase, id: number): RoleLine[] {
  const out: RoleLine[] = [];
  const seen = new Map<string, number>();
  for (const ref of kb.registry.get(id).refs) {
    const text = kb.articles[ref.article].text;
    for (const role of kb.facts[ref.article].entities[ref.local].roles) {
      const shown = roleText(kb, ref.article, role);
      const key = nameKey(shown.replace(/^(?:the|a|an) /i, ''));
      if (seen.has(key)) continue;
      seen.set(key, out.length);
      out.push({ text: shown, article: ref.article, span: role.source === 'credit' ? creditSpan(text, role) : role });
    }
  }
  return out;
}

function creditSpan(text: string, role: Role): Span {
  // "Reporting by Lidia Kelly in Melbourne": cite the credit from its label to the name (and place).
  const before = text.lastIndexOf(';', role.start) + 1;
  const open = text.lastIndexOf('(', role.start) + 1;
  let start = Math.max(before, open);
  while (/\s/.test(text[start])) start++;
  const end = role.qualifier ? role.qualifier.end : role.end;
  return { start, end };
}

function roleText(kb: KnowledgeBase, article: number, role: Role): string {
  const text = kb.articles[article].text;
  if (role.source === 'credit') {
    const where = role.qualifier ? ` in ${spanText(text, role.qualifier.start, role.qualifier.end)}` : '';
    const what = { reporter: 'reporting', 'additional reporter': 'additional reporting', writer: 'writing', editor: 'editing', contributor: 'contributing' }[role.credit ?? 'contributor'];
    return `${what} for “${kb.articles[article].title.text}”${where} (${role.credit ?? 'contributor'})`;
  }
  const body = flat(text.slice(role.start, role.end)).replace(/[,;]$/, '');
  if (!role.qualifier) return body;
  let owner = spanText(text, role.qualifier.start, role.qualifier.end);
  if (role.qualifierEntity !== undefined) {
    const id = kb.registry.globalId(article, role.qualifierEntity);
    if (/^(?:her|his|its|their)$/i.test(owner)) owner = kb.registry.get(id).name;
  }
  return `${owner}’s ${body}`;
}

function describe(kb: KnowledgeBase, id: number, command: string): Answer {
  const entity = kb.registry.get(id);
  const cites = new Citations(kb);
  const sections: AnswerSection[] = [];

  const roles = rolesOf(kb, id);
  if (roles.length) {
    sections.push({ heading: 'Roles', lines: mergeCitations(kb, roles, cites).slice(0, 6) });
  }
  if (entity.aliases.length) sections.push({ heading: 'Also called', lines: [{ text: listWords(entity.aliases, 8) }] });

  // What they said.
  const said = kb.statements.filter((s) => s.speaker === id).sort((a, b) => (a.statement.kind === 'direct' ? 0 : 1) - (b.statement.kind === 'direct' ? 0 : 1));
  const shownSentences = new Set<string>();
  if (said.length) {
    sections.push({
      heading: 'Said',
      lines: said.slice(0, 3).map((s) => {
        shownSentences.add(`${s.article}:${s.statement.sentences[0]}`);
        return { text: flat(kb.text(s.article, s.statement.content)), quoted: s.statement.kind === 'direct', cites: [cites.cite(s.article, s.statement.context)] };
      }),
      more: Math.max(0, said.length - 3),
    });
  }

  // What they did: sentences that name them, subjects first.
  const mentionSentences = new Map<string, { article: number; sentence: number; subject: boolean }>();
  for (const { article, mention } of kb.mentionsOf(id)) {
    if (mention.sentence < 0) continue;
    const key = `${article}:${mention.sentence}`;
    if (shownSentences.has(key)) continue;
    const sentence = kb.articles[article].sentences[mention.sentence];
    const subject = isSubject(kb.articles[article].text, sentence.start, mention.start);
    const seen = mentionSentences.get(key);
    if (!seen) mentionSentences.set(key, { article, sentence: mention.sentence, subject });
    else if (subject) seen.subject = true;
  }
  const did = [...mentionSentences.values()].sort((a, b) => Number(b.subject) - Number(a.subject) || a.article - b.article || a.sentence - b.sentence);
  if (did.length) {
    sections.push({
      heading: entity.type === 'person' ? 'In the news' : 'Mentioned',
      lines: did.slice(0, 5).map((d) => {
        const s = kb.articles[d.article].sentences[d.sentence];
        return { text: flat(kb.text(d.article, s)), quoted: true, cites: [cites.sentence(d.article, d.sentence)] };
      }),
      more: Math.max(0, did.length - 5),
    });
  }

  // Who they appear with: other people and organisations in the same sentences.
  const together = new Map<number, number>();
  for (const d of mentionSentences.values()) {
    for (const [other] of entitiesInSentence(kb, d.article, d.sentence)) {
      if (other !== id && kb.registry.get(other).type !== 'place') together.set(other, (together.get(other) ?? 0) + 1);
    }
  }
  const companions = [...together].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([o]) => kb.registry.get(o).name);
  if (companions.length) sections.push({ heading: 'Appears with', lines: [{ text: listWords(companions) }] });

  const articles = [...new Set(entity.refs.map((r) => r.article))];
  sections.push({ heading: 'Articles', lines: [{ text: listWords(articles.map((a) => `“${kb.articles[a].title.text}”`), 3) }] });

  const kind = TYPE_WORDS[entity.type];
  const lead = roles.length ? `${kind}: ${roles.slice(0, 2).map((r) => r.text).join('; ')}.` : `${kind}, in ${plural(articles.length, 'article')}.`;
  return { command, found: true, title: entity.name, lead, sections, citations: cites.list, footer: `${plural(entity.mentionCount, 'mention')} in ${plural(articles.length, 'article')}` };
}

/** Roles that read the same in two articles are one line with both citations. */
function mergeCitations(kb: KnowledgeBase, roles: RoleLine[], cites: Citations): AnswerLine[] {
  const lines = new Map<string, AnswerLine>();
  for (const r of roles) {
    const key = nameKey(r.text.replace(/^.*’s /, ''));
    const line = lines.get(key) ?? { text: r.text, cites: [] };
    line.cites!.push(cites.cite(r.article, r.span));
    lines.set(key, line);
  }
  return [...lines.values()];
}

function entitiesInSentence(kb: KnowledgeBase, article: number, sentence: number): Map<number, number> {
  const out = new Map<number, number>();
  kb.facts[article].entities.forEach((e, local) => {
    const n = e.mentions.filter((m) => m.sentence === sentence).length;
    if (n) out.set(kb.registry.globalId(article, local), n);
  });
  return out;
}

/** Does the mention open its clause, before any verb — is it who acts? */
function isSubject(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  return !/\b(?:is|are|was|were|has|have|had|said|says|met|told|by|with|of|to|from|for|against|at|on)\b/i.test(before.slice(before.lastIndexOf(',') + 1));
}
