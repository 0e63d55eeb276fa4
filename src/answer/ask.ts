// /ask question, in measured stages: the question is read (ask/question.ts), candidate sentences
// are retrieved and described by features (ask/candidates.ts), a judge with learned weights decides
// whether the best of them answers (ask/judge.ts), and the answer is given first — the date, the
// amount, the name, "No" — then the sentences it comes from, cited. Below the judge's threshold the
// articles do not say, and the nearest passages are shown marked as not an answer.

import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { isoDay } from '../extract/time-value.ts';
import { analyze, termOf } from '../text/analyzer.ts';
import { type Answer, type AnswerLine, Citations, flat, notFound } from './answer.ts';
import { amountsIn, articleDay, FEATURE_NAMES, holdsAskedKind, retrieve } from './ask/candidates.ts';
import {
  answerability,
  differingReport,
  type Judged,
  type JudgeModel,
  judgeModel,
  rank,
  notAnAnswer,
  thresholdFor,
  thresholdKind,
} from './ask/judge.ts';
import { type AskQuestion, analyseQuestion } from './ask/question.ts';
import { type SpeechAnswer, speechAnswer } from './ask/speech.ts';

/** At most this many sentences back an answer: the best, and others the judge also accepts. */
const MAX_SHOWN = 3;
const NEAREST_SHOWN = 3;
export interface AskResult {
  question: AskQuestion;
  candidates: Judged[];
  /** The answerability model's probability that the best candidate answers. */
  confidence: number;
  /** The candidates shown as the answer, best first; empty when the articles do not answer. */
  accepted: Judged[];
  /** Why nothing was accepted, or why the best was. */
  reason: string;
  /** "What did X say about Y?" answered from X's statements rather than by the sentence judge. */
  speech?: SpeechAnswer;
}

/** The pure decision, without rendering: what --explain and the trainer read. */
export function decideAsk(kb: KnowledgeBase, text: string, model: JudgeModel = judgeModel()): AskResult {
  const question = analyseQuestion(kb, text);
  if (question.unknownNames.length) {
    return {
      question,
      candidates: [],
      confidence: 0,
      accepted: [],
      reason: `the articles never mention ${question.unknownNames.join(', ')}`,
    };
  }
  const speech = speechAnswer(kb, text, question);
  if (speech) {
    const name = kb.registry.get(speech.speaker).name;
    return {
      question,
      candidates: [],
      confidence: speech.statements.length ? 1 : 0,
      accepted: [],
      reason: `${speech.statements.length ? `answered from ${name}'s statements` : `${name} is not quoted on it`} (${speech.rules.join('; ')})`,
      speech,
    };
  }
  // A question about a time ("in April") is answered only by sentences that speak of that time,
  // however well another time's figure matches the rest.
  const retrieved = retrieve(kb, question);
  const candidates = rank(
    retrieved.filter((c) => !(question.dates.length && c.features.date_missing) && holdsAskedKind(question, c)),
    model,
  );
  const best = candidates[0];
  if (!best) {
    const why = !retrieved.length
      ? 'no sentence shares a word with the question'
      : question.dates.length
        ? `no sentence that shares its words speaks of ${question.dates.map((d) => d.text).join(', ')} and holds what is asked for`
        : `no sentence that shares its words holds what is asked for (${question.kind}${question.unit ? `, ${question.unit}` : ''})`;
    return { question, candidates: rank(retrieved, model), confidence: 0, accepted: [], reason: why };
  }
  const kind = thresholdKind(question);
  // The articles' own word that the best sentence is no answer: the detail withheld, the choice not made…
  const not = notAnAnswer(candidates, kind);
  if (not) return { question, candidates, confidence: 0, accepted: [], reason: `${not.name}: ${not.reason}` };
  const confidence = answerability(candidates, model);
  const threshold = thresholdFor(model, kind);
  const against = `the threshold ${threshold.toFixed(3)}${model.kindThresholds?.[kind] !== undefined ? ` for ${kind} questions` : ''}`;
  if (confidence < threshold) {
    return {
      question,
      candidates,
      confidence,
      accepted: [],
      reason: `answerability ${confidence.toFixed(3)} is below ${against}`,
    };
  }
  const accepted = [best];
  for (const c of candidates.slice(1)) {
    if (accepted.length >= MAX_SHOWN) break;
    if (c.p >= model.supportThreshold) accepted.push(c);
  }
  const rival = differingReport(candidates);
  if (rival && !accepted.includes(rival)) accepted.push(rival);
  accepted.sort((x, y) => y.day - x.day || y.p - x.p);
  return {
    question,
    candidates,
    confidence,
    accepted,
    reason:
      `answerability ${confidence.toFixed(3)} reaches ${against}` +
      (rival && accepted.includes(rival)
        ? '; another article of another day reports it too: both are shown, latest first'
        : ''),
  };
}

