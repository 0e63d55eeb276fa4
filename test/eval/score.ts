// Scoring one article's predictions against its gold annotations. The predictions come from a
// system (our extractor, or compromise alone) turned into the plain shapes below, so that both are
// measured by the same rules. The rules are documented in test/eval/README.md.

import {
  type GoldArticle,
  type GoldDate,
  type GoldEntity,
  type GoldStatement,
  type GoldTimeValue,
  findGoldEntity,
  locateDate,
} from './gold.ts';
import { type DayRange, candidateDays, isRelative, isoRange, showRange, showValue, valueHolds } from './dates.ts';
import { normName, normSaid, wordCount } from './normalize.ts';

export type EntityKind = 'person' | 'organization' | 'place';

export interface PredictedEntity {
  type: EntityKind;
  /** The names it goes by: its name first, then other name, surname and acronym mentions. */
  names: string[];
  /** Role texts (credit roles as "reporter", "editor"…). */
  roles: string[];
}

export interface PredictedStatement {
  content: string;
  /** The speaker's names, when the statement has a speaker entity. */
  speaker?: string[];
  /** How the speaker is written where attributed, for error listings. */
  speakerText?: string;
}

export interface PredictedTime extends DayRange {
  start: number;
  end: number;
  label: string;
}

export interface Predictions {
  entities: PredictedEntity[];
  /** Absent when the system does not attribute statements. */
  statements?: PredictedStatement[];
  times: PredictedTime[];
  /** The time expressions that date an event (a timeline entry), once each; absent when the system makes no events. */
  events?: PredictedTime[];
  /** Absent when the system finds no roles. */
  hasRoles: boolean;
}

/** Precision = pNum/pDen, recall = rNum/rDen; for entities pNum = rNum (true positives). */
export interface Counts {
  pNum: number;
  pDen: number;
  rNum: number;
  rDen: number;
}

export interface Measure extends Counts {
  errors: string[];
}

export const MEASURES = [
  'people',
  'organizations',
  'places',
  'quotes',
  'dates',
  'events',
  'statements',
  'roles',
] as const;
export type MeasureName = (typeof MEASURES)[number];

export type ArticleScore = Partial<Record<MeasureName, Measure>>;

const emptyMeasure = (): Measure => ({ pNum: 0, pDen: 0, rNum: 0, rDen: 0, errors: [] });

const namesOf = (e: GoldEntity) => new Set([e.name, ...e.aliases].map(normName));

// ---- entities ---------------------------------------------------------------------------------

export interface EntityMatch {
  /** Gold index → predicted index. */
  pairs: Map<number, number>;
}

/**
 * Pairs predicted entities with gold ones of the same type: a prediction matches when one of its
 * names is the gold name or an alias. Each gold entity is counted once: a prediction whose own name
 * is the gold name pairs first, then one whose own name is an alias, then one matching by another
 * of its names; a second prediction of the same gold entity is a false positive. A prediction that matches only an optional gold entity is not counted.
 */
