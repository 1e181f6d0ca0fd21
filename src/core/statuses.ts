/**
 * The steps of a relationship, written once: the schema's event kinds and statuses, the summary's
 * status column (an index into `STATUSES`) and the import's status values all read them.
 */

/** What happened in a relationship, as its sources report it, in the order it tends to happen. */
export const EVENT_KINDS = [
  'talks-held',
  'intent-expressed',
  'agreement-signed',
  'renewed',
  'suspended',
  'ended',
] as const;

/** A partnership's status: its latest event's kind, or `not-given` where an imported row is silent. */
export const STATUS_IDS = [...EVENT_KINDS, 'not-given'] as const;
