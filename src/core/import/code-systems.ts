/**
 * What a column of state codes holds. Political-science tables (ATOP, COW, DCAD) name states by
 * Correlates of War codes (2 = United States, 200 = United Kingdom) or abbreviations (UKG, FRN,
 * GMY); others by ISO 3166-1 codes. The two overlap: COW 20 is Canada, ISO 020 Andorra; COW "AUS"
 * is Austria, ISO "AUS" Australia. So the column's values decide, the import says which system it
 * chose, and the user can choose another. The COW list is data (`data/import/cow-states.json`).
 */
import codes from 'i18n-iso-countries/codes.json';
import { phrase, type Text } from '../messages';

export const CODE_SYSTEMS = [
  'names',
  'iso-numeric',
  'iso-alpha2',
  'iso-alpha3',
  'cow-numeric',
  'cow-abbreviation',
] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** One state of the COW State System Membership List, placed on a present-day state or not. */
export interface CowState {
  code: number;
  abbreviation: string;
  name: string;
  /** Its years in the state system, [first, last] for each period. */
  years: [number, number][];
  /** The ISO 3166-1 alpha-3 code of the present-day state it is placed on; null: none. */
  iso3: string | null;
}

/** The shape of `data/import/cow-states.json`. */
export interface CowList {
  source: string;
  crosswalk: string;
  states: CowState[];
}

export function isCowList(value: unknown): value is CowList {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { states?: unknown }).states)
  );
}

/** The COW list looked up by code and by abbreviation. */
export interface CowIndex {
  byCode: Map<number, CowState>;
  byAbbreviation: Map<string, CowState>;
}

export function indexCow(list: CowList): CowIndex {
  return {
    byCode: new Map(list.states.map((s) => [s.code, s])),
    byAbbreviation: new Map(list.states.map((s) => [s.abbreviation, s])),
  };
}

const ISO = {
  numeric: new Set(codes.map((row) => Number(row[2]))),
  alpha2: new Set(codes.map((row) => row[0] ?? '')),
  alpha3: new Set(codes.map((row) => row[1] ?? '')),
};

export interface CodeGuess {
  /** The system chosen: the one that reads the most of the column's values. */
  system: CodeSystem;
  /** Every system that reads nearly all of them (the user is asked when there are several). */
  candidates: CodeSystem[];
  /**
   * Why: the values only the chosen system reads ("because"), that another reads them as well
   * ("either"), that only it reads them ("only"), or that they are not codes ("names").
   */
  why: { kind: 'names' | 'either' | 'because' | 'only'; values: string; other: CodeSystem | null };
}

/** A share of the values a system must read to be a candidate. */
const CANDIDATE_SHARE = 0.9;

/**
 * What a party column holds, from its distinct values: ISO or COW codes, numeric or letters, or
 * names (anything else). Null when the column is empty.
 */
export function guessCodeSystem(values: Iterable<string>, cow: CowIndex | null): CodeGuess | null {
  const distinct = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed !== '') distinct.add(trimmed);
    if (distinct.size >= 5000) break;
  }
  if (distinct.size === 0) return null;
  const all = [...distinct];
  const share = (test: (value: string) => boolean) =>
    all.filter((value) => test(value)).length / all.length;
  const names: CodeGuess = {
    system: 'names',
    candidates: ['names'],
    why: { kind: 'names', values: '', other: null },
  };
  let scored: [CodeSystem, number][];
  if (all.every((v) => /^\d{1,4}$/.test(v))) {
    scored = [
      ['iso-numeric', share((v) => ISO.numeric.has(Number(v)))],
      ['cow-numeric', cow ? share((v) => cow.byCode.has(Number(v))) : 0],
    ];
  } else if (all.every((v) => /^[A-Za-z]{3}$/.test(v))) {
    scored = [
      ['iso-alpha3', share((v) => ISO.alpha3.has(v.toUpperCase()))],
      ['cow-abbreviation', cow ? share((v) => cow.byAbbreviation.has(v.toUpperCase())) : 0],
    ];
  } else if (all.every((v) => /^[A-Za-z]{2}$/.test(v))) {
    scored = [['iso-alpha2', share((v) => ISO.alpha2.has(v.toUpperCase()))]];
  } else {
    return names;
  }
  const candidates = scored.filter(([, s]) => s >= CANDIDATE_SHARE).map(([system]) => system);
  const [best] = [...scored].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < CANDIDATE_SHARE) return names;
  const [system] = best;
  // What tells them apart: values one system has and the other does not.
  const other = scored.find(([s]) => s !== system);
  const only = other
    ? all.filter((v) => readsAs(system, v, cow) && !readsAs(other[0], v, cow)).slice(0, 3)
    : [];
  return {
    system,
    candidates: candidates.includes(system) ? candidates : [system, ...candidates],
    why: {
      kind: candidates.length > 1 ? 'either' : only.length > 0 ? 'because' : 'only',
      values: only.join(', '),
      other: other?.[0] ?? null,
    },
  };
}

function readsAs(system: CodeSystem, value: string, cow: CowIndex | null): boolean {
  const upper = value.toUpperCase();
  switch (system) {
    case 'iso-numeric':
      return ISO.numeric.has(Number(value));
    case 'iso-alpha2':
      return ISO.alpha2.has(upper);
    case 'iso-alpha3':
      return ISO.alpha3.has(upper);
    case 'cow-numeric':
      return cow?.byCode.has(Number(value)) ?? false;
    case 'cow-abbreviation':
      return cow?.byAbbreviation.has(upper) ?? false;
    case 'names':
      return true;
  }
}

/**
 * A COW code or abbreviation as the ISO alpha-3 code of the state it is placed on, or why it
 * cannot be placed: not in the list, or a state with no present-day territory (Bavaria).
 */
export function cowToIso(
  system: 'cow-numeric' | 'cow-abbreviation',
  value: string,
  cow: CowIndex,
): { iso3: string; state: CowState } | { error: Text } {
  const trimmed = value.trim();
  const state =
    system === 'cow-numeric'
      ? /^\d{1,4}$/.test(trimmed)
        ? cow.byCode.get(Number(trimmed))
        : undefined
      : cow.byAbbreviation.get(trimmed.toUpperCase());
  if (!state) return { error: phrase('import.codes.cowUnknown', { value: trimmed }) };
  if (state.iso3 === null) {
    return { error: phrase('import.codes.noTerritory', { value: trimmed, name: state.name }) };
  }
  return { iso3: state.iso3, state };
}

/**
 * A value of a column said to hold `system`, as the gazetteer reads it: a COW code as the ISO
 * alpha-3 code of its present-day state, an ISO code as itself; or why it cannot be.
 */
export function readCode(
  system: CodeSystem,
  value: string,
  cow: CowIndex | null,
): { lookup: string } | { error: Text } {
  if (system === 'cow-numeric' || system === 'cow-abbreviation') {
    if (!cow) return { error: phrase('import.codes.cowUnknown', { value: value.trim() }) };
    const found = cowToIso(system, value, cow);
    return 'error' in found ? found : { lookup: found.iso3 };
  }
  if (system !== 'names' && !readsAs(system, value.trim(), null)) {
    return { error: phrase('import.codes.notCode', { value: value.trim() }) };
  }
  return { lookup: value };
}
