/**
 * A relationship's history: the dated events of a partnership (talks held, intent expressed, an
 * agreement signed, renewed, suspended, ended), each with the passages that report it. A file
 * written before events existed gives one status with its date and passages: that is its one event.
 * The status shown is the latest event's kind.
 */
import { dayRange } from './dates';
import type { Partnership, PartnershipStatus } from './types';

export type EventKind = Exclude<PartnershipStatus, 'not-given'>;

export interface PartnershipEvent {
  kind: EventKind;
  /** As precisely as the source gives it, or null when it gives none. */
  date: string | null;
  excerpts: string[];
}

type Eventful = Pick<Partnership, 'status' | 'date' | 'statusExcerpts' | 'events'>;

/**
 * A partnership's events: its own list, or its status as the one event (none when the status is
 * not given, as an imported row may leave it).
 */
export function eventsOf(p: Eventful): PartnershipEvent[] {
  if (p.events) return p.events;
  return p.status === 'not-given'
    ? []
    : [{ kind: p.status, date: p.date, excerpts: p.statusExcerpts }];
}

/**
 * Orders events by the last day their date could be, then the first, the undated after the
 * dated; events on the same dates keep their order in the list. A date known less precisely comes
 * after the days it holds: "March 2024" (a signing planned for the week after 9 March) may be
 * later than "8 March 2024" (talks held the day before), so it is the latest.
 */
export function byDate<E extends { date: string | null }>(events: readonly E[]): E[] {
  const key = (event: E) => (event.date === null ? null : dayRange(event.date));
  return events
    .map((event, i) => ({ event, i, days: key(event) }))
    .sort((a, b) => {
      if (a.days === null || b.days === null) {
        return a.days === b.days ? a.i - b.i : a.days === null ? 1 : -1;
      }
      return a.days.last - b.days.last || a.days.first - b.days.first || a.i - b.i;
    })
    .map(({ event }) => event);
}

/**
 * The latest event: the last dated one by `byDate`, or with none dated, the last in the list (a
 * file lists its history in order). Null without events.
 */
export function latestEvent<E extends { date: string | null }>(events: readonly E[]): E | null {
  const dated = byDate(events).filter((event) => event.date !== null);
  return dated[dated.length - 1] ?? events[events.length - 1] ?? null;
}

/** The status a partnership shows: its latest event's kind, else its own status. */
export function statusOf(p: Eventful): PartnershipStatus {
  return p.events ? (latestEvent(p.events)?.kind ?? p.status) : p.status;
}
