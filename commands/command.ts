// The shape of a slash command: its Discord definition and a pure handler from (knowledge base,
// options) to an Answer, so one handler serves Discord, the console and the tests.

import type { SlashCommandOptionsOnlyBuilder } from '@discordjs/builders';
// The enums from discord.js's own API types: importing discord.js itself would load the whole client.
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import type { Answer } from '../src/answer/answer.ts';
import { suggestSubjects, topicsNow } from '../src/answer/topics.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';

export type CommandOptions = Record<string, string | undefined> & { page?: string };

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  data: SlashCommandOptionsOnlyBuilder;
  /** A use of it that /help shows: "/who Marrow". */
  example: string;
  /**
   * The pure handler. A command without one changes the articles (/add): each edge answers it with
   * its own I/O (src/discord/edge-commands.ts, src/console/main.ts), and runCommand refuses it.
   */
  execute?(kb: KnowledgeBase, options: CommandOptions): Answer;
  /** Suggestions for the option being typed; at most 25. */
  autocomplete?(kb: KnowledgeBase, option: string, typed: string): Choice[];
}

/** Option values longer than Discord allows for a choice are cut; empty names are skipped. */
export function entityChoices(kb: KnowledgeBase, typed: string): Choice[] {
  return kb.registry
    .suggest(typed, 25)
    .map((id) => {
      const e = kb.registry.get(id);
      const name = e.name.length > 100 ? `${e.name.slice(0, 99)}…` : e.name;
      return { name, value: e.name.slice(0, 100) };
    })
    .filter((c) => c.name.trim().length > 0);
}

/** Where a command can be used: installed to a server or to a user, in servers, the bot's DM and group DMs. */
export const EVERYWHERE = {
  integrationTypes: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} as const;

/** Registers a command for both kinds of install and every context (see EVERYWHERE). */
export function usableAnywhere<
  T extends {
    setIntegrationTypes(...t: ApplicationIntegrationType[]): T;
    setContexts(...c: InteractionContextType[]): T;
  },
>(builder: T): T {
  return builder.setIntegrationTypes(...EVERYWHERE.integrationTypes).setContexts(...EVERYWHERE.contexts);
}

/** People, organisations, places and topics, ranked by how much the articles say about them. */
export function subjectChoices(kb: KnowledgeBase, typed: string): Choice[] {
  return suggestSubjects(kb, typed, topicsNow(kb)).map((s) => ({ name: s.label, value: s.value }));
}

export function pageOf(options: CommandOptions): number {
  const n = Number(options.page ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
