import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_MODAL_ID,
  addArticleModal,
  articleFromForm,
  describeAddedArticle,
  isArticleFileName,
} from '../commands/add.ts';
import { COMMANDS } from '../commands/index.ts';
import { commandDefinitions } from '../src/discord/definitions.ts';
import { AddArticleError, KnowledgeStore } from '../src/knowledge/store.ts';
import { createLogger } from '../src/log.ts';
import { checkCommandDefinitions, checkModal } from './support/discord-limits.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'discord');

describe('the /add definition', () => {
  it('is in the registry like every command, and /help tells who may use it from its definition', () => {
    expect(COMMANDS.get('add')?.execute).toBeUndefined();
    const help = COMMANDS.get('help')!.execute!(undefined as never, {});
    const lines = help.sections.flatMap((s) => s.lines);
    const add = lines.find((l) => l.label === '/add [file] [url]');
    expect(add?.text).toMatch(/For members who can manage the server, in servers only\. Example: \/add url:/);
    // Commands usable everywhere say nothing of where.
    expect(lines.find((l) => l.label === '/who name')?.text).not.toMatch(/servers only|members who/);
    expect(lines.map((l) => l.label).at(-1)).toBe('Check in the articles');
  });

  it('is deployed with every command, Manage Server only, in servers only, with an optional file or address', () => {
    const defs = commandDefinitions();
    expect(defs.map((d) => d.name)).toEqual([...COMMANDS.keys(), 'Check in the articles']);
    expect(checkCommandDefinitions(defs)).toEqual([]);
    const add = defs.find((d) => d.name === 'add')!;
    expect(add.default_member_permissions).toBe('32');
    expect(add.contexts).toEqual([0]);
    expect(add.integration_types).toEqual([0]);
    expect('options' in add && add.options).toEqual([
      expect.objectContaining({ name: 'file', type: 11, required: false }),
      expect.objectContaining({ name: 'url', type: 3, required: false }),
    ]);
  });

  it('has a form Discord accepts', () => {
    const modal = addArticleModal().toJSON();
    expect(modal.custom_id).toBe(ADD_MODAL_ID);
    expect(checkModal(modal)).toEqual([]);
  });
});

describe('articleFromForm', () => {
  it('makes a title the file name and the heading', () => {
    const { name, bytes } = articleFromForm(
      '  Kessel pilots: strike ends! ',
      'Pilots went back to work on Friday.\r\nThe port reopened.',
    );
    expect(name).toBe('kessel-pilots-strike-ends.md');
    expect(bytes.toString()).toBe(
      '# Kessel pilots: strike ends!\n\nPilots went back to work on Friday.\nThe port reopened.\n',
    );
  });

  it('uses a file name as given and keeps text that has its own heading or front matter', () => {
    expect(articleFromForm('notes.txt', 'Text as is.').bytes.toString()).toBe('Text as is.\n');
    expect(articleFromForm('notes.txt', 'x').name).toBe('notes.txt');
    expect(articleFromForm('Title', '# Own heading\n\nBody.').bytes.toString()).toBe('# Own heading\n\nBody.\n');
    expect(articleFromForm('Title', '---\ntitle: T\n---\nBody.').bytes.toString()).toBe('---\ntitle: T\n---\nBody.\n');
    expect(articleFromForm('???', 'Body.').name).toBe('article.md');
    expect(articleFromForm('Ünïcödé Tïtle', 'Body.').name).toBe('unicode-title.md');
  });

  it('knows article file names', () => {
    expect(['a.txt', 'B.MD', 'x.md '].every(isArticleFileName)).toBe(true);
    expect(['a.pdf', 'a.txt.exe', 'md'].some(isArticleFileName)).toBe(false);
  });
});

describe('describeAddedArticle, on a real knowledge store', () => {
  let dir: string;
  let store: KnowledgeStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'add-article-'));
    copyFileSync(join(FIXTURES, 'seeds', '03_marenland_rates.md'), join(dir, '03_marenland_rates.md'));
    store = new KnowledgeStore(dir, { log: createLogger('json', 'error') });
    await store.refresh();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the title, date and the people the new article names', async () => {
    const bytes = readFileSync(join(FIXTURES, 'incoming', '06_velmark_runoff.txt'));
    const article = await store.addArticle('runoff.txt', bytes);
    const answer = describeAddedArticle(store.current, article);
    expect(answer.title).toMatch(/^Added: Laila Haddad, the mayor of Velmark/);
    expect(answer.lead).toBe('Saved as runoff.txt. The bot now answers from 2 articles.');
    expect(answer.ephemeral).toBe(true);
    const lines = Object.fromEntries(answer.sections[0].lines.map((l) => [l.label, l.text]));
    expect(lines.Date).toBe('none found in the article');
    expect(lines.Source).toBe('Reuters');
    expect(lines.People).toMatch(/^Laila Haddad, Samir Haddad/);
    expect(lines.People).not.toMatch(/Ferrante/); // only this article's people
    expect(lines.People).not.toMatch(/Toprak/); // the reporter is credited, not in the story
    expect(lines.Credits).toBe('Elif Toprak and Jon Maddox');
    expect(answer.footer).toBe('Try /who Laila Haddad');
  });

  it('the store refuses the same article twice with a message for the user', async () => {
    const bytes = readFileSync(join(FIXTURES, 'incoming', '06_velmark_runoff.txt'));
    await expect(store.addArticle('again.txt', bytes)).rejects.toThrow(AddArticleError);
    await expect(store.addArticle('again.txt', bytes)).rejects.toThrow(/already loaded, as runoff\.txt/);
  });

  it('without a knowledge base yet, says the people are still being read', () => {
    const answer = describeAddedArticle(undefined, store.current!.articles[0]);
    expect(answer.sections[0].lines.find((l) => l.label === 'People')?.text).toMatch(/still being read/);
  });
});
