import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveringDate, dayRange } from '../../src/core/dates';
import { countedDate, proposeEvents } from '../../src/core/ingest/event-dates';
import type { Lexicon } from '../../src/core/ingest/lexicon';
import type { NameList } from '../../src/core/ingest/names';
import { createProposer } from '../../src/core/ingest/propose';
import { readData, ROOT } from './helpers';

const proposer = createProposer(
  JSON.parse(readData('ingest/actors.json')) as NameList,
  JSON.parse(readData('ingest/lexicon.json')) as Lexicon,
);
const fixture = (name: string) =>
  readFileSync(join(ROOT, 'test/fixtures/ingest-events', `${name}.txt`), 'utf8');

describe('relative dates counted from the article’s date', () => {
  it('are as precise as the words: next week within a month, or only the year across one', () => {
    // Saturday 9 March 2024: the next week is 10–23 March whatever day weeks start on.
    expect(countedDate({ unit: 'week', offset: 1 }, '2024-03-09')).toBe('2024-03');
    // Friday 29 March: next week reaches into April.
    expect(countedDate({ unit: 'week', offset: 1 }, '2024-03-29')).toBe('2024');
    // 28 December: next week is next year, or this one: nothing certain.
    expect(countedDate({ unit: 'week', offset: 1 }, '2024-12-28')).toBeNull();
    expect(countedDate({ unit: 'day', offset: -1 }, '2024-03-01')).toBe('2024-02-29');
    expect(countedDate({ unit: 'day', offset: 1 }, '2024-12-31')).toBe('2025-01-01');
    expect(countedDate({ unit: 'month', offset: 1 }, '2024-12-15')).toBe('2025-01');
    expect(countedDate({ unit: 'month', offset: -1 }, '2024-03')).toBe('2024-02');
    expect(countedDate({ unit: 'year', offset: -1 }, '2024-03-09')).toBe('2023');
    expect(countedDate({ unit: 'year', offset: 0, part: 'after' }, '2024-03-09')).toBe('2024');
    expect(countedDate({ unit: 'month', offset: 0, part: 'before' }, '2024-03-09')).toBe('2024-03');
  });

  it('count a day from an article dated only by its month or year as widely as that is', () => {
    expect(countedDate({ unit: 'day', offset: -1 }, '2024-03')).toBe('2024'); // 29 Feb to 30 Mar
    expect(countedDate({ unit: 'day', offset: -1 }, '2024-01')).toBeNull(); // 31 Dec to 30 Jan
    expect(countedDate({ unit: 'day', offset: 0 }, '2024-03')).toBe('2024-03');
    expect(countedDate({ unit: 'month', offset: 1 }, '2024')).toBeNull();
    expect(countedDate({ unit: 'year', offset: 1 }, '2024')).toBe('2025');
  });

  it('place a weekday: the last one on or before the article for what happened', () => {
    // Saturday 9 March 2024: "on Tuesday" (day 2) is 5 March.
    expect(countedDate({ unit: 'weekday', day: 2 }, '2024-03-09')).toBe('2024-03-05');
    expect(countedDate({ unit: 'weekday', day: 6 }, '2024-03-09')).toBe('2024-03-09');
    // An intention may look back or ahead: 5 to 12 March.
    expect(countedDate({ unit: 'weekday', day: 2 }, '2024-03-09', true)).toBe('2024-03');
  });

  it('never name a date narrower than every day the words could be (property)', () => {
    const whens = fc.oneof(
      fc.record({
        unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
        offset: fc.integer({ min: -2, max: 2 }),
      }),
      fc.record({ unit: fc.constant('weekday' as const), day: fc.integer({ min: 0, max: 6 }) }),
    );
    const days = fc.integer({ min: 0, max: 40_000 });
    fc.assert(
      fc.property(whens, days, (when, day) => {
        const published = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const counted = countedDate(when, published);
        if (counted === null) return;
        const range = dayRange(counted);
        expect(range).not.toBeNull();
        // The exact day for a day offset or a weekday; the whole week for a week.
        if (when.unit === 'day')
          expect(range).toEqual({ first: day + when.offset, last: day + when.offset });
        if (when.unit === 'week' && when.offset === 1) {
          expect(range?.first).toBeLessThanOrEqual(day + 1);
          expect(range?.last).toBeGreaterThanOrEqual(day + 13);
        }
      }),
    );
  });

  it('a covering date is the finest precision holding both days', () => {
    const day = (iso: string) => dayRange(iso)?.first ?? NaN;
    expect(coveringDate(day('2024-03-09'), day('2024-03-09'))).toBe('2024-03-09');
    expect(coveringDate(day('2024-03-01'), day('2024-03-31'))).toBe('2024-03');
    expect(coveringDate(day('2024-01-31'), day('2024-02-01'))).toBe('2024');
    expect(coveringDate(day('2023-12-31'), day('2024-01-01'))).toBeNull();
  });
});

describe('events proposed from an article', () => {
  it('an Arabic article: a signing planned for next week, talks yesterday, a 2017 memorandum', () => {
    const proposal = proposer.propose(fixture('ar-history'));
    const events = proposeEvents(proposal, ['DZA', 'TUN'], '2024-03-09');
    const words = (span: { start: number; end: number } | undefined) =>
      span ? proposal.text.slice(span.start, span.end) : null;
    expect(
      events.map((e) => ({
        kind: e.kind,
        date: e.date && 'iso' in e.date ? e.date.iso : null,
        how: e.date?.how,
        words: words(e.date?.words),
      })),
    ).toEqual([
      { kind: 'intent-expressed', date: '2024-03', how: 'counted', words: 'الأسبوع المقبل' },
      { kind: 'talks-held', date: '2024-03-08', how: 'counted', words: 'أمس' },
      { kind: 'agreement-signed', date: '2017-03-09', how: 'stated', words: '9 مارس 2017' },
    ]);
    // The headline and the lead tell of the same intention: one event citing both.
    expect(events[0]?.sentences).toEqual([0, 1]);
    // The writer's view (with its "منذ عام 2011") is never an event.
    const commentary = proposal.sentences.findIndex((s) => s.role === 'commentary');
    expect(events.flatMap((e) => e.sentences)).not.toContain(commentary);
  });

  it('without the article’s date, relative words stay words: the event is undated', () => {
    const proposal = proposer.propose(fixture('ar-history'));
    const [intent, talks, signed] = proposeEvents(proposal, ['DZA', 'TUN'], null);
    expect(intent?.date).toMatchObject({ how: 'uncounted', why: 'no-article-date' });
    expect(talks?.date).toMatchObject({ how: 'uncounted', why: 'no-article-date' });
    expect(signed?.date).toMatchObject({ how: 'stated', iso: '2017-03-09' });
  });

  it('an English article: talks on Tuesday, a memorandum in March 2019, a signing later this year', () => {
    const proposal = proposer.propose(fixture('en-history'));
    const events = proposeEvents(proposal, ['GHA', 'TGO'], '2025-06-13');
    expect(events.map((e) => [e.kind, e.date && 'iso' in e.date ? e.date.iso : null])).toEqual([
      ['talks-held', '2025-06-10'],
      ['agreement-signed', '2019-03'],
      ['intent-expressed', '2025'],
    ]);
  });

  it('vague words are shown, never dated', () => {
    const proposal = proposer.propose(
      'Morocco and Spain recently held talks on border security, officials said.',
    );
    const [event] = proposeEvents(proposal, ['MAR', 'ESP'], '2024-03-09');
    expect(event?.kind).toBe('talks-held');
    expect(event?.date).toMatchObject({ how: 'uncounted', why: 'vague' });
  });
});
