// British and American spellings, and common irregular word forms, mapped to one form so that
// "defence" finds "defense" and "met" finds "meet". Each rule is general English, not tied to any article.

const WHOLE_WORDS: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense',
  programme: 'program', programmes: 'programs', cheque: 'check', cheques: 'checks', grey: 'gray',
  tyre: 'tire', tyres: 'tires', aluminium: 'aluminum', manoeuvre: 'maneuver', manoeuvres: 'maneuvers',
  judgement: 'judgment', judgements: 'judgments', ageing: 'aging', jewellery: 'jewelry', storey: 'story',
  storeys: 'stories', draught: 'draft', sceptic: 'skeptic', sceptical: 'skeptical', mould: 'mold',
  plough: 'plow', practise: 'practice', practised: 'practiced', towards: 'toward', amongst: 'among',
  whilst: 'while', enrol: 'enroll', fulfil: 'fulfill', instalment: 'installment', paediatric: 'pediatric',
  anaesthetic: 'anesthetic', haemorrhage: 'hemorrhage', foetus: 'fetus', kerb: 'curb', gaol: 'jail',
  pyjamas: 'pajamas', cosy: 'cozy', moustache: 'mustache', artefact: 'artifact', artefacts: 'artifacts',
};

// -our → -or (colour, labour, favour); these words keep their -our.
const OUR_KEEP = new Set(['our', 'four', 'hour', 'your', 'tour', 'pour', 'flour', 'sour', 'devour', 'amour', 'contour', 'detour', 'velour', 'dour', 'scour', 'troubadour', 'paramour']);
// -ise → -ize: words that are spelled -ise in American English too.
const ISE_KEEP = new Set([
  'advertise', 'advise', 'chastise', 'comprise', 'compromise', 'concise', 'demise', 'despise', 'devise', 'disguise',
  'enterprise', 'excise', 'exercise', 'expertise', 'franchise', 'improvise', 'incise', 'merchandise', 'otherwise',
  'paradise', 'precise', 'premise', 'promise', 'raise', 'praise', 'revise', 'rise', 'arise', 'surmise', 'supervise',
  'surprise', 'televise', 'wise', 'likewise', 'clockwise', 'noise', 'poise', 'cruise', 'treatise', 'circumcise',
  'apprise', 'reprise', 'valise', 'anise', 'mortise', 'porpoise', 'tortoise', 'turquoise', 'bruise', 'guise',
]);
const LL_DOUBLING = new Set([
  'travel', 'cancel', 'label', 'model', 'fuel', 'signal', 'total', 'channel', 'counsel', 'dial', 'equal', 'level',
  'marvel', 'quarrel', 'tunnel', 'rival', 'pencil', 'panel', 'parcel', 'libel', 'refuel', 'unravel', 'shovel', 'duel',
  'jewel', 'initial', 'pedal', 'spiral', 'funnel', 'grovel', 'revel', 'swivel', 'tunnel', 'barrel', 'fuel',
]);

