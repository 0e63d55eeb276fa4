// People, organisations and places of one article: each with its name, type, roles and every
// mention (full name, surname, acronym, role, pronoun), found from the name chunks of names.ts.

import type { Article, Span } from '../corpus/article.ts';
import { nameKey } from '../text/normalize.ts';
import { termOf } from '../text/analyzer.ts';
import { relatedTerms } from '../text/wordnet.ts';
import type { EntityFact, EntityType, Mention, MentionKind, Role } from './facts.ts';
import {
  FEMALE_HONORIFICS,
  FEMALE_PRONOUNS,
  FINDING_VERBS,
  MALE_HONORIFICS,
  MALE_PRONOUNS,
  NAME_PARTICLES,
  NOT_COMPANY_WORDS,
  ORG_HEADS_NOT_NAMES_ALONE,
  ORG_ROLE_HEADS,
  PERSON_ROLE_HEADS,
  TITLE_HEADS,
  speechVerbBase,
} from './lexicon.ts';
import {
  type NameChunk,
  type RolePhrase,
  appositiveAfter,
  bare,
  findNameChunks,
  isFirstName,
  isKnownPlace,
  roleBefore,
  scoreChunks,
} from './names.ts';
import type { TaggedArticle, Token } from './tokens.ts';

interface Building {
  type: EntityType;
  key: string;
  name: Span;
  nameTokens: string[];
  mentions: Mention[];
  roles: Role[];
  gender?: 'female' | 'male';
  qualifier?: Span;
  acronym?: string;
  score: Record<EntityType, number>;
  /** The name opens with a known given name (so a three-word name may end in two surnames). */
  givenFirst?: boolean;
}

export interface EntityExtraction {
  entities: EntityFact[];
  /** Every mention with its entity, in text order. */
  mentions: { mention: Mention; entity: number }[];
}

/** "Xi Jinping", "Park Ji-hoon": in a name of two words the bare first one may be the family name. */
const familyNameFirst = (name: string) => name.trim().split(/\s+/).length === 2;
/** "Kim Tae-ho", "Park Eun-young": a given name of two syllables joined by a hyphen follows the
 *  family name, so the first word alone is the family name even where it is a given name elsewhere. */
const givenNameOfSyllables = (name: string) => /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name.trim());

