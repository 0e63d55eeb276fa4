// Which rule found each fact of an article: every statement with its speaker and the attribution
// rule (QUOTE_RULES) that gave it, every person with roles, every dated event with the rules
// (EVENT_RULES) that shaped its clause.
//
//   npm run explain -- path/to/article.md [statements|people|events]

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticle } from '../src/corpus/parse-article.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import { EVENT_RULES } from '../src/extract/events.ts';
import { QUOTE_RULES } from '../src/extract/statements.ts';

const [file, only] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run explain -- FILE [statements|people|events]');
  process.exit(2);
}
const parsed = parseArticle(basename(file), readFileSync(file));
if (!parsed.ok) {
  console.error(`${file}: ${parsed.reason}`);
  process.exit(1);
}
const { article } = parsed;
const facts = extractArticle(article);
const text = (s: { start: number; end: number }) => article.text.slice(s.start, s.end).replace(/\s+/g, ' ');
const reasons = new Map([...QUOTE_RULES, ...EVENT_RULES].map((r) => [r.name, r.reason]));
const name = (e: number | undefined) => (e === undefined ? '(unattributed)' : text(facts.entities[e].name));

if (!only || only === 'people') {
  console.log('People and organisations:');
  facts.entities.forEach((e) => {
    const roles = e.roles.map((r) => `${text(r)} [${r.source}]`).join('; ');
    console.log(`  ${e.type.padEnd(12)} ${text(e.name)}${roles ? ` — ${roles}` : ''} (${e.mentions.length} mentions)`);
  });
}
if (!only || only === 'statements') {
  console.log('Statements:');
  for (const s of facts.statements) {
    console.log(
      `  ${s.kind === 'direct' ? '“' : '~'} ${name(s.speaker)}${s.speakerSpan ? ` (as “${text(s.speakerSpan)}”)` : ''}: ${text(s.content).slice(0, 100)}`,
    );
    console.log(`      rule ${s.rule ?? '(none)'}${s.rule && reasons.get(s.rule) ? ` — ${reasons.get(s.rule)}` : ''}`);
  }
}
if (!only || only === 'events') {
  console.log('Events:');
  for (const e of facts.events) {
    console.log(`  ${facts.times[e.time].value.label}: ${text(e.span).slice(0, 120)}`);
    for (const rule of e.rules ?? []) console.log(`      rule ${rule} — ${reasons.get(rule)}`);
  }
}