const IRREGULAR: Record<string, string> = {
  met: 'meet', won: 'win', led: 'lead', took: 'take', taken: 'take', gave: 'give', given: 'give', told: 'tell',
  said: 'say', says: 'say', made: 'make', paid: 'pay', fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise',
  grew: 'grow', grown: 'grow', began: 'begin', begun: 'begin', held: 'hold', sold: 'sell', bought: 'buy',
  brought: 'bring', thought: 'think', fought: 'fight', sought: 'seek', caught: 'catch', taught: 'teach',
  left: 'leave', kept: 'keep', sent: 'send', spent: 'spend', built: 'build', lost: 'lose', ran: 'run',
  came: 'come', became: 'become', went: 'go', gone: 'go', saw: 'see', seen: 'see', knew: 'know', known: 'know',
  drew: 'draw', drawn: 'draw', flew: 'fly', flown: 'fly', threw: 'throw', thrown: 'throw', wrote: 'write',
  written: 'write', spoke: 'speak', spoken: 'speak', broke: 'break', broken: 'break', chose: 'choose',
  chosen: 'choose', struck: 'strike', stricken: 'strike', stood: 'stand', understood: 'understand', fled: 'flee',
  dealt: 'deal', meant: 'mean', felt: 'feel', swore: 'swear', sworn: 'swear', wore: 'wear',
  worn: 'wear', tore: 'tear', torn: 'tear', froze: 'freeze', frozen: 'freeze', shook: 'shake', shaken: 'shake',
  rode: 'ride', ridden: 'ride', rang: 'ring', rung: 'ring', sang: 'sing', sung: 'sing', sank: 'sink', sunk: 'sink',
  drank: 'drink', hung: 'hang', stole: 'steal', stolen: 'steal', woke: 'wake', woken: 'wake', bore: 'bear',
  borne: 'bear', beaten: 'beat', hid: 'hide', hidden: 'hide', drove: 'drive', driven: 'drive', ate: 'eat',
  eaten: 'eat', forgave: 'forgive', forgiven: 'forgive', got: 'get', gotten: 'get', found: 'find', heard: 'hear',
  had: 'have', has: 'have', did: 'do', does: 'do', done: 'do', lit: 'light', laid: 'lay', sped: 'speed',
  slid: 'slide', withdrew: 'withdraw', withdrawn: 'withdraw', overthrew: 'overthrow',
  undertook: 'undertake', oversaw: 'oversee', overseen: 'oversee', foresaw: 'foresee', upheld: 'uphold',
  mistook: 'mistake', forbade: 'forbid', forbidden: 'forbid', arose: 'arise', arisen: 'arise', shot: 'shoot',
  bled: 'bleed', bred: 'breed', slept: 'sleep', swept: 'sweep', wept: 'weep', lent: 'lend',
  bent: 'bend', dug: 'dig', spun: 'spin', stuck: 'stick', swung: 'swing', clung: 'cling', flung: 'fling',
  sat: 'sit', spat: 'spit', strove: 'strive', thrived: 'thrive',
  deaths: 'death', died: 'die', dying: 'die', dies: 'die',
  children: 'child', people: 'person', men: 'man', women: 'woman',
};

/** One lower-case word to its American spelling and, for irregular forms, its base form. */
export function canonicalWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  const whole = WHOLE_WORDS[word];
  if (whole) return whole;
  let w = word;
  // -our → -or, with inflections: colours, favoured, labouring
  const our = /^(\p{L}{2,}?)our(s|ed|ing|ful|ite|ites|able|less)?$/u.exec(w);
  if (our && !OUR_KEEP.has(our[1] + 'our')) w = our[1] + 'or' + (our[2] ?? '');
  // -tre → -ter: centre, metres, theatre
  const tre = /^(\p{L}{2,})tre(s|d)?$/u.exec(w);
  if (tre && !/(?:mi|ti|ou|ai)$/.test(tre[1])) w = tre[1] + 'ter' + (tre[2] === 'd' ? 'ed' : tre[2] ?? '');
  // -ise/-isation → -ize/-ization
  const ise = /^(\p{L}{3,})is(e|ed|es|ing|ation|ations|er|ers)$/u.exec(w);
  if (ise && !ISE_KEEP.has(ise[1] + 'ise')) w = ise[1] + 'iz' + ise[2];
  // -yse → -yze: analyse, paralysed
  w = w.replace(/^(\p{L}{3,})ys(e|ed|es|ing)$/u, '$1yz$2');
  // -ogue → -og: catalogue, dialogues
  w = w.replace(/^(\p{L}{3,})ogue(s)?$/u, '$1og$2');
  // travelled → traveled
  const ll = /^(\p{L}+l)l(ed|ing|er|ers)$/u.exec(w);
  if (ll && LL_DOUBLING.has(ll[1])) w = ll[1] + ll[2];
  return w;
}
