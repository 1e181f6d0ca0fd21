/**
 * From an article's stored text to proposals an analyst reviews: the actors it names, the
 * partnerships it may report (pairs of actors named together with a cue of cooperation), each
 * with the sentences that support it, the domains those sentences carry, a status suggestion with
 * the phrase that triggered it, the people named with their roles and the dates the text states.
 * Every proposal points at character offsets in the stored text. The writer's commentary and
 * background boxes are flagged and never proposed as evidence. Pure: the name lists and the lexicon
 * are passed in, and nothing here guesses what the text does not say.
 */
import type { PartnershipStatus } from '../types';
import {
  both,
  phraseMatcher,
  type Lexicon,
  type PhraseHit,
  type PhraseMatcher,
  type RelativeWhen,
} from './lexicon';
import { createNameMatcher, type Mention, type NameList } from './names';
import { cutText, isLatinWord, type CutText, type Sentence, type Span } from './text';

export type SentenceRole =
  /** Reported fact: may be evidence. */
  | 'report'
  /** The writer's view, an analogy, a tip, a warning: never evidence. */
  | 'commentary'
  /** A "did you know" box, a reminder of history: never evidence for this article's news. */
  | 'background'
  /** A heading inside the article. */
  | 'heading'
  /** What the page left in the text: "Copied!", an image's frame, a comment counter. */
  | 'residue';

/** A phrase found in the text, with where. */
export interface Cue extends Span {
  phrase: string;
}

export type ProposedStatus = Exclude<PartnershipStatus, 'not-given'>;

export interface SentenceProposal extends Span {
  index: number;
  paragraph: number;
  role: SentenceRole;
  /** Why it is not a report: the marker that flagged it. */
  flaggedBy: Cue | null;
  /** Indexes into the proposal's mentions. */
  mentions: number[];
  domains: { domain: string; cue: Cue }[];
  /** The status this sentence suggests, with its cue; null when it suggests none. */
  status: { value: ProposedStatus; cue: Cue; negated: boolean } | null;
  cooperation: Cue | null;
  /** A party named as "his country", "both sides": a person must tell who. */
  pronoun: Cue | null;
  denial: Cue | null;
  /** A word of hostility ("توتر", "dispute"): with no status, the sentence joins no pair. */
  hostility: Cue | null;
}

export interface ActorProposal {
  id: string;
  kind: 'state' | 'organization';
  name: { en: string; ar: string };
  /** Indexes into the proposal's mentions. */
  mentions: number[];
  /** How the text names it, most telling first: by name, through an adjective, through its capital. */
  via: Mention['via'][];
}

export interface PairProposal {
  /** The two actors' ids, in the order the text first names them. */
  parties: [string, string];
  score: number;
  /** Sentences that name both with a cue of cooperation (or status). */
  support: number[];
  /** Every sentence whose evidence is proposed for this pair (support and what follows it). */
  evidence: number[];
  status: { value: ProposedStatus; sentence: number; cue: Cue } | null;
  domains: { domain: string; sentences: number[] }[];
  /** Plain facts for the analyst: a party named only through its capital, a pronoun nearby. */
  notes: PairNote[];
}

export type PairNote =
  | { kind: 'capital'; actor: string }
  | { kind: 'pronoun'; sentence: number; cue: Cue }
  | { kind: 'denied'; sentence: number; cue: Cue };

export interface PersonProposal extends Span {
  role: Cue;
}

export interface DateProposal extends Span {
  /** ISO date as precise as the text is ("2024-03-09", "2024-03", "2024"); null when it lacks the year. */
  iso: string | null;
  /** Words like "recently" or "next week": never a date by themselves (see `event-dates.ts`). */
  relative: boolean;
  /** What the relative words mean, counted from the article's date; null for a stated date. */
  when: RelativeWhen | null;
  /** A day and month stated without a year ("9 مارس"): [month, day]; null otherwise. */
  dayMonth: [number, number] | null;
}

