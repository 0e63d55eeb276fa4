// /who name: who or what someone is in the articles — roles, aliases, what they said and did, who
// they appear with, and where — every line cited.

import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { nameKey } from '../text/normalize.ts';
import { type Answer, type AnswerLine, type AnswerSection, Citations, flat, listWords, notFound, plural } from './answer.ts';

const TYPE_WORDS = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

export function answerWho(kb: KnowledgeBase, name: string, command = `/who ${name}`): Answer {
  const query = name.trim();
  if (!query) return { ...notFound(command, 'Who?', 'Give a name to look up, for example `/who Belousov`.'), problem: 'usage', ephemeral: true };
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
  // A bare surname that another person of the articles also bears is theirs too: both are listed.
  const single = nameKey(stripQuery(query));
  if (found.exact.length === 1 && kb.registry.get(found.exact[0]).type === 'person' && !single.includes(' ') && nameKey(kb.registry.get(found.exact[0]).name) !== single) {
    const namesakes = kb.registry.withWord(single).filter((id) => kb.registry.get(id).type === 'person');
    if (namesakes.length > 1) return several(kb, query, [found.exact[0], ...namesakes.filter((id) => id !== found.exact[0])], command);
  }
  return describe(kb, matches[0], command);
}

function several(kb: KnowledgeBase, query: string, ids: number[], command: string): Answer {
  const cites = new Citations(kb);
  const lines: AnswerLine[] = ids.slice(0, 15).map((id) => {
    const e = kb.registry.get(id);
    const profile = kb.profile(id);
    const role = profile.roles[0];
    const line: AnswerLine = { label: e.name, text: role ? role.text : TYPE_WORDS[e.type].toLowerCase() };
    if (role) line.cites = [cites.cite(role.cites[0][0], { start: role.cites[0][1], end: role.cites[0][2] })];
    else if (profile.sentences.length) line.cites = [cites.sentence(profile.sentences[0], profile.sentences[1])];
    return line;
  });
  // "He is not related to the Kaldmark chief executive": what the articles say tells them apart.
  const apart: AnswerLine[] = [];
  for (const id of ids.slice(0, 15)) {
    const s = kb.profile(id).sentences;
    for (let i = 0; i < s.length; i += 3) {
      const sentence = kb.articles[s[i]].sentences[s[i + 1]];
      const said = kb.text(s[i], sentence);
      if (!UNRELATED.test(said) || apart.some((l) => l.text === flat(said))) continue;
      apart.push({ text: flat(said), quoted: true, cites: [cites.sentence(s[i], s[i + 1])] });
    }
  }
  const sections: AnswerSection[] = [{ lines, more: Math.max(0, ids.length - lines.length) }];
  if (apart.length) sections.push({ heading: 'Told apart', lines: apart.slice(0, 3) });
  return {
    command, found: true, title: `${ids.length} match “${query}”`,
    lead: `Several ${ids.every((id) => kb.registry.get(id).type === 'person') ? 'people' : 'entries'} in the articles match “${query}”. Ask again with the full name:`,
    sections,
    citations: cites.list,
  };
}

const UNRELATED = /\b(?:not|no)\s+(?:related|relation|relative)\b|\bunrelated\b/i;
/** A query without a title before the name: "Governor Ferrante" → "Ferrante". */
const stripQuery = (q: string) => q.replace(/^(?:(?:mr|mrs|ms|dr|prof|sir|sheikh)\.?\s+)+/i, '');

const SUBJECT = 1;
const NAMED = 2;

function describe(kb: KnowledgeBase, id: number, command: string): Answer {
  const entity = kb.registry.get(id);
  const profile = kb.profile(id);
  const cites = new Citations(kb);
  const sections: AnswerSection[] = [];

  if (profile.roles.length) {
    sections.push({
      heading: 'Roles',
      lines: profile.roles.slice(0, 6).map((r) => ({ text: r.text, cites: r.cites.map(([a, start, end]) => cites.cite(a, { start, end })) })),
      more: Math.max(0, profile.roles.length - 6),
    });
  }
  if (entity.aliases.length) sections.push({ heading: 'Also called', lines: [{ text: listWords(entity.aliases, 8) }] });

  // What they said: quotations first.
  const said = kb.statementsBy([id]).sort((a, b) => (a.kind === 'direct' ? 0 : 1) - (b.kind === 'direct' ? 0 : 1));
  const shown = new Set<string>();
  if (said.length) {
    sections.push({
      heading: 'Said',
      lines: said.slice(0, 3).map((s) => {
        shown.add(`${s.article}:${s.sentences[0]}`);
        return { text: flat(kb.text(s.article, s.content)), quoted: s.kind === 'direct', cites: [cites.cite(s.article, s.context)] };
      }),
      more: Math.max(0, said.length - 3),
    });
  }

  // What they did: sentences that name them, those where they act first.
  const did: { article: number; sentence: number; flags: number }[] = [];
  const s = profile.sentences;
  // A sentence that neither names them nor has them act ("…, who is not related to the minister")
  // is about someone else.
  for (let i = 0; i < s.length; i += 3) if (!shown.has(`${s[i]}:${s[i + 1]}`) && s[i + 2] & (SUBJECT | NAMED)) did.push({ article: s[i], sentence: s[i + 1], flags: s[i + 2] });
  const rank = (d: { flags: number }) => (d.flags & SUBJECT ? 0 : 2) + (d.flags & NAMED ? 0 : 1);
  const chosen = did.map((d, order) => ({ d, order })).sort((a, b) => rank(a.d) - rank(b.d) || a.order - b.order).slice(0, 5).map((x) => x.d);
  if (chosen.length) {
    sections.push({
      heading: entity.type === 'person' ? 'In the news' : 'Mentioned',
      lines: chosen.map((d) => ({ text: flat(kb.text(d.article, kb.articles[d.article].sentences[d.sentence])), quoted: true, cites: [cites.sentence(d.article, d.sentence)] })),
      more: Math.max(0, did.length - chosen.length),
    });
  }

  const companions = profile.companions.slice(0, 6).map((o) => kb.registry.get(o).name);
  if (companions.length) sections.push({ heading: 'Appears with', lines: [{ text: listWords(companions) }] });

  const articles: number[] = [];
  for (const r of entity.refs) if (articles[articles.length - 1] !== r.article && !articles.includes(r.article)) articles.push(r.article);
  sections.push({ heading: 'Articles', lines: [{ text: listWords(articles.slice(0, 3).map((a) => `“${kb.articles[a].title.text}”`).concat(articles.length > 3 ? [`${articles.length - 3} more`] : [])) }] });

  const kind = TYPE_WORDS[entity.type];
  const lead = profile.roles.length ? `${kind}: ${profile.roles.slice(0, 2).map((r) => r.text).join('; ')}.` : `${kind}, in ${plural(profile.articles, 'article')}.`;
  return { command, found: true, title: entity.name, lead, sections, citations: cites.list, footer: `${plural(entity.mentionCount, 'mention')} in ${plural(profile.articles, 'article')}` };
}
