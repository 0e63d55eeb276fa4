// Word lists of general news English used by the extraction rules: titles, role nouns, the head
// words of organisation and place names, speech verbs. None names a particular person or story.
// This is their one home: a rule that needs such a list imports it from here (month and weekday
// names live in src/corpus/months.ts, which the corpus readers need too; irregular word forms in
// src/text/spelling.ts). None of them is added to compromise's lexicon: compromise's own tags are
// what the rules read, and these lists are consulted beside them.

import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../corpus/months.ts';
import { pattern } from '../text/pattern.ts';
import { irregularBase } from '../text/spelling.ts';

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Capitalised words that make a title before a name: "Defence Minister", "Chief Executive", "Gov." */
export const TITLE_HEADS = words(`
president vice-president minister premier chancellor secretary governor mayor senator sen congressman congresswoman
representative rep ambassador envoy general gen colonel col lieutenant lt major maj captain capt sergeant sgt
admiral adm commander commissioner chief executive officer director chairman chairwoman chair chairperson
spokesman spokeswoman spokesperson king queen prince princess emperor empress pope cardinal bishop archbishop
rabbi imam sheikh sultan emir judge justice prosecutor attorney dr doctor prof professor mr mrs ms mx sir dame
lord lady rev reverend father sister brother coach manager deputy speaker leader head president-elect
superintendent inspector detective sheriff constable marshal treasurer comptroller auditor economist
councillor councilor cllr alderman magistrate commodore brigadier
alhaji alhaja hajia haji hajji mallam
`);
/** Capitalised modifiers that may precede a title head: "Finance Minister", "Outgoing President". */
export const TITLE_MODIFIERS = words(`
prime deputy vice acting interim former outgoing incoming senior junior first chief executive financial operating
technology information marketing general attorney foreign defence defense finance health energy interior home
justice trade economy economic education environment agriculture transport labour labor culture tourism housing
industry security intelligence military army navy air foreign-affairs state federal regional provincial national
supreme high managing associate assistant principal lead special secretary-general under undersecretary
opposition party central bank police fire district city county
`);

/** Lower-case nouns that name a person's role: "the envoy", "former finance minister", "her deputy"; a
 * player's position too ("winger Ana Lopes", "the lock"). */
export const PERSON_ROLE_HEADS = words(`
minister president premier chancellor secretary governor mayor senator lawmaker legislator congressman congresswoman
representative ambassador envoy diplomat negotiator mediator general colonel commander admiral officer chief
executive director chairman chairwoman chair chairperson founder co-founder owner head leader spokesman spokeswoman
spokesperson king queen prince princess monarch emperor pope bishop archbishop cardinal priest imam rabbi judge
justice prosecutor attorney lawyer counsel adviser advisor aide deputy candidate president-elect nominee economist
analyst researcher professor scientist coordinator commissioner official strategist trader investor banker ceo
cfo coo cto doctor nurse surgeon physician epidemiologist engineer farmer fisherman student teacher survivor
witness suspect defendant plaintiff activist campaigner organiser organizer manager coach captain player
reporter correspondent editor journalist columnist photographer auditor inspector superintendent sheriff
treasurer governor-general speaker whip ruler dictator emir sultan sheikh vice-chairman vice-president
undersecretary secretary-general commander-in-chief specialist expert consultant representative delegate
councillor councilor alderman magistrate novelist author writer critic director sergeant detective
winger striker midfielder defender goalkeeper flyhalf fly-half scrum-half fullback full-back centre-back
center-back playmaker substitute lock prop
`);

/** Lower-case nouns that describe an organisation: "the state utility", "the U.N. children's agency". */
export const ORG_ROLE_HEADS = words(`
company firm utility agency bank group party alliance organization organisation body authority regulator ministry
department commission council court fund union federation association institute university newspaper broadcaster
network carrier airline maker manufacturer producer supplier operator lender insurer retailer chipmaker automaker
startup conglomerate giant coalition movement militia army navy force committee board exchange watchdog charity
nonprofit foundation government administration office service station club team league business corporation
subsidiary unit division parliament assembly legislature newsroom channel outlet publisher festival directorate
inspectorate
`);

/** Capitalised head words of organisation names, beside compromise's own list (names.ts). */
export const ORG_NAME_HEADS = words(`
  ministry bank commission organization organisation court fund council committee agency authority party alliance
  union federation association institute university college school board bureau office department service
  corporation corp inc ltd plc llc co group holdings company daily times post news wire press herald journal
  tribune gazette telegraph network television radio semiconductor motors airlines airways energy oil gas petroleum
  pharmaceuticals technologies systems industries capital partners securities exchange reserve treasury parliament
  congress senate assembly cabinet government police army navy forces guard front movement coalition league
  foundation trust charity society academy centre center church mission commission observatory programme program
  foods dairy dairies bakery bakeries beverages brewing breweries mining minerals metals steel chemicals biologics therapeutics biotech pharma
  logistics shipping media electronics software solutions labs laboratories robotics automotive insurance financial
  investments ventures retail stores textiles cement construction engineering aerospace utilities railways telecom
  communications studios resources brands tramways waterways ferries buses transit
`);

/** Capitalised head words of place names, beside compromise's geographic list (names.ts). */
export const PLACE_NAME_HEADS =
  words(`square street avenue road boulevard bridge port airport harbour harbor park palace palais valley province
  county district region city town village island islands sea ocean gulf bay coast river lake mountain mountains
  hills peninsula strait canal desert plain plains heights state kingdom republic`);