export interface ArticleProposal {
  text: string;
  mentions: Mention[];
  actors: ActorProposal[];
  sentences: SentenceProposal[];
  pairs: PairProposal[];
  /** Pairs named together only in denials. */
  denied: { parties: [string, string]; sentences: number[] }[];
  people: PersonProposal[];
  dates: DateProposal[];
  /** Which domains the lexicon knows, with their labels (the dataset may lack some). */
  domainLabels: Record<string, { en: string; ar: string }>;
}

/** What `propose` reads: compiled once per lexicon and name list. */
export interface Proposer {
  propose(text: string): ArticleProposal;
}

interface Compiled {
  domains: { id: string; matcher: PhraseMatcher }[];
  cooperation: PhraseMatcher;
  status: { value: ProposedStatus; matcher: PhraseMatcher }[];
  negation: PhraseMatcher;
  future: PhraseMatcher;
  denial: PhraseMatcher;
  hostility: PhraseMatcher;
  commentary: PhraseMatcher;
  background: PhraseMatcher;
  pronouns: PhraseMatcher;
  roles: PhraseMatcher;
  relativeDates: { matcher: PhraseMatcher; when: Map<string, RelativeWhen> };
}

/** Status cues weigh in this order where one sentence carries several. */
const STATUS_ORDER: readonly ProposedStatus[] = [
  'agreement-signed',
  'talks-held',
  'intent-expressed',
];

export function createProposer(names: NameList, lexicon: Lexicon): Proposer {
  const matcher = createNameMatcher(names);
  const compiled: Compiled = {
    domains: lexicon.domains.map((d) => ({ id: d.id, matcher: phraseMatcher(both(d)) })),
    cooperation: phraseMatcher(both(lexicon.cooperation)),
    status: STATUS_ORDER.map((value) => ({
      value,
      matcher: phraseMatcher(both(lexicon.status[value])),
    })),
    negation: phraseMatcher(both(lexicon.negation)),
    future: phraseMatcher(both(lexicon.future)),
    denial: phraseMatcher(both(lexicon.denial)),
    hostility: phraseMatcher(both(lexicon.hostility)),
    commentary: phraseMatcher(both(lexicon.commentary)),
    background: phraseMatcher(both(lexicon.background)),
    pronouns: phraseMatcher(both(lexicon.pronouns)),
    roles: phraseMatcher(both(lexicon.roles)),
    relativeDates: {
      matcher: phraseMatcher(lexicon.relativeDates.flatMap(both)),
      when: new Map(
        lexicon.relativeDates.flatMap((entry) => both(entry).map((p) => [p, entry.when])),
      ),
    },
  };
  const domainLabels = Object.fromEntries(lexicon.domains.map((d) => [d.id, d.label]));
  return {
    propose: (text) => proposeArticle(text, matcher, compiled, domainLabels),
  };
}

