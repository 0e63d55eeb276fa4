// /add: a server manager adds an article, as a .txt/.md attachment or pasted into a form. Only the
// definition and the pure parts live here; downloading and saving is I/O, in src/discord/add-article.ts.
// It has no pure handler: each edge answers it with its own I/O (Discord: an attachment or a form;
// the console: a path or an address).

// From the builders and the API types rather than discord.js, which would load the whole client
// into the console as well.
import { LabelBuilder, ModalBuilder, SlashCommandBuilder, TextInputBuilder } from '@discordjs/builders';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  TextInputStyle,
} from 'discord-api-types/v10';
import type { Answer, AnswerLine } from '../src/answer/answer.ts';
import { listWords, plural } from '../src/answer/answer.ts';
import { dateLabel } from '../src/answer/articles.ts';
import type { Article } from '../src/corpus/article.ts';
import type { EntityType } from '../src/extract/facts.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import type { Command } from './command.ts';

export const ADD_MODAL_ID = 'add-article';
export const ADD_FIELDS = { title: 'title', text: 'text' } as const;
/** Discord's limit for a text input; longer articles need the attachment. */
export const PASTE_LIMIT = 4000;

export const add: Command = {
  example: '/add url:https://example.com/news/story',
  data: new SlashCommandBuilder()
    .setName('add')
    .setDescription('Add a news article: a .txt or .md file, a web address, or (with neither) a form to paste it.')
    // Discord hides the command from members without Manage Server; the handler checks again.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    // Only a server install: adding articles changes what the bot answers for everyone there.
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild)
    .addAttachmentOption((o) =>
      o.setName('file').setDescription('The article as a .txt or .md file').setRequired(false),
    )
    .addStringOption((o) =>
      o
        .setName('url')
        .setDescription('The address of a news article on the web (https://…)')
        .setRequired(false)
        .setMaxLength(2000),
    ),
};

export function isArticleFileName(name: string): boolean {
  return /\.(txt|md)$/i.test(name.trim());
}

/** The form /add shows when no file is attached. */
export function addArticleModal(): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(ADD_MODAL_ID)
    .setTitle('Add an article')
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('Title (or a file name ending in .txt/.md)')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(ADD_FIELDS.title)
            .setStyle(TextInputStyle.Short)
            .setRequired(true)
            .setMaxLength(100),
        ),
      new LabelBuilder()
        .setLabel('Article text')
        .setDescription(`Up to ${PASTE_LIMIT} characters; attach a file for longer articles.`)
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(ADD_FIELDS.text)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(true)
            .setMinLength(20)
            .setMaxLength(PASTE_LIMIT),
        ),
    );
}

/** A file name's stem from a title: lower case, ASCII, dashes. */
export function slugOf(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'article'
  );
}

/**
 * The file a pasted article becomes. A title becomes the file name and a Markdown heading (so the
 * article keeps it as its title); a file name is used as given, with the text unchanged.
 */
export function articleFromForm(title: string, text: string): { name: string; bytes: Buffer } {
  const body = text.replace(/\r\n?/g, '\n').trim();
  const given = title.trim();
  if (isArticleFileName(given)) return { name: given, bytes: Buffer.from(`${body}\n`, 'utf8') };
  const slug = slugOf(given);
  const withHeading = given && !/^(#|---\s*\n)/.test(body) ? `# ${given.replace(/\s+/g, ' ')}\n\n${body}` : body;
  return { name: `${slug}.md`, bytes: Buffer.from(`${withHeading}\n`, 'utf8') };
}

/**
 * Names of one type of entity in an article, most mentioned first. `credited` picks the people named
 * only in the closing credits (reporters, editors) instead of those the story is about.
 */
function namesIn(kb: KnowledgeBase, article: number, type: EntityType, credited = false): string[] {
  const locals = kb.registry.byArticle[article] ?? [];
  const counts = new Map<number, number>();
  locals.forEach((id, local) => {
    if (kb.registry.get(id).type !== type) return;
    const inStory = (kb.factsOf(article).entities[local]?.mentions ?? []).filter((m) => m.kind !== 'credit').length;
    if (credited ? inStory === 0 : inStory > 0) counts.set(id, (counts.get(id) ?? 0) + inStory);
  });
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => kb.registry.get(id).name);
}

/** What the bot found in an article it just added: title, date, source and who is in it. */
export function describeAddedArticle(kb: KnowledgeBase | undefined, article: Article): Answer {
  const index = kb ? kb.articles.findIndex((a) => a.file === article.file) : -1;
  const lines: AnswerLine[] = [
    { label: 'Date', text: article.date.kind === 'unknown' ? 'none found in the article' : dateLabel(article) },
  ];
  if (article.source) lines.push({ label: 'Source', text: article.source });
  if (article.byline) lines.push({ label: 'By', text: article.byline });
  let people: string[] = [];
  if (kb && index >= 0) {
    people = namesIn(kb, index, 'person');
    const organisations = namesIn(kb, index, 'organization');
    const places = namesIn(kb, index, 'place');
    lines.push({ label: 'People', text: people.length ? listWords(people, 15) : 'none found' });
    if (organisations.length) lines.push({ label: 'Organisations', text: listWords(organisations, 10) });
    if (places.length) lines.push({ label: 'Places', text: listWords(places, 10) });
    const credits = namesIn(kb, index, 'person', true);
    if (credits.length) lines.push({ label: 'Credits', text: listWords(credits, 10) });
  } else {
    lines.push({ label: 'People', text: 'still being read; try /who in a moment' });
  }
  return {
    command: '/add',
    found: true,
    title: `Added: ${article.title.text}`,
    lead: `Saved as ${article.file}.${kb ? ` The bot now answers from ${plural(kb.articles.length, 'article')}.` : ''}`,
    sections: [{ lines }],
    citations: [],
    footer: people.length ? `Try /who ${people[0]}` : undefined,
    ephemeral: true,
  };
}