export function scoreEntities(
  golds: GoldEntity[],
  predicted: PredictedEntity[],
  label: string,
): { measure: Measure; match: EntityMatch } {
  const m = emptyMeasure();
  const goldNames = golds.map(namesOf);
  const candidates: { g: number; p: number; rank: number }[] = [];
  predicted.forEach((pe, p) => {
    const keys = pe.names.map(normName);
    golds.forEach((gold, g) => {
      const at = keys.findIndex((k) => goldNames[g].has(k));
      if (at < 0) return;
      // Its own name as the gold name, then as an alias, then by another of its names.
      const rank = at > 0 ? 2 : keys[0] === normName(gold.name) ? 0 : 1;
      candidates.push({ g, p, rank });
    });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.p - b.p);
  const pairs = new Map<number, number>();
  const usedP = new Set<number>();
  for (const c of candidates) {
    if (golds[c.g].optional || pairs.has(c.g) || usedP.has(c.p)) continue;
    pairs.set(c.g, c.p);
    usedP.add(c.p);
  }
  golds.forEach((g, i) => {
    if (g.optional) return;
    m.rDen++;
    if (pairs.has(i)) m.rNum++;
    else m.errors.push(`missed ${label} “${g.name}”`);
  });
  predicted.forEach((pe, p) => {
    if (usedP.has(p)) {
      m.pDen++;
      m.pNum++;
      return;
    }
    const matched = candidates.filter((c) => c.p === p);
    if (matched.some((c) => golds[c.g].optional)) return;
    m.pDen++;
    const also = pe.names.length > 1 ? ` (also ${[...new Set(pe.names.slice(1))].join(', ')})` : '';
    m.errors.push(
      matched.length
        ? `extra ${label} “${pe.names[0]}”${also}: a second entity for “${golds[matched[0].g].name}”`
        : `wrong ${label} “${pe.names[0]}”${also}`,
    );
  });
  return { measure: m, match: { pairs } };
}

/** Roles of the people found: a predicted role is right when it contains a gold role or lies within one. */
export function scoreRoles(golds: GoldEntity[], predicted: PredictedEntity[], match: EntityMatch): Measure {
  const m = emptyMeasure();
  const fits = (a: string, b: string) => {
    const x = normName(a);
    const y = normName(b);
    return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
  };
  for (const [g, p] of match.pairs) {
    const gold = golds[g];
    const goldRoles = [...(gold.roles ?? []), ...(gold.credit ? [gold.credit] : [])];
    const roles = [...new Set(predicted[p].roles.map((r) => normName(r)))];
    for (const r of roles) {
      m.pDen++;
      if (goldRoles.some((x) => fits(r, x))) m.pNum++;
      else m.errors.push(`wrong role of ${gold.name}: “${r}”`);
    }
    for (const x of goldRoles) {
      m.rDen++;
      if (roles.some((r) => fits(r, x))) m.rNum++;
      else m.errors.push(`missed role of ${gold.name}: “${x}”`);
    }
  }
  return m;
}

// ---- statements -------------------------------------------------------------------------------

function statementMatches(s: GoldStatement, content: string): boolean {
  const c = normSaid(content);
  return [s.text, ...(s.alt ?? [])].some((t) => {
    const g = normSaid(t);
    return c.includes(g) || (wordCount(c) >= 3 && g.includes(c));
  });
}

function speakerNames(gold: GoldArticle, s: GoldStatement): Set<string> | null {
  if (s.speaker === null) return null;
  const out = new Set<string>();
  for (const name of Array.isArray(s.speaker) ? s.speaker : [s.speaker]) {
    const e = findGoldEntity(gold, name);
    for (const n of e ? [e.name, ...e.aliases] : [name]) out.add(normName(n));
  }
  return out;
}

const showSpeaker = (s: GoldStatement) =>
  s.speaker === null ? 'no one' : Array.isArray(s.speaker) ? s.speaker.join(' or ') : s.speaker;
const clip = (s: string, n = 70) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/**
 * Quote attribution. A prediction matches a gold statement when its content contains the gold text
 * (or an alt text), or lies within it and has at least three words. It is correct when its
 * speaker's names include the gold speaker's name or an alias (for every non-optional gold
 * statement it matches). Precision = correct / predictions with a speaker (predictions matching
 * only optional gold statements left out); recall = gold statements with a speaker that a correct
 * prediction matches / gold statements with a speaker. `found` is detection alone, speakers aside:
 * predictions matching a gold statement / predictions, gold statements matched / gold statements.
 */
export function scoreStatements(
  gold: GoldArticle,
  predicted: PredictedStatement[],
): { quotes: Measure; found: Measure } {
  const quotes = emptyMeasure();
  const found = emptyMeasure();
  const golds = gold.statements;
  const matches = predicted.map((p) =>
    golds.map((g, i) => (statementMatches(g, p.content) ? i : -1)).filter((i) => i >= 0),
  );
  const rightFor = (p: PredictedStatement, g: GoldStatement): boolean => {
    const want = speakerNames(gold, g);
    if (want === null) return !p.speaker;
    return !!p.speaker && p.speaker.some((n) => want.has(normName(n)));
  };
  predicted.forEach((p, k) => {
    const required = matches[k].filter((i) => !golds[i].optional);
    const onlyOptional = matches[k].length > 0 && required.length === 0;
    if (!onlyOptional) {
      found.pDen++;
      if (required.length) found.pNum++;
      else found.errors.push(`not a statement: “${clip(p.content)}”${p.speaker ? ` (given to ${p.speaker[0]})` : ''}`);
    }
    if (!p.speaker) return;
    if (onlyOptional) {
      // Optional means “need not be found”; given to someone other than its annotated speaker
      // (an interviewer's question credited to the interviewee) it is still a wrong attribution.
      const named = matches[k].filter((i) => golds[i].speaker !== null);
      if (!named.length || named.some((i) => rightFor(p, golds[i]))) return;
      quotes.pDen++;
      quotes.errors.push(
        `wrong speaker for “${clip(golds[named[0]].text, 50)}” (optional): ${p.speaker[0]}${p.speakerText ? ` (from “${p.speakerText}”)` : ''}, should be ${showSpeaker(golds[named[0]])}`,
      );
      return;
    }
    quotes.pDen++;
    const wrong = required.filter((i) => !rightFor(p, golds[i]));
    if (required.length && !wrong.length) quotes.pNum++;
    else if (!required.length)
      quotes.errors.push(`attributed a non-statement to ${p.speaker[0]}: “${clip(p.content)}”`);
    else
      for (const i of wrong)
        quotes.errors.push(
          `wrong speaker for “${clip(golds[i].text, 50)}”: ${p.speaker[0]}${p.speakerText ? ` (from “${p.speakerText}”)` : ''}, should be ${showSpeaker(golds[i])}`,
        );
  });
  golds.forEach((g, i) => {
    if (g.optional) return;
    const mine = predicted.filter((_, k) => matches[k].includes(i));
    found.rDen++;
    if (mine.length) found.rNum++;
    else found.errors.push(`missed statement “${clip(g.text, 60)}” (${showSpeaker(g)})`);
    if (g.speaker === null) return;
    quotes.rDen++;
    if (mine.some((p) => rightFor(p, g))) quotes.rNum++;
    else if (mine.length && !mine.some((p) => p.speaker))
      quotes.errors.push(`no speaker for “${clip(g.text, 50)}”, should be ${showSpeaker(g)}`);
    else if (!mine.length) quotes.errors.push(`missed statement “${clip(g.text, 50)}” (${showSpeaker(g)})`);
  });
  return { quotes, found };
}

// ---- dates ------------------------------------------------------------------------------------

const valuesOf = (d: GoldDate): GoldTimeValue[] => (Array.isArray(d.value) ? d.value : [d.value]);

/**
 * Date normalisation. A prediction matches a gold date when their texts overlap; it is correct when
 * its days fit one of the gold values (ISO exactly or within the tolerance; relative values at the
 * article's best publication day P, one P for all of the article's dates). Each gold date takes at
 * most one prediction. Precision = correct / predictions (those overlapping only optional gold
 * dates left out); recall = correct / gold dates.
 */
export function scoreDates(
  gold: GoldArticle,
  text: string,
  predicted: PredictedTime[],
  atPublication?: number,
): Measure & { publication?: number } {
  const m = emptyMeasure();
  const golds = gold.dates.map((d) => {
    const at = locateDate(text, d);
    if (typeof at === 'string') throw new Error(`${gold.file}: ${at}`);
    return { d, ...at };
  });
  const overlaps = predicted.map((p) =>
    golds.map((g, i) => (p.start < g.end && g.start < p.end ? i : -1)).filter((i) => i >= 0),
  );
  // The publication day: given, or the one that makes the most gold dates right.
  let publication: number | undefined = gold.publication ? isoRange(gold.publication).from : atPublication;
  const holds = (gi: number, p: PredictedTime, pub: number | undefined) =>
    valuesOf(golds[gi].d).some((v) => valueHolds(v, p, pub, golds[gi].d.tolerance));
  if (publication === undefined) {
    const tries = new Set<number>();
    predicted.forEach((p, k) => {
      for (const gi of overlaps[k]) {
        for (const v of valuesOf(golds[gi].d)) {
          if (!isRelative(v)) continue;
          const [lo, hi] = candidateDays(v, p);
          for (let x = lo; x <= hi; x++) tries.add(x);
        }
      }
    });
    let best = -1;
    for (const pub of [...tries].sort((a, b) => a - b)) {
      const right = new Set<number>();
      predicted.forEach((p, k) => {
        const gi = overlaps[k].find((i) => !golds[i].d.optional && !right.has(i) && holds(i, p, pub));
        if (gi !== undefined) right.add(gi);
      });
      if (right.size > best) {
        best = right.size;
        publication = pub;
      }
    }
  }
  // Each gold date takes one prediction, a correct one first; required gold dates before optional ones.
  const taken = new Map<number, number>();
  const goldOf = new Map<number, number>();
  predicted.forEach((p, k) => {
    const order = [...overlaps[k]].sort((a, b) => Number(!!golds[a].d.optional) - Number(!!golds[b].d.optional));
    const gi = order.find((i) => !taken.has(i) && holds(i, p, publication));
    if (gi === undefined) return;
    taken.set(gi, k);
    goldOf.set(k, gi);
  });
  const attempted = new Set<number>();
  predicted.forEach((p, k) => {
    const gi = goldOf.get(k);
    if (gi !== undefined) {
      if (!golds[gi].d.optional) {
        m.pDen++;
        m.pNum++;
      }
      return;
    }
    if (overlaps[k].length && overlaps[k].every((i) => golds[i].d.optional)) return;
    m.pDen++;
    const shown = `“${text.slice(p.start, p.end)}” → ${showRange(p)} (${p.label})`;
    const target = overlaps[k].find((i) => !golds[i].d.optional);
    if (target === undefined) {
      m.errors.push(`not a date: ${shown}`);
      return;
    }
    attempted.add(target);
    const g = golds[target].d;
    m.errors.push(
      taken.has(target)
        ? `second expression for “${g.text}”: ${shown}`
        : `wrong value: ${shown}, should be ${valuesOf(g).map(showValue).join(' or ')}`,
    );
  });
  golds.forEach((g, i) => {
    if (g.d.optional) return;
    m.rDen++;
    if (taken.has(i)) m.rNum++;
    else if (!attempted.has(i))
      m.errors.push(`missed date “${g.d.text}” (${valuesOf(g.d).map(showValue).join(' or ')})`);
  });
  return { ...m, publication };
}

// ---- one article --------------------------------------------------------------------------------

export function scoreArticle(
  gold: GoldArticle,
  text: string,
  predicted: Predictions,
): ArticleScore & { publication?: number } {
  const byType = (t: EntityKind) => predicted.entities.filter((e) => e.type === t);
  const people = scoreEntities(gold.people, byType('person'), 'person');
  const organizations = scoreEntities(gold.organizations, byType('organization'), 'organization');
  const places = scoreEntities(gold.places, byType('place'), 'place');
  const dates = scoreDates(gold, text, predicted.times);
  const { publication, ...dateMeasure } = dates;
  const out: ArticleScore & { publication?: number } = {
    people: people.measure,
    organizations: organizations.measure,
    places: places.measure,
    dates: dateMeasure,
    publication,
  };
  // Events are judged at the same publication day as the dates: one P per article and system.
  if (predicted.events) {
    const { pNum, pDen, rNum, rDen, errors } = scoreDates(gold, text, predicted.events, publication);
    out.events = { pNum, pDen, rNum, rDen, errors };
  }
  if (predicted.statements) {
    const { quotes, found } = scoreStatements(gold, predicted.statements);
    out.quotes = quotes;
    out.statements = found;
  }
  if (predicted.hasRoles) out.roles = scoreRoles(gold.people, byType('person'), people.match);
  return out;
}

// ---- figures ----------------------------------------------------------------------------------

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-average: sums of the counts. An empty denominator counts as perfect (nothing to get wrong). */
export function figures(measures: Counts[]): Figures {
  const c = measures.reduce(
    (a, b) => ({ pNum: a.pNum + b.pNum, pDen: a.pDen + b.pDen, rNum: a.rNum + b.rNum, rDen: a.rDen + b.rDen }),
    { pNum: 0, pDen: 0, rNum: 0, rDen: 0 },
  );
  const precision = c.pDen ? c.pNum / c.pDen : 1;
  const recall = c.rDen ? c.rNum / c.rDen : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}
