// /ask question: the answer itself first (a name, a date, a number, a place, a clause), then the
// sentence it comes from, cited. A sentence answers only if it holds everything the question
// pins down — the people it names, its dates, its key verb, most of its other words — and the kind
// of thing asked for (a date for "when", a number for "how many"). Otherwise the articles do not say.

import type { Span } from '../corpus/article.ts';
import type { Mention } from '../extract/facts.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { SentenceHit } from '../knowledge/search-index.ts';
import { analyze, termOf } from '../text/analyzer.ts';
import { saysPhrase, synonymsOf } from '../text/synonyms.ts';
import { type Answer, type AnswerLine, Citations, flat, notFound } from './answer.ts';
import { type Question, parseQuestion } from './question.ts';

interface Candidate {
  hit: SentenceHit;
  score: number;
  /** The answer itself, from the sentence. */
  lead: string;
  /** Where the lead is in the text, when it is a piece of the sentence. */
  leadSpan?: Span;
  /** The span to cite: the sentence, or the sentences of a statement. */
  evidence: Span;
  /** The lead is the very kind of thing asked for (the margin, not a share): such answers rank first. */
  fits: boolean;
}

type Verdict = { ok: true; candidate: Candidate } | { ok: false; reason: string };

export function answerAsk(kb: KnowledgeBase, question: string, command = `/ask ${question}`): Answer {
  const text = question.trim();
  if (!text) return notFound(command, 'Ask a question', 'Ask a question about the articles, for example `/ask Who did Belousov meet?`.');
  const q = parseQuestion(kb, text);
  if (q.unknownNames.length) {
    return notFound(command, shortTitle(text), `The articles do not mention ${q.unknownNames.map((n) => `“${n}”`).join(' or ')}, so they do not answer this.`);
  }
  const terms = [...new Set([...q.terms, ...q.entityTerms])];
  if (terms.length === 0) return notFound(command, shortTitle(text), 'The question has no words to look for in the articles.');
  const hits = kb.index.search(terms, {
    limit: 40,
    expansions: q.terms.flatMap((t) => [...synonymsOf(t)].flatMap((s) => (s.includes('_') ? [termOf(s.split('_')[0])] : [s]))),
    entityMentions: q.entities.map((id) => ({ terms: analyze(kb.registry.get(id).name), mentions: (a: number, s: number) => kb.mentions(id, a, s) })),
  });

  let best: Candidate | undefined;
  const reasons = new Map<string, number>();
  for (const hit of hits) {
    const verdict = judge(kb, q, hit);
    if (verdict.ok) {
      const c = verdict.candidate;
      if (!best || Number(c.fits) - Number(best.fits) > 0 || (c.fits === best.fits && c.score > best.score)) best = c;
    } else reasons.set(verdict.reason, (reasons.get(verdict.reason) ?? 0) + 1);
  }
  if (!best) return nearest(kb, q, command, hits);

  const cites = new Citations(kb);
  const n = cites.cite(best.hit.article, best.evidence);
  const lines: AnswerLine[] = [{ text: flat(kb.text(best.hit.article, best.evidence)), quoted: true, cites: [n] }];
  return {
    command, found: true, title: shortTitle(text), lead: best.lead,
    sections: [{ heading: 'From the articles', lines }],
    citations: cites.list,
  };
}

