/** Lookups over a validated dataset, built once per dataset. */
import type { Language } from './messages';
import type { Actor, Dataset, Domain, Excerpt, Partnership, Source } from './types';

export interface DatasetIndex {
  actors: ReadonlyMap<string, Actor>;
  domains: ReadonlyMap<string, Domain>;
  sources: ReadonlyMap<string, Source>;
  excerpts: ReadonlyMap<string, Excerpt>;
  partnerships: ReadonlyMap<string, Partnership>;
}

/** The record lists an index is built from: a whole dataset, or the part one panel needs. */
export type Records = Pick<Dataset, 'actors' | 'domains' | 'sources' | 'excerpts' | 'partnerships'>;

/** Builds id → record maps for a dataset (or part of one) that has passed validation. */
export function indexDataset(dataset: Records): DatasetIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item] as const));
  return {
    actors: byId(dataset.actors),
    domains: byId(dataset.domains),
    sources: byId(dataset.sources),
    excerpts: byId(dataset.excerpts),
    partnerships: byId(dataset.partnerships),
  };
}

/** Looks up a record that validation guarantees exists; throws if that promise is broken. */
export function must<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown id "${id}" in a validated dataset`);
  return value;
}

/** "Algeria – Spain": the parties' English names, in the order the dataset gives them. */
export function partnershipTitle(
  partnership: Partnership,
  index: DatasetIndex,
  language: Language = 'en',
): string {
  return partnership.parties.map((id) => must(index.actors, id).name[language]).join(' – ');
}
