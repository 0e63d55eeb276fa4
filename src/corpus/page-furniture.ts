// What a saved web page carries besides the story, and the other shapes of news: each rule is data,
// a pattern over one block's text (markup blanked, whitespace collapsed) with the reason it fires.

import { anyOf, pattern } from '../text/pattern.ts';

export interface Rule {
  match: RegExp;
  reason: string;
}

const SHARE_TARGETS =
  /e-?mail|print|copy link|save|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|bluesky|comments?(?: \(\d+\))?/;

/** Page furniture: kept out of the article's paragraphs and sentences altogether. */
export const FURNITURE: Rule[] = [
  { match: /^skip to (?:the )?(?:main )?(?:content|navigation|main)$/i, reason: 'skip link' },
  {
    match:
      // One share button, then more of them after separators.
      pattern(
        'i',
        '^',
        anyOf(
          /share|share this(?: article| story| page| post)?|share on (?:social media|\w+)|tweet(?: this)?/,
          SHARE_TARGETS,
        ),
        '(?:\\s*[|·•,/]?\\s*',
        anyOf(/share(?: on \w+)?|tweet/, SHARE_TARGETS),
        ')*\\s*:?$',
      ),
    reason: 'share bar',
  },
  { match: /^share this (?:article|story|page|post)\b/i, reason: 'share bar' },
  {
    match: pattern(
      'iu',
      '^',
      anyOf(
        /read more|read next|related|related (?:articles?|stories|coverage|content|links|reading)/,
        /more on this (?:story|topic)|see also|recommended(?: for you| reading)?|most (?:read|popular|viewed)/,
        /also read|you (?:may|might) also like|trending(?: now)?|more from [\p{L} ]+/u,
        /latest(?: news| stories)?|top stories|further reading|more stories|explore more/,
      ),
      /\s*(?::|[|–—-]\s|$)/,
    ),
    reason: '"read more" or "related" links',
  },
  {
    match: pattern(
      'i',
      '^',
      anyOf(
        /advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|paid (?:post|content)/,
        /story continues below(?: advertisement)?|article continues (?:below|after advertisement)/,
        /scroll (?:down )?to continue(?: with content)?|ad/,
      ),
      '$',
    ),
    reason: 'advertisement',
  },
  {
    match: pattern(
      'i',
      /\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|briefing|updates|inbox|alerts|e-?mails?)\b/,
      '|^',
      anyOf(
        /newsletter|get (?:our|the) (?:\w+ )?newsletter|subscribe(?: now| today)?/,
        /already a subscriber\b.*|support (?:our|independent) journalism\b.*/,
      ),
    ),
    reason: 'newsletter or subscription prompt',
  },
  { match: /^(?:©|\(c\)\s)|^copyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b/i, reason: 'copyright line' },
  {
    match: pattern(
      'i',
      /\bcookies?\b.{0,120}\b(?:accept|consent|policy|preferences|settings|we use|this site uses)\b/,
      /|^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences))$/,
    ),
    reason: 'cookie notice',
  },
  {
    match: pattern(
      'iu',
      '^',
      anyOf(
        /follow us(?: on [\p{L} ,]+)?|click here\b.*|listen to (?:this )?(?:article|story)\b.{0,20}/u,
        /watch(?: the video)?|sign in|log in|menu|search|home|back to top|jump to\b.*|open in app/,
        /download (?:the|our) app\b.*/,
      ),
      '$',
    ),
    reason: 'navigation',
  },
  {
    // "Home | News | Harbour | Sport | Weather": a site's menu, three or more short items.
    match: /^[^|·•]{1,25}(?:\s[|·•]\s[^|·•]{1,25}){2,}$/u,
    reason: 'menu',
  },
  // "News > Harbour", "You are here: Home > News > Harbour": where the page sits in the site.
  {
    match: pattern(
      'u',
      /^(?:(?:[Yy]ou are here|[Ll]ocation|[Bb]readcrumbs?):\s*)?/,
      /[\p{L}\p{N}'’&-]+(?: [\p{L}\p{N}'’&-]+){0,3}(?:\s[>›»]\s[\p{L}\p{N}'’&-]+(?: [\p{L}\p{N}'’&-]+){0,3})+$/u,
    ),
    reason: 'breadcrumb',
  },
  {
    match:
      /^(?:(?:log ?in|log out|sign in|sign up|sign out|subscribe|register|my account|account|menu|search)\b\s*){2,}$/i,
    reason: 'account links',
  },
  { match: /^(?:photo|photograph|image|picture|video|graphic)s?(?: by)?:\s*\S.{0,80}$/i, reason: 'picture credit' },
  {
    match: /^this (?:interview|conversation|transcript|article) has been (?:edited|condensed|lightly edited)\b/i,
    reason: "editor's note on editing",
  },
  { match: /^(?:\d+\s+min(?:ute)?s?\s+read|reading time\b.*|\d+\s+comments?)$/i, reason: 'page widget' },
];