function shortTitle(text: string): string {
  // A question mark only after a word: not after an emoji, a closing quote or other punctuation.
  const t = /[\p{L}\p{N}]$/u.test(text) ? `${text}?` : text;
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

/** No sentence answers: say so, and show the nearest passages, marked as not an answer. */
function nearest(kb: KnowledgeBase, q: Question, command: string, hits: SentenceHit[]): Answer {
  const kind = { who: 'who', what: 'this', when: 'when', where: 'where', quantity: 'how many or how much', why: 'why', how: 'how', 'yes-no': 'whether' }[q.type];
  const cites = new Citations(kb);
  const lines: AnswerLine[] = hits.slice(0, 3).map((h) => ({ text: flat(kb.text(h.article, kb.articles[h.article].sentences[h.sentence])), quoted: true, cites: [cites.sentence(h.article, h.sentence)] }));
  return notFound(command, shortTitle(q.text), `The articles do not say ${kind === 'this' ? 'this' : kind}.`,
    lines.length ? [{ heading: 'Nearest passages (not an answer)', lines }] : [], cites.list);
}

// ---- judging one sentence ---------------------------------------------------------------------

export function judge(kb: KnowledgeBase, q: Question, hit: SentenceHit): Verdict {
  const article = kb.articles[hit.article];
  const sentence = article.sentences[hit.sentence];
  const sentenceText = article.text.slice(sentence.start, sentence.end);
  const words = new Set(kb.index.termsOf(hit.article)[hit.sentence]);
  let score = hit.score;

  // Everyone the question names must be in the sentence (by name, pronoun or role); a country or
  // organisation may instead be what the whole article is about ("the two sides").
  for (const group of q.entityGroups) {
    const here = group.some((id) => kb.mentions(id, hit.article, hit.sentence) || analyze(kb.registry.get(id).name).every((t) => words.has(t)));
    if (here) continue;
    const inArticle = group.filter((id) => kb.mentions(id, hit.article));
    if (inArticle.length === 0 || inArticle.some((id) => kb.registry.get(id).type === 'person')) return { ok: false, reason: 'entity' };
    score -= 0.5;
  }
  for (const d of q.dates) if (!new RegExp(`\\b${escapeRegExp(d)}\\b`, 'i').test(sentenceText)) return { ok: false, reason: 'date' };

  const has = (term: string) => [...synonymsOf(term)].some((t) => words.has(t) || (t.includes('_') && saysPhrase(t, sentenceText))) || prefixMatch(term, words);
  // The sentence before often names what this one goes on about ("…second-quarter revenue. Revenue
  // for the three months … rose to $2.3 billion"): its words count, at half weight.
  const previous = hit.sentence > 0 ? new Set(kb.index.termsOf(hit.article)[hit.sentence - 1]) : new Set<string>();
  // "…in the surveillance case": words that name the story, found in the article's opening, count
  // at half weight too.
  const opening = new Set([...kb.index.termsOf(hit.article)[0] ?? [], ...analyze(article.title.text)]);
  const hasBefore = (term: string) => [...synonymsOf(term)].some((t) => previous.has(t));
  const hasNearby = (term: string) => hasBefore(term) || [...synonymsOf(term)].some((t) => opening.has(t));
  // The key verb or noun must be there, in some form, except for "why", whose answer often restates nothing.
  if (q.predicate && !has(q.predicate) && q.type !== 'why') return { ok: false, reason: 'predicate' };
  if (q.predicate && words.has(q.predicate)) score += 1; // the question's own word, not a synonym
  // "second-quarter" is not "third-quarter": a different ordinal in the sentence contradicts the question.
  for (const t of q.terms) {
    if (!ORDINALS.has(t) || words.has(t) || previous.has(t)) continue;
    if ([...words].some((w) => ORDINALS.has(w))) return { ok: false, reason: 'ordinal' };
  }
  const rest = q.terms.filter((t) => !q.entityTerms.has(t) && t !== q.predicate && !(q.type === 'quantity' && t === q.focus) && !q.dates.some((d) => analyze(d).includes(t)));
  const covered = rest.filter(has).length;
  const nearby = rest.filter((t) => !has(t) && hasNearby(t)).length;
  const allNamedHere = q.entityGroups.every((group) => group.some((id) => kb.mentions(id, hit.article, hit.sentence)));
  const allEntitiesHere = q.entityGroups.length > 0 && allNamedHere;
  // A sentence that names the very thing asked about ("37 homes" for "how many houses") may leave out one modifier.
  const focusHere = q.type === 'quantity' && !!q.focus && has(q.focus);
  const forgiven = rest.length === 1 && (allEntitiesHere || focusHere) ? 1 : 0;
  if (rest.length && (covered + nearby / 2 + forgiven) / rest.length < 0.5) return { ok: false, reason: 'coverage' };
  // Words of the story or of the sentence before do not make a sentence an answer on their own:
  // it must share a word with the question, or name everyone the question names.
  if (rest.length > 1 && covered === 0 && !forgiven && !(allNamedHere && rest.some(hasBefore))) return { ok: false, reason: 'coverage' };
  score += covered * 0.3 + nearby * 0.1;

  // Who acts should match: "Did the court block it?" is answered by "The court rejected…", not by
  // "…asked the court to halt it", where the court is only asked to.
  const verbAt = predicatePosition(kb, hit, q);
  let onlyAsked = false;
  if (q.predicate && verbAt > sentence.start) {
    const before = article.text.slice(sentence.start, verbAt);
    onlyAsked = /\b(?:to|asked|urged|called on|wants?|wanted|sought|seeking|tried|demanded)\s+(?:\S+\s+){0,3}$/i.test(before.slice(-40)) && /\bto\s+(?:\S+\s+)?$/i.test(before.slice(-20));
    if (onlyAsked) score -= 1.5;
    for (const id of q.subjects) {
      const mentions = kb.factsOf(hit.article).entities
        .flatMap((e, local) => (kb.registry.globalId(hit.article, local) === id ? e.mentions : []))
        .filter((m) => m.sentence === hit.sentence);
      if (mentions.some((m) => m.start < verbAt)) score += 0.5;
      else if (mentions.length) score -= 0.5;
    }
  }
  const facts = kb.factsOf(hit.article);
  // A clause dated to another year ("since 2012, when a blaze burned…") is another occasion than
  // the one a question without a date asks about.
  if (q.type !== 'when' && !q.dates.length) {
    const dated = facts.times.find((t) => t.sentence === hit.sentence && /\b(?:1[89]|20)\d\d\b/.test(article.text.slice(t.start, t.end)) && Math.abs(t.start - verbAt) < 80);
    if (dated) score -= 1.5;
  }
  const mentionsHere = facts.entities.flatMap((e, local) => e.mentions.filter((m) => m.sentence === hit.sentence).map((m) => ({ m, id: kb.registry.globalId(hit.article, local), type: e.type })));
  const evidence: Span = { start: sentence.start, end: sentence.end };
  const accept = (lead: string, bonus = 0, leadSpan?: Span, span: Span = evidence, fits = true): Verdict => ({ ok: true, candidate: { hit, score: score + bonus, lead, leadSpan, evidence: span, fits } });

  switch (q.type) {
    case 'when': {
      const times = facts.times.filter((t) => t.sentence === hit.sentence);
      if (!times.length) return { ok: false, reason: 'no date' };
      // "By when must…" asks for a deadline: "until March 31", "by the end of the year".
      const isDeadline = (t: Span) => DEADLINE_BEFORE.test(article.text.slice(Math.max(sentence.start, t.start - 30), t.start));
      const t = times.sort((a, b) => (q.deadline ? Number(isDeadline(b)) - Number(isDeadline(a)) : 0) || Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt))[0];
      const written = flat(article.text.slice(t.start, t.end));
      const label = t.value.label;
      // A date that is no time limit does not answer "by when".
      if (q.deadline && !isDeadline(t)) return { ok: false, reason: 'no deadline' };
      const bonus = q.deadline ? 2 : 1;
      return accept(label.toLowerCase().includes(written.toLowerCase()) ? label : `${written} (${label})`, bonus, t);
    }
    case 'where': {
      const places = mentionsHere.filter((x) => x.type === 'place' && !q.entities.includes(x.id) && x.m.kind !== 'demonym');
      if (!places.length) return { ok: false, reason: 'no place' };
      const after = (x: { m: Mention }) => /\b(?:in|to|at|into|near|from|visit to|trip to)\s+(?:the\s+)?$/i.test(article.text.slice(Math.max(sentence.start, x.m.start - 14), x.m.start));
      const p = places.sort((a, b) => Number(after(b)) - Number(after(a)) || Math.abs(a.m.start - verbAt) - Math.abs(b.m.start - verbAt))[0];
      return accept(kb.registry.get(p.id).name, after(p) ? 1 : 0.5, p.m);
    }
    case 'who': {
      const people = mentionsHere.filter((x) => (x.type === 'person' || x.type === 'organization') && !q.entities.includes(x.id) && x.m.kind !== 'demonym');
      if (!people.length) return { ok: false, reason: 'no person' };
      // "Who is Lisken's deputy?": the one the key noun names, next to it.
      const ranked = people.sort((a, b) => whoRank(a.m, b.m, verbAt, q));
      const pick = ranked[0];
      return accept(kb.registry.get(pick.id).name, 1, pick.m);
    }
    case 'quantity': {
      const amount = pickAmount(sentenceText, sentence.start, q, verbAt);
      if (!amount) return { ok: false, reason: 'no number' };
      return accept(amount.text, amount.fits ? 2 : 0.5, amount.span, evidence, amount.fits);
    }
    case 'why': {
      // This sentence tells what happened; the reason may be here or in a sentence of the same article.
      if (q.predicate && !has(q.predicate)) return { ok: false, reason: 'predicate' };
      const reason = reasonNear(kb, q, hit);
      if (!reason) return { ok: false, reason: 'no cause' };
      return accept(reason.cause, reason.bonus, undefined, reason.span);
    }
    case 'yes-no': {
      // "must still be approved", "did not say whether": the article leaves the outcome open.
      if (OPEN_OUTCOME.test(sentenceText)) return { ok: false, reason: 'open outcome' };
      // Whom the question is about must be there: a bid rejected by someone else is no answer.
      if (q.subjectTerms?.length && !q.subjectTerms.some(has)) return { ok: false, reason: 'subject' };
      // The answer is what the sentence says about it, in its own words: a yes or a no read off a
      // sentence ("the court rejected the request to halt it") would too often be wrong.
      const speaker = statementSpeaker(kb, hit);
      const clause = clauseAround(sentenceText, verbAt - sentence.start);
      // "…asked the court to halt it. The court rejected the request": what came of the asking.
      const next = article.sentences[hit.sentence + 1];
      const outcome = onlyAsked && next?.paragraph === sentence.paragraph ? OUTCOME.exec(article.text.slice(next.start, next.end)) : null;
      if (next && outcome) {
        const nextText = article.text.slice(next.start, next.end);
        return accept(`The articles report: “${clause}”, then “${clauseAround(nextText, outcome.index)}”`, 2, undefined, { start: sentence.start, end: next.end });
      }
      return accept(`${speaker ? `${speaker} says` : 'The articles report'}: “${clause}”`);
    }
    default: {
      // "What does X say …": what X said; otherwise the clause that follows the key verb.
      if (q.aboutSpeech) {
        const st = kb.factsOf(hit.article).statements.find((s) => s.sentences[0] <= hit.sentence && hit.sentence <= s.sentences[1]
          && (q.entities.length === 0 || (s.speaker !== undefined && q.entities.includes(kb.registry.globalId(hit.article, s.speaker)))));
        if (!st) return { ok: false, reason: 'no statement' };
        return accept(flat(article.text.slice(st.content.start, st.content.end)), 1, st.content);
      }
      const clause = clauseAfter(article.text, sentence, verbAt);
      return accept(clause ?? flat(sentenceText));
    }
  }
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w) => analyze(w)[0] ?? w));

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "weapons" finds "weaponry": a shared beginning of five letters or more. */
function prefixMatch(term: string, words: Set<string>): boolean {
  if (term.length < 5) return false;
  for (const w of words) if (w.length >= 5 && (w.startsWith(term) || term.startsWith(w))) return true;
  return false;
}

