/**
 * A proposal as plain data with the quoted text at every offset: what `npm run ingest -- --json`
 * prints and what the evaluation reads. The README documents this shape.
 */
import type { ArticleFacts } from './article';
import { proposeEvents } from './event-dates';
import type { ArticleProposal } from './propose';
import type { Span } from './text';

export interface Quoted extends Span {
  text: string;
}

export interface IngestReport {
  file: string;
  facts: ArticleFacts;
  actors: {
    id: string;
    kind: string;
    name: { en: string; ar: string };
    via: string[];
    mentions: (Quoted & { via: string })[];
  }[];
  pairs: {
    parties: [string, string];
    score: number;
    status: { value: string; cue: Quoted; sentence: Quoted } | null;
    domains: { domain: string; label: { en: string; ar: string } | null; evidence: Quoted[] }[];
    evidence: Quoted[];
    /** The events the evidence reports, dated from the text (counted from `facts.published`). */
    events: {
      kind: string;
      sentences: Quoted[];
      date: { iso: string | null; how: string; words: Quoted; from?: string; why?: string } | null;
    }[];
    notes: string[];
  }[];
  denied: { parties: [string, string]; sentences: Quoted[] }[];
  flagged: (Quoted & { role: string; marker: string | null })[];
  people: (Quoted & { role: string })[];
  dates: (Quoted & { iso: string | null; relative: boolean })[];
}

export function reportOf(
  file: string,
  facts: ArticleFacts,
  proposal: ArticleProposal,
): IngestReport {
  const { text, sentences } = proposal;
  const quote = (span: Span): Quoted => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
  });
  const sentence = (index: number): Quoted => {
    const s = sentences[index];
    return s ? quote(s) : { start: 0, end: 0, text: '' };
  };
  return {
    file,
    facts,
    actors: proposal.actors.map((actor) => ({
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      via: actor.via,
      mentions: actor.mentions.flatMap((m) => {
        const mention = proposal.mentions[m];
        return mention ? [{ ...quote(mention), via: mention.via }] : [];
      }),
    })),
    pairs: proposal.pairs.map((pair) => ({
      parties: pair.parties,
      score: Math.round(pair.score * 100) / 100,
      status: pair.status && {
        value: pair.status.value,
        cue: quote(pair.status.cue),
        sentence: sentence(pair.status.sentence),
      },
      domains: pair.domains.map((d) => ({
        domain: d.domain,
        label: proposal.domainLabels[d.domain] ?? null,
        evidence: d.sentences.map(sentence),
      })),
      evidence: pair.evidence.map(sentence),
      events: proposeEvents(proposal, pair.parties, facts.published?.value ?? null).map((e) => ({
        kind: e.kind,
        sentences: e.sentences.map(sentence),
        date: e.date && {
          ...e.date,
          iso: e.date.how === 'uncounted' ? null : e.date.iso,
          words: quote(e.date.words),
        },
      })),
      notes: pair.notes.map((note) =>
        note.kind === 'capital'
          ? `${note.actor} is named only through its capital`
          : note.kind === 'pronoun'
            ? `sentence ${note.sentence} names a party as "${text.slice(note.cue.start, note.cue.end)}": say who`
            : `sentence ${note.sentence} denies it ("${text.slice(note.cue.start, note.cue.end)}")`,
      ),
    })),
    denied: proposal.denied.map((d) => ({
      parties: d.parties,
      sentences: d.sentences.map(sentence),
    })),
    flagged: sentences
      .filter((s) => s.role === 'commentary' || s.role === 'background')
      .map((s) => ({
        ...quote(s),
        role: s.role,
        marker: s.flaggedBy ? text.slice(s.flaggedBy.start, s.flaggedBy.end) : null,
      })),
    people: proposal.people.map((p) => ({
      ...quote(p),
      role: text.slice(p.role.start, p.role.end),
    })),
    dates: proposal.dates.map((d) => ({ ...quote(d), iso: d.iso, relative: d.relative })),
  };
}
