/**
 * Events in a relationship (issue 20): today's status read as one event, the latest event as the
 * status, events held to the status's rules by the validator, and the pair's history the details
 * panel is given.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset-index';
import { byDate, eventsOf, latestEvent, statusOf } from '../../src/core/events';
import { lineStyleOf } from '../../src/core/link-drawing';
import { loadMessages, translator } from '../../src/core/messages';
import { partnershipSchema } from '../../src/core/schema';
import { detailsBundle, STATUSES, summarizeDataset } from '../../src/core/summary';
import { validateDataset } from '../../src/core/validate';
import type { Dataset } from '../../src/core/types';
import {
  HISTORY_SOURCE_FILE,
  historyDataset,
  historySourceText,
} from '../fixtures/history-dataset';
import { seedJson } from './helpers';

beforeAll(async () => {
  await loadMessages('ar');
});

/** The problems a dataset has, as "record field: message" in English. */
function problems(dataset: unknown, curated = true): string[] {
  const result = validateDataset(dataset, {
    file: 'history.json',
    curated,
    sourceTexts: new Map([[HISTORY_SOURCE_FILE, historySourceText()]]),
  });
  if (result.ok) return [];
  const { say } = translator('en');
  return result.issues.map((issue) => `${issue.record} ${issue.field}: ${say(issue.message)}`);
}

describe('events', () => {
  it('read today’s status, its date and passages as the one event', () => {
    const seed = seedJson();
    for (const p of seed.partnerships) {
      expect(p.events).toBeUndefined();
      expect(eventsOf(p)).toEqual([{ kind: p.status, date: p.date, excerpts: p.statusExcerpts }]);
      expect(statusOf(p)).toBe(p.status);
    }
    // An imported row that gives no status has no event.
    const first = seed.partnerships[0];
    if (!first) throw new Error('fixture');
    expect(eventsOf({ ...first, status: 'not-given', statusExcerpts: [] })).toEqual([]);
  });

  it('order by the last day they could have happened, the undated last, and the latest is the status', () => {
    const events = [
      { id: 'a', date: '2020-06-15' },
      { id: 'b', date: null },
      { id: 'c', date: '2019-03' },
      { id: 'd', date: '2020' },
      { id: 'e', date: '2022' },
    ];
    // "2020" may be as late as its last day: after 15 June 2020.
    expect(byDate(events).map((e) => e.id)).toEqual(['c', 'a', 'd', 'e', 'b']);
    // A signing planned for "March 2024" may come after talks on 8 March: it is the latest.
    expect(
      latestEvent([
        { id: 'intent', date: '2024-03' },
        { id: 'talks', date: '2024-03-08' },
      ])?.id,
    ).toBe('intent');
    expect(latestEvent(events)?.id).toBe('e');
    // With none dated, the last listed: a file lists its history in order.
    expect(
      latestEvent([
        { id: 'x', date: null },
        { id: 'y', date: null },
      ])?.id,
    ).toBe('y');
    expect(latestEvent([])).toBeNull();
    const [defence] = historyDataset().partnerships;
    expect(defence && statusOf(defence)).toBe('suspended');
  });

  it('draw an agreement in force solid, and one suspended or ended dashed', () => {
    expect(STATUSES).toContain('renewed');
    expect(lineStyleOf('renewed')).toBe('solid');
    expect(lineStyleOf('suspended')).toBe('dashed');
    expect(lineStyleOf('ended')).toBe('dashed');
  });
});

describe('the validator', () => {
  it('accepts a history whose latest event is the status', () => {
    expect(problems(historyDataset())).toEqual([]);
    expect(partnershipSchema.safeParse(historyDataset().partnerships[0]).success).toBe(true);
  });

  it('refuses an event without evidence in curated data, and allows it in an import', () => {
    const d = historyDataset();
    const events = d.partnerships[0]?.events;
    if (!events?.[1]) throw new Error('fixture');
    events[1].excerpts = [];
    expect(problems(d)).toEqual([
      'partnerships[0] "fra-mar-defence" events[1].excerpts: the event must cite at least one excerpt that reports it',
    ]);
    expect(problems(d, false)).toEqual([]);
  });

  it('refuses commentary, a passage of another source and an unknown one as an event’s evidence', () => {
    const d: Dataset = historyDataset();
    const events = d.partnerships[0]?.events;
    if (!events?.[0] || !events[1] || !events[2]) throw new Error('fixture');
    events[0].excerpts = ['fm-opinion'];
    events[1].excerpts = ['nowhere'];
    const seedExcerpt = seedJson().excerpts[0];
    if (!seedExcerpt) throw new Error('fixture');
    d.excerpts.push(seedExcerpt);
    d.sources.push(...seedJson().sources);
    events[2].excerpts = [seedExcerpt.id, 'fm-suspended'];
    // (The seed's source, added without its text, is a problem of its own.)
    const found = problems(d, false).filter((p) => p.startsWith('partnerships'));
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^partnerships\[0\] "fra-mar-defence" events\[0\]\.excerpts\[0\]: /);
    expect(found[0]).toContain('commentary');
    expect(found[1]).toMatch(/events\[1\]\.excerpts\[0\]: .*nowhere/);
    expect(found[2]).toMatch(/events\[2\]\.excerpts\[0\]: .*dz-es-talks/);
  });

  it('refuses a status that is not the latest event, in both languages', () => {
    const d = historyDataset();
    const defence = d.partnerships[0];
    if (!defence) throw new Error('fixture');
    defence.status = 'agreement-signed';
    expect(problems(d, false)).toEqual([
      'partnerships[0] "fra-mar-defence" status: is “agreement-signed”, but the latest event is “suspended”: the status is the latest event',
    ]);
    const result = validateDataset(d, { file: 'history.json' });
    if (result.ok) throw new Error('expected a problem');
    const issue = result.issues[0];
    expect(issue && translator('ar').say(issue.message)).toContain('آخر حدث');
  });

  it('refuses an event of a kind it does not know, located', () => {
    const d = historyDataset() as unknown as { partnerships: { events: { kind: string }[] }[] };
    const event = d.partnerships[0]?.events[0];
    if (!event) throw new Error('fixture');
    event.kind = 'postponed';
    const found = problems(d);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/events\[0\]\.kind/);
  });
});

describe('the pair’s history', () => {
  it('gathers every partnership of the pair, oldest first, the undated last, with their passages', () => {
    const d = historyDataset();
    const bundle = detailsBundle(indexDataset(d), 'fra-mar-demining');
    expect(bundle?.history.map((e) => [e.date, e.kind, e.partnership])).toEqual([
      ['2019-03', 'talks-held', 'fra-mar-defence'],
      ['2020-06-15', 'agreement-signed', 'fra-mar-defence'],
      ['2022', 'suspended', 'fra-mar-defence'],
      [null, 'intent-expressed', 'fra-mar-demining'],
    ]);
    expect(bundle?.excerpts.map((e) => e.id).sort()).toEqual(
      ['fm-intent', 'fm-signed', 'fm-suspended', 'fm-talks'].sort(),
    );
  });

  it('shows the status of the latest event on the map and in the filter', () => {
    const summary = summarizeDataset(historyDataset());
    expect(STATUSES[summary.links.status[0] ?? 0]).toBe('suspended');
    expect(STATUSES[summary.links.status[1] ?? 0]).toBe('intent-expressed');
  });
});
