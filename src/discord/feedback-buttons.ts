// 👍 Helpful / 👎 Not helpful under an answer: the press is written to the feedback log and thanked
// privately. The presser is kept only as a hash of their user id.

import type { ButtonInteraction } from 'discord.js';
import { hashUser } from '../feedback/feedback-log.ts';
import { parseFeedbackId } from '../render/answer-controls.ts';
import { STALE_BUTTON } from './buttons.ts';
import { sendNotice } from './replies.ts';
import type { RouterDeps } from './router.ts';

export const THANKS = {
  helpful: 'Thanks — noted that this answer helped.',
  'not helpful': 'Thanks — noted that this answer did not help. It will be looked at to improve the bot.',
} as const;

export async function answerFeedback(interaction: ButtonInteraction, deps: RouterDeps): Promise<void> {
  const parsed = parseFeedbackId(interaction.customId);
  if (!parsed) return sendNotice(interaction, STALE_BUTTON);
  const rated = deps.feedback.recall(parsed.key);
  await deps.feedback.record({
    time: new Date().toISOString(),
    guild: interaction.guildId ?? null,
    user: hashUser(interaction.user.id),
    command: rated?.command ?? parsed.command,
    options: rated?.options ?? null,
    citations: rated?.citations ?? null,
    verdict: parsed.verdict,
    answer: parsed.key,
  });
  await sendNotice(interaction, THANKS[parsed.verdict]);
}
