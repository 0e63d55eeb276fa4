import { SlashCommandBuilder } from '@discordjs/builders';
import { answerTimeline } from '../src/answer/timeline.ts';
import { type Command, subjectChoices, pageOf, usableAnywhere } from './command.ts';

export const timeline: Command = {
  data: usableAnywhere(new SlashCommandBuilder())
    .setName('timeline')
    .setDescription('Events in time order, of all articles or about a person or topic.')
    .addStringOption((o) =>
      o
        .setName('about')
        .setDescription('A person, organisation, place or topic, e.g. Taiwan')
        .setMaxLength(80)
        .setAutocomplete(true),
    )
    .addBooleanOption((o) =>
      o.setName('picture').setDescription('Attach a picture of the timeline: dates on an axis, a colour per article'),
    ),
  example: '/timeline about:Taiwan picture:True',
  execute: (kb, options) =>
    answerTimeline(kb, options.about ?? '', pageOf(options), `/timeline ${options.about ?? ''}`.trim(), {
      picture: /^true$/i.test(options.picture ?? ''),
    }),
  autocomplete: (kb, _option, typed) => subjectChoices(kb, typed),
};
