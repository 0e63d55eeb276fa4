// Word lists of general news English used by the extraction rules: titles, role nouns, the head
// words of organisation and place names, speech verbs. None names a particular person or story.

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

/** Lower-case nouns that name a person's role: "the envoy", "former finance minister", "her deputy". */
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

/** Lower-case nouns that describe a place: "the Kestrian capital", "the border town". */
export const PLACE_ROLE_HEADS = words(`
capital city town village province region state country district county island port republic kingdom territory
municipality neighbourhood neighborhood suburb enclave area nation island
`);

/** Words that end a place name's first part: "Port Selwyn", "Lake Victoria", "Mount Kenya". */
export const PLACE_NAME_PREFIXES = words('port porto puerto lake mount mt cape fort saint st san santa sao los las el la le new north south east west upper lower greater');

/** News agencies and wire services: organisations, whatever their capitalisation suggests. */
export const NEWS_AGENCIES = words('reuters ap afp bloomberg xinhua tass interfax yonhap kyodo dpa ansa efe pti ria upi aap anadolu');

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES = words('de da del della der di du la le van von bin ibn al el dos das ter den ben');

/** Connectors inside organisation names: "Bank of Marenland", "Palais des Nations". */
export const NAME_CONNECTORS = words('of for and the des de du la on in');

export const MONTHS_AND_DAYS = words(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`);

/** Verbs that report speech. Base forms; inflections are matched by `speechVerbBase`. */
export const SPEECH_VERBS = words(`say tell add state declare announce warn note explain argue insist claim write ask reply
acknowledge concede confirm deny estimate predict urge call describe stress suggest report reiterate repeat
comment observe remark recall promise pledge vow complain admit allege assert testify caution contend tweet post`);

const SPEECH_FORMS: Record<string, string> = { said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write' };

/** The base form of a speech verb, or undefined: "warned" → "warn", "told" → "tell". */
export function speechVerbBase(word: string): string | undefined {
  const w = word.toLowerCase();
  if (SPEECH_FORMS[w]) return SPEECH_FORMS[w];
  if (SPEECH_VERBS.has(w)) return w;
  for (const base of [w.replace(/ied$/, 'y'), w.replace(/ies$/, 'y'), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/s$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/es$/, '')]) {
    if (base !== w && SPEECH_VERBS.has(base)) return base;
  }
  return undefined;
}

export const FEMALE_PRONOUNS = words('she her hers herself');
export const MALE_PRONOUNS = words('he him his himself');
export const FEMALE_HONORIFICS = words('mrs ms miss madam dame lady queen princess empress sister');
export const MALE_HONORIFICS = words('mr sir lord king prince emperor father brother');