function proposeArticle(
  text: string,
  names: ReturnType<typeof createNameMatcher>,
  lexicon: Compiled,
  domainLabels: ArticleProposal['domainLabels'],
): ArticleProposal {
  const cut = cutText(text);
  const mentions = names.find(cut);
  const cueOf = (hit: { phrase: string; words: [number, number] }): Cue => ({
    phrase: hit.phrase,
    start: cut.words[hit.words[0]]?.start ?? 0,
    end: cut.words[hit.words[1] - 1]?.end ?? 0,
  });
  const first = (m: PhraseMatcher, s: Sentence): Cue | null => {
    const hit = m.find(cut, s.words[0], s.words[1])[0];
    return hit ? cueOf(hit) : null;
  };

  const roles = paragraphRoles(cut, lexicon, cueOf);
  let mentionAt = 0;
  const sentences: SentenceProposal[] = cut.sentences.map((sentence) => {
    const inSentence: number[] = [];
    while (mentionAt < mentions.length && (mentions[mentionAt]?.start ?? 0) < sentence.end) {
      if ((mentions[mentionAt]?.start ?? 0) >= sentence.start) inSentence.push(mentionAt);
      mentionAt++;
    }
    const paragraphRole = roles.get(sentence.paragraph) ?? { role: 'report', cue: null };
    const opinion =
      paragraphRole.role === 'report' ? inlineOpinion(cut, sentence, lexicon, cueOf) : null;
    const role: SentenceRole = opinion ? 'commentary' : paragraphRole.role;
    const domains: SentenceProposal['domains'] = [];
    for (const { id, matcher } of lexicon.domains) {
      const hit = matcher.find(cut, sentence.words[0], sentence.words[1])[0];
      if (hit) domains.push({ domain: id, cue: cueOf(hit) });
    }
    return {
      start: sentence.start,
      end: sentence.end,
      index: sentence.index,
      paragraph: sentence.paragraph,
      role,
      flaggedBy: opinion ?? paragraphRole.cue,
      mentions: inSentence,
      domains,
      status: statusOf(cut, sentence, lexicon, cueOf),
      ...cooperationOf(cut, sentence, lexicon, cueOf),
      pronoun: first(lexicon.pronouns, sentence),
      hostility: first(lexicon.hostility, sentence),
    };
  });

  const actors = actorsOf(mentions, names.actors);
  const dates = datesOf(cut, lexicon);
  const { pairs, denied } = pairsOf(sentences, mentions, cut.words, dates);
  return {
    text,
    mentions,
    actors,
    sentences,
    pairs,
    denied,
    people: peopleOf(cut, lexicon),
    dates,
    domainLabels,
  };
}

/**
 * Each paragraph's role: page residue, a heading, a commentary or background box (by its opening
 * words), or a report. The first paragraph with words is the headline: a report.
 */
function paragraphRoles(
  cut: CutText,
  lexicon: Compiled,
  cueOf: (hit: { phrase: string; words: [number, number] }) => Cue,
): Map<number, { role: SentenceRole; cue: Cue | null }> {
  const roles = new Map<number, { role: SentenceRole; cue: Cue | null }>();
  let seenHeadline = false;
  for (const paragraph of cut.paragraphs) {
    const body = cut.text.slice(paragraph.start, paragraph.end);
    const inside = cut.sentences.filter((s) => s.paragraph === paragraph.index);
    const wordsFrom = inside[0]?.words[0] ?? 0;
    const wordsTo = inside.at(-1)?.words[1] ?? wordsFrom;
    if (isResidue(body)) {
      roles.set(paragraph.index, { role: 'residue', cue: null });
      continue;
    }
    const opening = Math.min(wordsTo, wordsFrom + 4);
    // A marker opens the paragraph: "ويرى الكاتب أن:", "نصيحة ذهبية:", "Tip:", "هل تعلم؟".
    const marked = (m: PhraseMatcher) => {
      const hit = m.find(cut, wordsFrom, opening)[0];
      if (!hit || hit.words[0] !== wordsFrom) return null;
      const multiword = hit.phrase.trim().includes(' ');
      const colonSoon = /^[^\n:؟?!]{0,40}[:؟?!]/.test(body);
      return multiword || colonSoon ? cueOf(hit) : null;
    };
    const background = marked(lexicon.background);
    const commentary = background ? null : marked(lexicon.commentary);
    if (background) roles.set(paragraph.index, { role: 'background', cue: background });
    else if (commentary) roles.set(paragraph.index, { role: 'commentary', cue: commentary });
    else if (seenHeadline && isHeading(body, wordsTo - wordsFrom)) {
      roles.set(paragraph.index, { role: 'heading', cue: null });
    } else roles.set(paragraph.index, { role: 'report', cue: null });
    seenHeadline = true;
  }
  return roles;
}

/**
 * The sentence's cue of cooperation, and whether it reports a denial: a denial word ("نفت",
 * "denied"), or every cue of cooperation negated ("لا محادثات", "no talks").
 */
