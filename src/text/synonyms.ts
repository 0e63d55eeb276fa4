// Words and phrases that news uses for the same thing: a question's "died" is answered by "37
// deaths", "set up" by "founded", "sign off" by "approved", "take office" by "sworn in". Used to
// match a question's key words with a sentence's, not to rank search results. A general thesaurus
// of news English, grouped by meaning; none of it is about any one story.

import { analyze, termOf } from './analyzer.ts';

const GROUPS: string[][] = [
  ['die', 'death', 'dead', 'kill', 'fatal', 'fatality', 'toll', 'deadly', 'perish'],
  ['injure', 'wound', 'hurt', 'injury', 'casualty'],
  ['rescue', 'save', 'evacuate', 'recover'],
  ['travel', 'visit', 'trip', 'go', 'fly', 'arrive', 'tour', 'journey'],
  ['meet', 'meeting', 'talk', 'talks', 'host', 'visit'],
  ['weapon', 'weaponry', 'arm', 'arms', 'munition', 'ammunition', 'missile'],
  ['supply', 'provide', 'send', 'deliver', 'give', 'ship', 'export'],
  ['pay', 'salary', 'wage', 'compensation', 'earn', 'bonus'],
  ['cost', 'price', 'charge', 'fee', 'priced'],
  ['win', 'victory', 'beat', 'defeat', 'triumph', 'prevail'],
  ['lose', 'loss', 'defeat'],
  ['rise', 'increase', 'climb', 'jump', 'gain', 'grow', 'growth', 'surge', 'soar', 'raise', 'hike', 'higher'],
  [
    'fall',
    'drop',
    'decline',
    'decrease',
    'slide',
    'slump',
    'plunge',
    'lower',
    'shrink',
    'devalue',
    'devaluation',
    'weaken',
  ],
  ['slow', 'reduce', 'cut', 'delay', 'curb', 'ease'],
  ['begin', 'start', 'launch', 'open', 'commence', 'initiate', 'erupt', 'ignite', 'outbreak'],
  ['end', 'finish', 'close', 'conclude', 'complete', 'halt', 'stop'],
  ['founded', 'establish', 'create', 'form', 'founder'],
  ['approve', 'approval', 'clear', 'authorize', 'endorse', 'ratify', 'back', 'pass'],
  ['block', 'reject', 'refuse', 'deny', 'bar', 'ban', 'overturn', 'dismiss', 'veto', 'prevent', 'halt', 'stop'],
  ['resist', 'oppose', 'refuse', 'reject', 'fight'],
  ['agree', 'agreement', 'deal', 'accord', 'pact', 'consent', 'settle'],
  ['sign', 'signing', 'ink'],
  ['say', 'tell', 'state', 'announce', 'declare', 'add', 'claim'],
  ['accuse', 'blame', 'allege', 'charge'],
  ['build', 'construct', 'construction', 'erect'],
  ['buy', 'purchase', 'acquire', 'acquisition', 'buyback', 'repurchase', 'takeover', 'bid'],
  ['sell', 'sale', 'sold', 'value', 'valuation', 'worth', 'price'],
  ['plan', 'intend', 'propose', 'aim', 'schedule'],
  ['forecast', 'expect', 'project', 'estimate', 'predict', 'outlook'],
  ['arrest', 'detain', 'detention', 'custody'],
  ['attack', 'strike', 'assault', 'raid', 'bomb', 'bombing'],
  ['strike', 'walkout', 'stoppage'],
  ['vote', 'ballot', 'poll'],
  ['elect', 'election', 'vote'],
  ['count', 'recount', 'tally', 'result'],
  ['margin', 'lead', 'gap', 'difference', 'edge'],
  ['appoint', 'nominate', 'name', 'pick', 'select'],
  ['swear', 'sworn', 'inaugurate', 'inauguration'],
  ['write', 'author', 'pen', 'draft'],
  ['dissent', 'dissenting', 'minority', 'disagree'],
  ['conduct', 'run', 'hold', 'perform'],
  ['destroy', 'burn', 'raze', 'damage', 'flatten', 'wreck', 'demolish'],
  ['make', 'manufacture', 'produce', 'maker', 'manufacturer', 'producer'],
  ['revenue', 'sales', 'turnover'],
  ['profit', 'earnings'],
  ['company', 'firm', 'business', 'corporation'],
  ['house', 'home', 'dwelling', 'residence'],
  ['fire', 'wildfire', 'blaze', 'inferno'],
  ['troop', 'soldier', 'personnel', 'force'],
  ['pledge', 'promise', 'vow', 'commit'],
  ['release', 'free', 'discharge'],
  ['warn', 'caution', 'warning'],
  ['criticize', 'condemn', 'denounce', 'condemnation', 'criticism'],
  ['support', 'back', 'endorse'],
  ['resign', 'quit', 'resignation'],
  ['employ', 'hire', 'job', 'worker', 'employee', 'staff'],
  ['share', 'percent', 'percentage', 'proportion', 'portion'],
  ['leader', 'head', 'chief', 'boss'],
  ['trial', 'study', 'test'],
  ['disease', 'illness', 'condition'],
  ['law', 'legislation', 'bill'],
  ['loan', 'credit', 'bailout', 'lend'],
  ['insurer', 'insurance'],
  ['deputy', 'second-in-command'],
  ['participate', 'join', 'involve'],
  ['withdraw', 'exit', 'leave'],
  ['cancel', 'scrap', 'abandon'],
  ['postpone', 'delay', 'defer'],
  ['close', 'closure', 'shut'],
  ['dismiss', 'fire', 'sack', 'layoff', 'redundancy'],
];

