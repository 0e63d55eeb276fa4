// /who name: who or what someone is in the articles — roles, aliases, what they said and did, who
// they appear with, and where — every line cited.

import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { type Answer, type AnswerSection, Citations, flat, listWords, notFound, plural } from './answer.ts';
import { entitiesFitting, severalFit } from './several.ts';

const TYPE_WORDS = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

export function answerWho(kb: KnowledgeBase, name: string, command = `/who ${name}`): Answer {
  const query = name.trim();
  if (!query)
    return {
      ...notFound(command, 'Who?', 'Give a name to look up, for example `/who Belousov`.'),
      problem: 'usage',
      ephemeral: true,
    };
  const found = kb.registry.lookup(query);
  const matches = entitiesFitting(kb, query);
  if (matches.length === 0) {
    const lead = `The articles do not mention “${query}”.`;
    const sections: AnswerSection[] = found.similar.length
      ? [{ heading: 'Did you mean', lines: found.similar.map((id) => ({ text: kb.registry.get(id).name })) }]
      : [];
    return notFound(command, 'Not in the articles', lead, sections);
  }
  if (matches.length > 1) return severalFit(kb, query, matches, command, 'who');
  return describe(kb, matches[0], command);
}

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
      lines: profile.roles
        .slice(0, 6)
        .map((r) => ({ text: r.text, cites: r.cites.map(([a, start, end]) => cites.cite(a, { start, end })) })),
      more: Math.max(0, profile.roles.length - 6),
    });
  }
  if (entity.aliases.length) sections.push({ heading: 'Also called', lines: [{ text: listWords(entity.aliases, 8) }] });

  // What they said: quotations first.
  const said = kb.statementsBy([id]).sort((a, b) => (a.kind === 'direct' ? 0 : 1) - (b.kind === 'direct' ? 0 : 1));
  const shown: [number, number][] = [];
  if (said.length) {
    sections.push({
      heading: 'Said',
      lines: said.slice(0, 3).map((s) => {
        shown.push([s.article, s.sentences[0]]);
        return {
          text: flat(kb.text(s.article, s.content)),
          quoted: s.kind === 'direct',
          cites: [cites.cite(s.article, s.context)],
        };
      }),
      more: Math.max(0, said.length - 3),
    });
  }

  // What they did: sentences that name them, those where they act first.
  const did: { article: number; sentence: number; flags: number }[] = [];
  const s = profile.sentences;
  // A sentence that neither names them nor has them act ("…, who is not related to the minister")
  // is about someone else.
  // (A widely named entity has tens of thousands of such sentences: nothing here is more than linear.)
  for (let i = 0; i < s.length; i += 3)
    if (s[i + 2] & (SUBJECT | NAMED) && !shown.some(([a, sentence]) => a === s[i] && sentence === s[i + 1]))
      did.push({ article: s[i], sentence: s[i + 1], flags: s[i + 2] });
  const rank = (d: { flags: number }) => (d.flags & SUBJECT ? 0 : 2) + (d.flags & NAMED ? 0 : 1);
  // The first five by rank, each rank in the profile's order.
  const chosen: typeof did = [];
  for (let r = 0; r < 4 && chosen.length < 5; r++)
    for (const d of did) {
      if (chosen.length >= 5) break;
      if (rank(d) === r) chosen.push(d);
    }
  if (chosen.length) {
    sections.push({
      heading: entity.type === 'person' ? 'In the news' : 'Mentioned',
      lines: chosen.map((d) => ({
        text: flat(kb.text(d.article, kb.articles[d.article].sentences[d.sentence])),
        quoted: true,
        cites: [cites.sentence(d.article, d.sentence)],
      })),
      more: Math.max(0, did.length - chosen.length),
    });
  }

  const companions = profile.companions.slice(0, 6).map((o) => kb.registry.get(o).name);
  if (companions.length) sections.push({ heading: 'Appears with', lines: [{ text: listWords(companions) }] });

  const articles: number[] = [];
  const seen = new Set<number>();
  for (const r of entity.refs)
    if (!seen.has(r.article)) {
      seen.add(r.article);
      articles.push(r.article);
    }
  sections.push({
    heading: 'Articles',
    lines: [
      {
        text: listWords(
          articles
            .slice(0, 3)
            .map((a) => `“${kb.articles[a].title.text}”`)
            .concat(articles.length > 3 ? [`${articles.length - 3} more`] : []),
        ),
      },
    ],
  });

  const kind = TYPE_WORDS[entity.type];
  const lead = profile.roles.length
    ? `${kind}: ${profile.roles
        .slice(0, 2)
        .map((r) => r.text)
        .join('; ')}.`
    : `${kind}, in ${plural(profile.articles, 'article')}.`;
  return {
    command,
    found: true,
    title: entity.name,
    lead,
    sections,
    citations: cites.list,
    footer: `${plural(entity.mentionCount, 'mention')} in ${plural(profile.articles, 'article')}`,
  };
}
