// Words that news uses for the same happening: a question's "died" is answered by "37 deaths", its
// "travel" by "visit". Used to match a question's key verb or noun, not for retrieval ranking.

import { termOf } from './analyzer.ts';

const GROUPS: string[][] = [
  ['die', 'death', 'dead', 'kill', 'fatal', 'fatality', 'toll', 'deadly'],
  ['travel', 'visit', 'trip', 'go', 'fly', 'arrive', 'tour', 'journey'],
  ['meet', 'meeting', 'talk', 'talks', 'host', 'hold'],
  ['weapon', 'weaponry', 'arm', 'arms', 'munition', 'ammunition', 'missile'],
  ['supply', 'provide', 'send', 'deliver', 'give', 'ship', 'export'],
  ['pay', 'salary', 'wage', 'compensation', 'earn', 'bonus'],
  ['win', 'victory', 'beat', 'defeat', 'triumph'],
  ['lose', 'loss', 'defeat'],
  ['rise', 'increase', 'climb', 'jump', 'gain', 'grow', 'growth', 'surge', 'soar', 'raise', 'hike', 'higher'],
  ['fall', 'drop', 'decline', 'decrease', 'slide', 'slump', 'plunge', 'cut', 'lower', 'reduce'],
  ['begin', 'start', 'launch', 'open', 'commence', 'initiate'],
  ['end', 'finish', 'close', 'conclude', 'complete', 'halt', 'stop'],
  ['agree', 'agreement', 'deal', 'accord', 'pact'],
  ['sign', 'signing', 'ink'],
  ['say', 'tell', 'state', 'announce', 'declare', 'add'],
  ['accuse', 'blame', 'allege', 'charge'],
  ['build', 'construct', 'construction', 'erect'],
  ['buy', 'purchase', 'acquire', 'acquisition', 'buyback', 'repurchase'],
  ['sell', 'sale'],
  ['plan', 'intend', 'propose', 'aim', 'schedule'],
  ['arrest', 'detain', 'detention', 'custody'],
  ['attack', 'strike', 'assault', 'raid', 'bomb', 'bombing'],
  ['injure', 'wound', 'hurt', 'injury'],
  ['vote', 'ballot', 'poll'],
  ['elect', 'election', 'vote'],
  ['appoint', 'nominate', 'name', 'pick', 'select'],
  ['make', 'manufacture', 'produce', 'maker', 'manufacturer', 'producer'],
  ['cost', 'price', 'worth', 'value'],
  ['revenue', 'sales', 'turnover'],
  ['profit', 'earnings'],
  ['company', 'firm', 'business', 'corporation'],
  ['troop', 'soldier', 'personnel', 'force'],
  ['pledge', 'promise', 'vow', 'commit'],
  ['release', 'free', 'discharge'],
  ['warn', 'caution', 'warning'],
  ['criticize', 'condemn', 'denounce', 'condemnation', 'criticism'],
  ['support', 'back', 'endorse'],
  ['reject', 'refuse', 'dismiss'],
  ['resign', 'quit', 'step'],
  ['employ', 'hire', 'job', 'worker', 'employee'],
  ['swear', 'inaugurate', 'inauguration'],
  ['share', 'percent', 'percentage', 'proportion', 'portion'],
  ['declare', 'proclaim'],
  ['deputy', 'number two', 'second-in-command'],
  ['supplying', 'supply'],
  ['take part', 'participate', 'join'],
];

let table: Map<string, Set<string>> | undefined;

/** The terms (analysed, as in the index) that mean the same as a term. Includes the term itself. */
export function synonymsOf(term: string): Set<string> {
  if (!table) {
    table = new Map();
    for (const group of GROUPS) {
      const terms = group.map((w) => termOf(w.split(' ')[0])).filter(Boolean);
      for (const t of terms) {
        const set = table.get(t) ?? new Set<string>();
        for (const u of terms) set.add(u);
        table.set(t, set);
      }
    }
  }
  return table.get(term) ?? new Set([term]);
}