export function extractEntities(tagged: TaggedArticle): EntityExtraction {
  const { article, tokens, sentenceTokens } = tagged;
  const { text } = article;
  const chunks = findNameChunks(text, tokens, sentenceTokens);
  scoreChunks(text, tokens, chunks);

  const built: Building[] = [];
  const byKey = new Map<string, number>();
  const chunkEntity = new Map<NameChunk, number>();

  const keyOf = (c: NameChunk) => nameKey(text.slice(c.start, c.end));
  const tokensOf = (c: NameChunk) =>
    tokens
      .slice(c.first, c.last + 1)
      .map(bare)
      .map((w) => nameKey(w));
  const typeOf = (score: Record<EntityType, number>): EntityType | undefined => {
    const best = (Object.entries(score) as [EntityType, number][]).sort((a, b) => b[1] - a[1])[0];
    return best[1] > 0 ? best[0] : undefined;
  };
  const addMention = (e: number, span: Span, sentence: number, kind: MentionKind, ambiguous?: boolean) => {
    const m: Mention = { start: span.start, end: span.end, kind, sentence };
    if (ambiguous) m.ambiguous = true;
    built[e].mentions.push(m);
  };
  const newEntity = (key: string, name: Span, nameTokens: string[], score: Record<EntityType, number>): number => {
    built.push({
      type: 'person',
      key,
      name,
      nameTokens,
      mentions: [],
      roles: [],
      score: { person: 0, organization: 0, place: 0 },
    });
    const e = built.length - 1;
    byKey.set(key, e);
    addScore(e, score);
    return e;
  };
  const addScore = (e: number, score: Record<EntityType, number>) => {
    for (const k of Object.keys(score) as EntityType[]) built[e].score[k] += score[k];
  };

  // Pass 1: names of two words or more, and single words with strong evidence of their own.
  const pending: NameChunk[] = [];
  for (const c of chunks) {
    if (c.titleOnly || c.acronymOf !== undefined || c.notName) continue;
    const words = tokensOf(c);
    const key = keyOf(c);
    if (!key) continue;
    // Single words wait for pass 2: they may be a surname, an acronym or a short name of one named in full.
    if (words.length >= 2 || c.title) {
      // "Ortega Villalba" after "María José Ortega Villalba": the end of a longer name already met.
      // A place's evidence from a particle that also opens place names ("El", "La") yields to the
      // end of a person's name: "El Amrani" after "Karim El Amrani".
      const placeByParticle = NAME_PARTICLES.has(words[0]) && c.score.place <= 3;
      const longer =
        words.length >= 2 && c.score.organization < 3 && (c.score.place < 3 || placeByParticle)
          ? built.findIndex(
              (b) =>
                b.key &&
                b.nameTokens.length > words.length &&
                b.score.person > 0 &&
                b.nameTokens.slice(-words.length).join(' ') === words.join(' '),
            )
          : -1;
      if (longer >= 0 && !byKey.has(key)) {
        chunkEntity.set(c, longer);
        (c as NameChunk & { kind?: MentionKind }).kind = 'surname';
        continue;
      }
      // "Felipa Mamani" after "Felipa Mamani Quispe", "Ang Nima" after "Ang Nima Sherpa": a later
      // mention drops the last of three or more names (a second surname, a clan or family name)
      // and keeps the given name, so it begins the longer name. Only when one person's name does.
      const beginning =
        words.length >= 2 && !c.title && c.score.organization < 3 && c.score.place < 3 && !byKey.has(key)
          ? built.flatMap((b, i) =>
              b.key &&
              b.nameTokens.length > words.length &&
              b.nameTokens.length >= 3 &&
              b.score.person > 0 &&
              b.score.person >= b.score.place &&
              b.score.person >= b.score.organization &&
              b.nameTokens.slice(0, words.length).join(' ') === words.join(' ')
                ? [i]
                : [],
            )
          : [];
      if (beginning.length === 1) {
        chunkEntity.set(c, beginning[0]);
        continue;
      }
      // "Tor Vale" after "Tor Vale Drilling Company": a body named in full is then named by the
      // words that begin its name, when nothing says those words are a person or a place.
      const bodyBegun =
        words.length >= 2 && !c.title && c.score.organization < 3 && c.score.place === 0 && c.score.person <= 1
          ? built.flatMap((b, i) =>
              b.key &&
              b.nameTokens.length > words.length &&
              b.score.organization >= 3 &&
              b.score.organization > b.score.person &&
              b.nameTokens.slice(0, words.length).join(' ') === words.join(' ')
                ? [i]
                : [],
            )
          : [];
      if (bodyBegun.length === 1 && !byKey.has(key)) {
        chunkEntity.set(c, bodyBegun[0]);
        continue;
      }
      const existing = byKey.get(key);
      const e = existing ?? newEntity(key, c, words, c.score);
      if (existing !== undefined) addScore(e, c.score);
      const b = built[e];
      if (isFirstName(tokens[c.first])) b.givenFirst = true;
      if (c.end - c.start > b.name.end - b.name.start) b.name = { start: c.start, end: c.end };
      chunkEntity.set(c, e);
      if (c.acronym) b.acronym = nameKey(text.slice(c.acronym.start, c.acronym.end));
    } else {
      pending.push(c);
    }
  }
  for (const b of built) b.type = typeOf(b.score) ?? 'person';

  /** The head words of the titles an entity's names carry ("judge" of "Presiding Judge …"). */
  const titleHeads = (entity: number) =>
    new Set([...chunkEntity].flatMap(([c, i]) => (i === entity && c.title ? [bare(tokens[c.title.last])] : [])));
  // A single-word person with a title is the full-name person it ends ("President Putin"), or, failing
  // that, the one person whose name it begins ("Sheikh Faisal").
  for (let e = 0; e < built.length; e++) {
    const b = built[e];
    if (b.nameTokens.length !== 1 || b.type !== 'person') continue;
    let full = built.findIndex(
      (o, i) =>
        i !== e &&
        o.type === 'person' &&
        o.nameTokens.length > 1 &&
        o.nameTokens[o.nameTokens.length - 1] === b.nameTokens[0],
    );
    if (full < 0) {
      const starting = built
        .map((o, i) => ({ o, i }))
        .filter(
          ({ o, i }) =>
            i !== e && o.type === 'person' && o.nameTokens.length > 1 && o.nameTokens[0] === b.nameTokens[0],
        );
      if (starting.length === 1) full = starting[0].i;
      // "Judge Osei" after "Presiding Judge Osei Ama" and "Osei Kofi": of several whose name it
      // begins (a family name written first), the one who bears the same title.
      else if (starting.length > 1) {
        const mine = titleHeads(e);
        const same = starting.filter(({ i }) => [...titleHeads(i)].some((h) => mine.has(h)));
        if (mine.size && same.length === 1) full = same[0].i;
      }
    }
    // Namesakes ("Mr Asante" and "Professor Asante" after two full-named Asantes): each titled mention is
    // the one of them named last before it, the nearest antecedent, not always the first introduced.
    const namesakes = built.flatMap((o, i) =>
      i !== e &&
      o.type === 'person' &&
      o.nameTokens.length > 1 &&
      o.nameTokens[o.nameTokens.length - 1] === b.nameTokens[0]
        ? [i]
        : [],
    );
    if (namesakes.length > 1) {
      const named = [...chunkEntity].filter(([, i]) => namesakes.includes(i));
      for (const [c, i] of chunkEntity) {
        if (i !== e) continue;
        // "Justice Morel" after "Justice Ana Morel" and "the lawyer, Luc Morel": the one
        // introduced with the same title, whoever was named last.
        const head = c.title ? bare(tokens[c.title.last]) : undefined;
        const titled = head ? namesakes.filter((n) => titleHeads(n).has(head)) : [];
        if (titled.length === 1) {
          chunkEntity.set(c, titled[0]);
          continue;
        }
        const before = named.filter(([n]) => n.start < c.start).sort(([x], [y]) => y.start - x.start)[0];
        chunkEntity.set(c, before ? before[1] : full);
      }
      b.key = '';
    } else if (full >= 0) {
      for (const [c, i] of chunkEntity) if (i === e) chunkEntity.set(c, full);
      b.key = '';
    }
  }

  // Pass 2: single words: a surname of a person named before, an organisation's short name or
  // acronym, or a name of their own when the evidence says what they are.
  const lastSeen = new Map<number, number>();
  const mentionCount = new Map<number, number>();
  // How often the article has named each so far: its salience.
  const salience = mentionCount;
  const orderedChunks = [...chunks].sort((a, b) => a.start - b.start);
  // The story's subject: the first person named in full, when the headline or the lead names them
  // (the first sentences; a plain-text file's headline is read as its first sentence).
  const LEAD_SENTENCES = 4;
  const storySubject = orderedChunks
    .filter((c) => c.sentence >= 0 && c.sentence < LEAD_SENTENCES && chunkEntity.has(c))
    .map((c) => chunkEntity.get(c)!)
    .find((e) => built[e].nameTokens.length > 1 && typeOf(built[e].score) === 'person');
  for (const c of orderedChunks) {
    const e0 = chunkEntity.get(c);
    if (e0 !== undefined) {
      lastSeen.set(e0, c.start);
      mentionCount.set(e0, (mentionCount.get(e0) ?? 0) + 1);
      continue;
    }
    if (c.acronymOf !== undefined) {
      const of = chunkEntity.get(chunks[c.acronymOf]);
      if (of !== undefined) chunkEntity.set(c, of);
      continue;
    }
    if (!pending.includes(c)) continue;
    // "The" opening a sentence before a lower-case word is no name, whatever title begins with it.
    if (tokens[c.first].tags.has('Determiner') || /^(?:the|a|an)$/i.test(tokens[c.first].text)) continue;
    const w = keyOf(c);
    const allPeople = built
      .map((b, i) => ({ b, i }))
      .filter(
        ({ b }) =>
          b.key &&
          b.type === 'person' &&
          b.nameTokens.length > 1 &&
          (b.nameTokens[b.nameTokens.length - 1] === w ||
            paternal(b) === w ||
            (familyNameFirst(text.slice(b.name.start, b.name.end)) &&
              b.nameTokens[0] === w &&
              (!isFirstName(tokens[c.first]) || givenNameOfSyllables(text.slice(b.name.start, b.name.end))))),
      );
    // A surname refers to the people already introduced; only with none does it look ahead.
    const introduced = allPeople.filter(({ i }) => lastSeen.has(i));
    // "Rojas" is Ana Rojas Vela, not Luis Soto Rojas: of a double surname the first is
    // the one used alone, so a match on the second yields to anyone else's.
    const maternal = (b: Building) =>
      b.nameTokens.length >= 3 && paternal(b) !== undefined && b.nameTokens[b.nameTokens.length - 1] === w;
    const pool0 = introduced.length ? introduced : allPeople;
    const people = pool0.some(({ b }) => !maternal(b)) ? pool0.filter(({ b }) => !maternal(b)) : pool0;
    const acronym = /^[A-Z][A-Z.&]+$/.test(text.slice(c.start, c.end)) ? w.replace(/[.&]/g, '') : '';
    const organizations = built
      .map((b, i) => ({ b, i }))
      .filter(
        ({ b }) =>
          b.key &&
          b.type === 'organization' &&
          (b.nameTokens[0] === w ||
            b.acronym === w ||
            // "Harwick Rovers" → "Rovers"; "International Monetary Fund" → "IMF" with no "(IMF)" given.
            (b.nameTokens.length > 1 && b.nameTokens[b.nameTokens.length - 1] === w && !INCOMPLETE_ALONE.has(w)) ||
            (acronym.length >= 2 && initialsOf(b.nameTokens) === acronym)),
      );
    // "Montreval's Supreme Court": a word with a place's evidence is the place, not the
    // "Montreval Civil Liberties Union" it also begins.
    const candidates =
      c.score.place >= 2 && c.score.place > c.score.organization ? people : [...people, ...organizations];
    let chosen: number | undefined;
    let ambiguous = false;
    if (candidates.length === 1) chosen = candidates[0].i;
    else if (candidates.length > 1) {
      const seen = candidates.filter(({ i }) => lastSeen.has(i));
      const pool = seen.length ? seen : candidates;
      if (organizations.length && people.length) {
        // A company and its founder share a name: the one mentioned more so far.
        pool.sort(
          (a, b) =>
            (mentionCount.get(b.i) ?? 0) - (mentionCount.get(a.i) ?? 0) ||
            (lastSeen.get(b.i) ?? 0) - (lastSeen.get(a.i) ?? 0),
        );
      } else {
        // Two people of one surname: the one named earlier in this sentence; else the story's
        // subject, whom the lead names first (news style gives a namesake, a son or a colleague,
        // the full name each time and the subject the bare surname: "His son Yaw Asante said …
        // Asante was born in 1939"); else the one named in the sentence before, else the one the
        // article has referred to more (its main figure), else the one named last.
        const sentenceOf = (at: number) => tokens.find((t) => t.start >= at)?.sentence ?? 0;
        const inSentence = (i: number) => lastSeen.has(i) && sentenceOf(lastSeen.get(i)!) === c.sentence;
        const recent = (i: number) => lastSeen.has(i) && c.sentence - sentenceOf(lastSeen.get(i)!) <= 1;
        const subject = (i: number) => i === storySubject;
        pool.sort(
          (a, b) =>
            Number(inSentence(b.i)) - Number(inSentence(a.i)) ||
            Number(subject(b.i)) - Number(subject(a.i)) ||
            Number(recent(b.i)) - Number(recent(a.i)) ||
            (salience.get(b.i) ?? 0) - (salience.get(a.i) ?? 0) ||
            (lastSeen.get(b.i) ?? -1) - (lastSeen.get(a.i) ?? -1),
        );
        ambiguous = people.length > 1;
      }
      chosen = pool[0].i;
    }
    if (chosen !== undefined) {
      chunkEntity.set(c, chosen);
      (c as NameChunk & { kind?: MentionKind }).kind =
        built[chosen].acronym === w ? 'acronym' : built[chosen].type === 'person' ? 'surname' : 'name';
      (c as NameChunk & { ambiguous?: boolean }).ambiguous = ambiguous;
    } else {
      const existing = byKey.get(w);
      const e = existing ?? newEntity(w, c, [w], c.score);
      if (existing !== undefined) addScore(e, c.score);
      chunkEntity.set(c, e);
    }
    const e = chunkEntity.get(c)!;
    lastSeen.set(e, c.start);
    mentionCount.set(e, (mentionCount.get(e) ?? 0) + 1);
  }

  // Demonyms: "Kestrian farmers" speak of Kestria, not of a "Kestrian".
  for (const [c, e] of chunkEntity) {
    const b = built[e];
    if (!c.demonym || b.nameTokens.length !== 1 || b.score.person >= 3 || b.score.organization >= 3) continue;
    const w = b.nameTokens[0];
    const place = built.findIndex(
      (o) => o.key && o !== b && o.nameTokens.length === 1 && o.score.place > 0 && isDemonymOf(w, o.nameTokens[0]),
    );
    if (place >= 0) {
      chunkEntity.set(c, place);
      (c as NameChunk & { kind?: MentionKind }).kind = 'demonym';
      if (![...chunkEntity.values()].includes(e)) b.key = '';
    } else if (b.score.place < 3 && b.score.organization < 3 && b.score.person < 3) {
      chunkEntity.delete(c);
      if (![...chunkEntity.values()].includes(e)) b.key = '';
    }
  }

  // A single word with no evidence of its own whose demonym the article uses is the place the
  // demonym is of: "Velia's 10-year bond" beside "Velian farmers" (countries a lexicon cannot know).
  const demonyms = new Set(tokens.filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text.replace(/['’]s$/, ''))).map(bare));
  for (const b of built) {
    if (!b.key || b.nameTokens.length !== 1 || typeOf(b.score) !== undefined) continue;
    if ([...demonyms].some((d) => isDemonymOf(d, b.nameTokens[0]))) b.score.place += 2;
  }

  for (const b of built) if (b.key) b.type = typeOf(b.score) ?? 'person';
  // Entities without any evidence of what they are ("Telegram messaging app", "the Velka dam") are dropped.
  const keep = (b: Building) => !!b.key && typeOf(b.score) !== undefined;

  for (const [c, e] of chunkEntity) {
    const kind = (c as NameChunk & { kind?: MentionKind }).kind ?? (c.acronymOf !== undefined ? 'acronym' : 'name');
    addMention(e, c, c.sentence, kind, (c as NameChunk & { ambiguous?: boolean }).ambiguous);
    if (c.acronym) addMention(e, c.acronym, c.sentence, 'acronym');
  }

  // Roles: titles, roles before the name, appositives, possessive qualifiers.
  for (const [c, e] of chunkEntity) {
    const b = built[e];
    if (c.title) {
      const role: Role = {
        start: c.title.start,
        end: c.title.end,
        head: { start: c.title.start, end: c.title.end },
        source: 'title',
      };
      const q = tokens[c.title.first - 1];
      if (q && q.possessive && q.sentence === c.sentence) role.qualifier = { start: q.start, end: q.baseEnd };
      b.roles.push(role);
      const w = bare(tokens[c.title.last]);
      if (FEMALE_HONORIFICS.has(w)) b.gender ??= 'female';
      if (MALE_HONORIFICS.has(w)) b.gender ??= 'male';
    }
    const opening = c.title?.first ?? c.first;
    const commaBefore = /^,\s*$/.test(tokens[opening - 1]?.post ?? '') && tokens[opening - 1].sentence === c.sentence;
    const commaRole = (at: number) => roleBefore(tokens, at, true) ?? roleWithComplementBefore(tokens, at);
    const direct = roleBefore(tokens, c.first);
    // "the club's captain, winger Ana Lopes": a role set off before a role that opens the name.
    const directOpening = direct ? direct.first : -1;
    const setOff =
      direct &&
      directOpening > 0 &&
      /^,\s*$/.test(tokens[directOpening - 1].post) &&
      tokens[directOpening - 1].sentence === c.sentence
        ? commaRole(directOpening - 1)
        : undefined;
    const before = direct ?? (commaBefore ? commaRole(opening - 1) : undefined);
    for (const r of [before, setOff]) {
      if (r && (b.type !== 'person' || PERSON_ROLE_HEADS.has(bare(tokens[r.head])))) {
        b.roles.push(
          rolePhrase(tokens, r, tokens[r.last].end, r.qualifier !== undefined ? 'possessive' : 'descriptor'),
        );
      }
    }
    // "Tarsen's Minister of Trade and Industry, Sheikh …": a capitalised title set off before the name.
    const titled =
      b.type === 'person'
        ? chunks.find(
            (o) =>
              o.titleOnly &&
              o.last === (c.title?.first ?? c.first) - 1 &&
              /^,\s*$/.test(tokens[o.last].post) &&
              o.sentence === c.sentence,
          )
        : undefined;
    if (titled) {
      const role: Role = {
        start: titled.start,
        end: titled.end,
        head: { start: titled.start, end: titled.end },
        source: 'appositive',
      };
      const q = tokens[titled.first - 1];
      if (q && q.possessive && q.sentence === c.sentence) role.qualifier = { start: q.start, end: q.baseEnd };
      b.roles.push(role);
    }
    // "Lena Brandt, Head of Communications": a capitalised title set off after the name.
    const titledAfter =
      b.type === 'person' && /^,\s*$/.test(tokens[c.last].post)
        ? chunks.find((o) => o.titleOnly && o.first === c.last + 1 && o.sentence === c.sentence)
        : undefined;
    if (titledAfter)
      b.roles.push({
        start: titledAfter.start,
        end: titledAfter.end,
        head: { start: titledAfter.start, end: titledAfter.end },
        source: 'appositive',
      });
    // A name under a "Media contact" line is that contact.
    const paragraph = article.paragraphs.find((p) => p.start <= c.start && c.start < p.end);
    const above = paragraph && article.paragraphs[paragraph.index - 1];
    if (
      b.type === 'person' &&
      paragraph &&
      above &&
      c.start === paragraph.start &&
      /^[\s#*_]*(?:\p{L}+\s+){0,2}contacts?[\s*_:]*$/iu.test(text.slice(above.start, above.end))
    ) {
      let start = above.start;
      let end = above.end;
      while (/[\s#*_]/.test(text[start])) start++;
      while (/[\s*_:]/.test(text[end - 1])) end--;
      b.roles.push({ start, end, head: { start, end }, source: 'descriptor' });
    }
    if (/^,/.test(tokens[c.last].post)) {
      const ap = appositiveAfter(tokens, c.last);
      if (ap) b.roles.push(rolePhrase(tokens, ap, tokens[ap.end].end, 'appositive'));
    }
    // "Norland’s Defence Ministry": a generic organisation name is told apart by whose it is.
    const q = tokens[c.first - 1];
    if (
      b.type === 'organization' &&
      q &&
      q.possessive &&
      q.sentence === c.sentence &&
      isKnownPlaceOrEntity(q) &&
      !isPersonKey(bare(q))
    ) {
      b.qualifier ??= { start: q.start, end: q.baseEnd };
    }
  }

  // Gender from first names.
  for (const b of built) {
    if (b.type !== 'person' || b.gender) continue;
    const nameMention = b.mentions.find((m) => m.kind === 'name');
    if (!nameMention) continue;
    const firstToken = tokens.find((t) => t.start === nameMention.start);
    if (firstToken?.tags.has('FemaleName')) b.gender = 'female';
    else if (firstToken?.tags.has('MaleName')) b.gender = 'male';
  }

  const credits = article.credits;
  if (credits) {
    for (const person of credits.people) {
      const key = nameKey(text.slice(person.name.start, person.name.end));
      const e = byKey.get(key) ?? newEntity(key, person.name, key.split(' '), { person: 5, organization: 0, place: 0 });
      built[e].type = 'person';
      addMention(e, person.name, -1, 'credit');
      built[e].roles.push({
        start: person.name.start,
        end: person.name.end,
        head: person.name,
        source: 'credit',
        credit: person.role,
        ...(person.place ? { qualifier: person.place } : {}),
      });
    }
  }

  // Bylines above the story ("By Yaw Osei, Economics Editor", "Interview by …", "By A and B —
  // Published …") and photo credits in captions ("(Photo: Agency/Jo Park)") name people too.
  for (const person of bylinePeople(article)) {
    const key = nameKey(text.slice(person.name.start, person.name.end));
    if (!key) continue;
    // "(Photo: Harwick Rovers)": a club or agency the story names as such is no photographer.
    const known = byKey.get(key);
    if (!person.byline && known !== undefined && built[known].key && built[known].type !== 'person') continue;
    const e = known ?? newEntity(key, person.name, key.split(' '), { person: 5, organization: 0, place: 0 });
    built[e].type = 'person';
    addMention(e, person.name, -1, 'credit');
    if (person.byline)
      built[e].roles.push({
        start: person.name.start,
        end: person.name.end,
        head: person.name,
        source: 'credit',
        credit: 'reporter',
      });
    if (person.role) built[e].roles.push({ ...person.role, head: person.role, source: 'appositive' });
  }

  // A press release's media contacts, when the corpus has read them from its boilerplate (which has
  // no sentences): a person, with the role given and the "Media contact" line above.
  const contacts = (article as Article & { contacts?: { name: Span; role?: Span }[] }).contacts ?? [];
  for (const contact of contacts) {
    const key = nameKey(text.slice(contact.name.start, contact.name.end));
    if (!key) continue;
    const e = byKey.get(key) ?? newEntity(key, contact.name, key.split(' '), { person: 5, organization: 0, place: 0 });
    built[e].type = 'person';
    addMention(e, contact.name, -1, 'credit');
    if (contact.role) built[e].roles.push({ ...contact.role, head: contact.role, source: 'appositive' });
    const paragraph = article.paragraphs.findIndex((p) => p.start <= contact.name.start && contact.name.start < p.end);
    const above = article.paragraphs[paragraph - 1];
    if (above && /^[\s#*_]*(?:\p{L}+\s+){0,2}contacts?[\s*_:]*$/iu.test(text.slice(above.start, above.end))) {
      let start = above.start;
      let end = above.end;
      while (/[\s#*_]/.test(text[start])) start++;
      while (/[\s*_:]/.test(text[end - 1])) end--;
      built[e].roles.push({ start, end, head: { start, end }, source: 'descriptor' });
    }
  }

  // Keep entities with evidence.
  const order = built
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => keep(b) || b.mentions.some((m) => m.kind === 'credit'));
  const entities: EntityFact[] = order.map(({ b }) => {
    const fact: EntityFact = {
      type: b.type,
      name: b.name,
      mentions: b.mentions.sort((x, y) => x.start - y.start),
      roles: dedupeRoles(b.roles),
    };
    if (b.gender) fact.gender = b.gender;
    if (b.qualifier) fact.qualifier = b.qualifier;
    return fact;
  });

  describedInstitutions(tagged, entities);
  resolveRoleMentions(tagged, entities);
  genderFromRoles(text, entities);
  resolvePronouns(tagged, entities);
  resolveRoleQualifiers(text, entities);

  const mentions = entities
    .flatMap((e, i) => e.mentions.map((mention) => ({ mention, entity: i })))
    .sort((a, b) => a.mention.start - b.mention.start);
  return { entities, mentions };

  function isPersonKey(w: string): boolean {
    return built.some((o) => o.key && o.type === 'person' && o.nameTokens.includes(w));
  }

  function isKnownPlaceOrEntity(t: Token): boolean {
    const w = bare(t);
    return isKnownPlace(w) || built.some((o) => o.key === w && o.score.place > 0);
  }
}

/** The first of two surnames after a given name ("Héctor Quispe Mamani" → "quispe"), by the
 *  Spanish and Portuguese pattern: three words, the first a given name, none a particle. */
function paternal(b: { nameTokens: string[]; givenFirst?: boolean }): string | undefined {
  const t = b.nameTokens;
  return t.length === 3 &&
    b.givenFirst &&
    !t.some((w) => /^(?:de|da|del|van|von|bin|ibn|al|el|la|le|di|du)$/.test(w)) &&
    !t[1].includes('.')
    ? t[1]
    : undefined;
}

/** Words that are no name on their own even when they end one ("Bank", "Ministry"). */
const INCOMPLETE_ALONE = ORG_HEADS_NOT_NAMES_ALONE;

/** "international monetary fund" → "imf": the initials of a name's significant words. */
function initialsOf(tokens: string[]): string {
  return tokens
    .filter((t) => !/^(?:of|for|and|the|in|on|de|des|du)$/.test(t))
    .map((t) => t[0])
    .join('');
}

function isDemonymOf(demonym: string, place: string): boolean {
  if (place.length < 4) return false;
  const stem = place.replace(/[aeiouy]$/, '');
  return (
    demonym !== place &&
    (demonym.startsWith(place) || demonym.startsWith(stem)) &&
    demonym.length - stem.length <= 5 &&
    /(?:n|an|ian|ese|i|ish|ic|er)$/.test(demonym)
  );
}

/**
 * "the university's director of admissions, Dr. Farah Siddiqui": a role with its complement before
 * the comma at token `comma`; its head is the role noun before "of", "at" or "for".
 */
function roleWithComplementBefore(tokens: Token[], comma: number): (RolePhrase & { last: number }) | undefined {
  for (let k = comma - 1; k >= 0 && comma - k <= 4 && tokens[k].sentence === tokens[comma].sentence; k--) {
    if (/[,;:]/.test(tokens[k].post)) return undefined;
    if (!/^(?:of|at|for)$/i.test(tokens[k].text)) continue;
    const r = roleBefore(tokens, k - 1, true);
    return r ? { ...r, last: comma } : undefined;
  }
  return undefined;
}

function rolePhrase(
  tokens: Token[],
  r: { first: number; head: number; qualifier?: number },
  end: number,
  source: Role['source'],
): Role {
  const role: Role = {
    start: tokens[r.first].start,
    end,
    head: { start: tokens[r.first].start, end: tokens[r.head].end },
    source,
  };
  if (r.qualifier !== undefined) {
    const q = tokens[r.qualifier];
    role.qualifier = { start: q.start, end: q.possessive ? q.baseEnd : q.end };
  }
  return role;
}

function dedupeRoles(roles: Role[]): Role[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = `${r.start}:${r.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A role's words hold this search term (stemmed as the index stems): "justice" for "justic". */
const haveTerm = (have: Set<string>, term: string) => [...have].some((w) => termOf(w) === term);

const roleWords = (text: string, span: Span) =>
  nameKey(text.slice(span.start, span.end))
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:the|a|an|of|for|at|in|and)$/.test(w));

/**
 * Role mentions: "the envoy", "the foreign minister", "Norland’s defence minister", "the company",
 * "the bank". A person's role mention goes to the person of the article whose roles hold all its
 * words, preferring the one mentioned last before it (or, with none before, the first after it);
 * an organisation's goes to the organisation whose name or description holds its head noun.
 */
/** Names of bodies that are not companies, whatever "the company" an article goes on about. */
const NOT_A_COMPANY = new RegExp(`\\b(?:${NOT_COMPANY_WORDS.join('|')})\\b`);

/**
 * "Ada Marrow … Tom Marrow … Marrow said the talks would go on. “…,” she said": a surname that
 * two people share went to one of them; a pronoun of the other's gender right after it says it was
 * the other. That surname mention moves to the one person of that gender who has the surname, and
 * is the pronoun's antecedent.
 */
function namesakeOfGender(
  tagged: TaggedArticle,
  entities: EntityFact[],
  inSentence: { m: Mention; n: number }[],
  gender: 'female' | 'male',
): number | undefined {
  const { text } = tagged.article;
  for (const { m, n } of inSentence) {
    if (!m.ambiguous || m.kind !== 'surname') continue;
    const key = nameKey(text.slice(m.start, m.end));
    const others = entities
      .map((e, i) => ({ e, i }))
      .filter(
        ({ e, i }) =>
          i !== n &&
          e.type === 'person' &&
          e.gender === gender &&
          nameKey(text.slice(e.name.start, e.name.end)).split(' ').slice(1).includes(key),
      );
    if (others.length !== 1) continue;
    const to = others[0].i;
    entities[n].mentions = entities[n].mentions.filter((x) => x !== m);
    entities[to].mentions.push(m);
    entities[to].mentions.sort((a, b) => a.start - b.start);
    return to;
  }
  return undefined;
}

/**
 * The token right after the comma that closes a sentence's opening phrase, when the pronoun `t`
 * lies in that phrase and the phrase opens with a participle or a preposition ("Speaking at …,",
 * "After his speech,"): where the sentence's subject begins.
 */
function subjectAfterOpener(tagged: TaggedArticle, t: Token): Token | undefined {
  const { tokens, sentenceTokens } = tagged;
  const [from, to] = sentenceTokens[t.sentence];
  const first = tokens[from];
  if (!first || !(first.tags.has('Gerund') || first.tags.has('Preposition') || /ing$/.test(first.text))) return;
  for (let k = from; k + 1 < to; k++) {
    if (/[;:“”"()]/.test(tokens[k].post)) return;
    if (/,/.test(tokens[k].post)) return tokens[k].start < t.start ? undefined : tokens[k + 1];
  }
  return undefined;
}

/** Is an offset inside a quotation (curly or straight double quotes, within a paragraph)? */
function quotedAt(text: string): (at: number) => boolean {
  const quoted = [...text.matchAll(/“[^”\n]*”|"[^"\n]*"/g)].map((m) => [m.index!, m.index! + m[0].length]);
  return (at) => quoted.some(([a, b]) => a < at && at < b);
}

function resolveRoleMentions(tagged: TaggedArticle, entities: EntityFact[]) {
  const { tokens, article } = tagged;
  const { text } = article;
  const taken = (start: number, end: number) =>
    entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end));
  const inQuote = quotedAt(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = bare(t);
    const isPersonHead = PERSON_ROLE_HEADS.has(w) || TITLE_HEADS.has(w);
    const isOrgHead = ORG_ROLE_HEADS.has(w);
    if (!isPersonHead && !isOrgHead) continue;
    // Inside a quotation a role is the speaker's word for anyone ("I will be the president of all"),
    // not the reporter's reference to the person so described.
    if (isPersonHead && inQuote(t.start)) continue;
    // The phrase must not go on into a name ("Defence Minister Pavel Orlin" is a title).
    const next = tokens[i + 1];
    if (
      next &&
      next.sentence === t.sentence &&
      /^\p{Lu}/u.test(next.text) &&
      !/[,;:]/.test(t.post) &&
      !next.tags.has('Verb')
    )
      continue;
    // "Minister of Trade and Industry": a title with its complement, not a role mention of its own.
    if (next && /^\p{Lu}/u.test(t.text) && /^of$/i.test(next.text) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? ''))
      continue;
    // "Parliament's justice committee": the phrase goes on to its real head.
    if (
      next &&
      next.sentence === t.sentence &&
      !/[,;:.]/.test(t.post) &&
      /^\p{Ll}/u.test(next.text) &&
      next.tags.has('Noun') &&
      !next.tags.has('Pronoun') &&
      !next.tags.has('Verb')
    )
      continue;
    // Walk back over modifiers to "the" or a possessive.
    let k = i - 1;
    while (
      k >= 0 &&
      i - k <= 6 &&
      tokens[k].sentence === t.sentence &&
      !/[,;:()]/.test(tokens[k].post) &&
      !tokens[k].possessive &&
      !/^(?:the|a|an|this|that|its|his|her|their)$/i.test(tokens[k].text) &&
      !tokens[k].tags.has('Verb') &&
      !tokens[k].tags.has('Preposition') &&
      !tokens[k].tags.has('Conjunction') &&
      !tokens[k].tags.has('Value')
    )
      k--;
    const opener = tokens[k];
    if (!opener || opener.sentence !== t.sentence) continue;
    const definite = /^the$/i.test(opener.text);
    const possessive = opener.possessive && /^\p{Lu}/u.test(opener.text);
    if (!definite && !possessive) continue;
    // "Helene Castagne, the UNECE envoy", "Adjei, the WHO's emergency coordinator": an appositive,
    // already the person's role; "… vice chairman, Liu Hanwen": a role before the name.
    const lastMentionEnd = Math.max(
      -1,
      ...entities.flatMap((e) =>
        e.mentions.filter((m) => m.end <= opener.start && m.sentence === t.sentence).map((m) => m.end),
      ),
    );
    // (Not "…, who owns Tor Vale, the judge found": a role that reports is a clause's subject.)
    if (
      lastMentionEnd >= 0 &&
      /^\s*,\s*(?:the|a|an)?\s*$/i.test(text.slice(lastMentionEnd, opener.start)) &&
      !reportsAfter(tokens, t.end)
    )
      continue;
    if (/,/.test(t.post) && next && taken(next.start, next.end)) continue;
    const mentionSpan: Span = { start: opener.start, end: t.end };
    const span: Span = { start: t.start, end: t.end };
    if (taken(t.start, t.end)) continue; // the head word is part of a name: "the Health Ministry"
    void span;
    const words = roleWords(text, { start: tokens[k + 1].start, end: t.end });
    const qualifier = possessive ? nameKey(text.slice(opener.start, opener.baseEnd)) : undefined;
    const candidates: number[] = [];
    entities.forEach((e, n) => {
      if (isPersonHead && e.type === 'person') {
        for (const r of e.roles) {
          if (r.source === 'credit') continue;
          const have = new Set(roleWords(text, r));
          // "the judge" for a person titled "Justice": a role word or its WordNet synonym.
          if (!words.every((x) => have.has(x) || relatedTerms(termOf(x)).some((y) => have.has(y) || haveTerm(have, y))))
            continue;
          if (qualifier && r.qualifier && nameKey(text.slice(r.qualifier.start, r.qualifier.end)) !== qualifier)
            continue;
          candidates.push(n);
          break;
        }
      } else if (isOrgHead && !isPersonHead && e.type === 'organization' && !qualifier) {
        const nameWords = new Set(roleWords(text, e.name));
        const described = e.roles.some((r) => roleWords(text, r.head).includes(w));
        if (nameWords.has(w) || described) candidates.push(n);
      }
    });
    if (candidates.length === 0 && isOrgHead && /^(?:company|firm|group|business|corporation)$/.test(w) && definite) {
      // "the company": of the organisations that can be one (not a ministry, a court, a union), the
      // one named last before, else the one the article mentions most.
      const companies = entities
        .map((e, n) => ({ e, n }))
        .filter(({ e }) => e.type === 'organization' && !NOT_A_COMPANY.test(text.slice(e.name.start, e.name.end)));
      const lastBefore = (e: EntityFact) =>
        Math.max(-1, ...e.mentions.filter((m) => m.kind !== 'role' && m.end <= opener.start).map((m) => m.start));
      companies.sort((a, b) => lastBefore(b.e) - lastBefore(a.e) || b.e.mentions.length - a.e.mentions.length);
      if (companies.length) candidates.push(companies[0].n);
    }
    if (candidates.length === 0) continue;
    const before = (n: number) =>
      Math.max(-1, ...entities[n].mentions.filter((m) => m.start < span.start).map((m) => m.start));
    const after = (n: number) =>
      Math.min(Infinity, ...entities[n].mentions.filter((m) => m.start > span.start).map((m) => m.start));
    candidates.sort((a, b) => before(b) - before(a) || after(a) - after(b));
    const chosen = candidates[0];
    entities[chosen].mentions.push({ ...mentionSpan, kind: 'role', sentence: t.sentence });
    entities[chosen].mentions.sort((a, b) => a.start - b.start);
    // The possessive form is a role too: "Norland’s defence minister" says Orlin is one.
    if (
      possessive &&
      entities[chosen].type === 'person' &&
      !entities[chosen].roles.some((r) => r.start <= tokens[k + 1].start && t.end <= r.end)
    ) {
      entities[chosen].roles.push({
        start: tokens[k + 1].start,
        end: t.end,
        head: { start: tokens[k + 1].start, end: t.end },
        source: 'possessive',
        qualifier: { start: opener.start, end: opener.baseEnd },
      });
    }
  }
}

/**
 * Pronouns. "he"/"she" (and "his"/"her") refer to the nearest fitting person: in the same sentence,
 * the closest person mentioned before the pronoun; otherwise, in up to three sentences before, the
 * first person of the nearest sentence that has one (its subject, as a rule). A person fits when
 * their gender, if known, agrees. A pronoun that resolves tells the gender of a person whose gender
 * was unknown. Resolved pronouns count as mentions, so a chain "Laila Haddad … Her … She" holds.
 */
/** Role words that say a person's gender: "the panel's chairman", "the club's spokeswoman", "her widower". */
const MALE_ROLE = /(?:^|\W)(?:\w+man|father|husband|son|brother|uncle|nephew|widower|king|prince|grandfather)$/i;
const FEMALE_ROLE = /(?:^|\W)(?:\w+woman|mother|wife|daughter|sister|aunt|niece|widow|queen|princess|grandmother)$/i;
/** Words ending in "man" that name no man: "human", "German", "Oman". */
const NOT_MALE = /(?:hu|ger|o|ro|cay|ta|sha|shu)man$/i;

/**
 * A role of gendered words fixes a person's gender, as a title does ("the panel's chairman, Ada
 * Marrow" is a man whatever his first name), so a pronoun of the other gender goes to someone else.
 */
function genderFromRoles(text: string, entities: EntityFact[]) {
  for (const e of entities) {
    if (e.type !== 'person' || e.gender) continue;
    const roles = e.roles.map((r) => text.slice(r.start, r.end).trim());
    const male = roles.some((r) => MALE_ROLE.test(r) && !NOT_MALE.test(r) && !/\w+woman$/i.test(r));
    const female = roles.some((r) => FEMALE_ROLE.test(r));
    if (male !== female) e.gender = male ? 'male' : 'female';
  }
}

/** Is the mention ending at `end` the subject of a reporting verb right after it ("the judge found")? */
function reportsAfter(tokens: Token[], end: number): boolean {
  // Tokens are in text order: find the first one at or after `end` by halving, not by a scan per call.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start >= end) hi = mid;
    else lo = mid + 1;
  }
  const next = tokens[lo];
  return !!next && next.start - end <= 1 && (!!speechVerbBase(next.text) || FINDING_VERBS.test(next.text));
}

function resolvePronouns(tagged: TaggedArticle, entities: EntityFact[]) {
  const { tokens } = tagged;
  const personMentions = () =>
    entities
      .flatMap((e, n) => (e.type === 'person' ? e.mentions.filter((m) => m.sentence >= 0).map((m) => ({ m, n })) : []))
      .sort((a, b) => a.m.start - b.m.start);
  let mentions = personMentions();
  // Inside a quotation "he" is someone of the speaker's story ("He called me on Tuesday", said a
  // miner's wife), not the person the reporter last named.
  const inQuote = quotedAt(tagged.article.text);
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    const female = FEMALE_PRONOUNS.has(w);
    const male = MALE_PRONOUNS.has(w);
    if (!female && !male) continue;
    if (inQuote(t.start)) continue;
    const gender = female ? 'female' : 'male';
    const fits = (n: number) => !entities[n].gender || entities[n].gender === gender;
    let chosen: number | undefined;
    const sameSentence = mentions.filter(({ m }) => m.sentence === t.sentence && m.end <= t.start);
    // "Speaking in his home town, Ada Marrow thanked voters": a pronoun in a phrase that opens the
    // sentence, before any person, is the subject named right after that phrase's comma.
    if (sameSentence.length === 0) {
      const subject = subjectAfterOpener(tagged, t);
      const named = subject && mentions.find(({ m }) => m.start === subject.start && m.kind !== 'pronoun');
      if (named && fits(named.n)) chosen = named.n;
    }
    for (let k = sameSentence.length - 1; k >= 0 && chosen === undefined; k--)
      if (fits(sameSentence[k].n)) chosen = sameSentence[k].n;
    for (let back = 1; back <= 3 && chosen === undefined; back++) {
      const inSentence = mentions.filter(({ m }) => m.sentence === t.sentence - back);
      const fitting = inSentence.filter(({ n }) => fits(n));
      // Prefer a person whose gender is known to agree over one whose gender is unknown.
      const known = fitting.find(({ n }) => entities[n].gender === gender);
      // "…, the judge found. “…,” she said": the one who reports or rules in the sentence before
      // is who goes on speaking.
      const reporting = fitting.find(({ m }) => reportsAfter(tokens, m.end));
      if (known) chosen = known.n;
      else if (reporting) chosen = reporting.n;
      else if (fitting.length) chosen = fitting[0].n;
      else if (inSentence.length) chosen = namesakeOfGender(tagged, entities, inSentence, gender);
    }
    if (chosen === undefined) continue;
    const e = entities[chosen];
    e.gender ??= gender;
    e.mentions.push({ start: t.start, end: t.end, kind: 'pronoun', sentence: t.sentence });
    e.mentions.sort((a, b) => a.start - b.start);
    mentions = personMentions();
  }
}

/** "her deputy, Pavel Orsic": the qualifier "her" is the person the pronoun refers to. */
function resolveRoleQualifiers(text: string, entities: EntityFact[]) {
  for (const e of entities) {
    for (const r of e.roles) {
      if (!r.qualifier) continue;
      const q = r.qualifier;
      const owner = entities.findIndex(
        (o) =>
          (o !== e && o.mentions.some((m) => m.start === q.start && m.end === q.end)) ||
          (o !== e && o.mentions.some((m) => m.start <= q.start && q.end <= m.end)),
      );
      if (owner >= 0) r.qualifierEntity = owner;
      else {
        const key = nameKey(text.slice(q.start, q.end));
        const byName = entities.findIndex((o) => o !== e && nameKey(text.slice(o.name.start, o.name.end)) === key);
        if (byName >= 0) r.qualifierEntity = byName;
      }
    }
  }
}

/** A person's name as a byline or a photo credit writes it: two to four capitalised words. */
const CREDITED_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|del|der|di|du|la|le|bin|al|el|ter|ap|ab|ferch)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * People named by the lines around the story rather than in it: the byline's names (each with the
 * desk title after a comma: "By Yaw Osei, Economics Editor") and the photographers a caption
 * credits ("(Photo: Lena Berg)", "Photo: Agency/Lena Berg"; an agency or desk is no person).
 */
export function bylinePeople(article: Article): { name: Span; role?: Span; byline: boolean }[] {
  const { text } = article;
  const out: { name: Span; role?: Span; byline: boolean }[] = [];
  const isName = (s: string) =>
    CREDITED_NAME.test(s) &&
    !s
      .split(/\s+/)
      .some(
        (w) =>
          ORG_ROLE_HEADS.has(w.toLowerCase()) ||
          /^(?:press|office|images|pictures|photos|photography|media|news|agency|staff|pool)$/i.test(w),
      );
  for (const line of article.metadata ?? []) {
    if (line.kind !== 'byline' && line.kind !== 'standfirst') continue;
    const lineText = text.slice(line.start, line.end);
    // The names follow "by" and end at a dash, a bar, a middle dot or the end of a sentence.
    // A byline line without "by" is the names themselves: "Aisha Noor, Health Correspondent".
    const by = /(?:^|[\s*_(])by\s+([^—–|·\n]+?)\s*(?=[—–|·]|\.(?:\s|[*_]*$)|[*_]*$)/iu.exec(lineText);
    // ("Aisha Noor, Health Correspondent · Friday 6 June 2025": up to the separator before the date.)
    const plain = line.kind === 'byline' && !by ? /^[\s*_]*([^—–|·\n]+?)[\s*_]*(?=[—–|·]|$)/u.exec(lineText) : null;
    const found = by ?? plain;
    if (!found) continue;
    const list = found[1];
    const listStart = line.start + found.index + found[0].indexOf(list);
    const parts = [...list.matchAll(/[^,&]+?(?=\s*(?:,|&|\band\b|$))/gu)];
    let lastName: Span | undefined;
    for (const p of parts) {
      const raw = p[0].replace(/^\s*(?:and\s+)?/i, '');
      const start = listStart + p.index! + (p[0].length - raw.length);
      const span: Span = { start, end: start + raw.trimEnd().length };
      const words = text.slice(span.start, span.end);
      const desk = words.split(/\s+/).pop()!.toLowerCase();
      if (
        lastName &&
        (PERSON_ROLE_HEADS.has(desk) || /^(?:correspondent|reporter|editor|writer|columnist)$/.test(desk))
      ) {
        out[out.length - 1].role = span;
        continue;
      }
      const name = /^[\p{Lu}\s'’.-]+$/u.test(words)
        ? words.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase())
        : words;
      if (!isName(name)) continue;
      out.push({ name: span, byline: true });
      lastName = span;
    }
  }
  for (const s of article.paragraphs) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(/\b(?:Photo|Photograph|Picture)s?(?:\s+by)?:\s*([^)*\n]+)/g)) {
      let at = s.start + m.index! + m[0].length - m[1].length;
      for (const piece of m[1].split('/')) {
        const trimmed = piece.trim();
        const start = at + piece.indexOf(trimmed);
        at += piece.length + 1;
        const clean = trimmed.replace(/[.\s]+$/, '');
        if (isName(clean)) out.push({ name: { start, end: start + clean.length }, byline: false });
      }
    }
  }
  return out;
}

/** Head nouns of public bodies that news names by description: "the national statistics office". */
const INSTITUTION_HEADS = new Set([
  'office',
  'ministry',
  'authority',
  'directorate',
  'agency',
  'department',
  'guard',
  'inspectorate',
  'service',
  'bureau',
]);

/**
 * Bodies named by a description rather than a name, when they speak: "the national statistics
 * office said", "The Raskeld prosecutor's office, which …, said", "according to estimates from the
 * Velian agriculture ministry", "Tarsen's trade ministry said". The description (modifiers
 * before an institution noun, after "the" or a capitalised possessive) becomes an organisation, so
 * that what it said has a speaker; a lower-case possessive ("the district's") is left out of the name.
 * A body the article already names is left to the role mentions ("the ministry" → its name).
 */
function describedInstitutions(tagged: TaggedArticle, entities: EntityFact[]) {
  const { tokens, article } = tagged;
  const { text } = article;
  const taken = (start: number, end: number) =>
    entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end));
  const byKey = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\p{Ll}/u.test(t.text) || t.possessive || !INSTITUTION_HEADS.has(t.text)) continue;
    const next = tokens[i + 1];
    if (
      next &&
      next.sentence === t.sentence &&
      !/[,;:.]/.test(t.post) &&
      (/^\p{Lu}/u.test(next.text) || (next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb')))
    )
      continue;
    // Walk back over the modifiers to "the" or a capitalised possessive.
    let k = i - 1;
    let opener = -1;
    let nameStart = -1;
    while (k >= 0 && tokens[k].sentence === t.sentence && i - k <= 5 && !/[,;:()]/.test(tokens[k].post)) {
      const w = tokens[k];
      if (/^the$/i.test(w.text)) {
        opener = k;
        break;
      }
      if (w.possessive && /^\p{Lu}/u.test(w.text)) {
        // "Voskresin's ministry" is a person's: a role of theirs, not a body named by a place.
        if (entities.some((e) => e.type === 'person' && e.mentions.some((m) => m.start <= w.start && w.start < m.end)))
          break;
        opener = k;
        nameStart = k;
        break;
      }
      // "the district's public health directorate": a qualifier, not the name; but "the Raskeld
      // prosecutor's office" is a compound.
      if (w.possessive && /^(?:the|a|an)$/i.test(tokens[k - 1]?.text ?? '')) {
        opener = k;
        break;
      }
      if (
        w.tags.has('Verb') ||
        w.tags.has('Preposition') ||
        w.tags.has('Conjunction') ||
        w.tags.has('Value') ||
        w.tags.has('Pronoun') ||
        w.tags.has('Determiner')
      )
        break;
      nameStart = k;
      k--;
    }
    // The place a capitalised possessive names is a mention of its own ("Tarsen's trade ministry").
    if (opener < 0 || nameStart < 0) continue;
    const ownStart =
      tokens[nameStart].possessive && /^\p{Lu}/u.test(tokens[nameStart].text)
        ? tokens[nameStart].end
        : tokens[nameStart].start;
    if (nameStart === i || ownStart >= t.start || taken(ownStart, t.end)) continue;
    // It must speak: a speech verb later in its sentence, or "according to … from" before it.
    const sentence = article.sentences[t.sentence];
    const before = text.slice(sentence.start, tokens[opener].start);
    const speaks =
      /\baccording to\b[^,;]{0,40}$/i.test(before) ||
      tokens
        .slice(i + 1, i + 30)
        .some((x) => x.sentence === t.sentence && !!speechVerbBase(x.text) && /^\p{Ll}/u.test(x.text));
    if (!speaks) continue;
    const name: Span = { start: tokens[nameStart].start, end: t.end };
    const key = nameKey(text.slice(name.start, name.end));
    const words = key.split(/[\s-]+/);
    if (
      entities.some(
        (o) =>
          o.type === 'organization' &&
          words.every((w) =>
            nameKey(text.slice(o.name.start, o.name.end))
              .split(/[\s-]+/)
              .includes(w),
          ),
      )
    )
      continue;
    let e = byKey.get(key);
    if (e === undefined) {
      e = entities.push({ type: 'organization', name, mentions: [], roles: [] }) - 1;
      byKey.set(key, e);
    }
    entities[e].mentions.push({ ...name, kind: 'name', sentence: t.sentence });
  }
}