function cooperationOf(
  cut: CutText,
  sentence: Sentence,
  lexicon: Compiled,
  cueOf: (hit: { phrase: string; words: [number, number] }) => Cue,
): { cooperation: Cue | null; denial: Cue | null } {
  const hits = lexicon.cooperation.find(cut, sentence.words[0], sentence.words[1]);
  const negated = (hit: PhraseHit) =>
    lexicon.negation.find(cut, Math.max(sentence.words[0], hit.words[0] - 2), hit.words[0]).length >
    0;
  const affirmed = hits.find((hit) => !negated(hit));
  const denialWord = lexicon.denial.find(cut, sentence.words[0], sentence.words[1])[0];
  const firstHit = hits[0];
  const denial = denialWord ? cueOf(denialWord) : firstHit && !affirmed ? cueOf(firstHit) : null;
  return { cooperation: affirmed ? cueOf(affirmed) : null, denial };
}

/** Page residue: an image's frame ("![]() |"), a table row of a caption, "Copied!", "0 تعليق". */
function isResidue(body: string): boolean {
  return (
    /^!\[/.test(body) ||
    /^\|.*\|$/.test(body) ||
    /^(تم النسخ!?|copied!?|share|شارك|\d+\s*(تعليق|تعليقات|comments?))$/i.test(body.trim())
  );
}

/** A short line that does not end a sentence: a heading inside the article. */
function isHeading(body: string, words: number): boolean {
  return words > 0 && words <= 8 && !/[.!?؟،,;؛]["»”)\]]*$/.test(body.trim());
}

/** "in my view", "ويرى الكاتب" inside a sentence of a report paragraph. */
function inlineOpinion(
  cut: CutText,
  sentence: Sentence,
  lexicon: Compiled,
  cueOf: (hit: { phrase: string; words: [number, number] }) => Cue,
): Cue | null {
  const hit = lexicon.commentary
    .find(cut, sentence.words[0], sentence.words[1])
    .find((h) => h.phrase.trim().includes(' '));
  return hit ? cueOf(hit) : null;
}

/**
 * The status a sentence suggests. A signing cue that is negated ("لم يتم التوقيع", "has not
 * signed") is not a signing; one in the future ("سيوقع", "will sign", "plans to sign") is an
 * intention. Several cues: an affirmed signing; else the first cue (the sentence's main verb comes
 * early: "asked … during a visit" is a request, "held talks … and hope to sign" is talks).
 */
function statusOf(
  cut: CutText,
  sentence: Sentence,
  lexicon: Compiled,
  cueOf: (hit: { phrase: string; words: [number, number] }) => Cue,
): SentenceProposal['status'] {
  let best: SentenceProposal['status'] = null;
  let negatedSigning: SentenceProposal['status'] = null;
  for (const { value, matcher } of lexicon.status) {
    for (const hit of matcher.find(cut, sentence.words[0], sentence.words[1])) {
      const before = Math.max(sentence.words[0], hit.words[0] - 3);
      const negated = lexicon.negation.find(cut, before, hit.words[0]).length > 0;
      let outcome: ProposedStatus = value;
      if (value === 'agreement-signed') {
        const word = cut.words[hit.words[0]];
        const arabicFuture =
          word !== undefined && !isLatinWord(word.norm) && /^(و|ف)?س[يتن]/.test(word.norm);
        // "will sign", "سوف", and an intention just before ("يعتزمان توقيع", "plans to sign").
        const intended = lexicon.status
          .find((s) => s.value === 'intent-expressed')
          ?.matcher.find(cut, before, hit.words[0]);
        const future =
          arabicFuture ||
          lexicon.future.find(cut, before, hit.words[0]).length > 0 ||
          (intended?.length ?? 0) > 0;
        if (negated) {
          negatedSigning ??= { value, cue: cueOf(hit), negated: true };
          continue;
        }
        if (future) outcome = 'intent-expressed';
      } else if (negated) continue;
      const candidate = { value: outcome, cue: cueOf(hit), negated: false };
      const signing = (c: typeof best) => c?.value === 'agreement-signed';
      if (
        !best ||
        (signing(candidate) && !signing(best)) ||
        (signing(candidate) === signing(best) && candidate.cue.start < best.cue.start)
      )
        best = candidate;
    }
  }
  return best ?? negatedSigning;
}

function actorsOf(
  mentions: readonly Mention[],
  known: ReturnType<typeof createNameMatcher>['actors'],
): ActorProposal[] {
  const byActor = new Map<string, ActorProposal>();
  mentions.forEach((mention, index) => {
    let actor = byActor.get(mention.actor);
    if (!actor) {
      const names = known.get(mention.actor);
      actor = {
        id: mention.actor,
        kind: mention.kind,
        name: { en: names?.en ?? mention.actor, ar: names?.ar ?? mention.actor },
        mentions: [],
        via: [],
      };
      byActor.set(mention.actor, actor);
    }
    actor.mentions.push(index);
    if (!actor.via.includes(mention.via)) actor.via.push(mention.via);
  });
  const order: Mention['via'][] = ['name', 'short-name', 'demonym', 'capital'];
  for (const actor of byActor.values())
    actor.via.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...byActor.values()];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Candidate partnerships: pairs of actors named in one report sentence with a cue of cooperation
 * or a status, weighted by how early and how often; the headline and lead count double. Each
 * pair's evidence is its supporting sentences and the report sentences that follow them without
 * naming another pair (the article goes on about the same talks).
 */
function pairsOf(
  sentences: readonly SentenceProposal[],
  mentions: readonly Mention[],
  words: CutText['words'],
  dates: readonly DateProposal[],
): { pairs: PairProposal[]; denied: ArticleProposal['denied'] } {
  const found = new Map<string, PairProposal & { firstSeen: number }>();
  const deniedOnly = new Map<string, { parties: [string, string]; sentences: number[] }>();
  const reports = sentences.filter((s) => s.role === 'report');
  const firstReport = reports[0]?.index ?? 0;
  const actorsIn = (s: SentenceProposal) => {
    const ids: string[] = [];
    for (const m of s.mentions) {
      const id = mentions[m]?.actor;
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  for (const sentence of reports) {
    const named = actorsIn(sentence);
    // Among three actors or more, a state named only as the place where something happens ("peace
    // operations in Somalia") is not a party; alone beside one other, it may be the host.
    const placed = (id: string) =>
      sentence.mentions.every((m) => {
        const mention = mentions[m];
        return mention?.actor !== id || mention.locative === true;
      });
    const ids = named.length > 2 ? named.filter((id) => !placed(id)) : named;
    if (ids.length < 2 || (!sentence.cooperation && !sentence.status)) continue;
    // "The agreement comes amid tension between Cairo and Addis Ababa", "cancelled its cooperation
    // with France": no partnership of those two. A word of tension after both names is about
    // something else ("renewed its memorandum with Libya, despite criticism from rights groups").
    const hostileTo = (a: string, b: string) => {
      const cue = sentence.hostility;
      // Despite tension, a signing or talks held stand; a demand or a wish does not.
      const held =
        sentence.status?.value === 'agreement-signed' || sentence.status?.value === 'talks-held';
      if (!cue || (held && !sentence.status?.negated)) return false;
      const last = Math.max(
        ...sentence.mentions.flatMap((index) => {
          const m = mentions[index];
          return m && (m.actor === a || m.actor === b) ? [m.start] : [];
        }),
      );
      return cue.start < last;
    };
    const weight = (sentence.index <= firstReport + 1 ? 2 : 1) / (ids.length - 1);
    // Three actors or more: only those the sentence joins ("X and Y", "X, Y and Z", "X مع Y").
    const linked = ids.length > 2 ? joinedPairs(sentence, mentions, words) : null;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const key = pairKey(a, b);
        if (linked && linked.size > 0 && !linked.has(key)) continue;
        if (hostileTo(a, b)) continue;
        if (sentence.denial) {
          const entry = deniedOnly.get(key) ?? { parties: [a, b], sentences: [] };
          entry.sentences.push(sentence.index);
          deniedOnly.set(key, entry);
          continue;
        }
        let pair = found.get(key);
        if (!pair) {
          pair = {
            parties: [a, b],
            score: 0,
            support: [],
            evidence: [],
            status: null,
            domains: [],
            notes: [],
            firstSeen: sentence.index,
          };
          found.set(key, pair);
        }
        pair.score += weight;
        pair.support.push(sentence.index);
      }
    }
  }

  // A pair named together only in denials is still proposed when a later report sentence about
  // one of them, naming no other actor, affirms something ("denied signing; the talks go on").
  for (const [key, entry] of deniedOnly) {
    if (found.has(key)) continue;
    const first = Math.min(...entry.sentences);
    const affirmed = reports.find((s) => {
      const ids = actorsIn(s);
      return (
        s.index > first &&
        !s.denial &&
        s.status !== null &&
        !s.status.negated &&
        ids.length > 0 &&
        ids.every((id) => entry.parties.includes(id))
      );
    });
    if (!affirmed) continue;
    found.set(key, {
      parties: entry.parties,
      score: 0.5,
      support: [affirmed.index],
      evidence: [],
      status: null,
      domains: [],
      notes: [],
      firstSeen: first,
    });
  }

  // Evidence: a sentence naming a pair belongs to it; one naming no pair belongs to the pair last
  // named (or, before any, to the strongest); one naming a single actor to the last pair with it.
  const ranked = [...found.values()].sort((x, y) => y.score - x.score || x.firstSeen - y.firstSeen);
  let current: (typeof ranked)[number] | undefined = ranked[0];
  for (const sentence of reports) {
    const ids = actorsIn(sentence);
    // A sentence naming both parties of a pair belongs to it, cue or not.
    const own = ranked.filter(
      (p) => p.support.includes(sentence.index) || p.parties.every((id) => ids.includes(id)),
    );
    let owners = own;
    if (own.length > 0) current = own[0];
    else if (ids.length === 1) {
      const id = ids[0] as string;
      owners = current?.parties.includes(id)
        ? [current]
        : ranked.filter((p) => p.parties.includes(id)).slice(0, 1);
    } else if (ids.length === 0 && current) owners = [current];
    else owners = [];
    for (const pair of owners) pair.evidence.push(sentence.index);
  }

  for (const pair of ranked) {
    const domains = new Map<string, number[]>();
    for (const index of pair.evidence) {
      const sentence = sentences[index];
      if (!sentence) continue;
      for (const { domain } of sentence.domains)
        domains.set(domain, [...(domains.get(domain) ?? []), index]);
      if (sentence.pronoun && sentence.mentions.length < 2) {
        pair.notes.push({ kind: 'pronoun', sentence: index, cue: sentence.pronoun });
      }
    }
    pair.domains = [...domains].map(([domain, at]) => ({ domain, sentences: at }));
    pair.status = statusFor(pair, sentences, (index) => {
      // A signing told with its full date after the lead is a past one recalled ("signed a first
      // memorandum on 9 March 2017"), not the news.
      const sentence = sentences[index];
      return (
        sentence !== undefined &&
        index > firstReport + 1 &&
        dates.some((d) => d.iso !== null && d.start >= sentence.start && d.end <= sentence.end)
      );
    });
    for (const id of pair.parties) {
      const via = mentions.filter((m) => m.actor === id).map((m) => m.via);
      if (via.length > 0 && via.every((v) => v === 'capital'))
        pair.notes.push({ kind: 'capital', actor: id });
    }
  }
  const denied = [...deniedOnly.entries()]
    .filter(([key]) => !found.has(key))
    .map(([, entry]) => entry);
  for (const [key, entry] of deniedOnly) {
    const pair = found.get(key);
    for (const index of entry.sentences) {
      const cue = sentences[index]?.denial;
      if (pair && cue) pair.notes.push({ kind: 'denied', sentence: index, cue });
    }
  }
  const pairs: PairProposal[] = ranked.map((pair) => ({
    parties: pair.parties,
    score: pair.score,
    support: pair.support,
    evidence: pair.evidence,
    status: pair.status,
    domains: pair.domains,
    notes: pair.notes,
  }));
  return { pairs, denied };
}

/** Words that join two names into one party list. */
const JOINING = new Set(['و', 'and', 'with', 'مع', 'بين', '&', 'between']);

/**
 * The pairs of actors a sentence joins: names next to each other with only a comma or a joining
 * word between them (والجزائر: the و joined to the second name), chained through a list.
 */
function joinedPairs(
  sentence: SentenceProposal,
  mentions: readonly Mention[],
  words: CutText['words'],
): Set<string> {
  const inOrder = sentence.mentions
    .map((m) => mentions[m])
    .filter((m): m is Mention => m !== undefined);
  const groups: Mention[][] = [];
  let group: Mention[] = [];
  for (const mention of inOrder) {
    const previous = group.at(-1);
    const between = previous ? words.slice(previous.words[1], mention.words[0]) : [];
    const joined =
      previous !== undefined &&
      between.length <= 2 &&
      between.every((w) => w.forms.some((f) => JOINING.has(f)));
    if (joined) group.push(mention);
    else {
      if (group.length > 0) groups.push(group);
      group = [mention];
    }
  }
  if (group.length > 0) groups.push(group);
  const pairs = new Set<string>();
  const link = (a: string | undefined, b: string | undefined) => {
    if (a !== undefined && b !== undefined && a !== b) pairs.add(pairKey(a, b));
  };
  groups.forEach((members, g) => {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) link(members[i]?.actor, members[j]?.actor);
    }
    // "X held talks with Y and Z", "استضافت X قمة مع Y وZ": the earlier actors meet each member.
    const opening = members[0];
    const before = opening ? words[opening.words[0] - 1] : undefined;
    const withWord = before?.forms.some((f) => f === 'مع' || f === 'with') ?? false;
    const joinedWith = opening ? /^(و)?مع/.test(words[opening.words[0]]?.norm ?? '') : false;
    if (withWord || joinedWith) {
      for (const earlier of groups.slice(0, g).flat()) {
        for (const member of members) link(earlier.actor, member.actor);
      }
    }
  });
  return pairs;
}