/** Offset of the question's key word in the sentence, or the sentence start. */
function predicatePosition(kb: KnowledgeBase, hit: SentenceHit, q: Question): number {
  const article = kb.articles[hit.article];
  const sentence = article.sentences[hit.sentence];
  if (!q.predicate) return sentence.start;
  const targets = synonymsOf(q.predicate);
  const text = article.text.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const t = analyze(m[0])[0];
    if (t && (targets.has(t) || (q.predicate.length >= 5 && t.startsWith(q.predicate)))) return sentence.start + m.index!;
  }
  return sentence.start;
}

function whoRank(a: Mention, b: Mention, verbAt: number, q: Question): number {
  const side = (m: Mention) => (q.asksForSubject ? (m.start < verbAt ? 0 : 1) : (m.start > verbAt ? 0 : 1));
  const kind = (m: Mention) => (m.kind === 'name' ? 0 : m.kind === 'surname' || m.kind === 'acronym' ? 1 : 2);
  return side(a) - side(b) || Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt) || kind(a) - kind(b);
}

/** What became of a request: the answer to "Did the court block it?" after "X asked the court to". */
const OUTCOME = /\b(?:rejected|refused|dismissed|denied|turned down|threw out|granted|approved|accepted|upheld|overturned|blocked|allowed|declined)\b/i;

