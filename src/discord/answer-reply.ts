// Sends a command's Answer with everything it carries: the rendered embed, the select menu when
// several people fit, the feedback buttons, and the timeline picture as an attached PNG. Replies
// are private where Discord would show them to the user alone anyway (see replyPrivately).

import { type Interaction, PermissionFlagsBits, type RepliableInteraction } from 'discord.js';
import type { Answer } from '../answer/answer.ts';
import type { RatedAnswer } from '../feedback/feedback-log.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { type AnswerPayload, withAnswerControls } from '../render/answer-controls.ts';
import { renderReply } from '../render/discord.ts';
import { PICTURE_NAME, renderTimelinePicture } from '../render/timeline-picture.ts';
import { defer, renderOptionsFor, send } from './replies.ts';
import type { InteractionContext, RouterDeps } from './router.ts';

/**
 * Whether Discord would show a public reply to this user alone: the app is installed only by the
 * user (not to this server), and the server does not let members' apps post publicly (the Use
 * External Apps permission). The reply says so itself, so deferrals and edits agree with Discord.
 */
export function replyPrivately(interaction: Interaction): boolean {
  if (!interaction.inGuild()) return false;
  const owners = interaction.authorizingIntegrationOwners ?? {};
  const guildInstalled = owners[0] !== undefined && owners[0] !== null;
  if (guildInstalled) return false;
  return !interaction.memberPermissions?.has(PermissionFlagsBits.UseExternalApps);
}

/** An answer's reply payload with its controls; `picture` is the PNG of its timeline, if drawn. */
export function answerPayload(
  deps: Pick<RouterDeps, 'feedback' | 'sources'>,
  kb: KnowledgeBase,
  answer: Answer,
  rated: Omit<RatedAnswer, 'citations'>,
  picture?: Buffer,
): AnswerPayload {
  const key = deps.feedback.remember({
    ...rated,
    citations: answer.citations.map((c) => ({ file: c.file, start: c.start, end: c.end })),
  });
  return withAnswerControls(
    renderReply(answer, renderOptionsFor(kb, deps.sources)),
    answer,
    { key, command: rated.command },
    picture ? { name: PICTURE_NAME, png: picture } : undefined,
  );
}

/** Replies with the answer, drawing its picture first (deferring, since drawing takes a moment). */
export async function replyWithAnswer(
  interaction: RepliableInteraction,
  deps: RouterDeps,
  context: InteractionContext,
  kb: KnowledgeBase,
  answer: Answer,
  rated: Omit<RatedAnswer, 'citations'>,
): Promise<void> {
  if (replyPrivately(interaction)) answer.ephemeral = true;
  let picture: Buffer | undefined;
  if (answer.picture?.events.length) {
    if (!interaction.deferred && !interaction.replied) await defer(interaction, !!answer.ephemeral);
    try {
      picture = await renderTimelinePicture(answer.picture);
    } catch (error) {
      // The answer is still worth sending without its picture.
      deps.log.error('timeline picture failed', { ...context, error });
      answer.footer = [answer.footer, 'The picture could not be drawn.'].filter(Boolean).join(' ');
    }
  }
  await send(interaction, answerPayload(deps, kb, answer, rated, picture));
}