/** A caption's telltale photo credit. */
export const PHOTO_CREDIT = pattern(
  'iu',
  /\((?:photo|photograph|picture|image|credit)s?(?: by)?:?\s[^)]*\)\s*$/,
  /|\b(?:REUTERS|AP Photo|AFP|EPA|Getty Images|Bloomberg|ANP|Xinhua)\/[\p{L}\s.'’-]+(?:\/[\p{L}\s.'’-]+)*\s*$/u,
  /|\b(?:Photo|Picture|Image)s?:\s*[\p{L}\s./'’&-]+$/u,
);

/** Lines at the top of a press release that are not news. */
export const PRESS_RELEASE_LINE: Rule[] = [
  { match: /^(?:press|news|media) release$|^for immediate release\b.*$/i, reason: 'press release label' },
  {
    match:
      /^(?:embargoed|under embargo|embargo)\b.*\b(?:until|till|for release|not for (?:publication|release)|\d{1,2}[:.]\d{2}|\d{4})\b/i,
    reason: 'embargo line',
  },
];

/** The headings of a press release's closing sections, which are not news; each runs on to the next heading. */
export const BOILERPLATE_HEADING: Rule[] = [
  { match: /^notes? (?:to|for) editors?:?$/i, reason: 'notes to editors' },
  {
    match: /^about (?:us|the (?:organi[sz]ation|company|network|charity|group|foundation))\s*:?$/i,
    reason: '"about us"',
  },
  {
    match: pattern(
      'i',
      /^(?:media|press) (?:contacts?|enquiries|inquiries|office|information)\s*:?$/,
      /|^for (?:more|further) information(?:,? (?:please )?contact)?\s*:?$|^contacts?:?$/,
    ),
    reason: 'media contact',
  },
  { match: /^(?:-?\s*ends\s*-?|#{3}|\*{3})$/i, reason: 'end of release' },
];

/** In a press release, "About <organisation>" opens the boilerplate too. */
export const ABOUT_ORGANISATION = /^about (?:the )?\p{Lu}[\p{L}\p{N}'’&.()-]*(?:\s+[\p{L}\p{N}'’&.()-]+){0,7}\s*:?$/u;

/** A correction or clarification appended to a story: it supersedes what it corrects. */
export const CORRECTION = pattern(
  'iu',
  // "Correction:", "Correction (March 4):", "Clarification, on 4 March 2025:"
  /^(?:correction|clarification|editor['’]s note)s?/,
  /(?:\s*\([^)]{0,40}\)|,?\s+(?:on\s+)?(?:\p{L}+\.?,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(?:,?\s*\d{4})?)?\s*:/u,
  /|^an earlier version of this (?:article|story|report|piece)\b/,
  /|^this (?:article|story|report) (?:has been|was) (?:corrected|amended)\b/,
);

/** A clock time as a live blog stamps it: "19:10", "9.45 p.m.", "10h30 GMT+1" (hour, minute, a.m./p.m.). */
const CLOCK_ZONE = String.raw`(?:\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|local(?: time)?)(?:\s*[+-]\s*\d{1,2})?)?`;
export const CLOCK_TIME = String.raw`(\d{1,2})[:.h](\d{2})\s*(a\.?m\.?|p\.?m\.?)?${CLOCK_ZONE}`;

/** A live blog's timestamp, alone on its line, with an optional headline after it. */
export const TIMESTAMP = new RegExp(String.raw`^${CLOCK_TIME}(?:\s*[—–|:-]\s*(\S.*))?$`, 'i');

/** A question put in a Q&A interview. */
export const QUESTION_PREFIX = /^(?:Q|Question)\s*[:.]\s+\S/;

export function firstMatch(rules: Rule[], text: string): Rule | undefined {
  return rules.find((r) => r.match.test(text));
}

/** Furniture is short: a long paragraph is prose whatever words it opens with. */
export function furnitureRule(text: string, linkChars = 0): Rule | undefined {
  if (text.length > 300) return undefined;
  const rule = firstMatch(FURNITURE, text);
  if (rule) return rule;
  // A block that is mostly link text is navigation: "Home | World | Europe", a list of related stories.
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (letters && linkChars >= 0.6 * letters) return { match: /./, reason: 'links only' };
  return undefined;
}
