/**
 * The columns of the links file the atlas exports, in order: a module of its own so that the
 * import (which recognises its own export) does not carry the exporters.
 */
export const LINK_COLUMNS = [
  'id',
  'origin',
  'dest',
  'origin_name',
  'dest_name',
  'origin_name_ar',
  'dest_name_ar',
  'domains',
  'domains_en',
  'domains_ar',
  'status',
  'status_en',
  'status_ar',
  'date',
  'start',
  'end',
  'source',
  'excerpt',
  'summary',
] as const;

/** Columns an export written before spans existed lacks: a file without them is still ours. */
export const LATER_COLUMNS: readonly string[] = ['start', 'end'];