const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than|deadline(?: of)?)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;

/** Words that leave an outcome open: pending, or unknown to the reporter. */
const OPEN_OUTCOME = /\b(?:must still|still needs? to|ha(?:s|ve) yet to|(?:is|are) yet to|will need to|would need to|needs? to be|(?:is|are) expected to|pending|awaits|awaiting|(?:did|does|do|would|will) not say whether|declined to say whether|refused to say whether|(?:is|was|remains) (?:not clear|unclear) whether)\b/i;

const DISTANCE = /\b(?:(?:about|nearly|almost|more than|over|some|just|at least)\s+)?\d[\d,.]*\s*(?:metres|meters|metre|meter|m|kilometres|kilometers|km|miles|mile|feet|foot|ft|yards)\b/gi;
const DURATION = /\b(?:for\s+)?(?:(?:about|nearly|almost|more than|over|some|just|at least)\s+)?(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b/gi;
const MONEY = /(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pounds|yen|yuan|rupees|francs)\b)/gi;
const PERCENT = /\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)/gi;
/** A split vote: "4-3", "7-2". */
const TALLY = /^\d{1,2}-\d{1,2}\b/;
const COUNT = /\b(?:\d[\d,]*(?:\.\d+)?(?:-\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)(?:\s(?:million|billion))?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*/gi;

/** The amount that answers a quantity question: of the unit asked for, near the key word or focus noun. */
function pickAmount(text: string, offset: number, q: Question, verbAt: number): { text: string; span: Span; fits: boolean } | undefined {
  const found: { text: string; start: number; kind: 'money' | 'percent' | 'count' | 'duration' | 'distance'; fits: boolean }[] = [];
  const focusTerms = q.focus ? synonymsOf(q.focus) : new Set<string>();
  const predicateTerms = q.predicate ? synonymsOf(q.predicate) : new Set<string>();
  // "How close was it?" asks for a margin: "a lead of just 4,812 votes", "won by 2 points", not a share.
  const asksMargin = focusTerms.has('margin');
  const marginCue = (at: number) => /\b(?:by|lead of|margin of|majority of|gap of|ahead by|difference of)\s+(?:just|only|about|nearly|some|more than|less than)?\s*$/i.test(text.slice(Math.max(0, at - 24), at));
  for (const [re, kind] of [[MONEY, 'money'], [PERCENT, 'percent']] as const) {
    for (const m of text.matchAll(re)) found.push({ text: m[0].trim(), start: m.index!, kind, fits: !asksMargin || marginCue(m.index!) });
  }
  if (q.unit === 'duration') {
    for (const m of text.matchAll(DURATION)) found.push({ text: m[0].trim(), start: m.index!, kind: 'duration', fits: true });
  }
  if (q.unit === 'distance') {
    for (const m of text.matchAll(DISTANCE)) found.push({ text: m[0].trim(), start: m.index!, kind: 'distance', fits: true });
  }
  for (const m of text.matchAll(COUNT)) {
    if (found.some((f) => f.start <= m.index! && m.index! < f.start + f.text.length)) continue;
    if (/^(?:\d[\d,.]*|\w+)\s+(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b/i.test(m[0]) && q.unit !== 'count') continue; // a length of time
    if (/^\d{4}\b/.test(m[0]) && /^(?:19|20)\d\d$/.test(m[0].split(/\s/)[0])) continue; // a year
    if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue; // a day of a date
    const nouns = analyze(m[0].replace(/^\S+\s+/, ''));
    // A split vote ("voted 4-3", "ruling 7-2") is how close a vote was.
    const tally = TALLY.test(m[0]);
    const fits = (asksMargin && (marginCue(m.index!) || tally)) || nouns.some((t) => focusTerms.has(t) || predicateTerms.has(t));
    found.push({ text: m[0].trim(), start: m.index!, kind: 'count', fits });
  }
  const wanted = q.unit;
  const candidates = found.filter((f) => {
    if (wanted === 'money') return f.kind === 'money';
    if (wanted === 'percent') return f.kind === 'percent';
    if (wanted === 'count') return f.kind === 'count' && f.fits;
    if (wanted === 'duration') return f.kind === 'duration';
    if (wanted === 'distance') return f.kind === 'distance';
    // "How close", "how big": any amount; a bare count only if it counts what was asked about, or nothing was named.
    return f.kind !== 'count' || f.fits || !q.focus;
  });
  if (!candidates.length) return undefined;
  candidates.sort((a, b) => Number(b.fits) - Number(a.fits) || Math.abs(offset + a.start - verbAt) - Math.abs(offset + b.start - verbAt));
  const c = candidates[0];
  // "at least 60%", "between $2.4 billion and $2.5 billion": keep the words that qualify the amount.
  const before = text.slice(Math.max(0, c.start - 20), c.start);
  const qualifier = /(?:at least|at most|more than|less than|nearly|almost|about|around|between|up to|only|some)\s+$/i.exec(before);
  let start = c.start - (qualifier ? qualifier[0].length : 0);
  let end = c.start + c.text.length;
  if (qualifier && /^between/i.test(qualifier[0])) {
    const and = /^\s+and\s+(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:million|billion|trillion))?/i.exec(text.slice(end));
    if (and) end += and[0].length;
  }
  const tally = TALLY.exec(c.text);
  const shown = tally ? tally[0] : c.kind === 'count' ? countPhrase(text.slice(start, end), q) : text.slice(start, end);
  return { text: shown.trim(), span: { start: offset + start, end: offset + end }, fits: c.fits && (c.kind !== 'count' || !!q.focus || q.unit === 'count') };
}

/** "37 deaths since the first" → "37 deaths": the number and its noun. */
function countPhrase(s: string, q: Question): string {
  const words = s.split(/\s+/);
  const targets = new Set([...(q.focus ? synonymsOf(q.focus) : []), ...(q.predicate ? synonymsOf(q.predicate) : [])]);
  const at = words.findIndex((w, i) => i > 0 && analyze(w).some((t) => targets.has(t)));
  return words.slice(0, at > 0 ? at + 1 : Math.min(words.length, 3)).join(' ');
}

const CAUSE = /\b(?:because(?: of)?|due to|owing to|as a result of|thanks to|driven by|amid|in response to|as)\s+(.+)$/i;
const EXPLICIT_CAUSE = /\b(?:because|due to|owing to|as a result of|thanks to|driven by|in response to)\b/i;

/**
 * The reason for the happening in `hit`: a clause after "because", "due to", "as"… in that sentence
 * or in a sentence of the same article that shares the question's words. Explicit causes ("because")
 * outrank "as"; nearer sentences outrank farther ones.
 */
function reasonNear(kb: KnowledgeBase, q: Question, hit: SentenceHit): { cause: string; span: Span; bonus: number } | undefined {
  const article = kb.articles[hit.article];
  const mentioned = q.entities.map((id) => (sentence: number) => kb.mentions(id, hit.article, sentence));
  const terms = q.terms.filter((t) => t !== q.predicate);
  let best: { cause: string; span: Span; bonus: number } | undefined;
  article.sentences.forEach((s, i) => {
    const text = article.text.slice(s.start, s.end);
    const cause = causeIn(text);
    if (!cause) return;
    const words = new Set(kb.index.termsOf(hit.article)[i]);
    const overlap = terms.filter((t) => [...synonymsOf(t)].some((x) => words.has(x))).length + mentioned.filter((m) => m(i)).length;
    if (i !== hit.sentence && overlap === 0) return;
    const bonus = (i === hit.sentence ? 1 : 0) + (EXPLICIT_CAUSE.test(text) ? 1.5 : 0) + overlap * 0.5 - Math.abs(i - hit.sentence) * 0.15;
    if (!best || bonus > best.bonus) best = { cause, span: { start: s.start, end: s.end }, bonus };
  });
  return best;
}

/** The reason a sentence gives: the clause after "because", "due to", "as"… */
function causeIn(sentence: string): string | undefined {
  const m = CAUSE.exec(sentence);
  if (!m) return undefined;
  const clause = m[1].replace(/[.;]\s*$/, '');
  return clause.length > 8 ? flat(clause) : undefined;
}

/** Who speaks in a sentence that reports speech ("China says it has not…"). */
function statementSpeaker(kb: KnowledgeBase, hit: SentenceHit): string | undefined {
  const st = kb.factsOf(hit.article).statements.find((s) => s.sentences[0] === hit.sentence && s.speaker !== undefined);
  return st ? kb.registry.get(kb.registry.globalId(hit.article, st.speaker!)).name : undefined;
}

/** The clause of a sentence around an offset, between commas and semicolons (or the whole sentence). */
function clauseAround(sentence: string, at: number): string {
  const cuts = [...sentence.matchAll(/[;,]\s+(?:and|but|while|as|which)?\b/g)].map((m) => m.index!);
  const start = Math.max(0, ...cuts.filter((c) => c < at).map((c) => c + 1));
  const end = Math.min(sentence.length, ...cuts.filter((c) => c > at));
  const clause = flat(sentence.slice(start, end)).replace(/^[,;\s]+|[.,;\s]+$/g, '');
  return clause.length >= 12 ? clause : flat(sentence).replace(/[.\s]+$/, '');
}

/** The words after the key verb, to the end of their clause: what was pledged, what is supplied. */
function clauseAfter(text: string, sentence: Span, verbAt: number): string | undefined {
  if (verbAt <= sentence.start) return undefined;
  const rest = text.slice(verbAt, sentence.end);
  const verbLength = /^[\p{L}'’-]+/u.exec(rest)?.[0].length ?? 0;
  const tail = rest.slice(verbLength).replace(/^\s+/, '');
  const cut = tail.search(/[;:]|,\s+(?:which|who|as|while|and|but|although)\b|\.$/);
  const clause = flat(cut > 0 ? tail.slice(0, cut) : tail);
  return clause.length >= 6 ? clause : undefined;
}