/** `model` is the judge: the learned one, or another for tests of the stages around it. */
export function answerAsk(
  kb: KnowledgeBase,
  question: string,
  command = `/ask ${question}`,
  model: JudgeModel = judgeModel(),
): Answer {
  const text = question.trim();
  if (!text)
    return {
      ...notFound(
        command,
        'Ask a question',
        'Ask a question about the articles, for example `/ask Who did Belousov meet?`.',
      ),
      ephemeral: true,
    };
  const result = decideAsk(kb, text, model);
  const q = result.question;
  if (q.unknownNames.length) {
    return notFound(
      command,
      shortTitle(text),
      `The articles do not mention ${q.unknownNames.map((n) => `“${n}”`).join(' or ')}, so they do not answer this.`,
    );
  }
  if (q.identity) {
    // "Who is X?" is answered by X's roles, as /who's first line; a sentence that merely names X
    // does not say who X is.
    const identity = identityAnswer(kb, q, command);
    if (identity) return identity;
    const names = q.identity.length
      ? q.identity.map((id) => kb.registry.get(id).name).join(' or ')
      : q.text.replace(/^\S+ \S+ /, '');
    const near = nearest(kb, q, command, result.candidates);
    return {
      ...near,
      lead: `The articles mention ${names} but do not say who or what ${q.identity.length > 1 ? 'they are' : 'that is'}.`,
    };
  }
  if (result.speech) return speechReply(kb, q, command, result.speech);
  if (result.accepted.length === 0) return nearest(kb, q, command, result.candidates);

  const cites = new Citations(kb);
  const byArticle = new Set(result.accepted.map((c) => c.article));
  const lines: AnswerLine[] = [];
  for (const c of withCorrections(kb, q, result.accepted)) {
    const a = kb.articles[c.article];
    const s = a.sentences[c.sentence];
    lines.push({
      label: c.correction ? 'Correction' : byArticle.size > 1 ? articleLabel(kb, c.article) : undefined,
      text: flat(a.text.slice(s.start, s.end)),
      quoted: true,
      cites: [cites.sentence(c.article, c.sentence)],
    });
  }
  return {
    command,
    found: true,
    title: shortTitle(text),
    lead: leadOfAll(kb, q, result.accepted),
    sections: [{ heading: 'From the articles', lines }],
    citations: cites.list,
  };
}

