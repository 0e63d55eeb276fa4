// The baseline: compromise alone. Its people(), organizations() and places() matches, each distinct
// text one entity (compromise links no surname to a full name), and compromise-dates' dates().
// Importing this module plugs compromise-dates into the one compromise instance of the process,
// which would change how our extractor tags text: evaluate.ts imports it only after our extraction.

import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Article } from '../../src/corpus/article.ts';
import { normName } from './normalize.ts';
import type { EntityKind, PredictedEntity, PredictedTime, Predictions } from './score.ts';

nlp.plugin(datesPlugin);

/** Where the publication day is unknown, compromise is given this day; the scoring chooses the best day anyway. */
export const UNKNOWN_TODAY = '2024-06-12';

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

interface Match {
  text: string;
  offset?: { start: number; length: number };
  person?: { firstName?: string; lastName?: string };
  dates?: { start?: string; end?: string };
}

/** Punctuation compromise leaves at a match's edges: "Helene Castagne,", "Commission (NEC". */
const trimEdges = (s: string) => s.replace(/\s*\([^)]*$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');

export function baselinePredictions(article: Article, today: string | undefined): Predictions {
  const text = article.text;
  // The whole text after any front matter, credits included, as compromise would be given it.
  const from = article.frontMatter ? article.frontMatter.end : 0;
  const doc = nlp(text.slice(from));
  const entities: PredictedEntity[] = [];
  const seen = new Set<string>();
  const add = (type: EntityKind, matches: Match[]) => {
    for (const m of matches) {
      const name = trimEdges(m.text);
      const key = `${type}:${normName(name)}`;
      if (!name || seen.has(key)) continue;
      seen.add(key);
      const names = [name];
      if (m.person?.firstName && m.person.lastName) names.push(`${m.person.firstName} ${m.person.lastName}`);
      entities.push({ type, names, roles: [] });
    }
  };
  add('person', doc.people().json() as Match[]);
  add('organization', doc.organizations().json() as Match[]);
  add('place', doc.places().json() as Match[]);

  const times: PredictedTime[] = [];
  const view = (doc as unknown as { dates: (o: object) => { json: (o: object) => Match[] } }).dates({
    today: today ?? UNKNOWN_TODAY,
    timezone: 'UTC',
  });
  for (const m of view.json({ offset: true })) {
    if (!m.dates?.start || !m.offset) continue;
    const start = from + m.offset.start;
    const end = start + m.offset.length;
    const a = dayOf(m.dates.start);
    const b = m.dates.end ? dayOf(m.dates.end) : a;
    times.push({ start, end, from: Math.min(a, b), to: Math.max(a, b), label: 'compromise-dates' });
  }
  return { entities, times, hasRoles: false };
}
