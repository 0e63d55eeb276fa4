// Every interaction comes in here and goes to what answers it: slash commands, autocomplete, buttons
// and the /add form. Whatever goes wrong is logged with its context and answered with a private
// apology, so the bot never crashes and a user never sees "The application did not respond".

import type { Interaction } from 'discord.js';
import type { Article } from '../corpus/article.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { FetchPageOptions } from '../ingest/fetch-page.ts';
import type { Logger } from '../log.ts';
import { ADD_MODAL_ID } from '../../commands/add.ts';
import { answerAddForm } from './add-article.ts';
import { EDGE_COMMANDS } from './edge-commands.ts';
import { FEEDBACK_PREFIX, PICK_PREFIX } from '../render/answer-controls.ts';
import type { FeedbackLog } from '../feedback/feedback-log.ts';
import { answerAutocomplete } from './autocomplete.ts';
import { answerButton } from './buttons.ts';
import { answerFeedback } from './feedback-buttons.ts';
import { answerMessageCommand } from './message-commands.ts';
import { answerPick } from './pick-menu.ts';
import type { KnowledgeSource } from './live-knowledge.ts';
import type { SourcesStore } from './sources-store.ts';
import { type RateLimiter, slowDownMessage } from './rate-limit.ts';
import { APOLOGY, sendNotice } from './replies.ts';
import { answerCommand, optionsOf } from './slash-commands.ts';
import type { TestHooks } from './test-hooks.ts';

export interface RouterDeps {
  knowledge: KnowledgeSource;
  /** Saves an article (KnowledgeStore.addArticle) and gives the knowledge base that includes it. */
  addArticle(name: string, bytes: Uint8Array): Promise<{ article: Article; kb: KnowledgeBase | undefined }>;
  log: Logger;
  /** What each reply's Sources button shows. */
  sources: SourcesStore;
  limiter: RateLimiter;
  maxArticleBytes: number;
  /** Hosts /add may download attachments from. */
  attachmentHosts: string[];
  /** How /add url: fetches pages; from the environment (ALLOW_PRIVATE_URLS) when not given. */
  pageOptions?: FetchPageOptions;
  hooks: TestHooks;
  /** How long a deferred answer waits for the first load before saying it is still loading. */
  loadWaitMs: number;
  /** Where 👍/👎 presses are written, and the answers they rate. */
  feedback: FeedbackLog;
}

/** What a log line about an interaction says: never a token, never pasted article text. */
export type InteractionContext = Record<string, unknown>;

function contextOf(interaction: Interaction): InteractionContext {
  const base: InteractionContext = {
    interaction: interaction.id,
    user: interaction.user.id,
    guild: interaction.guildId ?? undefined,
  };
  if (interaction.isChatInputCommand() || interaction.isAutocomplete())
    return {
      ...base,
      kind: interaction.isAutocomplete() ? 'autocomplete' : 'command',
      command: interaction.commandName,
      options: optionsOf(interaction),
    };
  if (interaction.isMessageContextMenuCommand())
    return { ...base, kind: 'message command', command: interaction.commandName, message: interaction.targetId };
  if (interaction.isStringSelectMenu())
    return { ...base, kind: 'select', customId: interaction.customId, values: interaction.values };
  if (interaction.isMessageComponent()) return { ...base, kind: 'button', customId: interaction.customId };
  if (interaction.isModalSubmit()) return { ...base, kind: 'form', customId: interaction.customId };
  return { ...base, kind: `type ${interaction.type}` };
}

export function createRouter(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  const { log } = deps;
  return async (interaction) => {
    const context = contextOf(interaction);
    const started = performance.now();
    try {
      if (interaction.isAutocomplete()) {
        await answerAutocomplete(interaction, deps);
        return;
      }
      if (!interaction.isRepliable()) return;
      // Rating an answer runs nothing and must never be refused: it is not counted.
      if (interaction.isButton() && interaction.customId.startsWith(FEEDBACK_PREFIX)) {
        await answerFeedback(interaction, deps);
        log.info('interaction answered', { ...context, ms: Math.round(performance.now() - started) });
        return;
      }
      // Only commands count (slash and message commands). A page turn, a Sources press or a choice
      // of person looks again at a reply already counted, and a form submit finishes an /add already counted.
      if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
        const decision = deps.limiter.take(interaction.user.id);
        if (!decision.ok) {
          log.info('rate limited', { ...context, retryAfterMs: decision.retryAfterMs });
          await sendNotice(interaction, slowDownMessage(decision.retryAfterMs, deps.limiter.perMinute));
          return;
        }
      }
      if (interaction.isChatInputCommand()) {
        await (EDGE_COMMANDS.get(interaction.commandName) ?? answerCommand)(interaction, deps, context);
      } else if (interaction.isMessageContextMenuCommand()) {
        await answerMessageCommand(interaction, deps, context);
      } else if (interaction.isStringSelectMenu() && interaction.customId.startsWith(PICK_PREFIX)) {
        await answerPick(interaction, deps, context);
      } else if (interaction.isButton()) {
        await answerButton(interaction, deps, context);
      } else if (interaction.isModalSubmit() && interaction.customId === ADD_MODAL_ID) {
        await answerAddForm(interaction, deps, context);
      } else {
        await sendNotice(
          interaction,
          'That control is from an older version of this bot and no longer works. Please run the command again.',
        );
      }
      log.info('interaction answered', {
        ...context,
        deferred: interaction.deferred,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      log.error('interaction failed', { ...context, error, ms: Math.round(performance.now() - started) });
      await apologise(interaction, log, context);
    }
  };
}

async function apologise(interaction: Interaction, log: Logger, context: InteractionContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      await sendNotice(interaction, APOLOGY, 'error');
    }
  } catch (error) {
    // Typically the interaction expired (more than 3 s without an acknowledgement); nothing more can be sent.
    log.warn('could not send the apology', { ...context, error });
  }
}