/** Head words of organisation names that are no name on their own ("Bank", "Ministry"). */
export const ORG_HEADS_NOT_NAMES_ALONE = words(`
bank ministry group company union party court council commission agency fund authority board office department
university association federation committee service trust partners capital holdings corp inc
`);

/** Capitalised words naming bodies that are not companies: "Ministry", "Central Bank" (entities.ts). */
export const NOT_COMPANY_WORDS = [
  'Ministry',
  'Agency',
  'Authority',
  'Inspectorate',
  'Union',
  'Court',
  'Board',
  'Commission',
  'Council',
  'Party',
  'Parliament',
  'Assembly',
  'Service',
  'Department',
  'Office',
  'Police',
  'Army',
  'Government',
  'Committee',
  'Organization',
  'Organisation',
  'Federation',
  'Association',
  'Institute',
  'University',
  'Hospital',
  'Central Bank',
];

/** Lower-case nouns that describe a place: "the Orvian capital", "the border town". */
export const PLACE_ROLE_HEADS = words(`
capital city town village province region state country district county island port republic kingdom territory
municipality neighbourhood neighborhood suburb enclave area nation island
`);

/** Words that end a place name's first part: "Port Elwin", "Lake Victoria", "Mount Quarrow". */
export const PLACE_NAME_PREFIXES = words(
  'port porto puerto lake mount mt cape fort saint st san santa sao los las el la le new north south east west upper lower greater',
);

/** News agencies and wire services: organisations, whatever their capitalisation suggests. */
export const NEWS_AGENCIES = words(
  'reuters ap afp bloomberg xinhua tass interfax yonhap kyodo dpa ansa efe pti ria upi aap anadolu',
);

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Charles de Gaulle", and the
 *  Welsh patronymic "ap"/"ab" (son of) and "ferch" (daughter of): "Rhys ap Gwilym". */
export const NAME_PARTICLES = words(
  'de da del della der di du la le van von bin ibn al el dos das ter den ben ap ab ferch',
);

/** Connectors inside organisation names: "Bank of Quarrow", "Palais des Nations". */
export const NAME_CONNECTORS = words('of for and the des de du la on in');

/** Month and weekday names and their abbreviations, lower case (from src/corpus/months.ts). */
export const MONTHS_AND_DAYS = new Set(
  [...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES].map((w) => w.toLowerCase()),
);

/** Verbs that report speech. Base forms; inflections are matched by `speechVerbBase`. */
export const SPEECH_VERBS =
  words(`say tell add state declare announce warn note explain argue insist claim write ask reply
acknowledge concede confirm deny estimate predict urge call describe stress suggest report reiterate repeat
comment observe remark recall promise pledge vow complain admit allege assert testify caution contend tweet post`);

/** Irregular past forms of speech verbs (their base from src/text/spelling.ts); "written" is not one. */
const SPEECH_PAST_FORMS = words('said told wrote');

/** Speech-verb forms that are verbs whatever compromise tags them: "said", "adding", "noting". */
export const SPEECH_FORMS_ALWAYS_VERBS = words(
  'said says told telling adding saying noting warning arguing insisting stressing explaining',
);

/** Speech verbs that stand just before a name they attribute to: "…,” said Ada Marrow. */
export const SPEECH_BEFORE_NAME = words('said says asked added wrote');

/** Speech verbs that stand just after a name that speaks: "Ada Marrow said …". */
export const SPEECH_AFTER_NAME = words('said says told tells added wrote');

/** The base form of a speech verb, or undefined: "warned" → "warn", "told" → "tell". */
export function speechVerbBase(word: string): string | undefined {
  const w = word.toLowerCase();
  if (SPEECH_PAST_FORMS.has(w)) return irregularBase(w);
  if (SPEECH_VERBS.has(w)) return w;
  for (const base of [
    w.replace(/ied$/, 'y'),
    w.replace(/ies$/, 'y'),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/s$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/es$/, ''),
  ]) {
    if (base !== w && SPEECH_VERBS.has(base)) return base;
  }
  return undefined;
}

export const FEMALE_PRONOUNS = words('she her hers herself');
export const MALE_PRONOUNS = words('he him his himself');
export const FEMALE_HONORIFICS = words('mrs ms miss madam dame lady queen princess empress sister');
export const MALE_HONORIFICS = words('mr sir lord king prince emperor father brother');

/** Verbs of finding and ruling that report, as speech verbs do: "the judge found", "the court held". */
export const FINDING_VERBS = /^(?:found|ruled|held|concluded|decided|noted|wrote|argued)$/i;

/**
 * A report or claim whose words the sentence relays: the outlet's own earlier story ("our report",
 * "an earlier version of this article", "the same report") or a fact check's "Claim:". Corrections
 * and fact checks state the error this way before the fact; the error is no answer and no event.
 */
export const RELAYED_CLAIM = pattern(
  'iu',
  /^\W*(?:the\s+)?claim\W*:/,
  '|',
  /\b(?:our|the\s+same|an?\s+(?:earlier|previous|partner)|the\s+(?:original|earlier|previous|online)|this\s+newspaper['’]s)\s+/,
  /(?:[\p{L}'’-]+\s+){0,3}?(?:report|story|article|headline|graphic|caption|item|version|piece|obituary|feature|post)s?\b/u,
  /(?:[^.]|\.(?=\s*\d)|\([^)]*\))*?/,
  /\b(?:said|says|stated|gave|described|called|put|suggested|claimed|as\s+saying|headlined|reported|misstated|misspelled)\b/,
);