function shortTitle(text: string): string {
  // A question mark only after a word: not after an emoji, a closing quote or other punctuation.
  const t = /[\p{L}\p{N}]$/u.test(text) ? `${text}?` : text;
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

function articleLabel(kb: KnowledgeBase, article: number): string {
  const d = kb.articles[article].date;
  const date = d.kind === 'exact' ? articleIsoDay(kb, article) : undefined;
  const title = kb.articles[article].title.text;
  const short = title.length > 60 ? `${title.slice(0, 59)}…` : title;
  return date ? `${date}, ${short}` : short;
}

/** "Correction: …" at an article's end supersedes what it corrects: shown first, beside the corrected sentence. */
function withCorrections(kb: KnowledgeBase, q: AskQuestion, accepted: Judged[]): (Judged & { correction?: boolean })[] {
  const out: (Judged & { correction?: boolean })[] = [];
  for (const c of accepted) {
    const a = kb.articles[c.article];
    const sentenceTerms = new Set(kb.index.termsOf(c.article)[c.sentence]);
    const correction = a.sentences.findIndex(
      (s, i) =>
        i !== c.sentence &&
        a.paragraphs[s.paragraph]?.kind === 'correction' &&
        kb.index.termsOf(c.article)[i].filter((t) => sentenceTerms.has(t) && !/^\d/.test(t)).length >= 2,
    );
    if (correction >= 0 && !out.some((o) => o.article === c.article && o.sentence === correction))
      out.push({ ...c, sentence: correction, correction: true });
    if (!out.some((o) => o.article === c.article && o.sentence === c.sentence)) out.push(c);
  }
  return out;
}

/** The answer first; when reports from articles of different days differ, each with its day, latest first. */
function leadOfAll(kb: KnowledgeBase, q: AskQuestion, accepted: Judged[]): string | undefined {
  const articles = [...new Set(accepted.map((c) => c.article))];
  if (articles.length < 2) return leadOf(kb, q, accepted[0]);
  const leads = articles.map((a) => {
    const lead = leadOf(
      kb,
      q,
      accepted.find((c) => c.article === a)!,
    );
    return lead && `${lead} (${articleIsoDay(kb, a)})`;
  });
  const distinct = new Set(leads.map((l) => l?.replace(/ \(.*\)$/, '')));
  if (leads.some((l) => !l)) return undefined;
  return distinct.size === 1 ? leadOf(kb, q, accepted[0]) : `Latest report first: ${leads.join('; ')}`;
}

function articleIsoDay(kb: KnowledgeBase, article: number): string {
  return isoDay(articleDay(kb, article));
}

/** The answer itself, from the best sentence: its date, amount, person or place, or "No" for a denial. */
function leadOf(kb: KnowledgeBase, q: AskQuestion, best: Judged): string | undefined {
  const a = kb.articles[best.article];
  const s = a.sentences[best.sentence];
  const text = a.text.slice(s.start, s.end);
  // Where the question's words are: the answer is usually nearest to them.
  const terms = new Set(q.terms.map((t) => t.term));
  let anchor = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    if (analyze(m[0]).some((t) => terms.has(t))) {
      anchor = m.index!;
      break;
    }
  }
  const facts = kb.factsOf(best.article);
  const asked = new Set(q.entityGroups.flat());
  const nearestTo = <T extends { start: number }>(xs: T[]) =>
    xs.sort((x, y) => Math.abs(x.start - s.start - anchor) - Math.abs(y.start - s.start - anchor))[0];
  switch (q.kind) {
    case 'when': {
      const t = nearestTo(facts.times.filter((x) => x.sentence === best.sentence).map((x) => ({ ...x })));
      if (!t) return undefined;
      const written = flat(a.text.slice(t.start, t.end));
      return t.value.label.toLowerCase().includes(written.toLowerCase()) ? written : `${written} (${t.value.label})`;
    }
    case 'quantity': {
      const amount = amountsIn(text).map((x) => ({ ...x, start: s.start + x.index }));
      const pick = nearestTo(amount);
      return pick
        ? flat(
            text.slice(
              pick.index,
              pick.index +
                pick.text.length +
                (/^\s[a-z]+/.exec(text.slice(pick.index + pick.text.length))?.[0].length ?? 0),
            ),
          )
        : undefined;
    }
    case 'who':
    case 'where': {
      const wanted = (type: string) => (q.kind === 'where' ? type === 'place' : type !== 'place');
      const mentions = facts.entities.flatMap((e, local) => {
        const id = kb.registry.globalId(best.article, local);
        return wanted(e.type) && !asked.has(id)
          ? e.mentions
              .filter((m) => m.sentence === best.sentence && m.kind !== 'pronoun' && m.kind !== 'demonym')
              .map((m) => ({ start: m.start, id }))
          : [];
      });
      // "Which councillors voted against…?", "Who are the suspects?": all of them, in the sentence's order.
      if (q.kind === 'who' && asksForSeveral(q)) {
        const ids = [...new Set(mentions.sort((x, y) => x.start - y.start).map((m) => m.id))];
        const names = ids.map((id) => kb.registry.get(id).name);
        if (names.length > 1) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      }
      const pick = nearestTo(mentions);
      return pick ? kb.registry.get(pick.id).name : undefined;
    }
    case 'yes-no':
      // A denial in the sentence answers "no"; anything else is left to the sentence's own words.
      return !q.negative && /\b(?:not|no|never|n't|neither|nor|denied|denies|rejected)\b/i.test(text)
        ? 'No — in the articles’ words:'
        : undefined;
    default:
      return undefined;
  }
}

/** Does a who-question ask for several ("which councillors", "who are the suspects")? */
function asksForSeveral(q: AskQuestion): boolean {
  if (/^who (?:are|were)\b/i.test(q.text)) return true;
  const focus = q.focus;
  return (
    !!focus &&
    q.text
      .split(/[^\p{L}'’-]+/u)
      .some((w) => /s$/i.test(w) && w.length > focus.length && termOf(w.toLowerCase()) === focus)
  );
}

/** X's words, each statement cited with the sentences it runs over. */
function speechReply(kb: KnowledgeBase, q: AskQuestion, command: string, speech: SpeechAnswer): Answer {
  const cites = new Citations(kb);
  const name = kb.registry.get(speech.speaker).name;
  if (speech.statements.length === 0) {
    const quoted = kb.statementsBy([speech.speaker]).length > 0;
    return notFound(
      command,
      shortTitle(q.text),
      quoted && speech.noFigure
        ? `The articles quote ${name}, but none of their words gives that figure.`
        : quoted && speech.about
          ? `The articles quote ${name}, but not about ${speech.about}.`
          : `The articles do not quote ${name}${speech.about ? ` about ${speech.about}` : ''}.`,
    );
  }
  const lines: AnswerLine[] = speech.statements.map((s) => ({
    label: s.kind === 'direct' ? 'Said' : 'Reported',
    text: flat(kb.text(s.article, s.content)),
    quoted: s.kind === 'direct',
    cites: [cites.cite(s.article, s.context)],
  }));
  return {
    command,
    found: true,
    title: shortTitle(q.text),
    lead: `${name}, in the articles’ words:`,
    sections: [{ heading: 'From the articles', lines }],
    citations: cites.list,
  };
}

/** "Who is X?" about a known person or body: their roles, each cited, as /who's first line. */
function identityAnswer(kb: KnowledgeBase, q: AskQuestion, command: string): Answer | undefined {
  const ids = q.identity!;
  const cites = new Citations(kb);
  const lines: AnswerLine[] = [];
  for (const id of ids.slice(0, 3)) {
    const roles = kb.profile(id).roles;
    if (!roles.length) continue;
    for (const r of roles.slice(0, 3)) {
      lines.push({
        label: kb.registry.get(id).name,
        text: r.text,
        cites: r.cites.map(([a, start, end]) => cites.cite(a, { start, end })),
      });
    }
  }
  if (!lines.length) return undefined;
  const names = [...new Set(lines.map((l) => l.label))];
  return {
    command,
    found: true,
    title: shortTitle(q.text),
    lead:
      names.length === 1
        ? `${names[0]}: ${lines
            .map((l) => l.text)
            .slice(0, 2)
            .join('; ')}.`
        : `${names.length} in the articles fit the name:`,
    sections: [{ heading: 'Roles', lines }],
    citations: cites.list,
  };
}

/** No sentence answers: say so, and show the nearest passages, marked as not an answer. */
function nearest(kb: KnowledgeBase, q: AskQuestion, command: string, candidates: Judged[]): Answer {
  const what = {
    who: 'who',
    what: 'this',
    when: 'when',
    where: 'where',
    quantity: 'how many or how much',
    why: 'why',
    'yes-no': 'whether',
  }[q.kind];
  const cites = new Citations(kb);
  const shown = candidates.filter((c) => c.retrieval > 0).slice(0, NEAREST_SHOWN);
  const lines: AnswerLine[] = shown.map((c) => ({
    text: flat(kb.text(c.article, kb.articles[c.article].sentences[c.sentence])),
    quoted: true,
    cites: [cites.sentence(c.article, c.sentence)],
  }));
  // When the best passage itself says it is no answer (the detail withheld…), that is what the articles say.
  const not = notAnAnswer(candidates, thresholdKind(q));
  return notFound(
    command,
    shortTitle(q.text),
    not?.says ?? `The articles do not say ${what}.`,
    lines.length ? [{ heading: not?.shows ? 'What the articles say' : 'Nearest passages (not an answer)', lines }] : [],
    cites.list,
  );
}

/** The stages of one question, for `npm run ask -- --explain "/ask …"`. */
export function explainAsk(kb: KnowledgeBase, text: string): string {
  const r = decideAsk(kb, text);
  const q = r.question;
  const out: string[] = [];
  out.push(`question: ${q.text}`);
  out.push(`kind: ${q.kinds.join(' + ')}${q.unit ? ` (unit: ${q.unit})` : ''}${q.focus ? `, focus: ${q.focus}` : ''}`);
  out.push(`rules fired: ${q.rules.join('; ') || 'none'}`);
  const terms = q.terms.map((t) => {
    const related = t.related.length ? `; ${t.related.slice(0, 6).join(' ')}` : '';
    return `${t.term}${t.inName ? '*' : ''}(idf ${t.idf.toFixed(2)}${related})`;
  });
  out.push(`terms: ${terms.join(', ')}`);
  if (q.entityGroups.length)
    out.push(`names: ${q.entityGroups.map((g) => g.map((id) => kb.registry.get(id).name).join(' | ')).join('; ')}`);
  if (q.dates.length) out.push(`dates: ${q.dates.map((d) => d.text).join(', ')}`);
  out.push(`decision: ${r.accepted.length ? 'answer' : 'not found'} — ${r.reason}`);
  out.push('candidates (best first):');
  for (const c of r.candidates.slice(0, 10)) {
    const a = kb.articles[c.article];
    const s = a.sentences[c.sentence];
    out.push(`  p=${c.p.toFixed(3)} ${a.file}#${c.sentence} ${flat(a.text.slice(s.start, s.end)).slice(0, 140)}`);
    out.push(
      `    ${FEATURE_NAMES.filter((f) => f !== 'bias')
        .map((f) => `${f}=${c.features[f].toFixed(2)}`)
        .join(' ')}`,
    );
  }
  return out.join('\n');
}