/**
 * The status of a pair: a signing affirmed anywhere in its support; else the first status the
 * support states (the headline and lead say what the news is); else the first in its evidence. An
 * earlier signing recalled later ("the agreements signed between the two countries", "the two
 * sides had signed an MoU in 2021") is background to the news, not its status.
 */
function statusFor(
  pair: PairProposal,
  sentences: readonly SentenceProposal[],
  recalled: (index: number) => boolean,
): PairProposal['status'] {
  const stated = (indexes: number[]) =>
    indexes
      .filter((index) => !sentences[index]?.denial)
      .map((index) => ({ index, status: sentences[index]?.status }))
      .filter((s) => s.status && !s.status.negated);
  const support = stated(pair.support);
  const evidence = stated(pair.evidence);
  const signing = (s: (typeof support)[number]) =>
    s.status?.value === 'agreement-signed' && !recalled(s.index);
  const chosen = support.find(signing) ?? support[0] ?? evidence[0];
  if (!chosen?.status) return null;
  return { value: chosen.status.value, sentence: chosen.index, cue: chosen.status.cue };
}

/** People named with a role: the role and the words after it, to the next comma or stop. */
function peopleOf(cut: CutText, lexicon: Compiled): PersonProposal[] {
  const people: PersonProposal[] = [];
  for (const sentence of cut.sentences) {
    for (const hit of lexicon.roles.find(cut, sentence.words[0], sentence.words[1])) {
      const start = cut.words[hit.words[0]]?.start ?? 0;
      const rest = cut.text.slice(start, sentence.end);
      const clause = /^[^،,.;؛:()\n]*/u.exec(rest)?.[0] ?? '';
      const words = clause.trim().split(/\s+/).slice(0, 8).join(' ');
      const end =
        start +
        clause.indexOf(words.split(' ').at(-1) ?? '') +
        (words.split(' ').at(-1)?.length ?? 0);
      if (end <= start) continue;
      const role = { phrase: hit.phrase, start, end: cut.words[hit.words[1] - 1]?.end ?? start };
      if (!people.some((p) => p.start === start)) people.push({ start, end, role });
    }
  }
  return people;
}

const MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يوليو: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الاول': 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Dates the text states ("9 مارس 2024", "4 March 2017", "March 4, 2017", "عام 1994") and relative words. */
function datesOf(cut: CutText, lexicon: Compiled): DateProposal[] {
  const dates: DateProposal[] = [];
  const words = cut.words;
  const month = (i: number): [number, number] | null => {
    const one = words[i];
    if (!one) return null;
    const bare = one.forms.map((f) => f.toLowerCase());
    for (const form of bare) if (MONTHS[form] !== undefined) return [MONTHS[form], 1];
    const two = words[i + 1];
    if (two) {
      const joined = `${one.norm} ${two.norm}`.toLowerCase();
      if (MONTHS[joined] !== undefined) return [MONTHS[joined], 2];
    }
    return null;
  };
  const number = (i: number, min: number, max: number): number | null => {
    const word = words[i];
    if (!word) return null;
    const digits = word.norm.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    if (!/^\d{1,4}$/.test(digits)) return null;
    const value = Number(digits);
    return value >= min && value <= max ? value : null;
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < words.length; i++) {
    const day = number(i, 1, 31);
    const dayMonth = day === null ? null : month(i + 1);
    if (day !== null && dayMonth) {
      const yearAt = i + 1 + dayMonth[1];
      const year = number(yearAt, 1900, 2100);
      const last = year === null ? yearAt - 1 : yearAt;
      dates.push({
        start: words[i]?.start ?? 0,
        end: words[last]?.end ?? 0,
        iso: year === null ? null : `${year}-${pad(dayMonth[0])}-${pad(day)}`,
        relative: false,
        when: null,
        dayMonth: year === null ? [dayMonth[0], day] : null,
      });
      i = last;
      continue;
    }
    const monthFirst = month(i);
    if (monthFirst) {
      const at = i + monthFirst[1];
      const d = number(at, 1, 31);
      const y = number(d === null ? at : at + 1, 1900, 2100);
      if (y !== null) {
        const last = d === null ? at : at + 1;
        dates.push({
          start: words[i]?.start ?? 0,
          end: words[last]?.end ?? 0,
          iso: d === null ? `${y}-${pad(monthFirst[0])}` : `${y}-${pad(monthFirst[0])}-${pad(d)}`,
          relative: false,
          when: null,
          dayMonth: null,
        });
        i = last;
        continue;
      }
    }
    const year = number(i, 1900, 2100);
    const before = words[i - 1]?.forms ?? [];
    if (year !== null && before.some((f) => ['عام', 'سنه', 'in', 'since', 'منذ'].includes(f))) {
      dates.push({
        start: words[i]?.start ?? 0,
        end: words[i]?.end ?? 0,
        iso: String(year),
        relative: false,
        when: null,
        dayMonth: null,
      });
    }
  }
  for (const hit of lexicon.relativeDates.matcher.find(cut, 0, words.length)) {
    const start = words[hit.words[0]]?.start ?? 0;
    const end = words[hit.words[1] - 1]?.end ?? 0;
    const when = lexicon.relativeDates.when.get(hit.phrase) ?? { unit: 'vague' };
    // A weekday just before a stated date ("الثلاثاء 9 مارس 2024") adds nothing to it.
    const stated = dates.some((d) => !d.relative && d.start >= end && d.start <= end + 3);
    if (when.unit === 'weekday' && stated) continue;
    dates.push({ start, end, iso: null, relative: true, when, dayMonth: null });
  }
  return dates.sort((a, b) => a.start - b.start);
}