/** Irregular forms of the phrasal verbs' verbs, so "broke out" and "took office" match. */
const FORMS: Record<string, string> = {
  set: 'set|sets|setting',
  sign: 'sign|signs|signed|signing',
  take: 'take|takes|took|taken|taking',
  break: 'break|breaks|broke|broken|breaking',
  hold: 'hold|holds|held|holding',
  step: 'step|steps|stepped|stepping',
  carry: 'carry|carries|carried|carrying',
  call: 'call|calls|called|calling',
  turn: 'turn|turns|turned|turning',
  pull: 'pull|pulls|pulled|pulling',
  go: 'go|goes|went|gone|going',
  lay: 'lay|lays|laid|laying',
  shut: 'shut|shuts|shutting',
  put: 'put|puts|putting',
  back: 'back|backs|backed|backing',
  sell: 'sell|sells|sold|selling',
};

/** Phrasal verbs, matched in a sentence's own words, and the group each means. */
const PHRASES: { question: RegExp; text: RegExp; group: string[] }[] = [
  phrase('set up', ['founded', 'establish', 'create', 'form']),
  phrase('sign off', ['approve', 'clear', 'authorize', 'endorse', 'ratify']),
  phrase('take office', ['swear', 'sworn', 'inaugurate', 'inauguration']),
  phrase('break out', ['begin', 'start', 'erupt', 'ignite', 'outbreak']),
  phrase('hold out', ['resist', 'oppose', 'refuse', 'reject']),
  phrase('take part', ['participate', 'join', 'involve']),
  phrase('step down', ['resign', 'quit', 'resignation']),
  phrase('carry out', ['conduct', 'run', 'perform', 'hold']),
  phrase('call off', ['cancel', 'scrap', 'abandon']),
  phrase('turn down', ['reject', 'refuse', 'decline']),
  phrase('take over', ['acquire', 'buy', 'purchase', 'takeover', 'control']),
  phrase('pull out', ['withdraw', 'exit', 'leave']),
  phrase('go on strike', ['strike', 'walkout', 'stoppage']),
  phrase('lay off', ['cut', 'dismiss', 'layoff', 'redundancy']),
  phrase('shut down', ['close', 'closure', 'halt']),
  phrase('put off', ['postpone', 'delay', 'defer']),
  phrase('back down', ['retreat', 'concede', 'yield']),
  phrase('sell for', ['value', 'valuation', 'worth', 'price', 'pay']),
];

function phrase(words: string, group: string[]): { question: RegExp; text: RegExp; group: string[] } {
  const [verb, ...rest] = words.split(' ');
  const pattern = `\\b(?:${FORMS[verb] ?? verb})\\s+${rest.join('\\s+')}\\b`;
  return {
    question: new RegExp(pattern, 'i'),
    text: new RegExp(pattern, 'i'),
    group: [words.replace(/ /g, '_'), ...group],
  };
}

let table: Map<string, Set<string>> | undefined;

function groupTerms(group: string[]): string[] {
  return group.flatMap((w) => (w.includes('_') ? [w] : w.includes('-') ? analyze(w) : [termOf(w)])).filter(Boolean);
}

/** The terms (analysed, as in the index) that mean the same as a term. Includes the term itself. */
export function synonymsOf(term: string): Set<string> {
  if (!table) {
    table = new Map();
    for (const group of [...GROUPS, ...PHRASES.map((p) => p.group)]) {
      const terms = groupTerms(group);
      for (const t of terms) {
        const set = table.get(t) ?? new Set<string>([t]);
        for (const u of terms) set.add(u);
        table.set(t, set);
      }
    }
  }
  return table.get(term) ?? new Set([term]);
}
