// The controls an answer carries besides Sources and the pager: a select menu when several people
// fit a name, and the two feedback buttons every answer has. Their custom_ids have prefixes of their
// own ("W|", "F|"), each within Discord's 100 characters.

import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import type { Answer } from '../answer/answer.ts';
import type { ReplyPayload } from './discord.ts';

export const PICK_PREFIX = 'W|';
export const FEEDBACK_PREFIX = 'F|';
const CUSTOM_ID_LIMIT = 100;
/** Discord allows five rows of components in a message. */
const ROWS_MAX = 5;

export type FeedbackVerdict = 'helpful' | 'not helpful';

/** "W|<command>": the chosen value fills the command's first option. */
export function pickId(command: string): string {
  return `${PICK_PREFIX}${command}`.slice(0, CUSTOM_ID_LIMIT);
}

export function parsePickId(id: string): { command: string } | undefined {
  const m = /^W\|([a-z]{1,32})$/.exec(id);
  return m ? { command: m[1] } : undefined;
}

/** "F|<h or n>|<answer key>|<command>": the command is cut to fit. */
export function feedbackId(verdict: FeedbackVerdict, key: string, command: string): string {
  const head = `${FEEDBACK_PREFIX}${verdict === 'helpful' ? 'h' : 'n'}|${key}|`;
  return head + [...command].slice(0, CUSTOM_ID_LIMIT - head.length).join('');
}

export function parseFeedbackId(id: string): { verdict: FeedbackVerdict; key: string; command: string } | undefined {
  const m = /^F\|([hn])\|([A-Za-z0-9_-]{1,32})\|(.{1,80})$/s.exec(id);
  return m ? { verdict: m[1] === 'h' ? 'helpful' : 'not helpful', key: m[2], command: m[3] } : undefined;
}

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A rendered reply with any kind of component, and files to upload (the timeline picture). */
export interface AnswerPayload extends Omit<ReplyPayload, 'components'> {
  components: Row[];
  files?: { name: string; attachment: Buffer }[];
}

/** The answer's select menu, if several entities fit its name. */
function pickRow(answer: Answer): Row | undefined {
  if (!answer.pick || answer.pick.choices.length < 2) return undefined;
  return {
    type: 1,
    components: [
      {
        type: 3,
        custom_id: pickId(answer.pick.command),
        placeholder: answer.pick.placeholder.slice(0, 150),
        min_values: 1,
        max_values: 1,
        options: answer.pick.choices.slice(0, 25).map((c) => ({
          label: [...c.label].slice(0, 100).join(''),
          value: [...c.value].slice(0, 100).join(''),
          ...(c.description ? { description: [...c.description].slice(0, 100).join('') } : {}),
        })),
      },
    ],
  };
}

function feedbackRow(key: string, command: string): Row {
  return {
    type: 1,
    components: [
      { type: 2, style: 2, label: 'Helpful', emoji: { name: '👍' }, custom_id: feedbackId('helpful', key, command) },
      {
        type: 2,
        style: 2,
        label: 'Not helpful',
        emoji: { name: '👎' },
        custom_id: feedbackId('not helpful', key, command),
      },
    ],
  };
}

/**
 * The reply with the answer's select menu first, then its own rows (Sources, pager), then the
 * feedback buttons; with a picture, the first embed shows the attached file.
 */
export function withAnswerControls(
  payload: ReplyPayload,
  answer: Answer,
  feedback: { key: string; command: string },
  picture?: { name: string; png: Buffer },
): AnswerPayload {
  const rows: Row[] = [];
  const pick = pickRow(answer);
  if (pick) rows.push(pick);
  rows.push(...payload.components);
  rows.push(feedbackRow(feedback.key, feedback.command));
  const out: AnswerPayload = { ...payload, components: rows.slice(0, ROWS_MAX) };
  if (picture) {
    const [first, ...rest] = payload.embeds;
    const shown: APIEmbed = { ...first, image: { url: `attachment://${picture.name}` } };
    out.embeds = [shown, ...rest];
    out.files = [{ name: picture.name, attachment: picture.png }];
  }
  return out;
}
